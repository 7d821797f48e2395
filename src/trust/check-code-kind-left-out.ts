import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { columnCodeGlosses } from './code-glosses.js';
import { readTableSchemas } from './read-table-schemas.js';
import { readsColumn } from './reads-column.js';

/** The words of a gloss, lower case, without an aside in brackets. */
const glossWords = (gloss: string): string[] => gloss.replace(/\([^)]*\)/g, ' ').toLowerCase().match(/[a-z]+/g) ?? [];

/**
 * "the most money from felling" answered by `work_cd = 'FELL'` where the comment reads "FELL fell, SECFELL sectional
 * fell": English puts a compound's head last, so a code glossed by the tested code's whole gloss with words before it
 * ("sectional fell") is a kind of the same thing, and an equality to the plain code leaves that kind out. When the
 * question says none of the words that set the kind apart, it asked for both, and the SQL's filter is narrower than
 * the question. An adverb before the gloss ("EN endangered, CR critically endangered") grades a state into a category of
 * its own, not a kind of it. A question that names the kind's words (the SQL then chose), or an SQL that tests the other code
 * too (an IN list), is left alone.
 */
export const checkCodeKindLeftOut: AnswerCheckRule = ({ question, sql, tree, context }) => {
  if (!tree || sql.literals.length === 0) return undefined;
  const glosses = columnCodeGlosses(readTableSchemas(tree.tables, context));
  if (glosses.length === 0) return undefined;
  const asked = new Set(questionWords(question).map((word) => wordRoot(word.text)));
  const tested = new Set(sql.literals);
  for (const chosen of glosses) {
    if (!tested.has(chosen.code.toLowerCase()) || !readsColumn(sql.code, chosen.column.name)) continue;
    const head = glossWords(chosen.gloss);
    if (head.length === 0) continue;
    for (const other of glosses) {
      if (other.column !== chosen.column || other.code === chosen.code || tested.has(other.code.toLowerCase())) continue;
      const words = glossWords(other.gloss);
      if (words.length <= head.length || !head.every((word, k) => words[words.length - head.length + k] === word)) continue;
      const modifiers = words.slice(0, words.length - head.length);
      if (modifiers.some((word) => asked.has(wordRoot(word)))) continue;
      // "EN endangered, CR critically endangered": an adverb grades the state, a separate category, not a kind of it.
      if (modifiers.some((word) => /..ly$/.test(word) && primaryPartOfSpeech(word) !== 'noun')) continue;
      return {
        name: 'code_kind_left_out',
        passed: false,
        detail: `the SQL holds ${chosen.column.name} to '${chosen.code}' (${chosen.gloss}), leaving out '${other.code}' (${other.gloss}), a kind of the same thing the question does not set apart`,
      };
    }
  }
  return undefined;
};
