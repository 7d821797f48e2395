import type { CatalogColumn, CatalogTable, Connector } from '../connectors/connector.js';
import { quoteIdentifier } from './quote-identifier.js';
import { joinKeyCandidates, type JoinKeyCandidate } from './join-key-candidates.js';

export interface JoinKeyInferenceOptions {
  /** performance.now() after which no further check starts (and none runs past it). */
  deadline: number;
  /** Longest any one check may run. */
  timeoutMs: number;
  /** Checks at most this many candidate pairs, best named first. */
  maxCandidates?: number;
  /** A catalog with more tables infers nothing: a warehouse's cold start stays as fast as before. */
  maxTables?: number;
  signal?: AbortSignal;
}

const MAX_CANDIDATES = 100;
const MAX_TABLES = 1_000;

/**
 * The tables with a `references` (marked `references_inferred`) on each column that declares none but whose
 * non-null values all lie in a unique column of another table its name points at: `flights.airline` in
 * `airlines.uid`. Candidates come from names and types only (join-key-candidates.ts); each is then checked by
 * SQL, one query for the target's uniqueness (unless it is the table's declared primary key) and one for the
 * inclusion, so an empty column, a non-unique target or one value outside it infers nothing.
 */
export async function inferJoinKeys(connector: Connector, tables: CatalogTable[], options: JoinKeyInferenceOptions): Promise<CatalogTable[]> {
  if (tables.length > (options.maxTables ?? MAX_TABLES)) return tables;
  const candidates = joinKeyCandidates(tables).slice(0, options.maxCandidates ?? MAX_CANDIDATES);
  if (candidates.length === 0) return tables;
  const check = new SqlChecks(connector, options);
  const found = new Map<string, JoinKeyCandidate>();
  const sourceKey = (candidate: JoinKeyCandidate): string => `${candidate.source.table}\u0000${candidate.source.column}`;
  for (const candidate of candidates) {
    if (found.has(sourceKey(candidate))) continue;
    if (!candidate.target.declaredUnique && !(await check.unique(candidate.target.table, candidate.target.column))) continue;
    if (await check.contained(candidate)) found.set(sourceKey(candidate), candidate);
    if (check.outOfTime()) break;
  }
  if (found.size === 0) return tables;
  return tables.map((table) => {
    if (!table.columns.some((column) => found.has(`${table.name}\u0000${column.name}`))) return table;
    const columns = table.columns.map((column): CatalogColumn => {
      const key = found.get(`${table.name}\u0000${column.name}`);
      return key ? { ...column, references: `${key.target.table}.${key.target.column}`, references_inferred: true } : column;
    });
    return { ...table, columns };
  });
}

/** The two checks, each one query, cut short by the deadline; a failed or timed-out query answers no. */
class SqlChecks {
  private readonly uniques = new Map<string, boolean>();

  constructor(
    private readonly connector: Connector,
    private readonly options: JoinKeyInferenceOptions,
  ) {}

  outOfTime(): boolean {
    return performance.now() >= this.options.deadline;
  }

  async unique(table: string, column: string): Promise<boolean> {
    const key = `${table}\u0000${column}`;
    let unique = this.uniques.get(key);
    if (unique === undefined) {
      const name = this.name(column);
      const row = await this.first(`SELECT COUNT(*), COUNT(DISTINCT ${name}) FROM ${this.name(table)}`);
      unique = row !== undefined && Number(row[0]) > 0 && Number(row[0]) === Number(row[1]);
      this.uniques.set(key, unique);
    }
    return unique;
  }

  async contained({ source, target }: JoinKeyCandidate): Promise<boolean> {
    const [from, x, to, y] = [this.name(source.table), this.name(source.column), this.name(target.table), this.name(target.column)];
    const row = await this.first(
      `SELECT (SELECT COUNT(${x}) FROM ${from}), ` +
        `(SELECT COUNT(*) FROM ${from} a WHERE a.${x} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${to} b WHERE b.${y} = a.${x}))`,
    );
    return row !== undefined && Number(row[0]) > 0 && Number(row[1]) === 0;
  }

  private name(identifier: string): string {
    return quoteIdentifier(identifier, this.connector.dialect);
  }

  private async first(sql: string): Promise<unknown[] | undefined> {
    const left = this.options.deadline - performance.now();
    if (left <= 0) return undefined;
    try {
      const result = await this.connector.execute(sql, { maxRows: 1, timeoutMs: Math.max(1, Math.min(this.options.timeoutMs, left)), signal: this.options.signal });
      return result.rows[0];
    } catch (error) {
      if (this.options.signal?.aborted) throw error;
      return undefined;
    }
  }
}
