/**
 * Writing a dataset as an inline `<script type="application/json">` child. Pure: no DOM.
 */

/**
 * JSON text that is safe inside `<script type="application/json">…</script>`: every `<` is written
 * as `\u003c`, so no text in the data (`</script>`, `<!--`) can end the block early, and U+2028 and
 * U+2029 as escapes. The result parses back with `JSON.parse` to the same value.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A widget's inline dataset child: `<script type="application/json">…</script>`, escaped. */
export function inlineDatasetScript(value: unknown): string {
  return `<script type="application/json">${inlineJson(value)}</script>`;
}
