/**
 * The dataset's islands in the canonical order (the fact box's query). Pure: no DOM, nothing at import, inputs never mutated.
 * A module of its own, so that only the widget that needs it carries it.
 */
import { ISLAND_IDS, type Dataset, type Island } from './schema.js';
import { list } from './list.js';

/**
 * The dataset's islands in the canonical order (iturup, kunashir, shikotan, habomai), limited to
 * `ids` when given and not empty. Unknown ids are ignored.
 */
export function selectIslands(ds: Dataset, ids?: readonly string[]): Island[] {
  const wanted = ids?.length ? new Set(ids) : undefined;
  const islands = list(ds.islands);
  const result: Island[] = [];
  for (const id of ISLAND_IDS) {
    if (wanted && !wanted.has(id)) continue;
    const island = islands.find((candidate) => candidate.id === id);
    if (island) result.push(island);
  }
  return result;
}

