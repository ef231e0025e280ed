import type { FactboxMessages } from '../../components/factbox/messages.js';

/** The fact box's compact view's numbers and list in Japanese, formatted ahead: they load with this text. */
export { formats } from './formats.js';

/** The interface strings of <kuril-factbox> in Japanese (see `factboxText`). */
export const factbox: FactboxMessages = {
  title: '島々の概要',
  status: '交渉の現状：',
  sourcesCount: (n) => `出典（${n}件）`,
  showSources: (n) => `出典${n}件を表示`,
  sources: '出典',
  picker: '表示する島',
  all: '4島すべて',
  statusHeading: '交渉の現状',
  showAllIslands: '4島すべての詳細',
  showFewerIslands: '詳細を閉じる',
  allHighlighted: '4島すべて',
  terms: {
    names: '名称',
    area: '面積',
    population: '人口',
    administeredBy: '施政',
    claimedBy: '領有を主張',
    distance: '北海道からの距離',
    facts: '主な事実',
  },
  nameIn: { japanese: '日本語', russian: 'ロシア語' },
  colon: '：',
  dot: '・',
  parens: ['（', '）'],
  noCivilians: (year) => `民間人の居住者なし（${year}年）`,
  noData: 'データセットにこの島の項目はありません。',
  noFields: '指定された項目のデータはありません。',
  mapLabel: (islands, highlighted) =>
    `北海道と、その北東沖にある係争中の4島（${islands}）の地図。強調表示：${highlighted}。` +
    '北東に続く島々とサハリン南部は薄く表示。',
  mapCredit: '地図データ：Natural Earth',
  distanceNote: (parts) => `北海道からの距離：${parts.join('、')}`,
  distancePart: (name, distance) => `${name} ${distance}`,
  places: { hokkaido: '北海道', okhotsk: 'オホーツク海', pacific: '太平洋' },
};
