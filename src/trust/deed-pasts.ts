import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { senseOffsets } from '../lexicon/wordnet-records.js';

/** The past forms of each irregular verb, by its dictionary form: leave → left. */
let pastForms: Map<string, string[]> | undefined;

function pastsOf(verb: string): string[] {
  if (!pastForms) {
    pastForms = new Map();
    for (const [past, base] of Object.entries(IRREGULAR_VERBS)) pastForms.set(base, [...(pastForms.get(base) ?? []), past]);
  }
  return [...(pastForms.get(verb) ?? []), verb.endsWith('e') ? `${verb}d` : `${verb}ed`];
}

/**
 * The past forms a column's name may record the deed of a doer noun in -er by ("leavers" where members.left_on is,
 * "joiners" of joined_on, "quitters" of quit_at): one who did the verb is a row the column has a date or a mark for.
 * WordNet's verbs only, asked of a word nothing else grounds.
 */
export function deedPasts(word: string): string[] {
  const singular = word.endsWith('ers') ? word.slice(0, -1) : word;
  if (!/^[a-z]{3,}er$/.test(singular)) return [];
  const stem = singular.slice(0, -2);
  const bases = [stem, `${stem}e`, ...(stem.at(-1) === stem.at(-2) ? [stem.slice(0, -1)] : [])];
  return bases.filter((base) => base.length > 2 && senseOffsets('verb', base).length > 0).flatMap(pastsOf);
}

/** Nouns of the time a deed is dated by: "leaving date", "joining day". */
const TIME_NOUNS = /^(?:date|dates|day|days)$/;

/**
 * The past forms a date column's name may record the doing of a verb by, asked as "<verb>ing date(s)" ("the leaving
 * dates of the cleaners" where cleaners.left_on is): the -ing form dates the deed only before a word for a date, so
 * "shipping cost" or "free shipping" name no shipped_on.
 */
export function datedDoingPasts(word: string, next: string | undefined): string[] {
  const doing = /^([a-z]{3,})ing$/.exec(word)?.[1];
  if (doing === undefined || next === undefined || !TIME_NOUNS.test(next)) return [];
  const bases = [doing, `${doing}e`, ...(doing.at(-1) === doing.at(-2) ? [doing.slice(0, -1)] : [])];
  return bases.filter((base) => senseOffsets('verb', base).length > 0).flatMap(pastsOf);
}
