import type { Island, Language } from '../../data/schema.js';
import type { Naming } from '../../i18n/names.js';

/**
 * The islands' names in each language under each convention, for text that names islands where
 * the island data is not at hand (the claims panel bundles no islands; only it names islands in
 * running text). The same names as the bundled islands' `names` (test/node/hardening.test.mjs
 * keeps them equal).
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
