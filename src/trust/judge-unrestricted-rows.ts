import { catalogVocabulary, type NameVocabulary } from '../catalog/name-vocabulary.js';
import { firstFromTable } from './first-from-table.js';
import type { CatalogTable } from '../connectors/connector.js';
import type { Context, TableSchema } from '../context/context-schema.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { groundAttributes, withHeldAttributes } from './ground-attributes.js';
import { groundQuestion } from './ground-question.js';
import { evidenceOf, namesRoots } from './evidence-roots.js';
import { meetsNames, namesClosely } from './names-closely.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { selectsEveryColumn } from './selects-every-column.js';
import { sqlShape } from './sql-shape.js';
import { listPhrases, ungroundedPhrases } from './ungrounded-phrases.js';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS } from '../lexicon/determiners.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { FINITE_BE, FINITE_DO, FINITE_HAVE, MODALS } from '../lexicon/auxiliaries.js';
import { wordsAndRoots } from '../models/offline/name-words-and-roots.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/** Words that open a verb phrase after "Which <rows>": the predicate that says which rows are meant. */
const AUXILIARIES: ReadonlySet<string> = wordSet(
  FINITE_BE,
  FINITE_HAVE,
  pick(MODALS, 'can', 'could', 'will', 'would'),
  FINITE_DO,
);
/** A negated predicate ("has nobody picked up", "does nobody have") is answered by an absence, which the checks judge. */
const NEGATIONS = /^(not|no|never|nobody|none|nothing|without|neither|nor|cannot|doesn|don|didn|isn|aren|wasn|weren|hasn|haven)$/;

/**
 * Why a query that ran still cannot answer the question, judged after execution: "Which tenants keep pets?" asks for
 * the rows of a table (tenancies) that meet a condition ("keep pets"), the query lists the table's rows with no
 * condition at all (no WHERE, join, grouping, HAVING, order or aggregate), and nothing in the data supports the
 * condition: no word of it links to a table, column, value, metric, comment or doc, the SQL reads none of them, and
 * WordNet relates none to a name of the linked tables. Every row is then listed whatever the condition says, which
 * cannot be the answer. Only for "Which <rows> <predicate>" where the rows name the table read, the predicate is
 * not negated, names no value (a capital, a number, a quote) and holds a noun: a predicate of verbs and adjectives
 * alone ("Which properties are currently void?", "Which carriers are covered?") may be a state a column records
 * under another word.
 */
export function judgeUnrestrictedRows(context: Context, catalog: readonly CatalogTable[] | NameVocabulary = []): string | undefined {
  const attempt = context.sql_attempts.at(-1);
  if (attempt?.executed !== true || context.table_schemas.length === 0) return undefined;
  const shape = sqlShape(attempt.sql);
  if (shape.aggregates.size > 0 || shape.grouped || shape.windowed || shape.divides || shape.ordered) return undefined;
  if (/\b(where|join|having|union|intersect|except|minus)\b/.test(shape.code)) return undefined;
  const table = firstFromTable(shape.code);
  if (table === undefined) return undefined;
  const question = context.task.text;
  // Quotes name a value; an owner's apostrophe ("Kyle's", "customers' cities") is none.
  if (/["“”'‘]/.test(question.replace(/\b\w['’]\w/g, '').replace(/s['’](?=\s)/g, 's'))) return undefined;
  const words = questionWords(question);
  const head = rowsHead(question, words);
  if (head === undefined) return undefined;
  // The rows are named by the table read, a column the SQL reads, or, where it shows every column, one of the table's.
  const columns = selectsEveryColumn(shape) ? (context.table_schemas.find((schema) => sameName(schema.name, table))?.columns.map((column) => column.name) ?? []) : [];
  if (evidenceOf(head, namesRoots({ table: [table] })) !== 'table' && !sqlReadsWord(head.text, shape.roots) && evidenceOf(head, namesRoots({ column: columns })) !== 'column') return undefined;
  const predicate = words.slice(head.index + 1);
  if (predicate.length === 0 || predicate.some((word) => NEGATIONS.test(word.text) || word.capitalized || /\d/.test(word.text))) return undefined;
  const grounded = withHeldAttributes((context.grounding ?? groundQuestion(context, catalog)).words, groundAttributes(context).held);
  const content = grounded.filter((entry) => entry.word.index > head.index);
  if (content.length === 0 || !content.some((entry) => isMostlyNoun(entry.word))) return undefined;
  const valueWords = new Set(context.matched_values.flatMap((match) => questionWords(match.matched_text).map((word) => word.text)));
  const vocabulary = Array.isArray(catalog) ? catalogVocabulary(catalog as readonly CatalogTable[]) : (catalog as NameVocabulary);
  const supported = content.some(
    (entry) =>
      (entry.evidence !== undefined && (entry.evidence !== 'table' || namesTable(entry.word, vocabulary, context.table_schemas))) ||
      valueWords.has(entry.word.text) ||
      sqlReadsWord(entry.word.text, shape.roots) ||
      namesClosely(entry.word, context.table_schemas),
  );
  if (supported) return undefined;
  return `nothing in ${context.task.namespace} (tables, columns, values, metrics or docs) matches ${listPhrases(ungroundedPhrases(question, content))}, which says which ${head.text} the question asks for; the query lists every row of ${table}, so the data cannot answer this question`;
}

/**
 * Whether a word grounded as a table names one itself (its form, a derived form or a synonym), rather than through a
 * looser WordNet relative ("benefit" → rent, a kind of payment) that grounding accepts for a thing the question asks for.
 */
function namesTable(word: QuestionWord, vocabulary: NameVocabulary, tables: readonly TableSchema[]): boolean {
  const names = wordsAndRoots([...vocabulary.table, ...tables.flatMap((table) => tableNameWords(table.name))]);
  return meetsNames(word, names);
}

/**
 * "Which tenants keep …", "Which lift passes were …": the last noun of the phrase after "which", before its verb. A
 * phrase set off by a comma before it ("In the sites table, which towns …") frames the question and asks nothing, and
 * "which of the customers' cities" picks among the owner's cities as "which cities" does.
 */
function rowsHead(question: string, words: readonly QuestionWord[]): QuestionWord | undefined {
  const which = words.findIndex((word, k) => word.text === 'which' && (k === 0 || words[k - 1]!.clauseEnd));
  if (which < 0 || words.slice(0, which).some((word) => word.text === 'which')) return undefined;
  let from = which + 1;
  // "which of the customers' cities": the noun phrase after "of" and its determiner or owner.
  if (words[from]?.text === 'of') {
    from++;
    while (from < words.length && OF_OPENERS.has(words[from]!.text)) from++;
    if (isOwner(question, words, from)) from++;
  }
  let head: QuestionWord | undefined;
  for (let i = from; i < words.length; i++) {
    const word = words[i]!;
    if (AUXILIARIES.has(word.text) || word.text === 'of' || !(isMostlyNoun(word) || untagged(word))) break;
    head = word;
    if (word.clauseEnd) break;
    // "Which tenants keep pets?": a plural noun followed by a word that is no noun ends the phrase at the plural.
    if (/s$/.test(word.text) && !isMostlyNoun(words[i + 1] ?? word)) break;
  }
  return head !== undefined && head.index < words.length - 1 ? head : undefined;
}

/** A schema-qualified table name and the bare name FROM gave: `main.reservations` and reservations. */
const sameName = (qualified: string, bare: string): boolean => qualified.split('.').at(-1)!.replace(/"/g, '').toLowerCase() === bare.toLowerCase();

/** Words that open the noun phrase after "which of": "which of the …", "which of our …". */
const OF_OPENERS: ReadonlySet<string> = wordSet(
  pick(ARTICLES, 'the'),
  pick(POSSESSIVE_DETERMINERS, 'our', 'your', 'their', 'its'),
  pick(DEMONSTRATIVES, 'these', 'those'),
);

/** An owner written with an apostrophe before the noun it owns: "customers'" or "customer's". */
const isOwner = (question: string, words: readonly QuestionWord[], at: number): boolean => words[at + 1] !== undefined && /^[A-Za-z]+['’]/.test(question.slice(words[at]!.offset, words[at + 1]!.offset));

/** A word WordNet's tagged corpus never saw ("listings"): a name of the rows may be one, the table read decides. */
const untagged = (word: QuestionWord): boolean => primaryPartOfSpeech(word.text) === undefined && primaryPartOfSpeech(word.stem) === undefined;

/** A noun by WordNet's commonest use of the word or, for an inflected form WordNet does not list, of its stem. */
function isMostlyNoun(word: QuestionWord): boolean {
  const part = primaryPartOfSpeech(word.text) ?? primaryPartOfSpeech(word.stem);
  return part === 'noun';
}
