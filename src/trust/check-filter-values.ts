import { normalizeValueText } from '../catalog/normalize-value-text.js';
import { parseExpectation } from '../models/offline/parse-expectation.js';
import type { AnswerCheckRule } from './answer-facts.js';

/** A number that is not part of a time span ("30 days") or a word ("Q3"). */
const NUMBER = /(?<![\w.,'’])(\d+(?:\.\d+)?)(?!\w|[.,]\d)(?!\s*(?:%|percent|days?|weeks?|months?|years?(?!\s+old)|hours?|minutes?|seconds?|quarters?)\b)/gi;

/** A number glued to the letters after it: "18ct", "150mm", "20k", "2025B", "9am" (not "Q3", "4x4" or "1.5"). */
const GLUED = /(?<![\w.,'’])(\d+(?:\.\d+)?)([a-z]+)(?![\w'’])/gi;
/** What a glued number's letters may be that make it no filter value: an ordinal, a plural or decade, a time span. */
const SPAN_SUFFIX = /^(st|nd|rd|th|s|d|h|hr|hrs|min|mins|sec|secs|wk|wks|mo|mos|yr|yrs|y|w)$/;

/** The number a scale letter or a clock half stands for: 20k → 20000, 2m → 2000000, 9pm → 21 or '21:'. */
function scaled(number: string, suffix: string): string[] {
  const value = Number(number);
  if (suffix === 'k') return [String(value * 1000)];
  if (suffix === 'm' || suffix === 'mn') return [String(value * 1_000_000)];
  if (suffix === 'bn') return [String(value * 1_000_000_000)];
  // A time of day as the SQL writes it: an hour (21) or a clock literal ('21:00', '09:30').
  const hour = suffix === 'pm' && value < 12 ? value + 12 : suffix === 'am' && value === 12 ? 0 : value;
  if (suffix === 'am' || suffix === 'pm') return [String(hour), `${String(hour).padStart(2, '0')}:`];
  return [];
}

/**
 * `form` as the SQL writes it: a value with an apostrophe (O'Brien) stands in a string literal with the quote doubled
 * ('O''Brien', standard SQL) or escaped ('O\'Brien', MySQL), so the value the question names and the one the SQL
 * filters by are compared as the same text, not one raw and one quoted.
 */
function inLiteral(text: string, form: string): boolean {
  if (text.includes(form)) return true;
  if (!form.includes("'")) return false;
  return text.includes(form.replace(/'/g, "''")) || text.includes(form.replace(/'/g, "\\'"));
}

/**
 * The question's filter values reach the SQL: quoted values, years (also "'26"), numbers, and values the linker matched
 * word for word. A value met by another spelling the linker knows (a matched value of the same words) counts.
 */
export const checkFilterValues: AnswerCheckRule = ({ question: asked, sql, context }) => {
  // "I expect about 1800" states the answer, not a filter.
  const expectation = parseExpectation(asked);
  const question = expectation ? asked.replace(expectation.text, ' ') : asked;
  const wanted: Array<{ label: string; forms: string[] }> = [];
  for (const match of question.matchAll(/(?<![\p{L}\p{N}])["“”'‘’]([^"“”'‘’]{2,})["“”'‘’](?![\p{L}\p{N}])/gu)) {
    const text = match[1]!.trim();
    const spellings = context.matched_values.filter((m) => m.matched_text.toLowerCase() === text.toLowerCase()).map((m) => m.value);
    wanted.push({ label: `'${text}'`, forms: [text, ...spellings] });
  }
  for (const year of new Set(question.match(/\b(19|20)\d\d\b/g) ?? [])) wanted.push({ label: year, forms: [year] });
  // "Aug '26": a year written with an apostrophe for its century is that year of this one.
  for (const [clipped, digits] of question.matchAll(/['’](\d{2})(?![\d'’])/g)) if (!wanted.some((w) => w.label === `20${digits}`)) wanted.push({ label: clipped, forms: [`20${digits}`] });
  const quoted = wanted.map((value) => value.label.toLowerCase()).join(' ');
  for (const match of question.matchAll(NUMBER)) {
    const number = match[1]!;
    if (/^(19|20)\d\d$/.test(number) || quoted.includes(number) || wanted.some((w) => w.label === number)) continue;
    wanted.push({ label: number, forms: [number] });
  }
  // "18ct items", "a flue of 150mm", "over 20k words": a number glued to a unit or a scale is a filter value as well.
  for (const match of question.matchAll(GLUED)) {
    const [token, number, suffix] = [match[0], match[1]!, match[2]!.toLowerCase()];
    if (SPAN_SUFFIX.test(suffix) || wanted.some((w) => w.label === token)) continue;
    wanted.push({ label: token, forms: [token.toLowerCase(), number, ...scaled(number, suffix)] });
  }
  const exact = new Map<string, string[]>();
  for (const match of context.matched_values) {
    if (normalizeValueText(match.matched_text) !== normalizeValueText(match.value) || match.value.length < 3) continue;
    const key = match.matched_text.toLowerCase();
    exact.set(key, [...(exact.get(key) ?? []), match.value]);
  }
  for (const [text, values] of exact) if (!wanted.some((w) => w.label === `'${text}'`)) wanted.push({ label: `'${text}'`, forms: values });
  if (wanted.length === 0) return undefined;
  // "< DATE '2025-01-01'" only ends 2024: it does not use 2025, unless the question asks for what came before 2025.
  const boundYears = new Set([...question.matchAll(/\b(?:before|prior to|until|till|earlier than)\s+((?:19|20)\d\d)\b/gi)].map((m) => m[1]!));
  const text = sql.text.replace(/<\s*(?:date|timestamp)?\s*'(\d{4})-01-01[^']*'/gi, (bound, year: string) => (boundYears.has(year) ? bound : '<'));
  // A number is met as a whole number; a value that merely starts with a digit ('2 Burnside Road') as text.
  const missing = wanted.filter((value) => !value.forms.some((form) => (/^\d+(?:\.\d+)?$/.test(form) ? new RegExp(`(?<![\\d.])${form.replace('.', '\\.')}(?![\\d])`).test(text) : inLiteral(text, form.toLowerCase()))));
  if (missing.length > 0) {
    return { name: 'filters', passed: false, detail: `the question names ${missing.map((m) => m.label).join(', ')}, which the SQL does not use` };
  }
  return { name: 'filters', passed: true, detail: `the SQL uses ${wanted.map((w) => w.label).join(', ')}` };
};
