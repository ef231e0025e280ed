import type { Language } from '../data/schema.js';

/** The languages whose interface text is not English, each loaded on demand. */
export type TranslatedUi = Exclude<Language, 'en'>;

/**
 * A table of interface strings: the English in the module that declares it (so an English page
 * carries no other language), Japanese and Russian in chunks of their own (`src/i18n/<lang>/`),
 * which a widget loads with the dataset's text before it renders in that language. `load` is typed
 * by the language union: a new language is a compile error in every table until its text exists.
 */
export interface UiTable<T> {
  /** Names the chunk (`src/i18n/<lang>/<name>.ts`), for messages and the CDN loader's preloads. */
  readonly name: string;
  readonly en: T;
  readonly load: Readonly<Record<TranslatedUi, () => Promise<T>>>;
}

/** The text of each table per language, once loaded. */
const loaded = new WeakMap<UiTable<unknown>, Map<Language, unknown>>();
/** Loads under way, so a page's widgets share one. */
const pending = new WeakMap<UiTable<unknown>, Map<Language, Promise<void>>>();

export function defineUi<T>(name: string, en: T, load: Record<TranslatedUi, () => Promise<T>>): UiTable<T> {
  return { name, en, load };
}

/** Whether a table's text in a language is there (English always is). */
export function uiReady(table: UiTable<unknown>, lang: Language): boolean {
  return lang === 'en' || Boolean(loaded.get(table)?.has(lang));
}

/**
 * A table's text in a language: the loaded text, or the English while it is not loaded (or could
 * not load: the widget then says that part of it is missing or in English).
 */
export function ui<T>(table: UiTable<T>, lang: Language): T {
  if (lang === 'en') return table.en;
  return (loaded.get(table as UiTable<unknown>)?.get(lang) as T | undefined) ?? table.en;
}

function loadOne(table: UiTable<unknown>, lang: TranslatedUi): Promise<void> {
  let byLang = pending.get(table);
  if (!byLang) pending.set(table, (byLang = new Map()));
  let load = byLang.get(lang);
  if (!load) {
    const requests = byLang;
    load = table.load[lang]().then(
      (text) => {
        let texts = loaded.get(table);
        if (!texts) loaded.set(table, (texts = new Map()));
        texts.set(lang, text);
      },
      (error: unknown) => {
        // A failed chunk may load later (a flaky network): try again next time.
        requests.delete(lang);
        throw error;
      },
    );
    byLang.set(lang, load);
  }
  return load;
}

/** Loads the text of these tables in a language (nothing for English); rejects when one fails. */
export async function loadUi(tables: readonly UiTable<unknown>[], lang: Language): Promise<void> {
  if (lang === 'en') return;
  await Promise.all(tables.filter((t) => !uiReady(t, lang)).map((t) => loadOne(t, lang)));
}
