import { html as litHtml, type TemplateResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import { KurilElement } from '../../src/components/base/kuril-element.js';
import { expect, fixture, html, settled, takeConsole } from '../helpers.js';

/** A minimal widget that shows what the base class resolved. */
class TestWidget extends KurilElement {
  static override readonly defaultTag = 'kuril-test-widget';
  protected override renderContent(): TemplateResult {
    return litHtml`${this.renderHeading('Test widget')}
      <p class="state">${this.language} ${this.resolvedNaming} ${this.resolvedTheme} ${this.level}</p>
      ${this.renderHeading('Sub', 1, 'sub')}`;
  }
}
TestWidget.define();

const state = (el: Element) => el.shadowRoot!.querySelector('.state')!.textContent!.trim();

describe('KurilElement (base)', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await emulateMedia({ colorScheme: 'light' });
  });

  it('renders defaults: English, neutral naming, auto theme, heading level 2', async () => {
    const el = await fixture<TestWidget>(html`<kuril-test-widget></kuril-test-widget>`);
    expect(state(el)).to.equal('en neutral auto 2');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Test widget');
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Sub');
    await expect(el).to.be.accessible();
  });

  describe('lang', () => {
    const cases: Array<[string, string | null, string | null, string]> = [
      // [own lang, ancestor lang, <html lang>, resolved]
      ['ja', null, 'en', 'ja'],
      ['ru-RU', null, 'en', 'ru'],
      ['ja-JP', 'ru', 'en', 'ja'],
      ['', 'ru', 'en', 'ru'],
      ['', 'JA-jp', 'en', 'ja'],
      ['', null, 'ru', 'ru'],
      ['', null, 'en-GB', 'en'],
      ['EN', null, 'ja', 'en'],
    ];
    for (const [own, ancestor, root, expected] of cases) {
      it(`own="${own}" ancestor=${ancestor} html=${root} → ${expected}`, async () => {
        if (root) document.documentElement.lang = root;
        const wrapper = await fixture<HTMLElement>(
          ancestor
            ? html`<div lang=${ancestor}><kuril-test-widget lang=${own}></kuril-test-widget></div>`
            : html`<div><kuril-test-widget lang=${own}></kuril-test-widget></div>`,
        );
        const el = wrapper.querySelector('kuril-test-widget') as TestWidget;
        await settled(el);
        expect(state(el).split(' ')[0]).to.equal(expected);
        expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal(expected);
      });
    }

    it('falls back to English with exactly one warning for an unsupported language', async () => {
      const el = await fixture<TestWidget>(html`<kuril-test-widget lang="de"></kuril-test-widget>`);
      el.naming = 'japanese';
      await el.updateComplete;
      expect(state(el).split(' ')[0]).to.equal('en');
      const { warn } = takeConsole();
      expect(warn).to.have.length(1);
      expect(warn[0]).to.contain('<kuril-test-widget>').and.contain('lang="de"').and.contain('en, ja, ru');
    });

    it('re-resolves when its own lang attribute changes', async () => {
      const el = await fixture<TestWidget>(html`<kuril-test-widget></kuril-test-widget>`);
      el.setAttribute('lang', 'ru');
      await settled(el);
      expect(state(el).split(' ')[0]).to.equal('ru');
      await expect(el).to.be.accessible();
    });
  });

  describe('invalid attribute values fall back with exactly one warning', () => {
    const cases: Array<[string, string, string, string]> = [
      ['naming', 'chinese', 'neutral', 'neutral, japanese, russian'],
      ['theme', 'sepia', 'auto', 'auto, light, dark'],
      ['heading-level', '1', '2', '2, 3, 4, 5, 6'],
      ['heading-level', '7', '2', '2, 3, 4, 5, 6'],
      ['heading-level', 'three', '2', '2, 3, 4, 5, 6'],
    ];
    for (const [attribute, value, fallback, allowed] of cases) {
      it(`${attribute}="${value}" → ${fallback}`, async () => {
        const el = await fixture<TestWidget>(html`<kuril-test-widget></kuril-test-widget>`);
        el.setAttribute(attribute, value);
        await el.updateComplete;
        // A re-render for another reason must not warn again.
        el.noSources = true;
        await el.updateComplete;
        expect(state(el)).to.contain(fallback);
        const { warn } = takeConsole();
        expect(warn, warn.join('\n')).to.have.length(1);
        expect(warn[0])
          .to.contain('<kuril-test-widget>')
          .and.contain(`${attribute}="${value}"`)
          .and.contain(allowed)
          .and.contain(`"${fallback}"`);
      });
    }

    it('valid values are used as given', async () => {
      const el = await fixture<TestWidget>(
        html`<kuril-test-widget naming="russian" theme="dark" heading-level="4"></kuril-test-widget>`,
      );
      expect(state(el)).to.equal('en russian dark 4');
      expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('Test widget');
      expect(el.shadowRoot!.querySelector('h5')!.textContent).to.equal('Sub');
    });
  });

  describe('theme', () => {
    const bg = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).backgroundColor;

    it('light and dark themes switch colours, and pass axe', async () => {
      const el = await fixture<TestWidget>(html`<kuril-test-widget theme="light"></kuril-test-widget>`);
      const light = bg(el);
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      expect(bg(el)).to.not.equal(light);
      await expect(el).to.be.accessible();
    });

    it('auto follows prefers-color-scheme', async () => {
      const el = await fixture<TestWidget>(html`<kuril-test-widget></kuril-test-widget>`);
      await emulateMedia({ colorScheme: 'light' });
      const light = bg(el);
      await emulateMedia({ colorScheme: 'dark' });
      expect(bg(el)).to.not.equal(light);
      await expect(el).to.be.accessible();
    });

    it('an explicit light theme ignores a dark system scheme', async () => {
      const el = await fixture<TestWidget>(html`<kuril-test-widget theme="light"></kuril-test-widget>`);
      const light = bg(el);
      await emulateMedia({ colorScheme: 'dark' });
      expect(bg(el)).to.equal(light);
    });

    it('publishers override tokens with CSS custom properties', async () => {
      const el = await fixture<TestWidget>(
        html`<kuril-test-widget theme="light" style="--kuril-color-bg: rgb(1, 2, 3)"></kuril-test-widget>`,
      );
      expect(bg(el)).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('registration', () => {
    it('define() again with the same class is silent and does not throw', () => {
      expect(() => TestWidget.define()).to.not.throw();
      expect(takeConsole().warn).to.have.length(0);
    });

    it('define() under another tag registers a working element', async () => {
      TestWidget.define('kuril-test-widget-two');
      const el = await fixture<TestWidget>(html`<kuril-test-widget-two></kuril-test-widget-two>`);
      expect(el).to.be.instanceOf(TestWidget);
      expect(state(el)).to.equal('en neutral auto 2');
    });

    it('a tag already on the page when its class is defined renders in later tasks, not in the one that defined it', async () => {
      // (As the CDN loader defines a widget, in a task after the one that evaluated its code.)
      const el = document.createElement('kuril-test-widget-late') as TestWidget;
      document.body.append(el);
      try {
        class Late extends TestWidget {}
        Late.define('kuril-test-widget-late');
        expect(el).to.be.instanceOf(Late);
        for (let i = 0; i < 50; i++) await Promise.resolve();
        expect(el.shadowRoot?.querySelector('.state') ?? null, 'nothing rendered in the task that defined it').to.equal(null);
        await el.updateComplete;
        expect(state(el)).to.equal('en neutral auto 2');
      } finally {
        el.remove();
      }
    });

    it('define() into a scoped registry-like object uses it', () => {
      const defined: string[] = [];
      const registry = {
        get: () => undefined,
        define: (name: string) => defined.push(name),
      } as unknown as CustomElementRegistry;
      TestWidget.define('my-widget', registry);
      expect(defined).to.deep.equal(['my-widget']);
    });
  });

  describe('states', () => {
    it('a rendering error shows a notice instead of throwing', async () => {
      class Broken extends KurilElement {
        protected override renderContent(): TemplateResult {
          throw new Error('boom');
        }
      }
      Broken.define('kuril-test-broken');
      const el = await fixture(html`<kuril-test-broken></kuril-test-broken>`);
      const notice = el.shadowRoot!.querySelector('[part=notice]');
      expect(notice?.textContent).to.contain('could not be displayed');
      const { error } = takeConsole();
      expect(error).to.have.length(1);
      expect(error[0]).to.contain('boom');
      await expect(el).to.be.accessible();
    });

    it('while a translation loads, the content keeps its space and is marked busy', async () => {
      const el = await fixture<TestWidget>(html`<kuril-test-widget lang="ja"></kuril-test-widget>`);
      const base = el.shadowRoot!.querySelector('[part=base]')!;
      if (base.getAttribute('aria-busy') === 'true') {
        expect(base.classList.contains('busy')).to.be.true;
        expect((base as HTMLElement).offsetHeight).to.be.greaterThan(0);
      }
      await settled(el);
      expect(base.hasAttribute('aria-busy')).to.be.false;
      await expect(el).to.be.accessible();
    });
  });
});
