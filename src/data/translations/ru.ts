import type { Translation } from '../schema.js';
import { claims } from './ru/claims.js';
import { events } from './ru/events.js';
import { islands } from './ru/islands.js';
import { overview } from './ru/overview.js';

/**
 * The dataset's text in Russian.
 *
 * Machine translation from the English dataset (`status: 'machine'`) until a person reviews it.
 *
 * Conventions:
 * - Neutral text names neither side's term for the islands as a group («четыре острова», «спорные
 *   острова»); «Северные территории» and «Южные Курилы» appear only together, where the English
 *   gives both. A single island is named with both names of `islands[].names.ru`, Russian first,
 *   as the English does ("Iturup/Etorofu" → «Итуруп/Эторофу»).
 * - `quote` is a Russian rendering of the English quote as printed in the cited source. Many of
 *   these words were first said in Russian, but the Russian originals are not in the sources, so
 *   this is a translation of the English, and the widgets label it as a translation.
 * - Russian typography: «ёлочки», dates as «19 октября 1956 года», decimal comma, a no-break space
 *   as the thousands separator.
 */
export const ru: Translation = {
  language: 'ru',
  status: 'machine',
  overview,
  events,
  claims,
  islands,
};
