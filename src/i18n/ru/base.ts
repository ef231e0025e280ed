import type { SharedText } from '../messages.js';

/** The bundled dataset's dates in Russian, formatted ahead: they load with this text. */
export { dates } from './dates.js';

/** The widgets' shared interface strings in Russian (see `baseText`). */
export const base: SharedText = {
  sources: 'Источники',
  source: 'Источник',
  translated: 'перевод',
  translationOf: 'Перевод',
  machineTranslated: 'Машинный перевод',
  opensInNewTab: 'откроется в новой вкладке',
  japan: 'Япония',
  russia: 'Россия',
  both: 'Обе стороны',
  other: 'Взгляд со стороны',
  asOf: ['Данные проверены на ', ''],
  reportError: 'Сообщить об ошибке',
  machineNote: 'Русский текст переведён с английского машинным переводом.',
  seenAt: 'копия',
  kinds: {
    official: 'официальный источник',
    'news-agency': 'информагентство',
    newspaper: 'СМИ',
    reference: 'справочник',
    analysis: 'аналитика',
    article: 'публикация в СМИ',
  },
};
