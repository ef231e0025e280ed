import { LANGUAGES, type Language } from '../data/schema.js';

/**
 * Maps a BCP 47 language tag to a supported language: `ja-JP` → `ja`, `ru` → `ru`, `en-GB` → `en`.
 * Returns `undefined` for anything else (including an empty tag).
 */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : undefined;
}

/**
 * The language tag that applies to an element: its own `lang` attribute, else the closest ancestor
 * with a non-empty one (crossing shadow roots), else `<html lang>`. Empty when none is set.
 */
export function inheritedLangTag(el: Element): string {
  let node: Node | null = el;
  while (node) {
    // An empty lang (what a framework writes for an unset binding) counts as not set.
    const tag = node instanceof Element ? node.getAttribute('lang')?.trim() : undefined;
    if (tag) return tag;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.getAttribute('lang') ?? '';
}
