import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { bareName } from '../bare-name.js';
import { renderSql } from '../render-sql.js';
import { schemaMentions } from '../schema-mentions.js';
import { valueFilters } from '../value-filters.js';
import type { KindCandidate } from './kind-candidate.js';
import { measureSelect, summedValue } from './measure-select.js';
import { planText } from './plan-text.js';
import { wordRange } from '../word-range.js';
import { ownDateComparison } from '../own-date-comparison.js';
import { nullGlossFilters } from '../null-gloss-filters.js';
import { partFilters, type PartSpan } from '../part-filters.js';
import { findTable } from '../schema-lookup.js';
import { primaryPartOfSpeech } from '../../../lexicon/primary-part-of-speech.js';
import { namesMeasure } from '../../../lexicon/names-measure.js';
import { FILLER_WORDS } from '../question-vocabulary.js';
import type { QuestionWord } from '../question-words.js';
import { isParticiple } from '../participle.js';
import { FINITE_AUXILIARIES, MODALS } from '../../../lexicon/auxiliaries.js';
import { pick, wordSet } from '../../../lexicon/word-set.js';

export const SHARE = /\b(?:what|which)?\s*(?:is\s+the\s+)?(percent(?:age)?|share|proportion|fraction|ratio|%)\s+of\b/i;

/**
 * "what percent of orders were cancelled", "share of revenue from mobile": the measure where the question's
 * value filters hold, over the measure of all rows, as a percent (per group when grouped).
 */
export function shareOfTotal(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const text = context.task.text;
  const match = SHARE.exec(text);
  if (!match) return undefined;
  // "What share of the log volume came from …": a share of a measure is of its total, not of a count of rows.
  const rest = text.slice(match.index + match[0].length);
  const lead = namesMeasure(shareHead(rest)) ? 'total' : 'how many';
  const rewritten = `${text.slice(0, match.index)} ${lead} ${rest}`.replace(/\s+/g, ' ').trim();
  const { planned, analysis, context: planned_context } = planText(context, rewritten, dialect);
  const item = measureSelect(planned);
  const value = item && summedValue(item.expr);
  if (!item || !value) return undefined;
  const fullWords = new Set(schemaMentions(analysis.words, planned_context.table_schemas).filter((m) => m.full).flatMap((m) => wordRange(m.start, m.end)));
  // "What share of Bloc Shed's members are on the student plan?": a filter in the subject ("Bloc Shed's members",
  // "delivered jobs") says which rows are shared out; only the predicate's filters pick the part.
  const predicateAt = predicateStart(analysis.words);
  const ownDate = ownDateComparison(analysis.words, planned_context.table_schemas);
  const parts = new Set(
    [...valueFilters(planned_context, analysis, fullWords, dialect), ...(ownDate ? [ownDate] : []), ...nullGlossFilters(analysis, planned_context.table_schemas, new Set())]
      .filter((f) => predicateAt === undefined || f.words.some((w) => w >= predicateAt))
      .map((f) => f.sql),
  );
  const read = planned.spec.where.filter((w) => parts.has(w));
  // "what share of games end in an escape": no value names the part, a flag, key or optional column of the counted table may.
  const base = findTable(planned_context.table_schemas, planned.spec.base);
  const span = read.length === 0 ? partSpan(analysis.words, predicateAt) : undefined;
  const condition = !span || !base ? read : partFilters(analysis.words, span, base, planned_context.table_schemas).map((f) => f.sql);
  if (condition.length === 0) return undefined;
  const spec = planned.spec;
  spec.where = spec.where.filter((w) => !parts.has(w));
  const numerator = `SUM(CASE WHEN ${condition.join(' AND ')} THEN ${value} ELSE 0 END)`;
  const word = /^(percent|%)/.test(match[1]!.toLowerCase()) ? 'percent' : match[1]!.toLowerCase();
  item.expr = dialect.divide(`100.0 * ${numerator}`, `NULLIF(SUM(${value}), 0)`);
  item.alias = `${word}_${bareName(planned.measureAlias ?? 'rows')}`;
  spec.orderBy = spec.orderBy.filter((o) => /^\d+$/.test(o));
  spec.limit = undefined;
  const rendered = renderSql(spec, context.table_schemas, dialect);
  return { sql: rendered.sql, tables: rendered.tables, explanation: [...planned.explanation, `as a percent of all rows: the part where ${condition.join(' and ').replace(/[{}]/g, '')}`] };
}


/** Verbs that open a predicate without being its main verb. */
const AUXILIARIES: ReadonlySet<string> = wordSet(
  FINITE_AUXILIARIES,
  pick(MODALS, 'will', 'would', 'can', 'could'),
);

/**
 * Where the predicate of "how many <subject> <predicate>" begins: the first auxiliary after "how many", else the first
 * word after the subject's first noun that is a past form of a verb or mostly used as one ("delivered jobs arrived late"). Undefined when
 * neither is found.
 */
function predicateStart(words: readonly QuestionWord[]): number | undefined {
  const many = words.findIndex((w, k) => w.text === 'many' && words[k - 1]?.text === 'how');
  if (many < 0) return undefined;
  const auxiliary = words.findIndex((w, k) => k > many + 1 && AUXILIARIES.has(w.text));
  if (auxiliary > 0) return auxiliary;
  const noun = words.findIndex((w, k) => k > many && primaryPartOfSpeech(w.text) === 'noun');
  if (noun < 0) return undefined;
  const verb = words.findIndex((w, k) => k > noun && w.text.length > 2 && (isParticiple(w.text) || primaryPartOfSpeech(w.text) === 'verb'));
  return verb > 0 ? verb : undefined;
}

/**
 * The words a share's part may be read from: the predicate, or when no verb marks it, what follows the subject's first
 * noun; a word of denial may stand anywhere after that noun ("complaints aren't about any particular clean").
 */
function partSpan(words: readonly QuestionWord[], predicateAt: number | undefined): PartSpan | undefined {
  const many = words.findIndex((w, k) => w.text === 'many' && words[k - 1]?.text === 'how');
  if (many < 0) return undefined;
  const noun = words.findIndex((w, k) => k > many && primaryPartOfSpeech(w.text) === 'noun');
  const after = (noun < 0 ? many + 1 : noun) + 1;
  return { from: predicateAt ?? after, after: Math.min(after, predicateAt ?? after) };
}

/** The head of the noun phrase after "share of": its last word before a function word ("the log volume we've bought" → volume). */
function shareHead(rest: string): string {
  const tokens = rest.toLowerCase().match(/[a-z]+/g) ?? [];
  let k = 0;
  while (k < tokens.length && FILLER_WORDS.has(tokens[k]!)) k++;
  let head = '';
  for (let n = 0; k < tokens.length && n < 2 && !FILLER_WORDS.has(tokens[k]!); k++, n++) head = tokens[k]!;
  return head;
}
