/**
 * Coverage of the five news articles the dataset was first built from: every checkable statement
 * (quote, date, figure, position, characterisation) and where the dataset has it, or why it does
 * not. Kept for editors and checked by test/data/coverage.test.ts: every item named exists, and
 * every quote named is printed verbatim by the dataset (in a claim's quote or a citation of that
 * article). Passages are short excerpts of the articles, verbatim (no-break spaces written as
 * spaces), checked against the stored copies of the articles when the table was written.
 *
 * Not part of the widgets' bundle: nothing on the default path imports it.
 */

/** How a statement of an article is handled. */
export type CoverageStatus =
  /** The dataset has it, in the items named. */
  | 'covered'
  /** The article is wrong or imprecise; the items named give what the checked sources say. */
  | 'corrected'
  /** Left out, for the reason given (page furniture, a characterisation the dataset does not adopt…). */
  | 'excluded';

export interface CoverageEntry {
  /** Source id of the article. */
  article: string;
  /** A short verbatim passage of the article. */
  passage: string;
  what: 'quote' | 'date' | 'figure' | 'position' | 'characterisation' | 'fact' | 'furniture';
  status: CoverageStatus;
  /** Ids of events, claims or islands, or `overview`. */
  items?: string[];
  /** Why the statement is corrected or excluded. */
  reason?: string;
}

const GP = 'globalpost-2013-04';
const CNBC = 'cnbc-2018-09';
const BS = 'business-standard-2018-11';
const NIE = 'new-indian-express-2018-11-15';
const BB = 'breitbart-2019-01';

const TECHNICALLY_AT_WAR =
  'The 1956 Joint Declaration ended the state of war; the two countries have signed no peace treaty, but are not at war.';
const FURNITURE = 'Page furniture (credit line, link, subscription or comment text), not a statement.';

export const coverage: CoverageEntry[] = [
  // GlobalPost, April 2013
  { article: GP, passage: 'April 29, 2013', what: 'date', status: 'covered', items: ['moscow-summit-2013'] },
  { article: GP, passage: 'Credit: Kirill Kudryavtsev', what: 'furniture', status: 'excluded', reason: FURNITURE },
  {
    article: GP,
    passage: 'Russia and Japan have announced they will soon resume negotiations on a peace treaty',
    what: 'fact',
    status: 'covered',
    items: ['moscow-summit-2013', 'both-joint-statement-2013'],
  },
  {
    article: GP,
    passage: 'they are still nominally at war, Reuters reported',
    what: 'characterisation',
    status: 'corrected',
    items: ['joint-declaration-1956'],
    reason: TECHNICALLY_AT_WAR,
  },
  { article: GP, passage: "it's not normal", what: 'quote', status: 'covered', items: ['both-joint-statement-2013'] },
  {
    article: GP,
    passage: 'almost 68 years',
    what: 'figure',
    status: 'covered',
    items: ['both-joint-statement-2013', 'moscow-summit-2013'],
    reason: "GlobalPost's count, attributed to GlobalPost, not the leaders' words.",
  },
  { article: GP, passage: 'who’s visiting Moscow this week', what: 'date', status: 'covered', items: ['moscow-summit-2013'] },
  {
    article: GP,
    passage: 'During the last few years the negotiations to sign a peace agreement found themselves in a state of stagnation',
    what: 'quote',
    status: 'covered',
    items: ['abe-moscow-2013'],
  },
  {
    article: GP,
    passage: "But in the current conversations we've managed to agree that we will resume the negotiations and accelerate this process.",
    what: 'quote',
    status: 'covered',
    items: ['abe-moscow-2013'],
  },
  {
    article: GP,
    passage: 'according to EFE',
    what: 'characterisation',
    status: 'covered',
    items: ['abe-moscow-2013'],
    reason: "The claim says the words are EFE's rendering as reported by GlobalPost.",
  },
  {
    article: GP,
    passage: 'known as the Southern Kuriles in Russia and the Northern Territories in Japan',
    what: 'fact',
    status: 'covered',
    items: ['overview'],
  },
  {
    article: GP,
    passage: 'The islands were seized by the Soviet Union in Aug. 1945.',
    what: 'date',
    status: 'corrected',
    items: ['soviet-occupation-four-islands-1945'],
    reason: 'The occupation of the four islands ran from 28 August to 5 September 1945.',
  },
  {
    article: GP,
    passage: 'Japan could find new investment opportunities in Russia’s underdeveloped eastern regions',
    what: 'characterisation',
    status: 'covered',
    items: ['los-angeles-times-2013'],
  },
  {
    article: GP,
    passage: 'A more robust Japanese-Russian relationship would help both Tokyo and Moscow to balance China’s rise.',
    what: 'quote',
    status: 'covered',
    items: ['saradzhyan-2013'],
  },
  {
    article: GP,
    passage: 'I don’t think either of the two countries wants to see China become a regional hegemon in Southeast Asia',
    what: 'quote',
    status: 'covered',
    items: ['saradzhyan-2013'],
  },
  {
    article: GP,
    passage: 'More from GlobalPost: Unexploded World War 2 bomb found near Berlin train station',
    what: 'furniture',
    status: 'excluded',
    reason: FURNITURE,
  },

  // CNBC, September 2018
  {
    article: CNBC,
    passage: 'The presidents of Japan and Russia',
    what: 'fact',
    status: 'corrected',
    items: ['both-abnormal-state-2018'],
    reason: 'Shinzo Abe was Prime Minister of Japan, not president.',
  },
  { article: CNBC, passage: 'Our relations with Russia hold unlimited potential', what: 'quote', status: 'covered', items: ['abe-unlimited-potential-2018'] },
  {
    article: CNBC,
    passage: 'Both (President Vladimir) Putin and I agreed this is an abnormal state of affairs.',
    what: 'quote',
    status: 'covered',
    items: ['both-abnormal-state-2018'],
  },
  {
    article: CNBC,
    passage: 'speaking at the Eastern Economic Forum in Vladivostok, Russia Wednesday',
    what: 'date',
    status: 'covered',
    items: ['eastern-economic-forum-2018'],
    reason: 'Wednesday = 12 September 2018 (The Japan Times of that day).',
  },
  {
    article: CNBC,
    passage: "pointed out that Russia and Japan's militaries are cooperating for the first time",
    what: 'fact',
    status: 'covered',
    items: ['eastern-economic-forum-2018'],
  },
  {
    article: CNBC,
    passage: "Let's conclude a peace treaty before the end of this year, without any pre-conditions",
    what: 'quote',
    status: 'covered',
    items: ['putin-without-preconditions-2018', 'putin-treaty-proposal-2018'],
  },
  {
    article: CNBC,
    passage: 'with the Japanese leader not giving a direct response',
    what: 'fact',
    status: 'covered',
    items: ['putin-treaty-proposal-2018'],
  },
  {
    article: CNBC,
    passage: "Japan's chief government spokesman issued a statement",
    what: 'position',
    status: 'covered',
    items: ['suga-position-unchanged-2018', 'japan-answers-treaty-proposal-2018'],
  },
  {
    article: CNBC,
    passage: 'is now in its fourth year, attracted more than 6,000 attendees from over 60 countries',
    what: 'figure',
    status: 'covered',
    items: ['eastern-economic-forum-2018'],
  },
  {
    article: CNBC,
    passage: 'centers around the Kuril Islands, known as the Northern Territories in Japan',
    what: 'fact',
    status: 'corrected',
    items: ['overview'],
    reason: 'The dispute concerns the four southernmost islands, not the whole Kuril chain.',
  },
  {
    article: CNBC,
    passage: 'The Soviet Union seized the islands from Japan at the end of the war',
    what: 'fact',
    status: 'covered',
    items: ['soviet-occupation-four-islands-1945'],
  },
  {
    article: CNBC,
    passage: "In early 2018, Japan's Defense Ministry asked Russia to reduce its military activity on the islands",
    what: 'date',
    status: 'corrected',
    items: ['onodera-request-2018', 'onodera-military-activity-2018'],
    reason: 'The request was made at the 2+2 talks of 31 July 2018 (Reuters, The Diplomat); the items say CNBC dates it otherwise.',
  },
  {
    article: CNBC,
    passage: "deploying warplanes in response to Japan's rollout of the U.S. Aegis missile system",
    what: 'characterisation',
    status: 'covered',
    items: ['aegis-russia-response-2018'],
  },
  {
    article: CNBC,
    passage: "Russia's deployment of its newest missile system to the islands",
    what: 'fact',
    status: 'covered',
    items: ['missile-systems-2016'],
  },
  {
    article: CNBC,
    passage: 'current plans to build a naval base there',
    what: 'fact',
    status: 'excluded',
    reason:
      'Names no island; the dataset records the decision to build a naval facility on Matua, outside the four islands, from Sputnik (matua-naval-facility-2017).',
  },
  {
    article: CNBC,
    passage: 'his hometown of Nagato',
    what: 'fact',
    status: 'corrected',
    items: ['nagato-summit-2016'],
    reason: "Nagato is Abe's ancestral home and constituency (DW).",
  },
  {
    article: CNBC,
    passage: 'including allowing residents to freely visit grave sites',
    what: 'fact',
    status: 'covered',
    items: ['nagato-summit-2016', 'both-joint-economic-activity-2016'],
  },
  {
    article: CNBC,
    passage: 'These promises we made are now steadily starting to be carried out',
    what: 'quote',
    status: 'covered',
    items: ['abe-nagato-promises-2018'],
  },
  {
    article: CNBC,
    passage: 'Japan-Russia relations are advancing at a degree never seen before.',
    what: 'quote',
    status: 'covered',
    items: ['abe-nagato-promises-2018'],
  },
  { article: CNBC, passage: 'Mikhail Svetlov | Getty Images', what: 'furniture', status: 'excluded', reason: FURNITURE },

  // Business Standard (AFP), November 2018
  {
    article: BS,
    passage: 'two countries still technically at war with each other',
    what: 'characterisation',
    status: 'corrected',
    items: ['joint-declaration-1956'],
    reason: TECHNICALLY_AT_WAR,
  },
  {
    article: BS,
    passage: 'during a meeting with Vladimir Putin on Wednesday',
    what: 'date',
    status: 'covered',
    items: ['singapore-meeting-2018'],
    reason: 'Wednesday = 14 November 2018.',
  },
  {
    article: BS,
    passage: 'The two leaders met face-to-face on the sidelines of the regional Association of Southeast Asian Nations (ASEAN) summit in Singapore.',
    what: 'fact',
    status: 'covered',
    items: ['singapore-meeting-2018'],
  },
  {
    article: BS,
    passage: 'which the Soviet Union occupied at the end of the war in 1945',
    what: 'fact',
    status: 'covered',
    items: ['soviet-occupation-four-islands-1945'],
  },
  {
    article: BS,
    passage: 'We hope to discuss not only bilateral cooperation, including our economies... but also the issue of the peace treaty',
    what: 'quote',
    status: 'covered',
    items: ['abe-singapore-2018'],
  },
  {
    article: BS,
    passage: 'according to a Russian translation of his words at the start of the meeting',
    what: 'characterisation',
    status: 'covered',
    items: ['abe-singapore-2018'],
    reason: 'Recorded as quoteTranslated: the words are printed as a translation.',
  },
  { article: BS, passage: 'I am ready to give enough time to this, the peace treaty', what: 'quote', status: 'covered', items: ['abe-singapore-2018'] },
  {
    article: BS,
    passage: 'The proposal was initially received coolly in Japan',
    what: 'characterisation',
    status: 'covered',
    items: ['putin-treaty-proposal-2018'],
  },
  {
    article: BS,
    passage: 'a government spokesman said the two countries should first resolve the dispute before signing a peace deal',
    what: 'position',
    status: 'covered',
    items: ['suga-position-unchanged-2018'],
  },
  {
    article: BS,
    passage: 'In his response to Abe on Wednesday Putin said',
    what: 'characterisation',
    status: 'corrected',
    items: ['putin-singapore-2018'],
    reason: "The Kremlin's transcript shows Putin's words opened the meeting, before Abe spoke.",
  },
  {
    article: BS,
    passage: 'I am delighted to be able to discuss with you all the angles of our cooperation, including those that you personally consider to be priorities.',
    what: 'quote',
    status: 'covered',
    items: ['putin-singapore-2018'],
  },
  {
    article: BS,
    passage: 'Russia considers them spoils of war as agreed between then US president Franklin Roosevelt and Soviet leader Joseph Stalin in 1945.',
    what: 'characterisation',
    status: 'covered',
    items: ['russia-spoils-of-war-2018'],
    reason: 'Attributed to the outlets; the dataset adds that Churchill also signed the Yalta agreement.',
  },
  {
    article: BS,
    passage: 'Strategically, control of the islands gives Russia year-round access to the Pacific Ocean',
    what: 'characterisation',
    status: 'covered',
    items: ['ice-free-waters-2018'],
  },
  {
    article: BS,
    passage: 'Disclaimer: No Business Standard Journalist was involved in creation of this content',
    what: 'furniture',
    status: 'excluded',
    reason: 'Tells that the text is agency copy (recorded in the source as wire: AFP); not a statement about the dispute.',
  },

  // The New Indian Express (AFP), 15 November 2018
  {
    article: NIE,
    passage: 'World War II finally ends',
    what: 'characterisation',
    status: 'excluded',
    reason: 'Headline the dataset does not adopt: no peace treaty was signed, and the state of war had ended in 1956.',
  },
  { article: NIE, passage: 'Published: 15th November 2018 07:16 PM', what: 'date', status: 'covered', items: ['putin-1956-basis-2018'] },
  {
    article: NIE,
    passage: 'using a Soviet-era peace declaration as their starting point',
    what: 'fact',
    status: 'covered',
    items: ['both-1956-basis-singapore-2018', 'singapore-meeting-2018'],
  },
  {
    article: NIE,
    passage: 'the islands seized by Russia in the closing days of the conflict',
    what: 'fact',
    status: 'corrected',
    items: ['soviet-occupation-four-islands-1945'],
    reason: 'It was the Soviet Union, not Russia, in 1945.',
  },
  {
    article: NIE,
    passage: 'but this was coolly received in Japan',
    what: 'characterisation',
    status: 'covered',
    items: ['putin-treaty-proposal-2018'],
  },
  { article: NIE, passage: 'after talks in Singapore Wednesday', what: 'date', status: 'covered', items: ['singapore-meeting-2018'] },
  {
    article: NIE,
    passage: 'resumed dialogue with our Japanese partners on the basis of the 1956 declaration, exactly what our Japanese partners asked us to do.',
    what: 'quote',
    status: 'covered',
    items: ['putin-1956-basis-2018'],
  },
  { article: NIE, passage: 'We are ready to work with them.', what: 'quote', status: 'covered', items: ['putin-1956-basis-2018'] },
  {
    article: NIE,
    passage: 'Japanese foreign ministry spokesman Takeshi Osuga confirmed both sides had agreed to push ahead with talks.',
    what: 'fact',
    status: 'covered',
    items: ['osuga-confirms-agreement-2018'],
  },
  {
    article: NIE,
    passage: 'Both leaders agreed to accelerate the negotiation of a peace treaty on the basis of the Japan USSR joint declaration of 1956',
    what: 'quote',
    status: 'covered',
    items: ['osuga-1956-basis-2018'],
  },
  { article: NIE, passage: 'he told reporters on Thursday', what: 'date', status: 'covered', items: ['osuga-confirms-agreement-2018'] },
  {
    article: NIE,
    passage: 'The 1956 declaration restored diplomatic ties',
    what: 'fact',
    status: 'covered',
    items: ['joint-declaration-1956'],
  },
  {
    article: NIE,
    passage: 'in exchange for agreeing to a treaty and Moscow keeping the bigger islands',
    what: 'fact',
    status: 'covered',
    items: ['joint-declaration-1956-article-9'],
  },
  {
    article: NIE,
    passage: 'which still claims the entire chain',
    what: 'fact',
    status: 'corrected',
    items: ['overview', 'joint-declaration-1956-article-9'],
    reason: 'Japan claims only the four southernmost islands.',
  },
  {
    article: NIE,
    passage: "Some Japanese media interpreted Thursday's announcement as a shift in Tokyo's historical position",
    what: 'characterisation',
    status: 'covered',
    items: ['japanese-media-shift-2018'],
  },
  { article: NIE, passage: 'extremely significant', what: 'quote', status: 'covered', items: ['suga-extremely-significant-2018'] },
  {
    article: NIE,
    passage: 'The government has always kept a policy direction of staying flexible... There is no change to this point.',
    what: 'quote',
    status: 'covered',
    items: ['suga-staying-flexible-2018'],
    reason: 'Printed without a speaker: the dataset does not attribute it to Suga.',
  },
  {
    article: NIE,
    passage: 'Historically, Japan insists the islands, which were once inhabited by the Ainu indigenous people, have never belonged to anyone else.',
    what: 'position',
    status: 'covered',
    items: ['japan-never-belonged-elsewhere-2018'],
  },
  {
    article: NIE,
    passage: 'Strategically, control of the islands gives Russia year-round access to the Pacific Ocean for its Pacific fleet of warships and submarines based in Vladivostok, as the surrounding water does not freeze in winter.',
    what: 'characterisation',
    status: 'covered',
    items: ['ice-free-waters-2018'],
  },
  {
    article: NIE,
    passage: 'Stay up to date on all the latest World news with The New Indian Express App.',
    what: 'furniture',
    status: 'excluded',
    reason: FURNITURE,
  },

  // Breitbart News, January 2019
  {
    article: BB,
    passage: 'held a summit Tuesday where they both affirmed their commitment to signing a peace treaty',
    what: 'fact',
    status: 'covered',
    items: ['moscow-summit-2019', 'both-moscow-summit-commitment-2019'],
    reason: 'Tuesday = 22 January 2019 (Interfax).',
  },
  {
    article: BB,
    passage: 'the countries remain technically at war',
    what: 'characterisation',
    status: 'corrected',
    items: ['joint-declaration-1956'],
    reason: TECHNICALLY_AT_WAR,
  },
  {
    article: BB,
    passage: 'Abe said that the Japanese and Russian foreign ministers would meet in February to continue negotiations over the dispute',
    what: 'fact',
    status: 'covered',
    items: ['moscow-summit-2019', 'kono-lavrov-munich-2019'],
  },
  {
    article: BB,
    passage: 'Both sides are aiming to reach a deal by the Group of 20 summit in Osaka in June.',
    what: 'fact',
    status: 'covered',
    items: ['osaka-meeting-2019'],
  },
  {
    article: BB,
    passage: 'would end the last technically active conflict of that war',
    what: 'characterisation',
    status: 'excluded',
    reason: TECHNICALLY_AT_WAR,
  },
  {
    article: BB,
    passage: 'three main islands and a cluster of islets',
    what: 'fact',
    status: 'covered',
    items: ['overview'],
  },
  {
    article: BB,
    passage: 'expelling the thousands of Japanese living there',
    what: 'fact',
    status: 'covered',
    items: ['japanese-residents-1945'],
  },
  {
    article: BB,
    passage: 'Moscow has long argued that Japan renounced all claims when it signed its peace treaty with Allied forces.',
    what: 'position',
    status: 'covered',
    items: ['russia-japan-renounced-claims-2019'],
  },
  {
    article: BB,
    passage: 'Russia never actually signed the treaty',
    what: 'fact',
    status: 'corrected',
    items: ['japan-illegally-captured-2019', 'san-francisco-treaty-1951'],
    reason: 'The Soviet Union, not Russia, attended the 1951 conference and did not sign.',
  },
  {
    article: BB,
    passage: 'argues that the islands were illegally captured and remain part of Japanese territory',
    what: 'position',
    status: 'covered',
    items: ['japan-illegally-captured-2019'],
  },
  {
    article: BB,
    passage: 'Previous proposals by Moscow have included handing over the islets nearest to Japan',
    what: 'characterisation',
    status: 'covered',
    items: ['previous-moscow-proposals-2019'],
  },
  {
    article: BB,
    passage: 'its use of the islands as a military base',
    what: 'characterisation',
    status: 'covered',
    items: ['russia-military-reasons-2019'],
  },
  {
    article: BB,
    passage: 'large reserves of oil, natural gas, and valuable minerals',
    what: 'characterisation',
    status: 'covered',
    items: ['islands-resources-2019'],
  },
  {
    article: BB,
    passage: 'Last week, the Japanese Foreign Ministry formally protested',
    what: 'date',
    status: 'covered',
    items: ['fishing-boats-protest-2019', 'japan-fishing-boats-unacceptable-2019'],
    reason: 'Dated to 17 January 2019 by Breitbart’s report of that day and RT; the boats were fined near Kunashir on 7 January.',
  },
  { article: BB, passage: 'unacceptable', what: 'quote', status: 'covered', items: ['japan-fishing-boats-unacceptable-2019'] },
  {
    article: BB,
    passage: 'indisputable recognition of the entirety of results of World War II, including Russia’s sovereignty over all of the islands of the southern Kuril chain.',
    what: 'quote',
    status: 'covered',
    items: ['lavrov-price-of-treaty-2019'],
  },
  {
    article: BB,
    passage: 'This is our base position and without steps in this direction it is very difficult to expect movement forward on other issues',
    what: 'quote',
    status: 'covered',
    items: ['lavrov-price-of-treaty-2019'],
  },
  {
    article: BB,
    passage: 'Sovereignty over the islands is not up for discussion. This is Russian territory',
    what: 'quote',
    status: 'covered',
    items: ['lavrov-not-up-for-discussion-2019', 'lavrov-sovereignty-statement-2019'],
  },
  {
    article: BB,
    passage: 'Why is Japan the only country in the world that cannot accept the results of World War II in their entirety?',
    what: 'quote',
    status: 'covered',
    items: ['lavrov-not-up-for-discussion-2019'],
  },
  {
    article: BB,
    passage: 'Russian Foreign Minister Sergey Lavrov recently indicated',
    what: 'date',
    status: 'covered',
    items: ['lavrov-sovereignty-statement-2019', 'lavrov-price-of-treaty-2019'],
    reason: 'The words match his news conference of 14 January 2019 (MID transcript); the "only country" question is dated to the month only.',
  },
  { article: BB, passage: 'Alexander Nemenov/Pool Photo via AP', what: 'furniture', status: 'excluded', reason: FURNITURE },
  { article: BB, passage: 'Follow Ben Kew on Facebook', what: 'furniture', status: 'excluded', reason: FURNITURE },
];
