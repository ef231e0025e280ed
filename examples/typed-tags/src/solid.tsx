// The tags in Solid JSX, typed by kuril-widgets/types/solid-jsx.js. Solid listens with `on:`.
import 'kuril-widgets/types/solid-jsx.js';
import type { KurilExpandEvent, KurilSelectEvent } from 'kuril-widgets';

export const ok = (
  <main>
    <kuril-timeline from="2013" limit={3} headingLevel={3} on:kuril-expand={(e: KurilExpandEvent) => e.detail.ids.length}></kuril-timeline>
    <kuril-claims topics="sovereignty" no-sources on:kuril-source-click={(e) => e.detail.sourceId}></kuril-claims>
    <kuril-factbox island="shikotan" noMap on:kuril-select={(e: KurilSelectEvent) => e.detail.island}></kuril-factbox>
  </main>
);

// @ts-expect-error limit is a number or a string
export const badLimit = <kuril-timeline limit={{}}></kuril-timeline>;
// @ts-expect-error kuril-select carries a KurilSelectEvent
export const badEvent = <kuril-factbox on:kuril-select={(e: KurilExpandEvent) => e.detail.ids}></kuril-factbox>;
