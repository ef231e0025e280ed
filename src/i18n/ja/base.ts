import type { SharedText } from '../messages.js';

/** The bundled dataset's dates in Japanese, formatted ahead: they load with this text. */
export { dates } from './dates.js';

/** The widgets' shared interface strings in Japanese (see `baseText`). */
export const base: SharedText = {
  sources: '出典',
  source: '出典',
  translated: '翻訳',
  translationOf: '訳',
  machineTranslated: '機械翻訳',
  opensInNewTab: '新しいタブで開きます',
  japan: '日本',
  russia: 'ロシア',
  both: '両国',
  other: '第三者の見方',
  asOf: ['', '時点で確認'],
  reportError: '誤りを報告',
  machineNote: 'この日本語の文章は英語から機械翻訳されたものです。',
  seenAt: '閲覧先',
  kinds: {
    official: '公式',
    'news-agency': '通信社',
    newspaper: '報道機関',
    reference: '参考資料',
    analysis: '分析',
    article: '報道',
  },
};
