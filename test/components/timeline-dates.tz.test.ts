// Dates in <kuril-timeline> for en, ja and ru at each precision. This file runs three times: in
// the default group (the machine's zone, UTC here) and in the `tz-new-york` and `tz-tokyo` groups
// of web-test-runner.config.mjs, whose pages emulate those zones. The dates are chosen so that a
// date parsed as UTC (`new Date('1956-01-01')`) or written back as UTC (`toISOString()`) would move
// to another day, month or year in one of the zones.
import '../../src/kuril-timeline.js';
import type { KurilTimeline } from '../../src/components/timeline/timeline.js';
import type { DatePrecision, Language } from '../../src/data/schema.js';
import { formatPartialDate } from '../../src/data/partial-date.js';
import { expect, fixture, settled } from '../helpers.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

// [date, precision, en, ja, ru]
const TABLE: Array<[string, DatePrecision, string, string, string]> = [
  ['1855', 'year', '1855', '1855年', '1855'],
  ['1956', 'year', '1956', '1956年', '1956'],
  ['1945-08', 'month', 'August 1945', '1945年8月', 'август 1945'],
  ['2019-01', 'month', 'January 2019', '2019年1月', 'январь 2019'],
  ['2018-12', 'month', 'December 2018', '2018年12月', 'декабрь 2018'],
  ['1956-10-19', 'day', '19 October 1956', '1956年10月19日', '19 октября 1956 г.'],
  ['1956-01-01', 'day', '1 January 1956', '1956年1月1日', '1 января 1956 г.'],
  ['2018-12-31', 'day', '31 December 2018', '2018年12月31日', '31 декабря 2018 г.'],
  ['2016-02-29', 'day', '29 February 2016', '2016年2月29日', '29 февраля 2016 г.'],
];
const LANGS: Language[] = ['en', 'ja', 'ru'];

describe(`<kuril-timeline> dates (time zone ${zone}, UTC offset ${-new Date(2000, 0, 1).getTimezoneOffset() / 60} h)`, () => {
  before(async () => {
    // Intl formats every language: nothing to load.
  });

  describe('formatPartialDate', () => {
    for (const [date, precision, ...expected] of TABLE) {
      LANGS.forEach((lang, i) => {
        it(`${date} (${precision}) in ${lang} → ${expected[i]}`, () => {
          expect(formatPartialDate(date, precision, lang)).to.equal(expected[i]);
        });
      });
    }
  });

  describe('in the element', () => {
    const dataset = {
      sources: [{ id: 's', outlet: 'Test Times', headline: 'Test', language: 'en', kind: 'article' }],
      events: TABLE.map(([date, precision], i) => ({
        id: `e${i}`,
        date,
        precision,
        title: `Event ${i}`,
        summary: `Summary ${i}.`,
        tags: ['statement'],
        islands: [],
        actors: [],
        citations: [{ source: 's' }],
      })),
    };
    const json = JSON.stringify(dataset);

    for (const lang of LANGS) {
      it(`renders each precision in <time datetime> (${lang})`, async () => {
        const wrapper = document.createElement('div');
        wrapper.lang = lang;
        const el = document.createElement('kuril-timeline') as KurilTimeline;
        el.setAttribute('order', 'asc');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = json;
        el.append(script);
        wrapper.append(el);
        await fixture(wrapper);
        await settled(el);
        const column = LANGS.indexOf(lang) + 2;
        for (const [i, row] of TABLE.entries()) {
          const time = el.shadowRoot!.getElementById(`kuril-event-e${i}`)!.querySelector('time')!;
          expect(time.getAttribute('datetime')).to.equal(row[0]);
          expect(time.textContent).to.equal(row[column]);
        }
      });
    }
  });
});
