import { primeFormats } from '../../i18n/ahead.js';
import { defineUi } from '../../i18n/ui-text.js';

/** UI strings of <kuril-factbox>. */
export interface FactboxMessages {
  title: string;
  /** Lead-in of the state of talks, with the space that follows it (none after a full-width colon). */
  status: string;
  /** Summary of the overview's collapsed citations: `Sources (7)`. */
  sourcesCount: (n: number) => string;
  /** Summary of an island's collapsed citations, after the term "Sources": `Show 5 sources`. */
  showSources: (n: number) => string;
  /** Term of an island's citations. */
  sources: string;
  /** Accessible name of the island picker. */
  picker: string;
  /** The picker's button that shows all four islands. */
  all: string;
  /** The compact view's disclosure of the state of talks. */
  statusHeading: string;
  /** The compact view's button (a disclosure without script) that shows every island's facts. */
  showAllIslands: string;
  /** Its label once they are shown. */
  showFewerIslands: string;
  /** What the map highlights when it shows all four. */
  allHighlighted: string;
  terms: {
    names: string;
    area: string;
    population: string;
    administeredBy: string;
    claimedBy: string;
    distance: string;
    facts: string;
  };
  /** Labels of an island's name in each language: `Japanese`, `Russian`. */
  nameIn: { japanese: string; russian: string };
  /** Between a label and its value: `: `, `：`. */
  colon: string;
  /** Between names: ` · `. */
  dot: string;
  /** Around a romanisation or reading: ` (`, `)`. */
  parens: readonly [string, string];
  noCivilians: (year: number) => string;
  noData: string;
  /** Shown under an island's heading when none of the `fields` asked for has data for it. */
  noFields: string;
  /** The map's text alternative. */
  mapLabel: (islands: string, highlighted: string) => string;
  mapCredit: string;
  /** Distances listed under the map: `Distance from Hokkaido: Kunashir 16 km, …`. */
  distanceNote: (parts: readonly string[]) => string;
  /** One distance in that list. */
  distancePart: (name: string, distance: string) => string;
  places: { hokkaido: string; okhotsk: string; pacific: string };
}

export const factboxText = defineUi<FactboxMessages>('factbox', {
  title: 'The islands at a glance',
  status: 'State of talks: ',
  sourcesCount: (n) => `Sources (${n})`,
  showSources: (n) => `Show ${n} ${n === 1 ? 'source' : 'sources'}`,
  sources: 'Sources',
  picker: 'Show island',
  all: 'All four',
  statusHeading: 'State of talks',
  showAllIslands: 'Facts of all four islands',
  showFewerIslands: 'Show fewer facts',
  allHighlighted: 'all four islands',
  terms: {
    names: 'Names',
    area: 'Area',
    population: 'Population',
    administeredBy: 'Administered by',
    claimedBy: 'Claimed by',
    distance: 'Distance from Hokkaido',
    facts: 'Key facts',
  },
  nameIn: { japanese: 'Japanese', russian: 'Russian' },
  colon: ': ',
  dot: ' · ',
  parens: [' (', ')'],
  noCivilians: (year) => `No civilian residents (${year})`,
  noData: 'The dataset has no entry for this island.',
  noFields: 'No data for these fields.',
  mapLabel: (islands, highlighted) =>
    `Map of Hokkaido and the four disputed islands off its north-eastern tip: ${islands}. ` +
    `Highlighted: ${highlighted}. Other islands to the north-east, and southern Sakhalin, are shown faded.`,
  mapCredit: 'Map data: Natural Earth',
  distanceNote: (parts) => `Distance from Hokkaido: ${parts.join(', ')}.`,
  distancePart: (name, distance) => `${name} ${distance}`,
  places: { hokkaido: 'Hokkaido', okhotsk: 'Sea of Okhotsk', pacific: 'Pacific Ocean' },
}, {
  // With the compact view's numbers and list in the language, formatted ahead (no Intl as it renders).
  ja: () => import('../../i18n/ja/factbox.js').then((m) => (primeFormats(() => m.formats), m.factbox)),
  ru: () => import('../../i18n/ru/factbox.js').then((m) => (primeFormats(() => m.formats), m.factbox)),
});
