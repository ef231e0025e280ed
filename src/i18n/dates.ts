import { format } from 'date-fns/format';
import type { Locale } from 'date-fns/locale';
import type { DatePrecision, Language } from '../data/schema.js';

/** date-fns patterns for each language and precision. */
const PATTERNS: Record<Language, Record<DatePrecision, string>> = {
  en: { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy' },
  ja: { year: 'yyyy年', month: 'yyyy年M月', day: 'yyyy年M月d日' },
  ru: { year: 'yyyy', month: 'LLLL yyyy', day: "d MMMM yyyy 'г.'" },
};

const locales = new Map<Language, Locale>();

/** Registers the date-fns locale of a language (loaded lazily with its translation). */
export function registerDateLocale(lang: Language, locale: Locale): void {
  locales.set(lang, locale);
}

/** Loads and registers the date-fns locale a language needs. English uses date-fns' default. */
export async function loadDateLocale(lang: Language): Promise<void> {
  if (lang === 'en' || locales.has(lang)) return;
  const locale =
    lang === 'ja' ? (await import('date-fns/locale/ja')).ja : (await import('date-fns/locale/ru')).ru;
  registerDateLocale(lang, locale);
}

/**
 * Builds a local `Date` from a partial ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) without going
 * through UTC parsing, so the calendar day never moves with the time zone.
 */
export function partsToDate(date: string): Date {
  const [y, m, d] = date.split('-').map((part) => Number.parseInt(part, 10));
  const result = new Date(2000, (m ?? 1) - 1, d ?? 1, 12);
  result.setFullYear(y ?? 1970);
  return result;
}

/** The precision a partial ISO date string is written at. */
export function precisionOf(date: string): DatePrecision {
  const parts = date.split('-').length;
  return parts >= 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/**
 * Formats a partial date at its precision for a language: `1855`, `August 1945`, `19 October 1956`;
 * `1956年10月19日`; `19 октября 1956 г.`. Falls back to English month names when the language's
 * locale has not been loaded yet.
 */
export function formatPartialDate(
  date: string,
  precision: DatePrecision,
  lang: Language,
): string {
  const locale = locales.get(lang);
  const pattern = PATTERNS[locale || lang === 'en' || lang === 'ja' ? lang : 'en'][precision];
  return format(partsToDate(date), pattern, locale ? { locale } : undefined);
}

