import type { Context, TableSchema } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { hasSense } from '../../../lexicon/has-sense.js';
import { IRREGULAR_VERBS } from '../../../lexicon/irregular-verbs.js';
import { bareName } from '../bare-name.js';
import { questionWords, type QuestionWord } from '../question-words.js';
import type { QuerySpec } from '../query-spec.js';
import { renderSql } from '../render-sql.js';
import { findColumn, findTable } from '../schema-lookup.js';
import { joinEdges } from '../join-graph.js';
import { questionVerbs } from '../question-verbs.js';
import { schemaMentions, type Mention } from '../schema-mentions.js';
import { clauseFilters } from './clause-filters.js';
import type { KindCandidate } from './kind-candidate.js';
import { relatedClausesQuery } from './related-clauses-query.js';
import { referencingByComment } from './referencing-by-comment.js';
import { phraseWords } from './clause-dates.js';
import { parseDateRanges } from '../../../dates/parse-date-ranges.js';
import { splitIdentifier } from '../../../catalog/split-identifier.js';
import { stemWord } from '../../../catalog/stem-word.js';
import { inflectionBases } from '../../../lexicon/derived-forms.js';
import { roleTableMentions } from './role-table-mentions.js';
import { tableDatedByVerb } from './table-dated-by-verb.js';
import { tableNamedByWord } from './table-named-by-word.js';

const NEVER = /\bexcept(?:\s+for)?\s+(?:the\s+|those\s+)?(?:\w+\s+){0,2}?(?:having|with|(?:that|who|which)\s+(?:have|has|had))\b|\b(?:(?:who|that|which)\s+(?:is|are|was|were)\s+)?\s*not\s+\w+\s+(?:by|in|for|on|with|to)\s+any\b|\b(?:(?:but|and|yet)\s+)?(?:who|that|which)?\s*(?:have|has|had|did|do|does)?\s*(?:never|not yet|not|n't)\b|\b(?:(?:but|and)\s+)?(?:without any|without|with no|with zero)\b|\b(?:(?:but|and)\s+)?(?:who|that|which)?\s*(?:have|has|had)\s+(?:no|nothing|none)\b(?!\s+(?:more|less|fewer)\b)|\b(?:(?:but|and)\s+)?(?:who|that|which)?\s*(?:havent|hasnt|hadnt|didnt|dont|doesnt|(?:is|are|was|were)n'?t)\b|\b(?:has|have|had)?\s*(?:nobody|no one|no-one)\b/i;
/**
 * "do not have", "did not own", "have no", "had nothing", "not used by any", "all stadiums except those having a concert",
 * "aren't planted in any", "has nobody ordered", and "havent" as people type it without the apostrophe: a negated verb, not a
 * negated value ("whose hometown is not X").
 */
/** "never", "did not", "didn't", "havent": a negation that only a verb can follow, unlike "no", "without" or "isn't". */
const VERB_NEGATION = /(?:\bnever|\b(?:did|do|does|have|has|had) not|\b(?:did|do|does|have|has|had)n'?t)$/i;
const NEGATED_VERB = /\bexcept\b|never|without|with no|with zero|not yet|n't|\b(?:havent|hasnt|hadnt|didnt|dont|doesnt|isnt|arent|wasnt|werent|nobody|no one|no-one)\b|\b(?:did|do|does|have|has|had) (?:not|no|nothing|none)\b|\bnot \w+ (?:by|in|for|on|with|to) any\b/i;

/**
 * "customers who never placed an order", "products without any orders", "students who do not have a cat":
 * rows of the subject table with no row in the table the negated clause names, as NOT EXISTS along the
 * foreign key that links them; values named inside the clause ("a cat") restrict the rows that must not exist.
 */
export function antiJoin(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const text = context.task.text;
  const match = NEVER.exec(text);
  if (!match || !NEGATED_VERB.test(match[0])) return undefined;
  const schemas = context.table_schemas;
  const words = questionWords(text);
  const named = schemaMentions(words, schemas);
  const mentions = named.filter((m) => m.column === undefined);
  const negatedAt = words.findIndex((w) => w.offset >= match.index + match[0].length - 1);
  if (negatedAt < 0) return undefined;
  const subject = roleTableMentions(named, schemas).find((m) => m.end <= negatedAt);
  if (!subject) return undefined;
  const clauseEndWord = words.slice(negatedAt).find((w) => w.clauseEnd);
  const clauseEnd = clauseEndWord ? clauseEndWord.index + 1 : words.length;
  const { inside } = clauseFilters(context, words, negatedAt, clauseEnd, dialect);
  // "who does not have a cat": the value names the table when no word does.
  let other: { table: string } | undefined =
    recordingTable(mentions, schemas, subject.table, negatedAt, clauseEnd, inside) ??
    mentions.find((m) => m.start >= negatedAt && bareName(m.table) !== bareName(subject.table)) ??
    tableNamedByWord(words, negatedAt, schemas) ??
    tableDatedByVerb(words, negatedAt, clauseEnd, schemas) ??
    inside.find((f) => bareName(f.table) !== bareName(subject.table));
  // Before the one table that points at the subject, a guess: the row named before "never" says whose deed it is.
  const doer = other ? undefined : namedDoer(context, words, subject, negatedAt, dialect);
  other ??= doer ?? onlyReferencing(schemas, subject.table, words.slice(negatedAt, clauseEnd), named, VERB_NEGATION.test(match[0].trim()), datedWords(context, words));
  if (!other || bareName(other.table) === bareName(subject.table)) return undefined;
  const start = doer?.start ?? words.findIndex((w) => w.offset >= match.index);
  const having = havingClause(words, mentions, subject, start, [subject.table, other.table]);
  const query = relatedClausesQuery(context, words, subject.table, [...(having ? [having] : []), { start, end: clauseEnd, other: other.table, negated: true }], dialect, subject.role ? subject : undefined);
  if (!query) return undefined;
  const shared = sharedCode(query.spec, schemas);
  const used = shared ? renderSql({ ...query.spec, where: query.conditions.map((c) => c.replace(/^NOT /, '')) }, schemas, dialect) : undefined;
  query.spec.where.push(...query.conditions);
  const rendered = renderSql(query.spec, schemas, dialect);
  if (used) {
    const all = renderSql({ ...query.spec, where: query.spec.where.slice(0, -query.conditions.length) }, schemas, dialect);
    return {
      sql: `${all.sql}\nEXCEPT\n${used.sql}`,
      tables: [...rendered.tables, ...query.tables],
      explanation: [...query.planned.explanation, `keeps the ${shared} values of ${subject.table} that no row ${query.described[0]!.replace(/^with no row/, 'with a row').replace(/ \(NOT EXISTS\)$/, '')} has (EXCEPT)`],
    };
  }
  return {
    sql: rendered.sql,
    tables: [...rendered.tables, ...query.tables],
    explanation: [...query.planned.explanation, ...query.described.map((d) => `keeps ${subject.table} ${d}`)],
  };
}

/**
 * "How many species has Herefordshire Estate Fencing never bought?": the one row named between the subject and the
 * negation, of another table, is who never did it; the clause runs from that name, and the rows that must not exist
 * are those linking the subject to it. Undefined unless the values named there are all of one other table.
 */
function namedDoer(context: Context, words: readonly QuestionWord[], subject: { table: string; end: number }, negatedAt: number, dialect: SqlDialect): { table: string; start: number } | undefined {
  const { inside } = clauseFilters(context, words, subject.end, negatedAt, dialect);
  const tables = new Set(inside.map((f) => bareName(f.table)));
  if (inside.length === 0 || tables.size !== 1 || tables.has(bareName(subject.table))) return undefined;
  const start = Math.min(...inside.flatMap((f) => f.words));
  return Number.isFinite(start) && start >= subject.end ? { table: inside[0]!.table, start } : undefined;
}

/**
 * "observers who have never been at the telescope for an observation": where the negated clause names two tables or
 * more, the one whose rows point at the subject's (a foreign key to it) records the deed the subject never did; the
 * others only say where or what, and a path through them finds some other link (a proposal's lead). Only when exactly
 * one named table does, and no value the clause names restricts another.
 */
function recordingTable(mentions: readonly Mention[], schemas: readonly TableSchema[], subject: string, from: number, to: number, inside: readonly { table: string }[]): { table: string } | undefined {
  const named = [...new Set(mentions.filter((m) => m.start >= from && m.start < to && bareName(m.table) !== bareName(subject)).map((m) => m.table))];
  if (named.length < 2) return undefined;
  const pointing = new Set(joinEdges(schemas).filter((e) => bareName(e.to) === bareName(subject)).map((e) => bareName(e.from)));
  const recording = named.filter((table) => pointing.has(bareName(table)));
  if (recording.length !== 1) return undefined;
  if (inside.some((f) => bareName(f.table) !== bareName(recording[0]!) && named.some((table) => bareName(table) === bareName(f.table)))) return undefined;
  return { table: recording[0]! };
}

/**
 * "vehicles with a permit that have never had a ticket": "with a" and a word naming another table, between the
 * subject and the negated clause, keeps the subject's rows that have a row there (EXISTS), as the negated clause keeps
 * those with none.
 */
function havingClause(words: readonly QuestionWord[], mentions: readonly Mention[], subject: { end: number }, negatedStart: number, taken: readonly string[]): { start: number; end: number; other: string; negated: false } | undefined {
  for (let k = subject.end; k + 2 < negatedStart; k++) {
    if (words[k]!.text !== 'with' || !/^(a|an)$/.test(words[k + 1]!.text)) continue;
    const named = mentions.filter((m) => m.start === k + 2 && m.end <= negatedStart && !taken.some((t) => bareName(t) === bareName(m.table)));
    if (new Set(named.map((m) => bareName(m.table))).size !== 1) return undefined;
    return { start: k, end: named[0]!.end, other: named[0]!.table, negated: false };
  }
  return undefined;
}

/**
 * "template type codes that are not used by any document": the one column asked for is a key into another table, a
 * value many rows share, so the question is about the value: those no row with a related row has (an EXCEPT), not
 * the values of the rows without one, which a value also used elsewhere would pass.
 */
function sharedCode(spec: QuerySpec, schemas: readonly TableSchema[]): string | undefined {
  if (spec.select.length !== 1 || spec.groupBy.length > 0 || spec.orderBy.length > 0 || spec.limit !== undefined) return undefined;
  const ref = /^\{([^{}]+)\.([^{}.]+)\}$/.exec(spec.select[0]!.expr);
  if (!ref || bareName(ref[1]!) !== bareName(spec.base)) return undefined;
  const table = findTable(schemas, ref[1]!);
  const column = table && findColumn(table, ref[2]!);
  return column?.references && !column.primary_key ? column.name : undefined;
}

/**
 * "trade accounts that have never bought anything", "recipients who havent received any seed": a clause whose verb names
 * no table and no column of the subject is about rows that point at the subject, when one table alone does, or when
 * one of several spells the clause's words in its comments (referencingByComment; the time phrase's words aside). The
 * word right after "never", "didnt" or "have not" is that verb when WordNet knows it as one ("never had us out", "didnt
 * send").
 */
function onlyReferencing(schemas: readonly TableSchema[], subject: string, clause: readonly QuestionWord[], named: readonly Mention[], afterVerbNegation: boolean, dated: ReadonlySet<number>): { table: string } | undefined {
  const first = clause[0]?.text;
  const negatedVerb = afterVerbNegation && first !== undefined && hasSense('verb', IRREGULAR_VERBS[first] ?? first);
  if (!negatedVerb && questionVerbs(clause).length === 0) return undefined;
  // A column of the subject the clause names makes it about the subject's own values, not rows elsewhere ("haven't been
  // catalogued" of catalogue_status); a word of the time phrase ("this year" near birth_year) does not, nor one read
  // only as a shortening of a part of the name ("blood" of bld_grp in "given blood").
  const ownColumn = (m: Mention): boolean => m.column !== undefined && bareName(m.table) === bareName(subject) && m.start >= clause[0]!.index && !dated.has(m.start);
  if (named.some((m) => ownColumn(m) && (m.full || spellsNamePart(clause.find((w) => w.index === m.start)?.text ?? '', m.column!)))) return undefined;
  const referencing = new Set(joinEdges(schemas).filter((e) => bareName(e.to) === bareName(subject) && bareName(e.from) !== bareName(subject)).map((e) => bareName(e.from)));
  const tables = schemas.filter((t) => referencing.has(bareName(t.name)));
  const table = referencing.size === 1 ? tables[0] : referencingByComment(tables, clause.filter((w) => !dated.has(w.index)));
  return table && { table: table.name };
}

/** The word, or its dictionary form, is one part of the name as written ("catalogued" of catalogue_status). */
function spellsNamePart(word: string, name: string): boolean {
  const parts = new Set(splitIdentifier(name).map((part) => stemWord(part.toLowerCase())));
  return [word, ...inflectionBases(word)].some((form) => parts.has(stemWord(form)));
}

/** Word indexes of the question's time phrases ("this year", "in September 2026"). */
function datedWords(context: Context, words: readonly QuestionWord[]): Set<number> {
  const ranges = context.date_ranges.length > 0 ? context.date_ranges : parseDateRanges(context.task.text, context.task.current_date);
  return new Set(ranges.flatMap((range) => phraseWords(words, range.phrase)));
}
