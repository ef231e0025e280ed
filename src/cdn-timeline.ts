/**
 * The CDN loader's chunk of `<kuril-timeline>`: the class, not defined. The loader defines it in a task
 * of its own, after the task that evaluated the chunk (src/loader.ts). The npm entry
 * (src/kuril-timeline.ts) defines it as it is imported.
 */
export { KurilTimeline as default } from './components/timeline/timeline.js';
