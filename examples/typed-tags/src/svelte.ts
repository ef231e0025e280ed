// The tags in Svelte templates are typed by kuril-widgets/types/svelte.js (svelte-check reads
// SvelteHTMLElements); here the same types are checked with tsc.
import 'kuril-widgets/types/svelte.js';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { KurilExpandEvent, KurilSelectEvent } from 'kuril-widgets';

export const timeline: SvelteHTMLElements['kuril-timeline'] = {
  from: '2013',
  limit: 3,
  'heading-level': 3,
  'onkuril-expand': (e: KurilExpandEvent) => void e.detail.ids,
  'on:kuril-source-click': (e) => void e.detail.sourceId,
};
export const factbox: SvelteHTMLElements['kuril-factbox'] = {
  island: 'shikotan',
  'no-map': true,
  'onkuril-select': (e: KurilSelectEvent) => void e.detail.island,
};

// @ts-expect-error limit is a number or a string
export const badLimit: SvelteHTMLElements['kuril-timeline'] = { limit: {} };
// @ts-expect-error kuril-select carries a KurilSelectEvent
export const badEvent: SvelteHTMLElements['kuril-factbox'] = { 'onkuril-select': (e: KurilExpandEvent) => void e.detail.ids };
