import type { TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { aggregateOf, columnsUnder, type TreeColumn } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { treeColumnSchema, type ResolvedColumn } from './tree-column-schema.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/**
 * "How many purchases came through the app?" answered by counting orders JOIN customers JOIN user_activity WHERE
 * event_type = 'purchase': user_activity reaches the orders only through the customer both belong to, so its
 * condition keeps every order of a customer who did that once, whatever the order was. A condition on a sibling table
 * (it and the counted table both refer to one parent, and it is not tied to the counted table itself) is a condition
 * on the parent, which the question would name ("orders of customers who …"); it names no word of that table.
 */
export const checkSiblingCondition: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree || !tree.where) return undefined;
  const resolve = (ref: TreeColumn) => treeColumnSchema(tree, context.table_schemas, ref);
  const aggregated = tree.selectList.flatMap((item) => {
    const aggregate = aggregateOf(item);
    if (!aggregate) return [];
    const columns = columnsUnder(aggregate.argument).map(resolve);
    if (columns.length === 0 && aggregate.name === 'count' && tree.tables.length > 0) {
      const first = context.table_schemas.find((schema) => bareName(schema.name) === tree.tables[0]!.name);
      return first ? [first] : [];
    }
    return columns.length > 0 && columns.every((c) => c !== undefined && c.table === columns[0]!.table) ? [columns[0]!.table] : [];
  });
  // "What colour ink was used in each session?" lists sessions: with nothing aggregated, the table the answer's columns are of.
  const listed = aggregated.length === 0 ? answeredTable(tree.selectList.flatMap((item) => columnsUnder(item)).map(resolve)) : undefined;
  const counted = aggregated[0] ?? listed;
  if (!counted || aggregated.some((table) => table !== counted)) return undefined;
  const links = tree.joins.flatMap((join) => {
    const [left, right] = [resolve(join.left), resolve(join.right)];
    return left && right && left.table !== right.table ? [{ left, right }] : [];
  });
  const tied = (a: TableSchema, b: TableSchema) => links.some((link) => (link.left.table === a && link.right.table === b) || (link.left.table === b && link.right.table === a));
  /** The key side of a link: its column is the table's one primary key, or the other side refers to it. */
  const parentOf = (child: TableSchema) =>
    links.flatMap((link) => {
      const pairs: Array<[ResolvedColumn, ResolvedColumn]> = [[link.left, link.right], [link.right, link.left]];
      return pairs.filter(([c, p]) => c.table === child && isParentKey(c, p)).map(([, p]) => p.table);
    });
  const whereColumns = columnsUnder(tree.where).map(resolve);
  const joinColumns = links.flatMap((link) => [link.left, link.right]);
  const ownConditions = (table: TableSchema) =>
    whereColumns.filter((c) => c?.table === table && !joinColumns.some((j) => j.table === c.table && j.column === c.column));
  const words = new Set(questionWords(question).map((word) => wordRoot(word.text)));
  const named = (table: TableSchema) => tableNameWords(table.name).some((part) => words.has(wordRoot(part)));
  // The counted table's parents, their parents and so on: "wedding cakes" counted as special_orders JOIN shops JOIN
  // weekly_sales JOIN products reach products only through the shop, two steps up from the counted rows.
  const above = new Set<TableSchema>();
  const climb = (table: TableSchema) => parentOf(table).forEach((up) => !above.has(up) && up !== counted && (above.add(up), climb(up)));
  climb(counted);
  for (const parent of above) {
    if (named(parent)) continue;
    for (const sibling of context.table_schemas) {
      if (sibling === counted || above.has(sibling) || tied(sibling, counted) || !parentOf(sibling).includes(parent) || named(sibling)) continue;
      // The sibling and the tables it refers to on its own (weekly_sales, then products), none the counted rows reach.
      const branch = new Set<TableSchema>([sibling]);
      const widen = (table: TableSchema) => parentOf(table).forEach((up) => !branch.has(up) && !above.has(up) && up !== counted && (branch.add(up), widen(up)));
      widen(sibling);
      const held = [...branch].find((table) => ownConditions(table).length > 0 && (table === sibling || !named(table)));
      if (!held) continue;
      const condition = ownConditions(held).map((c) => `${bareName(held.name)}.${c!.column.name}`);
      return {
        name: 'sibling_condition',
        passed: false,
        detail: `the condition on ${[...new Set(condition)].join(', ')} reaches ${bareName(counted.name)} only through their ${bareName(parent.name)}: it keeps every ${bareName(counted.name)} row of a ${bareName(parent.name)} with such a row, and the question names no ${bareName(parent.name)}`,
      };
    }
  }
  return undefined;
};

/** The one table every resolved column of the answer is of. */
function answeredTable(columns: ReadonlyArray<ResolvedColumn | undefined>): TableSchema | undefined {
  const first = columns[0];
  return first && columns.every((c) => c?.table === first.table) ? first.table : undefined;
}

function isParentKey(child: ResolvedColumn, parent: ResolvedColumn): boolean {
  const single = (table: TableSchema) => table.columns.filter((c) => c.primary_key).length === 1;
  const refers = child.column.references?.toLowerCase() === `${bareName(parent.table.name)}.${parent.column.name.toLowerCase()}`;
  const parentKey = parent.column.primary_key && single(parent.table);
  const childKey = child.column.primary_key && single(child.table);
  return (refers || parentKey) && !childKey;
}
