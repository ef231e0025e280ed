import type { Language } from '../../data/schema.js';
import { pluralCategory } from '../../i18n/plural.js';

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
export const messages: Record<Language, TimelineMessages> = {
  en: {
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
  },
  ja: {
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
  },
  ru: {
    title: 'Хронология спора',
    era: (years, name) => `${years}. ${name}`,
    eras: {
      treaties: 'Договоры и война',
      war: 'Вторая мировая война и послевоенные годы',
      declarations: 'Декларации и заявления',
      summits: 'Встречи на высшем уровне',
      suspended: 'Переговоры приостановлены',
    },
    years: (a, b) => (b === undefined ? `С ${a} года` : a === b ? `${a}` : `${a}–${b}`),
    islands: 'Острова: ',
    highlighted: 'Ключевое событие',
    showAll: (n) => {
      const form = pluralCategory('ru', n);
      return `Показать все ${n} ${form === 'one' ? 'событие' : form === 'few' ? 'события' : 'событий'}`;
    },
    showFewer: 'Свернуть',
    empty: 'Нет событий, отвечающих заданным условиям.',
  },
};
