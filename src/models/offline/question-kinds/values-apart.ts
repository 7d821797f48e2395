import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { analyzeQuestion } from '../analyze-question.js';
import { bareName } from '../bare-name.js';
import { planQuery } from '../plan-query.js';
import type { QuestionWord } from '../question-words.js';
import { renderSql } from '../render-sql.js';
import { sqlString } from '../sql-identifier.js';
import { valueFilters, type ValueFilter } from '../value-filters.js';
import { phraseWords } from './clause-dates.js';
import type { KindCandidate } from './kind-candidate.js';

/** Words that deny the second of two values joined by "but": "brush fires but no hazmat", "in Manchester but never in Leeds". */
const DENIALS = new Set(['no', 'never', 'not']);
/** How far "both" may stand before its first value: "both a grocer", "both the Omaha terminal". */
const MAX_BOTH_LEAD = 3;

/**
 * "cities with both a grocer and a cafe among our customers", "districts that had brush fires but no hazmat
 * incidents": two values of one column, each asked of a row of its own, which the plain planner joins into one IN
 * list that accepts either. The listing is kept for the first value and held to what the listing for the second shows
 * (both … and: IN) or does not show (… but no / never …: NOT IN). Only for a listing of one column that the two
 * values' rows share (a city, a name), not the column the values are in, and that neither counts, groups nor ranks.
 */
export function valuesApart(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const analysis = analyzeQuestion(context.task.text);
  const words = analysis.words;
  const listed = valueFilters(context, analysis, new Set(), dialect).find((f) => !f.negated && f.values.length === 2);
  if (!listed) return undefined;
  const ordered = valuesInOrder(context, words, listed);
  if (!ordered) return undefined;
  const operation = setOperation(words, ordered[0].at, ordered[1].at);
  if (!operation) return undefined;
  const planned = planQuery(context, analysis, dialect);
  const spec = planned.spec;
  if (spec.groupBy.length > 0 || spec.limit !== undefined || spec.select.some((s) => /\b(COUNT|SUM|AVG|MIN|MAX)\(/i.test(s.expr))) return undefined;
  const column = `{${listed.table}.${listed.column}}`;
  const at = spec.where.findIndex((w) => w.startsWith(column) && / IN \(/.test(w));
  const shown = spec.select[0]?.expr;
  if (at < 0 || spec.select.length !== 1 || !shown || shown.includes(column) || shown.endsWith('*')) return undefined;
  const holding = (value: string): string[] => spec.where.map((w, k) => (k === at ? `${column} = ${sqlString(value, dialect)}` : w));
  // The second listing as a subquery of the first rather than a set operation, so the answer's checks read the outer
  // query as they read any other; NOT IN keeps nothing once its list holds a NULL, so the list leaves NULLs out.
  const others = renderSql(
    { ...spec, distinct: false, select: [{ expr: shown }], orderBy: [], where: [...holding(ordered[1].value), ...(operation === 'EXCEPT' ? [`${shown} IS NOT NULL`] : [])] },
    context.table_schemas,
    dialect,
  ).sql.replace(/\s*\n\s*/g, ' ');
  const rendered = renderSql({ ...spec, distinct: true, orderBy: [], where: [...holding(ordered[0].value), `${shown} ${operation === 'INTERSECT' ? 'IN' : 'NOT IN'} (${others})`] }, context.table_schemas, dialect);
  const described = operation === 'INTERSECT' ? `with a ${bareName(listed.table)} row of each of ${ordered[0].value} and ${ordered[1].value}` : `with ${ordered[0].value} and none with ${ordered[1].value}`;
  return {
    sql: rendered.sql,
    tables: rendered.tables,
    explanation: [...planned.explanation.filter((e) => !e.startsWith('keeps rows where')), `keeps what the rows ${described} share (${operation === 'INTERSECT' ? 'IN' : 'NOT IN'} a subquery)`],
  };
}

/** The filter's two values with the first word each was read from, in the question's order; undefined when either is not found. */
function valuesInOrder(context: Context, words: readonly QuestionWord[], listed: ValueFilter): [{ value: string; at: number }, { value: string; at: number }] | undefined {
  const found = listed.values.map((value) => {
    const spots = context.matched_values
      .filter((m) => m.value === value && m.column === listed.column && bareName(m.table) === bareName(listed.table))
      .map((m) => phraseWords(words, m.matched_text)[0])
      .filter((k): k is number => k !== undefined && listed.words.includes(k));
    return { value, at: Math.min(...spots) };
  });
  if (found.some((f) => !Number.isFinite(f.at)) || found[0]!.at === found[1]!.at) return undefined;
  const [a, b] = found[0]!.at < found[1]!.at ? [found[0]!, found[1]!] : [found[1]!, found[0]!];
  return [a, b];
}

/** INTERSECT for "both <first> and <second>", EXCEPT for "<first> but no / never <second>", else undefined. */
function setOperation(words: readonly QuestionWord[], first: number, second: number): 'INTERSECT' | 'EXCEPT' | undefined {
  const between = words.slice(first + 1, second);
  if (between.some((w) => w.clauseEnd) || words[first - 1]?.clauseEnd) return undefined;
  const both = words.slice(Math.max(0, first - MAX_BOTH_LEAD), first).some((w) => w.text === 'both');
  if (both && between.some((w) => w.text === 'and')) return 'INTERSECT';
  const but = between.findIndex((w) => w.text === 'but');
  if (but >= 0 && between.slice(but + 1).some((w) => DENIALS.has(w.text))) return 'EXCEPT';
  return undefined;
}
