/**
 * Pure query functions over a {@link Dataset}: selection, filtering and sorting (localisation is in
 * localize.ts).
 * No DOM, no side effects, nothing runs at import. Inputs are never mutated.
 */
import {
  CLAIM_TOPICS,
  PARTIES,
  type Citation,
  type Claim,
  type ClaimTopic,
  type Dataset,
  type Event,
  type Language,
  type Party,
  type Source,
  type SourceKind,
} from './schema.js';

// Partial ISO dates live in partial-date.ts; re-exported here for the data module's public API.
export { compareDates, dateInRange, datePrecision, daysInMonth, isValidPartialDate } from './partial-date.js';
import { isLinkUrl } from './link-url.js';
import { list } from './list.js';
import { selectEvents } from './select-events.js';


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
  const result = new Set<Source>();
  for (const citation of list(item.citations)) {
    const source = sourceById(ds, citation.source);
    if (source) result.add(source);
  }
  return [...result];
}

/** The id of the DOM anchor of an event in a timeline: `kuril-event-<id>`. */
export function eventAnchorId(id: string): string {
  return `kuril-event-${id}`;
}

// -------------------------------------------------------------------------------------------------
// Localisation (applying a translation is in localize.ts: it loads with the text it applies)
// -------------------------------------------------------------------------------------------------

/**
 * A copy of `ds` as {@link localizeDataset} returns it without a translation: every item with
 * `textLang: 'en'` and no `quoteTranslation` or `quoteLang`. `ds` is never mutated.
 */
export function englishDataset(ds: Dataset): Dataset {
  const en = <T>(item: T): T & { textLang: 'en' } => ({ ...item, textLang: 'en' });
  const claims = list(ds.claims).map((claim): Claim => {
    const localized: Claim = en(claim);
    delete localized.quoteTranslation;
    delete localized.quoteLang;
    return localized;
  });
  return { ...ds, overview: en(ds.overview), sources: [...list(ds.sources)], events: list(ds.events).map(en), claims, islands: list(ds.islands).map(en) };
}

// -------------------------------------------------------------------------------------------------
// What widgets show around the items: as-of date, corrections link, labels
// -------------------------------------------------------------------------------------------------

/** The dataset-level facts every widget shows. */
export interface DatasetInfo {
  /** The date through which the dataset was checked, `YYYY-MM-DD` (show as "as of …"). */
  asOf: string;
  /** Where readers report errors, when the dataset names a place (http(s) or mailto: only). */
  correctionsUrl?: string;
  version: string;
}


/**
 * The as-of date, corrections link and version of a dataset. `overrideCorrectionsUrl` (a widget
 * attribute set by a publisher) wins over the dataset's `meta.correctionsUrl` when it is a valid
 * link; an invalid URL is never returned.
 */
export function datasetMeta(ds: Dataset, overrideCorrectionsUrl?: string | null): DatasetInfo {
  const meta = ds.meta ?? ({} as Partial<Dataset['meta']>);
  const info: DatasetInfo = { asOf: String(meta.asOf ?? ''), version: String(meta.version ?? '') };
  const url = isLinkUrl(overrideCorrectionsUrl) ? overrideCorrectionsUrl : meta.correctionsUrl;
  if (isLinkUrl(url)) info.correctionsUrl = url;
  return info;
}

/**
 * Whether the text of a localized item (from {@link localizeDataset}) that a widget shows in `lang`
 * is machine-translated and must be labelled so: its `textLang` is `lang`, `lang` is not English
 * and the dataset's `meta.translationStatus[lang]` is `machine`. Items shown in English in a
 * Japanese or Russian widget (missing or stale translations) are not machine-translated; widgets
 * mark them with `lang="en"` instead. Works for events, claims, islands and the overview.
 */
export function isMachineTranslated(item: { textLang?: Language }, lang: Language, ds: Pick<Dataset, 'meta'>): boolean {
  return lang !== 'en' && item.textLang === lang && ds.meta?.translationStatus?.[lang] === 'machine';
}

/**
 * Whether a localized item's text is shown in a language other than the widget's (a missing or
 * stale translation): the widget shows the English with `lang="en"` and may say so.
 */
export function isUntranslated(item: { textLang?: Language }, lang: Language): boolean {
  return item.textLang !== undefined && item.textLang !== lang;
}

/** A short reader-visible label of a source's kind ("news agency", "通信社", "информагентство"). */
export function sourceKindLabel(kind: SourceKind | string, kinds: Readonly<Record<SourceKind, string>>): string {
  return (kinds as Record<string, string>)[kind] ?? kinds.article;
}

/** The key events (`key: true`), sorted by date: the short timeline shown by default. */
export function keyEvents(ds: Dataset): Event[] {
  return selectEvents({ ...ds, events: list(ds.events).filter((e) => e.key === true) });
}

/**
 * Claims per party per topic: `table[topic][party]` is the number of claims of that party on that
 * topic. For the balance check (test) and for editors.
 */
export function balanceTable(ds: Dataset): Record<ClaimTopic, Record<Party, number>> {
  const table = {} as Record<ClaimTopic, Record<Party, number>>;
  for (const topic of CLAIM_TOPICS) {
    table[topic] = {} as Record<Party, number>;
    for (const party of PARTIES) table[topic][party] = 0;
  }
  for (const claim of list(ds.claims)) {
    const row = table[claim.topic];
    if (row && claim.party in row) row[claim.party]++;
  }
  return table;
}
