/** Everything the claims panel can show: every claim, with all the bundled sources (a publisher's claims may cite any of them). */
import { claims } from '../../data/bundled/claims.js';
import { meta } from '../../data/bundled/meta.js';
import { sources } from '../../data/sources.js';
import { emptyDataset } from '../../data/tiers.js';

export const fullData = emptyDataset(meta, { claims, sources });
