import { KurilTimeline } from './components/timeline/timeline.js';

export { KurilTimeline };

KurilTimeline.define();

declare global {
  interface HTMLElementTagNameMap {
    'kuril-timeline': KurilTimeline;
  }
}
