/**
 * What the fact box shows first, by default (the compact view): the overview with the state of
 * talks, and the islands' names, areas, populations, administration and distances (the map, the
 * picker and the map's caption). Its lists of sources are closed disclosures, and it shows no
 * island's key facts, so the first tier holds no source (the overview's citations say only which
 * source each is, for the count) and leaves out the islands' key facts and citations. The CDN
 * build replaces this module with its precomputed value (rollup.config.mjs, `prebuiltData`), so
 * the fact box's chunk carries only this; every island's facts and every source load when the
 * reader or an attribute asks for them, or opens the overview's sources (`data-full.ts`).
 */
import { islands } from '../../data/bundled/islands.js';
import { meta } from '../../data/bundled/meta.js';
import { overview } from '../../data/bundled/overview.js';
import { tier, tierDates } from '../../data/tiers.js';
import type { DateLabel } from '../../data/partial-date.js';
import type { FormattedAhead } from '../../i18n/ahead.js';
import { factboxFormats } from './ahead.js';

export const firstData = tier(meta, [], {
  // The overview's sources are behind a closed disclosure, loaded when it opens: its citations
  // keep only which source each is (the list's count).
  overview: { ...overview, citations: overview.citations.map(({ source }) => ({ source })) },
  islands: islands.map((island) => ({ ...island, keyFacts: [], citations: [] })),
});

/**
 * The dates the first tier shows, formatted in English ahead: at build time in the CDN build (this
 * function then returns the result), on first use elsewhere.
 */
export const firstDates = (): DateLabel[] => tierDates(firstData);

/**
 * The numbers and the list its compact view shows, in every language, formatted ahead: at build
 * time in the CDN build, on first use elsewhere.
 */
export const firstFormats = (): FormattedAhead => factboxFormats(firstData);
