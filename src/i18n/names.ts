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
