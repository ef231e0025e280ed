import type { Language, Translation } from '../schema.js';

const cache = new Map<Language, Promise<Translation | undefined>>();

/**
 * Where each language's text comes from: a table typed by the language union, so a new language
 * is a compile error here until its loader is added. English is the dataset's own text.
 */
const LOADERS: Record<Language, () => Promise<Translation | undefined>> = {
  en: () => Promise.resolve(undefined),
  ja: () => import('./ja.js').then((m) => m.ja),
  ru: () => import('./ru.js').then((m) => m.ru),
};

/**
 * Loads the bundled translation of the dataset's text into a language, as a separate chunk, once
 * per page. English is the dataset's own language and needs none.
 */
export function loadTranslation(lang: Language): Promise<Translation | undefined> {
  if (lang === 'en') return Promise.resolve(undefined);
  let pending = cache.get(lang);
  if (!pending) {
    pending = LOADERS[lang]();
    cache.set(lang, pending);
    // A failed chunk load may succeed later (a flaky network): do not cache the failure.
    pending.catch(() => cache.delete(lang));
  }
  return pending;
}
