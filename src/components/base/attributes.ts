/**
 * The attribute layer: every attribute of every widget is declared once, with Lit's `@property`
 * options plus a parser that knows its default and its allowed values:
 *
 * ```ts
 * const order = keyword(ORDERS, 'asc');
 * /** `asc` (oldest first) or `desc` (newest first). *\/
 * @property({ attribute: 'order', parse: order }) order: Order | string = 'asc';
 * ```
 *
 * The base class parses each changed attribute with its parser in `willUpdate` (on the server and
 * in the browser alike), keeps the result (`this.value(order)`: a parser is made per attribute, so
 * it names its attribute's parsed value, typed), and warns once per element and
 * value when a value is invalid. Every parser treats a missing value (`null` after the attribute
 * is removed, `undefined`, `''`) as its default, without a warning; keywords are case-insensitive.
 */
import { property as litProperty } from 'lit/decorators.js';
import type { PropertyDeclaration, ReactiveElement } from 'lit';
import { isValidPartialDate } from '../../data/partial-date.js';

/** What a parser made of a raw value; `problem` is set when the value was invalid. */
export interface Parsed<T> {
  value: T;
  problem?: { shown: string; allowed: string; using: string };
}

/** Parses one attribute's raw value (string, number, boolean, `null` or anything a property was set to). */
export interface Parser<T> {
  (raw: unknown): Parsed<T>;
}

/** Lit's property options plus the attribute's parser. */
export interface OptionDeclaration<T = unknown> extends PropertyDeclaration {
  attribute: string;
  parse?: Parser<T>;
}

/** True for a value that means "not set": `null`, `undefined` or a blank string. */
export const isUnset = (raw: unknown): boolean => raw === null || raw === undefined || String(raw).trim() === '';

const text = (raw: unknown): string => (typeof raw === 'string' ? raw : String(raw)).trim();

/** The entries of a comma- or space-separated value, each once, in the order given. */
export function listEntries(raw: unknown, lowercase = false): string[] {
  if (isUnset(raw)) return [];
  const value = lowercase ? text(raw).toLowerCase() : text(raw);
  return [...new Set(value.split(/[\s,]+/).filter(Boolean))];
}

/** One keyword of `allowed`, case-insensitively; anything else falls back to `fallback`. */
export function keyword<const T extends string>(allowed: readonly T[], fallback: T): Parser<T> {
  return (raw) => {
    if (isUnset(raw)) return { value: fallback };
    const value = text(raw).toLowerCase();
    if ((allowed as readonly string[]).includes(value)) return { value: value as T };
    return { value: fallback, problem: { shown: text(raw), allowed: allowed.join(', '), using: fallback } };
  };
}

/**
 * A comma list of keywords of `allowed` (case-insensitive), in the order of `allowed`. Unknown
 * entries are dropped with one warning; an empty result means "all" (`[]`).
 */
export function keywordList<const T extends string>(allowed: readonly T[]): Parser<T[]> {
  return (raw) => {
    const entries = listEntries(raw, true);
    const value = allowed.filter((a) => entries.includes(a));
    const bad = entries.filter((e) => !(allowed as readonly string[]).includes(e));
    if (!bad.length) return { value };
    return { value, problem: { shown: text(raw), allowed: allowed.join(', '), using: value.join(',') || 'all' } };
  };
}

/** A comma or space list of ids, as given (ids are case-sensitive). */
export const idList = (): Parser<string[]> => (raw) => ({ value: listEntries(raw) });

/** A `from`/`to` bound: a year or an ISO date that exists in the calendar; none when invalid. */
export const partialDate = (): Parser<string | undefined> => (raw) => {
  if (isUnset(raw)) return { value: undefined };
  const value = text(raw);
  if (isValidPartialDate(value)) return { value };
  return {
    value: undefined,
    problem: { shown: value, allowed: 'a year or an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)', using: 'none' },
  };
};

/**
 * A count such as `limit`: a whole number; `0` (and no value) means "no limit". One rule for
 * every widget.
 */
export const count = (): Parser<number> => (raw) => {
  if (isUnset(raw)) return { value: 0 };
  const value = text(raw);
  if (/^\d+$/.test(value)) return { value: Number(value) };
  return { value: 0, problem: { shown: value, allowed: 'a whole number (0 for no limit)', using: '0' } };
};

/** A whole number among `allowed` (such as heading levels 2–6). */
export function integerIn<const T extends number>(allowed: readonly T[], fallback: T): Parser<T> {
  return (raw) => {
    if (isUnset(raw)) return { value: fallback };
    const n = Number(text(raw));
    if ((allowed as readonly number[]).includes(n)) return { value: n as T };
    return { value: fallback, problem: { shown: text(raw), allowed: allowed.join(', '), using: String(fallback) } };
  };
}

/** A string, trimmed (a URL such as `src`); no value is `''`. */
export const trimmed = (): Parser<string> => (raw) => ({ value: isUnset(raw) ? '' : text(raw) });

/** A boolean attribute (present or absent): Lit converts it; any other property value is coerced. */
export const flag = (): Parser<boolean> => (raw) => ({ value: raw === '' ? true : Boolean(raw) });

/** The parsers of a class's options, by property name, inherited along the prototype chain. */
const PARSERS = Symbol('kuril-parsers');
type WithParsers = { [PARSERS]?: Map<string, Parser<unknown>> };

/** The parsers declared on a class and its superclasses. */
export function parsersOf(ctor: unknown): Map<string, Parser<unknown>> {
  const c = ctor as WithParsers;
  return c[PARSERS] ?? new Map();
}

/**
 * Lit's `@property` with the attribute's parser: declares the attribute once. The attribute name
 * is required (kebab-case, as documented); the parser gives the default and the allowed values.
 */
export function property<T>(options: OptionDeclaration<T>) {
  const { parse, ...lit } = options;
  const decorate = litProperty(lit) as (proto: object, name: PropertyKey) => void;
  return (proto: ReactiveElement, name: string): void => {
    decorate(proto, name);
    if (!parse) return;
    const ctor = proto.constructor as WithParsers;
    if (!Object.prototype.hasOwnProperty.call(ctor, PARSERS)) ctor[PARSERS] = new Map(ctor[PARSERS] ?? []);
    ctor[PARSERS]!.set(name, parse as Parser<unknown>);
  };
}

/**
 * A comma list of keywords of `allowed` (case-insensitive), in the order given, each once. Unknown
 * entries are dropped with one warning; an empty result means "the default" (`[]`).
 */
export function orderedList<const T extends string>(allowed: readonly T[]): Parser<T[]> {
  return (raw) => {
    const entries = listEntries(raw, true);
    const value = entries.filter((e): e is T => (allowed as readonly string[]).includes(e));
    if (value.length === entries.length) return { value };
    return { value, problem: { shown: text(raw), allowed: allowed.join(', '), using: value.join(',') || 'default' } };
  };
}
