/**
 * The CDN bundle of all three widgets (`dist/cdn/all/kuril-widgets-all.js`), which the loader
 * imports instead of the three widget chunks when a page holds all three: one file compresses
 * better than three (the widgets share much of their code's and styles' vocabulary), and the page
 * makes one request instead of four. Its lazy parts (the rest of the data, the Japanese and Russian
 * text, the validator) are chunks of its own under `all/chunks/`. Its default export is the three
 * classes, not defined: the loader defines each in a task of its own. Not part of the npm package's API.
 */
import { KurilTimeline } from './components/timeline/timeline.js';
import { KurilClaims } from './components/claims/claims.js';
import { KurilFactbox } from './components/factbox/factbox.js';

export default [KurilTimeline, KurilClaims, KurilFactbox];
