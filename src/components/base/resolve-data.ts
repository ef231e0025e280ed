/**
 * What a widget renders: its bundled sections or a publisher's dataset, localized into the display
 * language. Shared by the browser (the data controller) and the server (`ssr.ts`), so both fall
 * back and word their notices the same way. No DOM.
 */
import { localizeDataset, restrictTranslation } from '../../data/query.js';
import type { Dataset, Language, Translation } from '../../data/schema.js';
import { loadTranslation, type TranslatedSection } from '../../data/translations/index.js';
import { baseMessages } from '../../i18n/messages.js';

/**
 * The bundled data a widget renders: only the sections it shows (the others empty) and the
 * translated sections to load with them. Each widget module imports its own sections, so a page
 * with one widget loads only that widget's data.
 */
export interface WidgetBundle {
  data: Dataset;
  sections: readonly TranslatedSection[];
}

/** What to resolve: the display language and the publisher's dataset, if any. */
export interface DataInput {
  lang: Language;
  /** The `src` URL (trimmed), or `''`. */
  src: string;
  /** The text of an inline `<script type="application/json">` child; used when `src` is empty. */
  inline: string | undefined;
}

export interface ResolvedData {
  data: Dataset;
  /** A reader-facing notice (the publisher's dataset failed), or `''`. */
  notice: string;
  /** The developer-facing reason, logged once, or `''`. */
  failure: string;
}

/** How the server reads a `src` (a file, or a fetch against a base URL); the browser fetches. */
export interface ResolveHooks {
  baseUrl?: string;
  read?: (src: string) => Promise<unknown>;
}

export const inputKey = (input: DataInput): string => JSON.stringify([input.lang, input.src, input.src ? '' : input.inline]);

/** Translations already loaded, per bundle and language (so a later widget renders at once). */
const loaded = new WeakMap<WidgetBundle, Map<Language, Translation | undefined>>();
/** The English data of each bundle, localized once. */
const english = new WeakMap<WidgetBundle, Dataset>();

/** A bundle's data in a language, when its translation is already loaded (or English). */
export function bundledSync(bundle: WidgetBundle, lang: Language): Dataset | undefined {
  if (lang === 'en') {
    let data = english.get(bundle);
    if (!data) english.set(bundle, (data = localizeDataset(bundle.data)));
    return data;
  }
  const byLang = loaded.get(bundle);
  if (!byLang?.has(lang)) return undefined;
  const tr = byLang.get(lang);
  return localizeDataset(bundle.data, restrictTranslation(bundle.data, bundle.data, tr));
}

/** Resolves a widget's data synchronously when nothing needs loading, else `undefined`. */
export function resolveSync(input: DataInput, bundle: WidgetBundle): ResolvedData | undefined {
  if (input.src || input.inline !== undefined) return undefined;
  const data = bundledSync(bundle, input.lang);
  return data && { data, notice: '', failure: '' };
}

/**
 * Loads what a widget needs (the translation of its sections, a publisher's dataset) and
 * localizes it. Never rejects: a publisher's dataset that fails as a whole gives the bundled data
 * and a notice.
 */
export async function resolveData(input: DataInput, bundle: WidgetBundle, hooks: ResolveHooks = {}): Promise<ResolvedData> {
  const { lang, src, inline } = input;
  let translationFailed = false;
  const translation = await loadTranslation(lang, bundle.sections).catch((error: unknown) => {
    // A missing translation chunk (blocked or offline): English text, labelled by its `lang`.
    console.error(`kuril-widgets: could not load the ${lang} text: ${String(error)}`);
    translationFailed = true;
    return undefined;
  });
  if (!translationFailed) {
    let byLang = loaded.get(bundle);
    if (!byLang) loaded.set(bundle, (byLang = new Map()));
    byLang.set(lang, translation);
  }
  const sync = resolveSync(input, bundle);
  if (sync) return sync;
  let base = bundle.data;
  let notice = '';
  let failure = '';
  if (src || inline !== undefined) {
    try {
      const { resolveDataset } = await import('../../data/load.js');
      const result = await resolveDataset({ src, inline: src ? undefined : inline, bundled: bundle.data, ...hooks });
      base = result.dataset;
      if (result.failure) {
        failure = result.failure.message;
        notice = baseMessages[lang].dataFailed(result.failure.message);
      }
    } catch (error) {
      // The validator chunk itself could not load (offline, blocked by a CSP).
      failure = `could not load the dataset validator: ${String(error)}`;
      notice = baseMessages[lang].dataFailed(failure);
    }
  }
  return { data: localizeDataset(base, restrictTranslation(base, bundle.data, translation)), notice, failure };
}
