/**
 * The public contract of a kuril-widgets dataset.
 *
 * The bundled dataset and any dataset a publisher passes through `src` or an inline
 * `<script type="application/json">` child have this shape. Reader-visible text is English in the
 * dataset itself; Japanese and Russian text comes from {@link Translation} objects that are merged
 * in by {@link localizeDataset} (see `query.ts`).
 *
 * Dates are ISO 8601 strings cut to their precision: `'1855'` (year), `'1945-08'` (month),
 * `'1956-10-19'` (day). The `precision` field states which of the three a date is, and the validator
 * checks that the two agree.
 */

/** Languages the widgets are written in. */
export const LANGUAGES = ['en', 'ja', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How precise a date is. */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The four disputed islands (Habomai is a group of islets). */
export const ISLAND_IDS = ['iturup', 'kunashir', 'shikotan', 'habomai'] as const;
export type IslandId = (typeof ISLAND_IDS)[number];

/** Tags that classify events. */
export const EVENT_TAGS = [
  'treaty',
  'war',
  'summit',
  'negotiation',
  'military',
  'economy',
  'law',
  'residents',
  'statement',
] as const;
export type EventTag = (typeof EVENT_TAGS)[number];

/** Who holds a claim: one side, both together (an agreement), or someone else (an analyst). */
export const PARTIES = ['japan', 'russia', 'both', 'other'] as const;
export type Party = (typeof PARTIES)[number];

/** The topics claims are grouped by. */
export const CLAIM_TOPICS = [
  'sovereignty',
  'declaration-1956',
  'peace-treaty',
  'military',
  'economy-residents',
] as const;
export type ClaimTopic = (typeof CLAIM_TOPICS)[number];

/** The two countries, as administrator or claimant of an island. */
export const COUNTRIES = ['japan', 'russia'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Whether a language's text was written or checked by a person, or machine-translated. */
export const TRANSLATION_STATUSES = ['original', 'human', 'machine'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/**
 * What kind of publisher a source is, shown to readers next to the source:
 * - `official`: a government, ministry, parliament or official gazette, or the text of a treaty or
 *   law (a primary document);
 * - `news-agency`: a wire service (TASS, Kyodo, Jiji Press, Interfax, Reuters, AFP…);
 * - `newspaper`: a newspaper, broadcaster or news site;
 * - `reference`: an encyclopaedia, library or database;
 * - `analysis`: research, think-tank or opinion writing.
 *
 * `article` (a news report of unstated kind) and the old meaning of `reference` are still accepted
 * in a publisher's dataset; the bundled dataset uses the five kinds above.
 */
export const SOURCE_KINDS = ['official', 'news-agency', 'newspaper', 'reference', 'analysis', 'article'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A date at its precision. */
export interface DatedItem {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching `precision`. */
  date: string;
  precision: DatePrecision;
}

/** Where a statement comes from: a news article or a reference document. */
export interface Source {
  /** Stable id, referenced by citations. */
  id: string;
  /** Publication or institution, e.g. "CNBC" or "Ministry of Foreign Affairs of Japan". */
  outlet: string;
  /** Headline or document title. */
  headline: string;
  author?: string;
  /** Publication date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), where known. */
  published?: string;
  /** Only `http:` and `https:` URLs are ever rendered as links. */
  url?: string;
  /** Language the source is written in. */
  language: Language;
  /** The wire service whose copy the source carries, e.g. "AFP". */
  wire?: string;
  /** The kind of publisher; see {@link SOURCE_KINDS}. */
  kind: SourceKind;
  /**
   * Where the source was read when it is a copy (a mirror, an archive, a reprint): shown as "seen
   * at", next to the original publisher, never instead of it.
   */
  seenAt?: { outlet: string; url?: string };
}

/** A citation of a source, optionally with the passage relied on, verbatim. */
export interface Citation {
  /** Id of a {@link Source}. */
  source: string;
  /** A verbatim passage of the source. */
  quote?: string;
}

/** Something that happened. */
export interface Event extends DatedItem {
  id: string;
  /** Last day of an event that spans several days, at its own precision (same format as `date`). */
  endDate?: string;
  title: string;
  summary: string;
  tags: EventTag[];
  /** The islands concerned; empty when the event concerns the dispute as a whole. */
  islands: IslandId[];
  /** People and bodies involved, e.g. "Shinzo Abe". */
  actors: string[];
  citations: Citation[];
  /**
   * An editorial mark: one of the few key events of the dispute (about ten), for a short timeline
   * that shows only these by default.
   */
  key?: boolean;
  /** Set by `localizeDataset`: the language this item's text is in. Not part of a dataset's JSON. */
  textLang?: Language;
  /**
   * Set on the bundled items a widget's first tier trims (the timeline's key events without their
   * summaries): the {@link englishHash} of the full English text, for the translations' check. Not
   * part of a dataset's JSON.
   */
  enHash?: string;
}

/** Who made a claim. */
export interface Speaker {
  name: string;
  /** Role at the time, e.g. "Prime Minister of Japan". */
  role: string;
}

/** A position held by one side (or both, or an outside analyst), in their own words where printed. */
export interface Claim extends DatedItem {
  id: string;
  party: Party;
  speaker: Speaker;
  topic: ClaimTopic;
  /** The position in the dataset's own neutral words, attributed ("Japan says…"). */
  statement: string;
  /** The speaker's words, verbatim as printed in the cited source. */
  quote?: string;
  /** True when the source prints the quote as a translation of what was said. */
  quoteTranslated?: boolean;
  /**
   * The speaker's words in the language they were spoken or written in, where a cited source
   * prints them (Russian for the Kremlin and the Russian foreign ministry, Japanese for the Kantei
   * and Japan's foreign ministry). `quote` stays the English rendering of an English-language
   * source, shown to English readers; readers of `lang` see the original instead, and readers of
   * the third language see the original with a labelled translation. A citation of the dataset
   * prints `quote` verbatim.
   */
  original?: { quote: string; lang: Language };
  /**
   * A standing position: one a side has held for a long time and still holds, not a statement of
   * one day. `date` is then the date of the source that shows it held (not when it was first
   * stated), and widgets show "standing position" rather than the date.
   */
  standing?: boolean;
  /** Ids of claims this one answers. */
  respondsTo?: string[];
  /**
   * An editorial mark: the side's key position on its topic, which the compact claims panel shows
   * first (one per side and topic; without a mark, the latest standing position, else the latest).
   */
  key?: boolean;
  citations: Citation[];
  /** Set by `localizeDataset`: the language this item's text is in. Not part of a dataset's JSON. */
  textLang?: Language;
  /** Set by `localizeDataset`: a translation of `quote` into the display language, shown labelled. */
  quoteTranslation?: string;
  /**
   * Set by `localizeDataset`: the language `quote` is in, when it is not English (the claim's
   * `original` shown in place of the English rendering).
   */
  quoteLang?: Language;
}

/** An island's name in one language, under each side's naming convention. */
export interface IslandNames {
  /** The name Japan uses (e.g. "Etorofu"). */
  japanese: string;
  /** The name Russia uses (e.g. "Iturup"). */
  russian: string;
}

/** One of the four disputed islands (or island groups). */
export interface Island {
  id: IslandId;
  /** Names in each language under each side's convention. */
  names: Record<Language, IslandNames>;
  /** Area in square kilometres. */
  areaKm2: number;
  population: {
    value: number;
    year: number;
    /** True when the figure is an estimate or rounded. */
    approximate?: boolean;
  };
  administeredBy: Country;
  claimedBy: Country[];
  /** Distance from Hokkaido in kilometres, at the nearest point. */
  distanceFromHokkaidoKm?: number;
  /** One or two facts in the dataset's own words. */
  keyFacts: string[];
  citations: Citation[];
  /** Set by `localizeDataset`: the language this item's text is in. Not part of a dataset's JSON. */
  textLang?: Language;
}

/** What is disputed and the current state of talks, for the fact box. */
export interface Overview {
  /** What is disputed, and since when. */
  summary: string;
  /** The current state of talks. */
  status: string;
  citations: Citation[];
  /** Set by `localizeDataset`: the language this item's text is in. Not part of a dataset's JSON. */
  textLang?: Language;
  /**
   * Set on the bundled overview the fact box's first tier trims (without the state of talks, which
   * its compact view folds away): the {@link englishHash} of the full English text, for the
   * translation's check. Not part of a dataset's JSON.
   */
  enHash?: string;
}

export interface DatasetMeta {
  version: string;
  /**
   * The date through which the dataset was checked (`YYYY-MM-DD`): developments after it are not
   * in it. Widgets show it ("as of …").
   */
  asOf: string;
  /**
   * Where a reader reports an error (an http(s) or mailto: URL). Widgets show it as a
   * corrections link; a publisher can override it by attribute.
   */
  correctionsUrl?: string;
  /** Languages the dataset's text is available in. */
  languages: Language[];
  /** How each language's text was made. */
  translationStatus: Partial<Record<Language, TranslationStatus>>;
}

/** A whole dataset. A publisher's dataset may provide any subset of the sections. */
export interface Dataset {
  meta: DatasetMeta;
  overview: Overview;
  sources: Source[];
  events: Event[];
  claims: Claim[];
  islands: Island[];
}

/**
 * The reader-visible text of a dataset in another language, keyed by item id. Missing entries fall
 * back to English. Quotes stay verbatim in the language the source printed them in; `quote` here is
 * a translation of the quote, shown labelled as such.
 */
export interface Translation {
  language: Language;
  status: TranslationStatus;
  overview?: { summary?: string; status?: string; en?: string };
  events?: Record<string, { title?: string; summary?: string; actors?: string[]; en?: string }>;
  claims?: Record<string, { statement?: string; speaker?: Partial<Speaker>; quote?: string; en?: string }>;
  islands?: Record<string, { keyFacts?: string[]; en?: string }>;
}

/**
 * `en` of a translation entry: the {@link englishHash} of the English text the entry translates
 * (see `query.ts`). When the English is corrected the hash no longer matches, and the entry is
 * treated as missing (English is shown, labelled) until it is translated again.
 */
export type TranslationHash = string;
