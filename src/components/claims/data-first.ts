/**
 * What the claims panel shows first, by default (the compact view): in the first topic, each
 * side's key position (see `keyClaim`), with only the sources they cite, and how many claims each
 * topic has in all (the other topics are closed headings). The CDN build replaces this module
 * with its precomputed value (rollup.config.mjs, `prebuiltData`), so the panel's chunk carries
 * only this; every claim loads when the reader opens
 * a topic or asks for more, and as soon as the reader points at or focuses the widget (`data-full.ts`).
 */
import { claims } from '../../data/bundled/claims.js';
import { meta } from '../../data/bundled/meta.js';
import { sources } from '../../data/sources.js';
import { CLAIM_TOPICS, type Claim } from '../../data/schema.js';
import { tier, tierDates } from '../../data/tiers.js';
import type { DateLabel } from '../../data/partial-date.js';
import { keyClaim } from './view.js';

/** How many claims each topic has (the compact view's counts and "Show N more"). */
export const topicTotals: Record<string, number> = Object.fromEntries(
  CLAIM_TOPICS.map((topic) => [topic, claims.filter((c) => c.topic === topic).length]),
);

// Of the claims, the compact view shows only the first topic's: each side's key position. The other
// topics are closed headings (with their counts, `topicTotals`) that open in full, once every claim
// has loaded.
const preview = claims.filter((c) => c.topic === CLAIM_TOPICS.find((topic) => claims.some((c) => c.topic === topic)));
const keys = (['japan', 'russia'] as const)
  .map((party) => keyClaim(preview.filter((c) => c.party === party)))
  .filter((c): c is Claim => Boolean(c));
// A first topic without a position of either side still has its heading: keep its first claim.
const ids = new Set((keys.length ? keys : preview.slice(0, 1)).map((c) => c.id));

export const firstData = tier(meta, sources, { claims: claims.filter((c) => ids.has(c.id)) });

/**
 * The dates the first tier shows, formatted in English ahead: at build time in the CDN build (this
 * function then returns the result), on first use elsewhere.
 */
export const firstDates = (): DateLabel[] => tierDates(firstData);
