// The tags in Preact JSX, typed by kuril-widgets/types/preact-jsx.js.
import 'kuril-widgets/types/preact-jsx.js';
import type { KurilExpandEvent, KurilSelectEvent } from 'kuril-widgets';

export const ok = (
  <main>
    <kuril-timeline from="2013" limit={3} heading-level={3} onkuril-expand={(e: KurilExpandEvent) => e.detail.ids.length}></kuril-timeline>
    <kuril-claims topics="sovereignty" noSources onkuril-source-click={(e) => e.detail.sourceId}></kuril-claims>
    <kuril-factbox island="shikotan" no-map onkuril-select={(e: KurilSelectEvent) => e.detail.island}></kuril-factbox>
  </main>
);

// Wrong types are errors (so the tags are not typed as `any`).
// @ts-expect-error limit is a number or a string
export const badLimit = <kuril-timeline limit={{}}></kuril-timeline>;
// @ts-expect-error kuril-expand carries a KurilExpandEvent, not a KurilSelectEvent
export const badEvent = <kuril-timeline onkuril-expand={(e: KurilSelectEvent) => e.detail.island}></kuril-timeline>;
