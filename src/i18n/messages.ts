import type { Language } from '../data/schema.js';

/** UI strings shared by all widgets. Widget-specific strings live beside each widget. */
export interface BaseMessages {
  loading: string;
  sources: string;
  source: string;
  translated: string;
  translationOf: string;
  machineTranslated: string;
  opensInNewTab: string;
  dataFailed: (reason: string) => string;
  /** A part of the library itself (the text in this language, the rest of the bundled data) did not load. */
  partFailed: (reason: string) => string;
  renderFailed: string;
  japan: string;
  russia: string;
  both: string;
  other: string;
  listSeparator: string;
  /** The footer's "as of" line around the date: [before, after]. */
  asOf: readonly [string, string];
  /** The corrections link's text. */
  reportError: string;
  /** The footer note when the widget's text in this language was machine-translated from English. */
  machineNote: string;
  /** "seen at" before a copy of a source kept elsewhere. */
  seenAt: string;
}

export const baseMessages: Record<Language, BaseMessages> = {
  en: {
    loading: 'Loading…',
    sources: 'Sources',
    source: 'Source',
    translated: 'translated',
    translationOf: 'Translation',
    machineTranslated: 'Machine-translated',
    opensInNewTab: 'opens in a new tab',
    dataFailed: (reason) => `The publisher's data could not be used (${reason}). Showing the built-in dataset instead.`,
    partFailed: (reason) => `Part of this panel could not be loaded (${reason}). Some of it may be missing or in English.`,
    renderFailed: 'This panel could not be displayed.',
    japan: 'Japan',
    russia: 'Russia',
    both: 'Both sides',
    other: 'Outside views',
    listSeparator: ', ',
    asOf: ['Checked as of ', ''],
    reportError: 'Report an error',
    machineNote: '',
    seenAt: 'seen at',
  },
  ja: {
    loading: '読み込み中…',
    sources: '出典',
    source: '出典',
    translated: '翻訳',
    translationOf: '訳',
    machineTranslated: '機械翻訳',
    opensInNewTab: '新しいタブで開きます',
    dataFailed: (reason) => `提供されたデータを使用できませんでした（${reason}）。内蔵データを表示しています。`,
    partFailed: (reason) => `このパネルの一部を読み込めませんでした（${reason}）。一部の内容が欠けているか、英語で表示されている可能性があります。`,
    renderFailed: 'このパネルを表示できませんでした。',
    japan: '日本',
    russia: 'ロシア',
    both: '両国',
    other: '第三者の見方',
    listSeparator: '、',
    asOf: ['', '時点で確認'],
    reportError: '誤りを報告',
    machineNote: 'この日本語の文章は英語から機械翻訳されたものです。',
    seenAt: '閲覧先',
  },
  ru: {
    loading: 'Загрузка…',
    sources: 'Источники',
    source: 'Источник',
    translated: 'перевод',
    translationOf: 'Перевод',
    machineTranslated: 'Машинный перевод',
    opensInNewTab: 'откроется в новой вкладке',
    dataFailed: (reason) => `Данные издателя не удалось использовать (${reason}). Показаны встроенные данные.`,
    partFailed: (reason) => `Часть этой панели не удалось загрузить (${reason}). Что-то может отсутствовать или быть на английском.`,
    renderFailed: 'Не удалось показать эту панель.',
    japan: 'Япония',
    russia: 'Россия',
    both: 'Обе стороны',
    other: 'Взгляд со стороны',
    listSeparator: ', ',
    asOf: ['Данные проверены на ', ''],
    reportError: 'Сообщить об ошибке',
    machineNote: 'Русский текст переведён с английского машинным переводом.',
    seenAt: 'копия',
  },
};
