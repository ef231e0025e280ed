import type { Language, Translation } from '../schema.js';

const cache = new Map<Language, Promise<Translation | undefined>>();

/**
 * Loads the bundled translation of the dataset's text into a language, as a separate chunk, once
 * per page. English is the dataset's own language and needs none.
 */
export function loadTranslation(lang: Language): Promise<Translation | undefined> {
  if (lang === 'en') return Promise.resolve(undefined);
  let pending = cache.get(lang);
  if (!pending) {
    pending = lang === 'ja' ? import('./ja.js').then((m) => m.ja) : import('./ru.js').then((m) => m.ru);
    cache.set(lang, pending);
    // A failed chunk load may succeed later (a flaky network): do not cache the failure.
    pending.catch(() => cache.delete(lang));
  }
  return pending;
}
