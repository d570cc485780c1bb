import { z } from 'zod';
import type { CalendarDate } from '../graph/calendar-date.js';
import { foldText } from '../graph/text.js';
import { badUserInput } from './errors.js';

/**
 * The argument checks fields share (zod, through Pothos's validation plugin):
 * a failure answers BAD_USER_INPUT naming the argument and the value.
 */

/** The most items one page or list may hold, as in GitHub's API. */
export const MAX_PAGE_SIZE = 100;

/** A whole number from `min` to `max`. */
export const between = (min: number, max: number) =>
  z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

/** How many items to return: 1 to MAX_PAGE_SIZE. */
export const pageSize = between(1, MAX_PAGE_SIZE);

/** The longest name or search text an argument may hold: longer than any name in the graph. */
export const MAX_TEXT_LENGTH = 200;

/** A name to look up: at most MAX_TEXT_LENGTH characters. */
export const nameArg = z
  .string()
  .max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`);

/** Text matched against names: it must hold a letter or a digit, since punctuation is ignored. */
export const nameText = nameArg.refine(
  (text) => foldText(text) !== '',
  'must contain a letter or a digit',
);

/**
 * A list filter: an empty list would match nothing (or, for "all of", everything);
 * leave the filter out instead.
 */
export const nonEmptyList = z
  .array(z.unknown())
  .min(1, 'must not be empty: leave it out not to filter')
  .max(MAX_PAGE_SIZE, `must have at most ${MAX_PAGE_SIZE} items`);

/** Refuses a date range whose end (`filter.<to>`) is before its start (`filter.<from>`). */
export function checkDateRange(
  filter: Record<string, unknown> | null | undefined,
  from: string,
  to: string,
): void {
  const start = filter?.[from] as CalendarDate | null | undefined;
  const end = filter?.[to] as CalendarDate | null | undefined;
  if (start && end && start.toString() > end.toString()) {
    throw badUserInput(`filter.${to}`, end.toString(), `is before filter.${from} (${start})`);
  }
}
