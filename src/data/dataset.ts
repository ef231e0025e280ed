import type { Dataset } from './schema.js';
import { claims } from './bundled/claims.js';
import { events } from './bundled/events.js';
import { islands } from './bundled/islands.js';
import { meta } from './bundled/meta.js';
import { overview } from './bundled/overview.js';
import { sources } from './sources.js';

/**
 * The bundled dataset: English text, ids, dates and sources, assembled from its sections in
 * `./bundled/` (each widget imports only the sections it renders). Japanese and Russian text is in
 * `./translations/`.
 *
 * Conventions (see also the comments on individual items):
 *
 * - Neutral text names neither side's term for the islands as a group ("the four islands", "the
 *   disputed islands"); single islands are named with both names, Russian first as in the
 *   `neutral` naming of `i18n/names.ts` ("Iturup/Etorofu"). The two group names appear only where
 *   both are given or where they are quoted.
 * - `quote` (claims) and `citation.quote` are verbatim substrings of the cited source, without the
 *   quotation marks that enclose them there (the widgets add their own). The one normalisation is
 *   that no-break spaces in the Breitbart text are written as ordinary spaces.
 * - `quoteTranslated` is set only where the source itself prints the words as a translation (the
 *   Business Standard text: "according to a Russian translation of his words"). Most quotes here
 *   are necessarily English renderings of words spoken in Japanese or Russian (Abe's Moscow press
 *   conference "according to EFE" included), but GlobalPost, CNBC, The New Indian Express and
 *   Breitbart do not print them as translations, so the flag is not set for them.
 * - Business Standard and The New Indian Express carry AFP copy according to the project brief
 *   (the seeds do not name the agency); their sources record it in `wire`, and reader-visible text
 *   attributes their reporting to the outlets, which is what the reader can check.
 * - Event `islands`: the islands an event physically concerns or names (the 1855 border, the
 *   occupation, the missile deployments, Article 9 of the 1956 declaration, the 1993 declaration,
 *   the request to reduce military activity on the four...); empty when the event concerns the
 *   dispute as a whole (most treaties, summits and talks).
 * - Dates carry the precision the sources support. Treaties and agreements are dated by their
 *   signing; meetings that span several days get an `endDate`. A claim reported without a date of
 *   its own is dated by the publication of the source reporting it, at that source's precision.
 *
 * Derived dates (worked out from the articles' own datelines and checked):
 * - CNBC "Wednesday" (Eastern Economic Forum) = 12 September 2018: Putin's proposal, Abe's speech,
 *   and the Japanese government's answer ("shortly after"; The Japan Times of 12 September 2018
 *   names Chief Cabinet Secretary Yoshihide Suga and reports it the same day).
 * - Business Standard / New Indian Express "Wednesday" (Singapore, ASEAN summit) = 14 November
 *   2018; Osuga "told reporters on Thursday" = 15 November 2018 (NIE published 15 November 2018).
 * - Breitbart "Tuesday" = the Moscow summit of 22 January 2019 (Interfax, 14 January 2019: "will
 *   meet in Moscow on January 22"); "last week" (the fishing-boat protest) = the week before, month
 *   precision '2019-01'; Lavrov "recently": the words that match his news conference after the
 *   talks with Kono (MID transcript) are dated 14 January 2019, the rest January 2019.
 *
 * Where the articles are wrong or imprecise, the dataset follows the checked sources and does not
 * repeat the error: CNBC calls both leaders "presidents" (Abe was Prime Minister), dates Onodera's
 * request to "early 2018" (it was made at the 2+2 talks of 31 July 2018), calls Nagato Abe's
 * "hometown" (it is his ancestral home and constituency) and uses "the Kuril Islands" for the four
 * islands; GlobalPost says the islands were seized "in Aug. 1945" (the occupation ran from 28 August
 * to 5 September 1945); The New Indian Express says Japan "still claims the entire chain" (Japan
 * claims only the four southernmost islands) and, like Breitbart, writes "Russia" for the Soviet
 * Union of 1945-1956; the articles say the two countries are still "technically at war", but the
 * 1956 declaration ended the state of war (it was not a peace treaty). Where the dataset can see
 * the sources disagree, it says so in the reader-visible text: CNBC's "early 2018" for Onodera's
 * request, and Business Standard's "his response to Abe" for Putin's words in Singapore (the
 * Kremlin transcript puts Putin's opening remarks first, so they are not recorded as a reply).
 */
export const dataset: Dataset = { meta, overview, sources, events, claims, islands };
