import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { analyzeQuestion } from '../analyze-question.js';
import { bareName } from '../bare-name.js';
import { numberOf } from '../number-of.js';
import { readComparator, readPostfixComparator, tableAt } from '../numeric-filters.js';
import { planQuery } from '../plan-query.js';
import { questionWords, type QuestionWord } from '../question-words.js';
import { splitIdentifier } from '../../../catalog/split-identifier.js';
import { stemWord } from '../../../catalog/stem-word.js';
import { emptySpec, ref } from '../query-spec.js';
import { renderSql } from '../render-sql.js';
import { schemaMentions, type Mention } from '../schema-mentions.js';
import { clauseFilters } from './clause-filters.js';
import type { KindCandidate } from './kind-candidate.js';
import { linkTable } from './link-table.js';
import { planText } from './plan-text.js';
import { relatedRows } from './related-rows.js';
import { tableNamedByWord } from './table-named-by-word.js';
import { wordRange } from '../word-range.js';
import { RELATIVE_PRONOUNS } from '../../../lexicon/pronouns.js';
import { PREPOSITIONS } from '../../../lexicon/prepositions.js';
import { HAVE_FORMS } from '../../../lexicon/auxiliaries.js';
import { pick, wordSet } from '../../../lexicon/word-set.js';

/** Words that open the clause carrying the condition: "students who have …", "transcripts with …". */
const CLAUSE_OPENERS: ReadonlySet<string> = wordSet(
  pick(RELATIVE_PRONOUNS, 'who', 'that', 'which', 'whose'),
  pick(PREPOSITIONS, 'with'),
  pick(HAVE_FORMS, 'having'),
);

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
    const postfix = readPostfixComparator(words, i);
    const comparator = postfix ? { words: [], op: postfix.op } : readComparator(words, i);
    if (!comparator || comparator.op === 'between' || ('age' in comparator && comparator.age)) continue;
    const numberAt = i + comparator.words.length;
    const n = numberOf(words[numberAt]);
    if (n === undefined) continue;
    const nounAt = postfix ? postfix.end : numberAt + 1;
    const counted =
      tableAt(mentions, nounAt) ??
      (words[nounAt] ? [tableNamedByWord(words.slice(0, nounAt + 1), nounAt, schemas)].find((t) => t !== undefined) : undefined);
    if (!counted) continue;
    const opener = wordRange(Math.max(0, i - 4), i).reverse().find((k) => CLAUSE_OPENERS.has(words[k]!.text)) ?? i;
    const countedEnd = 'end' in counted ? counted.end : counted.at + 1;
    const clauseEnd = words.slice(countedEnd - 1).find((w) => w.clauseEnd);
    const kept = `${text.slice(0, words[opener]!.offset)} ${clauseEnd ? text.slice(clauseEnd.offset + clauseEnd.text.length) : ''}`.trim();
    const condition = `${comparator.op} ${n}`;
    const { outside } = clauseFilters(context, words, opener, clauseEnd ? clauseEnd.index + 1 : words.length, dialect);
    const keptContext = { ...context, matched_values: outside };

    // "students who have …" names the subject before the clause; "which airlines have …" inside it, before the comparison.
    // A table named only by a word of a column's name ("template type codes" over Ref_Template_Types) is not the subject.
    const inColumnName = (m: (typeof mentions)[number]): boolean => !m.full && mentions.some((c) => c.column !== undefined && c.full && c.start <= m.start && c.end >= m.end);
    const isSubject = (m: (typeof mentions)[number], before: number): boolean =>
      m.column === undefined && m.end <= before && bareName(m.table) !== bareName(counted.table) && !inColumnName(m);
    const subject = [...mentions].reverse().find((m) => isSubject(m, opener)) ?? (opener === 0 ? [...mentions].reverse().find((m) => isSubject(m, i)) : undefined);
    if (subject) {
      if (alreadyCounted(context, dialect)) return undefined;
      const link = linkTable(schemas, subject.table, counted.table, words.map((w) => w.text));
      // "Which members have borrowed more than two books?": the question word opens the clause; the subject stays.
      const subjectKept = opener === 0 && subject.end > 0 ? `${text.slice(0, words[subject.end]!.offset)} ${clauseEnd ? text.slice(clauseEnd.offset + clauseEnd.text.length) : ''}`.trim() : kept;
      const { planned } = planText(keptContext, subjectKept, dialect);
      // "codes of template types with fewer than 3 templates", planned over templates: groups of the column, below.
      if (!link || bareName(planned.spec.base) !== bareName(subject.table)) return subject.full ? undefined : groupedCount(keptContext, kept, mentions, words, counted.table, opener === 0 ? i : opener, condition, dialect);
      planned.spec.qualify = true;
      planned.spec.where.push(`(${relatedRows(link, [], schemas, dialect, 'COUNT(*)')}) ${condition}`);
      const rendered = renderSql(planned.spec, schemas, dialect);
      return { sql: rendered.sql, tables: [...rendered.tables, link.from], explanation: [...planned.explanation, `keeps ${subject.table} with ${condition} rows in ${link.from}`] };
    }
    return groupedCount(keptContext, kept, mentions, words, counted.table, opener === 0 ? i : opener, condition, dialect);
  }
  return undefined;
}

/** "grades with …", "codes of countries with …": groups of a column of the counted table, named in full or by a distinctive word, kept by HAVING. */
function groupedCount(
  keptContext: Context,
  kept: string,
  mentions: readonly Mention[],
  words: readonly QuestionWord[],
  counted: string,
  groupEnd: number,
  condition: string,
  dialect: SqlDialect,
): KindCandidate | undefined {
  const schemas = keptContext.table_schemas;
  const ofCounted = mentions.filter((m) => m.column !== undefined && m.end <= groupEnd && bareName(m.table) === bareName(counted));
  const grouped = ofCounted.some((m) => m.full) ? ofCounted.filter((m) => m.full) : spelledOut(ofCounted, words.slice(0, groupEnd));
  if (grouped.length === 0) return undefined;
  const { planned } = planText(keptContext, kept, dialect);
  const spec = bareName(planned.spec.base) === bareName(counted) && planned.spec.select.length > 0 ? planned.spec : emptySpec(counted);
  if (spec.select.length === 0) spec.select = [...new Set(grouped.map((m) => m.column!))].map((column) => ({ expr: ref(counted, column) }));
  if (spec.groupBy.length > 0) return undefined;
  const ordinals = spec.select.map((_, k) => String(k + 1)).join(', ');
  spec.distinct = false;
  spec.groupBy = [ordinals];
  spec.having = [`COUNT(*) ${condition}`];
  spec.orderBy = [ordinals];
  spec.limit = undefined;
  const rendered = renderSql(spec, schemas, dialect);
  return { sql: rendered.sql, tables: rendered.tables, explanation: [...planned.explanation, `keeps groups of ${condition} ${counted} rows`] };
}

/** Of columns named by one word each ("tourney" of tourney_name, tourney_date, …), those whose every name part the words spell; else the only one. */
function spelledOut<M extends { column?: string }>(partial: readonly M[], words: readonly QuestionWord[]): M[] {
  const stems = new Set(words.map((w) => w.stem));
  const spelled = partial.filter((m) => splitIdentifier(m.column!).every((part) => stems.has(stemWord(part.toLowerCase()))));
  if (spelled.length > 0) return spelled;
  return new Set(partial.map((m) => m.column)).size === 1 ? [...partial] : [];
}

/** The plain plan already turns the condition into a HAVING ("customers with more than 5 orders"). */
function alreadyCounted(context: Context, dialect: SqlDialect): boolean {
  return planQuery(context, analyzeQuestion(context.task.text), dialect).spec.having.length > 0;
}

