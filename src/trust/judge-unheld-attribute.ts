import type { NameVocabulary } from '../catalog/name-vocabulary.js';
import type { TableSchema } from '../context/context-schema.js';
import type { Context } from '../context/context-schema.js';
import { wordRoot } from '../models/offline/word-root.js';
import { commentHeads } from './comment-heads.js';
import { firstFromTable } from './first-from-table.js';
import { neighbourhood, tableNameRoots, timedBy } from './ground-attributes.js';
import { fillerShorthand, groundQuestion } from './ground-question.js';
import { evidenceOf, namesRoots } from './evidence-roots.js';
import { isUnknownWord } from './is-unknown-word.js';
import { measuredInUnits } from './measured-in-units.js';
import { maximumMeasure } from './maximum-measure.js';
import { heldNamedKinds, kindNamedWord } from './kind-named-word.js';
import { namesClosely } from './names-closely.js';
import { rowAttributePhrases } from './row-attribute-phrases.js';
import { selectsEveryColumn } from './selects-every-column.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { sqlShape } from './sql-shape.js';

/**
 * Why a query that ran still cannot answer the question: the request asks an attribute of each row of a kind ("Show each
 * analyst's annual salary", "average boarding time per airline", "the curator responsible for each exhibition") and the
 * answer fell back to every column of one table (`*`), while nothing near that table names the attribute closely: no
 * column or table of it or of the tables its keys join (by name, shorthand, a derived form or a WordNet synonym), no
 * comment defining one of their columns as it, no metric. An attribute measured by the rows' facts ("… per airline",
 * "… for each exhibition") may come from any linked table. A word elsewhere in the namespace (another table's column, a
 * code's explanation in a comment) does not put the attribute on these rows, and the `*` answer reads nothing for it.
 */
export function judgeUnheldAttribute(context: Context, vocabulary: NameVocabulary | undefined): string | undefined {
  const attempt = context.sql_attempts.at(-1);
  if (attempt?.executed !== true || context.table_schemas.length === 0) return undefined;
  const shape = sqlShape(attempt.sql);
  if (!selectsEveryColumn(shape) || shape.aggregates.size > 0 || shape.grouped) return undefined;
  const shown = firstFromTable(shape.code);
  const rows = context.table_schemas.filter((table) => bare(table.name) === shown);
  if (rows.length === 0) return undefined;
  const phrases = rowAttributePhrases(context.task.text);
  if (phrases.length === 0) return undefined;
  const grounded = (context.grounding ?? groundQuestion(context, vocabulary ?? [])).words;
  const metricRoots = namesRoots({ column: context.metrics.flatMap((metric) => [metric.name, ...metric.synonyms, ...metric.dimensions]) });
  const near = neighbourhood(context.table_schemas, rows) as TableSchema[];
  for (const phrase of phrases) {
    const measured = phrase.tie === 'per' || phrase.tie === 'for';
    const tables = measured ? context.table_schemas : near;
    const heads = commentHeads(tables);
    const heldKinds = heldNamedKinds(tables);
    const held = phrase.asked.every(
      (word, at) =>
        grounded.some((entry) => entry.word.offset === word.offset && entry.evidence === 'value') ||
        sqlReadsWord(word.text, shape.roots) ||
        // A word no dictionary knows ("hrs", "qty") may be a short or misspelt column name: too weak a sign to decline on.
        isUnknownWord(word.text) ||
        // "tot invoiced per town": "tot", a listed short form of "total", asks for a statistic, not an attribute.
        fillerShorthand(word.text) ||
        evidenceOf(word, metricRoots) !== undefined ||
        evidenceOf(word, tableNameRoots(tables)) !== undefined ||
        namesClosely(word, tables) ||
        heads.has(wordRoot(word.text)) ||
        timedBy(word, tables) ||
        measuredInUnits(word.text, tables) ||
        // "G-UMTN's basket capacity" where PAX_MAX is 'Most passengers the basket is certified for': the upper bound and its modifier.
        maximumMeasure(phrase.asked[at - 1]?.text, word.text, tables) ||
        (phrase.asked[at + 1] !== undefined && maximumMeasure(word.text, phrase.asked[at + 1]!.text, tables)) ||
        // "each base's phone number" where bases.tel is: a column of the kind the word names.
        kindNamedWord(word.text, heldKinds) !== undefined,
    );
    if (held) continue;
    const where = measured ? `the linked tables (${tables.map((table) => bare(table.name)).join(', ')})` : `${shown} or the tables its keys join`;
    const text = context.task.text.slice(phrase.words[0]!.offset, phrase.words.at(-1)!.offset + phrase.words.at(-1)!.text.length);
    return `nothing in ${where} records '${text}', which the question asks of each row; the query fell back to every column of ${shown}, so the data cannot answer this question`;
  }
  return undefined;
}

const bare = (name: string): string => name.split('.').at(-1)!.replace(/["`]/g, '').toLowerCase();
