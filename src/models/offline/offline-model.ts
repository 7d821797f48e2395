import { dialectFor } from '../../dialects/dialect-for.js';
import { adaptConfirmedExample } from '../../examples/adapt-confirmed-example.js';
import type { SqlModel } from '../sql-model.js';
import { compareResults } from './compare-results.js';
import { fixSql } from './fix-sql.js';
import { generateSql } from './generate-sql.js';
import { reflectOnAttempt } from './reflect-on-attempt.js';

/** The deterministic model used when no LLM is configured: it reads only the context, never the database. */
export function createOfflineModel(): SqlModel {
  return {
    name: 'offline',
    generateSql: async (context, options) => (
      options.signal.throwIfAborted(), adaptConfirmedExample(context) ?? generateSql(context, dialectFor(options.dialect))
    ),
    reflect: async (context, options) => (options.signal.throwIfAborted(), reflectOnAttempt(context, options.strategies)),
    fix: async (context, options) => (options.signal.throwIfAborted(), fixSql(context, maxRows(options.parameters), dialectFor(options.dialect))),
    compare: async (context, options) => (options.signal.throwIfAborted(), compareResults(context)),
  };
}

function maxRows(parameters: Record<string, unknown> | undefined): number | undefined {
  const value = parameters?.['max_rows'] ?? parameters?.['limit'];
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
