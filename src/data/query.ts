/**
 * Pure query functions over a {@link Dataset}: selection, filtering, sorting and localisation.
 * No DOM, no side effects, nothing runs at import. Inputs are never mutated.
 */
import {
  ISLAND_IDS,
  type Citation,
  type Claim,
  type Dataset,
  type Event,
  type Island,
  type Language,
  type Overview,
  type Source,
  type Translation,
} from './schema.js';

// Partial ISO dates live in partial-date.ts; re-exported here for the data module's public API.
export { compareDates, dateInRange, datePrecision, daysInMonth, isValidPartialDate } from './partial-date.js';
import { compareDates, dateInRange, parsePartialDate } from './partial-date.js';

// -------------------------------------------------------------------------------------------------
// Selection
// -------------------------------------------------------------------------------------------------

/** Options of {@link selectEvents}. */
export interface EventQuery {
  /** Earliest date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), inclusive of its whole precision. */
  from?: string;
  /** Latest date, inclusive of its whole precision. */
  to?: string;
  /** Keep events with at least one of these tags. Empty or missing: no tag filter. */
  tags?: readonly string[];
  /**
   * Keep events concerning at least one of these islands. Empty or missing: no island filter.
   * An event whose `islands` is empty concerns the dispute as a whole and does NOT match an island
   * filter: a reader asking about Shikotan gets the events that name Shikotan.
   */
  islands?: readonly string[];
  /** Chronological (`asc`, the default) or latest first (`desc`). */
  order?: 'asc' | 'desc';
  /** At most this many events, taken after sorting (so `desc` + `limit` gives the latest). */
  limit?: number;
}

/** Options of {@link selectClaims}. */
export interface ClaimQuery {
  /** Keep claims of these parties. Empty or missing: all parties. */
  parties?: readonly string[];
  /** Keep claims on these topics. Empty or missing: all topics. */
  topics?: readonly string[];
  from?: string;
  to?: string;
}

function list<T>(items: readonly T[] | undefined): readonly T[] {
  return Array.isArray(items) ? items : [];
}

/** A number that sorts partial dates as `compareDates` does; invalid dates get `Infinity`. */
function sortKey(date: string): number {
  const p = parsePartialDate(date);
  return p ? p.year * 10_000 + (p.month ?? 0) * 100 + (p.day ?? 0) : Infinity;
}

/** `compareDates` on precomputed keys (dates are parsed once per sort, not once per comparison). */
function compareKeys(ka: number, kb: number, a: string, b: string): number {
  if (ka === Infinity && kb === Infinity) return a < b ? -1 : a > b ? 1 : 0;
  return ka === kb ? 0 : ka < kb ? -1 : 1;
}

/**
 * The events of a dataset that match `opts`, sorted by date (ties keep the dataset's order).
 * Returns a new array of the dataset's own event objects.
 */
export function selectEvents(ds: Dataset, opts: EventQuery = {}): Event[] {
  const tags = opts.tags?.length ? new Set(opts.tags) : undefined;
  const islands = opts.islands?.length ? new Set(opts.islands) : undefined;
  const selected = list(ds.events).filter(
    (event) =>
      dateInRange(event.date, event.endDate, opts.from, opts.to) &&
      (!tags || list(event.tags).some((tag) => tags.has(tag))) &&
      (!islands || list(event.islands).some((island) => islands.has(island))),
  );
  const direction = opts.order === 'desc' ? -1 : 1;
  const keyed = selected.map((event) => {
    const end = event.endDate ?? event.date;
    return { event, start: sortKey(event.date), end: sortKey(end), endDate: end };
  });
  keyed.sort(
    (a, b) =>
      direction *
      (compareKeys(a.start, b.start, a.event.date, b.event.date) || compareKeys(a.end, b.end, a.endDate, b.endDate)),
  );
  const sorted = keyed.map((k) => k.event);
  const { limit } = opts;
  if (typeof limit === 'number' && Number.isFinite(limit) && limit >= 0) {
    return sorted.slice(0, Math.floor(limit));
  }
  return sorted;
}

/**
 * The claims of a dataset that match `opts`, sorted by date, oldest first (ties keep the dataset's
 * order). Returns a new array of the dataset's own claim objects.
 */
export function selectClaims(ds: Dataset, opts: ClaimQuery = {}): Claim[] {
  const parties = opts.parties?.length ? new Set(opts.parties) : undefined;
  const topics = opts.topics?.length ? new Set(opts.topics) : undefined;
  return list(ds.claims)
    .filter(
      (claim) =>
        (!parties || parties.has(claim.party)) &&
        (!topics || topics.has(claim.topic)) &&
        dateInRange(claim.date, undefined, opts.from, opts.to),
    )
    .sort((a, b) => compareDates(a.date, b.date));
}

/**
 * The dataset's islands in the canonical order (iturup, kunashir, shikotan, habomai), limited to
 * `ids` when given and not empty. Unknown ids are ignored.
 */
export function selectIslands(ds: Dataset, ids?: readonly string[]): Island[] {
  const wanted = ids?.length ? new Set(ids) : undefined;
  const islands = list(ds.islands);
  const result: Island[] = [];
  for (const id of ISLAND_IDS) {
    if (wanted && !wanted.has(id)) continue;
    const island = islands.find((candidate) => candidate.id === id);
    if (island) result.push(island);
  }
  return result;
}

/** One island by id, or `undefined`. */
export function getIsland(ds: Dataset, id: string): Island | undefined {
  return list(ds.islands).find((island) => island.id === id);
}

const sourceIndex = new WeakMap<readonly Source[], Map<string, Source>>();

/** One source by id, or `undefined`. Indexed once per sources array (citations render often). */
export function sourceById(ds: Dataset, id: string): Source | undefined {
  const sources = list(ds.sources);
  let index = sourceIndex.get(sources);
  if (!index) {
    index = new Map();
    // The first of duplicate ids wins, as a linear search would.
    for (const source of sources) if (!index.has(source.id)) index.set(source.id, source);
    sourceIndex.set(sources, index);
  }
  return index.get(id);
}

/**
 * The sources an item cites, in citation order, each once. Citations of unknown sources are
 * skipped.
 */
export function sourcesOf(ds: Dataset, item: { citations: readonly Citation[] }): Source[] {
  const result: Source[] = [];
  for (const citation of list(item.citations)) {
    const source = sourceById(ds, citation.source);
    if (source && !result.includes(source)) result.push(source);
  }
  return result;
}

/** The id of the DOM anchor of an event in a timeline: `kuril-event-<id>`. */
export function eventAnchorId(id: string): string {
  return `kuril-event-${id}`;
}

// -------------------------------------------------------------------------------------------------
// Localisation
// -------------------------------------------------------------------------------------------------

function text(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** `record[key]` when it is the record's own entry (never an inherited `constructor` or the like). */
function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * Returns a copy of `ds` (a dataset with English text, such as the bundled one) whose reader-visible text is in the translation's language where the
 * translation has it, and English where it does not. `ds` is never mutated.
 *
 * - An item is translated as a whole or not at all, so its `textLang` is always true: an event
 *   needs `title` and `summary`, a claim `statement`, an island a non-empty `keyFacts`, the overview
 *   `summary` and `status`. Items the translation lacks keep their English text and get
 *   `textLang: 'en'`; translated items get `textLang: tr.language`.
 * - Secondary text of a translated item (event `actors`, claim `speaker` fields) is taken from the
 *   translation where given and kept otherwise.
 * - Quotes stay verbatim in their original language. A translation's `claims[id].quote` becomes the
 *   claim's `quoteTranslation` (only for claims that have a quote).
 * - Without a translation, every item gets `textLang: 'en'` and no `quoteTranslation`.
 */
export function localizeDataset(ds: Dataset, tr?: Translation): Dataset {
  const lang: Language = tr?.language ?? 'en';

  const events = list(ds.events).map((event): Event => {
    const t = own(tr?.events, event.id);
    if (t && text(t.title) && text(t.summary)) {
      return {
        ...event,
        title: t.title,
        summary: t.summary,
        actors: Array.isArray(t.actors) ? [...t.actors] : [...list(event.actors)],
        textLang: lang,
      };
    }
    return { ...event, textLang: 'en' };
  });

  const claims = list(ds.claims).map((claim): Claim => {
    const t = own(tr?.claims, claim.id);
    const localized: Claim = { ...claim, textLang: 'en' };
    delete localized.quoteTranslation;
    if (t && text(t.statement)) {
      localized.statement = t.statement;
      localized.textLang = lang;
      if (t.speaker) {
        localized.speaker = {
          name: text(t.speaker.name) ? t.speaker.name : claim.speaker.name,
          role: text(t.speaker.role) ? t.speaker.role : claim.speaker.role,
        };
      }
    }
    if (claim.quote !== undefined && t && text(t.quote)) localized.quoteTranslation = t.quote;
    return localized;
  });

  const islands = list(ds.islands).map((island): Island => {
    const t = own(tr?.islands, island.id);
    if (t && Array.isArray(t.keyFacts) && t.keyFacts.length > 0 && t.keyFacts.every(text)) {
      return { ...island, keyFacts: [...t.keyFacts], textLang: lang };
    }
    return { ...island, textLang: 'en' };
  });

  const trOverview = tr?.overview;
  const overview: Overview =
    trOverview && text(trOverview.summary) && text(trOverview.status)
      ? { ...ds.overview, summary: trOverview.summary, status: trOverview.status, textLang: lang }
      : { ...ds.overview, textLang: 'en' };

  return { ...ds, overview, sources: [...list(ds.sources)], events, claims, islands };
}

/**
 * Narrows a bundled translation to the items of `ds` whose English text is still the bundled
 * text, so that a publisher's item that reuses a bundled id with text of its own is never shown
 * with the bundled item's translation. Items the publisher changed stay in English (their
 * `textLang` says so).
 */
export function restrictTranslation(ds: Dataset, bundled: Dataset, tr?: Translation): Translation | undefined {
  if (!tr || ds === bundled) return tr;
  const keep = <T extends { id: string }, E>(
    items: readonly T[],
    originals: readonly T[],
    entries: Record<string, E> | undefined,
    key: (item: T) => string,
  ): Record<string, E> | undefined => {
    if (!entries) return undefined;
    const original = new Map(originals.map((item) => [item.id, key(item)]));
    const result: Record<string, E> = {};
    for (const item of items) {
      const entry = own(entries, item.id);
      if (entry !== undefined && original.get(item.id) === key(item)) result[item.id] = entry;
    }
    return result;
  };
  const sameOverview =
    ds.overview.summary === bundled.overview.summary && ds.overview.status === bundled.overview.status;
  return {
    ...tr,
    overview: sameOverview ? tr.overview : undefined,
    events: keep(list(ds.events), list(bundled.events), tr.events, (e) => `${e.title}\n${e.summary}`),
    claims: keep(list(ds.claims), list(bundled.claims), tr.claims, (c) => `${c.statement}\n${c.quote ?? ''}`),
    islands: keep(list(ds.islands), list(bundled.islands), tr.islands, (i) => list(i.keyFacts).join('\n')),
  };
}
