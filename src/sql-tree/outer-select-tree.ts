import type { TreeNode } from './statement-tree.js';

/** A table the outer FROM reads, by its bare name and the name the query calls it (its alias, else its name), lower case. */
export interface TreeTable {
  name: string;
  alias: string;
}

/** A column reference written in the query: the table or alias before it (if any) and the column, lower case. */
export interface TreeColumn {
  owner?: string;
  column: string;
}

/** An equality between two columns in a JOIN's ON (or USING) or the outer WHERE: how the tables are tied. */
export interface TreeJoin {
  left: TreeColumn;
  right: TreeColumn;
}

/** What the outer SELECT of a parsed statement says, read from DuckDB's tree (json_serialize_sql) rather than its text. */
export interface OuterSelectTree {
  /** Base tables of the outer FROM (joins flattened); a subquery in FROM is not among them. */
  tables: TreeTable[];
  /** The FROM holds something other than base tables and joins (a subquery, a function). */
  fromOther: boolean;
  selectList: TreeNode[];
  joins: TreeJoin[];
  where?: TreeNode;
  groupBy: TreeNode[];
  having?: TreeNode;
  /** Every clause's node, for collecting the columns the query reads anywhere in the outer SELECT. */
  clauses: TreeNode[];
  /** SELECT DISTINCT. */
  distinct: boolean;
}

const AGGREGATES = new Set(['sum', 'avg', 'mean', 'count', 'count_star', 'min', 'max', 'median']);

/** The outer SELECT of a serialized statement; undefined for a set operation or anything not a plain SELECT. */
export function outerSelectTree(statement: TreeNode | undefined): OuterSelectTree | undefined {
  const node = statement?.node as TreeNode | undefined;
  if (node?.type !== 'SELECT_NODE') return undefined;
  const tables: TreeTable[] = [];
  const joins: TreeJoin[] = [];
  let fromOther = false;
  const walkFrom = (from: TreeNode | undefined): void => {
    if (!from || from.type === 'EMPTY') return;
    if (from.type === 'BASE_TABLE') {
      const name = String(from.table_name).toLowerCase();
      tables.push({ name, alias: String(from.alias || name).toLowerCase() });
    } else if (from.type === 'JOIN') {
      walkFrom(from.left as TreeNode);
      walkFrom(from.right as TreeNode);
      joins.push(...equalities(from.condition as TreeNode | undefined));
      for (const column of (from.using_columns as string[] | undefined) ?? []) {
        const left = lastTable(from.left as TreeNode);
        const right = lastTable(from.right as TreeNode);
        if (left && right) joins.push({ left: { owner: left, column: column.toLowerCase() }, right: { owner: right, column: column.toLowerCase() } });
      }
    } else fromOther = true;
  };
  walkFrom(node.from_table as TreeNode | undefined);
  const where = (node.where_clause as TreeNode | null) ?? undefined;
  joins.push(...equalities(where));
  const modifiers = (node.modifiers as TreeNode[] | undefined) ?? [];
  const selectList = (node.select_list as TreeNode[] | undefined) ?? [];
  const groupBy = (node.group_expressions as TreeNode[] | undefined) ?? [];
  const having = (node.having as TreeNode | null) ?? undefined;
  return {
    tables,
    fromOther,
    selectList,
    joins,
    ...(where ? { where } : {}),
    groupBy,
    ...(having ? { having } : {}),
    clauses: [...selectList, ...(where ? [where] : []), ...groupBy, ...(having ? [having] : []), ...modifiers, (node.from_table as TreeNode) ?? {}],
    distinct: modifiers.some((modifier) => modifier.type === 'DISTINCT_MODIFIER'),
  };
}

/** The alias of the right-most base table of a FROM subtree (the table a USING column belongs to on that side). */
function lastTable(from: TreeNode): string | undefined {
  if (from.type === 'BASE_TABLE') return String(from.alias || from.table_name).toLowerCase();
  if (from.type === 'JOIN') return lastTable(from.right as TreeNode);
  return undefined;
}

/** The column = column comparisons of a condition's top-level AND. */
function equalities(condition: TreeNode | undefined): TreeJoin[] {
  if (!condition) return [];
  if (condition.type === 'CONJUNCTION_AND') return ((condition.children as TreeNode[]) ?? []).flatMap(equalities);
  if (condition.type !== 'COMPARE_EQUAL') return [];
  const left = columnOf(condition.left as TreeNode);
  const right = columnOf(condition.right as TreeNode);
  return left && right ? [{ left, right }] : [];
}

/** The column a node names when it is a bare column reference. */
export function columnOf(node: TreeNode | undefined): TreeColumn | undefined {
  if (node?.class !== 'COLUMN_REF') return undefined;
  const names = (node.column_names as string[]).map((name) => name.toLowerCase());
  const column = names.at(-1)!;
  return names.length > 1 ? { owner: names.at(-2)!, column } : { column };
}

/**
 * Every column reference under a node, subqueries included (their correlated references read the outer tables). A list
 * of clauses is read once while it is one of the last two asked about: a parse tree is never changed after parsing,
 * and some twenty answer checks, run one after another, ask of the same `tree.clauses`. Callers must not change it.
 */
export function columnsUnder(node: unknown): readonly TreeColumn[] {
  if (!Array.isArray(node)) return readColumnsUnder(node);
  const at = recentLists.indexOf(node);
  if (at >= 0) return recentColumns[at]!;
  const found = readColumnsUnder(node);
  recentLists.unshift(node);
  recentColumns.unshift(found);
  recentLists.length = recentColumns.length = Math.min(recentLists.length, 2);
  return found;
}

const recentLists: unknown[][] = [];
const recentColumns: Array<readonly TreeColumn[]> = [];

function readColumnsUnder(node: unknown): TreeColumn[] {
  const found: TreeColumn[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const column = columnOf(value as TreeNode);
      if (column) found.push(column);
      else Object.values(value).forEach(visit);
    }
  };
  visit(node);
  return found;
}

/** The aggregate a node is (`sum`, `count` …), when it is a call of one; `distinct` when written `SUM(DISTINCT …)`. */
export function aggregateOf(node: TreeNode | undefined): { name: string; distinct: boolean; argument?: TreeNode } | undefined {
  if (node?.class !== 'FUNCTION') return undefined;
  const name = String(node.function_name).toLowerCase();
  if (!AGGREGATES.has(name)) return undefined;
  const argument = ((node.children as TreeNode[] | undefined) ?? [])[0];
  return { name: name === 'mean' ? 'avg' : name === 'count_star' ? 'count' : name, distinct: node.distinct === true, ...(argument ? { argument } : {}) };
}

/** Whether a node is or holds an aggregate call outside a subquery. */
export function holdsAggregate(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(holdsAggregate);
  if (!node || typeof node !== 'object') return false;
  if ((node as TreeNode).class === 'SUBQUERY') return false;
  if (aggregateOf(node as TreeNode)) return true;
  return Object.values(node).some(holdsAggregate);
}
