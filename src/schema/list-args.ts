import { builder } from './builder.js';
import { badUserInput } from './errors.js';
import { MAX_PAGE_SIZE, pageSize } from './validators.js';

/**
 * `first` for a list field that grows with the graph (a hub's partners, a
 * sector's companies): optional, at most MAX_PAGE_SIZE, so that no answer is
 * unbounded. A count field beside each such list says how many there are.
 */
export const listArgs = builder.args((t) => ({
  first: t.int({
    defaultValue: MAX_PAGE_SIZE,
    description: `How many items to return, 1 to ${MAX_PAGE_SIZE}; ${MAX_PAGE_SIZE} by default.`,
    validate: pageSize.nullish(),
  }),
}));

/** What a capped list's description adds. */
export const CAPPED = `The first \`first\` only (${MAX_PAGE_SIZE} at most); the count field beside it says how many there are.`;

/** The items of a capped list field, up to its `first`. */
export function firstOf<T>(items: readonly T[], first: number | null | undefined): T[] {
  return items.slice(0, first ?? MAX_PAGE_SIZE);
}

/**
 * `first` as the LIMIT of a planned read. The root field reads the whole
 * selection before the nested field's own validation runs, so the value is
 * checked here too, with the same answer: BAD_USER_INPUT naming `first`.
 */
export function plannedFirst(first: unknown): number {
  const value = first ?? MAX_PAGE_SIZE;
  const checked = pageSize.safeParse(value);
  if (!checked.success) {
    throw badUserInput('first', value, checked.error.issues[0]?.message ?? 'is out of range');
  }
  return checked.data;
}
