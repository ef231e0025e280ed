// A page that loads both the npm modules and the CDN bundle: one warning, no exception, and the
// elements keep working. npm test builds the CDN bundle before the browser tests run.
import { expect, fixture, html, takeConsole } from '../helpers.js';

describe('loading the library twice', () => {
  it('warns once and never throws', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      await import('../../src/index.js');
      const first = customElements.get('kuril-timeline');
      expect(takeConsole().warn).to.have.length(0);

      const cdn = '/dist/cdn/kuril-widgets.js';
      await import(/* a second, separately bundled copy */ cdn);
      const { warn } = takeConsole();
      expect(warn, warn.join('\n')).to.have.length(1);
      expect(warn[0]).to.contain('loaded twice');
      expect(customElements.get('kuril-timeline')).to.equal(first);
      expect(errors).to.deep.equal([]);

      const el = await fixture(html`<kuril-factbox></kuril-factbox>`);
      expect(el.shadowRoot!.querySelector('[part=base]')).to.exist;
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
