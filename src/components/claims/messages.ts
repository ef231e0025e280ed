import type { ClaimTopic, Language, Party } from '../../data/schema.js';
import { pluralCategory } from '../../i18n/plural.js';

/** UI strings of <kuril-claims>. Party names themselves come from the shared base messages. */
export interface ClaimsMessages {
  /** The widget's title when it shows several topics. */
  title: string;
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

export const messages: Record<Language, ClaimsMessages> = {
  en: {
    title: 'Who claims what',
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
  },
  ja: {
    title: '両国の主張',
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
  },
  ru: {
    title: 'Позиции сторон',
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
  },
};
