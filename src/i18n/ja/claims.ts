import type { ClaimsMessages } from '../../components/claims/messages.js';

/** The interface strings of <kuril-claims> in Japanese (see `claimsText`). */
export const claims: ClaimsMessages = {
  title: '両国の主張',
  sides: ['russia', 'japan'],
  standing: '従来からの立場',
  topicTitle: (topic) => `${topic}：両国の主張`,
  lede: 'それぞれの立場を、当事者自身の言葉と出典とともに示します。',
  topics: {
    sovereignty: '主権とその法的根拠',
    'declaration-1956': '1956年の日ソ共同宣言',
    'peace-treaty': '平和条約とその前提条件',
    military: '軍事的・戦略的な価値',
    'economy-residents': '経済協力と元島民',
  },
  groups: {
    japan: '日本の立場',
    russia: 'ロシアの立場',
    both: '両国が合意した点',
    other: '第三者の見方',
  },
  noPosition: {
    japan: 'このテーマに関する日本の立場は、データに収録されていません。',
    russia: 'このテーマに関するロシアの立場は、データに収録されていません。',
  },
  empty: '指定された当事者・テーマ・期間に当てはまる主張はありません。',
  showMore: (n) => `さらに${n}件を表示`,
  showFewer: '表示を減らす',
  positions: (n) => `${n}件`,
  respondsTo: '応答先：',
  answeredBy: 'この発言への応答：',
  quoteTranslated: '（出典に掲載された翻訳）',
  quoteTranslation: (machine) => (machine ? '訳（機械翻訳）：' : '訳：'),
  quotedIn: ['（出典：', '）'],
};
