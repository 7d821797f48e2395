import type { SqlAttempt } from '../../context/context-schema.js';
import { escapeRegExp } from './escape-reg-exp.js';
import type { SqlRepair } from './fix-unknown-identifier.js';
import type { ParsedSqlError } from './parse-sql-error.js';
import { outsideLiterals, topLevelKeyword } from './sql-text.js';
import { ungroupedSelectItems } from './ungrouped-select-items.js';

const CLAUSE_AFTER_GROUP_BY = /^(having|qualify|window|order\s+by|limit|offset|union|intersect|except)\b/i;

/**
 * Adds the column the engine names to the GROUP BY of the outer query (creating the clause when there is none);
 * when the error names no column, every select item that is neither aggregated nor constant.
 */
export function fixMissingGroupBy(attempt: SqlAttempt, error: Extract<ParsedSqlError, { kind: 'group_by' }>): SqlRepair | undefined {
  const sql = attempt.sql;
  const selectAt = topLevelKeyword(sql, /^select\b/i).at(-1) ?? 0;
  const fromAt = topLevelKeyword(sql, /^from\b/i).find((p) => p > selectAt) ?? sql.length;
  const groupAt = topLevelKeyword(sql, /^group\s+by\b/i).find((p) => p > selectAt);
  const clauseEnd = (from: number): number => topLevelKeyword(sql, CLAUSE_AFTER_GROUP_BY).find((p) => p > from) ?? sql.length;
  const grouped = groupAt === undefined ? '' : sql.slice(groupAt, clauseEnd(groupAt)).toLowerCase().replace(/\s+/g, '');

  const selectList = sql.slice(selectAt, fromAt);
  const column = error.column;
  const ungrouped = column === undefined ? ungroupedSelectItems(selectList) : selectedReferences(selectList, column);
  const missing = (ungrouped ?? []).filter((expr) => !groupedAlready(grouped, expr));
  const expressions = missing.length > 0 ? missing : column === undefined ? [] : [column];
  if (expressions.length === 0) return undefined;
  const list = expressions.join(', ');

  if (groupAt !== undefined) {
    const end = clauseEnd(groupAt);
    const head = sql.slice(0, end).trimEnd();
    if (/\bgroup\s+by\s+all\s*$/i.test(head)) return undefined;
    return { sql: join(`${head}, ${list}`, sql.slice(end)), explanation: `Added ${list} to the GROUP BY.` };
  }
  const end = clauseEnd(fromAt);
  return { sql: join(`${sql.slice(0, end).trimEnd()}\nGROUP BY ${list}`, sql.slice(end)), explanation: `Grouped by ${list}, shown next to an aggregate.` };
}

/** Every way the SELECT list writes the column, bare or qualified ("p.name", "c.name"), outside function calls' names. */
function selectedReferences(selectList: string, column: string): string[] {
  const name = column.split('.').at(-1)!;
  const found: string[] = [];
  outsideLiterals(selectList, (code) => {
    const pattern = new RegExp(`(?<![\\w".])((?:"?\\w+"?\\.)?"?${escapeRegExp(name)}"?)(?![\\w"(])`, 'gi');
    for (const match of code.matchAll(pattern)) if (!found.includes(match[1]!)) found.push(match[1]!);
    return code;
  });
  const qualified = column.includes('.') ? found.filter((f) => f.toLowerCase() === column.toLowerCase()) : [];
  return qualified.length > 0 ? qualified : found;
}

function groupedAlready(groupClause: string, expression: string): boolean {
  const wanted = expression.toLowerCase().replace(/\s+/g, '');
  return new RegExp(`(^|[,\\s(y])${escapeRegExp(wanted)}($|[,)])`).test(groupClause);
}

function join(head: string, rest: string): string {
  return rest.trim().length > 0 ? `${head}\n${rest.trimStart()}` : head;
}
