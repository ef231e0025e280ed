/**
 * kuril-widgets: registers <kuril-timeline>, <kuril-claims> and <kuril-factbox>, and exports their
 * classes, events and the base class. The dataset and its query functions are in `kuril-widgets/data.js`.
 */
export { KurilTimeline } from './kuril-timeline.js';
export { KurilClaims } from './kuril-claims.js';
export { KurilFactbox } from './kuril-factbox.js';
export { KurilElement, THEMES, HEADING_LEVELS } from './components/base/kuril-element.js';
export type { Theme, HeadingLevel } from './components/base/kuril-element.js';
export { NAMINGS } from './i18n/names.js';
export type { Naming } from './i18n/names.js';
export * from './events.js';
export { ORDERS, DENSITIES, type Order, type Density } from './components/timeline/timeline.js';
export { CLAIMS_LAYOUTS, CLAIMS_FIRST, type ClaimsLayout, type ClaimsFirst } from './components/claims/claims.js';
export {
  FACTBOX_FIELDS,
  FACTBOX_ISLANDS,
  UNITS,
  type FactboxField,
  type FactboxIsland,
  type Units,
} from './components/factbox/factbox.js';
