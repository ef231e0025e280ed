import type { Language } from '../../data/schema.js';

/** UI strings of <kuril-factbox>. */
export interface FactboxMessages {
  title: string;
  /** Lead-in of the state of talks, with the space that follows it (none after a full-width colon). */
  status: string;
  /** Summary of the overview's collapsed citations: `Sources (7)`. */
  sourcesCount: (n: number) => string;
  /** Summary of an island's collapsed citations, after the term "Sources": `Show 5`. */
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
  /** The map's text alternative. */
  mapLabel: (islands: string, highlighted: string) => string;
  mapCredit: string;
  /** Distances listed under the map: `Distance from Hokkaido: Kunashir 16 km, …`. */
  distanceNote: (parts: readonly string[]) => string;
  /** One distance in that list. */
  distancePart: (name: string, distance: string) => string;
  places: { hokkaido: string; okhotsk: string; pacific: string };
}

export const messages: Record<Language, FactboxMessages> = {
  en: {
    title: 'The islands at a glance',
    status: 'State of talks: ',
    sourcesCount: (n) => `Sources (${n})`,
    showSources: (n) => `Show ${n}`,
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
    mapLabel: (islands, highlighted) =>
      `Map of Hokkaido and the four disputed islands off its north-eastern tip: ${islands}. ` +
      `Highlighted: ${highlighted}. Other islands to the north-east, and southern Sakhalin, are shown faded.`,
    mapCredit: 'Map data: Natural Earth',
    distanceNote: (parts) => `Distance from Hokkaido: ${parts.join(', ')}.`,
    distancePart: (name, distance) => `${name} ${distance}`,
    places: { hokkaido: 'Hokkaido', okhotsk: 'Sea of Okhotsk', pacific: 'Pacific Ocean' },
  },
  ja: {
    title: '島々の概要',
    status: '交渉の現状：',
    sourcesCount: (n) => `出典（${n}件）`,
    showSources: (n) => `${n}件を表示`,
    sources: '出典',
    picker: '表示する島',
    all: '4島すべて',
    statusHeading: '交渉の現状',
    showAllIslands: '4島すべての詳細',
    showFewerIslands: '詳細を閉じる',
    allHighlighted: '4島すべて',
    terms: {
      names: '名称',
      area: '面積',
      population: '人口',
      administeredBy: '施政',
      claimedBy: '領有を主張',
      distance: '北海道からの距離',
      facts: '主な事実',
    },
    nameIn: { japanese: '日本語', russian: 'ロシア語' },
    colon: '：',
    dot: '・',
    parens: ['（', '）'],
    noCivilians: (year) => `民間人の居住者なし（${year}年）`,
    noData: 'データセットにこの島の項目はありません。',
    mapLabel: (islands, highlighted) =>
      `北海道と、その北東沖にある係争中の4島（${islands}）の地図。強調表示：${highlighted}。` +
      '北東に続く島々とサハリン南部は薄く表示。',
    mapCredit: '地図データ：Natural Earth',
    distanceNote: (parts) => `北海道からの距離：${parts.join('、')}`,
    distancePart: (name, distance) => `${name} ${distance}`,
    places: { hokkaido: '北海道', okhotsk: 'オホーツク海', pacific: '太平洋' },
  },
  ru: {
    title: 'Коротко об островах',
    status: 'Переговоры: ',
    sourcesCount: (n) => `Источники (${n})`,
    showSources: (n) => `Показать (${n})`,
    sources: 'Источники',
    picker: 'Показать остров',
    all: 'Все четыре',
    statusHeading: 'Переговоры',
    showAllIslands: 'Сведения обо всех островах',
    showFewerIslands: 'Свернуть сведения',
    allHighlighted: 'все четыре острова',
    terms: {
      names: 'Названия',
      area: 'Площадь',
      population: 'Население',
      administeredBy: 'Кто управляет',
      claimedBy: 'Кто претендует',
      distance: 'Расстояние от Хоккайдо',
      facts: 'Главное',
    },
    nameIn: { japanese: 'по-японски', russian: 'по-русски' },
    colon: ': ',
    dot: ' · ',
    parens: [' (', ')'],
    noCivilians: (year) => `Гражданского населения нет (${year} г.)`,
    noData: 'В наборе данных нет сведений об этом острове.',
    mapLabel: (islands, highlighted) =>
      `Карта Хоккайдо и четырёх спорных островов у его северо-восточной оконечности: ${islands}. ` +
      `Выделено: ${highlighted}. Острова дальше к северо-востоку и юг Сахалина показаны бледнее.`,
    mapCredit: 'Картографические данные: Natural Earth',
    distanceNote: (parts) => `Расстояние от Хоккайдо: ${parts.join('; ')}.`,
    distancePart: (name, distance) => `${name} — ${distance}`,
    places: { hokkaido: 'Хоккайдо', okhotsk: 'Охотское море', pacific: 'Тихий океан' },
  },
};
