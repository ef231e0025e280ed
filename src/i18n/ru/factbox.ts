import type { FactboxMessages } from '../../components/factbox/messages.js';

/** The fact box's compact view's numbers and list in Russian, formatted ahead: they load with this text. */
export { formats } from './formats.js';

/** The interface strings of <kuril-factbox> in Russian (see `factboxText`). */
export const factbox: FactboxMessages = {
  title: 'Коротко об островах',
  status: 'Переговоры: ',
  sourcesCount: (n) => `Источники (${n})`,
  showSources: (n) => `Показать источники (${n})`,
  sources: 'Источники',
  picker: 'Показать остров',
  all: 'Все четыре',
  statusHeading: 'Переговоры',
  showAllIslands: 'Сведения обо всех островах',
  showFewerIslands: 'Свернуть сведения',
  allHighlighted: 'все четыре острова',
  terms: {
    names: 'Названия',
    area: 'Площадь',
    population: 'Население',
    administeredBy: 'Кто управляет',
    claimedBy: 'Кто претендует',
    distance: 'Расстояние от Хоккайдо',
    facts: 'Главное',
  },
  nameIn: { japanese: 'по-японски', russian: 'по-русски' },
  colon: ': ',
  dot: ' · ',
  parens: [' (', ')'],
  noCivilians: (year) => `Гражданского населения нет (${year} г.)`,
  noData: 'В наборе данных нет сведений об этом острове.',
  noFields: 'Нет данных по выбранным пунктам.',
  mapLabel: (islands, highlighted) =>
    `Карта Хоккайдо и четырёх спорных островов у его северо-восточной оконечности: ${islands}. ` +
    `Выделено: ${highlighted}. Острова дальше к северо-востоку и юг Сахалина показаны бледнее.`,
  mapCredit: 'Картографические данные: Natural Earth',
  distanceNote: (parts) => `Расстояние от Хоккайдо: ${parts.join('; ')}.`,
  distancePart: (name, distance) => `${name} — ${distance}`,
  places: { hokkaido: 'Хоккайдо', okhotsk: 'Охотское море', pacific: 'Тихий океан' },
};
