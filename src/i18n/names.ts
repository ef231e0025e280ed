import type { Island, Language } from '../data/schema.js';

/** How places are named: both names (default), or one side's convention. */
export const NAMINGS = ['neutral', 'japanese', 'russian'] as const;
export type Naming = (typeof NAMINGS)[number];

/**
 * An island's name in a language under a naming convention.
 *
 * `neutral` gives both names when they differ, one when they are the same ("Shikotan"). The name
 * of the display language's own side comes first: Japanese first in Japanese ("択捉島 / イトゥルップ島"),
 * Russian first in Russian ("Итуруп / Эторофу"). English, the language of neither side, keeps the
 * order it has always had, Russian (the administering side's) name first ("Iturup / Etorofu"), so
 * that English text and links stay stable.
 */
export function islandName(island: Pick<Island, 'names'>, lang: Language, naming: Naming): string {
  const names = island.names[lang] ?? island.names.en;
  if (naming === 'japanese') return names.japanese;
  if (naming === 'russian') return names.russian;
  if (names.russian === names.japanese) return names.russian;
  return lang === 'ja' ? `${names.japanese} / ${names.russian}` : `${names.russian} / ${names.japanese}`;
}

/**
 * The islands' names in each language under each convention, for text that names islands where
 * the island data is not at hand (the claims panel bundles no islands). The same names as the
 * bundled islands' `names` (test/data/integrity.test.ts keeps them equal).
 */
export const ISLAND_NAMES: readonly Pick<Island, 'names'>[] = [
  {
    names: {
      en: { japanese: 'Etorofu', russian: 'Iturup' },
      ja: { japanese: '択捉島', russian: 'イトゥルップ島' },
      ru: { japanese: 'Эторофу', russian: 'Итуруп' },
    },
  },
  {
    names: {
      en: { japanese: 'Kunashiri', russian: 'Kunashir' },
      ja: { japanese: '国後島', russian: 'クナシル島' },
      ru: { japanese: 'Кунасири', russian: 'Кунашир' },
    },
  },
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const namePatterns = new Map<string, RegExp>();

/**
 * Applies a naming convention to text written in `lang` that gives both names of an island, as the
 * dataset's neutral text does ("Iturup/Etorofu", "択捉島／イトゥルップ島", "на Итурупе/Эторофу"):
 * `japanese` keeps Japan's name, `russian` Russia's (with its Russian case ending), `neutral`
 * leaves the text as it is. Quotes are never passed here: they stay verbatim.
 */
export function nameIslandsIn(text: string, islands: readonly Pick<Island, 'names'>[], lang: Language, naming: Naming): string {
  if (naming === 'neutral' || !/[/／]/.test(text)) return text;
  let out = text;
  for (const island of islands) {
    const names = island.names[lang];
    if (!names || names.russian === names.japanese) continue;
    // Russian declines the Russian names (Итурупе, Кунашира); the Japanese ones it leaves as they are.
    const ending = lang === 'ru' ? '[а-яё]*' : '';
    const key = `${lang}:${names.russian}:${names.japanese}`;
    let pattern = namePatterns.get(key);
    if (!pattern) {
      const r = `(${escape(names.russian)}${ending})`;
      const j = `(${escape(names.japanese)})`;
      pattern = new RegExp(`${r}\\s?[/／]\\s?${j}|${j}\\s?[/／]\\s?${r}`, 'g');
      namePatterns.set(key, pattern);
    }
    out = out.replace(pattern, (_all, r1?: string, j1?: string, j2?: string, r2?: string) =>
      naming === 'russian' ? (r1 ?? r2 ?? '') : (j1 ?? j2 ?? ''),
    );
  }
  return out;
}
