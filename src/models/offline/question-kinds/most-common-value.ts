import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { PHRASE_STOP, phraseUntil } from '../phrase-after.js';
import { analyzeQuestion } from '../analyze-question.js';
import { measureAsked } from '../measure-asked.js';
import { emptySpec, ref } from '../query-spec.js';
import { questionWords } from '../question-words.js';
import { renderSql } from '../render-sql.js';
import { resolvePhrase } from '../resolve-phrase.js';
import { schemaMentions } from '../schema-mentions.js';
import type { KindCandidate } from './kind-candidate.js';

/** "most common return reason", "least frequent status": the column's values counted, the top one (or top n). */
export function mostCommonValue(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const text = context.task.text;
  const match = /\b(most|least) (common|frequent|usual|typical)\b(?:\s+(\d+))?/i.exec(text);
  if (!match) return undefined;
  const words = questionWords(text);
  const start = words.findIndex((w) => w.offset > match.index + match[0].length - 1);
  const phrase = phraseUntil(words.slice(start), (text) => PHRASE_STOP.has(text) || ['is', 'are', 'was', 'were', 'for', 'of', 'in', 'among'].includes(text));
  const target = resolvePhrase(phrase, schemaMentions(words, context.table_schemas), context.table_schemas);
  if (target?.kind !== 'column') return undefined;
  const spec = emptySpec(target.table);
  // The value is the answer; its count only when asked ("and how many times").
  const showCount = measureAsked(analyzeQuestion(text));
  spec.select = [{ expr: ref(target.table, target.column) }, ...(showCount ? [{ expr: 'COUNT(*)', alias: 'how_common' }] : [])];
  spec.where = [`${ref(target.table, target.column)} IS NOT NULL`];
  spec.groupBy = ['1'];
  spec.orderBy = [`COUNT(*) ${match[1]!.toLowerCase() === 'most' ? 'DESC' : 'ASC'}`, '1'];
  spec.limit = match[3] ? Number(match[3]) : 1;
  const rendered = renderSql(spec, context.table_schemas, dialect);
  return { sql: rendered.sql, tables: rendered.tables, explanation: [`counts each ${target.column} of ${target.table}`, `keeps the ${match[1]!.toLowerCase()} common`] };
}
