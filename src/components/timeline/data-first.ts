/**
 * What the timeline shows first, by default: the key events (`key: true`) by date and title, and
 * nothing else. The compact view shows neither summaries, islands nor sources, so the first tier
 * leaves out the events' summaries, tags, islands, actors and citations (and so every source and
 * island); each event keeps the hash of its full English text (`enHash`), so its translation is
 * still checked against it.
 * The CDN build replaces this module with its precomputed value (rollup.config.mjs,
 * `prebuiltData`), so the timeline's chunk carries only this; every event, in full, loads when the
 * reader or an attribute asks for it, and as soon as the reader points at or focuses the widget (`data-full.ts`).
 */
import { events } from '../../data/bundled/events.js';
import { meta } from '../../data/bundled/meta.js';
import { sources } from '../../data/sources.js';
import { englishHash } from '../../data/localize.js';
import { tier, tierDates } from '../../data/tiers.js';
import type { DateLabel } from '../../data/partial-date.js';
import { eraSpansOf } from './view.js';

/** How many events the full tier has (the compact view's "Show all N events"). */
export const eventCount = events.length;

/** The years each era's events span, over every event (the era headings of the compact view). */
export const eraSpans = eraSpansOf(events);

export const firstData = tier(meta, sources, {
  // What the compact view shows of an event: its date and title (tags, islands and actors are in
  // the full view; `enHash` keeps the check of its translation against the full English text).
  events: events
    .filter((e) => e.key === true)
    .map((e) => ({ ...e, summary: '', tags: [], islands: [], actors: [], citations: [], enHash: englishHash('events', e) })),
});

/**
 * The dates the first tier shows, formatted in English ahead: at build time in the CDN build (this
 * function then returns the result), on first use elsewhere.
 */
export const firstDates = (): DateLabel[] => tierDates(firstData);
