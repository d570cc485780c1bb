import neo4j, { isDate, isInt } from 'neo4j-driver';
import { CalendarDate } from '../graph/calendar-date.js';

/**
 * Converts model values for Neo4j parameters: CalendarDate becomes a DATE, and
 * whole numbers an INTEGER (the driver sends every JavaScript number as a
 * FLOAT, which Cypher's substring() and list indexing refuse).
 */
export function toNeo4jValue(value: unknown): unknown {
  if (value instanceof CalendarDate) {
    return new neo4j.types.Date(value.year, value.month, value.day);
  }
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jValue(v)]));
  }
  return value;
}

/** A map literal, as opposed to a driver value (Integer, Date, …) that must pass unchanged. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Converts values read from Neo4j into plain JavaScript: integers to numbers,
 * DATE to `YYYY-MM-DD`, lists and maps recursively. Nothing driver-specific leaks.
 */
export function fromNeo4jValue(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (isDate(value)) {
    return CalendarDate.of(Number(value.year), Number(value.month), Number(value.day))?.toString();
  }
  if (Array.isArray(value)) return value.map(fromNeo4jValue);
  if (value !== null && typeof value === 'object') {
    if ('labels' in value && 'properties' in value) return fromNeo4jValue(value.properties);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromNeo4jValue(v)]));
  }
  return value;
}
