import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { aboveAverage } from './above-average.js';
import { antiJoin } from './anti-join.js';
import { apartComparisons } from './apart-comparisons.js';
import { joinedClauses } from './joined-clauses.js';
import { countCondition } from './count-condition.js';
import { bothValues } from './both-values.js';
import { valuesApart } from './values-apart.js';
import { shareOfTotal } from './share-of-total.js';
import { averagePerGroup } from './average-per-group.js';
import { sideBySide } from './side-by-side.js';
import { periodComparison } from './period-comparison.js';
import { calendarPart } from './calendar-part.js';
import { mostCommonValue } from './most-common-value.js';
import { topPerGroup } from './top-per-group.js';
import { periodGrowth } from './period-growth.js';
import { daysBetween } from './days-between.js';
import type { KindCandidate } from './kind-candidate.js';
import { twoRoles } from './two-roles.js';
import { relatedDistinctCount } from './related-distinct-count.js';
import { semiJoin } from './semi-join.js';

const KINDS: Array<(context: Context, dialect: SqlDialect) => KindCandidate | undefined> = [
  joinedClauses,
  antiJoin,
  aboveAverage,
  countCondition,
  bothValues,
  valuesApart,
  apartComparisons,
  twoRoles,
  relatedDistinctCount,
  semiJoin,
  daysBetween,
  periodGrowth,
  shareOfTotal,
  averagePerGroup,
  periodComparison,
  sideBySide,
  calendarPart,
  mostCommonValue,
  topPerGroup,
];

/** SQL for a question of a kind the plain planner gets wrong (anti-joins, shares, comparisons, ...), when one fits. */
export function readQuestionKind(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  for (const kind of KINDS) {
    const found = kind(context, dialect);
    if (found) return found;
  }
  return undefined;
}
