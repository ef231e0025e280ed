// Standards-desk checks of the bundled dataset (issue 10): key events, standing positions, original
// words, responses in both directions, and the balance of claims per party per topic.
import '../helpers.js';
import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data/dataset.js';
import { balanceTable, keyEvents } from '../../src/data/query.js';
import { CLAIM_TOPICS, type Claim } from '../../src/data/schema.js';

const claimsById = new Map(dataset.claims.map((c) => [c.id, c]));
const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));

describe('bundled dataset: review (issue 10)', () => {
  it('marks 8 to 10 key events, from the first border to the events after 2022', () => {
    const key = keyEvents(dataset);
    expect(key.length).to.be.within(8, 10);
    expect(key[0]!.id).to.equal('treaty-of-shimoda-1855');
    expect(key.some((e) => e.date >= '2022')).to.be.true;
  });

  it('is current: it has events and claims of both sides after March 2022, up to 2026', () => {
    const after = (d: string) => d > '2022-03-21';
    expect(dataset.events.filter((e) => after(e.date)).length).to.be.at.least(8);
    for (const party of ['japan', 'russia']) {
      expect(dataset.claims.filter((c) => c.party === party && after(c.date)).length, party).to.be.at.least(5);
    }
    expect(dataset.events.some((e) => e.date.startsWith('2026'))).to.be.true;
  });

  it('marks the standing positions of both sides as standing', () => {
    const standing = dataset.claims.filter((c) => c.standing);
    expect(standing.map((c) => c.id)).to.include.members([
      'japan-four-islands-not-kurils-2009',
      'japan-never-belonged-elsewhere-2018',
      'russia-japan-renounced-claims-2019',
      'russia-spoils-of-war-2018',
    ]);
    expect([...new Set(standing.map((c) => c.party))]).to.include.members(['japan', 'russia']);
  });

  it('keeps the original words verbatim in a cited source in their language', () => {
    const withOriginal = dataset.claims.filter((c) => c.original);
    expect(withOriginal.length).to.be.at.least(8);
    for (const c of withOriginal) {
      const original = c.original!;
      const printed = c.citations.some(
        (x) => x.quote?.includes(original.quote) && sourceById.get(x.source)?.language === original.lang,
      );
      expect(printed, `${c.id}: original printed by a cited ${original.lang} source`).to.be.true;
    }
    // The originals named in the issue: Putin in Singapore, the MID statement of 21 March 2022,
    // Lavrov; Japanese speakers since 2022.
    for (const id of ['putin-singapore-2018', 'russia-ends-treaty-talks-2022', 'lavrov-not-up-for-discussion-2019']) {
      expect(claimsById.get(id)?.original?.lang, id).to.equal('ru');
    }
    for (const id of ['kishida-unacceptable-2022', 'kishida-grave-visits-2023', 'takaichi-grave-visits-2026']) {
      expect(claimsById.get(id)?.original?.lang, id).to.equal('ja');
    }
  });

  it('has responses in both directions', () => {
    const direction = (c: Claim, to: string) => `${c.party}->${claimsById.get(to)?.party}`;
    const directions = new Set(dataset.claims.flatMap((c) => (c.respondsTo ?? []).map((to) => direction(c, to))));
    expect(directions).to.include('japan->russia');
    expect(directions).to.include('russia->japan');
    // Japan's answer to the 2022 suspension of talks.
    expect(claimsById.get('kishida-unacceptable-2022')?.respondsTo).to.include('russia-ends-treaty-talks-2022');
  });

  it('prints the balance table and gives each side its own case on every topic', () => {
    const table = balanceTable(dataset);
    const rows = CLAIM_TOPICS.map((topic) => {
      const r = table[topic];
      return `${topic.padEnd(18)} japan ${r.japan}  russia ${r.russia}  both ${r.both}  other ${r.other}`;
    });
    const total = (party: 'japan' | 'russia') => CLAIM_TOPICS.reduce((n, t) => n + table[t][party], 0);
    console.log(`Claims per party per topic:\n${rows.join('\n')}\ntotal: japan ${total('japan')}, russia ${total('russia')}`);
    for (const topic of CLAIM_TOPICS) {
      expect(table[topic].japan, `japan on ${topic}`).to.be.at.least(1);
      expect(table[topic].russia, `russia on ${topic}`).to.be.at.least(1);
    }
    // Neither side outnumbers the other by more than a quarter.
    expect(total('japan') / total('russia')).to.be.within(0.8, 1.25);
  });
});

describe('bundled dataset: the errors found in review stay fixed', () => {
  const event = (id: string) => dataset.events.find((e) => e.id === id)!;
  const claim = (id: string) => claimsById.get(id)!;

  it('dates the Iturup airport decree, the fishing-boat protest and the 2016 missiles as checked', () => {
    expect([event('iturup-airport-decree-2018').date, event('iturup-airport-decree-2018').precision]).to.deep.equal(['2018-01-30', 'day']);
    expect(event('fishing-boats-protest-2019').date).to.equal('2019-01-17');
    expect(event('fishing-boats-protest-2019').islands).to.deep.equal(['kunashir']);
    expect(claim('japan-fishing-boats-unacceptable-2019').date).to.equal('2019-01-17');
    expect([event('missile-systems-2016').date, claim('japan-missiles-unacceptable-2016').date]).to.deep.equal(['2016-11', '2016-11']);
  });

  it('gives the 1875 treaty the 18 islands from Urup to Shumshu, not "all of the Kuril Islands"', () => {
    const summary = event('treaty-of-saint-petersburg-1875').summary;
    expect(summary).to.contain('18 Kuril islands').and.contain('Urup').and.contain('Shumshu');
    expect(summary).to.not.contain('all of the Kuril Islands');
  });

  it('attributes "almost 68 years" to GlobalPost, and the Singapore "flexible" words to no named speaker', () => {
    for (const text of [event('moscow-summit-2013').summary, claim('both-joint-statement-2013').statement]) {
      expect(text).to.match(/almost 68 years[^.]*GlobalPost|GlobalPost counts almost 68 years/);
    }
    expect(claim('suga-staying-flexible-2018').speaker.name).to.not.contain('Suga');
    expect(claim('abe-moscow-2013').statement).to.contain('EFE');
  });

  it('says Japan counts all four islands as part of Hokkaido, and names Kunashir’s settlement both ways', () => {
    const facts = (id: string) => dataset.islands.find((i) => i.id === id)!.keyFacts.join(' ');
    expect(facts('shikotan')).to.contain('all four islands').and.not.contain('counts both');
    expect(facts('kunashir')).to.contain('Yuzhno-Kurilsk').and.contain('Furukamappu');
    expect(claim('saradzhyan-2013').topic).to.not.equal('peace-treaty');
  });

  it('quotes the ministry on Japan’s "position" and names the 1999 simplified visits of former residents', () => {
    expect(claim('russia-ends-treaty-talks-2022').statement).to.contain('openly unfriendly position');
    expect(event('russia-ends-treaty-talks-2022').summary).to.contain('1999 agreement on simplified visits by former');
  });
});
