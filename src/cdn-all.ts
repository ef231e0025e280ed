/**
 * The CDN bundle of all three widgets (`dist/cdn/all/kuril-widgets-all.js`), which the loader
 * imports instead of the three widget chunks when a page holds all three: one file compresses
 * better than three (the widgets share much of their code's and styles' vocabulary), and the page
 * makes one request instead of four. Its lazy parts (the rest of the data, the Japanese and Russian
 * text, the validator) are chunks of its own under `all/chunks/`. Not part of the npm package's API.
 */
import './kuril-timeline.js';
import './kuril-claims.js';
import './kuril-factbox.js';
