/**
 * The fact box's view model: dataset + options in, what to render out. Pure (no DOM, no Lit), the
 * same on the server and in the browser, tested in Node.
 */
import { selectIslands } from '../../data/select-islands.js';
import { ISLAND_IDS, type Dataset, type Island, type Language } from '../../data/schema.js';
import { islandName, type Naming } from '../../i18n/names.js';
import { formattedAhead, listKey } from '../../i18n/ahead.js';

/** What `island` accepts: one of the four islands, or `all`. */
export const FACTBOX_ISLANDS = ['all', ...ISLAND_IDS] as const;
export type FactboxIsland = (typeof FACTBOX_ISLANDS)[number];

/** The facts `fields` selects and orders. `overview` is the dispute as a whole; the rest are per island. */
export const FACTBOX_FIELDS = [
  'overview',
  'names',
  'area',
  'population',
  'administration',
  'distance',
  'facts',
  'sources',
] as const;
export type FactboxField = (typeof FACTBOX_FIELDS)[number];

/** The island facts shown by default, in order. */
const ISLAND_FIELDS = FACTBOX_FIELDS.filter((f) => f !== 'overview');

/** The islands' names in the map's label, in `ISLAND_IDS` order, under a naming convention. */
export function mapNames(islands: readonly Pick<Island, 'id' | 'names'>[], lang: Language, naming: Naming): string[] {
  return ISLAND_IDS.map((id) => islands.find((island) => island.id === id))
    .filter((island): island is Pick<Island, 'id' | 'names'> => island !== undefined)
    .map((island) => islandName(island, lang, naming));
}

const listFormats = new Map<Language, Intl.ListFormat>();
/** "Iturup, Kunashir, Shikotan and Habomai", in the display language. */
export function formatList(items: readonly string[], lang: Language): string {
  const known = formattedAhead(listKey(items, lang));
  if (known !== undefined) return known;
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(items);
}

export interface FactboxOptions {
  lang: Language;
  naming: Naming;
  /** The island shown: the publisher's `island`, or the reader's pick. */
  selected: FactboxIsland;
  /** Fields as given (empty: the default). */
  fields: readonly FactboxField[];
  /** False with `no-map`. */
  map: boolean;
  /**
   * The compact default view: with all four islands selected, a table of their areas and
   * populations stands in for their full facts (the picker shows one island in full).
   */
  brief?: boolean;
}

export interface FactboxView {
  /** Every island of the dataset, in order. */
  all: Island[];
  /** The islands whose facts are shown. */
  shown: Island[];
  /** The island shown and highlighted, or `all`. */
  selected: FactboxIsland;
  /** The fields in effect, in order. */
  fields: readonly FactboxField[];
  showOverview: boolean;
  showLocator: boolean;
  /** True when a single island without the picker: its name is the fact box's title. */
  islandTitle: boolean;
  /** True when the compact table stands in for the facts of every island. */
  brief: boolean;
}

/** Builds what the fact box renders. */
export function factboxView(data: Dataset, o: FactboxOptions): FactboxView {
  const all = selectIslands(data);
  const fields = o.fields.length ? o.fields : o.selected === 'all' ? FACTBOX_FIELDS : ISLAND_FIELDS;
  const showOverview = fields.includes('overview');
  const shown = o.selected === 'all' ? all : all.filter((island) => island.id === o.selected);
  return {
    all,
    shown,
    selected: o.selected,
    fields,
    showOverview,
    showLocator: o.map,
    islandTitle: !o.map && o.selected !== 'all' && shown.length === 1 && !showOverview,
    brief: Boolean(o.brief) && o.map && o.selected === 'all' && shown.length > 1,
  };
}
