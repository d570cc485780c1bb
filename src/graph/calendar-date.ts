/** A calendar date without time or zone, as articles state them. */
export class CalendarDate {
  private constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}

  /** Returns the date, or undefined when year/month/day name no real day (31 April, 29 February 2019). */
  static of(year: number, month: number, day: number): CalendarDate | undefined {
    if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return;
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day > last) return;
    return new CalendarDate(year, month, day);
  }

  /** Parses `YYYY-MM-DD`; undefined when malformed or impossible. */
  static parseIso(text: string): CalendarDate | undefined {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return;
    return CalendarDate.of(Number(m[1]), Number(m[2]), Number(m[3]));
  }

  /** Day of the week, 0 = Sunday. */
  get weekday(): number {
    return new Date(Date.UTC(this.year, this.month - 1, this.day)).getUTCDay();
  }

  toString(): string {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    return `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
  }
}

/** Month names in lower case, January first, for reading and writing dates in articles. */
export const MONTH_NAMES = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ],
} as const;

/** Weekday names in lower case, Sunday first (as Date.getUTCDay counts). */
export const WEEKDAY_NAMES = {
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
} as const;
