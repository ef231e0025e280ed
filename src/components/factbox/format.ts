/**
 * Number and unit formatting of <kuril-factbox>: areas, distances and populations in en, ja and
 * ru, metric or imperial. Plain functions over `Intl`, unit-tested without a DOM.
 */
import type { Island, Language } from '../../data/schema.js';
import { pluralCategory } from '../../i18n/plural.js';
import { formattedAhead, numberKey } from '../../i18n/ahead.js';

/** Unit systems of the fact box. */
export const UNITS = ['metric', 'imperial'] as const;
export type Units = (typeof UNITS)[number];

/** Square miles in a square kilometre. */
export const SQ_MI_PER_KM2 = 0.386102;
/** Miles in a kilometre. */
export const MI_PER_KM = 0.621371;
/** Length of the map's scale bar: 100 km, or 50 miles. */
export const SCALE = { metric: 100, imperial: 50 } as const;

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number in the language's digits and separators (`3,168`, `3,168`, `3 168` with a no-break
 * space in Russian), with one decimal below 10 (`3.7`, `3,7`) and none from 10 up.
 */
export function formatNumber(value: number, lang: Language): string {
  const known = formattedAhead(numberKey(value, lang));
  if (known !== undefined) return known;
  const digits = Math.abs(value) < 10 ? 1 : 0;
  const key = `${lang}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

function plural(lang: Language, value: number): Intl.LDMLPluralRule {
  // Plural forms follow the number as shown (rounded as formatNumber rounds it).
  const digits = Math.abs(value) < 10 ? 1 : 0;
  return pluralCategory(lang, Number(value.toFixed(digits)));
}

const NBSP = '\u00a0';

/** "3,168 km²" in a language. */
function km2(value: number, lang: Language): string {
  return `${formatNumber(value, lang)}${NBSP}${lang === 'ru' ? 'км²' : 'km²'}`;
}

/** "1,223 sq mi", "1,223平方マイル", "1223 кв. мили" (with the Russian plural forms). */
function sqMi(value: number, lang: Language): string {
  const n = formatNumber(value, lang);
  if (lang === 'ja') return `${n}平方マイル`;
  if (lang === 'en') return `${n}${NBSP}sq${NBSP}mi`;
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'кв. миля', few: 'кв. мили', many: 'кв. миль' };
  return `${n}${NBSP}${forms[plural(lang, value)] ?? 'кв. мили'}`;
}

/** "16 km", "16 km", "16 км". */
function km(value: number, lang: Language): string {
  return `${formatNumber(value, lang)}${NBSP}${lang === 'ru' ? 'км' : 'km'}`;
}

/** "10 miles", "10マイル", "10 миль" (plural forms from the language's rules). */
function miles(value: number, lang: Language): string {
  const n = formatNumber(value, lang);
  if (lang === 'ja') return `${n}マイル`;
  const rule = plural(lang, value);
  if (lang === 'en') return `${n}${NBSP}${rule === 'one' ? 'mile' : 'miles'}`;
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'миля', few: 'мили', many: 'миль' };
  return `${n}${NBSP}${forms[rule] ?? 'мили'}`;
}

/** Both figures, the converted one first: "1,223 sq mi (3,168 km²)", "1,223平方マイル（3,168 km²）". */
function withMetric(imperial: string, metric: string, lang: Language): string {
  return lang === 'ja' ? `${imperial}（${metric}）` : `${imperial} (${metric})`;
}

/**
 * An area: `3,168 km²` (metric); `1,223 sq mi (3,168 km²)` (imperial, the sourced metric figure
 * kept in brackets).
 */
export function formatArea(areaKm2: number, lang: Language, units: Units = 'metric'): string {
  const metric = km2(areaKm2, lang);
  return units === 'imperial' ? withMetric(sqMi(areaKm2 * SQ_MI_PER_KM2, lang), metric, lang) : metric;
}

/** A distance: `16 km` (metric); `9.9 miles (16 km)` (imperial). */
export function formatDistance(distanceKm: number, lang: Language, units: Units = 'metric'): string {
  const metric = km(distanceKm, lang);
  return units === 'imperial' ? withMetric(miles(distanceKm * MI_PER_KM, lang), metric, lang) : metric;
}

/** The label of a map scale bar: `50 km`, `50 км`; `30 mi`, `30マイル`, `30 миль`. */
export function formatScale(value: number, lang: Language, units: Units): string {
  if (units === 'metric') return km(value, lang);
  return lang === 'en' ? `${formatNumber(value, lang)}${NBSP}mi` : miles(value, lang);
}

/**
 * A population with its year: `about 6,400 (2018)`, `約6,400人（2018年）`, `около 6400 человек
 * (2018 г.)`. The wording for no civilians at all is the caller's (see messages).
 */
export function formatPopulation(population: Island['population'], lang: Language): string {
  const { value, year, approximate } = population;
  const n = formatNumber(value, lang);
  if (lang === 'ja') return `${approximate ? '約' : ''}${n}人（${year}年）`;
  if (lang === 'en') return `${approximate ? 'about ' : ''}${n} (${year})`;
  // Russian: "около" takes the genitive plural ("около 6400 человек"); without it the noun follows
  // the number's plural form ("3001 человек", "3002 человека").
  const noun = approximate || plural(lang, value) !== 'few' ? 'человек' : 'человека';
  return `${approximate ? `около${NBSP}` : ''}${n}${NBSP}${noun} (${year}${NBSP}г.)`;
}
