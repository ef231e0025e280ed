import type { Dataset } from './schema.js';
import { sources } from './sources.js';

/**
 * The bundled dataset: English text, ids, dates and sources. Japanese and Russian text is in
 * `./translations/`.
 *
 * Conventions (see also the comments on individual items):
 *
 * - Neutral text names neither side's term for the islands as a group ("the four islands", "the
 *   disputed islands"); single islands are named with both names, Russian first as in the
 *   `neutral` naming of `i18n/names.ts` ("Iturup/Etorofu"). The two group names appear only where
 *   both are given or where they are quoted.
 * - `quote` (claims) and `citation.quote` are verbatim substrings of the cited source, without the
 *   quotation marks that enclose them there (the widgets add their own). The one normalisation is
 *   that no-break spaces in the Breitbart text are written as ordinary spaces.
 * - `quoteTranslated` is set only where the source itself prints the words as a translation (the
 *   Business Standard text: "according to a Russian translation of his words"). Most quotes here
 *   are necessarily English renderings of words spoken in Japanese or Russian (Abe's Moscow press
 *   conference "according to EFE" included), but GlobalPost, CNBC, The New Indian Express and
 *   Breitbart do not print them as translations, so the flag is not set for them.
 * - Business Standard and The New Indian Express carry AFP copy according to the project brief
 *   (the seeds do not name the agency); their sources record it in `wire`, and reader-visible text
 *   attributes their reporting to the outlets, which is what the reader can check.
 * - Event `islands`: the islands an event physically concerns or names (the 1855 border, the
 *   occupation, the missile deployments, Article 9 of the 1956 declaration, the 1993 declaration,
 *   the request to reduce military activity on the four...); empty when the event concerns the
 *   dispute as a whole (most treaties, summits and talks).
 * - Dates carry the precision the sources support. Treaties and agreements are dated by their
 *   signing; meetings that span several days get an `endDate`. A claim reported without a date of
 *   its own is dated by the publication of the source reporting it, at that source's precision.
 *
 * Derived dates (worked out from the articles' own datelines and checked):
 * - CNBC "Wednesday" (Eastern Economic Forum) = 12 September 2018: Putin's proposal, Abe's speech,
 *   and the Japanese government's answer ("shortly after"; The Japan Times of 12 September 2018
 *   names Chief Cabinet Secretary Yoshihide Suga and reports it the same day).
 * - Business Standard / New Indian Express "Wednesday" (Singapore, ASEAN summit) = 14 November
 *   2018; Osuga "told reporters on Thursday" = 15 November 2018 (NIE published 15 November 2018).
 * - Breitbart "Tuesday" = the Moscow summit of 22 January 2019 (Interfax, 14 January 2019: "will
 *   meet in Moscow on January 22"); "last week" (the fishing-boat protest) = the week before, month
 *   precision '2019-01'; Lavrov "recently": the words that match his news conference after the
 *   talks with Kono (MID transcript) are dated 14 January 2019, the rest January 2019.
 *
 * Where the articles are wrong or imprecise, the dataset follows the checked sources and does not
 * repeat the error: CNBC calls both leaders "presidents" (Abe was Prime Minister), dates Onodera's
 * request to "early 2018" (it was made at the 2+2 talks of 31 July 2018), calls Nagato Abe's
 * "hometown" (it is his ancestral home and constituency) and uses "the Kuril Islands" for the four
 * islands; GlobalPost says the islands were seized "in Aug. 1945" (the occupation ran from 28 August
 * to 5 September 1945); The New Indian Express says Japan "still claims the entire chain" (Japan
 * claims only the four southernmost islands) and, like Breitbart, writes "Russia" for the Soviet
 * Union of 1945-1956; the articles say the two countries are still "technically at war", but the
 * 1956 declaration ended the state of war (it was not a peace treaty). Where the dataset can see
 * the sources disagree, it says so in the reader-visible text: CNBC's "early 2018" for Onodera's
 * request, and Business Standard's "his response to Abe" for Putin's words in Singapore (the
 * Kremlin transcript puts Putin's opening remarks first, so they are not recorded as a reply).
 */
export const dataset: Dataset = {
  meta: {
    version: '1.0.0',
    asOf: '2022-03-21',
    languages: ['en', 'ja', 'ru'],
    translationStatus: { en: 'original', ja: 'machine', ru: 'machine' },
  },

  overview: {
    summary:
      'Russia and Japan dispute four islands off the north-east coast of Hokkaido: Iturup/Etorofu, ' +
      'Kunashir/Kunashiri, Shikotan and the Habomai islets, about 5,000 km² in all. Soviet forces ' +
      'occupied them between 28 August and 5 September 1945, at the end of the Second World War. ' +
      'Russia administers them as part of Sakhalin Oblast; Japan claims them and counts them as part ' +
      "of Hokkaido's Nemuro Subprefecture. Japan calls them the Northern Territories, Russia the " +
      'Southern Kurils. Because of the dispute the two countries have never signed a peace treaty: the ' +
      '1956 Joint Declaration ended the state of war and restored diplomatic relations, but it is not ' +
      'a peace treaty.',
    status:
      "On 21 March 2022 Russia's Foreign Ministry said it would not continue peace-treaty talks with " +
      "Japan, calling Japan's sanctions over Russia's invasion of Ukraine openly unfriendly; it also " +
      'suspended visa-free visits by Japanese citizens to the islands and withdrew from talks on joint ' +
      'economic activity there. Since November 2018 the talks had been held on the basis of the 1956 ' +
      'declaration, which says Shikotan and the Habomai islets will be handed to Japan after a peace ' +
      'treaty is concluded.',
    citations: [
      { source: 'mofa-japan-northern-territories-info' },
      {
        source: 'mofa-japan-territory',
        quote: 'occupied all of the Four Northern Islands from 28 August 1945 to 5 September 1945',
      },
      { source: 'wikipedia-kuril-islands-dispute' },
      { source: 'wikipedia-joint-declaration-1956' },
      {
        source: 'new-indian-express-2018-11-15',
        quote:
          'Russia and Japan have agreed to accelerate talks to formally end World War II hostilities, using a Soviet-era peace declaration as their starting point',
      },
      { source: 'japan-today-2022-03-21' },
      {
        source: 'nippon-com-2022-03-22',
        quote:
          'The ministry said Moscow has decided to suspend a program to allow visa-free visits by Japanese people to four Russian-held northwestern Pacific islands',
      },
    ],
  },

  sources,

  events: [
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
      title: 'Treaty of Saint Petersburg trades Sakhalin for the Kuril Islands',
      summary:
        'Russia receives all of Sakhalin; in exchange Japan receives all of the Kuril Islands, up to ' +
        'Kamchatka.',
      tags: ['treaty'],
      islands: [],
      actors: ['Japan', 'Russian Empire'],
      citations: [{ source: 'wikipedia-treaty-of-saint-petersburg-1875' }],
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
      citations: [{ source: 'kantei-national-rally-2012' }, { source: 'weten-northern-territories-day' }],
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
        'statement they say it is “not normal” that no peace treaty has been signed almost 68 years ' +
        'after the war, and they agree to resume and accelerate negotiations. They also agree to set up ' +
        'a “2+2” format of foreign and defence ministers.',
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
        { source: 'dw-2016-12-15' },
        {
          source: 'cnbc-2018-09',
          quote:
            'the leaders agreed to launch consultations for a system of joint economic activity on the four northern islands, including allowing residents to freely visit grave sites',
        },
      ],
    },
    {
      id: 'missile-systems-2016',
      date: '2016',
      precision: 'year',
      title: 'Russia deploys coastal missile systems on Iturup/Etorofu and Kunashir/Kunashiri',
      summary:
        'Russia deploys the Bastion coastal missile system on Iturup/Etorofu and the Bal system on ' +
        "Kunashir/Kunashiri. Japan's government calls the deployment unacceptable.",
      tags: ['military'],
      islands: ['iturup', 'kunashir'],
      actors: ['Russia', 'Government of Japan'],
      // CNBC (September 2018) mentions "Russia's deployment of its newest missile system to the
      // islands" without a date or the system's name; it is not cited here.
      citations: [{ source: 'sputnik-iturup-combat-jets' }],
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
      id: 'iturup-airport-decree-2018',
      date: '2018-02',
      precision: 'month',
      title: 'Decree opens the civilian airport on Iturup/Etorofu to military jets',
      summary:
        'A Russian government decree allows military jets to share the civilian airport on ' +
        'Iturup/Etorofu. Japan protests.',
      tags: ['military', 'law'],
      islands: ['iturup'],
      actors: ['Government of Russia', 'Government of Japan'],
      citations: [{ source: 'nhub-news-2018' }, { source: 'sputnik-iturup-combat-jets' }],
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
        { source: 'atynews-2018-08-08' },
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
        'carried out.',
      tags: ['summit', 'statement', 'economy'],
      islands: [],
      actors: ['Shinzo Abe', 'Vladimir Putin'],
      citations: [{ source: 'cnbc-2018-09' }, { source: 'japan-times-2018-09-12' }],
    },
    {
      id: 'putin-treaty-proposal-2018',
      date: '2018-09-12',
      precision: 'day',
      title: 'Putin proposes a peace treaty “without any pre-conditions”',
      summary:
        'At the same session Putin proposes to Abe that the two countries conclude a peace treaty ' +
        'before the end of the year “without any pre-conditions”. Abe does not respond directly.',
      tags: ['statement', 'negotiation'],
      islands: [],
      actors: ['Vladimir Putin', 'Shinzo Abe'],
      citations: [
        {
          source: 'cnbc-2018-09',
          quote: 'Let\'s conclude a peace treaty before the end of this year, without any pre-conditions',
        },
        { source: 'japan-times-2018-09-12' },
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
      ],
    },
    {
      // Breitbart (on the 22 Jan 2019 summit): "Last week" = the week before: month precision.
      id: 'fishing-boats-protest-2019',
      date: '2019-01',
      precision: 'month',
      title: 'Japan protests over two detained fishing boats',
      summary:
        "Japan's Foreign Ministry formally protests against Russia's detention of two Japanese boats " +
        'caught fishing near the disputed islands, calling it “unacceptable”.',
      tags: ['statement', 'economy'],
      islands: [],
      actors: ['Ministry of Foreign Affairs of Japan'],
      citations: [
        {
          source: 'breitbart-2019-01',
          quote:
            'the Japanese Foreign Ministry formally protested Russia’s detention of two Japanese boats that were caught fishing near the contested islands',
        },
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
        "organisers' statement drops the phrase “illegally occupied” and calls for a settlement of the " +
        'issue rather than the return of the islands.',
      tags: ['statement'],
      islands: [],
      actors: [],
      citations: [{ source: 'mainichi-2019-02-08' }, { source: 'asahi-2019-02-08' }],
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
      citations: [
        { source: 'reuters-2020-03' },
        { source: 'politekspert-article-67' },
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
        "Russia's Foreign Ministry says it will not continue peace-treaty talks with Japan, calling " +
        "Japan's sanctions over Russia's invasion of Ukraine openly unfriendly. It also suspends " +
        'visa-free visits by Japanese citizens to the islands and withdraws from talks on joint economic ' +
        'activity there.',
      tags: ['statement', 'negotiation', 'economy', 'residents'],
      islands: [],
      actors: ['Ministry of Foreign Affairs of Russia'],
      citations: [
        { source: 'japan-today-2022-03-21' },
        {
          source: 'nippon-com-2022-03-22',
          quote:
            'The ministry said Moscow has decided to suspend a program to allow visa-free visits by Japanese people to four Russian-held northwestern Pacific islands',
        },
      ],
    },
  ],

  claims: [
    {
      id: 'both-joint-statement-2013',
      date: '2013-04-29',
      precision: 'day',
      party: 'both',
      speaker: { name: 'Shinzo Abe and Vladimir Putin', role: 'Prime Minister of Japan and President of Russia' },
      topic: 'peace-treaty',
      statement:
        'In a joint statement, the leaders of Japan and Russia say it is not normal that the two ' +
        'countries have not concluded a peace treaty almost 68 years after the war.',
      quote: "it's not normal",
      // GlobalPost's only date is the photo caption (29 April 2013); UPI dates the talks and the
      // joint statement to Monday, 29 April 2013.
      citations: [
        { source: 'globalpost-2013-04' },
        {
          source: 'upi-2013-04-29',
          quote:
            'Russia and Japan agreed Monday to renew talks aimed at achieving their first peace treaty since World War II',
        },
      ],
    },
    {
      // "according to EFE": Abe spoke Japanese, so the English is necessarily a rendering, but
      // GlobalPost does not print it as a translation; quoteTranslated is therefore not set.
      id: 'abe-moscow-2013',
      date: '2013-04-29',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Shinzo Abe', role: 'Prime Minister of Japan' },
      topic: 'peace-treaty',
      statement:
        "Japan's Prime Minister Shinzo Abe says peace-treaty negotiations had stagnated in recent years " +
        'and that the two sides have agreed to resume and accelerate them.',
      quote:
        "But in the current conversations we've managed to agree that we will resume the negotiations and accelerate this process.",
      citations: [
        {
          source: 'globalpost-2013-04',
          quote:
            'During the last few years the negotiations to sign a peace agreement found themselves in a state of stagnation',
        },
        {
          source: 'upi-2013-04-29',
          quote:
            'Abe said the decision to resume the negotiations that were put on the shelf in 2003 is a major development',
        },
      ],
    },
    {
      // Told the Los Angeles Times, as reported by GlobalPost (April 2013): month precision.
      id: 'saradzhyan-2013',
      date: '2013-04',
      precision: 'month',
      party: 'other',
      speaker: { name: 'Simon Saradzhyan', role: 'Russian scholar at the Harvard Kennedy School Belfer Center' },
      topic: 'peace-treaty',
      statement:
        'Simon Saradzhyan of the Harvard Kennedy School Belfer Center tells the Los Angeles Times that ' +
        'closer ties between Japan and Russia would help both countries balance the rise of China.',
      quote: 'A more robust Japanese-Russian relationship would help both Tokyo and Moscow to balance China’s rise.',
      citations: [
        {
          source: 'globalpost-2013-04',
          quote:
            'I don’t think either of the two countries wants to see China become a regional hegemon in Southeast Asia, albeit Russia might not be happy with the lead role the United States plays there either',
        },
      ],
    },
    {
      id: 'los-angeles-times-2013',
      date: '2013-04',
      precision: 'month',
      party: 'other',
      speaker: { name: 'Los Angeles Times', role: 'US newspaper, as cited by GlobalPost' },
      topic: 'economy-residents',
      statement:
        'According to the Los Angeles Times, closer ties could give Japan investment opportunities in ' +
        "Russia's underdeveloped eastern regions and let Russia sell natural resources to Japan, " +
        'reducing its dependence on Chinese buyers.',
      citations: [
        {
          source: 'globalpost-2013-04',
          quote:
            'Japan could find new investment opportunities in Russia’s underdeveloped eastern regions, and Russia could sell its natural resources to Japan, lessening its dependence on Chinese consumers.',
        },
      ],
    },
    {
      // CNBC says only that the agreement was made during Putin's visit to Nagato "in 2016"; the
      // month (the visit of 15-16 December) comes from DW. No day: the agreement covers the visit.
      id: 'both-joint-economic-activity-2016',
      date: '2016-12',
      precision: 'month',
      party: 'both',
      speaker: { name: 'Shinzo Abe and Vladimir Putin', role: 'Prime Minister of Japan and President of Russia' },
      topic: 'economy-residents',
      statement:
        "During Putin's December 2016 visit to Japan, the two leaders agree to begin consultations on " +
        'joint economic activity on the four islands.',
      citations: [
        {
          source: 'cnbc-2018-09',
          quote:
            'the leaders agreed to launch consultations for a system of joint economic activity on the four northern islands',
        },
        { source: 'dw-2016-12-15' },
      ],
    },
    {
      id: 'japan-missiles-unacceptable-2016',
      date: '2016',
      precision: 'year',
      party: 'japan',
      speaker: { name: 'Government of Japan', role: 'Official position' },
      topic: 'military',
      statement:
        "Japan's government calls Russia's deployment of coastal missile systems on Iturup/Etorofu and " +
        'Kunashir/Kunashiri unacceptable.',
      citations: [{ source: 'sputnik-iturup-combat-jets' }],
    },
    {
      id: 'onodera-military-activity-2018',
      date: '2018-07-31',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Itsunori Onodera', role: 'Minister of Defense of Japan' },
      topic: 'military',
      statement:
        "Japan's Defense Minister Itsunori Onodera asks Russia to reduce its military activity on the " +
        'four islands. CNBC dated the request to early 2018; the other reports cited here date it to the ' +
        '“2+2” talks in Moscow on 31 July 2018.',
      citations: [
        { source: 'nhub-news-2018-08' },
        { source: 'atynews-2018-08-08' },
        {
          source: 'cnbc-2018-09',
          quote:
            "Japan's Defense Ministry asked Russia to reduce its military activity on the islands after Moscow beefed up forces there",
        },
      ],
    },
    {
      id: 'abe-unlimited-potential-2018',
      date: '2018-09-12',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Shinzo Abe', role: 'Prime Minister of Japan' },
      topic: 'economy-residents',
      statement: "Japan's Prime Minister Shinzo Abe says relations with Russia hold unlimited potential.",
      quote: 'Our relations with Russia hold unlimited potential',
      citations: [{ source: 'cnbc-2018-09' }],
    },
    {
      // Abe reports a view he says both leaders share: it is his account alone, so the party is
      // Japan (the id is kept stable). The CNBC article calls him a "president", which he was not.
      id: 'both-abnormal-state-2018',
      date: '2018-09-12',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Shinzo Abe', role: 'Prime Minister of Japan' },
      topic: 'peace-treaty',
      statement:
        'Speaking in Vladivostok, Abe says he and Putin agree that the absence of a peace treaty more ' +
        'than 70 years after the war is abnormal.',
      quote:
        'Over the long stretch of more than 70 years since the end of World War II, Japan and Russia have yet to conclude a peace treaty between them. Both (President Vladimir) Putin and I agreed this is an abnormal state of affairs.',
      citations: [
        { source: 'cnbc-2018-09' },
        {
          source: 'japan-times-2018-09-12',
          quote:
            'President Putin and I share the view that it is an abnormal situation that Japan and Russia have not concluded a peace treaty although more than 70 years have passed since the end of the war',
        },
      ],
    },
    {
      id: 'abe-nagato-promises-2018',
      date: '2018-09-12',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Shinzo Abe', role: 'Prime Minister of Japan' },
      topic: 'peace-treaty',
      statement:
        'Abe says the commitments he and Putin made at Nagato in 2016 are starting to be carried out, ' +
        'and that relations between Japan and Russia are advancing as never before.',
      quote:
        'There in Nagato we also shared an earnest determination toward resolving the issue of the peace treaty. These promises we made are now steadily starting to be carried out',
      citations: [
        { source: 'cnbc-2018-09', quote: 'Japan-Russia relations are advancing at a degree never seen before.' },
      ],
    },
    {
      id: 'putin-without-preconditions-2018',
      date: '2018-09-12',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Vladimir Putin', role: 'President of Russia' },
      topic: 'peace-treaty',
      statement:
        "Russia's President Vladimir Putin proposes that Russia and Japan conclude a peace treaty by the " +
        'end of 2018 without any preconditions.',
      quote: "Let's conclude a peace treaty before the end of this year, without any pre-conditions",
      citations: [
        { source: 'cnbc-2018-09' },
        {
          source: 'japan-times-2018-09-12',
          quote: 'Let’s conclude a peace agreement by year’s end without any preconditions',
        },
      ],
    },
    {
      id: 'suga-position-unchanged-2018',
      date: '2018-09-12',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Yoshihide Suga', role: 'Chief Cabinet Secretary of Japan' },
      topic: 'peace-treaty',
      statement:
        "Japan's Chief Cabinet Secretary Yoshihide Suga, the government's chief spokesman, says Japan's " +
        'position is unchanged: the territorial dispute must be resolved before a peace treaty is signed.',
      respondsTo: ['putin-without-preconditions-2018'],
      citations: [
        {
          source: 'cnbc-2018-09',
          quote:
            "Japan's chief government spokesman issued a statement saying there would be no change to Japan's positioning on resolving the northern islands issue before signing a treaty with Russia",
        },
        {
          source: 'japan-times-2018-09-12',
          quote:
            'In response to Putin’s comment, Chief Cabinet Secretary Yoshihide Suga said in Tokyo that Japan stands by its long-standing position',
        },
        {
          source: 'business-standard-2018-11',
          quote: 'a government spokesman said the two countries should first resolve the dispute before signing a peace deal',
        },
      ],
    },
    {
      id: 'abe-singapore-2018',
      date: '2018-11-14',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Shinzo Abe', role: 'Prime Minister of Japan' },
      topic: 'peace-treaty',
      statement:
        'At the start of the Singapore meeting, Abe tells Putin he hopes to discuss the peace treaty as ' +
        'well as economic cooperation, and that he is ready to give the treaty enough time.',
      quote:
        'We hope to discuss not only bilateral cooperation, including our economies... but also the issue of the peace treaty',
      // "according to a Russian translation of his words at the start of the meeting"
      quoteTranslated: true,
      citations: [
        { source: 'business-standard-2018-11', quote: 'I am ready to give enough time to this, the peace treaty' },
      ],
    },
    {
      // Business Standard calls this "his response to Abe"; the Kremlin transcript of the meeting
      // gives Putin's opening remarks (these words) before Abe's, so no respondsTo is recorded and
      // the statement says the sources differ.
      id: 'putin-singapore-2018',
      date: '2018-11-14',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Vladimir Putin', role: 'President of Russia' },
      topic: 'peace-treaty',
      statement:
        'At the Singapore meeting, Putin tells Abe he is glad to discuss all areas of their cooperation, ' +
        'including those Abe considers priorities. Business Standard presents these words as his ' +
        "response to Abe; the Kremlin's transcript of the meeting shows that Putin spoke first.",
      quote:
        'I am delighted to be able to discuss with you all the angles of our cooperation, including those that you personally consider to be priorities.',
      citations: [
        { source: 'business-standard-2018-11' },
        {
          source: 'kremlin-singapore-2018-11-14',
          quote:
            'I am glad to have an opportunity to discuss all aspects of our cooperation with you, including those you regard as a priority.',
        },
      ],
    },
    {
      id: 'both-1956-basis-singapore-2018',
      date: '2018-11-14',
      precision: 'day',
      party: 'both',
      speaker: { name: 'Shinzo Abe and Vladimir Putin', role: 'Prime Minister of Japan and President of Russia' },
      topic: 'declaration-1956',
      statement:
        'In Singapore, the two leaders agree to accelerate peace-treaty negotiations on the basis of the ' +
        '1956 Joint Declaration.',
      citations: [
        {
          source: 'new-indian-express-2018-11-15',
          quote:
            'Russia and Japan have agreed to accelerate talks to formally end World War II hostilities, using a Soviet-era peace declaration as their starting point',
        },
      ],
    },
    {
      // The article does not say when Putin said this: dated, like the neighbouring claims from the
      // same article, by its publication (15 Nov 2018). Other reports place the words at his remarks
      // to reporters in Singapore on Thursday, 15 Nov 2018.
      id: 'putin-1956-basis-2018',
      date: '2018-11-15',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Vladimir Putin', role: 'President of Russia' },
      topic: 'declaration-1956',
      statement:
        'Putin says Russia has resumed dialogue with Japan on the basis of the 1956 declaration, as Japan ' +
        'had asked, and is ready to work with the Japanese side.',
      quote:
        'resumed dialogue with our Japanese partners on the basis of the 1956 declaration, exactly what our Japanese partners asked us to do.',
      citations: [{ source: 'new-indian-express-2018-11-15', quote: 'We are ready to work with them.' }],
    },
    {
      id: 'osuga-1956-basis-2018',
      date: '2018-11-15',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Takeshi Osuga', role: 'Spokesman, Ministry of Foreign Affairs of Japan' },
      topic: 'declaration-1956',
      statement:
        "Japan's foreign ministry spokesman Takeshi Osuga confirms that both leaders agreed to accelerate " +
        'peace-treaty negotiations on the basis of the 1956 declaration.',
      quote:
        'Both leaders agreed to accelerate the negotiation of a peace treaty on the basis of the Japan USSR joint declaration of 1956',
      citations: [{ source: 'new-indian-express-2018-11-15' }],
    },
    {
      // Reported on 15 Nov 2018 without a day of its own: dated by the article's publication, as the
      // neighbouring claims from the same article are.
      id: 'suga-extremely-significant-2018',
      date: '2018-11-15',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Yoshihide Suga', role: 'Chief Cabinet Secretary of Japan' },
      topic: 'declaration-1956',
      statement:
        'Chief Cabinet Secretary Yoshihide Suga calls the agreement to accelerate talks on the basis of ' +
        'the 1956 declaration extremely significant.',
      quote: 'extremely significant',
      citations: [{ source: 'new-indian-express-2018-11-15' }],
    },
    {
      // The article prints this right after Suga's words, without a new attribution; dated by the
      // article's publication.
      id: 'suga-staying-flexible-2018',
      date: '2018-11-15',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Yoshihide Suga', role: 'Chief Cabinet Secretary of Japan' },
      topic: 'declaration-1956',
      statement: "Suga says the government's policy has always been to stay flexible, and that this has not changed.",
      quote: 'The government has always kept a policy direction of staying flexible... There is no change to this point.',
      citations: [{ source: 'new-indian-express-2018-11-15' }],
    },
    {
      id: 'japanese-media-shift-2018',
      date: '2018-11-15',
      precision: 'day',
      party: 'other',
      speaker: { name: 'Some Japanese media', role: 'As reported by The New Indian Express' },
      topic: 'declaration-1956',
      statement:
        "Some Japanese media read the announcement as a shift in Japan's long-held position, meaning " +
        'that Abe might be willing to give up some territory to reach a deal, The New Indian Express ' +
        'reports.',
      citations: [
        {
          source: 'new-indian-express-2018-11-15',
          quote:
            "Some Japanese media interpreted Thursday's announcement as a shift in Tokyo's historical position, meaning that Abe might ultimately be willing to give up some territory in exchange for reaching a deal.",
        },
      ],
    },
    {
      id: 'japan-never-belonged-elsewhere-2018',
      date: '2018-11-15',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Government of Japan', role: 'Official position' },
      topic: 'sovereignty',
      statement:
        "Japan's government says the four islands are an inherent part of Japan's territory that have " +
        'never belonged to any other country. Business Standard and The New Indian Express note that ' +
        'the islands were once inhabited by the indigenous Ainu people.',
      citations: [
        {
          source: 'new-indian-express-2018-11-15',
          quote:
            'Historically, Japan insists the islands, which were once inhabited by the Ainu indigenous people, have never belonged to anyone else.',
        },
        { source: 'business-standard-2018-11' },
        {
          source: 'mofa-japan-territory',
          quote: 'are an inherent territory of Japan, which have never been held by foreign countries',
        },
      ],
    },
    {
      // "Spoils of war" is the articles' characterisation, not Russia's wording (Russia's
      // own words are in the Lavrov claims: "the results of World War II"). The 1945 agreement they
      // refer to, at Yalta, was also signed by Churchill (see yalta-agreement-1945).
      id: 'russia-spoils-of-war-2018',
      date: '2018-11-15',
      precision: 'day',
      party: 'russia',
      speaker: {
        name: 'Government of Russia',
        role: 'As characterised by The New Indian Express and Business Standard',
      },
      topic: 'sovereignty',
      statement:
        'According to The New Indian Express and Business Standard, Russia considers the islands spoils ' +
        'of war, as agreed in 1945 between US President Franklin Roosevelt and Soviet leader Joseph ' +
        'Stalin. The agreement, made at Yalta, was also signed by British Prime Minister Winston Churchill.',
      citations: [
        {
          source: 'new-indian-express-2018-11-15',
          quote:
            'Russia considers them spoils of war as agreed between then US president Franklin Roosevelt and Soviet leader Joseph Stalin in 1945.',
        },
        {
          source: 'business-standard-2018-11',
          quote:
            'Russia considers them spoils of war as agreed between then US president Franklin Roosevelt and Soviet leader Joseph Stalin in 1945.',
        },
        { source: 'yalta-protocol-text' },
      ],
    },
    {
      id: 'both-moscow-summit-commitment-2019',
      date: '2019-01-22',
      precision: 'day',
      party: 'both',
      speaker: { name: 'Shinzo Abe and Vladimir Putin', role: 'Prime Minister of Japan and President of Russia' },
      topic: 'peace-treaty',
      statement: 'Meeting in Moscow, Abe and Putin both affirm their commitment to signing a peace treaty.',
      citations: [
        {
          source: 'breitbart-2019-01',
          quote: 'they both affirmed their commitment to signing a peace treaty',
        },
        {
          source: 'interfax-2019-01-14',
          quote:
            "Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe, who will pay a working visit to Russia at Putin's invitation, will meet in Moscow on January 22",
        },
      ],
    },
    {
      id: 'russia-japan-renounced-claims-2019',
      date: '2019-01',
      precision: 'month',
      party: 'russia',
      speaker: { name: 'Government of Russia', role: 'Official position' },
      topic: 'sovereignty',
      statement:
        "Russia's government has long argued that Japan renounced all claims to the islands when it " +
        'signed the 1951 peace treaty with the Allied Powers.',
      citations: [
        {
          source: 'breitbart-2019-01',
          quote:
            'Moscow has long argued that Japan renounced all claims when it signed its peace treaty with Allied forces.',
        },
        { source: 'sputnik-2009-timeline' },
      ],
    },
    {
      // Breitbart writes that "Russia never actually signed the treaty": it was the Soviet Union.
      id: 'japan-illegally-captured-2019',
      date: '2019-01',
      precision: 'month',
      party: 'japan',
      speaker: { name: 'Government of Japan', role: 'Official position' },
      topic: 'sovereignty',
      statement:
        "Japan's government points out that the Soviet Union never signed the 1951 peace treaty, and " +
        'argues that the islands were captured illegally, in an attack that broke the 1941 neutrality ' +
        'pact, and remain Japanese territory.',
      respondsTo: ['russia-japan-renounced-claims-2019'],
      citations: [
        {
          source: 'breitbart-2019-01',
          quote: 'argues that the islands were illegally captured and remain part of Japanese territory',
        },
        {
          source: 'mofa-japan-territory',
          quote:
            'the Soviet Union, in violation of the Neutrality Pact that was still in force between Japan and the Soviet Union, opened the war with Japan',
        },
      ],
    },
    {
      // A long-held position without a date of its own: dated by the one dated source for it
      // (Sputnik's 2009 timeline, year of publication), and the statement says "has long argued".
      id: 'japan-four-islands-not-kurils-2009',
      date: '2009',
      precision: 'year',
      party: 'japan',
      speaker: { name: 'Government of Japan', role: 'Official position' },
      topic: 'sovereignty',
      statement:
        'Japan has long argued that the four islands are not part of the “Kuril Islands” it renounced in ' +
        'the 1951 San Francisco Peace Treaty.',
      citations: [
        { source: 'sputnik-2009-timeline' },
        { source: 'spf-four-northern-islands' },
        {
          source: 'mofa-japan-northern-territories-qa',
          quote:
            'In the 1951 San Francisco Peace Treaty Japan renounced all right, title and claim to the Kurile Islands, but the Four Northern Islands have never been included among the Kurile Islands.',
        },
      ],
    },
    {
      // Breitbart: "Lavrov recently indicated"; the same words, in the ministry's own translation,
      // are in his news conference after the talks with Kono on 14 Jan 2019.
      id: 'lavrov-price-of-treaty-2019',
      date: '2019-01-14',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Sergey Lavrov', role: 'Foreign Minister of Russia' },
      topic: 'peace-treaty',
      statement:
        "Russia's Foreign Minister Sergey Lavrov says the price of any peace treaty is Japan's recognition " +
        "of the results of the Second World War in their entirety, including Russia's sovereignty over " +
        'all the disputed islands, and that without it progress on other issues is very difficult.',
      quote:
        'indisputable recognition of the entirety of results of World War II, including Russia’s sovereignty over all of the islands of the southern Kuril chain.',
      citations: [
        {
          source: 'breitbart-2019-01',
          quote:
            'This is our base position and without steps in this direction it is very difficult to expect movement forward on other issues',
        },
        {
          source: 'mid-lavrov-2019-01-14',
          quote:
            'the full recognition by our Japanese neighbours of the outcome of World War II, including the Russian Federation’s sovereignty over all the islands of the South Kuril Ridge',
        },
        {
          source: 'mid-lavrov-2019-01-14',
          quote:
            'This is our basic position and without a step in this direction it is very difficult to count on any progress on other issues.',
        },
      ],
    },
    {
      // The first two sentences of the quote match the 14 Jan 2019 transcript; the question about
      // Japan as "the only country" could not be found in it (The Mainichi reports Lavrov saying
      // "the only country in the world" at his news conference of 16 Jan 2019), and Breitbart joins
      // the two with an ellipsis: month precision.
      id: 'lavrov-not-up-for-discussion-2019',
      date: '2019-01',
      precision: 'month',
      party: 'russia',
      speaker: { name: 'Sergey Lavrov', role: 'Foreign Minister of Russia' },
      topic: 'sovereignty',
      statement:
        "Lavrov says Russia's sovereignty over the islands is not up for discussion, and asks why Japan " +
        'alone cannot accept the results of the Second World War in their entirety.',
      quote:
        'Sovereignty over the islands is not up for discussion. This is Russian territory … Why is Japan the only country in the world that cannot accept the results of World War II in their entirety?',
      citations: [
        { source: 'breitbart-2019-01' },
        {
          source: 'mid-lavrov-2019-01-14',
          quote: 'sovereignty over the islands is not subject to discussion. This is the territory of the Russian Federation.',
        },
      ],
    },
    {
      id: 'japan-fishing-boats-unacceptable-2019',
      date: '2019-01',
      precision: 'month',
      party: 'japan',
      speaker: { name: 'Ministry of Foreign Affairs of Japan', role: 'Foreign ministry' },
      topic: 'economy-residents',
      statement:
        "Japan's Foreign Ministry formally protests against Russia's detention of two Japanese boats " +
        'caught fishing near the disputed islands, calling it unacceptable.',
      quote: 'unacceptable',
      citations: [
        {
          source: 'breitbart-2019-01',
          quote:
            'the Japanese Foreign Ministry formally protested Russia’s detention of two Japanese boats that were caught fishing near the contested islands',
        },
      ],
    },
    {
      id: 'russia-military-reasons-2019',
      date: '2019-01',
      precision: 'month',
      party: 'russia',
      speaker: { name: 'Government of Russia', role: 'As characterised by Breitbart News' },
      topic: 'military',
      statement:
        "According to Breitbart News, one of Russia's main reasons for not ceding territory is its use of " +
        'the islands as a military base, and a fear that hostile forces, including the United States, ' +
        'could use them in the same way if Japan controlled them.',
      citations: [
        {
          source: 'breitbart-2019-01',
          quote:
            'One of Russia’s main reasons for not ceding any further territory is its use of the islands as a military base, which it likewise fears may be used in a similar way by hostile forces, including the United States, should Japan be in control.',
        },
      ],
    },
    {
      id: 'russia-ends-treaty-talks-2022',
      date: '2022-03-21',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Ministry of Foreign Affairs of Russia', role: 'Foreign ministry' },
      topic: 'peace-treaty',
      statement:
        "Russia's Foreign Ministry says it will not continue peace-treaty talks with Japan, because it " +
        'cannot discuss the treaty with a country that has taken an unfriendly position by imposing ' +
        'sanctions over Ukraine.',
      quote:
        'does not intend to continue peace treaty talks with Japan because it is impossible to discuss this fundamental document on bilateral relations with a state that holds an explicitly unfriendly position and seeks to harm the interests of our country',
      citations: [{ source: 'nippon-com-2022-03-22' }, { source: 'japan-today-2022-03-21' }],
    },
    {
      id: 'russia-ends-joint-activity-talks-2022',
      date: '2022-03-21',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Ministry of Foreign Affairs of Russia', role: 'Foreign ministry' },
      topic: 'economy-residents',
      statement:
        "Russia's Foreign Ministry says it will suspend visa-free visits by Japanese citizens to the " +
        "islands and withdraw from talks on joint economic activity there, in answer to Japan's sanctions.",
      citations: [
        {
          source: 'nippon-com-2022-03-22',
          quote: 'pull out of talks on joint economic activities there',
        },
        { source: 'japan-today-2022-03-21' },
      ],
    },
    {
      id: 'both-tokyo-declaration-1993',
      date: '1993-10-13',
      precision: 'day',
      party: 'both',
      speaker: {
        name: 'Boris Yeltsin and Morihiro Hosokawa',
        role: 'President of Russia and Prime Minister of Japan',
      },
      topic: 'sovereignty',
      statement:
        'In the Tokyo Declaration, Russia and Japan agree to resolve the question of which country the ' +
        'four islands, each named in the document, belong to, and then to conclude a peace treaty.',
      citations: [{ source: 'grips-tokyo-declaration-1993' }, { source: 'mofa-japan-irkutsk-outline' }],
    },
    {
      id: 'both-irkutsk-statement-2001',
      date: '2001-03-25',
      precision: 'day',
      party: 'both',
      speaker: { name: 'Vladimir Putin and Yoshiro Mori', role: 'President of Russia and Prime Minister of Japan' },
      topic: 'declaration-1956',
      statement:
        'In the Irkutsk Statement, the two leaders confirm the 1956 Joint Declaration as the basic legal ' +
        'document that sets the starting point of negotiations.',
      citations: [{ source: 'mofa-japan-irkutsk-outline' }],
    },
  ],

  islands: [
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
        'Russia deployed the Bastion coastal missile system here in 2016; a 2018 decree opened the ' +
          "island's civilian airport to military jets.",
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
        { source: 'sputnik-iturup-combat-jets' },
        { source: 'nhub-news-2018' },
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
        'The second-largest of the four islands; its main settlement is Yuzhno-Kurilsk.',
        'Russia deployed the Bal coastal missile system here in 2016.',
      ],
      citations: [
        { source: 'mofa-japan-northern-territories-info' },
        { source: 'hoppou-islands-outline', quote: 'Located 16 km offshore and northeast of Hokkaido' },
        {
          source: 'hoppou-what-kind-of-place',
          quote:
            'There are approximately 6,400 people on Etorofu Island, 8,500 people on Kunashiri Island and 3,000 on Shikotan Island.',
        },
        { source: 'sputnik-iturup-combat-jets' },
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
        'With the Habomai islets it forms what Russian geography calls the Lesser Kuril Chain (Japan counts ' +
          'both as part of Hokkaido). The island has the same name in Japanese and Russian.',
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
  ],
};
