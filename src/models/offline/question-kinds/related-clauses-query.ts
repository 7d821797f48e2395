import type { Context, MatchedValue } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { bareName } from '../bare-name.js';
import type { PlannedQuery } from '../plan-query.js';
import type { QuerySpec } from '../query-spec.js';
import type { QuestionWord } from '../question-words.js';
import type { RowFilter } from '../row-filter.js';
import { findTable, primaryKey } from '../schema-lookup.js';
import { clauseDates } from './clause-dates.js';
import { clauseFilters } from './clause-filters.js';
import { linkPath } from './link-path.js';
import { planText } from './plan-text.js';
import { relatedRows } from './related-rows.js';

/** A clause that relates the subject to rows of another table: "who have a cat", "that were not returned". */
export interface RelatedClause {
  /** Word indexes of the clause, `end` one past its last word. */
  start: number;
  end: number;
  /** The related table, named by a word of the clause or by a value inside it. */
  other: string;
  negated: boolean;
  /** Join the related table itself even when the foreign key's table already links it ("members who have been fined"). */
  joinOther?: boolean;
}

export interface RelatedClausesQuery {
  planned: PlannedQuery;
  spec: QuerySpec;
  /** `EXISTS (...)` or `NOT EXISTS (...)`, one per clause, in the clauses' order. */
  conditions: string[];
  tables: string[];
  /** What each condition keeps, for the explanation. */
  described: string[];
}

/**
 * The skeleton the semi-join, anti-join and joined-clause kinds share: the question without its clauses, planned
 * over the subject table, and one EXISTS / NOT EXISTS per clause along the foreign keys that link the subject to
 * the clause's table; values named inside a clause restrict that clause's rows, the others stay with the subject.
 * `role`: the words that name the subject by its foreign keys' role, not by its table's name (roleTableMentions).
 * Undefined when a clause's table is not linked to the subject or the plan is not over the subject.
 */
export function relatedClausesQuery(
  context: Context,
  words: readonly QuestionWord[],
  subject: string,
  clauses: readonly RelatedClause[],
  dialect: SqlDialect,
  role?: { start: number; end: number },
): RelatedClausesQuery | undefined {
  const text = context.task.text;
  const schemas = context.table_schemas;
  if (!primaryKey(findTable(schemas, subject)!)) return undefined;
  const insideValues = new Set<MatchedValue>();
  const conditions: string[] = [];
  const tables: string[] = [];
  const described: string[] = [];
  for (const clause of clauses) {
    const { inside, outside } = clauseFilters(context, words, clause.start, clause.end, dialect);
    for (const match of context.matched_values) if (!outside.includes(match)) insideValues.add(match);
    const other = clause.other;
    const path = linkPath(schemas, subject, other, words.map((w) => w.text), words.slice(clause.start, clause.end).map((w) => w.text));
    if (!path) return undefined;
    const through = clause.joinOther && path.through.length === 0 && bareName(path.edge.from) !== bareName(other) ? [other] : path.through;
    const dated = clauseDates(context, words, clause.start, clause.end, [path.edge.from, ...through], inside, dialect, path.edge.to);
    // A clause dated where neither its rows nor the occurrence they belong to has a date: not this kind's to answer.
    if (dated === 'no date column') return undefined;
    if (dated) inside.push({ ...dated, values: [], negated: false });
    conditions.push(`${clause.negated ? 'NOT ' : ''}EXISTS (${relatedRows(path.edge, inside, schemas, dialect, '1', through)})`);
    tables.push(path.edge.from, ...through, ...inside.map((f) => f.table));
    described.push(describe(clause, clause.negated ? (path.through[0] ?? path.edge.from) : other, inside));
  }
  // The subject named by its keys' role ("students" over Friend.student_id) is named by its table for the planner.
  const cuts = [...clauses.map((c) => ({ start: c.start, end: c.end, put: '' })), ...(role ? [{ ...role, put: bareName(subject) }] : [])].sort((a, b) => a.start - b.start);
  let kept = '';
  let from = 0;
  for (const cut of cuts) {
    kept += ` ${text.slice(from, words[cut.start]!.offset)} ${cut.put}`;
    const last = words[cut.end - 1];
    from = last ? last.offset + last.text.length : text.length;
  }
  kept = `${kept} ${text.slice(from)}`.replace(/\s+/g, ' ').trim();
  const outside = context.matched_values.filter((match) => !insideValues.has(match));
  const { planned } = planText({ ...context, matched_values: outside }, kept, dialect);
  if (bareName(planned.spec.base) !== bareName(subject)) return undefined;
  planned.spec.qualify = true;
  return { planned, spec: planned.spec, conditions, tables, described };
}

function describe(clause: RelatedClause, rowsOf: string, inside: readonly RowFilter[]): string {
  const restricted = inside.length > 0 ? ` where ${inside.map((f) => f.sql.replace(/[{}]/g, '')).join(' and ')}` : '';
  return clause.negated ? `with no row in ${rowsOf}${restricted} (NOT EXISTS)` : `with at least one row in ${rowsOf}${restricted} (EXISTS)`;
}
