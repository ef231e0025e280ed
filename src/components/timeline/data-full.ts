/**
 * Everything the timeline can show: every event and the islands' names, with all the bundled
 * sources (a publisher's events may cite any of them).
 */
import { events } from '../../data/bundled/events.js';
import { islands } from '../../data/bundled/islands.js';
import { meta } from '../../data/bundled/meta.js';
import { sources } from '../../data/sources.js';
import { tier } from '../../data/tiers.js';

export const fullData = {
  ...tier(meta, sources, { events, islands: islands.map((island) => ({ ...island, keyFacts: [], citations: [] })) }),
  sources,
};
