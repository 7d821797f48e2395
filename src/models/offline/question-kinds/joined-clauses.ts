import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { analyzeQuestion } from '../analyze-question.js';
import { bareName } from '../bare-name.js';
import { questionWords, type QuestionWord } from '../question-words.js';
import { renderSql } from '../render-sql.js';
import { schemaMentions, type Mention } from '../schema-mentions.js';
import { clauseFilters } from './clause-filters.js';
import type { KindCandidate } from './kind-candidate.js';
import { relatedClausesQuery, type RelatedClause } from './related-clauses-query.js';
import { roleTableMentions } from './role-table-mentions.js';
import { findClause } from './semi-join.js';

const RELATIVE = /^(who|that|which)$/;
const HAVE = /^(have|has|had)$/;
/** "do not have", "don't own": the auxiliary that negates the verb after it. */
const DO_NOT = /^(do|does|did)(n['’]t)?$/;
const NOT = /^(not|never)$/;
/** "have no pets": the determiner that negates. */
const NO = /^(not|never|no)$/;
/** Counting, ranking or comparing inside a clause ("more than 3 orders") is the planner's, not a plain EXISTS. */
const COUNTING = /^(more|fewer|less|most|least|than|each|every|per)$/;

/**
 * "high schoolers who have friends and are also liked", "students who both have a cat and have a dog", "airlines
 * with flights from CVO but not from APG": two clauses on one subject, each about its own related rows, so each
 * gets its own EXISTS (NOT EXISTS when negated) — the INTERSECT / EXCEPT of the subjects each clause keeps. One
 * WHERE over a single joined row would need one related row to satisfy both clauses, which two different rows do.
 */
export function joinedClauses(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const text = context.task.text;
  const words = questionWords(text);
  const analysis = analyzeQuestion(text);
  if (analysis.ranking) return undefined;
  const schemas = context.table_schemas;
  const named = schemaMentions(words, schemas);
  const mentions = named.filter((m) => m.column === undefined).sort((a, b) => a.start - b.start || Number(b.full) - Number(a.full));
  const subject = roleTableMentions(named, schemas)[0];
  if (!subject || words[subject.start - 1]?.clauseEnd) return undefined;
  const first = readClause(context, words, subject.end, subject, mentions, dialect);
  if (!first) return undefined;
  let second: RelatedClause | undefined;
  for (let k = first.at + 1; k < words.length && !words[k - 1]!.clauseEnd && !second; k++) {
    if (!/^(and|but)$/.test(words[k]!.text)) continue;
    const found = readClause(context, words, k + 1, subject, mentions, dialect, first.clause);
    if (!found) continue;
    second = { ...found.clause, start: k };
    first.clause.end = k;
  }
  if (!second) return undefined;
  const clauses = [first.clause, second];
  if (clauses.every((c) => c.negated)) return undefined;
  if (clauses.some((c) => words.slice(c.start, c.end).some((w) => /^\d/.test(w.text) || COUNTING.test(w.text)))) return undefined;
  if (context.date_ranges.length > 0) return undefined;

  const query = relatedClausesQuery(context, words, subject.table, clauses, dialect, subject.role ? subject : undefined);
  if (!query) return undefined;
  query.spec.where.push(...query.conditions);
  // INTERSECT and EXCEPT return each answer once, whatever the projection.
  if (!query.spec.select.some((item) => /\b(COUNT|SUM|AVG|MIN|MAX)\s*\(/i.test(item.expr))) query.spec.distinct = true;
  const rendered = renderSql(query.spec, schemas, dialect);
  return {
    sql: rendered.sql,
    tables: [...rendered.tables, ...query.tables],
    explanation: [...query.planned.explanation, `keeps ${subject.table} ${query.described.join(', and ')}`],
  };
}

/**
 * One clause from word `from`: "who have friends", "are also liked", "do not have a cat", "but not from APG" (the
 * related table of `previous` again, restricted by other values). Its end is the clause's punctuation, or the
 * question's end; the caller cuts it at a following "and" / "but".
 */
function readClause(
  context: Context,
  words: readonly QuestionWord[],
  from: number,
  subject: Mention,
  mentions: readonly Mention[],
  dialect: SqlDialect,
  previous?: RelatedClause,
): { clause: RelatedClause; at: number } | undefined {
  let k = from;
  if (RELATIVE.test(words[k]?.text ?? '')) k++;
  while (/^(both|also)$/.test(words[k]?.text ?? '')) k++;
  let negated = false;
  if (DO_NOT.test(words[k]?.text ?? '') && (/n['’]t$/.test(words[k]!.text) || words[k + 1]?.text === 'not')) {
    negated = true;
    k += /n['’]t$/.test(words[k]!.text) ? 1 : 2;
  } else if (NOT.test(words[k]?.text ?? '')) {
    negated = true;
    k++;
  }
  const endWord = words.slice(k).find((w) => w.clauseEnd);
  const end = endWord ? endWord.index + 1 : words.length;
  if (HAVE.test(words[k]?.text ?? '') && NO.test(words[k + 1]?.text ?? '')) negated = true;
  if (/^(is|are|was|were)$/.test(words[k]?.text ?? '') && NOT.test(words[k + 1]?.text ?? '')) negated = true;
  const found = findClause(words, { ...subject, end: k }, mentions, context, true);
  if (found) return { clause: { start: from, end, other: found.other.table, negated, joinOther: true }, at: found.other.at };
  // "have a dog", "but not from APG": a value names the related rows when no word names their table.
  const isVerb = HAVE.test(words[k]?.text ?? '');
  if (!isVerb && !(previous && negated)) return undefined;
  const stop = words.slice(k).find((w) => /^(and|but)$/.test(w.text) || w.clauseEnd);
  const valueEnd = stop ? (stop.clauseEnd && !/^(and|but)$/.test(stop.text) ? stop.index + 1 : stop.index) : words.length;
  const { inside } = clauseFilters(context, words, k, valueEnd, dialect);
  const valued = inside.find((f) => bareName(f.table) !== bareName(subject.table));
  if (!valued || inside.length !== 1) return undefined;
  const other = isVerb ? valued.table : previous!.other;
  return { clause: { start: from, end, other, negated, joinOther: true }, at: valued.words[valued.words.length - 1] ?? k };
}
