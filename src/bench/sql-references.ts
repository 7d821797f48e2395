/** Tables and their columns as the database has them, for resolving names the SQL uses. */
export interface CatalogShape {
  tables: Array<{ name: string; columns: string[] }>;
}

/** What a SELECT reads: catalog tables and "table.column" pairs (catalog spelling), and whether its output is ordered. */
export interface SqlReferences {
  tables: string[];
  columns: string[];
  ordered: boolean;
}

type TreeNode = Record<string, unknown>;

interface CatalogEntry {
  name: string;
  /** Lower-cased column name → catalog spelling. */
  columns: Map<string, string>;
}

/** A relation visible in a FROM clause: a catalog table, or a CTE or subquery (no catalog columns). */
interface Source {
  qualifier: string;
  table?: CatalogEntry;
}

type Scope = Source[];

const isNode = (value: unknown): value is TreeNode => value !== null && typeof value === 'object' && !Array.isArray(value);
const lower = (text: unknown): string => String(text ?? '').toLowerCase();

class ReferenceCollector {
  readonly tables = new Set<string>();
  readonly columns = new Set<string>();
  private readonly catalog = new Map<string, CatalogEntry>();

  constructor(shape: CatalogShape) {
    for (const table of shape.tables) {
      this.catalog.set(lower(table.name), {
        name: table.name,
        columns: new Map(table.columns.map((column) => [lower(column), column])),
      });
    }
  }

  query(node: unknown, outer: Scope[], ctes: ReadonlySet<string>): void {
    if (!isNode(node)) return;
    const visible = new Set(ctes);
    const cteMap = (node.cte_map as { map?: Array<{ key: string; value: { query?: { node?: unknown } } }> } | undefined)?.map ?? [];
    for (const entry of cteMap) {
      this.query(entry.value.query?.node, outer, visible);
      visible.add(lower(entry.key));
    }
    if (node.type === 'SELECT_NODE') {
      this.select(node, outer, visible);
    } else {
      // Set operations (and recursive CTEs): left/right, or a list of children in newer DuckDB versions.
      const branches = Array.isArray(node.children) ? node.children : [node.left, node.right];
      for (const branch of branches) this.query(branch, outer, visible);
    }
  }

  private select(node: TreeNode, outer: Scope[], ctes: ReadonlySet<string>): void {
    const scope: Scope = [];
    const joins: TreeNode[] = [];
    this.from(node.from_table, scope, joins, outer, ctes);
    const scopes = [scope, ...outer];
    for (const join of joins) {
      this.expression(join.condition, scopes, ctes);
      for (const column of (join.using_columns as string[] | undefined) ?? []) this.usingColumn(column, scope);
    }
    for (const part of [node.select_list, node.where_clause, node.group_expressions, node.having, node.qualify, node.modifiers]) {
      this.expression(part, scopes, ctes);
    }
  }

  private from(ref: unknown, scope: Scope, joins: TreeNode[], outer: Scope[], ctes: ReadonlySet<string>): void {
    if (!isNode(ref)) return;
    switch (ref.type) {
      case 'BASE_TABLE': {
        const name = lower(ref.table_name);
        const qualifier = lower(ref.alias) || name;
        const table = !ref.schema_name && ctes.has(name) ? undefined : this.catalog.get(name);
        if (table) this.tables.add(table.name);
        scope.push({ qualifier, table });
        return;
      }
      case 'JOIN':
        this.from(ref.left, scope, joins, outer, ctes);
        this.from(ref.right, scope, joins, outer, ctes);
        joins.push(ref);
        return;
      case 'SUBQUERY':
        this.query((ref.subquery as TreeNode | undefined)?.node, outer, ctes);
        scope.push({ qualifier: lower(ref.alias) });
        return;
      default:
        this.expression(ref, [scope, ...outer], ctes);
    }
  }

  private expression(value: unknown, scopes: Scope[], ctes: ReadonlySet<string>): void {
    if (Array.isArray(value)) {
      for (const item of value) this.expression(item, scopes, ctes);
      return;
    }
    if (!isNode(value)) return;
    if (value.class === 'SUBQUERY') {
      this.query((value.subquery as TreeNode | undefined)?.node, scopes, ctes);
      this.expression(value.child, scopes, ctes);
      return;
    }
    if (value.class === 'COLUMN_REF') {
      this.columnRef((value.column_names as string[]).map(lower), scopes);
      return;
    }
    if (value.class === 'STAR' && !value.expr && !value.columns) {
      this.star(lower(value.relation_name), scopes[0] ?? []);
    }
    for (const child of Object.values(value)) this.expression(child, scopes, ctes);
  }

  private columnRef(names: string[], scopes: Scope[]): void {
    const column = names.at(-1)!;
    if (names.length >= 2) {
      const qualifier = names.at(-2)!;
      for (const scope of scopes) {
        const source = scope.find((s) => s.qualifier === qualifier);
        if (!source) continue;
        this.addColumn(source.table, column);
        return;
      }
      return;
    }
    for (const scope of scopes) {
      const owners = scope.filter((source) => source.table?.columns.has(column));
      if (owners.length === 0) continue;
      for (const owner of owners) this.addColumn(owner.table, column);
      return;
    }
  }

  private usingColumn(column: string, scope: Scope): void {
    for (const source of scope) this.addColumn(source.table, lower(column));
  }

  private star(relation: string, scope: Scope): void {
    for (const source of scope) {
      if (!source.table || (relation && source.qualifier !== relation)) continue;
      for (const column of source.table.columns.keys()) this.addColumn(source.table, column);
    }
  }

  private addColumn(table: CatalogEntry | undefined, column: string): void {
    const spelled = table?.columns.get(column);
    if (table && spelled) this.columns.add(`${table.name}.${spelled}`);
  }
}

function isOrdered(node: unknown): boolean {
  if (!isNode(node)) return false;
  const modifiers = (node.modifiers as TreeNode[] | undefined) ?? [];
  return modifiers.some((modifier) => modifier.type === 'ORDER_MODIFIER' && ((modifier.orders as unknown[]) ?? []).length > 0);
}

/**
 * Walks a statement from json_serialize_sql with SQL's scoping (aliases per SELECT, subqueries seeing outer
 * aliases, CTE names shadowing tables) and resolves every column reference against the catalog.
 * Names that are not catalog columns (output aliases, CTE columns) are left out; `*` counts every column it expands to.
 */
export function sqlReferences(statement: Record<string, unknown>, catalog: CatalogShape): SqlReferences {
  const collector = new ReferenceCollector(catalog);
  collector.query(statement.node, [], new Set());
  return {
    tables: [...collector.tables].sort(),
    columns: [...collector.columns].sort(),
    ordered: isOrdered(statement.node),
  };
}
