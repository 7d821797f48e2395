import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { isKeyColumn } from '../models/offline/schema-lookup.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnOf, holdsAggregate } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { isNamingColumn, KEY_WORDS } from './naming-parts.js';
import { readTableSchemas } from './read-table-schemas.js';
import { treeColumnSchema } from './tree-column-schema.js';
import { ARTICLES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { PERSONAL_PRONOUNS } from '../lexicon/pronouns.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/** Verbs that open a listing of rows: "List the members …", "Show all customers …". */
export const LISTING_VERBS: ReadonlySet<string> = new Set(['list', 'show', 'name', 'give', 'find', 'get']);
const OPENERS: ReadonlySet<string> = wordSet(
  pick(ARTICLES, 'the'),
  pick(QUANTIFIERS, 'all', 'every'),
  pick(PERSONAL_PRONOUNS, 'me'),
  pick(POSSESSIVE_DETERMINERS, 'our'),
);

/**
 * "Which members are pensioners?" or "List the members with their joining dates" answered by mem_id alone: the
 * question asks which rows of the table its noun names, a reader tells them by name, and the table has columns that
 * name them (first_nm, last_nm), yet the answer shows only keys. A noun that names no table the SQL reads ("Which
 * clients …" over customers) means the rows of the one table it reads. A question that asks for ids or codes is left
 * alone.
 */
export const checkKeyForName: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree || tree.selectList.length === 0) return undefined;
  const words = questionWords(question);
  if (words.some((word, i) => KEY_WORDS.test(word.text) && !(/^numbers?$/.test(word.text) && words[i + 1]?.text === 'of'))) return undefined;
  const noun = askedNoun(words);
  if (!noun) return undefined;
  const read = readTableSchemas(tree.tables, context);
  // "Which clients are based in Otley?" over customers alone: a noun that names no table read is the SQL's one table's rows.
  const table = read.find((schema) => wordRoot(tableNameWords(schema.name).at(-1)!) === wordRoot(noun.text)) ?? (read.length === 1 ? read[0] : undefined);
  if (!table) return undefined;
  const shown = tree.selectList.filter((item) => !holdsAggregate(item));
  if (shown.length === 0) return undefined;
  const keysOnly = shown.every((item) => {
    const ref = columnOf(item);
    const resolved = ref ? treeColumnSchema(tree, context.table_schemas, ref) : undefined;
    return resolved !== undefined && resolved.table === table && isKeyColumn(resolved.column);
  });
  if (!keysOnly) return undefined;
  const naming = table.columns.filter(isNamingColumn);
  if (naming.length === 0) return undefined;
  return {
    name: 'key_for_name',
    passed: false,
    detail: `the question asks which ${noun.text}, but the answer shows only their key, not ${naming.map((column) => column.name).join(' or ')}, which names them`,
  };
};

/** The noun after an opening "which", or after a listing verb and its determiner ("List the members"). */
function askedNoun(words: readonly QuestionWord[]): QuestionWord | undefined {
  if (words[0]?.text === 'which' && !words[0].clauseEnd) return words[1];
  if (!LISTING_VERBS.has(words[0]?.text ?? '')) return undefined;
  let at = 1;
  while (at < words.length && OPENERS.has(words[at]!.text) && !words[at]!.clauseEnd) at++;
  return words[at];
}
