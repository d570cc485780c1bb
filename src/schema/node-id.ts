import type { NodeLabel } from '../graph/vocabulary.js';
import { Label } from '../graph/vocabulary.js';
import { badUserInput } from './errors.js';

/**
 * Global ids read as `<Type>:<id>` (`Company:bollore`): opaque to Relay
 * clients, yet an analyst can type one into GraphiQL. Every id in the graph is
 * a slug or a hex digest, so neither contains a colon.
 */

const NODE_TYPES = new Set<string>(Object.values(Label).filter((label) => label !== Label.Alias));
const LOCAL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id an argument may hold: ids are slugs or hex digests, far shorter. */
export const MAX_ID_LENGTH = 200;

function checkLength(value: string, argument: string): void {
  if (value.length > MAX_ID_LENGTH) {
    throw badUserInput(
      argument,
      value,
      `must be at most ${MAX_ID_LENGTH} characters (it has ${value.length})`,
    );
  }
}

export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return `${typename}:${id}`;
}

export function decodeGlobalId(
  globalId: string,
  argument = 'id',
): { typename: NodeLabel; id: string } {
  checkLength(globalId, argument);
  const colon = globalId.indexOf(':');
  const typename = globalId.slice(0, colon);
  const id = globalId.slice(colon + 1);
  if (colon < 0 || !NODE_TYPES.has(typename) || !LOCAL_ID.test(id)) {
    throw badUserInput(
      argument,
      globalId,
      `must be a global id such as "Company:bollore": a type (${[...NODE_TYPES].join(', ')}), a colon, then a lower-case id`,
    );
  }
  return { typename: typename as NodeLabel, id };
}

/**
 * The local id of a node of one type, given either its global id
 * (`Company:bollore`) or the id alone (`bollore`).
 */
export function localId(value: string, type: NodeLabel, argument = 'id'): string {
  checkLength(value, argument);
  if (!value.includes(':')) {
    if (!LOCAL_ID.test(value)) {
      throw badUserInput(
        argument,
        value,
        `must be an id such as "bollore" (lower-case letters, digits and hyphens) or a global id such as "${type}:bollore"`,
      );
    }
    return value;
  }
  const decoded = decodeGlobalId(value, argument);
  if (decoded.typename !== type) {
    throw badUserInput(argument, value, `names a ${decoded.typename}, where a ${type} is expected`);
  }
  return decoded.id;
}

/** localId for each id of a list argument; undefined when the list is absent. */
export function localIds(
  values: readonly string[] | null | undefined,
  type: NodeLabel,
  argument: string,
): string[] | undefined {
  return values?.map((value) => localId(value, type, argument));
}
