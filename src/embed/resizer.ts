/**
 * The host page's side of the iframe embed (dist/cdn/embed-resizer.js, a classic script, under 1 KB
 * gzipped): keeps every `<iframe data-kuril-embed>` as tall as its content. It accepts a message
 * only from that iframe's own window (`event.source`) and origin (the origin of its `src`), so no
 * other frame or page can resize it. The widgets' events, forwarded by the iframe page, are
 * dispatched on the iframe element as `CustomEvent`s of the same name (`kuril-expand`,
 * `kuril-source-click`, `kuril-select`), bubbling, with the same `detail`.
 */
interface EmbedMessage {
  type?: unknown;
  height?: unknown;
  event?: unknown;
  detail?: unknown;
}

const EVENTS = ['kuril-expand', 'kuril-source-click', 'kuril-select'];

addEventListener('message', (e: MessageEvent) => {
  const data = e.data as EmbedMessage | null;
  if (!data || typeof data !== 'object') return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-kuril-embed]')) {
    if (frame.contentWindow !== e.source) continue;
    let origin: string;
    try {
      origin = new URL(frame.src, location.href).origin;
    } catch {
      return;
    }
    if (e.origin !== origin) return;
    if (data.type === 'kuril-embed-height' && typeof data.height === 'number' && data.height > 0 && data.height < 1e6) {
      frame.style.height = `${Math.ceil(data.height)}px`;
    } else if (data.type === 'kuril-embed-event' && EVENTS.includes(data.event as string)) {
      frame.dispatchEvent(new CustomEvent(data.event as string, { detail: data.detail, bubbles: true }));
    }
    return;
  }
});
export {};
