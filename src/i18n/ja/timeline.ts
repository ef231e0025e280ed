import type { TimelineMessages } from '../../components/timeline/messages.js';

/** The interface strings of <kuril-timeline> in Japanese (see `timelineText`). */
export const timeline: TimelineMessages = {
  title: '領土問題の年表',
  era: (years, name) => `${years}\u3000${name}`,
  eras: {
    treaties: '条約と戦争',
    war: '第二次世界大戦と戦後',
    declarations: '宣言と声明',
    summits: '首脳会談',
    suspended: '交渉の中断',
  },
  years: (a, b) => (b === undefined ? `${a}年～` : a === b ? `${a}年` : `${a}～${b}年`),
  islands: '関係する島：',
  highlighted: '注目',
  showAll: (n) => `全${n}件を表示`,
  showFewer: '折りたたむ',
  empty: 'この条件に当てはまる出来事はありません。',
};
