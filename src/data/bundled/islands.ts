import type { Island } from '../schema.js';

/** The four islands' facts, in English. */
export const islands: Island[] = [
  {
    id: 'iturup',
    names: {
      en: { japanese: 'Etorofu', russian: 'Iturup' },
      ja: { japanese: '択捉島', russian: 'イトゥルップ島' },
      ru: { japanese: 'Эторофу', russian: 'Итуруп' },
    },
    // Japan's foreign ministry: 3,168 km² with adjacent islets (3,167 km² the main island alone),
    // Geospatial Information Authority of Japan survey of 2020.
    areaKm2: 3168,
    population: { value: 6400, year: 2018, approximate: true },
    administeredBy: 'russia',
    claimedBy: ['japan'],
    keyFacts: [
      'The largest of the four islands, and the largest island of the chain that runs from Hokkaido to ' +
        'Kamchatka.',
      'Russia deployed the Bastion coastal missile system here in 2016; a decree of January 2018 ' +
        "opened the island's civilian airport to military jets.",
    ],
    citations: [
      { source: 'mofa-japan-northern-territories-info' },
      { source: 'wikipedia-kuril-islands-dispute' },
      { source: 'wikipedia-kuril-islands' },
      {
        source: 'hoppou-what-kind-of-place',
        quote:
          'There are approximately 6,400 people on Etorofu Island, 8,500 people on Kunashiri Island and 3,000 on Shikotan Island.',
      },
      { source: 'rferl-2016-11-missiles' },
      { source: 'japan-times-2018-02-03' },
    ],
  },
  {
    id: 'kunashir',
    names: {
      en: { japanese: 'Kunashiri', russian: 'Kunashir' },
      ja: { japanese: '国後島', russian: 'クナシル島' },
      ru: { japanese: 'Кунасири', russian: 'Кунашир' },
    },
    areaKm2: 1490,
    population: { value: 8500, year: 2018, approximate: true },
    administeredBy: 'russia',
    claimedBy: ['japan'],
    distanceFromHokkaidoKm: 16,
    keyFacts: [
      'The second-largest of the four islands; its main settlement is Yuzhno-Kurilsk in Russian, ' +
        'Furukamappu in Japanese.',
      'Russia deployed the Bal coastal missile system here in 2016.',
    ],
    citations: [
      { source: 'mofa-japan-northern-territories-info' },
      { source: 'hoppou-islands-outline', quote: 'Located 16 km offshore and northeast of Hokkaido' },
      {
        source: 'japan-times-2019-12-18',
        quote: 'The vessels were taken to a port in Furukamappu, also known as Yuzhno-Kurilsk, for further investigation',
      },
      {
        source: 'hoppou-what-kind-of-place',
        quote:
          'There are approximately 6,400 people on Etorofu Island, 8,500 people on Kunashiri Island and 3,000 on Shikotan Island.',
      },
      { source: 'rferl-2016-11-missiles' },
    ],
  },
  {
    id: 'shikotan',
    names: {
      en: { japanese: 'Shikotan', russian: 'Shikotan' },
      ja: { japanese: '色丹島', russian: '色丹島' },
      ru: { japanese: 'Шикотан', russian: 'Шикотан' },
    },
    areaKm2: 251,
    population: { value: 3000, year: 2018, approximate: true },
    administeredBy: 'russia',
    claimedBy: ['japan'],
    keyFacts: [
      'Article 9 of the 1956 Joint Declaration says the Soviet Union will hand Shikotan and the Habomai ' +
        'islets over to Japan after a peace treaty is concluded.',
      'With the Habomai islets it forms what Russian geography calls the Lesser Kuril Chain. Japan ' +
        'counts all four islands as part of Hokkaido. The island has the same name in Japanese and Russian.',
    ],
    citations: [
      { source: 'mofa-japan-northern-territories-info' },
      { source: 'hoppou-islands-outline' },
      {
        source: 'hoppou-what-kind-of-place',
        quote:
          'There are approximately 6,400 people on Etorofu Island, 8,500 people on Kunashiri Island and 3,000 on Shikotan Island.',
      },
      { source: 'wikipedia-joint-declaration-1956' },
      { source: 'wikipedia-kuril-islands-dispute' },
    ],
  },
  {
    id: 'habomai',
    names: {
      en: { japanese: 'Habomai islets', russian: 'Habomai islets' },
      // Russian usage borrows the Japanese name; no separate Japanese rendering of a Russian name
      // is attested in the sources, so both conventions use 歯舞群島.
      ja: { japanese: '歯舞群島', russian: '歯舞群島' },
      ru: { japanese: 'острова Хабомаи', russian: 'острова Хабомаи' },
    },
    areaKm2: 95,
    // No civilians; Russian border guards only (Japan's Cabinet Office, January 2018).
    population: { value: 0, year: 2018 },
    administeredBy: 'russia',
    claimedBy: ['japan'],
    distanceFromHokkaidoKm: 3.7,
    keyFacts: [
      "A group of small islets 3.7 km off Hokkaido's Nemuro Peninsula. No civilians live there; only " +
        'Russian border guards are stationed on them.',
      'Article 9 of the 1956 Joint Declaration says the Soviet Union will hand the islets and Shikotan ' +
        'over to Japan after a peace treaty is concluded.',
    ],
    citations: [
      {
        source: 'hoppou-islands-outline',
        quote:
          'This archipelago, which covers 95 km2, consists of islands scattered 3.7 km off Cape Nosappu, which is on the Nemuro Peninsula of Hokkaido',
      },
      {
        source: 'hoppou-what-kind-of-place',
        quote: "Civilians don't live on the Habomai Islands, where only border guards are stationed.",
      },
      { source: 'mofa-japan-northern-territories-info' },
      { source: 'wikipedia-joint-declaration-1956' },
    ],
  },
];
