import { CalendarDate, MONTH_NAMES, WEEKDAY_NAMES } from '../graph/calendar-date.js';
import type { TextSpan } from './article-text.js';

/** A date the article states, resolved against its publication date. */
export interface FoundDate extends TextSpan {
  date: CalendarDate;
  /** Set when the words leave the date uncertain. */
  review?: string;
}

const FR_DAYS: readonly string[] = WEEKDAY_NAMES.fr;
const EN_DAYS: readonly string[] = WEEKDAY_NAMES.en;
const FR_MONTHS: readonly string[] = MONTH_NAMES.fr;
const EN_MONTHS: readonly string[] = MONTH_NAMES.en;

const DAY = `(?<weekday>${[...FR_DAYS, ...EN_DAYS].join('|')})`;
const MONTH = `(?<month>${[...FR_MONTHS, ...EN_MONTHS].join('|')})`;

/** Date expressions, most precise first; each is tried on its own. */
const PATTERNS: RegExp[] = [
  new RegExp(
    `(?:${DAY}\\s+)?(?<day>\\d{1,2})(?:er|st|nd|rd|th)?\\s+${MONTH}(?:\\s+(?<year>\\d{4}))?`,
    'giu',
  ),
  new RegExp(
    `(?:${DAY},?\\s+)?${MONTH}\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))?`,
    'giu',
  ),
  new RegExp(
    `(?:on\\s+|ce\\s+|le\\s+)?${DAY}(?:\\s+(?:matin|soir|après-midi|morning|evening|afternoon))?`,
    'giu',
  ),
  /(?<relative>aujourd'hui|ce jour|ce matin|today|this morning|hier|yesterday|la veille)/giu,
];

const daysBefore = (date: CalendarDate, days: number) => {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day - days));
  return CalendarDate.of(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) as CalendarDate;
};

const weekdayIndex = (name: string) => {
  const lower = name.toLowerCase();
  const fr = FR_DAYS.indexOf(lower);
  return fr >= 0 ? fr : EN_DAYS.indexOf(lower);
};
const monthIndex = (name: string) => {
  const lower = name.toLowerCase();
  const fr = FR_MONTHS.indexOf(lower);
  return (fr >= 0 ? fr : EN_MONTHS.indexOf(lower)) + 1;
};

/**
 * Dates in a stretch of text: "lundi 2 juillet", "3 July 2018", "July 3",
 * "on Monday", "ce lundi matin", "today", "hier". A weekday alone is the last
 * such day on or before publication; a day and month without a year take the
 * publication's year, or the one before when that would be after publication.
 */
export function findDates(text: string, offset: number, published: CalendarDate): FoundDate[] {
  const found: FoundDate[] = [];
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const start = offset + (m.index ?? 0);
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const g = m.groups ?? {};
      let date: CalendarDate | undefined;
      let review: string | undefined;
      if (g.month && g.day) {
        const month = monthIndex(g.month);
        let year = g.year ? Number(g.year) : published.year;
        date = CalendarDate.of(year, month, Number(g.day));
        if (!g.year && date && date.toString() > published.toString()) {
          year -= 1;
          date = CalendarDate.of(year, month, Number(g.day));
        }
        if (date && g.weekday && weekdayIndex(g.weekday) !== date.weekday)
          review = `"${g.weekday}" is not the weekday of ${date.toString()}`;
      } else if (g.weekday) {
        const wanted = weekdayIndex(g.weekday);
        const back = (published.weekday - wanted + 7) % 7;
        date = daysBefore(published, back);
      } else if (g.relative) {
        const yesterday = /hier|yesterday|veille/iu.test(g.relative);
        date = yesterday ? daysBefore(published, 1) : published;
      }
      if (date) found.push({ start, end, date, ...(review ? { review } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
