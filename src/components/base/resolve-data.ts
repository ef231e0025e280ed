/**
 * What a widget renders: the bundled or a publisher's dataset, localized into the display language.
 * Shared by the browser (the data controller) and the server (`ssr.ts`), so both fall back and
 * word their notices the same way. No DOM.
 */
import { dataset as bundledDataset } from '../../data/dataset.js';
import { localizeDataset, restrictTranslation } from '../../data/query.js';
import type { Dataset, Language, Translation } from '../../data/schema.js';
import { loadTranslation } from '../../data/translations/index.js';
import { baseMessages } from '../../i18n/messages.js';

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

let english: Dataset | undefined;
const translations = new Map<Language, Translation | undefined>();

/** The bundled dataset in a language, when its translation is already loaded (or English). */
export function bundledSync(lang: Language): Dataset | undefined {
  if (lang === 'en') return (english ??= localizeDataset(bundledDataset));
  if (!translations.has(lang)) return undefined;
  const tr = translations.get(lang);
  return localizeDataset(bundledDataset, restrictTranslation(bundledDataset, bundledDataset, tr));
}

/** Resolves a widget's data synchronously when nothing needs loading, else `undefined`. */
export function resolveSync(input: DataInput): ResolvedData | undefined {
  if (input.src || input.inline !== undefined) return undefined;
  const data = bundledSync(input.lang);
  return data && { data, notice: '', failure: '' };
}

/**
 * Loads what a widget needs (the translation, a publisher's dataset) and localizes it. Never
 * rejects: a publisher's dataset that fails as a whole gives the bundled data and a notice.
 */
export async function resolveData(input: DataInput, hooks: ResolveHooks = {}): Promise<ResolvedData> {
  const { lang, src, inline } = input;
  const translation = await loadTranslation(lang).catch((error: unknown) => {
    // A missing translation chunk (blocked or offline): English text, labelled by its `lang`.
    console.error(`kuril-widgets: could not load the ${lang} text: ${String(error)}`);
    return undefined;
  });
  if (translation !== undefined || lang === 'en') translations.set(lang, translation);
  const sync = resolveSync(input);
  if (sync) return sync;
  let base = bundledDataset;
  let notice = '';
  let failure = '';
  if (src || inline !== undefined) {
    try {
      const { resolveDataset } = await import('../../data/load.js');
      const result = await resolveDataset({ src, inline: src ? undefined : inline, ...hooks });
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
  return { data: localizeDataset(base, restrictTranslation(base, bundledDataset, translation)), notice, failure };
}
