/** An array field of untrusted data, or none. */
export function list<T>(items: readonly T[] | undefined): readonly T[] {
  return Array.isArray(items) ? items : [];
}

