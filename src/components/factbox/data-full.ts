/**
 * Everything the fact box can show: the overview and every island's facts, with all the bundled
 * sources (a publisher's islands may cite any of them).
 */
import { islands } from '../../data/bundled/islands.js';
import { meta } from '../../data/bundled/meta.js';
import { overview } from '../../data/bundled/overview.js';
import { sources } from '../../data/sources.js';
import { emptyDataset } from '../../data/tiers.js';

export const fullData = emptyDataset(meta, { islands, overview, sources });
