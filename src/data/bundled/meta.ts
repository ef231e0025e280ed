import type { DatasetMeta } from '../schema.js';

/** The bundled dataset's meta: version, the date it was checked, languages and translation status. */
export const meta: DatasetMeta = {
  version: '1.1.0',
  // The date through which the dataset was checked against stored copies of sources (review of
  // issue 10); the latest development found is of 12 February 2026. See REVIEW.md.
  asOf: '2026-12-01',
  // Where readers report an error: the package page's section on sources and corrections.
  correctionsUrl: 'https://www.npmjs.com/package/kuril-widgets#data-sources-and-corrections',
  languages: ['en', 'ja', 'ru'],
  translationStatus: { en: 'original', ja: 'machine', ru: 'machine' },
};
