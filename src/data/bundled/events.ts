import type { Event } from '../schema.js';

/** The timeline's events, in English (see the conventions in `../dataset.ts`). */
export const events: Event[] = [
  {
    id: 'treaty-of-shimoda-1855',
    date: '1855-02-07',
    precision: 'day',
    title: 'Treaty of Shimoda draws the first Russia–Japan border',
    summary:
      'Japan and Russia sign their first border treaty. It draws the boundary between Iturup/Etorofu ' +
      'and Urup, leaving the four islands now in dispute on the Japanese side, and gives Sakhalin a ' +
      'joint status.',
    tags: ['treaty'],
    // The treaty settles on which side the four islands lie (as the 1993 declaration names them).
    islands: ['iturup', 'kunashir', 'shikotan', 'habomai'],
    actors: ['Japan', 'Russian Empire'],
    key: true,
    citations: [
      {
        source: 'mofa-japan-territory',
        quote:
          'On February 7, 1855, Japan and Russia signed the Treaty of Commerce, Navigation and Delimitation, which confirmed the boundary between the islands of Etorofu and Uruppu.',
      },
      { source: 'wikipedia-treaty-of-shimoda' },
    ],
  },
  {
    id: 'treaty-of-saint-petersburg-1875',
    date: '1875-05-07',
    precision: 'day',
    title: 'Treaty of Saint Petersburg: Sakhalin exchanged for the northern Kuril Islands',
    summary:
      'Japan gives up its part of Sakhalin, which becomes wholly Russian; in exchange Russia cedes ' +
      'the 18 Kuril islands it held, from Urup north to Shumshu, so that the whole Kuril chain up to ' +
      'Kamchatka becomes Japanese. The four islands now in dispute were already Japanese under the ' +
      '1855 treaty.',
    tags: ['treaty'],
    islands: [],
    actors: ['Japan', 'Russian Empire'],
    citations: [
      {
        source: 'prlib-treaty-1875',
        quote:
          'the Russian Empire obtained the undisputed sovereignty of Sakhalin island in exchange for 18 Kuril islands',
      },
      {
        source: 'wikipedia-treaty-of-saint-petersburg-1875',
        quote:
          'Consequently, Sakhalin island as a whole became Russian territory, and the entire Kuril archipelago Japanese territory.',
      },
    ],
  },
  {
    id: 'treaty-of-portsmouth-1905',
    date: '1905-09-05',
    precision: 'day',
    title: 'Treaty of Portsmouth ends the Russo-Japanese War',
    summary:
      'The peace treaty that ends the Russo-Japanese War gives Japan the southern half of Sakhalin, ' +
      'below the 50th parallel.',
    tags: ['treaty', 'war'],
    islands: [],
    actors: ['Japan', 'Russian Empire'],
    citations: [{ source: 'sputnik-2009-timeline' }],
  },
  {
    id: 'neutrality-pact-1941',
    date: '1941-04-13',
    precision: 'day',
    title: 'Soviet–Japanese Neutrality Pact',
    summary:
      'The Soviet Union and Japan sign a neutrality pact. Japan says the Soviet attack of August 1945 ' +
      'broke it, as the pact was still in force.',
    tags: ['treaty'],
    islands: [],
    actors: ['Soviet Union', 'Japan'],
    citations: [
      { source: 'wikipedia-battle-of-shumshu' },
      {
        source: 'mofa-japan-territory',
        quote: 'in violation of the Neutrality Pact that was still in force between Japan and the Soviet Union',
      },
    ],
  },
  {
    // The conference ran 4-11 February 1945; the event is the agreement, dated by its signing
    // (as every treaty and agreement here is).
    id: 'yalta-agreement-1945',
    date: '1945-02-11',
    precision: 'day',
    title: 'Yalta agreement: the Kuril Islands promised to the Soviet Union',
    summary:
      'At the Yalta Conference (4–11 February 1945), Franklin Roosevelt, Winston Churchill and Joseph ' +
      'Stalin agree in a secret deal, signed on 11 February, that the Kuril Islands will go to the ' +
      'Soviet Union if it enters the war against Japan.',
    tags: ['treaty', 'war'],
    islands: [],
    actors: ['Franklin Roosevelt', 'Winston Churchill', 'Joseph Stalin'],
    key: true,
    citations: [{ source: 'cs-monitor-1995-yalta' }, { source: 'yalta-protocol-text' }],
  },
  {
    id: 'soviet-declaration-of-war-1945',
    date: '1945-08-08',
    precision: 'day',
    title: 'The Soviet Union declares war on Japan',
    summary:
      'Two days after the atomic bombing of Hiroshima, and while the 1941 neutrality pact is still in ' +
      'force, the Soviet Union declares war on Japan; its forces attack on 9 August.',
    tags: ['war'],
    islands: [],
    actors: ['Soviet Union', 'Japan'],
    citations: [
      {
        source: 'mofa-japan-territory',
        quote:
          'on August 9, 1945, the Soviet Union, in violation of the Neutrality Pact that was still in force between Japan and the Soviet Union, opened the war with Japan',
      },
      { source: 'japan-times-2004-border' },
    ],
  },
  {
    id: 'japan-announces-surrender-1945',
    date: '1945-08-15',
    precision: 'day',
    title: 'Japan announces its surrender',
    summary: 'Japan announces its surrender in the Second World War.',
    tags: ['war'],
    islands: [],
    actors: ['Japan'],
    citations: [{ source: 'japan-times-2004-border' }],
  },
  {
    id: 'japanese-residents-1945',
    date: '1945-08-15',
    precision: 'day',
    title: 'About 17,000 Japanese live on the four islands at the end of the war',
    summary:
      'According to Japanese records, 17,291 Japanese live on the four islands when the war ends. ' +
      'After the Soviet occupation all of them are deported or flee; by 1948–49 none remain.',
    tags: ['residents'],
    islands: ['iturup', 'kunashir', 'shikotan', 'habomai'],
    actors: [],
    citations: [
      {
        source: 'hokkaido-prefecture-northern-territories',
        quote:
          'Although 17,291 people lived in the Northern Territories when World War II ended on August 15, 1945, they were forced to evacuate the islands by 1949',
      },
      { source: 'cabinet-secretariat-basic-understanding' },
      { source: 'mofa-japan-northern-territories-info' },
      { source: 'breitbart-2019-01', quote: 'expelling the thousands of Japanese living there' },
    ],
  },
  {
    id: 'soviet-landings-shumshu-1945',
    date: '1945-08-18',
    precision: 'day',
    title: 'Soviet forces land on Shumshu',
    summary:
      "Three days after Japan's surrender announcement, Soviet forces land on Shumshu, at the " +
      'northern end of the Kuril chain, fight the Japanese garrison there and then advance southward ' +
      "along the chain. Japan's foreign ministry describes this as the start of an invasion of the " +
      'Kurile Islands.',
    tags: ['war'],
    islands: [],
    actors: ['Soviet Union', 'Japan'],
    citations: [
      { source: 'wikipedia-battle-of-shumshu' },
      {
        source: 'kuril-info-occupation',
        quote:
          'landing on Shumushu Island on August 18 and engaging with about 25,000 Japanese garrisoned troops',
      },
      {
        source: 'mofa-japan-northern-territories-qa',
        quote:
          'started invasion of the Kurile Islands on August 18 after Japan had accepted the Potsdam Declaration',
      },
    ],
  },
  {
    id: 'soviet-occupation-four-islands-1945',
    date: '1945-08-28',
    endDate: '1945-09-05',
    precision: 'day',
    title: 'Soviet forces occupy the four islands',
    summary:
      'Soviet forces land on Iturup/Etorofu on 28 August, reach Kunashir/Kunashiri and Shikotan by ' +
      '1 September and the Habomai islets from 3 September, and hold all four islands by 5 ' +
      'September 1945.',
    tags: ['war'],
    islands: ['iturup', 'kunashir', 'shikotan', 'habomai'],
    actors: ['Soviet Union'],
    key: true,
    citations: [
      {
        source: 'mofa-japan-territory',
        quote: 'occupied all of the Four Northern Islands from 28 August 1945 to 5 September 1945',
      },
      {
        source: 'kuril-info-occupation',
        quote:
          'landed on Etorofu Island on August 28, and reached Kunashiri Island and Shikotan Island on September 1 and the Habomai Islands on September 3, occupying all four northern islands by September 5',
      },
      { source: 'cabinet-secretariat-basic-understanding' },
      { source: 'cnbc-2018-09', quote: 'The Soviet Union seized the islands from Japan at the end of the war' },
      { source: 'business-standard-2018-11', quote: 'which the Soviet Union occupied at the end of the war in 1945' },
    ],
  },
  {
    id: 'instrument-of-surrender-1945',
    date: '1945-09-02',
    precision: 'day',
    title: 'Japan signs the Instrument of Surrender',
    summary: 'Japan formally signs its surrender, ending the Second World War.',
    tags: ['war'],
    islands: [],
    actors: ['Japan', 'Allied Powers'],
    citations: [{ source: 'japan-times-2004-border' }, { source: 'mid-lavrov-2019-01-14' }],
  },
  {
    id: 'soviet-incorporation-1946',
    date: '1946',
    precision: 'year',
    title: 'The Soviet Union incorporates the islands',
    summary:
      "The Soviet Union unilaterally incorporates the occupied islands into its territory. Japan's " +
      'government says this had no legal basis.',
    tags: ['law'],
    islands: ['iturup', 'kunashir', 'shikotan', 'habomai'],
    actors: ['Soviet Union'],
    citations: [{ source: 'cabinet-secretariat-basic-understanding' }],
  },
  {
    id: 'san-francisco-treaty-1951',
    date: '1951-09-08',
    precision: 'day',
    title: 'San Francisco Peace Treaty: Japan renounces the Kuril Islands',
    summary:
      'In its peace treaty with the Allied Powers, Japan renounces “all right, title and claim to the ' +
      'Kurile Islands” (Article 2(c)). The Soviet Union attends the conference but does not sign, and ' +
      'the treaty does not say to whom the islands pass. Japan says the four disputed islands are not ' +
      'part of the Kurils it renounced; Russia says the Yalta agreement and the outcome of the war ' +
      'settled its sovereignty.',
    tags: ['treaty', 'law'],
    islands: [],
    actors: ['Japan', 'Allied Powers', 'Soviet Union'],
    key: true,
    citations: [
      { source: 'treaty-san-francisco-1951', quote: 'all right, title and claim to the Kurile Islands' },
      { source: 'spf-four-northern-islands' },
      { source: 'sputnik-2009-timeline' },
    ],
  },
  {
    id: 'joint-declaration-1956',
    date: '1956-10-19',
    precision: 'day',
    title: 'Soviet–Japanese Joint Declaration ends the state of war',
    summary:
      'Signed in Moscow, the declaration ends the state of war between the Soviet Union and Japan and ' +
      'restores diplomatic relations, but it is not a peace treaty. It enters into force on 12 ' +
      'December 1956.',
    tags: ['treaty'],
    islands: [],
    actors: ['Soviet Union', 'Japan'],
    key: true,
    citations: [{ source: 'wikipedia-joint-declaration-1956' }, { source: 'new-indian-express-2018-11-15' }],
  },
  {
    id: 'joint-declaration-1956-article-9',
    date: '1956-10-19',
    precision: 'day',
    title: 'Article 9: Shikotan and the Habomai islets after a peace treaty',
    summary:
      'Article 9 of the declaration says the Soviet Union will hand over the Habomai islets and ' +
      'Shikotan to Japan, but only after a peace treaty is concluded; Kunashir/Kunashiri and ' +
      'Iturup/Etorofu are not mentioned. According to The New Indian Express, Japan rejected a ' +
      'settlement on those terms at the time.',
    tags: ['treaty'],
    islands: ['shikotan', 'habomai'],
    actors: ['Soviet Union', 'Japan'],
    citations: [
      { source: 'wikipedia-joint-declaration-1956' },
      {
        source: 'new-indian-express-2018-11-15',
        quote: 'in exchange for agreeing to a treaty and Moscow keeping the bigger islands',
      },
    ],
  },
  {
    // Medium confidence in background.md (one source): the summary says whose account it is.
    id: 'soviet-memorandum-1960',
    date: '1960-01-27',
    precision: 'day',
    title: 'Soviet memorandum adds a condition to the two-island handover',
    summary:
      'After Japan and the United States sign a new security treaty, a Soviet memorandum makes the ' +
      'handover of Shikotan and the Habomai islets conditional on all foreign troops leaving Japan, ' +
      'according to a summary by the Russian news agency Oreanda.',
    tags: ['statement', 'military'],
    islands: ['shikotan', 'habomai'],
    actors: ['Soviet Union'],
    citations: [{ source: 'oreanda-declaration-1956' }],
  },
  {
    id: 'northern-territories-day-1981',
    date: '1981',
    precision: 'year',
    title: 'Japan designates 7 February as “Northern Territories Day”',
    summary:
      'Japan marks 7 February, the anniversary of the 1855 Treaty of Shimoda, as “Northern ' +
      'Territories Day” from 1981, with a yearly national rally in Tokyo calling for the return of ' +
      'the islands.',
    tags: ['statement'],
    islands: [],
    actors: ['Government of Japan'],
    citations: [
      { source: 'kantei-national-rally-2012' },
      { source: 'jimin-2026-02', quote: '北方領土の日は昭和56年に制定。' },
      {
        source: 'kyodo-2026-02-07',
        quote: '北方領土の日は、四島を日本の領土とした日露通好条約が1855年2月7日に締結されたのにちなみ、政府が定めた。',
      },
    ],
  },
  {
    id: 'tokyo-declaration-1993',
    date: '1993-10-13',
    precision: 'day',
    title: 'Tokyo Declaration names all four islands',
    summary:
      'Russian President Boris Yeltsin and Japanese Prime Minister Morihiro Hosokawa agree to resolve ' +
      'the question of which country the four islands, each named in the declaration, belong to, and ' +
      'then to conclude a peace treaty.',
    tags: ['summit', 'negotiation'],
    islands: ['iturup', 'kunashir', 'shikotan', 'habomai'],
    actors: ['Boris Yeltsin', 'Morihiro Hosokawa'],
    key: true,
    citations: [{ source: 'grips-tokyo-declaration-1993' }, { source: 'mofa-japan-irkutsk-outline' }],
  },
  {
    id: 'irkutsk-statement-2001',
    date: '2001-03-25',
    precision: 'day',
    title: 'Irkutsk Statement: the 1956 declaration as the starting point',
    summary:
      'President Vladimir Putin and Prime Minister Yoshiro Mori confirm the 1956 Joint Declaration as ' +
      'the basic legal document that sets the starting point of negotiations, and agree to pursue the ' +
      'talks on the basis of the 1993 Tokyo Declaration.',
    tags: ['summit', 'negotiation'],
    islands: [],
    actors: ['Vladimir Putin', 'Yoshiro Mori'],
    citations: [{ source: 'mofa-japan-irkutsk-outline' }],
  },
  {
    id: 'moscow-summit-2013',
    date: '2013-04-29',
    precision: 'day',
    title: 'Abe and Putin agree to resume peace-treaty talks',
    summary:
      'On the first official visit to Russia by a Japanese prime minister since Junichiro Koizumi in ' +
      '2003, Prime Minister Shinzo Abe holds talks with President Vladimir Putin in Moscow. In a joint ' +
      'statement they say it is “not normal” that no peace treaty has been signed since the war (almost ' +
      '68 years, as GlobalPost counts), and they agree to resume and accelerate negotiations. They ' +
      'also agree to set up a “2+2” format of foreign and defence ministers.',
    tags: ['summit', 'negotiation'],
    islands: [],
    actors: ['Shinzo Abe', 'Vladimir Putin'],
    citations: [
      {
        source: 'globalpost-2013-04',
        quote:
          'In a joint statement, Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe, who’s visiting Moscow this week, said that "it\'s not normal" for this situation to have lingered for almost 68 years.',
      },
      { source: 'bloomberg-2013-04' },
      { source: 'upi-2013-04-29' },
    ],
  },
  {
    id: 'nagato-summit-2016',
    date: '2016-12-15',
    endDate: '2016-12-16',
    precision: 'day',
    title: 'Putin visits Japan: talks in Nagato and Tokyo',
    summary:
      'President Vladimir Putin visits Japan for talks with Prime Minister Shinzo Abe, first at a ' +
      "hot-spring inn in Nagato (Yamaguchi Prefecture), Abe's ancestral home and constituency, on 15 " +
      'December and then in Tokyo on 16 December. The leaders agree to begin consultations on joint ' +
      'economic activity on the four islands; CNBC reports that this also covered freer visits to ' +
      'grave sites on the islands.',
    tags: ['summit', 'economy', 'residents'],
    islands: [],
    actors: ['Shinzo Abe', 'Vladimir Putin'],
    citations: [
      {
        source: 'dw-2016-12-15',
        quote: "the city of Nagato is Abe's ancestral hometown as well as his home constituency",
      },
      {
        source: 'cnbc-2018-09',
        quote:
          'the leaders agreed to launch consultations for a system of joint economic activity on the four northern islands, including allowing residents to freely visit grave sites',
      },
    ],
  },
  {
    // Reported on 22 November 2016 by the Pacific Fleet's newspaper (RFE/RL): month precision.
    id: 'missile-systems-2016',
    date: '2016-11',
    precision: 'month',
    title: 'Russia deploys coastal missile systems on Iturup/Etorofu and Kunashir/Kunashiri',
    summary:
      "In November 2016 the Russian Pacific Fleet's newspaper reports that the Bastion coastal " +
      'missile system on Iturup/Etorofu and the Bal system on Kunashir/Kunashiri have entered ' +
      "service. Russia's foreign ministry calls the deployment part of planned work to strengthen " +
      "national security; Japan's government calls it unacceptable.",
    tags: ['military'],
    islands: ['iturup', 'kunashir'],
    actors: ['Russia', 'Government of Japan'],
    // CNBC (September 2018) mentions "Russia's deployment of its newest missile system to the
    // islands" without a date or the system's name: cited for the deployment only.
    citations: [
      { source: 'cnbc-2018-09', quote: "Russia's deployment of its newest missile system to the islands" },
      {
        source: 'rferl-2016-11-missiles',
        quote: 'reported on November 22 that the missile systems have entered into service on the islands of Iturup and Kunashir',
      },
      {
        source: 'sputnik-iturup-combat-jets',
        quote:
          'Russian Foreign Ministry spokeswoman Maria Zakharova said that the deployment was part of scheduled works aimed at strengthening the country’s national security',
      },
    ],
  },
  {
    // Medium confidence in background.md (one source). CNBC (September 2018) mentions "current
    // plans to build a naval base there" without naming the island; it is not cited here.
    id: 'matua-naval-facility-2017',
    date: '2017-11',
    precision: 'month',
    title: 'Russia decides to build a naval facility on Matua',
    summary:
      'Russia decides to build a naval facility on Matua, an island in the central part of the Kuril ' +
      'chain, outside the four disputed islands, according to Sputnik.',
    tags: ['military'],
    islands: [],
    actors: ['Russia'],
    citations: [{ source: 'sputnik-iturup-combat-jets' }],
  },
  {
    // The decree is dated 30 January 2018 (The Japan Times: "On Tuesday", in its report of
    // Saturday 3 February) and was published on 1 February (Sputnik: "on Thursday").
    id: 'iturup-airport-decree-2018',
    date: '2018-01-30',
    precision: 'day',
    title: 'Decree opens the civilian airport on Iturup/Etorofu to military jets',
    summary:
      'A Russian government decree dated 30 January 2018, and published on 1 February, allows ' +
      'military jets to be based at the civilian airport on Iturup/Etorofu. Japan says through ' +
      'diplomatic channels that the move is incompatible with its position on the islands.',
    tags: ['military', 'law'],
    islands: ['iturup'],
    actors: ['Government of Russia', 'Government of Japan'],
    citations: [
      {
        source: 'japan-times-2018-02-03',
        quote: 'On Tuesday the Russian government assigned a dual civilian-military role to Iturup Airport on the island of Etorofu',
      },
      {
        source: 'sputnik-2018-02-02',
        quote: 'A Russian government decree, published on the Russian official legal information website on Thursday',
      },
      { source: 'sputnik-iturup-combat-jets' },
    ],
  },
  {
    id: 'su-35-iturup-2018-03',
    date: '2018-03',
    precision: 'month',
    title: 'Su-35 fighters flown to Iturup/Etorofu',
    summary: 'Russian Su-35 fighter jets are flown to Iturup/Etorofu, Sputnik reports.',
    tags: ['military'],
    islands: ['iturup'],
    actors: ['Russia'],
    citations: [{ source: 'sputnik-2018-03-28' }],
  },
  {
    // CNBC places this request "In early 2018"; the checked sources date it to the 2+2 talks of
    // 31 July 2018. The item is dated by the checked sources, and the summary says they disagree.
    id: 'onodera-request-2018',
    date: '2018-07-31',
    precision: 'day',
    title: 'Japan asks Russia to reduce its military activity on the islands',
    summary:
      'At “2+2” security talks of foreign and defence ministers in Moscow, Japanese Defense Minister ' +
      'Itsunori Onodera asks Russia to reduce its military activity on the four islands, where Russia ' +
      'had been strengthening its forces. CNBC dated the request to early 2018; the other reports ' +
      'cited here date it to these talks, on 31 July 2018.',
    tags: ['military', 'negotiation'],
    islands: ['iturup', 'kunashir', 'shikotan', 'habomai'],
    actors: ['Itsunori Onodera'],
    citations: [
      { source: 'nhub-news-2018-08' },
      {
        source: 'reuters-2018-07-31',
        quote:
          'Japan’s minister of defence Itsunori Onodera said on Tuesday that Japan had asked Russia to reduce its military activity on the disputed Pacific Kuril islands.',
      },
      {
        source: 'cnbc-2018-09',
        quote:
          "Japan's Defense Ministry asked Russia to reduce its military activity on the islands after Moscow beefed up forces there",
      },
    ],
  },
  {
    id: 'su-35-iturup-2018-08',
    date: '2018-08',
    precision: 'month',
    title: 'Su-35 fighters flown to Iturup/Etorofu again',
    summary: 'Russian Su-35 fighter jets are again flown to Iturup/Etorofu, Sputnik reports.',
    tags: ['military'],
    islands: ['iturup'],
    actors: ['Russia'],
    citations: [{ source: 'sputnik-2018-08-06' }],
  },
  {
    // CNBC: "speaking at the Eastern Economic Forum in Vladivostok, Russia Wednesday" = 12 Sept 2018.
    id: 'eastern-economic-forum-2018',
    date: '2018-09-12',
    precision: 'day',
    title: 'Abe and Putin speak at the Eastern Economic Forum in Vladivostok',
    summary:
      'At the plenary session of the Eastern Economic Forum, Prime Minister Shinzo Abe says he and ' +
      'President Vladimir Putin agree that the lack of a peace treaty more than 70 years after the ' +
      'war is abnormal, and that the commitments they made at Nagato in 2016 are starting to be ' +
      'carried out. Putin says the two countries’ militaries are cooperating for the first time. The ' +
      'forum, on economic development, cooperation and investment in north-east Asia, is in its ' +
      'fourth year and draws more than 6,000 attendees from over 60 countries, CNBC reports.',
    tags: ['summit', 'statement', 'economy'],
    islands: [],
    actors: ['Shinzo Abe', 'Vladimir Putin'],
    citations: [
      {
        source: 'cnbc-2018-09',
        quote:
          'is now in its fourth year, attracted more than 6,000 attendees from over 60 countries',
      },
      {
        source: 'cnbc-2018-09',
        quote: "pointed out that Russia and Japan's militaries are cooperating for the first time",
      },
      { source: 'japan-times-2018-09-12' },
    ],
  },
  {
    id: 'putin-treaty-proposal-2018',
    date: '2018-09-12',
    precision: 'day',
    title: 'Putin proposes a peace treaty “without any pre-conditions”',
    summary:
      'At the same session Putin proposes to Abe that the two countries conclude a peace treaty ' +
      'before the end of the year “without any pre-conditions”. Abe does not respond directly. The ' +
      'proposal is received coolly in Japan, Business Standard and The New Indian Express report.',
    tags: ['statement', 'negotiation'],
    islands: [],
    actors: ['Vladimir Putin', 'Shinzo Abe'],
    citations: [
      {
        source: 'cnbc-2018-09',
        quote: 'Let\'s conclude a peace treaty before the end of this year, without any pre-conditions',
      },
      { source: 'japan-times-2018-09-12' },
      { source: 'business-standard-2018-11', quote: 'The proposal was initially received coolly in Japan' },
      { source: 'new-indian-express-2018-11-15', quote: 'but this was coolly received in Japan' },
    ],
  },
  {
    // CNBC: "Shortly after the statements were made, Japan's chief government spokesman issued a
    // statement"; The Japan Times (12 Sept 2018) names Suga and reports his answer that day.
    id: 'japan-answers-treaty-proposal-2018',
    date: '2018-09-12',
    precision: 'day',
    title: 'Japan restates its position: the territorial issue first',
    summary:
      "Later the same day in Tokyo, Chief Cabinet Secretary Yoshihide Suga, the government's chief " +
      "spokesman, says Japan's position is unchanged: the territorial dispute must be resolved before " +
      'a peace treaty is signed.',
    tags: ['statement'],
    islands: [],
    actors: ['Yoshihide Suga'],
    citations: [
      {
        source: 'cnbc-2018-09',
        quote:
          "Japan's chief government spokesman issued a statement saying there would be no change to Japan's positioning on resolving the northern islands issue before signing a treaty with Russia",
      },
      {
        source: 'japan-times-2018-09-12',
        quote:
          'Chief Cabinet Secretary Yoshihide Suga said in Tokyo that Japan stands by its long-standing position that the territorial dispute must be resolved before the two nations can ever sign a peace treaty',
      },
    ],
  },
  {
    // "during a meeting with Vladimir Putin on Wednesday" (Business Standard); "talks in Singapore
    // Wednesday" (New Indian Express, published Thursday 15 Nov 2018) = 14 November 2018.
    id: 'singapore-meeting-2018',
    date: '2018-11-14',
    precision: 'day',
    title: 'Singapore meeting: talks to accelerate on the basis of the 1956 declaration',
    summary:
      'Meeting on the sidelines of the ASEAN summit in Singapore, Prime Minister Shinzo Abe and ' +
      'President Vladimir Putin agree to accelerate peace-treaty negotiations on the basis of the 1956 ' +
      'Joint Declaration. Abe tells Putin he is ready to give the peace treaty enough time.',
    tags: ['summit', 'negotiation'],
    islands: [],
    actors: ['Shinzo Abe', 'Vladimir Putin'],
    key: true,
    citations: [
      {
        source: 'business-standard-2018-11',
        quote:
          'The two leaders met face-to-face on the sidelines of the regional Association of Southeast Asian Nations (ASEAN) summit in Singapore.',
      },
      { source: 'new-indian-express-2018-11-15' },
    ],
  },
  {
    // "he told reporters on Thursday" (New Indian Express, 15 Nov 2018) = 15 November 2018.
    id: 'osuga-confirms-agreement-2018',
    date: '2018-11-15',
    precision: 'day',
    title: "Japan's foreign ministry confirms the agreement",
    summary:
      'Foreign ministry spokesman Takeshi Osuga tells reporters that both leaders agreed to accelerate ' +
      'peace-treaty negotiations on the basis of the 1956 declaration. Some Japanese media read the ' +
      "announcement as a shift in Japan's position that could mean giving up some territory, The New " +
      'Indian Express reports.',
    tags: ['statement', 'negotiation'],
    islands: [],
    actors: ['Takeshi Osuga'],
    citations: [
      {
        source: 'new-indian-express-2018-11-15',
        quote:
          'Japanese foreign ministry spokesman Takeshi Osuga confirmed both sides had agreed to push ahead with talks.',
      },
    ],
  },
  {
    id: 'buenos-aires-meeting-2018',
    date: '2018-12-01',
    precision: 'day',
    title: 'Foreign ministers put in charge of the treaty talks',
    summary:
      'Meeting at the G20 summit in Buenos Aires, Abe and Putin put their foreign ministers, Taro Kono ' +
      'and Sergey Lavrov, in charge of the peace-treaty talks, with deputy foreign ministers Takeo Mori ' +
      'and Igor Morgulov as chief negotiators.',
    tags: ['summit', 'negotiation'],
    islands: [],
    actors: ['Shinzo Abe', 'Vladimir Putin', 'Taro Kono', 'Sergey Lavrov', 'Takeo Mori', 'Igor Morgulov'],
    citations: [{ source: 'nikkei-asia-buenos-aires-2018' }, { source: 'tass-2018-11-28' }],
  },
  {
    id: 'kono-lavrov-moscow-2019',
    date: '2019-01-14',
    precision: 'day',
    title: 'First round of the new treaty talks in Moscow',
    summary:
      'Foreign Ministers Taro Kono and Sergey Lavrov hold the first round of the new peace-treaty talks ' +
      'in Moscow. They hold no joint press conference.',
    tags: ['negotiation'],
    islands: [],
    actors: ['Taro Kono', 'Sergey Lavrov'],
    citations: [{ source: 'mid-lavrov-2019-01-14' }],
  },
  {
    // Breitbart: "Lavrov recently indicated" (article on the 22 Jan 2019 summit); both points are
    // in his news conference after the talks with Kono on 14 Jan 2019 (MID transcript).
    id: 'lavrov-sovereignty-statement-2019',
    date: '2019-01-14',
    precision: 'day',
    title: 'Lavrov: Japan must recognise Russian sovereignty over all the islands',
    summary:
      'At a news conference after his talks with Taro Kono in Moscow, Russian Foreign Minister Sergey ' +
      'Lavrov says a peace treaty requires Japan to recognise the results of the Second World War in ' +
      "their entirety, including Russia's sovereignty over all the islands, and that this sovereignty " +
      'is not up for discussion.',
    tags: ['statement'],
    islands: [],
    actors: ['Sergey Lavrov'],
    citations: [
      {
        source: 'mid-lavrov-2019-01-14',
        quote:
          'We have pointed out to our friends from Japan the fact that sovereignty over the islands is not subject to discussion.',
      },
      { source: 'breitbart-2019-01', quote: 'Sovereignty over the islands is not up for discussion.' },
      { source: 'focus-2019-01-14' },
    ],
  },
  {
    // Breitbart (on the 22 Jan 2019 summit): "Last week". Breitbart's report of Thursday
    // 17 January and RT date the protest to 17 January; the boats were stopped and fined near
    // Kunashir on 7 January (Breitbart, PortNews for the FSB Border Directorate).
    id: 'fishing-boats-protest-2019',
    date: '2019-01-17',
    precision: 'day',
    title: 'Japan protests over two fishing boats fined near Kunashir/Kunashiri',
    summary:
      "Japan's Foreign Ministry formally protests to Russia, calling it “unacceptable” that Russian " +
      'border guards detained two Japanese fishing boats near Kunashir/Kunashiri on 7 January and ' +
      'fined them for lacking the required documents.',
    tags: ['statement', 'economy'],
    islands: ['kunashir'],
    actors: ['Ministry of Foreign Affairs of Japan', 'Border Service of the FSB of Russia'],
    citations: [
      {
        source: 'breitbart-2019-01',
        quote:
          'the Japanese Foreign Ministry formally protested Russia’s detention of two Japanese boats that were caught fishing near the contested islands',
      },
      {
        source: 'breitbart-2019-01-17',
        quote: 'two fishing boats detained by Russian border guards near Kunashir Island on January 7',
      },
      {
        source: 'rt-2019-01-30',
        quote:
          '17 января Министерство иностранных дел Японии выразило протест на действия пограничной службы России, сотрудники которой оштрафовали два японских судна, ловивших рыбу у острова Кунашир на юге Курил.',
      },
      { source: 'portnews-2019-01' },
    ],
  },
  {
    // Breitbart: "held a summit Tuesday" = 22 January 2019, the date Interfax gives in advance.
    id: 'moscow-summit-2019',
    date: '2019-01-22',
    precision: 'day',
    title: 'Abe and Putin hold talks in Moscow',
    summary:
      'Abe and Putin meet in Moscow and affirm their commitment to signing a peace treaty. At a joint ' +
      'news conference Abe says the two foreign ministers will meet in February to continue the ' +
      'negotiations.',
    tags: ['summit', 'negotiation'],
    islands: [],
    actors: ['Shinzo Abe', 'Vladimir Putin'],
    citations: [
      {
        source: 'breitbart-2019-01',
        quote:
          'Abe said that the Japanese and Russian foreign ministers would meet in February to continue negotiations over the dispute',
      },
      {
        source: 'interfax-2019-01-14',
        quote:
          "Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe, who will pay a working visit to Russia at Putin's invitation, will meet in Moscow on January 22",
      },
    ],
  },
  {
    id: 'tokyo-rally-2019',
    date: '2019-02-07',
    precision: 'day',
    title: 'Tokyo rally softens its wording during the talks',
    summary:
      'At the annual 7 February rally in Tokyo, held while the treaty talks are under way, the ' +
      "organisers' statement drops the phrase “illegally occupied” used in earlier years. It keeps " +
      'the aim of the return of the four islands, but its plan of action now speaks of a settlement ' +
      'of the issue rather than an early return of the islands.',
    tags: ['statement'],
    islands: [],
    actors: [],
    citations: [
      {
        source: 'mainichi-2019-02-07',
        quote: '北方領土を巡る表現で例年使用してきた「不法に占拠され」との文言は盛り込まなかった',
      },
      {
        source: 'mainichi-2019-02-07',
        quote: 'アピールは、北方領土を「わが国固有の領土」とし「北方四島の返還実現」を目指す方針は維持した。',
      },
      { source: 'asahi-2019-02-08' },
    ],
  },
  {
    id: 'kono-lavrov-munich-2019',
    date: '2019-02-16',
    precision: 'day',
    title: 'Foreign ministers meet again in Munich',
    summary:
      'Kono and Lavrov meet again in Munich and make little progress; Lavrov says there is no ' +
      'artificial deadline for the talks.',
    tags: ['negotiation'],
    islands: [],
    actors: ['Taro Kono', 'Sergey Lavrov'],
    citations: [{ source: 'jiji-2019-02-17' }],
  },
  {
    // The bilateral meeting was on 29 June, the summit's second day; the summit's span is in the
    // summary rather than an endDate, since the event is the meeting.
    id: 'osaka-meeting-2019',
    date: '2019-06-29',
    precision: 'day',
    title: 'Abe and Putin meet at the Osaka G20 without a deal',
    summary:
      'Abe and Putin meet on the sidelines of the G20 summit in Osaka (28–29 June) without reaching a ' +
      'peace deal. In January both sides had been reported to be aiming for a deal by this summit.',
    tags: ['summit', 'negotiation'],
    islands: [],
    actors: ['Shinzo Abe', 'Vladimir Putin'],
    citations: [
      { source: 'news-az-2019-05-31' },
      { source: 'reuters-2019-06-29' },
      {
        source: 'breitbart-2019-01',
        quote: 'Both sides are aiming to reach a deal by the Group of 20 summit in Osaka in June.',
      },
    ],
  },
  {
    id: 'constitution-amendments-2020',
    date: '2020-07-01',
    precision: 'day',
    title: "Russia's amended constitution bans ceding territory",
    summary:
      "Amendments to Russia's constitution, approved in a nationwide vote that ends on 1 July 2020, " +
      'ban actions aimed at giving away Russian territory and calls for such actions. The new ' +
      'Article 67(2.1) excludes the delimitation, demarcation and redemarcation of the border with ' +
      'neighbouring states from the ban.',
    tags: ['law'],
    islands: [],
    actors: ['Russia'],
    key: true,
    citations: [
      { source: 'reuters-2020-03' },
      {
        source: 'constitution-russia-article-67',
        quote:
          'Действия (за исключением делимитации, демаркации, редемаркации государственной границы Российской Федерации с сопредельными государствами), направленные на отчуждение части территории Российской Федерации, а также призывы к таким действиям не допускаются.',
      },
    ],
  },
  {
    id: 'russia-ends-treaty-talks-2022',
    date: '2022-03-21',
    precision: 'day',
    title: 'Russia says it will not continue peace-treaty talks',
    summary:
      "In answer to Japan's sanctions over Russia's invasion of Ukraine, which it calls obviously " +
      "unfriendly, Russia's Foreign Ministry says it will not continue peace-treaty talks with a state " +
      'that takes an openly unfriendly position. It ends visa-free trips by Japanese citizens under ' +
      'the 1991 agreement on visa-free exchanges and the 1999 agreement on simplified visits by former ' +
      'Japanese residents to their former homes, and withdraws from talks on joint economic activity ' +
      'on the islands.',
    tags: ['statement', 'negotiation', 'economy', 'residents'],
    islands: [],
    actors: ['Ministry of Foreign Affairs of Russia'],
    key: true,
    citations: [
      {
        source: 'nakanune-2022-03-21',
        quote:
          'о прекращении безвизовых поездок японских граждан на основе соглашений о безвизовых обменах между южными Курильскими островами Российской Федерации и Японией от 1991 г. и о максимально облегченных посещениях',
      },
      {
        source: 'life-2022-03-21',
        quote: 'Кроме того, в качестве ответных мер прекращаются безвизовые поездки японцев на Курильские острова.',
      },
      { source: 'japan-today-2022-03-21' },
      {
        source: 'nippon-com-2022-03-22',
        quote:
          'The ministry said Moscow has decided to suspend a program to allow visa-free visits by Japanese people to four Russian-held northwestern Pacific islands',
      },
    ],
  },
  {
    // Putin signed on Wednesday 9 March 2022; Matsuno answered on Thursday 10 March (Jiji).
    id: 'kuril-tax-law-2022',
    date: '2022-03-09',
    precision: 'day',
    title: 'Russia enacts tax breaks for companies on the Kuril Islands',
    summary:
      'President Vladimir Putin signs a law that reduces or waives taxes for 20 years for domestic and ' +
      "foreign businesses starting operations in special zones on the islands. Japan's Chief Cabinet " +
      'Secretary Hirokazu Matsuno calls the law regrettable and incompatible with Japan’s position and ' +
      'with the joint economic activity the two leaders had discussed.',
    tags: ['economy', 'law'],
    islands: [],
    actors: ['Vladimir Putin', 'Hirokazu Matsuno'],
    citations: [
      {
        source: 'yomiuri-2022-03-10',
        quote:
          'Russian President Vladimir Putin on Wednesday signed the law for its enactment after the legislation was approved by the upper and lower houses of Russia’s parliament on Friday last week.',
      },
    ],
  },
  {
    // The Japan Times (Monday 28 March 2022): "The protest was made on Friday" = 25 March.
    id: 'russian-drills-protest-2022',
    date: '2022-03-25',
    precision: 'day',
    title: 'Russian drills on the islands; Japan protests',
    summary:
      'After the Russian military announces exercises involving more than 3,000 troops on the Kuril ' +
      'chain, including the disputed islands, the first since the talks were suspended, Japan lodges a ' +
      'protest through diplomatic channels.',
    tags: ['military', 'statement'],
    islands: [],
    actors: ['Russian armed forces', 'Government of Japan'],
    citations: [
      {
        source: 'japan-times-2022-03-28',
        quote:
          'The protest was made on Friday after the Russian military announced that it had held exercises involving more than 3,000 troops.',
      },
    ],
  },
  {
    id: 'diplomatic-bluebook-2022',
    date: '2022-04-22',
    precision: 'day',
    title: 'Japan’s Diplomatic Bluebook again calls the islands illegally occupied',
    summary:
      "Japan's foreign ministry publishes its Diplomatic Bluebook 2022, which describes the islands as " +
      'inherent Japanese territory illegally occupied by Russia, wording the yearly report had not ' +
      'used since 2003, and says there is no prospect for the peace-treaty talks.',
    tags: ['statement'],
    islands: [],
    actors: ['Ministry of Foreign Affairs of Japan'],
    citations: [
      {
        source: 'asahi-2022-04-22',
        quote:
          'released by the Foreign Ministry on April 22, which returned to criticizing Russia over its occupation of the Northern Territories',
      },
      {
        source: 'yomiuri-2022-04-01',
        quote:
          'It is the first time since 2003 for the Diplomatic Bluebook to describe the islands, known in Japan as the northern territories, as being illegally occupied by Russia.',
      },
    ],
  },
  {
    id: 'fishing-agreement-suspended-2022',
    date: '2022-06-07',
    precision: 'day',
    title: 'Russia suspends the 1998 agreement on Japanese fishing near the islands',
    summary:
      "Russia's foreign ministry suspends the 1998 agreement under which Japanese boats fish near the " +
      'islands, saying Japan has not made the payments the agreement requires. Japan protests; its ' +
      'government spokesman says the payment in question is not a condition of the agreement.',
    tags: ['economy', 'statement'],
    islands: [],
    actors: ['Ministry of Foreign Affairs of Russia', 'Government of Japan'],
    citations: [
      {
        source: 'nippon-com-2022-06-07',
        quote:
          'Russia was forced to suspend the implementation of the 1998 agreement until the Japanese side fulfills all its financial obligations, she said.',
      },
      { source: 'reuters-2022-06-07' },
      {
        source: 'nippon-com-2022-06-08',
        quote: 'Japan has lodged a protest against Russia for suspending a safe fishing agreement',
      },
      { source: 'kyodo-2022-06-08', quote: 'He said the project is not a condition for continuing the agreement.' },
    ],
  },
  {
    id: 'visit-agreements-terminated-2022',
    date: '2022-09-05',
    precision: 'day',
    title: 'Russia terminates the agreements on visits to the islands',
    summary:
      'An order of the Russian government signed by Prime Minister Mikhail Mishustin and published on ' +
      '5 September 2022 terminates the 1991 agreement on mutual visa-free trips and the 1999 agreement ' +
      'on simplified visits by former Japanese residents of the islands and their families.',
    tags: ['law', 'residents'],
    islands: [],
    actors: ['Mikhail Mishustin', 'Government of Russia'],
    key: true,
    citations: [
      {
        source: 'm24-2022-09-05',
        quote:
          'Премьер-министр РФ Михаил Мишустин подписал распоряжение правительства о прекращении действия соглашения с Японией об облегченном посещении Курил гражданами этой страны, когда-то жившими на островах.',
      },
      {
        source: 'tass-2022-09-05',
        quote:
          'The corresponding government resolution was posted on the official portal of legal information on Monday.',
      },
    ],
  },
  {
    // Russia's foreign ministry told Tokyo on 29 January 2023 (TASS); Matsuno answered on 30
    // January and again on 27 March.
    id: 'fishing-consultations-refused-2023',
    date: '2023-01-29',
    precision: 'day',
    title: 'Russia declines consultations on fishing near the islands',
    summary:
      "Russia's foreign ministry tells Japan that, because of Japan's restrictions against Russia, it " +
      'cannot agree to the yearly consultations on Japanese fishing near the islands. Japan calls the ' +
      'position unacceptable and seeks to resume fishing under the agreement.',
    tags: ['economy', 'statement'],
    islands: [],
    actors: ['Maria Zakharova', 'Hirokazu Matsuno'],
    citations: [
      {
        source: 'tass-2023-03-27',
        quote:
          'The Russian Foreign Ministry’s spokeswoman Maria Zakharova said on January 29 that Moscow had informed Tokyo that it could not approve the consultations on fishery in Russia’s territorial waters due to anti-Russia restrictions.',
      },
    ],
  },
  {
    id: 'northern-territories-day-2023',
    date: '2023-02-07',
    precision: 'day',
    title: "Kishida: former residents' grave visits a top priority",
    summary:
      'At the yearly 7 February rally in Tokyo, Prime Minister Fumio Kishida says the government keeps ' +
      'to its policy of resolving the territorial issue and concluding a peace treaty, and calls the ' +
      'resumption of the grave visits and other exchanges with the four islands one of the top ' +
      'priorities of relations with Russia. The exchanges were halted by the pandemic and, since ' +
      '2022, by the consequences of the invasion of Ukraine.',
    tags: ['statement', 'residents'],
    islands: [],
    actors: ['Fumio Kishida'],
    citations: [
      {
        source: 'kantei-2023-02-07',
        quote: '政府として、領土問題を解決し、平和条約を締結するという方針を堅持しております。',
      },
      {
        source: 'nhk-2025-07-20',
        quote:
          '「北方墓参」や「ビザなし交流」などの事業は、新型コロナウイルスの感染拡大やロシアによるウクライナへの軍事侵攻の影響で中止され、再開の見通しが立っていません。',
      },
    ],
  },
  {
    id: 'bastion-paramushir-2023',
    date: '2023-03-22',
    precision: 'day',
    title: 'Russia deploys Bastion missiles on Paramushir, outside the four islands',
    summary:
      'Defence Minister Sergei Shoigu says a division of Bastion coastal missile systems has been ' +
      'deployed on Paramushir, an island of the northern Kurils that Japan does not claim, as part of ' +
      'strengthening Russia’s defences in the east.',
    tags: ['military'],
    islands: [],
    actors: ['Sergei Shoigu'],
    citations: [
      {
        source: 'reuters-2023-03-22',
        quote:
          'Russia said on Wednesday (March 22) that a division of its Bastion coastal defence missile systems had been deployed to Paramushir',
      },
    ],
  },
  {
    // Passed by the State Duma on 20 June 2023 (EADaily).
    id: 'victory-over-japan-day-2023',
    date: '2023-06-20',
    precision: 'day',
    title: 'Russia renames 3 September “Day of Victory over Militarist Japan”',
    summary:
      'The State Duma renames the day of military glory of 3 September, until then the Day of the End ' +
      'of the Second World War, the Day of Victory over Militarist Japan and the End of the Second ' +
      "World War. The bill's explanatory note presents it as a countermeasure to Japan's unfriendly " +
      'policy since the start of the war in Ukraine.',
    tags: ['law', 'statement'],
    islands: [],
    actors: ['State Duma of Russia'],
    citations: [
      {
        source: 'eadaily-2023-06-20',
        quote: 'Как отмечается в пояснительной записке, это решение — одна из контрмер в ответ на недружественную политику Японии.',
      },
    ],
  },
  {
    // "На прошлой неделе" in the deputy's column of 21 October 2025: month precision.
    id: 'kuril-tax-breaks-extended-2025',
    date: '2025-10',
    precision: 'month',
    title: 'Duma extends the Kuril tax breaks',
    summary:
      'The State Duma passes a package of laws that extends the Kuril Islands tax breaks to companies ' +
      'registered before 1 January 2022, according to Duma deputy Sergei Chizhov, who writes that ' +
      'Russia will now develop the islands on its own rather than jointly with Japan.',
    tags: ['economy', 'law'],
    islands: [],
    actors: ['State Duma of Russia'],
    citations: [
      {
        source: 'vz-2025-10-21',
        quote:
          'На прошлой неделе мы в Госдуме приняли пакет законов о налоговых льготах для инвестиционных проектов на Курильском архипелаге.',
      },
    ],
  },
  {
    id: 'war-anniversary-exchange-2025',
    date: '2025-08-08',
    endDate: '2025-08-10',
    precision: 'day',
    title: '80 years after the Soviet entry into the war, the two sides restate their cases',
    summary:
      "Japan's Foreign Minister Takeshi Iwaya says the Soviet entry into the war on 9 August 1945 was " +
      "unlawful and the islands are illegally occupied; Russia's foreign ministry spokeswoman Maria " +
      'Zakharova answers that the islands passed to the Soviet Union lawfully, under the post-war ' +
      'agreements of the Allied Powers and the UN Charter.',
    tags: ['statement'],
    islands: [],
    actors: ['Takeshi Iwaya', 'Maria Zakharova'],
    citations: [{ source: 'radio1-2025-08-10' }],
  },
  {
    id: 'northern-territories-day-2026',
    date: '2026-02-07',
    precision: 'day',
    title: "Takaichi: resuming former residents' grave visits a top priority",
    summary:
      'At the yearly 7 February rally in Tokyo, Prime Minister Sanae Takaichi calls the resumption of ' +
      "the ageing former residents' grave visits a humanitarian matter and one of the top priorities " +
      'of relations with Russia, and says the policy of resolving the question of the four islands and ' +
      'concluding a peace treaty is unchanged.',
    tags: ['statement', 'residents'],
    islands: [],
    actors: ['Sanae Takaichi'],
    citations: [
      { source: 'kyodo-2026-02-07' },
      { source: 'jimin-2026-02', quote: '北方四島の帰属の問題を解決し、平和条約を締結する政府の方針に変わりはない' },
    ],
  },
];
