/**
 * What the timeline shows first, by default: the key events (`key: true`) by date and title, and
 * the islands' names. The compact view shows neither summaries nor sources, so the first tier
 * leaves out the events' summaries and citations (and so every source); each event keeps the hash
 * of its full English text (`enHash`), so its translation is still checked against it.
 * The CDN build replaces this module with its precomputed value (rollup.config.mjs,
 * `prebuiltData`), so the timeline's chunk carries only this; every event, in full, loads when the
 * reader or an attribute asks for it, and in the background once the page is idle (`data-full.ts`).
 */
import { events } from '../../data/bundled/events.js';
import { islands } from '../../data/bundled/islands.js';
import { meta } from '../../data/bundled/meta.js';
import { sources } from '../../data/sources.js';
import { englishHash } from '../../data/query.js';
import { tier } from '../../data/tiers.js';
import { eraSpansOf } from './view.js';

/** How many events the full tier has (the compact view's "Show all N events"). */
export const eventCount = events.length;

/** The years each era's events span, over every event (the era headings of the compact view). */
export const eraSpans = eraSpansOf(events);

export const firstData = tier(meta, sources, {
  events: events.filter((e) => e.key === true).map((e) => ({ ...e, summary: '', citations: [], enHash: englishHash('events', e) })),
  // Only the names: the timeline names the islands an event concerns.
  islands: islands.map((island) => ({ ...island, keyFacts: [], citations: [] })),
});
