import { splitIdentifier } from '../catalog/split-identifier.js';
import type { NameVocabulary } from '../catalog/name-vocabulary.js';
import type { CatalogTable } from '../connectors/connector.js';
import type { Context } from '../context/context-schema.js';
import { wordRoot } from '../models/offline/word-root.js';
import { codeGlossRoots } from './code-glosses.js';
import { commentHeads } from './comment-heads.js';
import { groundAttributes, withHeldAttributes } from './ground-attributes.js';
import { groundQuestion } from './ground-question.js';
import { isNamingWord } from './is-naming-word.js';
import { isWeakEvidence } from './is-weak-evidence.js';
import { objectNearColumn } from './object-near-column.js';
import { sqlShape } from './sql-shape.js';
import { listPhrases, ungroundedPhrases } from './ungrounded-phrases.js';

/**
 * Why a query that ran still cannot answer the question, judged after execution: the only parts of the question that
 * link to the data are table names ("Which customers are the happiest?"), so whatever rows came back are the table's,
 * not an answer to what was asked; a word only a comment or doc uses grounds no more than the table does, unless the
 * comment glosses a code of a column with it ("STU studio (black box)"), which a filter picks out, or opens with it as
 * what its column or table is ("Gratuity left on top of the bill"). Undefined when
 * a column, value or metric grounds some part, when nothing is open, or when the SQL computed more than a listing (an
 * aggregate, a grouping, a filter, a join, an order or a chosen attribute column: the model read more of the question than
 * grounding's words show).
 */
export function judgeTableOnly(context: Context, catalog: readonly CatalogTable[] | NameVocabulary = []): string | undefined {
  if (context.table_schemas.length === 0) return undefined;
  const sql = context.sql_attempts.at(-1)?.sql;
  if (sql !== undefined && computesMoreThanListing(sql)) return undefined;
  const question = context.task.text;
  const words = withHeldAttributes((context.grounding ?? groundQuestion(context, catalog)).words, groundAttributes(context).held);
  // A word only a comment or doc uses ("smell" in a product's description) grounds no more than the table does.
  const grounded = words.filter((entry) => entry.evidence !== undefined && entry.evidence !== 'text');
  if (grounded.length === 0 || grounded.some((entry) => entry.evidence !== 'table')) return undefined;
  // "black box studios" where a comment glosses the code STU as "studio (black box)": a stored code names it.
  const glossed = codeGlossRoots(context.table_schemas);
  // "the average gratuity per check" where tip_usd's comment opens "Gratuity left on top of the bill": what the comment defines its column as.
  const heads = commentHeads(context.table_schemas);
  const named = words.filter(
    (entry) =>
      (entry.evidence === undefined || (entry.evidence === 'text' && !heads.has(wordRoot(entry.word.text)))) &&
      isNamingWord(question, entry.word) &&
      !glossed.has(wordRoot(entry.word.text)) &&
      // "Do any boats allow dogs?" where a pets_ok column is: an object near in meaning to a column's word.
      !objectNearColumn(context, question, entry.word),
  );
  if (!named.some((entry) => !isWeakEvidence(question, entry.word))) return undefined;
  const tables = [...new Set(grounded.map((entry) => entry.word.text))];
  return `only ${listPhrases(tables)} links to ${context.task.namespace}, as a table; nothing in it matches ${listPhrases(ungroundedPhrases(question, named))}, so the data cannot answer this question`;
}

function computesMoreThanListing(sql: string): boolean {
  const shape = sqlShape(sql);
  return (
    shape.aggregates.size > 0 ||
    shape.grouped ||
    shape.windowed ||
    shape.divides ||
    /\b(where|join|having|order\s+by)\b/.test(shape.code) ||
    selectsAnAttribute(shape.code)
  );
}

/** Words that only identify a row: choosing such columns lists the table's rows, choosing any other reads an attribute. */
const IDENTIFYING_WORDS = new Set(['id', 'key', 'code', 'name', 'names', 'title', 'label']);

/** Whether the select list picks a column beyond the row's identifiers ("SELECT title, sales FROM song"), not "*". */
function selectsAnAttribute(code: string): boolean {
  const list = /^\s*select\s+(?:distinct\s+)?([\s\S]*?)\s+from\b/.exec(code)?.[1];
  if (list === undefined) return false;
  return list.split(',').some((item) => {
    const column = item.trim().split(/\s+/)[0]!.replace(/["`\[\]]/g, '').split('.').at(-1)!;
    if (column === '*' || column === '') return false;
    return !splitIdentifier(column).some((word) => IDENTIFYING_WORDS.has(word));
  });
}
