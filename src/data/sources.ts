import type { Source } from './schema.js';

/**
 * Every source the bundled dataset cites.
 *
 * Rules followed here:
 * - Headlines are printed as the source prints them. Where the source's own headline is not known,
 *   the headline is a short description in square brackets, e.g. `[Abe and Putin agree to resume
 *   peace treaty talks]`, so a reader can tell it is ours.
 * - `published` is given only at the precision we can defend (`'2013-04'` when only the month is
 *   known), and for the background sources only where `reference/background.md` or the stored copy
 *   of the page gives a date.
 * - `url` is given only where the full address was confirmed on a stored copy of the page (the
 *   background check mostly names a site, not a page); no address is guessed.
 * - `kind` is `article` for news reports (newspapers, news agencies, news sites, whatever the topic)
 *   and `reference` for treaty texts, government pages and transcripts, encyclopaedias and research
 *   pages.
 */
export const sources: Source[] = [
  // ---------------------------------------------------------------------------------------------
  // The five news articles (seeds).
  // ---------------------------------------------------------------------------------------------
  {
    id: 'globalpost-2013-04',
    outlet: 'GlobalPost',
    // The seed text carries no headline: descriptive title in brackets. Published during Abe's
    // Moscow visit ("who's visiting Moscow this week", photo of 29 April 2013): month precision.
    headline: '[Abe and Putin agree to resume peace treaty talks]',
    published: '2013-04',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'cnbc-2018-09',
    outlet: 'CNBC',
    headline: "Putin wants a peace treaty with Japan 'before the end of this year'",
    // Reports the Eastern Economic Forum of "Wednesday" (12 September 2018); the day of
    // publication is not printed: month precision.
    published: '2018-09',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'business-standard-2018-11',
    outlet: 'Business Standard',
    // The seed text carries no headline: descriptive title in brackets. Agency copy ("No Business
    // Standard Journalist was involved in creation of this content"); the seed does not name the
    // agency, the project brief identifies it as AFP (hence `wire`, which is metadata only). Reports
    // the Singapore meeting of Wednesday 14 November 2018; the day of publication is not printed:
    // month precision.
    headline: '[Abe tells Putin he is ready to discuss a peace treaty]',
    published: '2018-11',
    language: 'en',
    wire: 'AFP',
    kind: 'article',
  },
  {
    id: 'new-indian-express-2018-11-15',
    outlet: 'The New Indian Express',
    headline:
      'World War II finally ends: Russia and Japan to accelerate peace treaty talks stalled by island row',
    // "Published: 15th November 2018 07:16 PM", Singapore dateline. The seed does not name the
    // agency; the project brief identifies it as AFP copy (hence `wire`).
    published: '2018-11-15',
    language: 'en',
    wire: 'AFP',
    kind: 'article',
  },
  {
    id: 'breitbart-2019-01',
    outlet: 'Breitbart News',
    headline: 'Vladimir Putin, Shinzo Abe Hold Summit Seeking to Finally End WWII',
    author: 'Ben Kew',
    // Reports the summit of "Tuesday" (22 January 2019); the day of publication is not printed.
    published: '2019-01',
    language: 'en',
    kind: 'article',
  },

  // ---------------------------------------------------------------------------------------------
  // A news report used to check a date and a name the seeds leave open: CNBC says "Japan's chief
  // government spokesman" answered Putin "shortly after"; this report names Chief Cabinet Secretary
  // Yoshihide Suga and dates his answer to the same day.
  // ---------------------------------------------------------------------------------------------
  {
    id: 'japan-times-2018-09-12',
    outlet: 'The Japan Times',
    headline: "Putin suggests Russia and Japan agree to peace deal 'without any preconditions' by year's end",
    // Byline: "AFP-JIJI, Kyodo, Staff Report".
    author: 'Staff Report',
    published: '2018-09-12',
    url: 'https://www.japantimes.co.jp/news/2018/09/12/national/politics-diplomacy/putin-suggests-russia-japan-agree-peace-deal-without-preconditions-years-end/',
    language: 'en',
    wire: 'AFP-JIJI, Kyodo',
    kind: 'article',
  },

  // ---------------------------------------------------------------------------------------------
  // Sources named in reference/background.md ("verified against"), news reports and reference
  // texts alike, and a few more where noted.
  // ---------------------------------------------------------------------------------------------
  {
    id: 'mofa-japan-northern-territories-info',
    outlet: 'Ministry of Foreign Affairs of Japan',
    headline: 'Information about the Northern Territories',
    url: 'https://www.mofa.go.jp/erp/rss/northern/page1we_000017.html',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'mofa-japan-territory',
    outlet: 'Ministry of Foreign Affairs of Japan',
    // background.md names it only as the ministry's "territory page".
    headline: "[Japan's territory page on the Northern Territories]",
    url: 'https://www.mofa.go.jp/region/europe/russia/territory/index.html',
    language: 'en',
    kind: 'reference',
  },
  {
    // Not in background.md: Japan's own statement of two positions the dataset attributes to it
    // (the four islands are not among the Kurile Islands renounced in 1951; the Soviet "invasion of
    // the Kurile Islands" began on 18 August 1945).
    id: 'mofa-japan-northern-territories-qa',
    outlet: 'Ministry of Foreign Affairs of Japan',
    headline: 'Northern Territories Issue Q&A',
    url: 'https://www.mofa.go.jp/policy/q_a/faq11.html',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'mofa-japan-irkutsk-outline',
    outlet: 'Ministry of Foreign Affairs of Japan',
    headline: 'Japan-Russia Summit Meeting in Irkutsk (Outline)',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'hoppou-islands-outline',
    outlet: 'Cabinet Office of Japan (hoppou.go.jp)',
    headline: 'Islands of the Northern Territories',
    url: 'https://www.hoppou.go.jp/en/problem-info/know/islands-outline.html',
    language: 'en',
    kind: 'reference',
  },
  {
    // Not in background.md: the per-island population estimate (January 2018) that background.md's
    // district-level figures cannot give.
    id: 'hoppou-what-kind-of-place',
    outlet: 'Cabinet Office of Japan (hoppou.go.jp)',
    headline: 'What are the Northern Territories like?',
    url: 'https://www.hoppou.go.jp/en/problem-info/kyozai/what-kind-of-place.html',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'hokkaido-prefecture-northern-territories',
    outlet: 'Hokkaido Prefecture',
    headline: 'What are the Northern Territories?',
    url: 'http://www.pref.hokkaido.lg.jp/sm/hrt/hp-en/nani-en.htm',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'cabinet-secretariat-basic-understanding',
    outlet: 'Cabinet Secretariat of Japan',
    headline: 'Basic Understanding of the Northern Territories Issue',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'kantei-national-rally-2012',
    outlet: "Prime Minister's Office of Japan (Kantei)",
    headline: '[Page on the 2012 National Rally for the return of the islands]',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'weten-northern-territories-day',
    outlet: 'weten.site',
    headline: '[Calendar entry for 7 February (designated 1981)]',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'mainichi-2019-02-08',
    outlet: 'The Mainichi',
    headline: '[Report on the 7 February 2019 rally in Tokyo]',
    published: '2019-02-08',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'asahi-2019-02-08',
    outlet: 'The Asahi Shimbun',
    headline: '[Report on the 7 February 2019 rally in Tokyo]',
    published: '2019-02-08',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'wikipedia-kuril-islands-dispute',
    outlet: 'Wikipedia (copy at liquisearch.com)',
    headline: 'Kuril Islands dispute',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'wikipedia-kuril-islands',
    outlet: 'Wikipedia (Kiwix copy, 2020)',
    headline: 'Kuril Islands',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'wikipedia-treaty-of-shimoda',
    outlet: 'Wikipedia',
    headline: 'Treaty of Shimoda',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'wikipedia-treaty-of-saint-petersburg-1875',
    outlet: 'Wikipedia',
    headline: 'Treaty of Saint Petersburg (1875)',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'sputnik-2009-timeline',
    outlet: 'Sputnik',
    headline: '[Timeline of the dispute over the islands]',
    published: '2009',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'wikipedia-battle-of-shumshu',
    outlet: 'Wikipedia',
    headline: 'Battle of Shumshu',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'cs-monitor-1995-yalta',
    outlet: 'The Christian Science Monitor',
    headline: 'Agreements at Yalta',
    published: '1995',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'yalta-protocol-text',
    outlet: 'US Department of State (text at perno.com)',
    headline: '[Text of the protocol of the Crimea (Yalta) Conference]',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'japan-times-2004-border',
    outlet: 'The Japan Times',
    headline: 'Repeated treaties kept border in state of flux',
    published: '2004',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'kuril-info-occupation',
    outlet: 'kuril.info',
    headline: 'Occupation',
    url: 'https://kuril.info/occupation/',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'treaty-san-francisco-1951',
    outlet: 'Treaty text (vcn.bc.ca)',
    headline: 'Treaty of Peace with Japan (San Francisco, 8 September 1951)',
    published: '1951-09-08',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'spf-four-northern-islands',
    outlet: 'Sasakawa Peace Foundation, Island Studies',
    headline: 'The Four Northern Islands and the San Francisco Peace Treaty',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'wikipedia-joint-declaration-1956',
    outlet: 'Wikipedia',
    headline: 'Soviet–Japanese Joint Declaration of 1956',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'oreanda-declaration-1956',
    outlet: 'Oreanda News',
    headline: '[Summary of the 1956 Soviet–Japanese Joint Declaration]',
    language: 'ru',
    kind: 'article',
  },
  {
    id: 'grips-tokyo-declaration-1993',
    outlet: 'The World and Japan database (GRIPS / University of Tokyo)',
    headline: '[Text of the Tokyo Declaration of 13 October 1993]',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'bloomberg-2013-04',
    outlet: 'Bloomberg',
    headline: "[Report on Abe's visit to Moscow]",
    published: '2013-04',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'upi-2013-04-29',
    outlet: 'UPI',
    headline: 'Russia, Japan to seek WWII peace treaty',
    published: '2013-04-29',
    url: 'https://www.upi.com/Top_News/World-News/2013/04/29/Russia-Japan-to-seek-WWII-peace-treaty/UPI-78531367283955/?rel=79331367846165',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'dw-2016-12-15',
    outlet: 'Deutsche Welle',
    headline: "[Report on Putin's visit to Nagato]",
    published: '2016-12-15',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'sputnik-iturup-combat-jets',
    outlet: 'Sputnik (copy at 1newsday.com)',
    headline: 'Russia to Deploy Combat Jets on Kuril Island of Iturup',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'nhub-news-2018',
    outlet: 'nhub.news',
    headline: "[Report on the decree opening Iturup's civilian airport to military jets]",
    published: '2018',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'sputnik-2018-03-28',
    outlet: 'Sputnik',
    headline: '[Report on Su-35 fighters at Iturup]',
    published: '2018-03-28',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'sputnik-2018-08-06',
    outlet: 'Sputnik',
    headline: '[Report on Su-35 fighters at Iturup]',
    published: '2018-08-06',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'nhub-news-2018-08',
    outlet: 'nhub.news',
    headline: "[Report on the 2+2 talks in Moscow (Reuters / The Diplomat)]",
    published: '2018-08',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'atynews-2018-08-08',
    outlet: 'atynews',
    headline: "[Report on Japan's request at the 2+2 talks]",
    published: '2018-08-08',
    language: 'en',
    kind: 'article',
  },
  {
    // Not in background.md: the Kremlin's own transcript of the Singapore meeting, which shows
    // Putin's opening remarks before Abe's (Business Standard calls Putin's words "his response to
    // Abe"). The same transcript in Russian is copied at russiajapansociety.ru/?p=7801.
    id: 'kremlin-singapore-2018-11-14',
    outlet: 'President of Russia (kremlin.ru)',
    headline: '[Transcript of the meeting with Prime Minister of Japan Shinzo Abe, Singapore, 14 November 2018]',
    url: 'http://en.kremlin.ru/events/president/transcripts/59125/print',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'nikkei-asia-buenos-aires-2018',
    outlet: 'Nikkei Asia',
    headline: '[Report on the Abe–Putin meeting in Buenos Aires]',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'tass-2018-11-28',
    outlet: 'TASS',
    headline: '[Report on the new format of the peace treaty talks]',
    published: '2018-11-28',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'mid-lavrov-2019-01-14',
    outlet: 'Ministry of Foreign Affairs of Russia (transcript, copy at thesaker.is)',
    headline:
      'Foreign Minister Sergey Lavrov’s statement and answers to media questions at a news conference following talks with Foreign Minister of Japan Taro Kono, Moscow, January 14, 2019',
    published: '2019-01-14',
    url: 'http://thesaker.is/lavrovs-statement-following-talks-with-foreign-minister-of-japan/',
    language: 'en',
    kind: 'reference',
  },
  {
    // Confirms the date of the Moscow summit that Breitbart dates only as "Tuesday".
    id: 'interfax-2019-01-14',
    outlet: 'Interfax',
    headline: 'Putin, Abe to discuss Russia-Japan peace treaty in Moscow on Jan 22',
    published: '2019-01-14',
    url: 'https://interfax.com/newsroom/top-stories/21628/',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'jiji-2019-02-17',
    outlet: 'The Daily Manila Shimbun',
    headline: '[Report on the Kono–Lavrov talks in Munich]',
    published: '2019-02-17',
    language: 'en',
    wire: 'Jiji Press',
    kind: 'article',
  },
  {
    id: 'news-az-2019-05-31',
    outlet: 'News.az',
    headline: '[Report on plans for an Abe–Putin meeting at the Osaka G20]',
    published: '2019-05-31',
    language: 'en',
    wire: 'TASS',
    kind: 'article',
  },
  {
    id: 'reuters-2019-06-29',
    outlet: 'Reuters',
    headline: '[Photo caption: Putin and Abe meet at the G20 summit in Osaka]',
    published: '2019-06-29',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'reuters-2020-03',
    outlet: 'Reuters',
    headline: "[Report on Putin's proposed constitutional amendments]",
    published: '2020-03',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'politekspert-article-67',
    outlet: 'Politekspert (copy at kxan36.ru)',
    headline: '[On the Article 67 amendment to the Russian constitution]',
    language: 'ru',
    kind: 'article',
  },
  {
    // Not in background.md: the text of Article 67(2.1) as amended in 2020, for the exception the
    // news reports leave out (delimitation and demarcation of the border are not banned).
    id: 'constitution-russia-article-67',
    outlet: 'Constitution of the Russian Federation (text at konstitutsiia.ru)',
    headline: 'Статья 67 Конституции России',
    url: 'https://konstitutsiia.ru/67',
    language: 'ru',
    kind: 'reference',
  },
  {
    id: 'japan-today-2022-03-21',
    outlet: 'Japan Today',
    headline: 'UPDATE2: Russia to halt peace treaty talks with Japan over sanctions',
    published: '2022-03-21',
    url: 'https://japantoday.com/category/politics/update2-russia-to-halt-peace-treaty-talks-with-japan-over-sanctions',
    language: 'en',
    kind: 'article',
  },
  {
    id: 'nippon-com-2022-03-22',
    outlet: 'Nippon.com',
    headline: '[Russia halts peace treaty talks with Japan]',
    published: '2022-03-22',
    url: 'https://www.nippon.com/en/news/yjj2022032200163/russia-halts-peace-treaty-talks-with-japan.html',
    language: 'en',
    wire: 'Jiji Press',
    kind: 'article',
  },
];
