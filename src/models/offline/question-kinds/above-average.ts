import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { bareName } from '../bare-name.js';
import { ageColumn, readComparator } from '../numeric-filters.js';
import { phraseAfter } from '../phrase-after.js';
import { emptySpec, ref } from '../query-spec.js';
import { questionWords, type QuestionWord } from '../question-words.js';
import { renderSql } from '../render-sql.js';
import { resolvePhrase } from '../resolve-phrase.js';
import { schemaMentions, type Mention } from '../schema-mentions.js';
import { findColumn, findTable, isKeyColumn, isNumericColumn } from '../schema-lookup.js';
import { columnForPhrase } from '../requested-columns.js';
import { measureColumn } from '../measure-column.js';
import { commentedMeasure } from '../commented-measure.js';
import { averagedRowMeasure } from '../averaged-row-measure.js';
import type { KindCandidate } from './kind-candidate.js';
import { planText } from './plan-text.js';
import { wordRange } from '../word-range.js';
import { RELATIVE_PRONOUNS, WH_WORDS } from '../../../lexicon/pronouns.js';
import { FINITE_HAVE } from '../../../lexicon/auxiliaries.js';
import { PREPOSITIONS } from '../../../lexicon/prepositions.js';
import { pick, wordSet } from '../../../lexicon/word-set.js';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../../../lexicon/determiners.js';

const AVERAGE = /^(average|mean|avg)$/;
const DETERMINERS: ReadonlySet<string> = wordSet(ARTICLES, pick(POSSESSIVE_DETERMINERS, 'its', 'their', 'his', 'her'), ['overall']);
/** Words that open the clause carrying the comparison: "singers who are older than average", "products whose price is …". */
const CLAUSE_OPENERS: ReadonlySet<string> = wordSet(
  pick(RELATIVE_PRONOUNS, 'who', 'that', 'which', 'whose'),
  pick(PREPOSITIONS, 'with'),
  pick(WH_WORDS, 'where'),
);
/** "than the average of all stadiums": the rows the average is taken over, already the column's table. */
const OVER: ReadonlySet<string> = wordSet(pick(PREPOSITIONS, 'of', 'for', 'across', 'among', 'over'));

/**
 * A column compared with its own average: "products priced above the average price", "singers older than average",
 * "stadiums whose capacity is below the average capacity" keep the rows of the rest of the question whose value
 * beats `(SELECT AVG(column) FROM table)`, the average over the column's whole table.
 */
export function aboveAverage(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const text = context.task.text;
  if (!/\b(average|mean|avg)\b/i.test(text)) return undefined;
  const schemas = context.table_schemas;
  const words = questionWords(text);
  const mentions = schemaMentions(words, schemas);
  for (let i = 1; i < words.length; i++) {
    const comparator = readComparator(words, i);
    if (!comparator || comparator.op === 'between' || comparator.op === '=') continue;
    // "a greater capacity than the average": the column sits between the comparative and "than".
    let k = i + comparator.words.length;
    let named: QuestionWord[] = [];
    if (comparator.words.length === 1 && words[k - 1]?.text !== 'than' && !/^(above|below|over|under|exceeding)$/.test(comparator.words[0]!)) {
      const than = words.findIndex((w, at) => at >= k && at <= k + 3 && w.text === 'than');
      if (than < 0) continue;
      named = words.slice(k, than);
      k = than + 1;
    }
    while (DETERMINERS.has(words[k]?.text ?? '')) k++;
    if (!AVERAGE.test(words[k]?.text ?? '')) continue;
    const averageAt = k;
    const phraseStart = words[averageAt + 1]?.text === 'of' ? averageAt + 2 : averageAt + 1;
    const phrase = phraseAfter(words, phraseStart);
    if (phrase.some((w) => /^(number|count|total)$/.test(w.text))) return undefined;

    const prefer = mentions.filter((m) => m.column === undefined && m.end <= i).map((m) => m.table);
    const opener = wordRange(Math.max(1, i - 5), i).reverse().find((at) => CLAUSE_OPENERS.has(words[at]!.text));
    let column: { table: string; column: string } | undefined =
      numericColumn(resolvePhrase(phrase, mentions, schemas, prefer), schemas) ??
      headColumn(phrase, schemas, prefer) ??
      numericColumn(resolvePhrase(named, mentions, schemas, prefer), schemas) ??
      // "blasts that used more explosive than the average blast" over blast.expl_kg, commented 'Explosive used, kg': the
      // noun between the comparative and "than" names the one number column whose comment uses it.
      (named.length > 0 ? numericColumn(asColumn(commentedMeasure(words, mentions, schemas, i, prefer[0])), schemas) : undefined) ??
      columnBefore(mentions, schemas, opener ?? Math.max(0, i - 4), i) ??
      (comparator.age ? ageColumn(schemas, prefer) : undefined) ??
      // "species denser than average" over spc.dens: the column named for the measure the comparative compares.
      measuredColumn(comparator.measures, schemas, prefer);
    let end = phrase.length > 0 ? phrase.at(-1)!.index + 1 : averageAt + 1;
    // "blocks larger than the average block", "callouts that took longer than average": the rows' own average.
    const averaged = resolvePhrase(phrase, mentions, schemas, prefer);
    const rows = averaged?.kind === 'table' ? averaged.table : prefer[0];
    if (!column && named.length === 0 && rows && (phrase.length === 0 || averaged?.kind === 'revenue' || (averaged?.kind === 'table' && (prefer.length === 0 || bareName(rows) === bareName(prefer[0]!))))) {
      const own = averagedRowMeasure(words, comparator.words[0]!, end, mentions, schemas, rows);
      if (own) {
        column = own;
        end = own.end;
      }
    }
    if (!column) return undefined;

    // The comparison's words leave the question; what is left is planned as usual ("List the names of products").
    if (OVER.has(words[end]?.text ?? '')) {
      let at = end + 1;
      while (/^(all|the|every)$/.test(words[at]?.text ?? '')) at++;
      const over = mentions.find((m) => m.column === undefined && m.start === at);
      // "the average price of installations without one": an average over some of the rows, which this does not read.
      if (over && words[over.end] && !words[over.end - 1]!.clauseEnd) return undefined;
      if (over) end = over.end;
    }
    // "manufacturers with an average price above the average price": the groups' own average is compared (HAVING).
    const grouped = words.slice(opener ?? Math.max(0, i - 5), i).some((w) => AVERAGE.test(w.text));
    const before = mentions.find((m) => m.column !== undefined && m.start < i && m.start >= (opener ?? i) && m.column === column.column);
    const start = opener ?? before?.start ?? i;
    const afterEnd = words[end] ? text.slice(words[end]!.offset) : '';
    // The groups' version reads nothing else: a question that goes on after the average is left to the planner.
    if (grouped && /[a-z0-9]/i.test(afterEnd)) return undefined;
    const kept = grouped ? groupedText(words, i) : `${text.slice(0, words[start]!.offset)} ${afterEnd}`.trim();
    if (kept === undefined) return undefined;
    const { planned } = planText(context, kept, dialect);
    if (!planned.mapped) return undefined;
    const spec = planned.spec;
    if (bareName(column.table) !== bareName(spec.base) && !spec.tables.some((t) => bareName(t) === bareName(column.table))) spec.tables.push(column.table);
    const average = emptySpec(column.table);
    average.select = [{ expr: `AVG(${ref(column.table, column.column)})` }];
    const overall = `(${renderSql(average, schemas, dialect).sql})`;
    if (grouped) {
      const own = `AVG(${ref(column.table, column.column)})`;
      const at = spec.select.findIndex((item) => item.expr === own);
      if (spec.groupBy.length === 0 || at < 0) return undefined;
      spec.select = spec.select.filter((_, k) => k !== at);
      spec.having.push(`${own} ${comparator.op} ${overall}`);
      spec.orderBy = spec.orderBy.filter((o) => /^\d+$/.test(o) && Number(o) <= spec.select.length);
    } else {
      spec.where.push(`${ref(column.table, column.column)} ${comparator.op} ${overall}`);
    }
    const rendered = renderSql(spec, schemas, dialect);
    if (rendered.unreachable.length > 0) return undefined;
    return {
      sql: rendered.sql,
      tables: rendered.tables,
      explanation: [...planned.explanation, `keeps rows whose ${column.column} is ${comparator.op} the average ${column.column} of ${column.table}`],
    };
  }
  return undefined;
}

type Target = ReturnType<typeof resolvePhrase>;

function asColumn(mention: Mention | undefined): Target {
  return mention?.column === undefined ? undefined : { kind: 'column', table: mention.table, column: mention.column };
}

function measuredColumn(measures: readonly string[] | undefined, schemas: Context['table_schemas'], prefer: readonly string[]): { table: string; column: string } | undefined {
  if (!measures) return undefined;
  const preferred = prefer.map((name) => findTable(schemas, name)).find((t) => t !== undefined);
  const found = measureColumn(schemas, measures, preferred);
  return found && { table: found.table.name, column: found.column.name };
}

const LEAD = new Set(['which', 'what', 'show', 'list', 'find', 'give', 'me', 'the', 'all', 'are', 'is', 'return', 'name']);
const GROUP_END: ReadonlySet<string> = wordSet(
  pick(RELATIVE_PRONOUNS, 'whose', 'that', 'which', 'who'),
  FINITE_HAVE,
  pick(PREPOSITIONS, 'with'),
  pick(WH_WORDS, 'where'),
);

/** "Which panel manufacturers have an average price above …" → "average price per panel manufacturers": the groups and their average. */
function groupedText(words: readonly QuestionWord[], comparatorAt: number): string | undefined {
  let from = 0;
  while (from < comparatorAt && LEAD.has(words[from]!.text)) from++;
  let to = from;
  while (to < comparatorAt && !GROUP_END.has(words[to]!.text)) to++;
  if (to === from || to >= comparatorAt) return undefined;
  const averageAt = words.findIndex((w, k) => k >= to && k < comparatorAt && AVERAGE.test(w.text));
  const measured = words.slice(averageAt + 1, comparatorAt).filter((w) => !/^(is|are|was|were|of)$/.test(w.text));
  if (averageAt < 0 || measured.length === 0) return undefined;
  if (words.slice(to, averageAt).some((w) => !GROUP_END.has(w.text) && !DETERMINERS.has(w.text))) return undefined;
  return `average ${measured.map((w) => w.text).join(' ')} per ${words.slice(from, to).map((w) => w.text).join(' ')}`;
}

function numericColumn(target: Target, schemas: Context['table_schemas']): { table: string; column: string } | undefined {
  if (target?.kind !== 'column') return undefined;
  const table = findTable(schemas, target.table);
  const column = table && findColumn(table, target.column);
  return column && isNumericColumn(column) && !isKeyColumn(column) ? { table: table.name, column: column.name } : undefined;
}

/** "whose unit price is above …": the last numeric column named in the clause before the comparison. */
function columnBefore(mentions: readonly Mention[], schemas: Context['table_schemas'], from: number, to: number): { table: string; column: string } | undefined {
  const named = mentions
    .filter((m) => m.column !== undefined && m.start >= from && m.end <= to)
    .sort((a, b) => Number(b.full) - Number(a.full) || b.end - a.end);
  for (const m of named) {
    const found = numericColumn({ kind: 'column', table: m.table, column: m.column! }, schemas);
    if (found) return found;
  }
  return undefined;
}


/** "the average site elevation" over collection_sites.elev_m: the phrase's head noun names a number column by its clipped start. */
function headColumn(phrase: readonly QuestionWord[], schemas: Context['table_schemas'], prefer: readonly string[]): { table: string; column: string } | undefined {
  const head = phrase.at(-1);
  if (!head) return undefined;
  const ordered = [...schemas].sort((a, b) => Number(prefer.includes(b.name)) - Number(prefer.includes(a.name)));
  for (const table of ordered) {
    const found = columnForPhrase([head], table);
    const column = found && numericColumn({ kind: 'column', table: found.table, column: found.column }, schemas);
    if (column) return column;
  }
  return undefined;
}
