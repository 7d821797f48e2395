import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { antiJoin } from './anti-join.js';
import type { KindCandidate } from './kind-candidate.js';

const KINDS: Array<(context: Context, dialect: SqlDialect) => KindCandidate | undefined> = [antiJoin];

/** SQL for a question of a kind the plain planner gets wrong (anti-joins, shares, comparisons, ...), when one fits. */
export function readQuestionKind(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  for (const kind of KINDS) {
    const found = kind(context, dialect);
    if (found) return found;
  }
  return undefined;
}
