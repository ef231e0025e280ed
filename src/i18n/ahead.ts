import type { Language } from '../data/schema.js';

/**
 * Dates, numbers and lists formatted ahead with Intl (at build time, see rollup.config.mjs
 * `prebuiltData` and scripts/build-dates.mjs): those a widget's views show of the bundled data. With
 * them, its first render makes no Intl object, and so does not set up ICU (20–60 ms, about 100 ms
 * on a 4× slower CPU); anything else is formatted with Intl on first use. The keys are
 * {@link numberKey}, {@link listKey} and the dates' (`primeDates` in data/partial-date.ts).
 */
export type FormattedAhead = readonly (readonly [key: string, text: string])[];

const ahead = new Map<string, string>();
/** Labels given to {@link primeFormats}, taken on the first lookup (nothing runs at import). */
let pending: (() => FormattedAhead)[] = [];

/** Takes texts formatted ahead, when the next one is looked up. */
export function primeFormats(labels: () => FormattedAhead): void {
  pending.push(labels);
}

/** A text formatted ahead, if any. */
export function formattedAhead(key: string): string | undefined {
  if (pending.length) {
    const taken = pending;
    pending = [];
    for (const labels of taken) for (const [key, text] of labels()) ahead.set(key, text);
  }
  return ahead.get(key);
}

/** The key of a number as the language writes it. */
export const numberKey = (value: number, lang: Language): string => `n ${lang} ${value}`;
/** The key of a list of items joined as the language joins them. */
export const listKey = (items: readonly string[], lang: Language): string => `l ${lang} ${items.join('\u0000')}`;
