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
    version: '1.1.0',
    // The date through which the dataset was checked against stored copies of sources (review of
    // issue 10); the latest development found is of 12 February 2026. See REVIEW.md.
    asOf: '2026-12-01',
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
      "There have been no peace-treaty talks since 21 March 2022, when Russia's Foreign Ministry, " +
      "answering Japan's sanctions over Russia's invasion of Ukraine, said it would not continue them " +
      'with a state that takes an openly unfriendly position. It ended the visa-free visits of Japanese ' +
      'citizens and the simplified visits of former residents, and left the talks on joint economic ' +
      'activity; in 2022 it also suspended the 1998 fishing agreement. Japan says its aim is unchanged: ' +
      'to settle the question of the four islands and conclude a peace treaty; it calls the resumption ' +
      "of former residents' grave visits a top priority. Russia says relations can recover only if " +
      'Japan drops what it calls its hostile course.',
    citations: [
      { source: 'mofa-japan-northern-territories-info' },
      {
        source: 'mofa-japan-territory',
        quote: 'occupied all of the Four Northern Islands from 28 August 1945 to 5 September 1945',
      },
      { source: 'wikipedia-kuril-islands-dispute' },
      {
        source: 'globalpost-2013-04',
        quote: 'known as the Southern Kuriles in Russia and the Northern Territories in Japan',
      },
      { source: 'breitbart-2019-01', quote: 'three main islands and a cluster of islets' },
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
      { source: 'life-2022-03-21' },
      { source: 'nippon-com-2022-06-07' },
      { source: 'kyodo-2026-02-07' },
      { source: 'ria-2026-02-11' },
      {
        source: 'ria-2026-02-12',
        quote: 'Главным условием для того, чтобы восстановить отношения с Россией, является отказ Японии от враждебного курса',
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
        'countries have not concluded a peace treaty since the war: 67 years after its end, as The ' +
        'Japan Times and AFP report the statement (GlobalPost counts almost 68 years).',
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
        {
          source: 'japan-times-2013-05-01',
          quote:
            'They agreed in their joint statement that it is abnormal that the two countries have not yet signed a peace treaty 67 years after the end of World War II.',
        },
        { source: 'hurriyet-afp-2013-04-29' },
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
        "Japan's Prime Minister Shinzo Abe tells a press conference in Moscow that peace-treaty " +
        'negotiations had stagnated in recent years and that the two sides have agreed to resume and ' +
        'accelerate them. His words are known in English as the Spanish news agency EFE rendered them, ' +
        'as reported by GlobalPost.',
      quote:
        "But in the current conversations we've managed to agree that we will resume the negotiations and accelerate this process.",
      citations: [
        {
          source: 'globalpost-2013-04',
          quote:
            'During the last few years the negotiations to sign a peace agreement found themselves in a state of stagnation," Abe said at a press conference in Moscow, according to EFE.',
        },
        {
          source: 'upi-2013-04-29',
          quote:
            'Abe said the decision to resume the negotiations that were put on the shelf in 2003 is a major development',
        },
        {
          source: 'hurriyet-afp-2013-04-29',
          quote: 'The talks on a peace treaty agreement in the last few years have been in a state of stagnation," Abe said through a translator.',
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
      // About the strategic value of closer ties (balancing China), not the treaty itself.
      topic: 'military',
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
      date: '2016-11',
      precision: 'month',
      party: 'japan',
      speaker: { name: 'Yoshihide Suga', role: 'Chief Cabinet Secretary of Japan' },
      topic: 'military',
      statement:
        "Japan's Chief Cabinet Secretary Yoshihide Suga calls Russia's deployment of coastal missile " +
        'systems on Iturup/Etorofu and Kunashir/Kunashiri unacceptable.',
      quote: 'unacceptable',
      citations: [
        {
          source: 'sputnik-iturup-combat-jets',
          quote:
            'Japan in its turn, criticized the deployment, with Japanese Chief Cabinet Secretary Yoshihide Suga saying it was “unacceptable.',
        },
        { source: 'rferl-2016-11-missiles' },
      ],
    },
    {
      // Russia's stated reason for the deployments, in its foreign ministry's words as Sputnik
      // reports them; the month is that of the deployment reports (November 2016).
      id: 'russia-missiles-national-security-2016',
      date: '2016-11',
      precision: 'month',
      party: 'russia',
      speaker: { name: 'Maria Zakharova', role: 'Spokeswoman, Ministry of Foreign Affairs of Russia' },
      topic: 'military',
      statement:
        "Russia's foreign ministry says the deployment of the coastal missile systems on the islands is " +
        "part of planned work to strengthen the country's national security.",
      citations: [
        {
          source: 'sputnik-iturup-combat-jets',
          quote:
            'Russian Foreign Ministry spokeswoman Maria Zakharova said that the deployment was part of scheduled works aimed at strengthening the country’s national security',
        },
      ],
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
      original: {
        quote: 'Рад возможности обсудить с Вами все направления нашего взаимодействия, в том числе и те, которые Вы бы сами посчитали приоритетными.',
        lang: 'ru',
      },
      citations: [
        { source: 'business-standard-2018-11' },
        {
          source: 'kremlin-singapore-2018-11-14-ru',
          quote: 'Рад возможности обсудить с Вами все направления нашего взаимодействия, в том числе и те, которые Вы бы сами посчитали приоритетными.',
        },
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
      // The article prints this in a paragraph of its own after Suga's words, without naming a
      // speaker: the dataset does not attribute it to Suga (the id is kept stable). Dated by the
      // article's publication.
      id: 'suga-staying-flexible-2018',
      date: '2018-11-15',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Speaker not named', role: 'Quoted by The New Indian Express after Yoshihide Suga' },
      topic: 'declaration-1956',
      statement:
        'The New Indian Express quotes, directly after Chief Cabinet Secretary Yoshihide Suga and without ' +
        "naming the speaker, the words that the government's policy has always been to stay flexible, " +
        'and that this has not changed.',
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
      standing: true,
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
      standing: true,
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
      standing: true,
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
      standing: true,
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
      // A standing position (`standing: true`): the widgets show it as such, not as a statement
      // of 2009. `date` is that of the one dated source for it (Sputnik's 2009 timeline); Japan's
      // foreign ministry states it today (Q&A page). The id is kept stable.
      id: 'japan-four-islands-not-kurils-2009',
      date: '2009',
      precision: 'year',
      party: 'japan',
      standing: true,
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
      // The Russian words of the first two sentences (14 January 2019, as TASS reported them); the
      // question about Japan as "the only country" is not in this original.
      original: {
        quote:
          'Мы привлекли внимание наших друзей из Японии к тому, что вопросы суверенитета над островами не обсуждаются. Это территория Российской Федерации',
        lang: 'ru',
      },
      citations: [
        { source: 'breitbart-2019-01' },
        {
          source: 'focus-2019-01-14',
          quote:
            'Мы привлекли внимание наших друзей из Японии к тому, что вопросы суверенитета над островами не обсуждаются. Это территория Российской Федерации',
        },
        {
          source: 'mid-lavrov-2019-01-14',
          quote: 'sovereignty over the islands is not subject to discussion. This is the territory of the Russian Federation.',
        },
      ],
    },
    {
      id: 'japan-fishing-boats-unacceptable-2019',
      date: '2019-01-17',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Ministry of Foreign Affairs of Japan', role: 'Foreign ministry' },
      topic: 'economy-residents',
      statement:
        "Japan's Foreign Ministry formally protests against Russia's detention and fining of two " +
        'Japanese boats fishing near Kunashir/Kunashiri, calling it unacceptable.',
      quote: 'unacceptable',
      citations: [
        {
          source: 'breitbart-2019-01',
          quote:
            'the Japanese Foreign Ministry formally protested Russia’s detention of two Japanese boats that were caught fishing near the contested islands',
        },
        { source: 'breitbart-2019-01-17', quote: 'formally protested Russia’s “unacceptable” detention of two Japanese boats' },
        { source: 'rt-2019-01-30' },
      ],
    },
    {
      id: 'russia-military-reasons-2019',
      date: '2019-01',
      precision: 'month',
      party: 'russia',
      standing: true,
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
        'cannot discuss the treaty with a state that takes an openly unfriendly position and seeks to ' +
        "harm Russia's interests; it presents this as its answer to Japan's sanctions over Ukraine.",
      quote:
        'does not intend to continue peace treaty talks with Japan because it is impossible to discuss this fundamental document on bilateral relations with a state that holds an explicitly unfriendly position and seeks to harm the interests of our country',
      original: {
        quote:
          'Российская сторона в нынешних условиях не намерена продолжать переговоры с Японией по мирному договору ввиду невозможности обсуждать подписание основополагающего документа о двусторонних отношениях с государством, занимающим откровенно недружественные позиции и стремящимся нанести ущерб интересам нашей страны',
        lang: 'ru',
      },
      citations: [
        { source: 'nippon-com-2022-03-22' },
        {
          source: 'life-2022-03-21',
          quote:
            'Российская сторона в нынешних условиях не намерена продолжать переговоры с Японией по мирному договору ввиду невозможности обсуждать подписание основополагающего документа о двусторонних отношениях с государством, занимающим откровенно недружественные позиции и стремящимся нанести ущерб интересам нашей страны',
        },
        { source: 'japan-today-2022-03-21' },
      ],
    },
    {
      id: 'russia-ends-joint-activity-talks-2022',
      date: '2022-03-21',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Ministry of Foreign Affairs of Russia', role: 'Foreign ministry' },
      topic: 'economy-residents',
      statement:
        "Russia's Foreign Ministry says it will end visa-free trips by Japanese citizens to the islands, " +
        'former residents’ simplified visits included, and withdraw from talks on joint economic activity ' +
        "there, in answer to Japan's sanctions.",
      citations: [
        {
          source: 'nippon-com-2022-03-22',
          quote: 'pull out of talks on joint economic activities there',
        },
        { source: 'nakanune-2022-03-21' },
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
    {
      // Told the press at the end of the 2+2 talks in Moscow; The Diplomat (August 2018) and CNBC
      // (September 2018) give the Russian motive as each sees it.
      id: 'aegis-russia-response-2018',
      date: '2018-08',
      precision: 'month',
      party: 'other',
      speaker: { name: 'The Diplomat and CNBC', role: 'Analysis in news reports' },
      topic: 'military',
      statement:
        "According to The Diplomat and CNBC, Russia's military build-up on the islands is seen as a " +
        "response to Japan's plans to acquire the US-made Aegis Ashore missile-defence system.",
      citations: [
        {
          source: 'nhub-news-2018-08',
          quote:
            'Russia’s military activities are seen in response to Moscow’s concern over the possible procurement of two U. S.-made land-based Aegis Ashore ballistic missile defense batteries by Japan.',
        },
        {
          source: 'cnbc-2018-09',
          quote: "deploying warplanes in response to Japan's rollout of the U.S. Aegis missile system",
        },
      ],
    },
    {
      id: 'rokotov-jurisdiction-2018',
      date: '2018-08-07',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Vadim Rokotov', role: 'Acting head of the Kuril district administration' },
      topic: 'military',
      statement:
        'The acting head of the Kuril district says the deployment of Su-35S fighters on ' +
        "Iturup/Etorofu strengthens Russia's defence, that Russia acts under its own laws on its own " +
        "jurisdiction, and that Japan's protests are a tradition of its policy.",
      quote: 'We are acting consistent with Russian laws; this is our jurisdiction.',
      citations: [
        {
          source: 'interfax-2018-08-07',
          quote: 'We are acting consistent with Russian laws; this is our jurisdiction.',
        },
      ],
    },
    {
      // Both outlets print the same AFP paragraph; dated by The New Indian Express.
      id: 'ice-free-waters-2018',
      date: '2018-11-15',
      precision: 'day',
      party: 'other',
      speaker: { name: 'Business Standard and The New Indian Express', role: 'AFP analysis, as printed by both' },
      topic: 'military',
      statement:
        "According to Business Standard and The New Indian Express, control of the islands gives Russia's " +
        'Pacific Fleet, based in Vladivostok, year-round access to the Pacific Ocean, because the ' +
        'surrounding waters do not freeze in winter.',
      citations: [
        {
          source: 'new-indian-express-2018-11-15',
          quote:
            'Strategically, control of the islands gives Russia year-round access to the Pacific Ocean for its Pacific fleet of warships and submarines based in Vladivostok, as the surrounding water does not freeze in winter.',
        },
        {
          source: 'business-standard-2018-11',
          quote:
            'Strategically, control of the islands gives Russia year-round access to the Pacific Ocean for its Pacific fleet of warships and submarines based in Vladivostok, as the surrounding water does not freeze in winter.',
        },
      ],
    },
    {
      id: 'islands-resources-2019',
      date: '2019-01',
      precision: 'month',
      party: 'other',
      speaker: { name: 'Breitbart News', role: 'Characterisation in a news report' },
      topic: 'economy-residents',
      statement:
        'According to Breitbart News, the islands are understood to have strong economic potential: large ' +
        'reserves of oil, natural gas and valuable minerals, a strong fishing industry and growing tourism.',
      citations: [
        {
          source: 'breitbart-2019-01',
          quote:
            'The islands are also understood to have strong economic potential, with large reserves of oil, natural gas, and valuable minerals, as well as a strong fishing industry and growing levels of tourism.',
        },
      ],
    },
    {
      id: 'previous-moscow-proposals-2019',
      date: '2019-01',
      precision: 'month',
      party: 'other',
      speaker: { name: 'Breitbart News', role: 'Characterisation in a news report' },
      topic: 'declaration-1956',
      statement:
        'According to Breitbart News, earlier Russian proposals, to hand over the islets nearest to Japan ' +
        'and to offer joint control of economic activity on the islands, were both rejected.',
      citations: [
        {
          source: 'breitbart-2019-01',
          quote:
            'Previous proposals by Moscow have included handing over the islets nearest to Japan as well as offering joint control of economic activity over the islands, both of which have been rejected.',
        },
      ],
    },
    {
      // Three days after the Singapore meeting; only the Russian words are stored.
      id: 'peskov-no-automatic-transfer-2018',
      date: '2018-11-18',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Dmitry Peskov', role: 'Press Secretary of the President of Russia' },
      topic: 'declaration-1956',
      statement:
        "The Kremlin's spokesman Dmitry Peskov says that taking the 1956 declaration as the basis of " +
        'the talks does not mean an automatic transfer of territory to Japan, and that there is no ' +
        'separate deal to hand over islands.',
      original: {
        quote:
          'За эти дни мы с вами видели очень большое количество разных рассуждений, политологических домыслов о том, что, дескать, уже какая-то сепаратная сделка о передаче островов и так далее. Это не так. И так быть не может',
        lang: 'ru',
      },
      citations: [
        {
          source: 'novostnoi-2018-11-18',
          quote:
            'За эти дни мы с вами видели очень большое количество разных рассуждений, политологических домыслов о том, что, дескать, уже какая-то сепаратная сделка о передаче островов и так далее. Это не так. И так быть не может',
        },
      ],
    },
    {
      // At his news conference on the results of 2018 (Rossiyskaya Gazeta, 16 January 2019). Only
      // the Russian words are stored: no English rendering is given.
      id: 'lavrov-un-charter-107-2019',
      date: '2019-01-16',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Sergey Lavrov', role: 'Foreign Minister of Russia' },
      topic: 'sovereignty',
      statement:
        "Russia's Foreign Minister Sergey Lavrov says Japan's demand for the islands is at odds with its " +
        'obligations under the UN Charter, whose Article 107, he says, makes all the results of the ' +
        'Second World War unalterable; recognising those results is, he says, not an ultimatum or a ' +
        'precondition but a fact of the international system.',
      original: {
        quote:
          'Япония, став членом Организации Объединенных Наций подписала и ратифицировала Устав ООН, в котором есть статья 107, гласящая, что все результаты Второй мировой войны незыблемы',
        lang: 'ru',
      },
      respondsTo: ['japan-illegally-captured-2019'],
      citations: [
        {
          source: 'rg-2019-01-16',
          quote:
            'Япония, став членом Организации Объединенных Наций подписала и ратифицировала Устав ООН, в котором есть статья 107, гласящая, что все результаты Второй мировой войны незыблемы',
        },
        {
          source: 'rg-2019-01-16',
          quote: 'Признание итогов Второй мировой войны не ультиматум и не предварительные условия.',
        },
      ],
    },
    {
      id: 'matsuno-tax-law-regrettable-2022',
      date: '2022-03-10',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Hirokazu Matsuno', role: 'Chief Cabinet Secretary of Japan' },
      topic: 'economy-residents',
      statement:
        "Japan's Chief Cabinet Secretary Hirokazu Matsuno calls Russia's tax breaks for businesses on the " +
        'islands regrettable and incompatible with Japan’s position and with the purpose of the joint ' +
        'economic activity agreed by the two leaders.',
      quote: 'It’s regrettable, and we have told the Russian side afresh about our view on the matter',
      citations: [
        {
          source: 'yomiuri-2022-03-10',
          quote: 'It’s regrettable, and we have told the Russian side afresh about our view on the matter',
        },
      ],
    },
    {
      // Japan's answer to the Russian statement of 21 March 2022, in the Diet (House of
      // Councillors budget committee) the next day.
      id: 'kishida-unacceptable-2022',
      date: '2022-03-22',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Fumio Kishida', role: 'Prime Minister of Japan' },
      topic: 'peace-treaty',
      statement:
        'Prime Minister Fumio Kishida says the situation arises entirely from Russia’s invasion of ' +
        'Ukraine, that shifting it onto Japan–Russia relations is extremely unreasonable and totally ' +
        'unacceptable, that Japan protests strongly, and that its aim of resolving the territorial issue ' +
        'and concluding a peace treaty is unchanged.',
      quote: 'extremely unreasonable and totally unacceptable',
      original: {
        quote: 'それを日露関係に転嫁しようとする今般のロシアの対応、これは極めて不当であり、断じて受け入れることができない',
        lang: 'ja',
      },
      respondsTo: ['russia-ends-treaty-talks-2022'],
      citations: [
        {
          source: 'republic-world-2022-03-22',
          quote: 'called Russia\'s decision to stop the negotiations "extremely unreasonable and totally unacceptable.',
        },
        {
          source: 'ntv-2022-03-22',
          quote:
            'それを日露関係に転嫁しようとする今般のロシアの対応、これは極めて不当であり、断じて受け入れることができない',
        },
      ],
    },
    {
      id: 'matsuno-drills-unacceptable-2022',
      date: '2022-03-28',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Hirokazu Matsuno', role: 'Chief Cabinet Secretary of Japan' },
      topic: 'military',
      statement:
        "Japan's Chief Cabinet Secretary Hirokazu Matsuno says Russia's military build-up on the islands " +
        "is unacceptable because it goes against Japan's position on them.",
      quote:
        'Russia’s military expansion in the Northern Territories is unacceptable as it goes against our country’s position regarding those islands',
      citations: [
        {
          source: 'japan-times-2022-03-28',
          quote:
            'Russia’s military expansion in the Northern Territories is unacceptable as it goes against our country’s position regarding those islands',
        },
      ],
    },
    {
      id: 'japan-bluebook-illegally-occupied-2022',
      date: '2022-04-22',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Ministry of Foreign Affairs of Japan', role: 'Diplomatic Bluebook 2022' },
      topic: 'sovereignty',
      statement:
        "Japan's foreign ministry describes the four islands as inherent Japanese territory that Russia " +
        'illegally occupies, wording its yearly Diplomatic Bluebook had not used since 2003.',
      citations: [
        {
          source: 'yomiuri-2022-04-01',
          quote: 'states that the islands are inherent territory of Japan',
        },
        { source: 'asahi-2022-04-22' },
      ],
    },
    {
      id: 'zakharova-fishing-suspended-2022',
      date: '2022-06-07',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Maria Zakharova', role: 'Spokeswoman, Ministry of Foreign Affairs of Russia' },
      topic: 'economy-residents',
      statement:
        "Russia's foreign ministry says it is suspending the 1998 fishing agreement until Japan meets all " +
        'its financial obligations under it, as Tokyo has frozen the payments the agreement provides for.',
      quote:
        'In the current situation, we are forced to suspend the implementation of the 1998 Agreement until the Japanese side fulfills all its financial obligations',
      citations: [
        {
          source: 'reuters-2022-06-07',
          quote:
            'In the current situation, we are forced to suspend the implementation of the 1998 Agreement until the Japanese side fulfills all its financial obligations',
        },
        { source: 'nippon-com-2022-06-07' },
      ],
    },
    {
      id: 'matsuno-fishing-regret-2022',
      date: '2022-06-08',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Hirokazu Matsuno', role: 'Chief Cabinet Secretary of Japan' },
      topic: 'economy-residents',
      statement:
        "Japan's Chief Cabinet Secretary Hirokazu Matsuno regrets Russia's unilateral suspension of the " +
        'fishing agreement; he says the unpaid project funding is not a condition of the agreement.',
      quote: 'We regret that Russia unilaterally announced the suspension of the agreement',
      respondsTo: ['zakharova-fishing-suspended-2022'],
      citations: [
        {
          source: 'nippon-com-2022-06-08',
          quote: 'We regret that Russia unilaterally announced the suspension of the agreement',
        },
        { source: 'kyodo-2022-06-08', quote: 'He said the project is not a condition for continuing the agreement.' },
      ],
    },
    {
      id: 'slutsky-forced-measure-2022',
      date: '2022-09-05',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Leonid Slutsky', role: 'Chairman, International Affairs Committee of the State Duma' },
      topic: 'economy-residents',
      statement:
        'The chairman of the State Duma’s international affairs committee, Leonid Slutsky, calls the end ' +
        'of the agreements on visits to the islands a forced response to Japan’s sanctions.',
      quote: 'It is a forced measure and a very sensible for the Japanese side.',
      citations: [
        {
          source: 'tass-2022-09-05',
          quote: 'It is a forced measure and a very sensible for the Japanese side.',
        },
      ],
    },
    {
      id: 'matsuno-visits-protest-2022',
      date: '2022-09-06',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Hirokazu Matsuno', role: 'Chief Cabinet Secretary of Japan' },
      topic: 'economy-residents',
      statement:
        "Japan's Chief Cabinet Secretary Hirokazu Matsuno says Japan has protested strongly against " +
        "Russia's termination of the agreement on simplified visits to the islands.",
      quote: 'We have sent a strong protest in connection with this decision',
      citations: [
        { source: 'sputnik-2022-09-06', quote: 'We have sent a strong protest in connection with this decision' },
      ],
    },
    {
      id: 'zakharova-fishing-consultations-2023',
      date: '2023-01-29',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Maria Zakharova', role: 'Spokeswoman, Ministry of Foreign Affairs of Russia' },
      topic: 'economy-residents',
      statement:
        "Russia's foreign ministry says it cannot agree to consultations on Japanese fishing near the " +
        "islands because of Japan's restrictions against Russia.",
      citations: [
        {
          source: 'tass-2023-03-27',
          quote:
            'The Russian Foreign Ministry’s spokeswoman Maria Zakharova said on January 29 that Moscow had informed Tokyo that it could not approve the consultations on fishery in Russia’s territorial waters due to anti-Russia restrictions.',
        },
      ],
    },
    {
      id: 'kishida-grave-visits-2023',
      date: '2023-02-07',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Fumio Kishida', role: 'Prime Minister of Japan' },
      topic: 'economy-residents',
      statement:
        'Prime Minister Fumio Kishida calls the resumption of the grave visits and the other exchanges ' +
        'with the four islands one of the top priorities of relations with Russia.',
      original: {
        quote: '北方墓参を始めとした四島交流等事業の再開は、今後の日露関係の中でも最優先事項の一つであり',
        lang: 'ja',
      },
      citations: [
        {
          source: 'kantei-2023-02-07',
          quote: '北方墓参を始めとした四島交流等事業の再開は、今後の日露関係の中でも最優先事項の一つであり',
        },
      ],
    },
    {
      id: 'matsuno-fishing-consultations-2023',
      date: '2023-03-27',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Hirokazu Matsuno', role: 'Chief Cabinet Secretary of Japan' },
      topic: 'economy-residents',
      statement:
        "Japan's Chief Cabinet Secretary Hirokazu Matsuno calls Russia's refusal of the fishing " +
        'consultations unacceptable and says Japan is seeking to resume fishing under the agreement.',
      quote:
        'We consider the position of the Russian side unacceptable and we are exploring the possibilities to resume the activities under a respective agreement',
      respondsTo: ['zakharova-fishing-consultations-2023'],
      citations: [
        {
          source: 'tass-2023-03-27',
          quote:
            'We consider the position of the Russian side unacceptable and we are exploring the possibilities to resume the activities under a respective agreement',
        },
      ],
    },
    {
      id: 'shoigu-contain-2023',
      date: '2023-03-22',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Sergei Shoigu', role: 'Minister of Defence of Russia' },
      topic: 'military',
      statement:
        "Russia's Defence Minister Sergei Shoigu presents the strengthening of Russia's defences in the " +
        'east, the Bastion missiles on the Kuril chain included, as partly a response to what he calls ' +
        'US efforts to contain Russia and China.',
      quote:
        'To contain Russia and China, the United States is significantly increasing its military presence in the Asia-Pacific region',
      citations: [
        {
          source: 'reuters-2023-03-22',
          quote:
            'To contain Russia and China, the United States is significantly increasing its military presence in the Asia-Pacific region',
        },
        {
          source: 'reuters-2023-03-22',
          quote: 'Shoigu said the Bastion system would bolster Russian security around the Kuril island chain.',
        },
      ],
    },
    {
      id: 'duma-countermeasure-2023',
      date: '2023-06-20',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'State Duma of Russia', role: 'Explanatory note to the bill renaming 3 September' },
      topic: 'sovereignty',
      statement:
        'The authors of the law renaming 3 September the Day of Victory over Militarist Japan say that ' +
        'since the start of the war in Ukraine Tokyo, together with the West, has waged an unprecedented ' +
        'unfriendly campaign against Russia, and present the renaming as one of the countermeasures.',
      original: {
        quote:
          'С началом специальной военной операции на Украине Токио в координации с коллективным Западом развязал беспрецедентную для современных российско-японских отношений недружественную кампанию против нашей страны',
        lang: 'ru',
      },
      citations: [
        {
          source: 'eadaily-2023-06-20',
          quote:
            'С началом специальной военной операции на Украине Токио в координации с коллективным Западом развязал беспрецедентную для современных российско-японских отношений недружественную кампанию против нашей страны',
        },
      ],
    },
    {
      // As reported in Russia (Radio 1): the stored copies give no Japanese or English text of
      // Iwaya's words, so the claim has no quote.
      id: 'iwaya-neutrality-pact-2025',
      date: '2025-08-08',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Takeshi Iwaya', role: 'Foreign Minister of Japan' },
      topic: 'sovereignty',
      statement:
        "Japan's Foreign Minister Takeshi Iwaya says the Soviet Union's entry into the war against Japan " +
        'on 9 August 1945 was unlawful and that the southern islands are illegally occupied, as reported ' +
        'by the Russian broadcaster Radio 1.',
      citations: [
        {
          source: 'radio1-2025-08-10',
          quote:
            '8 августа министр иностранных дел Японии Такэси Иваи заявил о неправомерности вступления СССР в боевые действия против Японии 9 августа 1945 года, а также о «незаконной оккупации» южных Курильских островов.',
        },
      ],
    },
    {
      id: 'zakharova-answers-iwaya-2025',
      date: '2025-08-10',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Maria Zakharova', role: 'Spokeswoman, Ministry of Foreign Affairs of Russia' },
      topic: 'sovereignty',
      statement:
        "Russia's foreign ministry spokeswoman Maria Zakharova calls Iwaya's words inadmissible for a " +
        'statesman of his rank and says the islands passed lawfully to the Soviet Union, ' +
        "whose continuator is Russia, under the Allied Powers' post-war agreements and the UN Charter.",
      original: {
        quote:
          'Южные Курильские острова перешли к СССР, государством-продолжателем которого является Российская Федерация, на законных основаниях, закрепленных послевоенными договоренностями Союзных держав и Уставом ООН',
        lang: 'ru',
      },
      respondsTo: ['iwaya-neutrality-pact-2025'],
      citations: [
        {
          source: 'radio1-2025-08-10',
          quote:
            'Южные Курильские острова перешли к СССР, государством-продолжателем которого является Российская Федерация, на законных основаниях, закрепленных послевоенными договоренностями Союзных держав и Уставом ООН',
        },
      ],
    },
    {
      // A deputy's own account in an opinion column (Vzglyad, 21 October 2025).
      id: 'chizhov-develop-alone-2025',
      date: '2025-10-21',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Sergei Chizhov', role: 'Deputy of the State Duma of Russia' },
      topic: 'economy-residents',
      statement:
        'State Duma deputy Sergei Chizhov writes that, with the new tax breaks, Russia will develop the ' +
        'Kuril Islands on its own, no longer jointly with Japan as had been discussed since the 2000s, ' +
        'and that their prosperity may one day lead to peace with Japan.',
      original: { quote: 'Но теперь Россия будет развивать Курилы самостоятельно.', lang: 'ru' },
      citations: [{ source: 'vz-2025-10-21', quote: 'Но теперь Россия будет развивать Курилы самостоятельно.' }],
    },
    {
      id: 'takaichi-grave-visits-2026',
      date: '2026-02-07',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Sanae Takaichi', role: 'Prime Minister of Japan' },
      topic: 'economy-residents',
      statement:
        "Prime Minister Sanae Takaichi calls the resumption of the former residents' grave visits a " +
        'humanitarian matter and one of the top priorities of relations with Russia, and says Japan will ' +
        'keep pressing Russia on it.',
      original: {
        quote: '人道的な問題であり、日ロ関係の最優先事項の一つだ。ロシア側に粘り強く働きかけていく',
        lang: 'ja',
      },
      citations: [
        {
          source: 'kyodo-2026-02-07',
          quote: '人道的な問題であり、日ロ関係の最優先事項の一つだ。ロシア側に粘り強く働きかけていく',
        },
      ],
    },
    {
      id: 'takaichi-policy-unchanged-2026',
      date: '2026-02-07',
      precision: 'day',
      party: 'japan',
      speaker: { name: 'Sanae Takaichi', role: 'Prime Minister of Japan' },
      topic: 'peace-treaty',
      statement:
        'Prime Minister Sanae Takaichi says the government’s policy of resolving the question of which ' +
        'country the four islands belong to and concluding a peace treaty is unchanged.',
      original: { quote: '北方四島の帰属の問題を解決し、平和条約を締結する政府の方針に変わりはない', lang: 'ja' },
      citations: [
        { source: 'jimin-2026-02', quote: '北方四島の帰属の問題を解決し、平和条約を締結する政府の方針に変わりはない' },
      ],
    },
    {
      id: 'nozdrev-no-readiness-2026',
      date: '2026-02-11',
      precision: 'day',
      party: 'russia',
      speaker: { name: 'Nikolai Nozdrev', role: 'Ambassador of Russia to Japan' },
      topic: 'peace-treaty',
      statement:
        "Russia's ambassador to Japan, Nikolai Nozdrev, says Tokyo still shows no real readiness to change " +
        "anything for the better, which he attributes in part to Japan's territorial claims and an " +
        'unwillingness to recognise the results of the Second World War.',
      original: {
        quote:
          'Судя по риторике японских официальных лиц и содержанию публикуемых здесь программных документов, реальная готовность менять что-либо в положительную сторону у Токио по-прежнему отсутствует',
        lang: 'ru',
      },
      citations: [
        {
          source: 'ria-2026-02-12',
          quote: 'Главным условием для того, чтобы восстановить отношения с Россией, является отказ Японии от враждебного курса',
        },
        {
          source: 'ria-2026-02-11',
          quote:
            'Судя по риторике японских официальных лиц и содержанию публикуемых здесь программных документов, реальная готовность менять что-либо в положительную сторону у Токио по-прежнему отсутствует',
        },
      ],
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
  ],
};
