import type { AnswerCheck, Context, SqlAttempt } from '../context/context-schema.js';
import { answerFacts, type AnswerCheckRule, type NamespaceTables } from './answer-facts.js';
import { checkAmountShape } from './check-amount-shape.js';
import { checkAnswerEchoes } from './check-answer-echoes.js';
import { checkAnswerKind } from './check-answer-kind.js';
import { checkAskedAttribute } from './check-asked-attribute.js';
import { checkAskedDateShown } from './check-asked-date-shown.js';
import { checkAskedItems } from './check-asked-items.js';
import { checkAskedMeasures } from './check-asked-measures.js';
import { checkAverage } from './check-average.js';
import { checkAverageSubset } from './check-average-subset.js';
import { checkAveragedCount, checkGroupsFolded } from './check-averaged-count.js';
import { checkBoth } from './check-both.js';
import { checkFollowUpFragment } from './check-follow-up-fragment.js';
import { checkCalledOffRows } from './check-called-off-rows.js';
import { checkColumnsUsed } from './check-columns-used.js';
import { checkCodeByLetters } from './check-code-by-letters.js';
import { checkCodeKindLeftOut } from './check-code-kind-left-out.js';
import { checkBulkRowsCounted } from './check-bulk-rows-counted.js';
import { checkWordEveryRowHas } from './check-word-every-row-has.js';
import { checkComparison } from './check-comparison.js';
import { checkCommentedColumn } from './check-commented-column.js';
import { checkConditionEchoed } from './check-condition-echoed.js';
import { checkCoordinatedKind } from './check-coordinated-kind.js';
import { checkCountShape } from './check-count-shape.js';
import { checkCurrentState } from './check-current-state.js';
import { checkNullState } from './check-null-state.js';
import { checkCountedCompound } from './check-counted-compound.js';
import { checkCountedNoun } from './check-counted-noun.js';
import { checkCountedParticiple } from './check-counted-participle.js';
import { checkCountedQuantity } from './check-counted-quantity.js';
import { checkCountedUnexplained } from './check-counted-unexplained.js';
import { checkDatedBy } from './check-dated-by.js';
import { checkDescribedValues } from './check-described-values.js';
import { checkDistinct } from './check-distinct.js';
import { checkDoerChosen } from './check-doer-chosen.js';
import { checkDoerNamed } from './check-doer-named.js';
import { checkDroppedTerms } from './check-dropped-terms.js';
import { checkKeyCounted } from './check-key-counted.js';
import { checkKeyForName } from './check-key-for-name.js';
import { checkLastingState } from './check-lasting-state.js';
import { checkListedAggregate } from './check-listed-aggregate.js';
import { checkLiterals } from './check-literals.js';
import { checkProjection } from './check-projection.js';
import { checkEmptyResult } from './check-empty-result.js';
import { checkEventDate } from './check-event-date.js';
import { checkExistenceUnrestricted } from './check-existence-unrestricted.js';
import { checkEveryColumn } from './check-every-column.js';
import { checkFannedCount } from './check-fanned-count.js';
import { checkFannedSum } from './check-fanned-sum.js';
import { checkFilterElsewhere } from './check-filter-elsewhere.js';
import { checkFilterValues } from './check-filter-values.js';
import { checkGroupKeyCounted } from './check-group-key-counted.js';
import { checkGroupAttribute } from './check-group-attribute.js';
import { checkGroupRepeats } from './check-group-repeats.js';
import { checkGrouping } from './check-grouping.js';
import { checkMonthUnused } from './check-month-unused.js';
import { checkNameHalved } from './check-name-halved.js';
import { checkNamedRowCounted } from './check-named-row-counted.js';
import { checkNamedTables } from './check-named-tables.js';
import { checkNegatedValue } from './check-negated-value.js';
import { checkNegation } from './check-negation.js';
import { checkNestedPeriods } from './check-nested-periods.js';
import { checkOppositeCode } from './check-opposite-code.js';
import { checkOtherHeld } from './check-other-held.js';
import { checkOppositeColumn } from './check-opposite-column.js';
import { checkOwnNameValue } from './check-own-name-value.js';
import { checkOwnValueCompared } from './check-own-value-compared.js';
import { checkOwnedAttribute } from './check-owned-attribute.js';
import { checkPercent } from './check-percent.js';
import { checkPeriodSpent } from './check-period-spent.js';
import { checkRankedAge } from './check-ranked-age.js';
import { checkRateGrouped } from './check-rate-grouped.js';
import { checkRanking } from './check-ranking.js';
import { checkRepeatedRows } from './check-repeated-rows.js';
import { checkRepeatedValues } from './check-repeated-values.js';
import { checkRoleChosen } from './check-role-chosen.js';
import { checkRowsIdentified } from './check-rows-identified.js';
import { checkRowsNamed } from './check-rows-named.js';
import { checkShownKind } from './check-shown-kind.js';
import { checkShownRows } from './check-shown-rows.js';
import { checkSpelledColumn } from './check-spelled-column.js';
import { checkShareScope } from './check-share-scope.js';
import { checkSiblingCondition } from './check-sibling-condition.js';
import { checkStatedCondition } from './check-stated-condition.js';
import { checkStoredQuantity } from './check-stored-quantity.js';
import { checkStuffCosted } from './check-stuff-costed.js';
import { checkSummedLabel } from './check-summed-label.js';
import { checkTailItemsShown } from './check-tail-items-shown.js';
import { checkTieAtLimit } from './check-tie-at-limit.js';
import { checkTotalCounted } from './check-total-counted.js';
import { checkTwoSidedCount } from './check-two-sided-count.js';
import { checkUnaddressed } from './check-unaddressed.js';
import { checkUnaskedCount } from './check-unasked-count.js';
import { checkUnitsMeasure } from './check-units-measure.js';
import { checkUnlabelledAmounts } from './check-unlabelled-amounts.js';
import { checkUnreadCode } from './check-unread-code.js';
import { checkUnreadModifier } from './check-unread-modifier.js';
import { checkUnfilteredModifier } from './check-unfiltered-modifier.js';
import { checkUnreadState } from './check-unread-state.js';
import { checkUnrestrictedRows } from './check-unrestricted-rows.js';
import { checkUnreadNamedColumn } from './check-unread-named-column.js';
import { checkValueColumn } from './check-value-column.js';
import { checkValueNamedColumn } from './check-value-named-column.js';
import { checkValueReused } from './check-value-reused.js';
import { checkValueRoles } from './check-value-roles.js';

export const ANSWER_CHECKS: readonly AnswerCheckRule[] = [
  checkEmptyResult,
  checkExistenceUnrestricted,
  checkCountShape,
  checkUnaskedCount,
  checkCountedNoun,
  checkCountedUnexplained,
  checkFannedCount,
  checkFannedSum,
  checkSiblingCondition,
  checkCountedCompound,
  checkAmountShape,
  checkTotalCounted,
  checkSummedLabel,
  checkCountedParticiple,
  checkCountedQuantity,
  checkStoredQuantity,
  checkStuffCosted,
  checkDistinct,
  checkAverage,
  checkAverageSubset,
  checkGrouping,
  checkGroupKeyCounted,
  checkKeyCounted,
  checkNamedRowCounted,
  checkAveragedCount,
  checkGroupsFolded,
  checkGroupAttribute,
  checkGroupRepeats,
  checkRateGrouped,
  checkPeriodSpent,
  checkTwoSidedCount,
  checkAskedMeasures,
  checkComparison,
  checkOppositeColumn,
  checkOppositeCode,
  checkUnitsMeasure,
  checkPercent,
  checkShareScope,
  checkRanking,
  checkRankedAge,
  checkTieAtLimit,
  checkNegation,
  checkNegatedValue,
  checkOtherHeld,
  checkCoordinatedKind,
  checkFilterValues,
  checkDescribedValues,
  checkLiterals,
  checkProjection,
  checkOwnedAttribute,
  checkEveryColumn,
  checkUnrestrictedRows,
  checkUnreadModifier,
  checkUnfilteredModifier,
  checkAskedAttribute,
  checkAnswerKind,
  checkDoerChosen,
  checkDoerNamed,
  checkRoleChosen,
  checkAskedDateShown,
  checkRepeatedRows,
  checkRepeatedValues,
  checkShownRows,
  checkShownKind,
  checkConditionEchoed,
  checkAnswerEchoes,
  checkRowsNamed,
  checkRowsIdentified,
  checkNameHalved,
  checkListedAggregate,
  checkKeyForName,
  checkUnlabelledAmounts,
  checkBoth,
  checkValueRoles,
  checkValueReused,
  checkValueColumn,
  checkStatedCondition,
  checkLastingState,
  checkCurrentState,
  checkNullState,
  checkMonthUnused,
  checkNestedPeriods,
  checkFilterElsewhere,
  checkValueNamedColumn,
  checkEventDate,
  checkCalledOffRows,
  checkDatedBy,
  checkNamedTables,
  checkColumnsUsed,
  checkSpelledColumn,
  checkUnaddressed,
  checkDroppedTerms,
  checkCommentedColumn,
  checkUnreadNamedColumn,
  checkOwnValueCompared,
  checkUnreadCode,
  checkCodeKindLeftOut,
  checkCodeByLetters,
  checkBulkRowsCounted,
  checkWordEveryRowHas,
  checkUnreadState,
  checkAskedItems,
  checkTailItemsShown,
  checkOwnNameValue,
  checkFollowUpFragment,
];

/** The checks that apply to the question, run on an attempt that executed without error. */
export function runAnswerChecks(context: Context, attempt: SqlAttempt, tables?: NamespaceTables): AnswerCheck[] {
  const facts = answerFacts(context, attempt, tables);
  return ANSWER_CHECKS.map((check) => check(facts)).filter((result): result is AnswerCheck => result !== undefined);
}
