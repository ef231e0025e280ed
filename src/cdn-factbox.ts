/**
 * The CDN loader's chunk of `<kuril-factbox>`: the class, not defined. The loader defines it in a task
 * of its own, after the task that evaluated the chunk (src/loader.ts). The npm entry
 * (src/kuril-factbox.ts) defines it as it is imported.
 */
export { KurilFactbox as default } from './components/factbox/factbox.js';
