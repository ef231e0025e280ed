import type { Island, Language } from '../data/schema.js';

/** How places are named: both names (default), or one side's convention. */
export const NAMINGS = ['neutral', 'japanese', 'russian'] as const;
export type Naming = (typeof NAMINGS)[number];

/**
 * An island's name in a language under a naming convention. `neutral` gives both names when they
 * differ ("Iturup / Etorofu"), one when they are the same ("Shikotan").
 */
export function islandName(island: Pick<Island, 'names'>, lang: Language, naming: Naming): string {
  const names = island.names[lang] ?? island.names.en;
  if (naming === 'japanese') return names.japanese;
  if (naming === 'russian') return names.russian;
  return names.russian === names.japanese ? names.russian : `${names.russian} / ${names.japanese}`;
}
