import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { analyzeQuestion } from '../analyze-question.js';
import { bareName } from '../bare-name.js';
import { numberOf } from '../number-of.js';
import { readComparator } from '../numeric-filters.js';
import { planQuery } from '../plan-query.js';
import { questionWords } from '../question-words.js';
import { emptySpec, ref } from '../query-spec.js';
import { renderSql } from '../render-sql.js';
import { schemaMentions } from '../schema-mentions.js';
import { clauseFilters } from './clause-filters.js';
import type { KindCandidate } from './kind-candidate.js';
import { linkTable } from './link-table.js';
import { planText } from './plan-text.js';
import { relatedRows } from './related-rows.js';
import { tableNamedByWord } from './table-named-by-word.js';

/** Words that open the clause carrying the condition: "students who have …", "transcripts with …". */
const CLAUSE_OPENERS = new Set(['who', 'that', 'which', 'with', 'having', 'whose']);

/**
 * A condition on how many related rows each row has: "teachers who teach at least two courses" (a correlated
 * count along the foreign key), "hometowns shared by at least two teachers" (groups of a column, HAVING).
 */
export function countCondition(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const text = context.task.text;
  const schemas = context.table_schemas;
  const words = questionWords(text);
  const mentions = schemaMentions(words, schemas);
  for (let i = 1; i < words.length; i++) {
    const comparator = readComparator(words, i);
    if (!comparator || comparator.op === 'between' || comparator.age) continue;
    const numberAt = i + comparator.words.length;
    const n = numberOf(words[numberAt]);
    if (n === undefined) continue;
    const counted =
      mentions.find((m) => m.column === undefined && m.start === numberAt + 1) ??
      (words[numberAt + 1] ? [tableNamedByWord(words.slice(0, numberAt + 2), numberAt + 1, schemas)].find((t) => t !== undefined) : undefined);
    if (!counted) continue;
    const opener = range(Math.max(0, i - 4), i).reverse().find((k) => CLAUSE_OPENERS.has(words[k]!.text)) ?? i;
    const countedEnd = 'end' in counted ? counted.end : counted.at + 1;
    const clauseEnd = words.slice(countedEnd - 1).find((w) => w.clauseEnd);
    const kept = `${text.slice(0, words[opener]!.offset)} ${clauseEnd ? text.slice(clauseEnd.offset + clauseEnd.text.length) : ''}`.trim();
    const condition = `${comparator.op} ${n}`;
    const { outside } = clauseFilters(context, words, opener, clauseEnd ? clauseEnd.index + 1 : words.length, dialect);
    const keptContext = { ...context, matched_values: outside };

    const subject = [...mentions].reverse().find((m) => m.column === undefined && m.end <= opener && bareName(m.table) !== bareName(counted.table));
    if (subject) {
      if (alreadyCounted(context, dialect)) return undefined;
      const link = linkTable(schemas, subject.table, counted.table, words.map((w) => w.text));
      if (!link) return undefined;
      const { planned } = planText(keptContext, kept, dialect);
      if (bareName(planned.spec.base) !== bareName(subject.table)) return undefined;
      planned.spec.qualify = true;
      planned.spec.where.push(`(${relatedRows(link, [], schemas, dialect, 'COUNT(*)')}) ${condition}`);
      const rendered = renderSql(planned.spec, schemas, dialect);
      return { sql: rendered.sql, tables: [...rendered.tables, link.from], explanation: [...planned.explanation, `keeps ${subject.table} with ${condition} rows in ${link.from}`] };
    }
    const grouped = mentions.filter((m) => m.column !== undefined && m.full && m.end <= opener && bareName(m.table) === bareName(counted.table));
    if (grouped.length === 0) return undefined;
    const { planned } = planText(keptContext, kept, dialect);
    const spec = bareName(planned.spec.base) === bareName(counted.table) && planned.spec.select.length > 0 ? planned.spec : emptySpec(counted.table);
    if (spec.select.length === 0) spec.select = [...new Set(grouped.map((m) => m.column!))].map((column) => ({ expr: ref(counted.table, column) }));
    if (spec.groupBy.length > 0) return undefined;
    const ordinals = spec.select.map((_, k) => String(k + 1)).join(', ');
    spec.distinct = false;
    spec.groupBy = [ordinals];
    spec.having = [`COUNT(*) ${condition}`];
    spec.orderBy = [ordinals];
    spec.limit = undefined;
    const rendered = renderSql(spec, schemas, dialect);
    return { sql: rendered.sql, tables: rendered.tables, explanation: [...planned.explanation, `keeps groups of ${condition} ${counted.table} rows`] };
  }
  return undefined;
}

/** The plain plan already turns the condition into a HAVING ("customers with more than 5 orders"). */
function alreadyCounted(context: Context, dialect: SqlDialect): boolean {
  return planQuery(context, analyzeQuestion(context.task.text), dialect).spec.having.length > 0;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
