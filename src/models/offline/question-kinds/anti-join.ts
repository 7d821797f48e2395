import type { Context, TableSchema } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { bareName } from '../bare-name.js';
import { joinEdges, type JoinEdge } from '../join-graph.js';
import { questionWords } from '../question-words.js';
import { renderSql } from '../render-sql.js';
import { schemaMentions } from '../schema-mentions.js';
import { findTable, primaryKey } from '../schema-lookup.js';
import type { KindCandidate } from './kind-candidate.js';
import { tableNamedByWord } from './table-named-by-word.js';
import { planText } from './plan-text.js';

const NEVER = /\b(?:(?:but|and|yet)\s+)?(?:who|that|which)?\s*(?:have|has|had|did|do|does)?\s*(?:never|not yet|not|n't)\b|\b(?:(?:but|and)\s+)?(?:without any|without|with no|with zero)\b/i;

/**
 * "customers who never placed an order", "products without any orders": rows of the subject table with no
 * row in the table the negated clause names, as NOT EXISTS along the foreign key that links them.
 */
export function antiJoin(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const text = context.task.text;
  const match = NEVER.exec(text);
  if (!match || !/never|without|with no|with zero|not yet|n't|did not|have not|has not/i.test(match[0])) return undefined;
  const schemas = context.table_schemas;
  const words = questionWords(text);
  const mentions = schemaMentions(words, schemas).filter((m) => m.column === undefined);
  const negatedAt = words.findIndex((w) => w.offset >= match.index + match[0].length - 1);
  if (negatedAt < 0) return undefined;
  const subject = mentions.find((m) => m.end <= negatedAt);
  if (!subject) return undefined;
  const other = mentions.find((m) => m.start >= negatedAt && bareName(m.table) !== bareName(subject.table)) ?? tableNamedByWord(words, negatedAt, schemas);
  if (!other || bareName(other.table) === bareName(subject.table)) return undefined;
  const link = linkTable(schemas, subject.table, other.table);
  if (!link) return undefined;
  const key = primaryKey(findTable(schemas, subject.table)!);
  if (!key) return undefined;

  const clauseEnd = words.slice(negatedAt).find((w) => w.clauseEnd);
  const rest = clauseEnd ? text.slice(clauseEnd.offset + clauseEnd.text.length) : '';
  const kept = `${text.slice(0, match.index)} ${rest}`.trim();
  const { planned } = planText(context, kept, dialect);
  if (bareName(planned.spec.base) !== bareName(subject.table)) return undefined;
  const spec = planned.spec;
  spec.qualify = true;
  const id = dialect.identifier.bind(dialect);
  spec.where.push(`NOT EXISTS (SELECT 1 FROM ${id(link.from)} WHERE ${id(link.from)}.${id(link.fromColumn)} = {${subject.table}.${key.name}})`);
  const rendered = renderSql(spec, schemas, dialect);
  return {
    sql: rendered.sql,
    tables: [...rendered.tables, link.from],
    explanation: [...planned.explanation, `keeps ${subject.table} with no row in ${link.from} (NOT EXISTS)`],
  };
}

/** The table whose foreign key to `subject` says a subject row took part in `other`: `other` itself, or a table between them. */
function linkTable(schemas: readonly TableSchema[], subject: string, other: string): JoinEdge | undefined {
  const edges = joinEdges(schemas);
  const toSubject = edges.filter((e) => bareName(e.to) === bareName(subject) && bareName(e.from) !== bareName(subject));
  return (
    toSubject.find((e) => bareName(e.from) === bareName(other)) ??
    toSubject.find((e) => edges.some((f) => bareName(f.from) === bareName(e.from) && bareName(f.to) === bareName(other)))
  );
}
