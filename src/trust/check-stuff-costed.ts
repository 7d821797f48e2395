import { nounAncestors } from '../lexicon/noun-ancestors.js';
import { isMoneyColumn } from '../models/offline/money-measure.js';
import { isMeasureColumn } from '../models/offline/schema-lookup.js';
import { wordRoot } from '../models/offline/word-root.js';
import { aggregateOf, columnOf } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { treeColumnSchema } from './tree-column-schema.js';

/** "How much ink …": the noun right after "how much". */
const HOW_MUCH_NOUN = /\bhow\s+much\s+([a-z]+)\b/i;
/** WordNet kinds of money: a noun filed under any of them is an amount of money ("rent", "fees", "revenue", "tips"). */
const MONEY_KINDS = ['money', 'sum_of_money', 'amount_of_money', 'cost', 'payment', 'charge', 'income', 'financial_gain', 'fee', 'outlay', 'assets', 'fringe_benefit', 'earnings', 'price'];

/**
 * "How much ink did each studio order?" answered by `SUM(supplies.cost_gbp)`: "how much" before a noun WordNet files
 * under matter or substance (ink, flour, milk, fuel) and under no kind of money asks for a quantity of that stuff, so
 * money added up (a money column whose name does not say the noun) while the table it comes from also keeps a
 * quantity that is no money (qty) answers what it cost instead. "How much rent …", "How much ink money …" pass.
 */
export const checkStuffCosted: AnswerCheckRule = ({ question, tree, context }) => {
  const asked = HOW_MUCH_NOUN.exec(question);
  if (!asked || !tree) return undefined;
  const noun = asked[1]!.toLowerCase();
  const kinds = nounAncestors(noun);
  if (!(kinds.has('matter') || kinds.has('substance')) || MONEY_KINDS.some((kind) => kinds.has(kind))) return undefined;
  for (const item of tree.selectList) {
    const aggregate = aggregateOf(item);
    const ref = aggregate?.name === 'sum' ? columnOf(aggregate.argument) : undefined;
    const resolved = ref ? treeColumnSchema(tree, context.table_schemas, ref) : undefined;
    if (!resolved || !isMoneyColumn(resolved.column)) continue;
    if (resolved.column.name.toLowerCase().split(/[^a-z]+/).some((part) => wordRoot(part) === wordRoot(noun))) continue;
    const quantity = resolved.table.columns.find((column) => column !== resolved.column && isMeasureColumn(column) && !isMoneyColumn(column));
    if (!quantity) continue;
    return {
      name: 'stuff_costed',
      passed: false,
      detail: `the question asks how much ${noun}, a quantity of it, but the SQL adds up money (${resolved.column.name}) where ${resolved.table.name}.${quantity.name} keeps a quantity`,
    };
  }
  return undefined;
};
