import type { TranslatedSection } from './data/translations/index.js';

/**
 * The translated sections each widget renders, declared once: the widgets load these (and only
 * these) for Japanese and Russian, and the CDN loader preloads them with the widget's code.
 */
export const WIDGET_SECTIONS = {
  'kuril-timeline': ['events', 'islands'],
  'kuril-claims': ['claims'],
  'kuril-factbox': ['islands', 'overview'],
} as const satisfies Record<string, readonly TranslatedSection[]>;

export type WidgetTag = keyof typeof WIDGET_SECTIONS;
