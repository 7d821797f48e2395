import { isSkeletonOf } from '../models/offline/is-skeleton-of.js';
import { nearlySameWord } from '../models/offline/nearly-same-word.js';
import { wordRoot } from '../models/offline/word-root.js';

/** Short plurals and participles the root leaves whole: "ids" → id, "aged" → age. */
function shortForms(word: string): string[] {
  const forms = [word, wordRoot(word)];
  if (/s$/.test(word) && word.length >= 3) forms.push(word.slice(0, -1));
  if (/ies$/.test(word)) forms.push(`${word.slice(0, -3)}y`);
  if (/d$/.test(word) && word.length >= 4) forms.push(word.slice(0, -1));
  if (/ed$/.test(word) && word.length >= 5) forms.push(word.slice(0, -2));
  return forms;
}

/** SQL's own words, which stand for nothing the question names ("desc" is not a description). */
const SQL_WORDS = new Set(
  `select from where group order by having limit offset desc asc count star sum avg min max join inner left right outer full cross on as and or not in
  like ilike between distinct case when then else end union intersect except null is exists cast with over partition all any`.split(/\s+/),
);

/** "FlightNo", "num_seats", "acct_nbr": the usual short forms of "number". */
const NUMBER_ABBREVIATIONS = ['no', 'num', 'nbr', 'nr', 'nos'];

const commonPrefix = (a: string, b: string): number => {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
};

/**
 * Whether one of the SQL's identifier words stands for the question's word: the same root or a short form
 * ("ids" / id), an abbreviation of it ("dest" for destination), a shared stem ("injuries" / injured),
 * a compound ending in it ("towns" / hometown) or one typo away ("airilne" / airline).
 */
export function sqlReadsWord(word: string, roots: ReadonlySet<string>): boolean {
  const text = word.toLowerCase();
  const forms = shortForms(text);
  if (forms.some((form) => roots.has(form))) return true;
  if (/^numbers?$/.test(text) && NUMBER_ABBREVIATIONS.some((short) => roots.has(short))) return true;
  // "ids" as StuID: a key written glued to what it identifies.
  if (/^ids?$/.test(text) && [...roots].some((root) => root.length <= 8 && root.endsWith('id'))) return true;
  for (const root of roots) {
    if (root.length < 3 || SQL_WORDS.has(root)) continue;
    if (root.length >= 4 && text.startsWith(root)) return true;
    if (commonPrefix(root, text) >= 5) return true;
    if (forms.some((form) => form.length >= 4 && root.length > form.length && root.endsWith(form))) return true;
    if (forms.some((form) => nearlySameWord(form, root) || swapsTwoLetters(form, root))) return true;
    if (isSkeletonOf(text, root)) return true;
  }
  return false;
}

/** "airilne" for airline: two neighbouring letters swapped, in a word of five letters or more. */
function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5 || a === b) return false;
  const at = [...a].findIndex((letter, k) => letter !== b[k]);
  return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}
