// The CDN embed pays for what it shows: a bare widget loads its first tier only, and the rest of
// its data when the reader points at, touches or focuses it (never because the page is idle). Each
// case is a fresh page (an iframe with the CDN loader), so no earlier test has loaded anything.
import { aTimeout, expect } from '../helpers.js';

const open: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of open.splice(0)) frame.remove();
});

async function page(body: string): Promise<Document> {
  const query = new URLSearchParams({ csp: "default-src 'self'; style-src 'self' 'unsafe-inline'", body });
  query.append('script', '/test/fixtures/count-intl.js');
  query.append('script', '/dist/cdn/kuril-widgets.js');
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-csp/page?${query}`;
  document.body.append(frame);
  open.push(frame);
  await loaded;
  return frame.contentDocument!;
}

/** The chunks of dist/cdn the page has fetched, by name without their hash (`data-full`, `events`). */
const fetched = (doc: Document) =>
  (doc.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((e) => /\/chunks\/([\w-]+?)-[\w-]{8}\.js$/.exec(e.name)?.[1])
    .filter((name): name is string => Boolean(name));

async function shown(doc: Document, tag: string): Promise<HTMLElement> {
  for (let i = 0; i < 400; i++) {
    const el = doc.querySelector<HTMLElement>(tag);
    const base = el?.shadowRoot?.querySelector('[part=base]');
    if (el && base && base.getAttribute('aria-busy') !== 'true' && base.querySelector('[part=heading]')) return el;
    await aTimeout(20);
  }
  throw new Error(`<${tag}> did not render`);
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 250; i++) {
    if (check()) return;
    await aTimeout(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

for (const tag of ['kuril-timeline', 'kuril-claims', 'kuril-factbox']) {
  describe(`a bare <${tag}> from the CDN`, () => {
    it('loads only its first tier, even once the page has been idle', async () => {
      const doc = await page(`<${tag}></${tag}>`);
      await shown(doc, tag);
      // Longer than the idle timeouts the widgets used to prefetch with.
      await aTimeout(1500);
      expect(fetched(doc)).not.to.include('data-full');
    });

    if (tag === 'kuril-factbox') {
      // Its map caption formats distances and a list of names with Intl as it renders.
      it('in English, has the loader set up Intl (ICU) in a task of its own, before it renders', async () => {
        const doc = await page(`<${tag}></${tag}>`);
        await shown(doc, tag);
        const win = doc.defaultView as unknown as { kurilIntl: string[]; kurilIntlStacks: string[] };
        expect(win.kurilIntl[0]).to.equal('DateTimeFormat');
        expect(win.kurilIntlStacks[0]).to.match(/kuril-widgets\.js/);
        expect(win.kurilIntlStacks[0]).not.to.match(/render|update/i);
      });
    } else it('in English, makes no Intl object until the reader acts (its first tier comes with its dates formatted)', async () => {
      const doc = await page(`<${tag}></${tag}>`);
      const el = await shown(doc, tag);
      await aTimeout(300);
      const made = (doc.defaultView as unknown as { kurilIntl: string[] }).kurilIntl;
      expect(made, String((doc.defaultView as unknown as { kurilIntlStacks?: string[] }).kurilIntlStacks?.join('\n----\n'))).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('time')?.textContent, 'a date is shown').to.match(/\d{4}/);
      // Pointing at it sets up the date formatting, for what an action would show.
      el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await until(() => made.includes('DateTimeFormat'), 'a date formatter');
    });

    it('in Japanese, shows the same dates, formatted with Intl', async () => {
      const doc = await page(`<${tag} lang="ja"></${tag}>`);
      const el = await shown(doc, tag);
      const made = (doc.defaultView as unknown as { kurilIntl: string[] }).kurilIntl;
      expect(made).to.include('DateTimeFormat');
      expect(el.shadowRoot!.querySelector('time')?.textContent).to.match(/\d{4}年/);
    });

    it('loads the rest when the reader points at it, once', async () => {
      const doc = await page(`<${tag}></${tag}>`);
      const el = await shown(doc, tag);
      el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await until(() => fetched(doc).includes('data-full'), 'the full tier');
      // The full tier's own imports (events, sources…) follow it.
      await aTimeout(600);
      const count = fetched(doc).length;
      el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await aTimeout(200);
      expect(fetched(doc).length).to.equal(count);
    });

    it('loads the rest when the reader focuses something in it', async () => {
      const doc = await page(`<${tag}></${tag}>`);
      const el = await shown(doc, tag);
      el.shadowRoot!.querySelector<HTMLElement>('button, a[href], summary')!.focus();
      await until(() => fetched(doc).includes('data-full'), 'the full tier');
    });
  });
}
