/**
 * True for an `http(s)://host…` or `mailto:…` URL, the only corrections links shown. Read from the
 * text itself, not with `new URL()` (which a widget's first render should not pay for): anything
 * else is refused, leading or trailing white space, control characters and credentials included.
 * The validator warns about exactly what this refuses.
 */
export function isLinkUrl(url: unknown): url is string {
  return (
    typeof url === 'string' &&
    // No C0 control, space, DEL, C1 control, no-break space or backslash anywhere.
    ![...url].some((c) => c <= '\u0020' || (c >= '\u007f' && c <= '\u00a0') || c === '\\') &&
    /^(?:https?:\/\/[^/?#@]+(?:[/?#].*)?|mailto:.+)$/i.test(url)
  );
}
