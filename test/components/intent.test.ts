// The CDN embed pays for what it shows: a bare widget loads its first tier only, and the rest of
// its data when the reader points at, touches or focuses it (never because the page is idle). Each
// case is a fresh page (an iframe with the CDN loader), so no earlier test has loaded anything.
import { aTimeout, expect } from '../helpers.js';
import { events } from '../../src/data/bundled/events.js';
import { openPage, rendered } from './pages.js';

/** A fresh page with the CDN loader (and an Intl counter before it) and `body`. */
async function page(body: string): Promise<Document> {
  const scripts = ['/test/fixtures/count-intl.js', '/dist/cdn/kuril-widgets.js'];
  return (await openPage("default-src 'self'; style-src 'self' 'unsafe-inline'", scripts, body)).doc;
}

/** The chunks of dist/cdn the page has fetched, by name without their hash (`data-full`, `events`). */
const fetched = (doc: Document) =>
  (doc.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((e) => /\/chunks\/([\w-]+?)-[\w-]{8}\.js$/.exec(e.name)?.[1])
    .filter((name): name is string => Boolean(name));

/** The page's one widget, once it has rendered. */
const shown = async (doc: Document, tag: string): Promise<HTMLElement> => (await rendered(doc, 1)).find((el) => el.localName === tag)!;

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

    it('in English, makes no Intl object until the reader acts (its first tier comes with its dates, numbers and lists formatted)', async () => {
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

    for (const [lang, locale, shows] of [
      ['ja', 'ja-JP', /\d{4}年/],
      ['ru', 'ru-RU', /[а-яё]+ \d{4}/],
    ] as const) {
      it(`in ${lang === 'ja' ? 'Japanese' : 'Russian'}, shows its dates formatted ahead (they load with its text): no Intl formatter as it renders`, async () => {
        const doc = await page(`<${tag} lang="${lang}"></${tag}>`);
        const el = await shown(doc, tag);
        await aTimeout(300);
        const made = (doc.defaultView as unknown as { kurilIntlLocales?: string[] }).kurilIntlLocales ?? [];
        expect(made, 'no date formatter in the language').not.to.include(`DateTimeFormat ${locale}`);
        // Nor any other formatter that sets up ICU (the fact box's numbers and list come formatted too).
        expect(made.filter((m) => /^(DateTimeFormat|NumberFormat|ListFormat|Collator) /.test(m))).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('time')?.textContent).to.match(shows);
      });
    }

    it('loads the rest when the reader points at it', async () => {
      const doc = await page(`<${tag}></${tag}>`);
      const el = await shown(doc, tag);
      el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await until(() => fetched(doc).includes('data-full'), 'the full tier');
    });

    it('loads the rest when the reader focuses something in it', async () => {
      const doc = await page(`<${tag}></${tag}>`);
      const el = await shown(doc, tag);
      el.shadowRoot!.querySelector<HTMLElement>('button, a[href], summary')!.focus();
      await until(() => fetched(doc).includes('data-full'), 'the full tier');
    });
  });
}

describe('a bare <kuril-timeline> from the CDN, before its other events have loaded', () => {
  it('keeps showing its key events while a `tags` set later loads every event: never "no events match"', async () => {
    const doc = await page('<kuril-timeline></kuril-timeline>');
    const el = await shown(doc, 'kuril-timeline');
    const root = el.shadowRoot!;
    let emptySeen = false;
    const observer = new MutationObserver(() => (emptySeen ||= Boolean(root.querySelector('[part=empty]'))));
    observer.observe(root, { childList: true, subtree: true });
    el.setAttribute('tags', 'summit');
    await until(() => fetched(doc).includes('data-full') && root.querySelectorAll('[part=item]').length > 0 && !root.querySelector('.brief'), 'the summits');
    await aTimeout(100);
    observer.disconnect();
    expect(emptySeen, 'the empty state was shown').to.equal(false);
    expect(root.querySelector('[part=empty]')).to.be.null;
    expect(root.querySelectorAll('[part=item]').length).to.be.above(2);
  });

  it('printed at once, prints its key events by date and title, with no blank summaries', async () => {
    const doc = await page('<kuril-timeline></kuril-timeline>');
    const el = await shown(doc, 'kuril-timeline');
    const root = el.shadowRoot!;
    const keyEvents = root.querySelectorAll('[part=item]').length;
    doc.defaultView!.dispatchEvent(new Event('beforeprint'));
    // Rendered synchronously for the print, from what the page has: the first tier.
    expect(root.querySelectorAll('[part=item]').length).to.equal(keyEvents);
    expect(root.querySelectorAll('[part=summary]').length).to.equal(0);
    doc.defaultView!.dispatchEvent(new Event('afterprint'));
  });
});

describe('a bare <kuril-factbox> from the CDN, printed before the rest of its data has loaded', () => {
  it("prints every island's figures and no loading line where the state of talks and the overview's sources would be", async () => {
    const doc = await page('<kuril-factbox></kuril-factbox>');
    const el = await shown(doc, 'kuril-factbox');
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=overview] details.sources-toggle [role=status]'), 'a closed list that would load').to.exist;
    expect(root.querySelector('[part=overview] details.status-toggle [role=status]'), 'a closed state of talks that would load').to.exist;
    doc.defaultView!.dispatchEvent(new Event('beforeprint'));
    // Rendered synchronously for the print, from the first tier.
    expect(root.querySelectorAll('[part=island]').length).to.equal(4);
    expect(root.querySelector('[part=overview] .sources-toggle')).to.be.null;
    // No empty "State of talks:" line either.
    expect(root.querySelector('[part=overview] .status, [part=overview] .status-toggle')).to.be.null;
    expect(root.querySelector('[part=overview] .summary')!.textContent).to.not.equal('');
    expect(root.querySelector('[part=overview]')!.textContent).to.not.match(/Loading/);
    doc.defaultView!.dispatchEvent(new Event('afterprint'));
  });
});

describe('a compact <kuril-timeline> from the CDN that highlights an event', () => {
  it('shows a highlighted event that is not a key one, marked, without a warning', async () => {
    const other = events.find((e) => e.key !== true)!;
    const doc = await page(`<kuril-timeline highlight="${other.id}"></kuril-timeline>`);
    const el = await shown(doc, 'kuril-timeline');
    await until(() => Boolean(el.shadowRoot!.querySelector(`#kuril-event-${other.id}`)), 'the highlighted event');
    expect(el.shadowRoot!.querySelector(`#kuril-event-${other.id}`)!.classList.contains('marked')).to.equal(true);
    // Still the compact view: the key events and this one, by date and title.
    expect(el.shadowRoot!.querySelector('.brief')).to.exist;
    const probe = (doc.defaultView as unknown as { kurilProbe: { console: string[] } }).kurilProbe;
    expect(probe.console.filter((line) => line.includes('highlight'))).to.deep.equal([]);
  });
});
