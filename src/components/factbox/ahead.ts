import type { Dataset, Language } from '../../data/schema.js';
import { listKey, numberKey, type FormattedAhead } from '../../i18n/ahead.js';
import { formatNumber, SCALE } from './format.js';
import { formatList, mapNames } from './view.js';

/**
 * The numbers and the list the fact box's compact view shows with its default attributes (metric
 * units, both names), in `langs`, formatted with Intl: the islands' distances from Hokkaido and
 * the scale bar's length (the map's caption and scale), and the islands' names (the map's label).
 * The English ones come with the fact box (the CDN build formats them at build time:
 * `data-first.ts`, `firstFormats`), the Japanese and Russian ones with its text in that language
 * (`src/i18n/<lang>/formats.ts`, written by scripts/build-dates.mjs).
 */
export function factboxFormats(data: Dataset, langs: readonly Language[]): FormattedAhead {
  const labels: (readonly [string, string])[] = [];
  const numbers = new Set([...data.islands.map((island) => island.distanceFromHokkaidoKm), SCALE.metric]);
  for (const lang of langs) {
    for (const value of numbers) if (value !== undefined) labels.push([numberKey(value, lang), formatNumber(value, lang)]);
    const names = mapNames(data.islands, lang, 'neutral');
    labels.push([listKey(names, lang), formatList(names, lang)]);
  }
  return labels;
}
