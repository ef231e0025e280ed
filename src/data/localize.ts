/**
 * Localisation of a {@link Dataset}: applying a translation of its text, narrowing a bundled
 * translation to a publisher's items, and the hashes that tell a stale translation. Pure, no DOM,
 * nothing runs at import. The widgets load this module with the Japanese or Russian text it
 * applies (resolve-data.ts), so an English page does not carry it; English is
 * {@link englishDataset} (query.ts).
 */
import type { Claim, Dataset, Event, Island, Language, Overview, Translation } from './schema.js';
import { list } from './list.js';
import { englishDataset } from './query.js';


function text(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** `record[key]` when it is the record's own entry (never an inherited `constructor` or the like). */
function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * Returns a copy of `ds` (a dataset with English text, such as the bundled one) whose
 * reader-visible text is in the translation's language where the translation has it, and English
 * where it does not. `ds` is never mutated.
 *
 * - An item is translated as a whole or not at all, so its `textLang` is always true: an event
 *   needs `title` and `summary`, a claim `statement`, an island a non-empty `keyFacts`, the overview
 *   `summary` and `status`. Items the translation lacks keep their English text and get
 *   `textLang: 'en'`; translated items get `textLang: tr.language`.
 * - A STALE entry is treated as missing: one whose `en` hash is not the {@link englishHash} of the
 *   item's current English text (the English was corrected after it was translated). An entry
 *   without `en` is taken as it is (hand-made translations); the bundled ones all carry it.
 * - Secondary text of a translated item (event `actors`, claim `speaker` fields) is taken from the
 *   translation where given and kept otherwise.
 * - Quotes stay verbatim. A claim with an `original` in the display language shows the original as
 *   its `quote` (with `quoteLang`), and no translation. In the third language it shows the original
 *   with the translation's `claims[id].quote` as `quoteTranslation` (a claim without an English
 *   `quote` shows its original only in the original's language). Otherwise a translation's
 *   `claims[id].quote` becomes the claim's `quoteTranslation` (only for claims that have a quote).
 * - Without a translation, every item gets `textLang: 'en'` and no `quoteTranslation`.
 */
export function localizeDataset(ds: Dataset, tr?: Translation): Dataset {
  if (!tr) return englishDataset(ds);
  const lang: Language = tr.language;

  const events = list(ds.events).map((event): Event => {
    const t = fresh(own(tr.events, event.id), () => event.enHash ?? englishHash('events', event));
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
    const t = fresh(own(tr.claims, claim.id), () => englishHash('claims', claim));
    const localized: Claim = { ...claim, textLang: 'en' };
    delete localized.quoteTranslation;
    delete localized.quoteLang;
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
    const original = claim.original;
    // The original is shown in its own language, and in the third language in place of the English
    // rendering (with the translation); a claim with an original but no English rendering shows
    // its quote only to readers of the original's language.
    const showOriginal =
      lang !== 'en' &&
      original !== undefined &&
      text(original.quote) &&
      original.lang !== 'en' &&
      (claim.quote !== undefined || original.lang === lang);
    if (showOriginal) {
      localized.quote = original.quote;
      localized.quoteLang = original.lang;
      // The source's own note that it prints a translation concerns the English rendering.
      delete localized.quoteTranslated;
      if (original.lang !== lang && t && text(t.quote)) localized.quoteTranslation = t.quote;
    } else if (claim.quote !== undefined && t && text(t.quote)) {
      localized.quoteTranslation = t.quote;
    }
    return localized;
  });

  const islands = list(ds.islands).map((island): Island => {
    const t = fresh(own(tr.islands, island.id), () => englishHash('islands', island));
    if (t && Array.isArray(t.keyFacts) && t.keyFacts.length > 0 && t.keyFacts.every(text)) {
      return { ...island, keyFacts: [...t.keyFacts], textLang: lang };
    }
    return { ...island, textLang: 'en' };
  });

  const trOverview = ds.overview ? fresh(tr.overview, () => ds.overview.enHash ?? englishHash('overview', ds.overview)) : undefined;
  const overview: Overview =
    trOverview && text(trOverview.summary) && text(trOverview.status)
      ? { ...ds.overview, summary: trOverview.summary, status: trOverview.status, textLang: lang }
      : { ...ds.overview, textLang: 'en' };

  return { ...ds, overview, sources: [...list(ds.sources)], events, claims, islands };
}

/** `entry` unless it records the hash of an English text other than the item's current one. */
function fresh<T extends { en?: string }>(entry: T | undefined, hash: () => string): T | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  if (entry.en === undefined) return entry;
  return entry.en === hash() ? entry : undefined;
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

// -------------------------------------------------------------------------------------------------
// Translation sync hashes
// -------------------------------------------------------------------------------------------------

/** The sections of a {@link Translation} whose entries record an English hash. */
export type TranslatedSection = 'overview' | 'events' | 'claims' | 'islands';

/**
 * FNV-1a (32-bit) of a string's UTF-16 code units, as 8 lowercase hex digits. Not a cryptographic
 * hash: it only tells whether a text changed.
 */
export function fnv1a(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The hash of the English text a translation entry translates: every reader-visible English field
 * of the item (event: title, summary, actors; claim: statement, speaker, quote; island: key facts;
 * overview: summary and status), joined and hashed with {@link fnv1a}. A translation entry records
 * it as `en`; when the English changes, the entry is stale.
 */
export function englishHash(section: 'events', item: Pick<Event, 'title' | 'summary' | 'actors'>): string;
export function englishHash(section: 'claims', item: Pick<Claim, 'statement' | 'speaker' | 'quote'>): string;
export function englishHash(section: 'islands', item: Pick<Island, 'keyFacts'>): string;
export function englishHash(section: 'overview', item: Pick<Overview, 'summary' | 'status'>): string;
export function englishHash(section: TranslatedSection, item: unknown): string;
export function englishHash(section: TranslatedSection, item: unknown): string {
  const i = (item ?? {}) as Record<string, unknown>;
  const str = (value: unknown): string => (typeof value === 'string' ? value : '');
  const strs = (value: unknown): string[] => (Array.isArray(value) ? value.map(str) : []);
  let fields: string[];
  switch (section) {
    case 'events':
      fields = [str(i.title), str(i.summary), ...strs(i.actors)];
      break;
    case 'claims': {
      const speaker = (i.speaker ?? {}) as Record<string, unknown>;
      fields = [str(i.statement), str(speaker.name), str(speaker.role), str(i.quote)];
      break;
    }
    case 'islands':
      fields = strs(i.keyFacts);
      break;
    default:
      fields = [str(i.summary), str(i.status)];
  }
  return fnv1a(`${section}\u001f${fields.join('\u001f')}`);
}

/** One entry of a translation that does not match the dataset (see {@link translationProblems}). */
export interface TranslationProblem {
  section: TranslatedSection;
  /** The item id (`overview` for the overview). */
  id: string;
  /**
   * `stale`: the English changed since the entry was translated; `unhashed`: the entry records no
   * hash; `missing`: the item has no entry; `orphan`: the entry names no item of the dataset.
   */
  problem: 'stale' | 'unhashed' | 'missing' | 'orphan';
}

/**
 * Every entry of `tr` that is stale, unhashed or orphaned, and every item of `ds` without an
 * entry, in dataset order. An empty list means the translation is complete and current.
 */
export function translationProblems(ds: Dataset, tr: Translation): TranslationProblem[] {
  const out: TranslationProblem[] = [];
  const check = (section: TranslatedSection, id: string, entry: { en?: string } | undefined, hash: string) => {
    if (!entry) out.push({ section, id, problem: 'missing' });
    else if (entry.en === undefined) out.push({ section, id, problem: 'unhashed' });
    else if (entry.en !== hash) out.push({ section, id, problem: 'stale' });
  };
  check('overview', 'overview', tr.overview, englishHash('overview', ds.overview));
  const sections = [
    ['events', list(ds.events), tr.events],
    ['claims', list(ds.claims), tr.claims],
    ['islands', list(ds.islands), tr.islands],
  ] as const;
  for (const [section, items, entries] of sections) {
    const ids = new Set<string>();
    for (const item of items) {
      ids.add(item.id);
      check(section, item.id, own(entries as Record<string, { en?: string }> | undefined, item.id), englishHash(section, item));
    }
    for (const id of Object.keys(entries ?? {})) if (!ids.has(id)) out.push({ section, id, problem: 'orphan' });
  }
  return out;
}

