import type { AnswerCheckRule } from './answer-facts.js';
import { FINITE_AUXILIARIES, MODALS } from '../lexicon/auxiliaries.js';
import { SUBORDINATORS } from '../lexicon/conjunctions.js';
import { IDENTITY_WORDS } from '../lexicon/determiners.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { nameWordsAndRoots } from '../models/offline/name-words-and-roots.js';
import { columnOf, type OuterSelectTree } from '../sql-tree/outer-select-tree.js';
import type { TableSchema } from '../context/context-schema.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { treeColumnSchema } from './tree-column-schema.js';

/** "In which country …", "What city …": a wh-word before a singular noun asks which values, each once. */
const WHICH_VALUE = /^\s*(?:(?:in|from|at|on|to|for|of)\s+)?(?:which|what)\s+([a-z]+)\b/i;
/** Words after "what" that make no noun phrase: "What are …", "What other details …". */
const NOT_A_NOUN: ReadonlySet<string> = wordSet(
  FINITE_AUXILIARIES,
  pick(MODALS, 'can', 'could', 'will', 'would', 'should'),
  pick(IDENTITY_WORDS, 'other'),
  pick(PREPOSITIONS, 'about'),
  pick(SUBORDINATORS, 'if'),
  ['else', 'kind', 'type', 'sort'],
);
/** "for each airline", "every airline": the question asks for one value per row, repeats allowed. */
const PER_ROW = /\b(each|every|per|respective|respectively)\b/i;

/**
 * "In which country are the airlines headquartered?" answered by one country per airline: a single column of
 * repeated values, where the question asks which values occur; a repeat says nothing and the list hides how few
 * there are.
 */
export const checkRepeatedValues: AnswerCheckRule = ({ question, attempt, sql, tree, context }) => {
  const noun = WHICH_VALUE.exec(question)?.[1]?.toLowerCase();
  if (!noun || (/s$/.test(noun) && !namesAnotherTablesThing(noun, tree, context.table_schemas)) || NOT_A_NOUN.has(noun) || PER_ROW.test(question) || attempt.columns.length !== 1 || attempt.row_count < 2 || attempt.truncated) return undefined;
  if (sql.grouped || /\bdistinct\b/.test(sql.code) || sql.aggregates.size > 0) return undefined;
  const values = attempt.rows.map((row) => JSON.stringify(row[0]));
  if (new Set(values).size === values.length) return undefined;
  return { name: 'repeated_values', passed: false, detail: `the question asks which ${noun}, but the answer repeats values (${values.length} rows, ${new Set(values).size} different)` };
};

/**
 * "Which regattas were raced in Monmouth?" answered by race_entries.regatta_name: a plural asks which things, and where
 * the one column shown names them while its table's rows are something else (entries), each thing comes once for
 * every row that mentions it; a repeat is the same regatta again. Where the table's rows are the things themselves
 * (riders.full_name), two rows may rightly share a name.
 */
function namesAnotherTablesThing(noun: string, tree: OuterSelectTree | undefined, schemas: readonly TableSchema[]): boolean {
  const shown = tree?.selectList.length === 1 ? columnOf(tree.selectList[0]) : undefined;
  const resolved = tree && shown ? treeColumnSchema(tree, schemas, shown) : undefined;
  if (!resolved || resolved.column.primary_key) return false;
  return sqlReadsWord(noun, nameWordsAndRoots(resolved.column.name)) && !sqlReadsWord(noun, nameWordsAndRoots(resolved.table.name));
}
