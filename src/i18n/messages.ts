import type { Language, SourceKind } from '../data/schema.js';
import { primeDates } from '../data/partial-date.js';
import { defineUi, ui } from './ui-text.js';

/**
 * What every widget must be able to say in its language even when nothing else loads: the loading
 * line, the short notices and the list separator (a quote's attribution uses the separator of the
 * quote's language). Always in the shared chunk, for all languages.
 */
export interface Notices {
  /** Shown (visibly) while a translation or a publisher's dataset loads. */
  loading: string;
  /** The reader's notice when the publisher's dataset failed; the details (URL, error, JSON path) go to the console. */
  dataFailed: string;
  /** A part of the library itself (the text in this language, the rest of the bundled data) did not load; the reason goes to the console. */
  partFailed: string;
  renderFailed: string;
  listSeparator: string;
}

export const notices: Record<Language, Notices> = {
  en: {
    loading: 'Loading…',
    dataFailed: "The publisher's data could not be loaded. Showing the built-in data instead.",
    partFailed: 'Part of this panel could not be loaded. Some of it may be missing or in English.',
    renderFailed: 'This panel could not be displayed.',
    listSeparator: ', ',
  },
  ja: {
    loading: '読み込み中…',
    dataFailed: '提供されたデータを読み込めませんでした。内蔵データを表示しています。',
    partFailed: 'このパネルの一部を読み込めませんでした。一部の内容が欠けているか、英語で表示されている可能性があります。',
    renderFailed: 'このパネルを表示できませんでした。',
    listSeparator: '、',
  },
  ru: {
    loading: 'Загрузка…',
    dataFailed: 'Не удалось загрузить данные издателя. Показаны встроенные данные.',
    partFailed: 'Часть этой панели не удалось загрузить. Что-то может отсутствовать или быть на английском.',
    renderFailed: 'Не удалось показать эту панель.',
    listSeparator: ', ',
  },
};

/** The rest of the interface strings shared by all widgets; the widgets' own live beside each one. */
export interface SharedText {
  sources: string;
  source: string;
  translated: string;
  translationOf: string;
  machineTranslated: string;
  opensInNewTab: string;
  japan: string;
  russia: string;
  both: string;
  other: string;
  /** The footer's "as of" line around the date: [before, after]. */
  asOf: readonly [string, string];
  /** The corrections link's text. */
  reportError: string;
  /** The footer note when the widget's text in this language was machine-translated from English. */
  machineNote: string;
  /** "seen at" before a copy of a source kept elsewhere. */
  seenAt: string;
  /** Short labels of the kinds of source ("news agency"). */
  kinds: Readonly<Record<SourceKind, string>>;
}

/** The shared strings: English here, Japanese and Russian in `./ja/base.ts` and `./ru/base.ts`. */
export const baseText = defineUi<SharedText>('base', {
  sources: 'Sources',
  source: 'Source',
  translated: 'translated',
  translationOf: 'Translation',
  machineTranslated: 'Machine-translated',
  opensInNewTab: 'opens in a new tab',
  japan: 'Japan',
  russia: 'Russia',
  both: 'Both sides',
  other: 'Outside views',
  asOf: ['Checked as of ', ''],
  reportError: 'Report an error',
  machineNote: '',
  seenAt: 'seen at',
  kinds: {
    official: 'official',
    'news-agency': 'news agency',
    newspaper: 'news outlet',
    reference: 'reference',
    analysis: 'analysis',
    article: 'news report',
  },
}, {
  // With the bundled dataset's dates in the language, formatted ahead (no Intl as widgets render them).
  ja: () => import('./ja/base.js').then((m) => (primeDates(() => m.dates, 'ja', true), m.base)),
  ru: () => import('./ru/base.js').then((m) => (primeDates(() => m.dates, 'ru', true), m.base)),
});

/** Every string shared by the widgets, in a language. */
export type BaseMessages = Notices & SharedText;

const merged = new Map<Language, { text: SharedText; all: BaseMessages }>();

/** The shared strings in a language (English until that language's text has loaded). */
export function baseMessagesOf(lang: Language): BaseMessages {
  const text = ui(baseText, lang);
  let entry = merged.get(lang);
  if (entry?.text !== text) merged.set(lang, (entry = { text, all: { ...text, ...notices[lang] } }));
  return entry.all;
}
