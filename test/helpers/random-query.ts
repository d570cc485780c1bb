import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/**
 * Random valid queries, built from the schema itself (so a new field is
 * covered the day it is added) and filled with what the graph holds: real
 * ids and names, `first` and the other bounded integers within the bounds
 * their descriptions state, enum values, filters, dates. Nesting and breadth
 * stay modest, so most queries run rather than hit a limit; those that do hit
 * one are still valid queries, to be refused with a code.
 */

/** What the seeded graph holds, to put into arguments. */
export interface GraphPools {
  /** Local ids by node type (`Company` → `bollore`, …). */
  ids: Record<string, string[]>;
  /** Names and aliases of every named node. */
  names: string[];
}

type Gen = fc.GeneratorValue;

/** Bounds of integer arguments whose description does not say "a to b". */
const INT_BOUNDS: Record<string, [number, number]> = {
  first: [1, 100],
  depth: [1, 3],
  maxHops: [1, 4],
};

/** The node type an argument's ids are of, when its name says so. */
const ID_TYPES: Record<string, string> = {
  countries: 'Place',
  markets: 'Place',
  sectors: 'Sector',
  parties: 'Company',
  companies: 'Company',
};

/** A query of one to three root fields of `Query`, up to `maxDepth` levels below them. */
export function randomQuery(
  g: Gen,
  schema: GraphQLSchema,
  pools: GraphPools,
  maxDepth = 4,
): string {
  const root = schema.getQueryType() as GraphQLObjectType;
  const fields = some(g, Object.values(root.getFields()), 1, 3);
  const depth = g(fc.integer, { min: 0, max: maxDepth });
  const builder = new QueryBuilder(g, schema, pools);
  return `{ ${fields.map((field) => builder.field(field, field.name, depth)).join(' ')} }`;
}

class QueryBuilder {
  constructor(
    private readonly g: Gen,
    private readonly schema: GraphQLSchema,
    private readonly pools: GraphPools,
  ) {}

  /** `name(args) { … }`, or the bare name of a leaf. */
  field(field: GraphQLField<unknown, unknown>, context: string, depth: number): string {
    const args = this.args(field.args, field.name, context);
    const type = getNamedType(field.type);
    if (isLeafType(type)) return `${field.name}${args}`;
    return `${field.name}${args} { ${this.selection(type, depth - 1)} }`;
  }

  /** Some of a type's fields: leaves always allowed, objects while depth remains. */
  selection(type: GraphQLNamedType, depth: number): string {
    if (isAbstractType(type)) {
      const own = isInterfaceType(type) ? this.fieldsOf(type.getFields(), type.name, depth, 2) : [];
      const possible = some(this.g, this.schema.getPossibleTypes(type), 0, 2);
      const fragments = possible.map(
        (object) =>
          `... on ${object.name} { ${this.fieldsOf(object.getFields(), object.name, depth, 3, own).join(' ')} }`,
      );
      return ['__typename', ...own, ...fragments].join(' ');
    }
    if (!isObjectType(type)) return '__typename';
    return this.fieldsOf(type.getFields(), type.name, depth, 4).join(' ') || '__typename';
  }

  /**
   * Up to `most` fields. In a fragment (`taken` given: what the interface
   * selected) each field is aliased by its type, since two fragments' fields
   * of one name but different types may not share a response name.
   */
  private fieldsOf(
    fields: Record<string, GraphQLField<unknown, unknown>>,
    typeName: string,
    depth: number,
    most: number,
    taken?: string[],
  ): string[] {
    const names = new Set((taken ?? []).map((s) => /^\w+/.exec(s)?.[0]));
    const candidates = Object.values(fields).filter(
      (f) => !names.has(f.name) && (depth > 0 || isLeafType(getNamedType(f.type))),
    );
    const chosen = some(this.g, candidates, 1, most);
    return chosen.map(
      (f) => `${taken ? `${typeName}_${f.name}: ` : ''}${this.field(f, typeName, depth)}`,
    );
  }

  /** Required arguments always, optional ones at random. */
  private args(args: readonly GraphQLArgument[], fieldName: string, context: string): string {
    // A lookup (`company(id:, name:)`) takes exactly one of the two, which the schema cannot say.
    const lookup = ['id', 'name'].every((n) =>
      args.some((a) => a.name === n && !isNonNullType(a.type)),
    );
    const by = lookup ? this.g(fc.constantFrom, 'id', 'name') : undefined;
    const given = args.filter((arg) => {
      if (by && (arg.name === 'id' || arg.name === 'name')) return arg.name === by;
      if (isNonNullType(arg.type) && arg.defaultValue === undefined) return true;
      // A cursor is opaque: a random one is only ever refused, so rarely send one.
      return (
        this.g(fc.boolean) && (arg.name !== 'after' || this.g(fc.integer, { min: 0, max: 9 }) === 0)
      );
    });
    if (given.length === 0) return '';
    const parts = given.map(
      (arg) =>
        `${arg.name}: ${this.value(arg.type, arg.name, arg.description ?? '', fieldName, context)}`,
    );
    return `(${parts.join(', ')})`;
  }

  private value(
    type: GraphQLInputType,
    name: string,
    description: string,
    fieldName: string,
    context: string,
  ): string {
    const g = this.g;
    if (isNonNullType(type)) return this.value(type.ofType, name, description, fieldName, context);
    if (isListType(type)) {
      const count = g(fc.integer, { min: 1, max: 3 });
      const items = Array.from({ length: count }, () =>
        this.value(type.ofType, name, description, fieldName, context),
      );
      return `[${items.join(', ')}]`;
    }
    if (isEnumType(type)) return g(fc.constantFrom, ...type.getValues().map((v) => v.name));
    if (isInputObjectType(type)) {
      const fields = some(g, Object.values(type.getFields()), 0, 3);
      const required = Object.values(type.getFields()).filter(
        (f) => isNonNullType(f.type) && f.defaultValue === undefined && !fields.includes(f),
      );
      const parts = [...fields, ...required].map(
        (f) => `${f.name}: ${this.value(f.type, f.name, f.description ?? '', fieldName, context)}`,
      );
      return `{ ${parts.join(', ')} }`;
    }
    switch (type.name) {
      case 'Int': {
        const [min, max] = boundsOf(name, description);
        // Mostly small: a large `first` at every level is refused by the cost limit.
        return String(
          g(() =>
            fc.oneof(fc.integer({ min, max: Math.min(max, min + 9) }), fc.integer({ min, max })),
          ),
        );
      }
      case 'Float':
        return String(g(fc.double, { min: 0, max: 1, noNaN: true }));
      case 'Boolean':
        return String(g(fc.boolean));
      case 'ID':
        return JSON.stringify(this.id(name, description, fieldName, context));
      case 'Date': {
        const day = g(fc.date, {
          min: new Date('1990-01-01'),
          max: new Date('2030-12-31'),
          noInvalidDate: true,
        });
        return JSON.stringify(day.toISOString().slice(0, 10));
      }
      case 'JSONObject':
        return '{}';
      default:
        return JSON.stringify(this.text());
    }
  }

  /** A real id of the type the argument names, or of any type; sometimes as a global id, sometimes unknown. */
  private id(name: string, description: string, fieldName: string, context: string): string {
    const g = this.g;
    const types = Object.keys(this.pools.ids);
    const wanted =
      ID_TYPES[name] ??
      types.find((t) => t.toLowerCase() === fieldName.toLowerCase()) ??
      types.find((t) => t === context) ??
      g(fc.constantFrom, ...types);
    const type = g(() =>
      fc.oneof(
        { arbitrary: fc.constant(wanted), weight: 4 },
        { arbitrary: fc.constantFrom(...types), weight: 1 },
      ),
    );
    const ids = this.pools.ids[type] ?? [];
    const local =
      ids.length > 0 && g(fc.integer, { min: 0, max: 9 }) > 0
        ? g(fc.constantFrom, ...ids)
        : g(fc.stringMatching, /^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,2}$/);
    const global =
      /global/i.test(description) || ['node', 'nodes', 'neighborhood', 'paths'].includes(fieldName)
        ? g(fc.integer, { min: 0, max: 19 }) > 0
        : g(fc.integer, { min: 0, max: 4 }) === 0;
    return global ? `${type}:${local}` : local;
  }

  /** A real name most of the time; else any text, short or up to the 200-character cap. */
  private text(): string {
    const g = this.g;
    return g(() =>
      fc.oneof(
        { arbitrary: fc.constantFrom(...this.pools.names), weight: 6 },
        { arbitrary: fc.string({ maxLength: 20 }), weight: 2 },
        { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
        { arbitrary: fc.string({ minLength: 150, maxLength: 220 }), weight: 1 },
      ),
    );
  }
}

/**
 * A few of `items`, by index: fast-check compares the arguments of a
 * generator call, and schema objects are cyclic.
 */
function some<T>(g: Gen, items: readonly T[], min: number, max: number): T[] {
  const indexes = g(fc.subarray, [...items.keys()], {
    minLength: Math.min(min, items.length),
    maxLength: Math.min(max, items.length),
  });
  return indexes.map((i) => items[i] as T);
}

/** An integer argument's bounds, from "a to b" in its description or its name. */
function boundsOf(name: string, description: string): [number, number] {
  const stated = /(\d+) to (\d+)/.exec(description);
  if (stated) return [Number(stated[1]), Number(stated[2])];
  return INT_BOUNDS[name] ?? [0, 100];
}
