import { CATALOG_SYNONYMS } from '../catalog/term-synonyms.js';
import { adjectiveAntonyms } from '../lexicon/adjective-antonyms.js';
import { derivedForms } from '../lexicon/derived-forms.js';
import { hasSense } from '../lexicon/has-sense.js';
import { relatedNouns } from '../lexicon/related-nouns.js';
import { otherEnglishWord } from '../lexicon/other-english-word.js';
import { nearlySameWord } from '../models/offline/nearly-same-word.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { compoundOf } from './closed-compound.js';
import { abbreviates, evidenceOf, sameStem, type EvidenceRoots } from './ground-question.js';
import { namesMultiWord } from './multi-word-synonym.js';

/**
 * Whether grounding links the word (evidenceOf) only loosely: as a dictionary compound whose first word a name is
 * ("homework" where a home_pc column is: homework is work, not a home), or inside a longer word of a comment or doc
 * that shares no stem with it. Such a link may ground a word beside what is asked, not what the question asks for.
 * A link through the word itself, its stem or root, a short or misspelt form of a name, a word sharing its stem, a
 * catalog or WordNet synonym of the whole word, a WordNet relative of a table's name ("shoppers" for customers), or a
 * name's shorthand read as that very word is strong.
 */
export function linksLoosely(word: QuestionWord, roots: EvidenceRoots): boolean {
  return evidenceOf(word, roots) !== undefined && !linksStrongly(word, roots);
}

function linksStrongly(word: QuestionWord, roots: EvidenceRoots): boolean {
  const own = [word.text, word.stem, wordRoot(word.text), word.text.replace(/s$/, '')];
  if (own.some((form) => roots.all.has(form) || roots.all.has(wordRoot(form)))) return true;
  const spelled = (form: string) => (roots.all.has(form) || roots.all.has(wordRoot(form))) && !roots.expanded.has(form);
  if ((CATALOG_SYNONYMS[word.stem] ?? []).some(spelled)) return true;
  const root = wordRoot(word.text);
  for (const [known, kind] of roots.long) {
    if (dictionaryCompound(word.text, known)) continue;
    if (sameStem(known, root)) return true;
    if (roots.expanded.has(known)) continue;
    if (abbreviates(root, known) || (nearlySameWord(known, root) && !otherEnglishWord(word.text, known))) return true;
    if (abbreviates(known, root) && !compoundOf(word.text, known)) return true;
    // "schoolers" in Highschooler: a word inside a compound name; inside a longer word of prose it is another word.
    if (kind !== 'text' && known.length > word.stem.length && word.stem.length >= 4 && known.includes(word.stem)) return true;
  }
  const column = (name: string) => roots.byKind.column.has(name) && !roots.expanded.has(name);
  const table = (name: string) => roots.byKind.table.has(name) && !roots.expanded.has(name);
  // "shoppers" for a customers table, "vessels" for ship: a table names what a question counts or lists by its kind.
  for (const [lemma, closeness] of relatedNouns(word.text)) {
    if ([lemma, wordRoot(lemma)].some((form) => table(form) || (closeness === 'same' && column(form))) || (closeness === 'same' && namesMultiWord(lemma, column))) return true;
  }
  return [...adjectiveAntonyms(word.text)].some((antonym) => column(antonym) || column(wordRoot(antonym)));
}

/**
 * A word the dictionary lists that is a first word and a noun of four letters or more run together, and no form derived
 * from the first: "homework" (home, work), "houseguests" (house, guest); not "destination" of dest, "payment" of pay,
 * nor "friendships" of friend.
 */
function dictionaryCompound(text: string, first: string): boolean {
  const whole = wordRoot(text);
  const second = whole.slice(first.length);
  if (first.length < 3 || second.length < 4 || !whole.startsWith(first) || !hasSense('noun', whole)) return false;
  if (!hasSense('noun', first) || !hasSense('noun', second)) return false;
  const derived = derivedForms(first);
  return !derived.has(whole) && !derived.has(text);
}
