import {
  formatArea,
  formatDistance,
  formatNumber,
  formatPopulation,
  formatScale,
  MI_PER_KM,
  SQ_MI_PER_KM2,
} from '../../src/components/factbox/format.js';
import type { Language } from '../../src/data/schema.js';
import { expect } from '../helpers.js';

/** A no-break space: between a number and its unit everywhere, and Russia's digit group separator. */
const _ = '\u00a0';

describe('fact box units and number formats', () => {
  it('uses the stated conversion factors', () => {
    expect(SQ_MI_PER_KM2).to.equal(0.386102);
    expect(MI_PER_KM).to.equal(0.621371);
  });

  describe('formatNumber', () => {
    const cases: Array<[number, Language, string]> = [
      [3168, 'en', '3,168'],
      [3168, 'ja', '3,168'],
      [3168, 'ru', `3${_}168`],
      [11480, 'ru', `11${_}480`],
      [251, 'ru', '251'],
      [3.7, 'en', '3.7'],
      [3.7, 'ja', '3.7'],
      [3.7, 'ru', '3,7'],
      [9.94, 'en', '9.9'],
      [1223.17, 'en', '1,223'],
      [0, 'en', '0'],
    ];
    for (const [value, lang, expected] of cases) {
      it(`${value} in ${lang} → ${JSON.stringify(expected)}`, () => {
        expect(formatNumber(value, lang)).to.equal(expected);
      });
    }
  });

  describe('formatArea', () => {
    const cases: Array<[number, Language, 'metric' | 'imperial', string]> = [
      [3168, 'en', 'metric', `3,168${_}km²`],
      [3168, 'ja', 'metric', `3,168${_}km²`],
      [3168, 'ru', 'metric', `3${_}168${_}км²`],
      [95, 'ru', 'metric', `95${_}км²`],
      // 3168 × 0.386102 = 1223.17
      [3168, 'en', 'imperial', `1,223${_}sq${_}mi (3,168${_}km²)`],
      [3168, 'ja', 'imperial', `1,223平方マイル（3,168${_}km²）`],
      [3168, 'ru', 'imperial', `1${_}223${_}кв. мили (3${_}168${_}км²)`],
      // 1490 × 0.386102 = 575.29; 95 × 0.386102 = 36.68; 251 × 0.386102 = 96.91
      [1490, 'ru', 'imperial', `575${_}кв. миль (1${_}490${_}км²)`],
      [95, 'en', 'imperial', `37${_}sq${_}mi (95${_}km²)`],
      [251, 'ja', 'imperial', `97平方マイル（251${_}km²）`],
      // Russian plural forms: 1 миля, 2–4 мили, 5+ миль (2.59 km² = 1.0 sq mi; 54.39 km² = 21 sq mi).
      [2.59, 'ru', 'imperial', `1${_}кв. миля (2,6${_}км²)`],
      [54.39, 'ru', 'imperial', `21${_}кв. миля (54${_}км²)`],
      [5.7, 'ru', 'imperial', `2,2${_}кв. мили (5,7${_}км²)`],
    ];
    for (const [value, lang, units, expected] of cases) {
      it(`${value} km² in ${lang}, ${units} → ${JSON.stringify(expected)}`, () => {
        expect(formatArea(value, lang, units)).to.equal(expected);
      });
    }
    it('is metric by default', () => {
      expect(formatArea(251, 'en')).to.equal(`251${_}km²`);
    });
  });

  describe('formatDistance', () => {
    const cases: Array<[number, Language, 'metric' | 'imperial', string]> = [
      [16, 'en', 'metric', `16${_}km`],
      [16, 'ja', 'metric', `16${_}km`],
      [16, 'ru', 'metric', `16${_}км`],
      [3.7, 'ru', 'metric', `3,7${_}км`],
      // 16 × 0.621371 = 9.94; 3.7 × 0.621371 = 2.30; 144 × 0.621371 = 89.5
      [16, 'en', 'imperial', `9.9${_}miles (16${_}km)`],
      [16, 'ja', 'imperial', `9.9マイル（16${_}km）`],
      [16, 'ru', 'imperial', `9,9${_}мили (16${_}км)`],
      [3.7, 'en', 'imperial', `2.3${_}miles (3.7${_}km)`],
      [144, 'ru', 'imperial', `89${_}миль (144${_}км)`],
      [1.609, 'en', 'imperial', `1${_}mile (1.6${_}km)`],
      [1.609, 'ru', 'imperial', `1${_}миля (1,6${_}км)`],
    ];
    for (const [value, lang, units, expected] of cases) {
      it(`${value} km in ${lang}, ${units} → ${JSON.stringify(expected)}`, () => {
        expect(formatDistance(value, lang, units)).to.equal(expected);
      });
    }
  });

  describe('formatPopulation', () => {
    const cases: Array<[number, boolean, Language, string]> = [
      [6400, true, 'en', 'about 6,400 (2018)'],
      [6400, true, 'ja', '約6,400人（2018年）'],
      [6400, true, 'ru', `около${_}6${_}400${_}человек (2018${_}г.)`],
      [6400, false, 'en', '6,400 (2018)'],
      [6400, false, 'ja', '6,400人（2018年）'],
      [6400, false, 'ru', `6${_}400${_}человек (2018${_}г.)`],
      // Russian: 3001 человек, 3002 человека, 3005 человек; always "человек" after "около".
      [3001, false, 'ru', `3${_}001${_}человек (2018${_}г.)`],
      [3002, false, 'ru', `3${_}002${_}человека (2018${_}г.)`],
      [3002, true, 'ru', `около${_}3${_}002${_}человек (2018${_}г.)`],
      [11480, false, 'ru', `11${_}480${_}человек (2018${_}г.)`],
    ];
    for (const [value, approximate, lang, expected] of cases) {
      it(`${value}${approximate ? ' (approximate)' : ''} in ${lang} → ${JSON.stringify(expected)}`, () => {
        expect(formatPopulation({ value, year: 2018, approximate }, lang)).to.equal(expected);
      });
    }
  });

  describe('formatScale', () => {
    const cases: Array<[number, Language, 'metric' | 'imperial', string]> = [
      [100, 'en', 'metric', `100${_}km`],
      [100, 'ru', 'metric', `100${_}км`],
      [50, 'en', 'imperial', `50${_}mi`],
      [50, 'ja', 'imperial', '50マイル'],
      [50, 'ru', 'imperial', `50${_}миль`],
    ];
    for (const [value, lang, units, expected] of cases) {
      it(`${value} ${units} in ${lang} → ${JSON.stringify(expected)}`, () => {
        expect(formatScale(value, lang, units)).to.equal(expected);
      });
    }
  });
});
