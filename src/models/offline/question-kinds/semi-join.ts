import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { normalizeValueText } from '../../../catalog/normalize-value-text.js';
import { analyzeQuestion } from '../analyze-question.js';
import { bareName } from '../bare-name.js';
import { questionWords, type QuestionWord } from '../question-words.js';
import { renderSql } from '../render-sql.js';
import { schemaMentions, type Mention } from '../schema-mentions.js';
import type { KindCandidate } from './kind-candidate.js';
import { measureSelect, summedValue } from './measure-select.js';
import { relatedClausesQuery } from './related-clauses-query.js';
import { roleTableMentions } from './role-table-mentions.js';
import { SHARE } from './share-of-total.js';
import { tableNamedByWord } from './table-named-by-word.js';

const RELATIVE = /^(who|that|which)$/;
const HAVE = /^(have|has|had)$/;
const BE = /^(is|are|was|were|been|being|be)$/;
/** Words between "have" and the related rows that keep the clause a plain "has at least one": "have ever placed an". */
const FILLER = /^(ever|already|actually|also|been|a|an|any|some|one|at|least|or|more)$/;
const DETERMINER = /^(a|an|any|some|one|at)$/;
const NEGATION = /^(not|never|no)$/;

export interface Clause {
  /** Word index where the clause starts (the relative pronoun, "have", "with" or the form of "be"). */
  start: number;
  /** The related table, and the word index that names it. */
  other: { table: string; at: number };
}

/**
 * "customers who have placed an order", "orders with a return", "products that have been returned": rows of the
 * subject table with at least one row in the table the clause names, as EXISTS along the foreign keys between them
 * (through the table between them when there is one); values named inside the clause restrict the related rows.
 * The positive twin of anti-join; a clause that counts ("more than 3 orders"), ranks or dates stays with the planner.
 */
export function semiJoin(original: Context, dialect: SqlDialect): KindCandidate | undefined {
  // "What share of orders were returned?": the rows with a related row over all rows, read as "how many orders were returned".
  const share = SHARE.exec(original.task.text);
  const text = share ? `${original.task.text.slice(0, share.index)} how many ${original.task.text.slice(share.index + share[0].length)}`.replace(/\s+/g, ' ').trim() : original.task.text;
  const context: Context = share ? { ...original, task: { ...original.task, text } } : original;
  const words = questionWords(text);
  const analysis = analyzeQuestion(text);
  if (analysis.ranking || analysis.negated.size > 0) return undefined;
  const schemas = context.table_schemas;
  const named = schemaMentions(words, schemas);
  const mentions = named.filter((m) => m.column === undefined).sort((a, b) => a.start - b.start || Number(b.full) - Number(a.full));
  const subject = roleTableMentions(named, schemas)[0];
  if (!subject) return undefined;
  const clause = findClause(words, subject, mentions, context);
  if (!clause) return undefined;
  const clauseEndWord = words.slice(clause.other.at).find((w) => w.clauseEnd);
  const clauseEnd = clauseEndWord ? clauseEndWord.index + 1 : words.length;
  const inClause = (index: number): boolean => index >= clause.start && index < clauseEnd;
  if (words.slice(clause.start, clauseEnd).some((w) => /^\d/.test(w.text) || /^(more|fewer|less|most|least|than|each|every|per)$/.test(w.text) && w.index > clause.other.at)) return undefined;
  if (context.date_ranges.some((range) => inClause(wordAt(words, text.toLowerCase().indexOf(range.phrase.toLowerCase()))))) return undefined;
  if (mentions.some((m) => inClause(m.start) && m.start !== clause.other.at && bareName(m.table) !== bareName(clause.other.table))) return undefined;

  const query = relatedClausesQuery(context, words, subject.table, [{ start: clause.start, end: clauseEnd, other: clause.other.table, negated: false, joinOther: true }], dialect, subject.role ? subject : undefined);
  if (!query) return undefined;
  const { planned, spec } = query;
  const exists = query.conditions[0]!;
  const explanation = [...planned.explanation];
  if (share) {
    const item = measureSelect(planned);
    const value = item && summedValue(item.expr);
    if (!item || !value) return undefined;
    item.expr = dialect.divide(`100.0 * SUM(CASE WHEN ${exists} THEN ${value} ELSE 0 END)`, `NULLIF(SUM(${value}), 0)`);
    item.alias = `percent_${bareName(planned.measureAlias ?? 'rows')}`;
    explanation.push(`as a percent of all ${subject.table}: those ${query.described[0]!.replace(/ \(EXISTS\)$/, '')}`);
  } else {
    spec.where.push(exists);
    explanation.push(`keeps ${subject.table} ${query.described[0]}`);
  }
  const rendered = renderSql(spec, schemas, dialect);
  return { sql: rendered.sql, tables: [...rendered.tables, ...query.tables], explanation };
}

/**
 * The clause after the subject that relates it to another table: "who have placed an order", "with a return", "that
 * were returned". With `negation`, "not" and "never" may stand after the verb ("have not placed", "were never returned", "have no pets").
 */
export function findClause(words: readonly QuestionWord[], subject: Mention, mentions: readonly Mention[], context: Context, negation = false): Clause | undefined {
  let at = subject.end;
  const start = at;
  if (RELATIVE.test(words[at]?.text ?? '')) at++;
  const verb = words[at];
  if (!verb || words[start - 1]?.clauseEnd) return undefined;
  const other = (index: number): Mention | undefined =>
    mentions.find((m) => m.start === index && m.full && bareName(m.table) !== bareName(subject.table));
  if (HAVE.test(verb.text) || (verb.text === 'with' && at === start)) {
    let k = at + 1;
    let determiner = false;
    // "have placed an order": one verb may stand between "have" and the rows it relates.
    let verbs = 0;
    while (k < words.length && !words[k - 1]!.clauseEnd) {
      const word = words[k]!;
      const related = other(k);
      if (related) return determiner || verb.text !== 'with' || isPlural(word) ? { start, other: { table: related.table, at: k } } : undefined;
      if (DETERMINER.test(word.text)) determiner = true;
      else if (!FILLER.test(word.text) && !(negation && NEGATION.test(word.text))) {
        if (verb.text === 'with' || ++verbs > 1 || !/ed$|en$/.test(word.text) && !isIrregularParticiple(word.text)) return undefined;
      }
      k++;
    }
    if (!HAVE.test(verb.text)) return undefined;
    // "products that have been returned": the participle names the related table.
    return participleClause(words, at + 1, start, subject, context, negation);
  }
  if (BE.test(verb.text)) return participleClause(words, at + 1, start, subject, context, negation);
  return undefined;
}

/** "were returned", "have been reviewed": a participle made from another table's name, and not a stored value ('shipped'). */
function participleClause(words: readonly QuestionWord[], from: number, start: number, subject: Mention, context: Context, negation: boolean): Clause | undefined {
  let k = from;
  while (words[k] && (/^(been|ever|already|actually|also)$/.test(words[k]!.text) || (negation && NEGATION.test(words[k]!.text)))) k++;
  const participle = words[k];
  if (!participle || !/ed$/.test(participle.text)) return undefined;
  const next = words[k + 1];
  if (next && !participle.clauseEnd && !/^(in|on|at|during|since|before|after|by|from|to|and|or|last|this)$/.test(next.text) && !(negation && next.text === 'but')) return undefined;
  const named = tableNamedByWord(words.slice(0, k + 1), k, context.table_schemas);
  if (!named || named.at !== k || bareName(named.table) === bareName(subject.table)) return undefined;
  const values = context.matched_values.map((match) => normalizeValueText(match.matched_text));
  if (values.some((value) => value.split(' ').includes(participle.text))) return undefined;
  return { start, other: { table: named.table, at: k } };
}

function isPlural(word: QuestionWord): boolean {
  return word.stem !== word.text;
}

function isIrregularParticiple(text: string): boolean {
  return /^(made|bought|sold|written|taken|given|won|paid|sent|held|left|got|gotten|kept|brought|read|seen|done)$/.test(text);
}

function wordAt(words: readonly QuestionWord[], offset: number): number {
  if (offset < 0) return -1;
  const word = [...words].reverse().find((w) => w.offset <= offset);
  return word ? word.index : -1;
}
