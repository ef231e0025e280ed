import type { ClaimsMessages } from '../../components/claims/messages.js';
import { pluralCategory } from '../plural.js';

/** The interface strings of <kuril-claims> in Russian (see `claimsText`). */
export const claims: ClaimsMessages = {
  title: 'Позиции сторон',
  sides: ['russia', 'japan'],
  standing: 'Неизменная позиция',
  topicTitle: (topic) => `${topic}: позиции сторон`,
  lede: 'Позиция каждой стороны — словами тех, кто её занимает, со ссылками на источники.',
  topics: {
    sovereignty: 'Суверенитет и его правовые основания',
    'declaration-1956': 'Совместная декларация 1956 года',
    'peace-treaty': 'Мирный договор и предварительные условия',
    military: 'Военное и стратегическое значение',
    'economy-residents': 'Экономическое сотрудничество и бывшие жители',
  },
  groups: {
    japan: 'Позиция Японии',
    russia: 'Позиция России',
    both: 'В чём стороны согласились',
    other: 'Взгляд со стороны',
  },
  noPosition: {
    japan: 'Позиция Японии по этой теме в данных не представлена.',
    russia: 'Позиция России по этой теме в данных не представлена.',
  },
  empty: 'Нет позиций, соответствующих выбранным сторонам, темам и датам.',
  showMore: (n) => `Показать ещё ${n}`,
  showFewer: 'Свернуть',
  positions: (n) => {
    const form = pluralCategory('ru', n);
    return `${n} ${form === 'one' ? 'позиция' : form === 'few' ? 'позиции' : 'позиций'}`;
  },
  respondsTo: 'В ответ на:',
  answeredBy: 'На это ответили:',
  quoteTranslated: '(в переводе, приведённом источником)',
  quoteTranslation: (machine) => (machine ? 'Перевод (машинный): ' : 'Перевод: '),
  quotedIn: [', цит. по: ', ''],
};
