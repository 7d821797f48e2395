import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { analyzeQuestion } from '../analyze-question.js';
import { planQuery } from '../plan-query.js';
import { renderSql } from '../render-sql.js';
import type { KindCandidate } from './kind-candidate.js';
import { measureSelect } from './measure-select.js';

/** "average items per order", "on average how many orders per customer": the average of per-group counts, over a grouped sub-query. */
export function averagePerGroup(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const analysis = analyzeQuestion(context.task.text);
  const asksAverage = analysis.aggregate?.kind === 'avg' || /\bon average\b/i.test(context.task.text);
  if (!asksAverage || analysis.grain || !analysis.byPhrases.some((p) => p.keyword === 'per' || p.keyword.endsWith('each'))) return undefined;
  const planned = planQuery(context, analysis, dialect);
  const item = measureSelect(planned);
  if (!item || !/^COUNT\(/i.test(item.expr) || planned.groupAliases.length === 0) return undefined;
  const inner = renderSql({ ...planned.spec, orderBy: [], limit: undefined }, context.table_schemas, dialect);
  const alias = dialect.identifier(item.alias!);
  const outer = `SELECT AVG(${alias}) AS ${dialect.identifier(`average_${item.alias}`)}\nFROM (\n${inner.sql}\n) per_group`;
  return { sql: outer, tables: inner.tables, explanation: [...planned.explanation, `averaged over the groups`] };
}
