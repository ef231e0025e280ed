import type { Language, Translation, TranslationStatus } from '../schema.js';

/** The sections of the dataset that have translated text, each a separate chunk per language. */
export const TRANSLATED_SECTIONS = ['overview', 'events', 'claims', 'islands'] as const;
export type TranslatedSection = (typeof TRANSLATED_SECTIONS)[number];

type Translated = Exclude<Language, 'en'>;
type SectionText = Translation[TranslatedSection];

/**
 * Where each language's text comes from, section by section: a table typed by the language union,
 * so a new language is a compile error here until its loaders are added. English is the dataset's
 * own text. A widget loads only the sections it renders (a timeline: events and island names).
 */
const LOADERS: Record<Translated, { status: TranslationStatus } & Record<TranslatedSection, () => Promise<SectionText>>> = {
  ja: {
    status: 'machine',
    overview: () => import('./ja/overview.js').then((m) => m.overview),
    events: () => import('./ja/events.js').then((m) => m.events),
    claims: () => import('./ja/claims.js').then((m) => m.claims),
    islands: () => import('./ja/islands.js').then((m) => m.islands),
  },
  ru: {
    status: 'machine',
    overview: () => import('./ru/overview.js').then((m) => m.overview),
    events: () => import('./ru/events.js').then((m) => m.events),
    claims: () => import('./ru/claims.js').then((m) => m.claims),
    islands: () => import('./ru/islands.js').then((m) => m.islands),
  },
};

const cache = new Map<string, Promise<SectionText>>();

function loadSection(lang: Translated, section: TranslatedSection): Promise<SectionText> {
  const key = `${lang}:${section}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = LOADERS[lang][section]();
    cache.set(key, pending);
    // A failed chunk load may succeed later (a flaky network): do not cache the failure.
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

/**
 * Loads the bundled translation of the dataset's text into a language: the given sections (all by
 * default), each a separate chunk loaded once per page. English is the dataset's own language and
 * needs none.
 */
export async function loadTranslation(
  lang: Language,
  sections: readonly TranslatedSection[] = TRANSLATED_SECTIONS,
): Promise<Translation | undefined> {
  if (lang === 'en') return undefined;
  const texts = await Promise.all(sections.map((section) => loadSection(lang, section)));
  const translation: Translation = { language: lang, status: LOADERS[lang].status };
  sections.forEach((section, i) => Object.assign(translation, { [section]: texts[i] }));
  return translation;
}
