import { LANGUAGES, type Dataset } from '../../data/schema.js';
import { listKey, numberKey, type FormattedAhead } from '../../i18n/ahead.js';
import { formatNumber, SCALE } from './format.js';
import { formatList, mapNames } from './view.js';

/**
 * The numbers and the list the fact box's compact view shows with its default attributes (metric
 * units, both names), in every language, formatted with Intl: the islands' distances from
 * Hokkaido and the scale bar's length (the map's caption and scale), and the islands' names (the
 * map's label). The CDN build formats them at build time (`data-first.ts`, `firstFormats`).
 */
export function factboxFormats(data: Dataset): FormattedAhead {
  const labels: (readonly [string, string])[] = [];
  const numbers = new Set([...data.islands.map((island) => island.distanceFromHokkaidoKm), SCALE.metric]);
  for (const lang of LANGUAGES) {
    for (const value of numbers) if (value !== undefined) labels.push([numberKey(value, lang), formatNumber(value, lang)]);
    const names = mapNames(data.islands, lang, 'neutral');
    labels.push([listKey(names, lang), formatList(names, lang)]);
  }
  return labels;
}
