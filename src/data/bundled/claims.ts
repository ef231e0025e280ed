import type { Claim } from '../schema.js';

/** Each side's positions, in English (see the conventions in `../dataset.ts`). */
export const claims: Claim[] = [
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
    key: true,
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
    key: true,
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
    key: true,
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
    key: true,
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
    key: true,
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
    key: true,
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
    key: true,
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
    key: true,
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
    key: true,
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
    key: true,
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
];
