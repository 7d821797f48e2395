import type { QuestionWord } from './question-words.js';
import { PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, WH_WORDS } from '../../lexicon/pronouns.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { pick, wordSet } from '../../lexicon/word-set.js';
import { FINITE_BE, FINITE_DO } from '../../lexicon/auxiliaries.js';
import { ARTICLES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../../lexicon/determiners.js';

const VERBS: ReadonlySet<string> = wordSet(FINITE_BE, FINITE_DO);
/** Words that open a relative clause: "every student who …" restricts the rows rather than asking for one answer each. */
const RELATIVE: ReadonlySet<string> = wordSet(RELATIVE_PRONOUNS, pick(WH_WORDS, 'where'), pick(PREPOSITIONS, 'with', 'without'));

/**
 * "Where is each instructor from?", "What nationality is each singer?": "each" as the subject of the question's verb
 * asks for one answer per row, so each answer is shown beside the row it belongs to. Not "the grade of each student",
 * where "each" only says which rows the attribute is read from, nor "every student who …", which filters them.
 */
export function asksPerEachRow(words: readonly QuestionWord[]): boolean {
  const at = words.findIndex((word, k) => (word.text === 'each' || word.text === 'every') && VERBS.has(words[k - 1]?.text ?? ''));
  return at > 0 && !words.slice(at + 1).some((word) => RELATIVE.has(word.text));
}

/** Words that hand a listed row its own attribute: "with its city", "and their owners". */
const OWN: ReadonlySet<string> = wordSet(pick(POSSESSIVE_DETERMINERS, 'its', 'their'));
/** How many words may name the listed rows between "each" and "with"/"and". */
const ROW_WORDS = 3;

/**
 * "List each gym with the city it's in", "Show every ferry and its home port": the rows are listed themselves, each
 * with an attribute of its own, so the answer names the row beside the attribute. Not "every student with a cat",
 * where "with" opens what the rows must have, nor "List every show's theme", which asks for the themes alone.
 */
export function listsEachWithOwn(words: readonly QuestionWord[], listedRowsAt?: (index: number) => boolean): boolean {
  if (listedRowsAt && listsRowsWithOwn(words, listedRowsAt)) return true;
  const at = words.findIndex((word) => word.text === 'each' || word.text === 'every');
  if (at < 0) return false;
  for (let k = at + 2; k <= at + 1 + ROW_WORDS && k < words.length - 1; k++) {
    const link = words[k]!.text;
    if (link !== 'with' && link !== 'and') continue;
    if (OWN.has(words[k + 1]!.text)) return true;
    // "with the city it's in", "with the club they play for": the rest names the attribute through the row's pronoun.
    return words[k + 1]!.text === 'the' && words.slice(k + 2, k + 6).some((word) => word.text === 'it' || word.text === 'they');
  }
  return false;
}

const LIST_OPENERS = new Set(['list', 'show', 'give', 'display']);
const LIST_FILLERS: ReadonlySet<string> = wordSet(
  pick(PERSONAL_PRONOUNS, 'me', 'us'),
  pick(ARTICLES, 'the'),
  pick(POSSESSIVE_DETERMINERS, 'our'),
  pick(QUANTIFIERS, 'all'),
  pick(PREPOSITIONS, 'of'),
);
/**
 * Where the rows a list opens on are named ("List the farms in Dorset", "Show me our German clients"): the word
 * `listedRowsAt` says names them, right after the opener and its fillers or, with `modified`, one modifier later; -1
 * when none.
 */
export function listedRows(words: readonly QuestionWord[], listedRowsAt: (index: number) => boolean, modified = true): number {
  if (!LIST_OPENERS.has(words[0]?.text ?? '')) return -1;
  let at = 1;
  while (LIST_FILLERS.has(words[at]?.text ?? '')) at++;
  // "our German clients": one modifier may stand before the rows.
  return listedRowsAt(at) ? at : modified && listedRowsAt(at + 1) ? at + 1 : -1;
}

/** How far after the listed rows their own attribute may follow ("the units at Swansea Marina with their size"). */
const OWN_WITHIN = 8;

/**
 * "List the units at Swansea Marina with their size", "List our German clients and their sector code": rows a list
 * opens on (`listedRowsAt` says a table names them), each with an attribute of its own.
 */
function listsRowsWithOwn(words: readonly QuestionWord[], listedRowsAt: (index: number) => boolean): boolean {
  const rows = listedRows(words, listedRowsAt);
  if (rows < 0) return false;
  for (let k = rows + 1; k < Math.min(words.length - 1, rows + 1 + OWN_WITHIN); k++) {
    if ((words[k]!.text === 'with' || words[k]!.text === 'and') && OWN.has(words[k + 1]!.text)) return true;
    if (words[k]!.clauseEnd) return false;
  }
  return false;
}
