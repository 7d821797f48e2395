import { ARTICLES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { PERSONAL_PRONOUNS } from '../lexicon/pronouns.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import type { TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import type { OuterSelectTree } from '../sql-tree/outer-select-tree.js';
import { wordRoot } from '../models/offline/word-root.js';
import { LISTING_VERBS } from './check-key-for-name.js';

/** Words between a listing verb and its noun: "List all the …", "Show me our …". */
const OPENERS: ReadonlySet<string> = wordSet(pick(ARTICLES, 'the'), pick(QUANTIFIERS, 'all', 'every', 'each'), pick(PERSONAL_PRONOUNS, 'me'), pick(POSSESSIVE_DETERMINERS, 'our'));

/** The plural noun a question opens with as a listing verb's object ("List the rounds …" → rounds); undefined otherwise. */
export function listedPluralNoun(words: readonly QuestionWord[]): { noun: QuestionWord; at: number } | undefined {
  if (!LISTING_VERBS.has(words[0]?.text ?? '')) return undefined;
  let at = 1;
  while (at < words.length && OPENERS.has(words[at]!.text) && !words[at]!.clauseEnd) at++;
  const noun = words[at];
  if (!noun || !/[^s]s$/.test(noun.text) || wordRoot(noun.text) === noun.text) return undefined;
  return { noun, at };
}

/** The table the SQL reads whose name ends in the noun ("rooms" → meetingRooms, "towers" → towers), singular or plural. */
export function listedTable(noun: QuestionWord, schemas: readonly TableSchema[], tree: OuterSelectTree): TableSchema | undefined {
  return schemas.find((schema) => {
    const last = splitIdentifier(schema.name.split('.').pop()!).at(-1);
    return last !== undefined && wordRoot(last.toLowerCase()) === wordRoot(noun.text) && tree.tables.some((entry) => entry.name === bareName(schema.name));
  });
}
