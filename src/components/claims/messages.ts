import type { ClaimTopic, Party } from '../../data/schema.js';
import { defineUi } from '../../i18n/ui-text.js';

/** UI strings of <kuril-claims>. Party names themselves come from the shared base messages. */
export interface ClaimsMessages {
  /** The widget's title when it shows several topics. */
  title: string;
  /**
   * The two sides in the order their names (the shared `japan` and `russia` strings) sort in this
   * language with Intl.Collator, when the publisher does not choose one: written out, so that no
   * page sets up ICU's collation for it (a test checks it against `neutralSideOrder`).
   */
  sides: readonly ['japan', 'russia'] | readonly ['russia', 'japan'];
  /** The title when it shows a single topic. */
  topicTitle: (topic: string) => string;
  /** One line under the title. */
  lede: string;
  /** Topic headings. */
  topics: Record<ClaimTopic, string>;
  /** Headings of the party groups within a topic. */
  groups: Record<Party, string>;
  /** Shown in place of a side that has no position on a topic while the other side has one. */
  noPosition: Record<'japan' | 'russia', string>;
  /** Shown when nothing matches the attributes. */
  empty: string;
  showMore: (n: number) => string;
  showFewer: string;
  /** The number of positions on a topic, after its name in the compact view ("12 positions"). */
  positions: (n: number) => string;
  respondsTo: string;
  answeredBy: string;
  /** Shown instead of a date for a standing position (one a side has long held and still holds). */
  standing: string;
  /** Marks a quote that the source printed as a translation of what was said. */
  quoteTranslated: string;
  /** Label of a quote's translation into the display language (ja and ru only), with its colon. */
  quoteTranslation: (machine: boolean) => string;
  /** Text before and after the source in a quote's attribution ("— Name, quoted in <cite>…</cite>"). */
  quotedIn: [string, string];
}

export const claimsText = defineUi<ClaimsMessages>('claims', {
  title: 'Who claims what',
  sides: ['japan', 'russia'],
  standing: 'Standing position',
  topicTitle: (topic) => `${topic}: each side's position`,
  lede: 'Each position in the words of those who hold it, with its sources.',
  topics: {
    sovereignty: 'Sovereignty and its legal basis',
    'declaration-1956': 'The 1956 Joint Declaration',
    'peace-treaty': 'A peace treaty and its preconditions',
    military: 'Military and strategic value',
    'economy-residents': 'Economic cooperation and former residents',
  },
  groups: {
    japan: "Japan's position",
    russia: "Russia's position",
    both: 'What both sides agreed',
    other: 'Outside views',
  },
  noPosition: {
    japan: 'The dataset records no position of Japan on this topic.',
    russia: 'The dataset records no position of Russia on this topic.',
  },
  empty: 'No positions match this selection of sides, topics and dates.',
  showMore: (n) => `Show ${n} more`,
  showFewer: 'Show fewer',
  positions: (n) => `${n} ${n === 1 ? 'position' : 'positions'}`,
  respondsTo: 'Responds to:',
  answeredBy: 'Answered by:',
  quoteTranslated: '(translated, as printed in the source)',
  quoteTranslation: (machine) => (machine ? 'Translation (machine): ' : 'Translation: '),
  quotedIn: [', quoted in ', ''],
}, {
  ja: () => import('../../i18n/ja/claims.js').then((m) => m.claims),
  ru: () => import('../../i18n/ru/claims.js').then((m) => m.claims),
});
