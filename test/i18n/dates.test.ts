// The dates of src/data/partial-date.ts (Intl.DateTimeFormat's parts, with the year as the data
// writes it and Russian's month and year without "г.") against Intl.DateTimeFormat's own format:
// every month, and days across the year, of years 1800 to 2100, in English (en-GB), Japanese
// (ja-JP) and Russian (ru-RU); and the years before 1000, which Intl would not pad.
import { formatPartialDate } from '../../src/data/partial-date.js';
import type { Language } from '../../src/data/schema.js';
import { dates as jaDates } from '../../src/i18n/ja/dates.js';
import { dates as ruDates } from '../../src/i18n/ru/dates.js';
import { expect } from '../helpers.js';

const LOCALES: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP', ru: 'ru-RU' };
const pad = (n: number) => String(n).padStart(2, '0');
const intl = (lang: Language, options: Intl.DateTimeFormatOptions, y: number, m: number, d = 1) =>
  new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', ...options })
    .format(new Date(Date.UTC(y, m - 1, d, 12)))
    // Engines write the space before Russian "г." as a space or a narrow no-break space.
    .replace(/[\u00a0\u202f]/g, ' ');

describe('date patterns match Intl.DateTimeFormat', () => {
  for (const lang of ['en', 'ja', 'ru'] as const) {
    it(`${lang}: days and months of 1800–2100`, () => {
      let checked = 0;
      for (let y = 1800; y <= 2100; y += 7) {
        for (let m = 1; m <= 12; m++) {
          for (const d of [1, 9, 10, 28]) {
            const expected = intl(lang, { day: 'numeric', month: 'long', year: 'numeric' }, y, m, d);
            expect(formatPartialDate(`${y}-${pad(m)}-${pad(d)}`, undefined, lang), `${y}-${m}-${d}`).to.equal(expected);
            checked++;
          }
          // A month alone: Intl's month and year, except that Russian names the month in the
          // nominative and leaves out "г." ("август 1945").
          const month =
            lang === 'ru' ? `${intl(lang, { month: 'long' }, y, m)} ${y}` : intl(lang, { month: 'long', year: 'numeric' }, y, m);
          expect(formatPartialDate(`${y}-${pad(m)}`, undefined, lang), `${y}-${m}`).to.equal(month);
        }
      }
      expect(checked).to.be.above(2000);
    });
  }

  it('a day formatted at a coarser precision', () => {
    expect(formatPartialDate('1956-10-19', 'year', 'ja')).to.equal('1956年');
    expect(formatPartialDate('1956-10-19', 'month', 'ru')).to.equal('октябрь 1956');
    expect(formatPartialDate('1956-10-19', undefined, 'ru')).to.equal('19 октября 1956 г.');
    expect(formatPartialDate('not a date', undefined, 'en')).to.equal('not a date');
  });

  it('keeps the four digits of early years', () => {
    expect(formatPartialDate('0987-03-05', undefined, 'en')).to.equal('5 March 0987');
    expect(formatPartialDate('0045-03', undefined, 'ja')).to.equal('0045年3月');
    expect(formatPartialDate('0000', undefined, 'ru')).to.equal('0000');
    expect(formatPartialDate('0000-01-01', undefined, 'en')).to.equal('1 January 0000');
  });

  // The bundled dataset's dates in Japanese and Russian come formatted ahead (by Node's Intl, at
  // build time): they are what this browser's Intl gives (this page never loads them).
  for (const [lang, labels] of [['ja', jaDates], ['ru', ruDates]] as const) {
    it(`${lang}: the dates formatted ahead are this browser's formatting of the same dates`, () => {
      expect(labels.length).to.be.above(100);
      for (const [date, precision, text] of labels) expect(formatPartialDate(date, precision || undefined, lang), date).to.equal(text);
    });
  }
});
