import type { Language } from '../data/schema.js';

/**
 * Numbers and lists formatted ahead with Intl (at build time in the CDN build, see
 * rollup.config.mjs `prebuiltData`): those a widget's compact view shows by default. With them, its
 * first render makes no Intl object, and so does not set up ICU (20–60 ms, about 100 ms on a 4×
 * slower CPU); anything else is formatted with Intl on first use. The keys are {@link numberKey}
 * and {@link listKey}.
 */
export type FormattedAhead = readonly (readonly [key: string, text: string])[];

const ahead = new Map<string, string>();
/** Labels given to {@link primeFormats}, taken on the first lookup (nothing runs at import). */
let pending: (() => FormattedAhead)[] = [];

/** Takes texts formatted ahead, when the next number or list is formatted. */
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
