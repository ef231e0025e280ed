import type { Language } from '../data/schema.js';

/** Plural rules by language, made on first use: nothing here sets up Intl when it is imported. */
const rules = new Map<Language, Intl.PluralRules>();

/** The CLDR plural category of a number in a language (`one`, `few`, `many`, `other`…). */
export function pluralCategory(lang: Language, value: number): Intl.LDMLPluralRule {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return rule.select(value);
}
