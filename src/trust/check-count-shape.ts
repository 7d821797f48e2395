import { isFlagType } from '../catalog/is-flag-type.js';
import { nounAncestors } from '../lexicon/noun-ancestors.js';
import { isMoneyColumn } from '../models/offline/money-measure.js';
import { isMeasureColumn } from '../models/offline/schema-lookup.js';
import { isPassiveAgent } from '../models/offline/passive-agent.js';
import type { AnswerCheckRule, AnswerFacts } from './answer-facts.js';
import { groupPhrases } from './group-phrases.js';
import { groupedNodes } from './grouped-nodes.js';
import { aggregateOf, columnOf, columnsUnder, type OuterSelectTree, type TreeColumn } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';

/** "# eps published per show": the number sign before a noun is "number of" (before a digit it is a label: "order #12"). */
const ASKS_COUNT = /\b(how many|number of|count of|count the|count how)\b|^\s*count\b|(?:^|\s)#\s*(?=[a-z])/i;
/** "the match with the greatest number of minutes" picks a row by a count; it does not ask for the count. */
const RANKS_BY_COUNT = /\b(greatest|largest|highest|biggest|most|smallest|lowest|least|fewest|maximum|minimum|max|min)\s+(?:total\s+)?(?:number|count)\s+of\b/i;

const ASKS_DISTINCT = /\b(distinct|different|unique)\b/i;
/** "At which centre did pupils pass most often?", "how frequently", "the most times": occurrences, not distinct things. */
const ASKS_OCCURRENCES = /\b(?:how|most|least|more|less)\s+(?:often|frequently)\b|\b(?:most|fewest|least)\s+times\b/i;

/** "How many …" wants a count, not the rows themselves: one row of several columns is a listing, not a number. */
export const checkCountShape: AnswerCheckRule = (facts) => {
  const { question, analysis, attempt, sql } = facts;
  if (ASKS_OCCURRENCES.test(question) && !ASKS_DISTINCT.test(question) && /\bcount\s*\(\s*distinct\b/i.test(sql.code)) {
    const asked = ASKS_OCCURRENCES.exec(question)![0].toLowerCase();
    return { name: 'count_shape', passed: false, detail: `the question asks "${asked}", how many times, but the SQL counts distinct things instead of the occurrences` };
  }
  if (analysis.aggregate?.kind !== 'count' && !ASKS_COUNT.test(question)) return undefined;
  if (RANKS_BY_COUNT.test(question) && !/\bhow many\b/i.test(question)) return undefined;
  const counted = sql.aggregates.has('count') || sql.aggregates.has('sum');
  // "How many times were bikes rented": occurrences, which counting distinct things undercounts.
  if (/\bhow many times\b/i.test(question) && /\bcount\s*\(\s*distinct\b/.test(sql.code)) {
    return { name: 'count_shape', passed: false, detail: 'the question asks how many times, but the SQL counts distinct things instead of the occurrences' };
  }
  const flag = countedFlag(facts);
  if (flag) return { name: 'count_shape', passed: false, detail: `the SQL counts the distinct values of ${flag}, a yes/no column (two at most), not the rows where it holds` };
  const quantity = countedQuantity(facts);
  if (quantity && !ASKS_DISTINCT.test(question)) {
    return { name: 'count_shape', passed: false, detail: `the SQL counts the distinct values of ${quantity}, a quantity the question asks to add up` };
  }
  const money = addedMoney(facts);
  if (money) return { name: 'count_shape', passed: false, detail: `the question asks how many, but the SQL adds up money (${money}) instead of counting` };
  const doer = groupedByDoer(facts);
  if (doer) return { name: 'count_shape', passed: false, detail: `the question asks how many, and "by ${doer}" names who did it, but the SQL groups the count instead of giving one number` };
  const oneValue = attempt.row_count === 0 || (attempt.row_count === 1 && attempt.columns.length === 1);
  if (counted && (oneValue || selectsCount(facts.tree))) return { name: 'count_shape', passed: true, detail: 'the SQL counts' };
  if (oneValue) return { name: 'count_shape', passed: true, detail: 'the answer is one value' };
  const listed = attempt.row_count === 1 ? `a row of ${attempt.columns.length} columns` : `${attempt.row_count}${attempt.truncated ? '+' : ''} rows`;
  return { name: 'count_shape', passed: false, detail: `the question asks how many, but the answer lists ${listed} instead of counting them` };
};

/**
 * "How many orders were placed in 2014 by customers from California?": "by" after a passive names the doer, so a
 * count the outer query groups (a row per customer) answers a breakdown nobody asked for. The doer's first word, when
 * the question asks no grouping of its own.
 */
function groupedByDoer({ analysis, tree }: AnswerFacts): string | undefined {
  if (!tree || groupedNodes(tree).length === 0 || groupPhrases(analysis).length > 0) return undefined;
  const by = analysis.words.findIndex((word, i) => word.text === 'by' && isPassiveAgent(analysis.words, i));
  return by >= 0 ? analysis.words[by + 1]?.text : undefined;
}

/**
 * Whether the outer query shows a count or a total. "How many courses have at least one section?" answered by
 * `SELECT course_id ... HAVING COUNT(*) >= 1` counts only to pick the rows it then lists. Unread (no tree, or a set
 * operation): no doubt raised.
 */
function selectsCount(tree: OuterSelectTree | undefined): boolean {
  return !tree || aggregateCalls(tree.selectList, true).some((call) => call.name === 'count' || call.name === 'sum');
}

/** The aggregate calls under a node (window aggregates included), and inside subqueries when `nested`. */
function aggregateCalls(node: unknown, nested: boolean, found: Array<NonNullable<ReturnType<typeof aggregateOf>>> = []) {
  if (Array.isArray(node)) node.forEach((item) => aggregateCalls(item, nested, found));
  else if (node && typeof node === 'object' && (nested || (node as TreeNode).class !== 'SUBQUERY')) {
    const call = aggregateOf(node as TreeNode) ?? windowAggregate(node as TreeNode);
    if (call) found.push(call);
    Object.values(node).forEach((value) => aggregateCalls(value, nested, found));
  }
  return found;
}

/** `COUNT(*) OVER (…)` read as the aggregate it applies. */
function windowAggregate(node: TreeNode): ReturnType<typeof aggregateOf> {
  return node.class === 'WINDOW' ? aggregateOf({ ...node, class: 'FUNCTION' }) : undefined;
}

/** The columns the outer query counts by their distinct values: COUNT(DISTINCT t.col). */
function countedDistinctColumns(tree: OuterSelectTree | undefined): TreeColumn[] {
  if (!tree) return [];
  return aggregateCalls(tree.clauses, true).flatMap((call) => {
    const column = call.name === 'count' && call.distinct ? columnOf(call.argument) : undefined;
    return column ? [column] : [];
  });
}

/** "How many smokers are on the list?" answered by COUNT(DISTINCT smoker): a yes/no column counted by its values. */
function countedFlag({ tree, context }: AnswerFacts): string | undefined {
  for (const { owner, column: name } of countedDistinctColumns(tree)) {
    const column = namedColumn(context, owner, name);
    if (column && isFlagType(column.type)) return owner ? `${owner}.${name}` : name;
  }
  return undefined;
}

/** The column `name` of the table a qualifier names, or of any linked table when there is none (an alias names no table). */
function namedColumn(context: AnswerFacts['context'], table: string | undefined, name: string) {
  const named = context.table_schemas.filter((t) => t.name.toLowerCase() === table || t.name.toLowerCase().endsWith(`.${table}`));
  return (named.length > 0 ? named : context.table_schemas).flatMap((t) => t.columns).find((c) => c.name.toLowerCase() === name);
}

/** "How many hours did Kim log" answered by COUNT(DISTINCT hours): a quantity column counted by its distinct values. */
function countedQuantity({ tree, context }: AnswerFacts): string | undefined {
  for (const { owner, column: name } of countedDistinctColumns(tree)) {
    const column = namedColumn(context, owner, name);
    if (column && isMeasureColumn(column)) return owner ? `${owner}.${name}` : name;
  }
  return undefined;
}

/**
 * "How many refunds did we issue?" answered by SUM(refund_amount): "how many" counts things; money is "how much",
 * unless the things counted are money's units ("how many dollars"). The money column added up, when that is all the
 * SQL does.
 */
function addedMoney({ question, sql, context, tree }: AnswerFacts): string | undefined {
  const asked = /\bhow many\s+([a-z]+)/i.exec(question);
  if (!asked || !tree || sql.aggregates.has('count') || !sql.aggregates.has('sum') || nounAncestors(asked[1]!.toLowerCase()).has('monetary_unit')) return undefined;
  const columns = context.table_schemas.flatMap((table) => table.columns);
  for (const call of aggregateCalls(tree.clauses, true).filter((found) => found.name === 'sum')) {
    const names = columnsUnder(call.argument).map((ref) => ref.column);
    const column = names.map((name) => columns.find((c) => c.name.toLowerCase() === name)).find((c) => c && isMoneyColumn(c));
    if (column) return column.name;
  }
  return undefined;
}
