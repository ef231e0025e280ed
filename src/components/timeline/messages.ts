import { defineUi } from '../../i18n/ui-text.js';

/** The eras the timeline groups events into, by the year each starts (see `ERA_STARTS`). */
export type Era = 'treaties' | 'war' | 'declarations' | 'summits' | 'suspended';

export interface TimelineMessages {
  title: string;
  /** A group heading: the era's years and its name. */
  era: (years: string, name: string) => string;
  eras: Record<Era, string>;
  /** Years of an era: `1855–1905`, or `2020–` for the current one (`end` empty). */
  years: (start: number, end?: number) => string;
  islands: string;
  highlighted: string;
  showAll: (n: number) => string;
  showFewer: string;
  empty: string;
}

/** UI strings of <kuril-timeline>. */
export const timelineText = defineUi<TimelineMessages>('timeline', {
  title: 'Timeline of the dispute',
  era: (years, name) => `${years}: ${name}`,
  eras: {
    treaties: 'Treaties and war',
    war: 'The Second World War and after',
    declarations: 'Declarations',
    summits: 'Summits',
    suspended: 'Talks suspended',
  },
  years: (a, b) => (b === undefined ? `Since ${a}` : a === b ? `${a}` : `${a}–${b}`),
  islands: 'Islands: ',
  highlighted: 'Key event',
  showAll: (n) => `Show all ${n} events`,
  showFewer: 'Show fewer',
  empty: 'No events match this selection.',
}, {
  ja: () => import('../../i18n/ja/timeline.js').then((m) => m.timeline),
  ru: () => import('../../i18n/ru/timeline.js').then((m) => m.timeline),
});
