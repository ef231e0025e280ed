import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/kuril-factbox.js';
import type { KurilFactbox } from '../../src/components/factbox/factbox.js';
import { expect, fixture, html, settled, takeConsole } from '../helpers.js';

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** Opens every collapsed list of sources, so axe and the overflow checks see them too. */
async function openSources(el: KurilFactbox): Promise<void> {
  for (const details of $$(el, 'details')) (details as HTMLDetailsElement).open = true;
  await el.updateComplete;
}

describe('<kuril-factbox> accessibility', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  const states: Array<[string, () => Promise<KurilFactbox>]> = [
    ['light', () => fixture(html`<kuril-factbox theme="light"></kuril-factbox>`)],
    ['dark', () => fixture(html`<kuril-factbox theme="dark"></kuril-factbox>`)],
    ['auto in a dark scheme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      return fixture(html`<kuril-factbox></kuril-factbox>`);
    }],
    ['compact', () => fixture(html`<kuril-factbox compact></kuril-factbox>`)],
    ['compact, dark', () => fixture(html`<kuril-factbox compact theme="dark"></kuril-factbox>`)],
    ['iturup', () => fixture(html`<kuril-factbox island="iturup"></kuril-factbox>`)],
    ['kunashir', () => fixture(html`<kuril-factbox island="kunashir" theme="dark"></kuril-factbox>`)],
    ['shikotan', () => fixture(html`<kuril-factbox island="shikotan" no-map heading-level="3"></kuril-factbox>`)],
    ['habomai', () => fixture(html`<kuril-factbox island="habomai" units="imperial"></kuril-factbox>`)],
    ['ja', () => fixture(html`<kuril-factbox lang="ja"></kuril-factbox>`)],
    ['ja, dark', () => fixture(html`<kuril-factbox lang="ja" theme="dark" naming="japanese"></kuril-factbox>`)],
    ['ru', () => fixture(html`<kuril-factbox lang="ru" units="imperial"></kuril-factbox>`)],
    ['ru, dark', () => fixture(html`<kuril-factbox lang="ru" theme="dark" naming="russian"></kuril-factbox>`)],
  ];
  for (const [name, make] of states) {
    it(`passes axe: ${name}, with sources open`, async () => {
      const el = await make();
      await settled(el);
      await expect(el).to.be.accessible();
      await openSources(el);
      await expect(el).to.be.accessible();
    });
  }

  it('the picker is a labelled group of toggle buttons with a visible focus ring', async () => {
    const el = await fixture<KurilFactbox>(html`<kuril-factbox></kuril-factbox>`);
    const picker = $$(el, '[part="picker"]')[0]!;
    expect(picker.getAttribute('role')).to.equal('group');
    expect(picker.getAttribute('aria-label')).to.equal('Show island');
    const buttons = [...picker.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false', 'false', 'false']);
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
      'All four',
      'Iturup / Etorofu',
      'Kunashir / Kunashiri',
      'Shikotan',
      'Habomai islets',
    ]);
    // The pressed button has a drawn check mark besides its fill; the others have none.
    expect(getComputedStyle(buttons[0]!, '::before').borderRightStyle).to.equal('solid');
    expect(getComputedStyle(buttons[1]!, '::before').content).to.equal('none');
    buttons[1]!.focus({ focusVisible: true } as FocusOptions);
    const style = getComputedStyle(buttons[1]!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    // Large enough to hit on a phone.
    expect(buttons[1]!.getBoundingClientRect().height).to.be.at.least(44);
  });

  describe('at 320 px nothing overflows', () => {
    before(async () => {
      await setViewport({ width: 320, height: 800 });
    });
    after(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    const cases: Array<[string, () => Promise<KurilFactbox>]> = [
      ['en', () => fixture(html`<kuril-factbox></kuril-factbox>`)],
      ['ja', () => fixture(html`<kuril-factbox lang="ja"></kuril-factbox>`)],
      ['ru, imperial', () => fixture(html`<kuril-factbox lang="ru" units="imperial"></kuril-factbox>`)],
      ['compact', () => fixture(html`<kuril-factbox compact naming="russian"></kuril-factbox>`)],
      ['one island, no map', () => fixture(html`<kuril-factbox island="shikotan" no-map></kuril-factbox>`)],
    ];
    for (const [name, make] of cases) {
      it(name, async () => {
        const el = await make();
        await settled(el);
        await openSources(el);
        const root = document.documentElement;
        expect(root.scrollWidth, 'page').to.be.at.most(root.clientWidth);
        expect(el.getBoundingClientRect().right).to.be.at.most(320);
        for (const part of $$(el, '[part="base"], [part="island"], [part="overview"], [part="map"], [part="picker"], dd')) {
          expect(part.scrollWidth, `${part.getAttribute('part') ?? part.localName} scrollWidth`).to.be.at.most(part.clientWidth);
        }
        // The map scales with its width and keeps its aspect ratio.
        const svg = el.shadowRoot!.querySelector('svg');
        if (svg) {
          const box = svg.getBoundingClientRect();
          expect(box.width).to.be.at.most(320);
          const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
          expect(box.height / box.width).to.be.closeTo(h! / w!, 0.02);
        }
      });
    }
  });

  it('renders a hostile dataset as text', async () => {
    const names = { japanese: '<img src=x onerror="window.__kurilPwned=1">', russian: 'Iturup' };
    const hostile = {
      overview: {
        summary: '<img src=x onerror="window.__kurilPwned=2"> summary',
        status: '<script>window.__kurilPwned=3</script> status',
        citations: [{ source: 'evil' }],
      },
      sources: [
        {
          id: 'evil',
          outlet: '<b>Evil</b> outlet',
          headline: '<img src=x onerror="window.__kurilPwned=4">',
          url: 'javascript:window.__kurilPwned=5',
          language: 'en',
          kind: 'article',
        },
      ],
      islands: [
        {
          id: 'iturup',
          names: { en: names, ja: names, ru: names },
          areaKm2: 3168,
          population: { value: 6400, year: 2018 },
          administeredBy: 'russia',
          claimedBy: ['japan'],
          keyFacts: ['<img src=x onerror="window.__kurilPwned=6">', '<a href="javascript:alert(1)">click</a>'],
          citations: [{ source: 'evil', quote: '<img src=x onerror="window.__kurilPwned=7">' }],
        },
      ],
    };
    const el = document.createElement('kuril-factbox') as KurilFactbox;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(hostile);
    el.append(script);
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.append(el);
    await settled(el);
    await openSources(el);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('img, script, b, iframe')).to.have.length(0);
    expect(root.querySelectorAll('a[href^="javascript"]')).to.have.length(0);
    // No link from the data; the one link is the footer's corrections link, from the bundled meta.
    expect(root.querySelectorAll('a:not([part=corrections])')).to.have.length(0);
    const text = root.textContent!;
    expect(text).to.contain('<img src=x onerror="window.__kurilPwned=2"> summary');
    expect(text).to.contain('<script>window.__kurilPwned=3</script> status');
    expect(text).to.contain('<img src=x onerror="window.__kurilPwned=6">');
    expect(text).to.contain('<a href="javascript:alert(1)">click</a>');
    expect(text).to.contain('<b>Evil</b> outlet');
    expect($$(el, '[part="island-heading"]').map((h) => h.textContent)).to.deep.equal([
      'Iturup / <img src=x onerror="window.__kurilPwned=1">',
    ]);
    // The map labels the island from the dataset, as text too.
    expect(root.querySelector('.labels [data-island="iturup"]')!.textContent).to.contain('<img');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { __kurilPwned?: number }).__kurilPwned).to.equal(undefined);
    // The loader dropped the javascript: URL and said so, once.
    const { warn, error } = takeConsole();
    expect(error).to.deep.equal([]);
    expect(warn).to.have.length(1);
    expect(warn[0]).to.contain('sources[0].url');
    await expect(el).to.be.accessible();
  });
});
