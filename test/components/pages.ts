// Pages of the one-tag CDN embed, each in an iframe, for the tests that need a fresh page (no
// module or data loaded by an earlier test): `/test-csp/page` (web-test-runner.config.mjs) serves
// a body with a policy and scripts; a probe script from 'self' records every
// `securitypolicyviolation`, uncaught error and console warning or error of the page.
import { aTimeout, expect } from '../helpers.js';

export const TAGS = ['kuril-timeline', 'kuril-claims', 'kuril-factbox'] as const;

export interface Probe {
  violations: string[];
  errors: string[];
  console: string[];
}
export interface Page {
  frame: HTMLIFrameElement;
  doc: Document;
  probe: Probe;
}

const open: HTMLIFrameElement[] = [];
// Every page is removed after its test.
afterEach(() => {
  for (const frame of open.splice(0)) frame.remove();
});

/** Opens `/test-csp/page` with a policy, module scripts and a body, in an 800×600 iframe. */
export async function openPage(csp: string, scripts: string[], body: string, prerendered = false): Promise<Page> {
  const query = new URLSearchParams({ csp, body });
  if (prerendered) query.set('prerendered', '1');
  for (const s of scripts) query.append('script', s);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-csp/page?${query}`;
  document.body.append(frame);
  open.push(frame);
  await loaded;
  const win = frame.contentWindow as Window & { kurilProbe?: Probe };
  expect(win.kurilProbe, 'the probe script ran under the policy').to.exist;
  return { frame, doc: frame.contentDocument!, probe: win.kurilProbe! };
}

/** Waits until every widget in the page has rendered and finished loading its data. */
export async function rendered(doc: Document, count: number): Promise<HTMLElement[]> {
  for (let i = 0; i < 600; i++) {
    const els = [...doc.querySelectorAll<HTMLElement>(TAGS.join(','))];
    const done = els.filter((el) => {
      const base = el.shadowRoot?.querySelector('[part=base]');
      return base && base.getAttribute('aria-busy') !== 'true' && base.querySelector('[part=heading]');
    });
    if (els.length === count && done.length === count) {
      // A frame more, for anything the last render started.
      await aTimeout(50);
      return els;
    }
    await aTimeout(20);
  }
  const missing = [...doc.querySelectorAll(TAGS.join(','))].filter((el) => !el.shadowRoot?.querySelector('[part=base]'));
  throw new Error(`widgets did not render: ${missing.map((el) => el.outerHTML).join(', ') || '(none found)'}`);
}
