import type { Translation } from '../schema.js';
import { claims } from './ja/claims.js';
import { events } from './ja/events.js';
import { islands } from './ja/islands.js';
import { overview } from './ja/overview.js';

/**
 * The dataset's text in Japanese. Machine translation (`status: 'machine'`) until a person has
 * reviewed it; the widgets label it so.
 *
 * Conventions (see test/data/translation-ja.test.ts, which checks most of them):
 *
 * - Neutral text names neither side's term for the islands as a group: 「4島」「係争中の島々」「島々」,
 *   as the English does. 「北方領土」 and 「南クリル諸島」 appear only in 「」, as one side's name, and
 *   in translations of quotes.
 * - A single island is named as `islands[].names.ja` of the dataset, Russian name first as in the
 *   English "Iturup/Etorofu": 「択捉島／イトゥルップ島」「国後島／クナシル島」; 色丹島 and 歯舞群島 are
 *   the same under both conventions.
 * - Islands outside the four (not disputed) are given in katakana with the Japanese name in
 *   brackets where it is the usual one in Japanese: シュムシュ島（占守島）, マトゥア島（松輪島）,
 *   ウルップ島（得撫島）; Sakhalin in historical events as サハリン（樺太）.
 * - "Kuril Islands" / "Kuril chain" is the standard Japanese geographical name 千島列島 (also the
 *   wording of the official Japanese texts of the Yalta agreement and the San Francisco Peace
 *   Treaty); in translations of Russian speakers' words "southern Kuril chain" is 南クリル諸島.
 * - Dates in Japanese style (1956年10月19日); numbers in newspaper style (1万7291人).
 * - `quote` is a translation of the English quote as printed, ellipses and editorial brackets
 *   included; the original stays beside it. Where a claim has its speaker's own words
 *   (`claims[].original`), readers see those, in Japanese or Russian, instead of the English.
 * - `en` of every entry is `englishHash` of the English text it translates (query.ts). When the
 *   English changes, the entry is stale: it is shown in English until it is translated again and
 *   `en` updated (test/data/translation-sync.test.ts lists stale entries with the new hash).
 */
export const ja: Translation = {
  language: 'ja',
  status: 'machine',
  overview,
  events,
  claims,
  islands,
};
