// A page that loads both the npm modules and the CDN loader: no exception, the first definitions
// are kept, and the elements keep working. The loader leaves a tag another copy already defined
// alone; a second copy that defines a tag itself (`define()`) warns once. npm test builds the CDN
// files before the browser tests run.
import { KurilTimeline } from '../../src/components/timeline/timeline.js';
import { expect, fixture, html, takeConsole } from '../helpers.js';

describe('loading the library twice', () => {
  it('keeps the first definitions, warns at most once and never throws', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      await import('../../src/index.js');
      const first = customElements.get('kuril-timeline');
      expect(takeConsole().warn).to.have.length(0);

      const cdn = '/dist/cdn/kuril-widgets.js';
      await import(/* the CDN loader: it sees the tags defined and loads nothing */ cdn);
      const el = await fixture(html`<kuril-factbox></kuril-factbox>`);
      expect(el.shadowRoot!.querySelector('[part=base]')).to.exist;
      expect(takeConsole().warn).to.deep.equal([]);

      // A second copy registering a different class under a taken tag: one warning, no exception.
      class SecondCopy extends KurilTimeline {}
      SecondCopy.define('kuril-timeline');
      class ThirdCopy extends KurilTimeline {}
      ThirdCopy.define('kuril-timeline');
      const { warn } = takeConsole();
      expect(warn, warn.join('\n')).to.have.length(1);
      expect(warn[0]).to.contain('loaded twice');
      expect(customElements.get('kuril-timeline')).to.equal(first);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
