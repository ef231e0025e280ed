/**
 * Tiers of a widget's bundled data: what its compact default view shows first (small, in the
 * widget's own chunk) and everything it can show (loaded when the reader or an attribute asks for
 * more). Pure helpers, no DOM.
 */
import { dateLabels, type DateLabel } from './partial-date.js';
import type { Citation, Dataset, Language, Source } from './schema.js';

/** The sources that `items` (and their nested citations) cite, in the order of `sources`. */
export function citedSources(sources: readonly Source[], items: readonly { citations: readonly Citation[] }[]): Source[] {
  const ids = new Set(items.flatMap((item) => item.citations.map((c) => c.source)));
  return sources.filter((s) => ids.has(s.id));
}

/** A dataset with no items but the given sections (a widget's bundle names only its own). */
export function emptyDataset(meta: Dataset['meta'], sections: Partial<Omit<Dataset, 'meta'>> = {}): Dataset {
  return { meta, overview: { summary: '', status: '', citations: [] }, sources: [], events: [], claims: [], islands: [], ...sections };
}

/** A dataset of the given sections, with only the sources they cite. */
export function tier(meta: Dataset['meta'], sources: readonly Source[], sections: Partial<Omit<Dataset, 'meta' | 'sources'>>): Dataset {
  const data = emptyDataset(meta, sections);
  data.sources = citedSources(sources, [data.overview, ...data.events, ...data.claims, ...data.islands]);
  return data;
}

/**
 * The dates a tier's views show, formatted ahead in a language, English by default (see
 * `primeDates`): the events' dates and ends, the claims' dates at their precision, the sources'
 * publication dates and the date the data was checked as of.
 */
export function tierDates(data: Dataset, lang: Language = 'en'): DateLabel[] {
  return dateLabels([
    ...data.events.flatMap((e) => [{ date: e.date }, { date: e.endDate }]),
    ...data.claims.map((c) => ({ date: c.date, precision: c.precision })),
    ...data.sources.map((s) => ({ date: s.published })),
    { date: data.meta.asOf },
  ], lang);
}
