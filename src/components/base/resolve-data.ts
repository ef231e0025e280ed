/**
 * What a widget renders: its bundled sections or a publisher's dataset, localized into the display
 * language. Shared by the browser (the data controller) and the server (`ssr.ts`), so both fall
 * back and word their notices the same way. No DOM.
 */
import { isServer } from 'lit';
import { prepareDateFormat } from '../../data/partial-date.js';
import { englishDataset } from '../../data/query.js';
import type { Dataset, Language, Translation } from '../../data/schema.js';
import { loadTranslation, type TranslatedSection } from '../../data/translations/index.js';
import { baseMessagesOf, baseText } from '../../i18n/messages.js';
import { loadUi, uiReady, type UiTable } from '../../i18n/ui-text.js';

/**
 * The bundled data a widget renders: only the sections it shows (the others empty) and the
 * translated sections to load with them. Each widget module imports its own sections, so a page
 * with one widget loads only that widget's data.
 */
export interface WidgetBundle {
  /** What the widget's compact default view renders (in its own chunk). */
  data: Dataset;
  /** Everything the widget can render, loaded when needed; absent when `data` is all of it. */
  full?: () => Promise<Dataset>;
  sections: readonly TranslatedSection[];
  /**
   * The interface text the widget shows (the shared strings and its own), loaded like `sections`;
   * the shared strings when absent (a subclass written before this field).
   */
  ui?: readonly UiTable<unknown>[];
}

/** What to resolve: the display language and the publisher's dataset, if any. */
export interface DataInput {
  lang: Language;
  /** The `src` URL (trimmed), or `''`. */
  src: string;
  /** The text of an inline `<script type="application/json">` child; used when `src` is empty. */
  inline: string | undefined;
  /** True when the view needs more than the bundle's first tier (see {@link WidgetBundle.full}). */
  full: boolean;
}

export interface ResolvedData {
  data: Dataset;
  /** A short reader-facing notice in the display language (the publisher's dataset failed), or `''`. */
  notice: string;
  /** The developer-facing reason, logged once, or `''`. */
  failure: string;
}

/** How the server reads a `src` (a file, or a fetch against a base URL); the browser fetches. */
export interface ResolveHooks {
  baseUrl?: string;
  read?: (src: string) => Promise<unknown>;
}

/** The interface text a widget shows: its bundle's tables (the shared strings when it names none). */
export const uiOf = (bundle: WidgetBundle): readonly UiTable<unknown>[] => bundle.ui ?? [baseText];

/** What the data comes from (language, `src`, inline text), without the tier. */
export const sourceKey = (input: DataInput): string => JSON.stringify([input.lang, input.src, input.src ? '' : input.inline]);

/** A data request: its source, and whether it needs the full tier (always, for a publisher's data). */
export const inputKey = (input: DataInput): string =>
  `${sourceKey(input)}:${input.full || Boolean(input.src) || input.inline !== undefined}`;

/**
 * The code that applies a translation (data/localize.ts), once loaded: it loads with the first
 * Japanese or Russian text, in parallel with it, so an English page does not carry it.
 */
let localize: typeof import('../../data/localize.js') | undefined;
const loadLocalize = (): Promise<unknown> => import('../../data/localize.js').then((module) => (localize = module));

/** Translations already loaded (with the code that applies them), per bundle and language (so a later widget renders at once). */
const loaded = new WeakMap<WidgetBundle, Map<Language, Translation | undefined>>();
/** The English data of each tier, localized once. */
const english = new WeakMap<Dataset, Dataset>();
/** The full tier of each bundle, once loaded. */
const fullTiers = new WeakMap<WidgetBundle, Dataset>();

/** The bundled data of a tier, when it is loaded: the first tier always is. */
function tierOf(bundle: WidgetBundle, full: boolean): Dataset | undefined {
  return full && bundle.full ? fullTiers.get(bundle) : bundle.data;
}

/** True when the full tier of a bundle is loaded (or the first tier is all there is). */
export function fullTierLoaded(bundle: WidgetBundle): boolean {
  return !bundle.full || fullTiers.has(bundle);
}

/** Loads the full tier of a bundle (once per page); the first tier when it is all there is. */
export async function loadFull(bundle: WidgetBundle): Promise<Dataset> {
  if (!bundle.full) return bundle.data;
  let data = fullTiers.get(bundle);
  if (!data) fullTiers.set(bundle, (data = await bundle.full()));
  return data;
}

/** The localized first tiers handed out (of bundles that have a full tier as well). */
const firstTiers = new WeakSet<Dataset>();

/**
 * True when `data` is a bundle's first tier (in any language), not all of its data nor a
 * publisher's: a view then knows that items are missing (a closed topic, "Show all N").
 */
export const isFirstTier = (data: Dataset): boolean => firstTiers.has(data);

/** A bundle's data in a language, when its tier and its translation are already loaded (or English). */
export function bundledSync(bundle: WidgetBundle, lang: Language, full = false): Dataset | undefined {
  const base = tierOf(bundle, full);
  if (!base) return undefined;
  let data: Dataset | undefined;
  if (lang === 'en') {
    data = english.get(base);
    if (!data) english.set(base, (data = englishDataset(base)));
  } else {
    const byLang = loaded.get(bundle);
    if (!byLang?.has(lang) || !localize) return undefined;
    data = localize.localizeDataset(base, byLang.get(lang));
  }
  if (base === bundle.data && bundle.full) firstTiers.add(data);
  return data;
}

/** Resolves a widget's data synchronously when nothing needs loading, else `undefined`. */
export function resolveSync(input: DataInput, bundle: WidgetBundle): ResolvedData | undefined {
  if (input.src || input.inline !== undefined) return undefined;
  if (!uiOf(bundle).every((table) => uiReady(table, input.lang))) return undefined;
  const data = bundledSync(bundle, input.lang, input.full);
  return data && { data, notice: '', failure: '' };
}

/**
 * Loads what a widget needs (the translation of its sections, a publisher's dataset) and
 * localizes it. Never rejects: a publisher's dataset that fails as a whole gives the bundled data
 * and a notice.
 */
export async function resolveData(input: DataInput, bundle: WidgetBundle, hooks: ResolveHooks = {}): Promise<ResolvedData> {
  const { lang, src, inline } = input;
  const custom = Boolean(src) || inline !== undefined;
  // A publisher's dates are formatted with Intl as the widget renders them: in the browser, set up
  // the date formatter (and ICU) in a task of its own while the dataset loads.
  if (custom && !isServer) setTimeout(() => prepareDateFormat(lang));
  // A publisher's dataset is merged over everything the widget bundles (its items may cite any source).
  const bundledPromise = input.full || custom ? loadFull(bundle) : Promise.resolve(bundle.data);
  // A chunk of the library that does not load (offline, or blocked by a Content-Security-Policy)
  // is logged and shown to the reader as a notice, never silently.
  const partsFailed: string[] = [];
  let translationFailed = false;
  const translationPromise = Promise.all([loadTranslation(lang, bundle.sections), lang === 'en' ? undefined : loadLocalize()])
    .then(([translation]) => translation)
    .catch((error: unknown) => {
      // A missing translation chunk (or the code that applies it): English text, labelled by its `lang`.
      console.error(`kuril-widgets: could not load the ${lang} text: ${String(error)}`);
      partsFailed.push(`the ${lang} text: ${String(error)}`);
      translationFailed = true;
      return undefined;
    });
  const uiPromise = loadUi(uiOf(bundle), lang).catch((error: unknown) => {
    // A missing interface chunk: the English labels (ui() falls back to them).
    console.error(`kuril-widgets: could not load the ${lang} interface text: ${String(error)}`);
    partsFailed.push(`the ${lang} interface text: ${String(error)}`);
  });
  let bundled: Dataset;
  try {
    bundled = await bundledPromise;
  } catch (error) {
    // The rest of the bundled data could not load: show what the widget has.
    console.error(`kuril-widgets: could not load the bundled data: ${String(error)}`);
    partsFailed.push(`the bundled data: ${String(error)}`);
    bundled = bundle.data;
  }
  const translation = await translationPromise;
  await uiPromise;
  if (!translationFailed) {
    let byLang = loaded.get(bundle);
    if (!byLang) loaded.set(bundle, (byLang = new Map()));
    byLang.set(lang, translation);
  }
  if (!custom && !partsFailed.length) {
    const sync = resolveSync(input, bundle);
    if (sync) return sync;
  }
  let base = bundled;
  // The reader gets a short notice; the reasons are in the console errors above.
  let notice = partsFailed.length ? baseMessagesOf(lang).partFailed : '';
  let failure = '';
  if (custom) {
    try {
      const { resolveDataset } = await import('../../data/load.js');
      const result = await resolveDataset({ src, inline: src ? undefined : inline, bundled, ...hooks });
      base = result.dataset;
      if (result.failure) {
        failure = result.failure.message;
        notice = [notice, baseMessagesOf(lang).dataFailed].filter(Boolean).join(' ');
      }
    } catch (error) {
      // The validator chunk itself could not load (offline, blocked by a CSP).
      failure = `could not load the dataset validator: ${String(error)}`;
      notice = [notice, baseMessagesOf(lang).dataFailed].filter(Boolean).join(' ');
    }
  }
  const data =
    translation && localize
      ? localize.localizeDataset(base, localize.restrictTranslation(base, bundled, translation))
      : englishDataset(base);
  return { data, notice, failure };
}
