/**
 * What the fact box shows first, by default (the compact view): the overview's summary, and the
 * islands' names, areas, populations, administration and distances (the map, the picker and the
 * map's caption). The state of talks and the lists of sources are closed disclosures, and it shows
 * no island's key facts, so the first tier holds no state of talks and no source (the overview's
 * citations say only which source each is, for the count) and leaves out the islands' key facts
 * and citations. The CDN build replaces this module with its precomputed value (rollup.config.mjs,
 * `prebuiltData`), so the fact box's chunk carries only this; the rest loads when the reader or an
 * attribute asks for it, or opens the state of talks or the overview's sources (`data-full.ts`).
 */
import { islands } from '../../data/bundled/islands.js';
import { meta } from '../../data/bundled/meta.js';
import { overview } from '../../data/bundled/overview.js';
import { englishHash } from '../../data/localize.js';
import { tier, tierDates } from '../../data/tiers.js';
import type { DateLabel } from '../../data/partial-date.js';
import type { FormattedAhead } from '../../i18n/ahead.js';
import { factboxFormats } from './ahead.js';

export const firstData = tier(meta, [], {
  // The overview's state of talks and its sources are behind closed disclosures, loaded when one
  // opens: its citations keep only which source each is (the list's count), and `enHash` keeps the
  // check of its translation against the full English text.
  overview: {
    ...overview,
    status: '',
    citations: overview.citations.map(({ source }) => ({ source })),
    enHash: englishHash('overview', overview),
  },
  islands: islands.map((island) => ({ ...island, keyFacts: [], citations: [] })),
});

/**
 * The dates the first tier shows, formatted in English ahead: at build time in the CDN build (this
 * function then returns the result), on first use elsewhere.
 */
export const firstDates = (): DateLabel[] => tierDates(firstData);

/**
 * The numbers and the list its compact view shows, in English, formatted ahead: at build time in
 * the CDN build, on first use elsewhere. (Japanese and Russian: with the fact box's text in that
 * language.)
 */
export const firstFormats = (): FormattedAhead => factboxFormats(firstData, ['en']);
