import type { TimelineMessages } from '../../components/timeline/messages.js';
import { pluralCategory } from '../plural.js';

/** The interface strings of <kuril-timeline> in Russian (see `timelineText`). */
export const timeline: TimelineMessages = {
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
};
