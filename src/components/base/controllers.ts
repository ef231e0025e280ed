/**
 * Browser-only behaviour of the widgets, as Lit reactive controllers. None of them runs on the
 * server: `@lit-labs/ssr` never connects an element, and each controller checks `isServer` before
 * it touches `window`, `document`, `matchMedia` or `location`.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { inheritedLangTag } from '../../i18n/lang.js';
import { inputKey, resolveData, resolveSync, sourceKey, type DataInput, type ResolvedData, type WidgetBundle } from './resolve-data.js';

type Host = ReactiveControllerHost & HTMLElement;

// -------------------------------------------------------------------------------------------------
// Language inherited from ancestors and <html>
// -------------------------------------------------------------------------------------------------

const langHosts = new Map<Host, (tag: string) => void>();
let langObserver: MutationObserver | undefined;

/**
 * Follows the `lang` that applies to the host from its ancestors and `<html>` (as GitHub's
 * relative-time-element does): one MutationObserver per page on `lang` attributes, so changing
 * `<html lang>` or an ancestor's re-renders the widget in the new language.
 */
export class LangController implements ReactiveController {
  constructor(
    private host: Host,
    private onChange: (tag: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    langHosts.set(this.host, this.onChange);
    this.onChange(inheritedLangTag(this.host));
    if (!langObserver && typeof MutationObserver !== 'undefined') {
      langObserver = new MutationObserver(() => {
        for (const [host, onChange] of langHosts) onChange(inheritedLangTag(host));
      });
      langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    langHosts.delete(this.host);
    if (!langHosts.size) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  }
}

// -------------------------------------------------------------------------------------------------
// Inline dataset child
// -------------------------------------------------------------------------------------------------

/** The text of the host's `<script type="application/json">` child, or `undefined`. */
export function inlineJsonOf(host: Element): string | undefined {
  for (const child of host.children) {
    if (child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json') {
      return child.textContent ?? '';
    }
  }
  return undefined;
}

/**
 * Reads the host's inline `<script type="application/json">` child, and reads it again whenever
 * one is added, removed or edited after upgrade (a streamed page, a framework rendering children
 * later).
 */
export class InlineDataController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(
    private host: Host,
    private onChange: (json: string | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.onChange(inlineJsonOf(this.host));
    this.observer ??= new MutationObserver(() => this.onChange(inlineJsonOf(this.host)));
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}

// -------------------------------------------------------------------------------------------------
// Data and translations
// -------------------------------------------------------------------------------------------------

/**
 * Loads what the host renders (its translation, a publisher's `src` or inline dataset) whenever
 * its inputs change, latest request wins. `sync()` starts a load and returns its promise, or
 * applies the result at once when nothing needs loading.
 */
export class DataController implements ReactiveController {
  private key = '';
  private pending?: Promise<void>;

  constructor(
    private host: Host,
    private input: () => DataInput,
    private bundle: () => WidgetBundle,
    private deliver: (result: ResolvedData | undefined, more: boolean) => void,
  ) {
    host.addController(this);
  }

  /** The inputs but the tier: when only the tier changes, the widget keeps showing what it has. */
  private sourceKey = '';
  /** True when the last load failed (the bundled data is shown with a notice). */
  private failed = false;

  /** A widget whose publisher dataset failed tries again when it is connected again. */
  hostConnected(): void {
    if (!this.failed) return;
    this.failed = false;
    this.key = '';
    this.sourceKey = '';
    this.host.requestUpdate();
  }

  /** Starts loading for the current inputs when they changed; the promise settles when applied. */
  sync(): Promise<void> | undefined {
    if (isServer) return undefined;
    const input = this.input();
    const key = inputKey(input);
    if (key === this.key) return this.pending;
    this.key = key;
    const source = sourceKey(input);
    const more = source === this.sourceKey;
    this.sourceKey = source;
    const ready = resolveSync(input, this.bundle());
    if (ready) {
      this.pending = undefined;
      this.failed = false;
      this.deliver(ready, more);
      return undefined;
    }
    this.deliver(undefined, more);
    const bundle = this.bundle();
    const pending = resolveData(input, bundle)
      .catch((error: unknown): ResolvedData => {
        // resolveData handles every failure it knows of; anything else still ends the loading state.
        const data = resolveSync({ ...input, src: '', inline: undefined }, bundle)?.data ?? bundle.data;
        return { data, notice: '', failure: `could not load the data: ${String(error)}` };
      })
      .then((result) => {
        if (this.key !== key) return;
        this.pending = undefined;
        this.failed = Boolean(result.failure);
        // A widget removed while it loaded reports nothing: it tries again, and says so if that
        // fails too, when it is connected again (hostConnected).
        if (result.failure && this.host.isConnected) {
          console.error(`<${this.host.localName}>: ${result.failure}. Falling back to the bundled dataset.`);
        }
        this.deliver(result, more);
      });
    this.pending = pending;
    return pending;
  }
}

// -------------------------------------------------------------------------------------------------
// Deferring widgets far below the fold
// -------------------------------------------------------------------------------------------------

/** True when the element starts more than 1.5 screens below the top of the viewport. */
function farBelowFold(el: Element): boolean {
  if (typeof IntersectionObserver === 'undefined' || /^#(kuril-|claim-)/.test(location.hash)) return false;
  if (matchMedia('print').matches) return false;
  return el.getBoundingClientRect().top > innerHeight * 1.5;
}

/**
 * A widget far below the fold (more than 1.5 screens down) renders its first view when it comes
 * near the viewport, when the browser is idle, or before printing, whichever comes first. A deep
 * link (`#kuril-…`, `#claim-…`) renders everything at once.
 */
export class DeferController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Resolves at once for a widget near the viewport; otherwise when it nears it or the page idles. */
  whenNear(): Promise<void> | undefined {
    if (isServer || !farBelowFold(this.host)) return undefined;
    const el = this.host;
    return new Promise((resolve) => {
      const done = () => {
        observer.disconnect();
        removeEventListener('beforeprint', done);
        resolve();
      };
      const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && done(), {
        rootMargin: '100% 0px',
      });
      observer.observe(el);
      addEventListener('beforeprint', done);
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
        .requestIdleCallback;
      if (idle) idle(done, { timeout: 2000 });
      else setTimeout(done, 300);
    });
  }
}

// -------------------------------------------------------------------------------------------------
// Intent
// -------------------------------------------------------------------------------------------------

/** What tells that the reader is about to act on a widget. */
const INTENT_EVENTS = ['pointerover', 'focusin', 'touchstart'] as const;

/**
 * Calls `onIntent` once, the first time the reader points at, touches or focuses the host: the
 * moment to fetch what one of their actions would need, as lite-youtube-embed warms its
 * connections on hover. A page nobody reads the widget on pays for what it shows and no more.
 * `reset()` listens again (after a fetch that failed).
 */
export class IntentController implements ReactiveController {
  private fired = false;

  constructor(
    private readonly host: Host,
    private readonly onIntent: () => void,
  ) {
    host.addController(this);
  }

  private fire = (): void => {
    if (this.fired) return;
    this.fired = true;
    this.listen(false);
    this.onIntent();
  };

  private listen(on: boolean): void {
    for (const type of INTENT_EVENTS) {
      if (on) this.host.addEventListener(type, this.fire, { passive: true });
      else this.host.removeEventListener(type, this.fire);
    }
  }

  reset(): void {
    this.fired = false;
    if (this.host.isConnected) this.listen(true);
  }

  hostConnected(): void {
    if (!this.fired) this.listen(true);
  }

  hostDisconnected(): void {
    this.listen(false);
  }
}

// -------------------------------------------------------------------------------------------------
// Print
// -------------------------------------------------------------------------------------------------

/** Tells the host when the page prints, so it renders everything (synchronously, before printing). */
export class PrintController implements ReactiveController {
  private media?: MediaQueryList;

  constructor(
    host: Host,
    private onChange: (printing: boolean) => void,
  ) {
    host.addController(this);
  }

  private handle = (e: Event): void => {
    this.onChange(e.type === 'beforeprint' || (e as MediaQueryListEvent).matches === true);
  };

  hostConnected(): void {
    if (isServer) return;
    this.media ??= matchMedia('print');
    addEventListener('beforeprint', this.handle);
    addEventListener('afterprint', this.handle);
    this.media.addEventListener('change', this.handle);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.handle);
    removeEventListener('afterprint', this.handle);
    this.media?.removeEventListener('change', this.handle);
  }
}

// -------------------------------------------------------------------------------------------------
// Deep links
// -------------------------------------------------------------------------------------------------

/** Calls `onHash` with the page's fragment (without `#`) on connect and on every `hashchange`. */
export class HashController implements ReactiveController {
  constructor(
    host: Host,
    private onHash: (fragment: string) => void,
  ) {
    host.addController(this);
  }

  private handle = (): void => this.onHash(decodeURIComponent(location.hash.slice(1)));

  hostConnected(): void {
    if (isServer) return;
    addEventListener('hashchange', this.handle);
    this.handle();
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.handle);
  }
}

/**
 * True when a widget of `live` other than `self`, earlier in the document, also `has` what a deep
 * link names: the first one that shows it handles the link.
 */
export function earlierHas<T extends Element>(live: Iterable<T>, self: T, has: (widget: T) => boolean): boolean {
  for (const other of live) {
    if (other !== self && other.compareDocumentPosition(self) & Node.DOCUMENT_POSITION_FOLLOWING && has(other)) return true;
  }
  return false;
}

/** Whether the reader asked for reduced motion (never on the server). */
export function prefersReducedMotion(): boolean {
  return !isServer && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
