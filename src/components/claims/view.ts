/**
 * The claims panel's view model: dataset + options in, what to render out. Pure (no DOM, no Lit),
 * the same on the server and in the browser, tested in Node.
 */
import { selectClaims } from '../../data/select-claims.js';
import { CLAIM_TOPICS, PARTIES, type Claim, type ClaimTopic, type Dataset, type Language, type Party } from '../../data/schema.js';
import { claimsText } from './messages.js';
import { ui } from '../../i18n/ui-text.js';

/** Layouts: `auto` puts the two sides side by side when the widget is at least 36rem wide. */
export const CLAIMS_LAYOUTS = ['auto', 'columns', 'stacked'] as const;
export type ClaimsLayout = (typeof CLAIMS_LAYOUTS)[number];

/** Which side comes first: `alphabetical` (the default) sorts the two by name in the display language. */
export const CLAIMS_FIRST = ['alphabetical', 'japan', 'russia'] as const;
export type ClaimsFirst = (typeof CLAIMS_FIRST)[number];

type Side = 'japan' | 'russia';

const orders = new Map<string, [Side, Side]>();

/**
 * The order of the two sides when the publisher does not choose one: the parties' names in the
 * display language sorted with `Intl.Collator`. English gives Japan, Russia; Russian gives Россия,
 * Япония; Japanese gives ロシア, 日本 (the Japanese collation puts kana before kanji: it does not
 * know readings, so this is not gojūon order, in which 日本 (にほん) would come first).
 */
export function neutralSideOrder(names: Record<Side, string>, lang: string): [Side, Side] {
  const key = `${lang} ${names.japan} ${names.russia}`;
  let order = orders.get(key);
  if (!order) {
    order = new Intl.Collator(lang).compare(names.japan, names.russia) <= 0 ? ['japan', 'russia'] : ['russia', 'japan'];
    orders.set(key, order);
  }
  return order;
}

export interface ClaimsOptions {
  lang: Language;
  /** Parties and topics that select (empty: all). */
  parties: readonly Party[];
  topics: readonly ClaimTopic[];
  from?: string | undefined;
  to?: string | undefined;
  first: ClaimsFirst;
  /**
   * The compact default view: the first topic shows one position per side (the key ones), the
   * other topics are closed (opening one shows it in full).
   */
  brief?: boolean;
  /**
   * How many claims each topic has in all, when `data` holds only some of them (the first tier): a
   * topic with none of its claims in `data` still has a section (the compact view's closed heading).
   */
  totals?: Readonly<Record<string, number>> | undefined;
}

export interface PartyGroup {
  party: Party;
  claims: Claim[];
}

export interface ClaimsSection {
  topic: ClaimTopic;
  /** Japan's and Russia's groups, in display order (one may be empty: "no position recorded"). */
  sides: PartyGroup[];
  /** True when either side has a claim in this topic. */
  anySide: boolean;
  /** What both agreed, then outside views. */
  rest: PartyGroup[];
  /** The key position of each side that has one, in display order (see {@link keyClaim}). */
  key: Claim[];
  /** Number of claims in this topic. */
  total: number;
}

export interface ClaimsView {
  title: string;
  /** True when one topic is shown (its name is the title; no topic headings). */
  single: boolean;
  sections: ClaimsSection[];
  /** Number of claims shown. */
  count: number;
  /** Ids of the claims shown (links to others are plain text). */
  shown: ReadonlySet<string>;
  /** The claims that answer each claim, by its id. */
  answers: ReadonlyMap<string, Claim[]>;
  /** Every claim of the dataset by id (for "Responds to"). */
  byId: ReadonlyMap<string, Claim>;
  /** True in the compact default view (see {@link ClaimsOptions.brief}). */
  brief: boolean;
  /** The topic each claim shown is in, by claim id (a link reveals its topic). */
  topicOf: ReadonlyMap<string, ClaimTopic>;
}

/**
 * A side's key position on a topic, which the compact view shows: the claim the dataset marks
 * `key`, else its latest standing position, else its latest claim. Dates are ISO strings of any
 * precision, so they compare as text.
 */
export function keyClaim(claims: readonly Claim[]): Claim | undefined {
  let best: Claim | undefined;
  const rank = (c: Claim) => (c.key ? 2 : c.standing ? 1 : 0);
  for (const c of claims) {
    if (!best || rank(c) > rank(best) || (rank(c) === rank(best) && c.date >= best.date)) best = c;
  }
  return best;
}

/** Builds what the claims panel renders. */
export function claimsView(data: Dataset, o: ClaimsOptions): ClaimsView {
  const msg = ui(claimsText, o.lang);
  const topics = o.topics.length ? o.topics : CLAIM_TOPICS;
  const parties = o.parties.length ? o.parties : PARTIES;
  const single = topics.length === 1;
  const claims = selectClaims(data, { parties: [...parties], topics: [...topics], from: o.from, to: o.to });
  const shown = new Set(claims.map((c) => c.id));
  const answers = new Map<string, Claim[]>();
  for (const c of claims) {
    for (const id of c.respondsTo ?? []) {
      const list = answers.get(id);
      if (list) list.push(c);
      else answers.set(id, [c]);
    }
  }
  const sides: [Side, Side] =
    o.first === 'japan' ? ['japan', 'russia'] : o.first === 'russia' ? ['russia', 'japan'] : [...msg.sides];
  const order = ([...sides, 'both', 'other'] as Party[]).filter((p) => parties.includes(p));
  const byTopic = new Map<ClaimTopic, Claim[]>();
  for (const c of claims) {
    const list = byTopic.get(c.topic);
    if (list) list.push(c);
    else byTopic.set(c.topic, [c]);
  }
  const sections: ClaimsSection[] = [];
  for (const topic of topics) {
    const inTopic = byTopic.get(topic) ?? [];
    // On the first tier, a topic whose claims are not loaded yet is still listed (a closed heading).
    const total = o.totals?.[topic] ?? inTopic.length;
    if (!total) continue;
    const groups = order.map((party) => ({ party, claims: inTopic.filter((c) => c.party === party) }));
    const sideGroups = groups.slice(0, 2).filter((g) => g.party === 'japan' || g.party === 'russia');
    sections.push({
      topic,
      sides: sideGroups,
      anySide: sideGroups.some((g) => g.claims.length > 0),
      rest: groups.slice(sideGroups.length),
      key: sideGroups.map((g) => keyClaim(g.claims)).filter((c): c is Claim => Boolean(c)),
      total,
    });
  }
  return {
    title: single ? msg.topicTitle(msg.topics[topics[0]!]) : msg.title,
    single,
    sections,
    count: claims.length,
    shown,
    answers,
    byId: new Map(data.claims.map((c) => [c.id, c])),
    brief: Boolean(o.brief) && sections.length > 0,
    topicOf: new Map(claims.map((c) => [c.id, c.topic])),
  };
}
