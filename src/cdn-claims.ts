/**
 * The CDN loader's chunk of `<kuril-claims>`: the class, not defined. The loader defines it in a task
 * of its own, after the task that evaluated the chunk (src/loader.ts). The npm entry
 * (src/kuril-claims.ts) defines it as it is imported.
 */
export { KurilClaims as default } from './components/claims/claims.js';
