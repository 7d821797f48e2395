import type { Context, TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { sqlShape } from './sql-shape.js';
import type { CatalogTable } from '../connectors/connector.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { questionWords } from '../models/offline/question-words.js';
import { columnKinds, tableHoldsKind } from './column-kind.js';
import { evidenceOf, namesRoots } from './evidence-roots.js';
import { ANSWER_KIND_DESCRIPTIONS, expectedAnswerKind, MEASURE_NOUN, type AnswerKind, type ExpectedAnswerKind } from './expected-answer-kind.js';
import { tablesAskedAbout } from './tables-asked-about.js';
import { askedItems } from './asked-items.js';
import { listPhrases } from './ungrounded-phrases.js';

const ROLE_KINDS = new Set<AnswerKind>(['person', 'place']);
const MAX_CATALOG_TABLES = 500;

/**
 * Why a query that ran still cannot answer the question, judged after execution: its form asks for a kind of answer
 * ("When …" a date, "How old …" an age, "after 10 pm" a time of day, "mobile number" a phone number) that no column of
 * the tables it is about holds, by type, name, comment or sample values (a DATE column holds no time of day). Whatever
 * the query returned, it is not that.
 */
export function judgeAnswerKind(context: Context, catalog: readonly CatalogTable[] = []): string | undefined {
  const attempt = context.sql_attempts.at(-1);
  if (attempt?.executed !== true || context.table_schemas.length === 0) return undefined;
  const expected = expectedAnswerKind(context.task.text);
  if (!expected) return undefined;
  // "List the players and how much they were paid": one ask of several is partly answerable (unsure, naming it), not a decline.
  if (isOneAskOfSeveral(context.task.text, expected.phrase)) return undefined;
  // A table the SQL reads that nobody linked may hold the kind: its columns are not known here.
  if (readsUnlinkedTable(attempt.sql, context.table_schemas)) return undefined;
  // A person or a place is usually another table's row (the doctor who prescribed, the venue of a concert).
  const others = unlinked(context, catalog);
  // "the greatest total weight" names the measure itself: it may name a joined table's column (donations.weight_kg), as
  // "How heavy" cannot.
  const asking = MEASURE_NOUN.test(expected.phrase) ? '' : expected.phrase;
  // "the top speed in the Tours national": the measure's own noun may name a linked table's column the SQL left out
  // (race_entries.velocity_ypm): the answer missed it, the data did not.
  if (asking === '' && context.table_schemas.some((table) => tableHoldsKind(table, expected.kind))) return undefined;
  const about = ROLE_KINDS.has(expected.kind) ? context.table_schemas : tablesAskedAbout(context, attempt.sql, asking, others);
  if (about.some((table) => tableHoldsKind(table, expected.kind))) return undefined;
  // "How much do owners pay in fees …": a word of the question names a column of the kind (berths.monthly_fee), however far it joins.
  if (namesKindColumn(context, [...context.table_schemas, ...others], expected)) return undefined;
  const tables = about.map((table) => table.name);
  return `nothing in ${context.task.namespace} records ${ANSWER_KIND_DESCRIPTIONS[expected.kind]} for ${listPhrases(tables)}, which "${expected.phrase}" asks for, so the data cannot answer this question`;
}

/** Whether the words asking for the kind are a conjunct's ask ("… and how much they were paid"): another ask comes with it. */
function isOneAskOfSeveral(question: string, phrase: string): boolean {
  const items = askedItems(questionWords(question), question);
  const asking = new Set(questionWords(phrase).map((word) => word.text));
  return items.some((item) => item.words.some((word) => asking.has(word.text)));
}

/** The catalog's tables nobody linked, in the linked tables' shape: the joined events a question may be about. */
export function unlinked(context: Context, catalog: readonly CatalogTable[]): TableSchema[] {
  // A warehouse's catalog is too large to read per question: its linked tables are what is known.
  if (catalog.length > MAX_CATALOG_TABLES) return [];
  const linked = new Set(context.table_schemas.map((table) => bareName(table.name)));
  return catalog
    .filter((table) => !linked.has(bareName(table.name)))
    .map((table) => ({ name: table.name, columns: table.columns, ...(table.comment ? { comment: table.comment } : {}), ddl: '', sample_rows: [], score: 0, reason: 'catalog' }));
}

function namesKindColumn(context: Context, tables: readonly TableSchema[], { kind, phrase }: ExpectedAnswerKind): boolean {
  // The words that only ask ("How long", "When") name no column; a money word ("fees") is what is asked.
  const asking = new Set(kind === 'money' ? [] : questionWords(phrase).map((word) => word.text));
  const words = questionWords(context.task.text).filter((word) => word.text.length > 2 && !FILLER_WORDS.has(word.text) && !asking.has(word.text));
  return tables.some((table) =>
    table.columns.some((column) => columnKinds(column, table).has(kind) && words.some((word) => evidenceOf(word, namesRoots({ column: [column.name] })) === 'column')),
  );
}

/** Whether a FROM or JOIN of the SQL names a table that is not among the linked ones (a CTE's name aside). */
function readsUnlinkedTable(sql: string, tables: readonly TableSchema[]): boolean {
  const code = sqlShape(sql).code;
  const linked = new Set(tables.map((table) => bareName(table.name)));
  const defined = new Set([...code.matchAll(/\b(\w+)\s+as\s*\(/g)].map((match) => match[1]!));
  return [...code.matchAll(/\b(?:from|join)\s+((?:"?\w+"?\.)*"?\w+"?)/g)].some((match) => {
    const name = bareName(match[1]!);
    return !linked.has(name) && !defined.has(name);
  });
}
