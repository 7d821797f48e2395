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
 * "joiners" of joined_on, "quitters" of quit_at), or the doing of it in -ing by ("leaving dates" of left_on): one who
 * did the verb is a row the column has a date or a mark for.
 * WordNet's verbs only, asked of a word nothing else grounds.
 */
export function deedPasts(word: string): string[] {
  const singular = word.endsWith('ers') ? word.slice(0, -1) : word;
  // "the leaving dates of the cleaners" where cleaners.left_on is: the doing of a verb (its -ing form) is what the
  // column records the past of, as the doer is.
  const doing = /^([a-z]{3,})ing$/.exec(word)?.[1];
  if (!/^[a-z]{3,}er$/.test(singular) && doing === undefined) return [];
  const stem = doing ?? singular.slice(0, -2);
  const bases = [stem, `${stem}e`, ...(stem.at(-1) === stem.at(-2) ? [stem.slice(0, -1)] : [])];
  return bases.filter((base) => base.length > 2 && senseOffsets('verb', base).length > 0).flatMap(pastsOf);
}
