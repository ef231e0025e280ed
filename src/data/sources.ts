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
 * - The outlet is always the original publisher (the ministry, the outlet, the treaty). Where the
 *   text was read on a copy (a mirror, an aggregator, a reprint), the copy is named in `seenAt`,
 *   with its address, and never instead of the original.
 * - `kind` (shown to readers): `official` for governments, ministries, parliaments, official
 *   gazettes and the texts of treaties and laws; `news-agency` for wire services; `newspaper` for
 *   newspapers, broadcasters and news sites; `reference` for encyclopaedias, libraries and
 *   databases; `analysis` for research and opinion.
 * - src/data/REVIEW.md records which stored copy each source was checked against.
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
    kind: 'newspaper',
  },
  {
    id: 'cnbc-2018-09',
    outlet: 'CNBC',
    headline: "Putin wants a peace treaty with Japan 'before the end of this year'",
    // Reports the Eastern Economic Forum of "Wednesday" (12 September 2018); the day of
    // publication is not printed: month precision.
    published: '2018-09',
    language: 'en',
    kind: 'newspaper',
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
    kind: 'newspaper',
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
    kind: 'newspaper',
  },
  {
    id: 'breitbart-2019-01',
    outlet: 'Breitbart News',
    headline: 'Vladimir Putin, Shinzo Abe Hold Summit Seeking to Finally End WWII',
    author: 'Ben Kew',
    // Reports the summit of "Tuesday" (22 January 2019); the day of publication is not printed.
    published: '2019-01',
    language: 'en',
    kind: 'newspaper',
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
    kind: 'newspaper',
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
    kind: 'official',
  },
  {
    id: 'mofa-japan-territory',
    outlet: 'Ministry of Foreign Affairs of Japan',
    // background.md names it only as the ministry's "territory page".
    headline: "[Japan's territory page on the Northern Territories]",
    url: 'https://www.mofa.go.jp/region/europe/russia/territory/index.html',
    language: 'en',
    kind: 'official',
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
    kind: 'official',
  },
  {
    id: 'mofa-japan-irkutsk-outline',
    outlet: 'Ministry of Foreign Affairs of Japan',
    headline: 'Japan-Russia Summit Meeting in Irkutsk (Outline)',
    language: 'en',
    kind: 'official',
  },
  {
    id: 'hoppou-islands-outline',
    outlet: 'Cabinet Office of Japan (hoppou.go.jp)',
    headline: 'Islands of the Northern Territories',
    url: 'https://www.hoppou.go.jp/en/problem-info/know/islands-outline.html',
    language: 'en',
    kind: 'official',
  },
  {
    // Not in background.md: the per-island population estimate (January 2018) that background.md's
    // district-level figures cannot give.
    id: 'hoppou-what-kind-of-place',
    outlet: 'Cabinet Office of Japan (hoppou.go.jp)',
    headline: 'What are the Northern Territories like?',
    url: 'https://www.hoppou.go.jp/en/problem-info/kyozai/what-kind-of-place.html',
    language: 'en',
    kind: 'official',
  },
  {
    id: 'hokkaido-prefecture-northern-territories',
    outlet: 'Hokkaido Prefecture',
    headline: 'What are the Northern Territories?',
    url: 'http://www.pref.hokkaido.lg.jp/sm/hrt/hp-en/nani-en.htm',
    language: 'en',
    kind: 'official',
  },
  {
    id: 'cabinet-secretariat-basic-understanding',
    outlet: 'Cabinet Secretariat of Japan',
    headline: 'Basic Understanding of the Northern Territories Issue',
    language: 'en',
    kind: 'official',
  },
  {
    id: 'kantei-national-rally-2012',
    outlet: "Prime Minister's Office of Japan (Kantei)",
    headline: '[Page on the 2012 National Rally for the return of the islands]',
    language: 'en',
    kind: 'official',
  },
  {
    // The Japanese edition's report of the day (replaces the undated English report cited before).
    id: 'mainichi-2019-02-07',
    outlet: '毎日新聞 (The Mainichi)',
    headline: '北方領土の日 「不法に占拠」盛り込まず 返還要求全国大会',
    published: '2019-02-07',
    url: 'https://mainichi.jp/articles/20190207/k00/00m/010/196000c',
    language: 'ja',
    kind: 'newspaper',
  },
  {
    id: 'asahi-2019-02-08',
    outlet: 'The Asahi Shimbun',
    headline: '[Report on the 7 February 2019 rally in Tokyo]',
    published: '2019-02-08',
    language: 'en',
    kind: 'newspaper',
  },
  {
    id: 'wikipedia-kuril-islands-dispute',
    outlet: 'Wikipedia',
    headline: 'Kuril Islands dispute',
    language: 'en',
    seenAt: { outlet: 'LiquiSearch (copy)', url: 'https://liquisearch.com/kuril_islands_dispute' },
    kind: 'reference',
  },
  {
    id: 'wikipedia-kuril-islands',
    outlet: 'Wikipedia',
    headline: 'Kuril Islands',
    language: 'en',
    seenAt: { outlet: 'Kiwix offline copy (2020)' },
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
    url: 'https://en.wikipedia.org/wiki/Treaty_of_Saint_Petersburg_(1875)',
    language: 'en',
    kind: 'reference',
  },
  {
    id: 'sputnik-2009-timeline',
    outlet: 'Sputnik',
    headline: '[Timeline of the dispute over the islands]',
    published: '2009',
    language: 'en',
    kind: 'news-agency',
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
    kind: 'newspaper',
  },
  {
    // The agreements as the State Department released them on 24 March (1947: the copy at
    // originalsources.com prints "For the press March 24, 1947 No. 239"). Read at perno.com.
    id: 'yalta-protocol-text',
    outlet: 'US Department of State',
    headline: 'Protocol of Proceedings of Crimea Conference',
    published: '1947-03-24',
    language: 'en',
    seenAt: { outlet: 'perno.com (copy)', url: 'http://perno.com/amer/docs/The%20Yalta%20Conference.htm' },
    kind: 'official',
  },
  {
    id: 'japan-times-2004-border',
    outlet: 'The Japan Times',
    headline: 'Repeated treaties kept border in state of flux',
    published: '2004',
    language: 'en',
    kind: 'newspaper',
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
    outlet: 'Treaty of Peace with Japan (treaty text)',
    headline: 'Treaty of Peace with Japan (San Francisco, 8 September 1951)',
    published: '1951-09-08',
    language: 'en',
    seenAt: { outlet: 'vcn.bc.ca (copy)' },
    kind: 'official',
  },
  {
    id: 'spf-four-northern-islands',
    outlet: 'Sasakawa Peace Foundation, Island Studies',
    headline: 'The Four Northern Islands and the San Francisco Peace Treaty',
    language: 'en',
    kind: 'analysis',
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
    kind: 'news-agency',
  },
  {
    id: 'grips-tokyo-declaration-1993',
    outlet: 'Tokyo Declaration on Japan-Russia Relations (text)',
    headline: 'Tokyo Declaration on Japan-Russia Relations, 13 October 1993',
    published: '1993-10-13',
    language: 'en',
    seenAt: { outlet: 'The World and Japan database (GRIPS / University of Tokyo)' },
    kind: 'official',
  },
  {
    id: 'bloomberg-2013-04',
    outlet: 'Bloomberg',
    headline: "[Report on Abe's visit to Moscow]",
    published: '2013-04',
    language: 'en',
    kind: 'news-agency',
  },
  {
    id: 'upi-2013-04-29',
    outlet: 'UPI',
    headline: 'Russia, Japan to seek WWII peace treaty',
    published: '2013-04-29',
    url: 'https://www.upi.com/Top_News/World-News/2013/04/29/Russia-Japan-to-seek-WWII-peace-treaty/UPI-78531367283955/?rel=79331367846165',
    language: 'en',
    kind: 'news-agency',
  },
  {
    // The leaders' joint statement as the editorial reports it: "67 years after the end of World
    // War II" (GlobalPost's "almost 68 years" is its own count).
    id: 'japan-times-2013-05-01',
    outlet: 'The Japan Times',
    headline: '[Editorial: Toward a Japan-Russia peace treaty]',
    published: '2013-05-01',
    url: 'https://www.japantimes.co.jp/opinion/2013/05/01/editorials/toward-a-japan-russia-peace-treaty/',
    language: 'en',
    kind: 'analysis',
  },
  {
    // AFP's report of the Moscow summit, with Abe's words "through a translator".
    id: 'hurriyet-afp-2013-04-29',
    outlet: 'Hürriyet Daily News',
    headline: 'Russia, Japan to reopen talks on islands dispute',
    published: '2013-04',
    url: 'http://www.hurriyetdailynews.com/russia-japan-to-reopen-talks-on-islands-dispute-45835',
    language: 'en',
    wire: 'AFP',
    kind: 'newspaper',
  },
  {
    id: 'dw-2016-12-15',
    outlet: 'Deutsche Welle',
    headline: 'Abe welcomes Putin in his home city of Nagato',
    published: '2016-12-15',
    url: 'https://amp.dw.com/en/abe-welcomes-putin-in-his-home-city-of-nagato/a-36776730',
    language: 'en',
    kind: 'newspaper',
  },
  {
    // The copy names its source ("Sourse: sputniknews.com") but prints no date; it reports the
    // airport decree published on 1 February 2018.
    id: 'sputnik-iturup-combat-jets',
    outlet: 'Sputnik',
    headline: 'Russia to Deploy Combat Jets on Kuril Island of Iturup',
    language: 'en',
    seenAt: {
      outlet: '1newsday.com (copy)',
      url: 'https://1newsday.com/world/russia-to-deploy-combat-jets-on-kuril-island-of-iturup.html',
    },
    kind: 'news-agency',
  },
  {
    id: 'sputnik-2018-03-28',
    outlet: 'Sputnik',
    headline: '[Report on Su-35 fighters at Iturup]',
    published: '2018-03-28',
    language: 'en',
    kind: 'news-agency',
  },
  {
    id: 'sputnik-2018-08-06',
    outlet: 'Sputnik',
    headline: '[Report on Su-35 fighters at Iturup]',
    published: '2018-08-06',
    language: 'en',
    kind: 'news-agency',
  },
  {
    // The Diplomat's article, read at nhub.news; another copy (kurilislands.space) gives its
    // title and names The Diplomat.
    id: 'nhub-news-2018-08',
    outlet: 'The Diplomat',
    headline: 'Japan Asks Russia To Reduce Militarization Of Disputed Kuril Islands',
    published: '2018-08',
    language: 'en',
    seenAt: {
      outlet: 'nhub.news (copy)',
      url: 'http://nhub.news/2018/08/japan-asks-russia-to-reduce-militarization-of-disputed-kuril-islands',
    },
    kind: 'newspaper',
  },
  {
    // Replaces the aggregator copy (atynews) cited before.
    id: 'reuters-2018-07-31',
    outlet: 'Reuters',
    headline: 'Japan says asked Russia to reduce its military activity on disputed islands',
    author: 'Reuters Staff',
    published: '2018-07-31',
    url: 'https://www.reuters.com/article/russia-japan-islands/japan-says-asked-russia-to-reduce-its-military-activity-on-disputed-islands-idUSL5N1UR7C9',
    language: 'en',
    kind: 'news-agency',
  },
  {
    // Not in background.md: the Kremlin's own transcript of the Singapore meeting, which shows
    // Putin's opening remarks before Abe's (Business Standard calls Putin's words "his response to
    // Abe"). The same transcript in Russian is copied at russiajapansociety.ru/?p=7801.
    id: 'kremlin-singapore-2018-11-14',
    outlet: 'President of Russia (kremlin.ru)',
    headline: '[Transcript of the meeting with Prime Minister of Japan Shinzo Abe, Singapore, 14 November 2018]',
    published: '2018-11-14',
    url: 'http://en.kremlin.ru/events/president/transcripts/59125/print',
    language: 'en',
    kind: 'official',
  },
  {
    // The same transcript in Russian, as the Kremlin published it; read on the copy of the
    // Russia-Japan Society, which reproduces the Kremlin's text.
    id: 'kremlin-singapore-2018-11-14-ru',
    outlet: 'Президент России (kremlin.ru)',
    headline: '[Стенограмма встречи с Премьер-министром Японии Синдзо Абэ, Сингапур, 14 ноября 2018 года]',
    published: '2018-11-14',
    language: 'ru',
    kind: 'official',
    seenAt: { outlet: 'Общество «Россия – Япония» (copy)', url: 'https://russiajapansociety.ru/?p=7801' },
  },
  {
    id: 'nikkei-asia-buenos-aires-2018',
    outlet: 'Nikkei Asia',
    headline: 'Abe and Putin designate negotiators for peace treaty and islands',
    published: '2018-12',
    url: 'https://asia.nikkei.com/Politics/International-relations/Abe-and-Putin-designate-negotiators-for-peace-treaty-and-islands',
    language: 'en',
    kind: 'newspaper',
  },
  {
    id: 'tass-2018-11-28',
    outlet: 'TASS',
    headline: '[Report on the new format of the peace treaty talks]',
    published: '2018-11-28',
    language: 'en',
    kind: 'news-agency',
  },
  {
    id: 'mid-lavrov-2019-01-14',
    outlet: 'Ministry of Foreign Affairs of Russia',
    headline:
      'Foreign Minister Sergey Lavrov’s statement and answers to media questions at a news conference following talks with Foreign Minister of Japan Taro Kono, Moscow, January 14, 2019',
    published: '2019-01-14',
    language: 'en',
    seenAt: {
      outlet: 'thesaker.is (copy)',
      url: 'http://thesaker.is/lavrovs-statement-following-talks-with-foreign-minister-of-japan/',
    },
    kind: 'official',
  },
  {
    // Confirms the date of the Moscow summit that Breitbart dates only as "Tuesday".
    id: 'interfax-2019-01-14',
    outlet: 'Interfax',
    headline: 'Putin, Abe to discuss Russia-Japan peace treaty in Moscow on Jan 22',
    published: '2019-01-14',
    url: 'https://interfax.com/newsroom/top-stories/21628/',
    language: 'en',
    kind: 'news-agency',
  },
  {
    id: 'jiji-2019-02-17',
    outlet: 'The Daily Manila Shimbun',
    headline: '[Report on the Kono–Lavrov talks in Munich]',
    published: '2019-02-17',
    language: 'en',
    wire: 'Jiji Press',
    kind: 'newspaper',
  },
  {
    id: 'news-az-2019-05-31',
    outlet: 'News.az',
    headline: '[Report on plans for an Abe–Putin meeting at the Osaka G20]',
    published: '2019-05-31',
    language: 'en',
    wire: 'TASS',
    kind: 'newspaper',
  },
  {
    id: 'reuters-2019-06-29',
    outlet: 'Reuters',
    headline: '[Photo caption: Putin and Abe meet at the G20 summit in Osaka]',
    published: '2019-06-29',
    language: 'en',
    kind: 'news-agency',
  },
  {
    id: 'reuters-2020-03',
    outlet: 'Reuters',
    headline: 'Putin wants constitutional ban on Russia handing land to foreign powers',
    published: '2020-03',
    url: 'https://www.reuters.com/article/us-russia-putin-territory/putin-wants-constitutional-ban-on-russia-handing-land-to-foreign-powers-idUSKBN20Q1DE',
    language: 'en',
    kind: 'news-agency',
  },
  {
    // Not in background.md: the text of Article 67(2.1) as amended in 2020, for the exception the
    // news reports leave out (delimitation and demarcation of the border are not banned).
    id: 'constitution-russia-article-67',
    outlet: 'Constitution of the Russian Federation',
    headline: 'Статья 67 Конституции России',
    language: 'ru',
    seenAt: { outlet: 'konstitutsiia.ru (copy)', url: 'https://konstitutsiia.ru/67' },
    kind: 'official',
  },
  {
    id: 'japan-today-2022-03-21',
    outlet: 'Japan Today',
    headline: 'UPDATE2: Russia to halt peace treaty talks with Japan over sanctions',
    published: '2022-03-21',
    url: 'https://japantoday.com/category/politics/update2-russia-to-halt-peace-treaty-talks-with-japan-over-sanctions',
    language: 'en',
    kind: 'newspaper',
  },
  {
    id: 'nippon-com-2022-03-22',
    outlet: 'Nippon.com',
    headline: '[Russia halts peace treaty talks with Japan]',
    published: '2022-03-22',
    url: 'https://www.nippon.com/en/news/yjj2022032200163/russia-halts-peace-treaty-talks-with-japan.html',
    language: 'en',
    wire: 'Jiji Press',
    kind: 'newspaper',
  },

  // ---------------------------------------------------------------------------------------------
  // Sources checked in the review of December 2026 (issue 10): corrections of dates and facts,
  // Russian and Japanese originals of quotes, and developments from March 2022 on.
  // ---------------------------------------------------------------------------------------------
  {
    id: 'prlib-treaty-1875',
    outlet: 'Presidential Library (prlib.ru)',
    headline: 'Treaty of 1875 between Russia and Japan on territories exchange',
    url: 'https://www.prlib.ru/en/history/619225',
    language: 'en',
    kind: 'reference',
  },
  {
    // "On Tuesday the Russian government assigned a dual civilian-military role to Iturup
    // Airport": the Tuesday before publication (Saturday 3 February 2018) is 30 January 2018.
    id: 'japan-times-2018-02-03',
    outlet: 'The Japan Times',
    headline: '[Report on the dual civilian-military role of Iturup Airport]',
    published: '2018-02-03',
    url: 'https://www.japantimes.co.jp/news/2018/02/03/national/hopes-wither-world-war-ii-peace-treaty-russian-military-muscles-onto-kurils/',
    language: 'en',
    kind: 'newspaper',
  },
  {
    // "published on the Russian official legal information website on Thursday": Thursday
    // 1 February 2018.
    id: 'sputnik-2018-02-02',
    outlet: 'Sputnik',
    headline: "[Report on Japan's reaction to the decree on Iturup's airport]",
    published: '2018-02-02',
    url: 'https://sputnikglobe.com/amp/20180202/japan-russia-aviation-iturup-1061307848.html',
    language: 'en',
    kind: 'news-agency',
  },
  {
    // Radio Free Europe/Radio Liberty's report, read as reprinted by WorldTribune ("Special to
    // WorldTribune.com, Radio Free Europe / Radio Liberty").
    id: 'rferl-2016-11-missiles',
    outlet: 'Radio Free Europe/Radio Liberty',
    headline: 'Russia deploys coastal missile systems on disputed Kurile Islands',
    published: '2016-11',
    language: 'en',
    kind: 'newspaper',
    seenAt: {
      outlet: 'WorldTribune (reprint)',
      url: 'https://www.worldtribune.com/russia-deploys-coastal-missile-systems-on-disputed-kurile-islands/',
    },
  },
  {
    id: 'interfax-2018-08-07',
    outlet: 'Interfax',
    headline: "Deployment of fighter jets on Iturup strengthens Russia's defense capacity - Kuril district authorities",
    published: '2018-08-07',
    url: 'https://interfax.com/newsroom/top-stories/23171/',
    language: 'en',
    kind: 'news-agency',
  },
  {
    id: 'breitbart-2019-01-17',
    outlet: 'Breitbart News',
    headline: 'Japan Protests Russian Detention of Fishing Boats near Disputed Islands',
    published: '2019-01-17',
    url: 'https://www.breitbart.com/national-security/2019/01/17/japan-protests-russian-detention-fishing-boats-disputed-islands/',
    language: 'en',
    kind: 'newspaper',
  },
  {
    // A report of 30 January 2019 ("утром 30 января") that dates Japan's protest to 17 January.
    id: 'rt-2019-01-30',
    outlet: 'RT',
    headline: 'Пограничники задержали японское судно в Приморье',
    published: '2019-01',
    url: 'https://russian.rt.com/russia/news/598732-pogranichniki-yaponskoe-sudno',
    language: 'ru',
    kind: 'newspaper',
  },
  {
    // The FSB Border Directorate's account of 7 January 2019, as reported by PortNews.
    id: 'portnews-2019-01',
    outlet: 'PortNews',
    headline: '[Report on the Japanese fishing boats inspected in the Kunashir Strait on 7 January 2019]',
    published: '2019-01',
    url: 'https://portnews.ru/news/270858',
    language: 'ru',
    kind: 'newspaper',
  },
  {
    // Reports Peskov's words on the VGTRK programme (the broadcast itself is not stored).
    id: 'novostnoi-2018-11-18',
    outlet: 'Новостной',
    headline: 'В Кремле исключили автоматическую передачу Курил Японии',
    published: '2018-11-18',
    url: 'http://novostnoi.ru/mir/18/11/2018/v_kremle_isklyuchili_avtomaticheskuyu_peredachu_kuril_yaponii.html',
    language: 'ru',
    kind: 'newspaper',
  },
  {
    id: 'rg-2019-01-16',
    outlet: 'Российская газета',
    headline: '[Лавров: требования Японии о возврате Курил противоречат Уставу ООН]',
    published: '2019-01-16',
    url: 'https://rg.ru/2019/01/16/lavrov-trebovaniia-iaponii-o-vozvrate-kuril-protivorechat-ustavu-oon.html',
    language: 'ru',
    kind: 'newspaper',
  },
  {
    // Reports Lavrov's words after the talks with Kono in Russian, citing TASS.
    id: 'focus-2019-01-14',
    outlet: 'Фокус',
    headline: 'Лавров заявил, что суверенитет РФ над Курильскими островами не обсуждается',
    published: '2019-01-14',
    url: 'https://focus.ua/world/417591/',
    language: 'ru',
    wire: 'TASS',
    kind: 'newspaper',
  },
  {
    id: 'japan-times-2019-12-18',
    outlet: 'The Japan Times',
    headline: '[Russia seizes five Japanese fishing boats off Hokkaido]',
    published: '2019-12-18',
    url: 'https://www.japantimes.co.jp/news/2019/12/18/national/russia-seizes-five-japan-fishing-boats-hokkaido/',
    language: 'en',
    wire: 'Kyodo',
    kind: 'newspaper',
  },
  {
    id: 'yomiuri-2022-03-10',
    outlet: 'The Japan News (The Yomiuri Shimbun)',
    headline: 'Japan raps Russia over tax-free zones on N-isles',
    published: '2022-03-10',
    url: 'https://japannews.yomiuri.co.jp/politics/politics-government/20220310-14521',
    language: 'en',
    wire: 'Jiji Press',
    kind: 'newspaper',
  },
  {
    id: 'life-2022-03-21',
    outlet: 'Life',
    headline: 'МИД: Россия отказывается от переговоров по мирному договору с Японией',
    published: '2022-03-21',
    url: 'https://life.ru/p/1480813',
    language: 'ru',
    kind: 'newspaper',
  },
  {
    id: 'nakanune-2022-03-21',
    outlet: 'Накануне.RU',
    headline: 'Россия прекращает переговоры с Японией по мирному договору',
    published: '2022-03-21',
    url: 'http://pda.nakanune.ru/news/2022/3/21/22648645',
    language: 'ru',
    kind: 'newspaper',
  },
  {
    id: 'ntv-2022-03-22',
    outlet: '日テレNEWS',
    headline: '岸田首相“平和条約交渉中断”「極めて不当」 外務次官、駐日ロシア大使呼び出し抗議',
    published: '2022-03-22',
    url: 'https://news.ntv.co.jp/category/politics/085b022fdc264c6dae14a513fa5e8942',
    language: 'ja',
    kind: 'newspaper',
  },
  {
    id: 'republic-world-2022-03-22',
    outlet: 'Republic World',
    headline: "[Japan PM Fumio Kishida calls Russia's decision to scrap peace treaty talks unacceptable]",
    published: '2022-03-22',
    url: 'https://www.republicworld.com/world-news/russia-ukraine-crisis/japan-pm-fumio-kishida-calls-russias-decision-to-scrap-peace-treaty-talks-unacceptable-articleshow.html',
    language: 'en',
    wire: 'Kyodo',
    kind: 'newspaper',
  },
  {
    id: 'japan-times-2022-03-28',
    outlet: 'The Japan Times',
    headline: '[Japan protests Russian military drills on the islands]',
    published: '2022-03-28',
    url: 'https://www.japantimes.co.jp/news/2022/03/28/national/japan-russia-military-drills-northern-territories/',
    language: 'en',
    kind: 'newspaper',
  },
  {
    id: 'yomiuri-2022-04-01',
    outlet: 'The Japan News (The Yomiuri Shimbun)',
    headline: 'Isles illegally occupied by Russia: draft report',
    published: '2022-04-01',
    url: 'https://japannews.yomiuri.co.jp/politics/defense-security/20220401-17385/',
    language: 'en',
    wire: 'Jiji Press',
    kind: 'newspaper',
  },
  {
    id: 'asahi-2022-04-22',
    outlet: 'The Asahi Shimbun',
    headline: "[This year's Diplomatic Bluebook returns to criticizing Russia over the islands]",
    published: '2022-04-22',
    url: 'https://ajw-origin.potaufeu.asahi.com/ajw/articles/14604931',
    language: 'en',
    kind: 'newspaper',
  },
  {
    id: 'nippon-com-2022-06-07',
    outlet: 'Nippon.com',
    headline: '[Russia suspends fisheries agreement with Japan]',
    published: '2022-06-07',
    url: 'https://www.nippon.com/en/news/yjj2022060701155/russia-suspends-fisheries-agreement-with-japan.html',
    language: 'en',
    wire: 'Jiji Press',
    kind: 'newspaper',
  },
  {
    // Reuters' report, read on Devdiscourse ("Reuters | Updated: 07-06-2022").
    id: 'reuters-2022-06-07',
    outlet: 'Reuters',
    headline: 'Russia suspends agreement with Japan on fishing near disputed islands',
    published: '2022-06-07',
    language: 'en',
    kind: 'news-agency',
    seenAt: {
      outlet: 'Devdiscourse (copy)',
      url: 'https://www.devdiscourse.com/article/law-order/2064604-russia-suspends-agreement-with-japan-on-fishing-near-disputed-islands',
    },
  },
  {
    id: 'nippon-com-2022-06-08',
    outlet: 'Nippon.com',
    headline: 'Japan lodges protest against Russia for suspending safe fishing pact',
    published: '2022-06-08',
    url: 'https://www.nippon.com/en/news/kd907146740761624576/japan-lodges-protest-against-russia-for-suspending-safe-fishing-pact.html',
    language: 'en',
    wire: 'Kyodo',
    kind: 'newspaper',
  },
  {
    // The full text of Kyodo's report of 8 June 2022 (its opening is on Nippon.com), read on a copy.
    id: 'kyodo-2022-06-08',
    outlet: 'Kyodo News',
    headline: '[Japan lodges protest against Russia for suspending fishing agreement]',
    published: '2022-06-08',
    language: 'en',
    kind: 'news-agency',
    seenAt: {
      outlet: 'fa.news (copy)',
      url: 'https://fa.news/articles/japan_lodges_protest_against_russia_for_suspending_fishing_agreement-204206/',
    },
  },
  {
    id: 'm24-2022-09-05',
    outlet: 'Москва 24',
    headline: 'Россия отменила безвизовый режим посещения Курил японцами',
    published: '2022-09-05',
    url: 'https://m24.ru/news/politika/05092022/498116',
    language: 'ru',
    kind: 'newspaper',
  },
  {
    id: 'tass-2022-09-05',
    outlet: 'TASS',
    headline: '[Russian lawmaker on the end of the agreements on visits to the islands]',
    published: '2022-09-05',
    url: 'https://tass.com/politics/1503027',
    language: 'en',
    kind: 'news-agency',
  },
  {
    id: 'sputnik-2022-09-06',
    outlet: 'Sputnik',
    headline: 'Japan Sends Protest to Russia Over Termination of Deal on Facilitated Visits to Kurils',
    published: '2022-09-06',
    url: 'https://sputniknews.com/20220906/japan-sends-protest-to-russia-over-termination-of-deal-on-facilitated-visits-to-kurils-1100414029.html',
    language: 'en',
    kind: 'news-agency',
  },
  {
    id: 'kantei-2023-02-07',
    outlet: '首相官邸 (Prime Minister\u2019s Office of Japan)',
    headline: '北方領土返還要求全国大会',
    published: '2023-02-07',
    url: 'https://kantei.go.jp/jp/101_kishida/actions/202302/07hoppou.html',
    language: 'ja',
    kind: 'official',
  },
  {
    id: 'tass-2023-03-27',
    outlet: 'TASS',
    headline: "[Japan calls Russia's position on fishing consultations unacceptable]",
    published: '2023-03-27',
    url: 'https://tass.com/society/1595043',
    language: 'en',
    kind: 'news-agency',
  },
  {
    // Reuters' report of Shoigu's address, read as reprinted by Khmer Daily.
    id: 'reuters-2023-03-22',
    outlet: 'Reuters',
    headline: 'Russia boosts defences near Japan, accuses US of expanding Asia-Pacific presence',
    published: '2023-03-22',
    language: 'en',
    kind: 'news-agency',
    seenAt: {
      outlet: 'Khmer Daily (reprint)',
      url: 'https://khmerdaily.com/russia-boosts-defences-near-japan-accuses-us-of-expanding-asia-pacific-presence/?feed_id=34728',
    },
  },
  {
    id: 'eadaily-2023-06-20',
    outlet: 'EADaily',
    headline: '[В России принят закон: 3 сентября — День Победы над милитаристской Японией]',
    published: '2023-06-20',
    url: 'https://eadaily.com/ru/news/2023/06/20/v-rossii-prinyat-zakon-3-sentyabrya-den-pobedy-nad-militaristskoy-yaponiey',
    language: 'ru',
    kind: 'newspaper',
  },
  {
    // NHK's report, read as quoted in full on hoppou.blog.
    id: 'nhk-2025-07-20',
    outlet: 'NHK',
    headline: '北方領土 国後島 ロシア人の島民たちが日本人墓地を清掃',
    published: '2025-07-20',
    language: 'ja',
    kind: 'newspaper',
    seenAt: { outlet: 'hoppou.blog (quotation)', url: 'https://hoppou.blog/kunashiri-107' },
  },
  {
    id: 'radio1-2025-08-10',
    outlet: 'Радио 1',
    headline: 'Захарова ответила на заявления Токио об «оккупации» Курильских островов',
    published: '2025-08-10',
    url: 'https://radio1.ru/news/politika/v-mid-rossii-otvetili-na-zayavleniya-tokio-ob-okkupatsii-kurilskih-ostrovov/',
    language: 'ru',
    kind: 'newspaper',
  },
  {
    // An opinion column by a State Duma deputy in the newspaper Vzglyad.
    id: 'vz-2025-10-21',
    outlet: 'Взгляд',
    headline: 'Процветание Курильских островов однажды приведет к миру с Японией',
    author: 'Сергей Чижов',
    published: '2025-10-21',
    url: 'https://vz.ru/opinions/2025/10/21/1367961.html',
    language: 'ru',
    kind: 'analysis',
  },
  {
    id: 'ria-2026-02-11',
    outlet: 'РИА Новости',
    headline: '[Посол Ноздрев: Токио не проявляет готовности менять отношения с Россией]',
    published: '2026-02-11',
    url: 'https://ria.ru/20260211/posol-2073609362.html',
    language: 'ru',
    kind: 'news-agency',
  },
  {
    id: 'ria-2026-02-12',
    outlet: 'РИА Новости',
    headline: '[Посол Ноздрев: условие восстановления отношений — отказ Японии от враждебного курса]',
    published: '2026-02-12',
    url: 'https://ria.ru/20260212/yaponiya-2073862795.html',
    language: 'ru',
    kind: 'news-agency',
  },
  {
    // Kyodo's report ("(共同)"), read as carried by the Ibaraki Shimbun.
    id: 'kyodo-2026-02-07',
    outlet: '共同通信 (Kyodo News)',
    headline: '北方領土、墓参再開目指す',
    published: '2026-02-07',
    language: 'ja',
    kind: 'news-agency',
    seenAt: {
      outlet: '茨城新聞 (carries Kyodo)',
      url: 'https://ibarakinews.jp/news/newsdetail.php?elem=z&f_jun=CO2026020701000677.1.N.20260207T124120.xml',
    },
  },
  {
    // The ruling party's own newspaper (Jiyu Minshu): a partisan source, cited only for the
    // Prime Minister's words and the date Northern Territories Day was set.
    id: 'jimin-2026-02',
    outlet: '自由民主党 (Liberal Democratic Party of Japan), 「自由民主」',
    headline: '高市総理 粘り強くロシアと交渉 北方領土返還要求全国大会',
    published: '2026-02',
    url: 'https://www.jimin.jp/news/information/212385.html',
    language: 'ja',
    kind: 'newspaper',
  },
];
