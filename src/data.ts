/**
 * `kuril-widgets/data.js`: the dataset's types, the bundled dataset and its sources, and the pure
 * query functions, for publishers who build their own views or validate their own data.
 */
export * from './data/schema.js';
export * from './data/query.js';
export * from './data/localize.js';
export * from './data/select-events.js';
export * from './data/select-claims.js';
export * from './data/select-islands.js';
export { dataset } from './data/dataset.js';
export { sources } from './data/sources.js';
export { validateDataset, validateDatasetAsync, DatasetError, type ValidationResult, type PublisherDataset } from './data/validate.js';
export { inlineJson, inlineDatasetScript } from './data/inline-json.js';
