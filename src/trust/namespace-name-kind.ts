import { firstNounSense, firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import { hypernymLemmas } from '../lexicon/hypernym-lemmas.js';
import { memoByWord } from '../lexicon/memo-by-word.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { baseForms } from '../lexicon/related-nouns.js';
import { tableNameWords } from '../models/offline/table-name-words.js';
import type { QuestionWord } from '../models/offline/question-words.js';

/** A table as its name and comments describe it: a linked table's schema or a catalog table. */
interface CommentedTable {
  name: string;
  comment?: string;
  columns: readonly { comment?: string }[];
}

/**
 * How far up a name word's first sense a question's noun may be and still name the name's kind: "instruments" of piano
 * (two steps), "animals" of livestock (five); further up are the kinds everything is (object, whole, organism).
 */
const KIND_STEPS = 5;

/**
 * "How many phones were booked in?" in phone_fix, where jobs' comments speak of the handset; "How many instruments does
 * each school have?" in piano_tuning, where a pianos table is: a word of the database's own name says what its rows are
 * about. A noun the question asks about (not a modifier of the next noun: a "phone number" is no phone) that is that
 * word, a synonym of it or a kind it is (WordNet's hypernyms of its first sense, a few steps up), names what a linked
 * table holds when that table's name or a comment of it names such a thing: the name word itself, a kind of it
 * ("handset" of phone) or a kind of the question's noun ("cattle" of animals). A noun the name does not say ("the
 * national animal of Canada" in a zoo's database) or that no table holds stays open.
 */
export function namespaceNameKind(namespace: string, words: readonly QuestionWord[], word: QuestionWord, tables: readonly CommentedTable[]): boolean {
  if (!/^[a-z]{3,}$/.test(word.text) || primaryPartOfSpeech(word.text) !== 'noun' || modifiesNext(words, word)) return false;
  const forms = baseForms(word.text);
  const named = tableNameWords(namespace).filter((part) => part.length >= 3 && firstSenseKinds(part).size > 0);
  const kinds = named.filter((part) => forms.some((form) => firstSenseKinds(part).has(form)));
  if (kinds.length === 0) return false;
  return tables.some((table) =>
    tableWords(table).some((said) => {
      const ancestors = firstSenseAncestors(said);
      return kinds.some((part) => ancestors.has(part)) || forms.some((form) => ancestors.has(form));
    }),
  );
}

/** The next word is a noun the word narrows ("phone number", "water consumption"). */
function modifiesNext(words: readonly QuestionWord[], word: QuestionWord): boolean {
  const next = words[word.index + 1];
  return !word.clauseEnd && next !== undefined && /^[a-z]{3,}$/.test(next.text) && primaryPartOfSpeech(next.text) === 'noun';
}

/** The words a table names itself and its columns' contents by: its name's words and those of its and its columns' comments. */
function tableWords(table: CommentedTable): string[] {
  const prose = [table.comment, ...table.columns.map((column) => column.comment)].filter((text): text is string => text !== undefined);
  const said = prose.flatMap((text) => text.toLowerCase().match(/[a-z]{3,}/g) ?? []);
  return [...new Set([...tableNameWords(table.name), ...said])].filter((part) => part.length >= 3);
}

/** The lemmas of a word's first noun sense and of its hypernyms up to KIND_STEPS (not from an instance to its class): the kinds of thing the word names. */
const firstSenseKinds = memoByWord((key): Set<string> => {
  const first = firstNounSense(key);
  return hypernymLemmas(first === undefined ? [] : [first], { maxSteps: KIND_STEPS, instances: false });
});
