/**
 * Partial ISO dates: `'1855'` (year), `'1945-08'` (month), `'1956-10-19'` (day). The one module
 * that parses them, knows their precision, compares them, tests ranges and formats them. Pure: no
 * DOM, no time zone (every `Date` it makes is UTC noon and formatted in UTC), nothing at import.
 */
import type { DatePrecision, Language } from './schema.js';
import { formattedAhead, primeFormats } from '../i18n/ahead.js';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A partial date split into numbers; `month` and `day` are present down to its precision. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1-12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Splits a partial ISO date into numbers, or `undefined` when it is not a real calendar date. */
export function parsePartialDate(date: unknown): DateParts | undefined {
  if (typeof date !== 'string') return undefined;
  const match = PARTIAL_DATE.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

/** The precision a partial ISO date is written at, or `undefined` when it is not a valid date. */
export function datePrecision(date: string): DatePrecision | undefined {
  return parsePartialDate(date)?.precision;
}

/**
 * Whether `date` is a real calendar date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and, when
 * `precision` is given, written at that precision. `'1956-02-30'`, `'1956-13'` and `'56'` are not.
 */
export function isValidPartialDate(date: string, precision?: DatePrecision): boolean {
  const actual = datePrecision(date);
  return actual !== undefined && (precision === undefined || actual === precision);
}

/**
 * Compares two partial ISO dates chronologically, for `Array.prototype.sort`. A less precise date
 * sorts before the more precise dates it contains: `'2018'` < `'2018-01'` < `'2018-01-01'`.
 * Invalid dates sort after valid ones (and among themselves as strings).
 */
export function compareDates(a: string, b: string): number {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  if (!pa || !pb) {
    if (pa) return -1;
    if (pb) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const diff = pa.year - pb.year || (pa.month ?? 0) - (pb.month ?? 0) || (pa.day ?? 0) - (pb.day ?? 0);
  return Math.sign(diff);
}

/** A number that sorts partial dates as `compareDates` does; invalid dates get `Infinity`. */
export function sortKey(date: string): number {
  const p = parsePartialDate(date);
  return p ? p.year * 10_000 + (p.month ?? 0) * 100 + (p.day ?? 0) : Infinity;
}

/** `compareDates` on precomputed keys (dates are parsed once per sort, not once per comparison). */
export function compareKeys(ka: number, kb: number, a: string, b: string): number {
  if (ka === Infinity && kb === Infinity) return a < b ? -1 : a > b ? 1 : 0;
  return ka === kb ? 0 : ka < kb ? -1 : 1;
}

/** First day a partial date covers, as a sortable number `YYYYMMDD`. */
export function firstDay(date: string): number | undefined {
  const p = parsePartialDate(date);
  return p && p.year * 10_000 + (p.month ?? 1) * 100 + (p.day ?? 1);
}

/** Last day a partial date covers, as a sortable number `YYYYMMDD`. */
export function lastDay(date: string): number | undefined {
  const p = parsePartialDate(date);
  if (!p) return undefined;
  const month = p.month ?? 12;
  return p.year * 10_000 + month * 100 + (p.day ?? daysInMonth(p.year, month));
}

/**
 * Whether an item dated `date` (ending `endDate`, if it spans several days) overlaps the range
 * `from`..`to`. Every bound covers its whole precision: a `from` of `'2013'` starts on 1 January
 * 2013, a `to` of `'2019'` ends on 31 December 2019, and an item dated `'2018'` overlaps
 * `'2018-06-01'`..`'2018-12-31'`. A missing (or invalid) bound leaves that side open; an item with
 * an invalid date is never in a bounded range.
 */
export function dateInRange(date: string, endDate: string | undefined, from?: string, to?: string): boolean {
  const rangeStart = from ? firstDay(from) : undefined;
  const rangeEnd = to ? lastDay(to) : undefined;
  if (rangeStart === undefined && rangeEnd === undefined) return true;
  const start = firstDay(date);
  const ownEnd = lastDay(date);
  if (start === undefined || ownEnd === undefined) return false;
  const spanEnd = endDate ? lastDay(endDate) : undefined;
  const end = spanEnd !== undefined && spanEnd > ownEnd ? spanEnd : ownEnd;
  if (rangeStart !== undefined && end < rangeStart) return false;
  if (rangeEnd !== undefined && start > rangeEnd) return false;
  return true;
}

// -------------------------------------------------------------------------------------------------
// Formatting. A new language is a compile error here.
// -------------------------------------------------------------------------------------------------

/** The locale each language's dates are written in (typed by the language union). */
const DATE_LOCALES: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP', ru: 'ru-RU' };

/**
 * What each precision shows. Russian writes a year and a month alone without Intl's "г."
 * ("август 1945", "1945"), and a month alone in the nominative, which is Intl's stand-alone month:
 * so Russian formats the month by itself and keeps only the month and year parts.
 */
const DATE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

/** Intl formatters, made on first use (the first Intl object of a page sets up ICU). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Language, precision: DatePrecision, monthAlone: boolean): Intl.DateTimeFormat {
  const key = `${lang} ${precision} ${monthAlone}`;
  let format = formatters.get(key);
  if (!format) {
    const options = monthAlone ? { month: 'long' as const } : DATE_OPTIONS[precision];
    format = new Intl.DateTimeFormat(DATE_LOCALES[lang], { ...options, timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' });
    formatters.set(key, format);
  }
  return format;
}

/**
 * Makes the day formatter of a language ahead of its first use. A page's first Intl object sets up
 * ICU (20–30 ms, about 100 ms on a 4× slower CPU): a widget calls this in a task of its own before
 * its first render, so that set-up is not part of the render's task.
 */
export function prepareDateFormat(lang: Language): void {
  formatter(lang, 'day', false);
}

/**
 * Formats a partial date at its precision for a language: `1855`, `August 1945`, `19 October 1956`;
 * `1956年10月19日`; `19 октября 1956 г.`. `precision` defaults to the one the date is written at and
 * may be coarser (a day formatted as its year). An invalid date is returned as it is.
 */
export function formatPartialDate(date: string, precision: DatePrecision | undefined, lang: Language): string {
  // Memoised: a claim's "Responds to" links and every citation format dates again and again.
  const key = dateKey(date, precision ?? '', lang);
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    formatted.set(key, (text = formattedAhead(key) ?? formatUncached(date, precision, lang)));
  }
  return text;
}

/** Dates already formatted, by language, precision and date (bounded: a dataset may hold many). */
const formatted = new Map<string, string>();
const MAX_FORMATTED = 10_000;

/** A date formatted ahead: the date, the precision asked for (`''` for its own) and its text. */
export type DateLabel = readonly [date: string, precision: DatePrecision | '', text: string];

/**
 * Formats dates ahead, in English by default (`precision` as the view asks for it): the dates a
 * widget's first tier shows, which the CDN build formats at build time (with Node's Intl), so the
 * widget's chunk carries the texts; and every date of the bundled dataset in Japanese and Russian
 * (`src/i18n/<lang>/dates.ts`, written by scripts/build-dates.mjs). See {@link primeDates}.
 */
export function dateLabels(uses: readonly { date: string | undefined; precision?: DatePrecision }[], lang: Language = 'en'): DateLabel[] {
  const seen = new Set<string>();
  const labels: DateLabel[] = [];
  for (const { date, precision } of uses) {
    const key = `${precision ?? ''} ${date}`;
    if (date === undefined || seen.has(key)) continue;
    seen.add(key);
    labels.push([date, precision ?? '', formatPartialDate(date, precision, lang)]);
  }
  return labels;
}

/**
 * Takes dates formatted ahead in a language (by {@link dateLabels}, at build time) as formatted,
 * when the next date is formatted: a widget whose view shows only those dates then creates no Intl
 * object, and so does not set up ICU (20–30 ms, about 100 ms on a 4× slower CPU) as it renders;
 * every other date is formatted with Intl on first use. `every`: these are all the bundled
 * dataset's dates (see {@link datesLabelled}), not only those of a widget's first tier.
 */
export function primeDates(labels: () => readonly DateLabel[], lang: Language = 'en', every = false): void {
  primeFormats(() => labels().map(([date, precision, text]) => [dateKey(date, precision, lang), text]));
  if (every) labelled.add(lang);
}

/** Whether every date of the bundled data came formatted ahead in a language (Japanese and Russian, once their text has loaded). */
export function datesLabelled(lang: Language): boolean {
  return labelled.has(lang);
}

const labelled = new Set<Language>();

/** The key of a date formatted at a precision (`''` for its own) in a language, for the memo and {@link primeFormats}. */
const dateKey = (date: string, precision: DatePrecision | '', lang: Language): string => `d ${lang} ${precision} ${date}`;

function formatUncached(date: string, precision: DatePrecision | undefined, lang: Language): string {
  const parts = parsePartialDate(date);
  if (!parts) return date;
  let at = precision ?? parts.precision;
  if (parts.month === undefined) at = 'year';
  else if (parts.day === undefined && at === 'day') at = 'month';
  // UTC noon of the day (or of the first of the month, or 1 January), any year from 0000 to 9999.
  const when = new Date(Date.UTC(2000, (parts.month ?? 1) - 1, parts.day ?? 1, 12));
  when.setUTCFullYear(parts.year);
  // The year as the data writes it, four digits (0000, 0987), at every precision.
  const year = String(parts.year).padStart(4, '0');
  if (lang === 'ru' && at !== 'day') {
    if (at === 'year') return year;
    return `${formatter(lang, at, true).format(when)} ${year}`;
  }
  // Spaces as plain spaces: engines differ (Intl's parts in V8 hold the narrow no-break space of
  // "1956 г." that its format() turns into a space), and server and browser must agree.
  return formatter(lang, at, false)
    .formatToParts(when)
    .map((part) => (part.type === 'year' ? year : part.type === 'era' ? '' : part.value.replace(/[\u00a0\u202f]/g, ' ')))
    .join('');
}

/** A date or a span, as the pieces a `<time>` pair shows: `start`, the dash between, and `end`. */
export interface FormattedRange {
  start: string;
  dash: string;
  end?: string;
}

/**
 * Formats a date or a span between two partial dates, without repeating what both share:
 * "28 August – 5 September 1945", "15–16 December 2016", "2016年12月15日～16日".
 */
export function formatDateRange(date: string, endDate: string | undefined, lang: Language): FormattedRange {
  const start = formatPartialDate(date, undefined, lang);
  if (!endDate) return { start, dash: '' };
  const end = formatPartialDate(endDate, undefined, lang);
  const a = parsePartialDate(date);
  const b = parsePartialDate(endDate);
  if (!a || !b || a.precision !== 'day' || b.precision !== 'day' || a.year !== b.year) {
    return { start, dash: ' – ', end };
  }
  const sameMonth = a.month === b.month;
  if (lang === 'ja') return { start, dash: '～', end: end.replace(sameMonth ? /^.*月/ : /^.*年/, '') };
  const year = String(a.year);
  return sameMonth
    ? { start: start.split(' ')[0] ?? start, dash: '–', end }
    : { start: start.replace(new RegExp(` ${year}.*`), ''), dash: ' – ', end };
}
