import type { Context } from '../../context/context-schema.js';
import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import type { GeneratedSql } from '../sql-model.js';
import { analyzeQuestion } from './analyze-question.js';
import { asExistence, asksWhetherAnyExist } from './existence-question.js';
import { planQuery, type PlannedQuery } from './plan-query.js';
import { renderSql } from './render-sql.js';
import { asksForSeasonalAdjustment, findSeasonalDefinition, seasonallyAdjust } from './seasonal-adjustment.js';
import { sameSql } from './same-sql.js';
import { sqlIdentifier } from './sql-identifier.js';
import { readQuestionKind } from './question-kinds/read-question-kind.js';

interface Candidate {
  sql: string;
  /** Rows shown when nothing better could be written: the likeliest table's, or the plan's without its filters. */
  guess?: boolean;
  tables: string[];
  explanation: string[];
}

/** Question → SQL from the context alone. Deterministic; never returns SQL that already failed when an alternative exists. */
export function generateSql(context: Context, dialect: SqlDialect = duckdbDialect): GeneratedSql {
  const analysis = analyzeQuestion(context.task.text);
  const seasonal = asksForSeasonalAdjustment(analysis) ? findSeasonalDefinition(context.doc_passages) : undefined;
  if (seasonal && !analysis.grain) analysis.grain = { grain: seasonal.period, at: -1 };
  const planned = planQuery(context, analysis, dialect);

  // In order of preference, each written only if every earlier one already failed (most questions take the first).
  const candidates: Array<() => Candidate | undefined> = [
    () => {
      const adjusted = seasonal ? seasonallyAdjust(planned, seasonal, context.table_schemas, dialect) : undefined;
      return adjusted && { sql: adjusted.sql, tables: adjusted.tables, explanation: [...planned.explanation, adjusted.explanation] };
    },
    () => readQuestionKind(context, dialect),
    () => render(planned, context, dialect),
    () => {
      if (planned.spec.where.length === 0) return undefined;
      const loose = { ...planned, spec: { ...planned.spec, where: [] } };
      return { ...render(loose, context, dialect), guess: true, explanation: [...planned.explanation, 'without filters, since the filtered query failed before'] };
    },
    () => {
      const top = [...context.table_schemas].sort((a, b) => b.score - a.score)[0];
      return top && {
        sql: `SELECT * FROM ${sqlIdentifier(top.name, dialect)} ${dialect.limit(100)}`,
        tables: [top.name],
        guess: true,
        explanation: [`showing rows of ${top.name}, the most relevant table, since the earlier queries failed`],
      };
    },
  ];

  const failed = context.sql_attempts.filter((a) => a.error !== undefined).map((a) => a.sql);
  let first: Candidate | undefined;
  let chosen: Candidate | undefined;
  for (const write of candidates) {
    const candidate = write();
    if (!candidate) continue;
    first ??= candidate;
    if (!failed.some((sql) => sameSql(sql, candidate.sql))) {
      chosen = candidate;
      break;
    }
  }
  chosen ??= first!;
  // A guess's rows say nothing about whether the rows asked about exist.
  if (asksWhetherAnyExist(context.task.text) && chosen.tables.length > 0 && !chosen.guess) {
    const sql = asExistence(chosen.sql);
    if (sql !== chosen.sql) chosen = { ...chosen, sql, explanation: [...chosen.explanation, 'answers whether any such row exists (COUNT(*) > 0)'] };
  }
  return { sql: chosen.sql, explanation: sentence(chosen.explanation), tables_used: chosen.tables };
}

function render(planned: PlannedQuery, context: Context, dialect: SqlDialect): Candidate {
  const rendered = renderSql(planned.spec, context.table_schemas, dialect);
  const explanation = [...planned.explanation];
  if (rendered.unreachable.length > 0) explanation.push(`no join path to ${rendered.unreachable.join(', ')}, left out`);
  return { sql: rendered.sql, tables: rendered.tables, explanation, guess: !planned.mapped };
}

function sentence(parts: readonly string[]): string {
  const text = parts.filter(Boolean).join('; ');
  return text.length > 0 ? `${text[0]!.toUpperCase()}${text.slice(1)}.` : '';
}
