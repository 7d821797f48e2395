import { dialectFor } from '../dialects/dialect-for.js';
import { SqlError, type Connector } from '../connectors/connector.js';
import type { MatchedValue } from '../context/context-schema.js';
import type { LinkedTable } from './link-schema.js';
import { quoteIdentifier } from './quote-identifier.js';

const QUOTED = /'([^'\n]{1,100})'|"([^"\n]{1,100})"/g;
const TEXT_TYPE = /char|text|string/i;
/** Probes are one indexed-free scan each; a question quotes few values, so this bounds the worst case. */
const MAX_PROBES = 60;

/** Values the question quotes ('APG', "Haiti"). */
export function quotedLiterals(question: string): string[] {
  return [...question.matchAll(QUOTED)].map((match) => (match[1] ?? match[2])!.trim()).filter(Boolean);
}

/**
 * Finds the column that stores each quoted value, in the linked tables (best ranked first), whatever the
 * column's cardinality: the catalog only keeps the values of low-cardinality columns.
 */
export async function probeQuotedValues(
  connector: Connector,
  tables: readonly LinkedTable[],
  question: string,
  known: readonly MatchedValue[],
  signal?: AbortSignal,
): Promise<MatchedValue[]> {
  const found: MatchedValue[] = [];
  let probes = 0;
  for (const literal of quotedLiterals(question)) {
    if (known.some((match) => match.value.toLowerCase() === literal.toLowerCase())) continue;
    search: for (const linked of tables) {
      for (const column of linked.table.columns.filter((c) => TEXT_TYPE.test(c.type))) {
        if (++probes > MAX_PROBES) return found;
        const name = quoteIdentifier(column.name, connector.dialect);
        const sql = `SELECT ${name} FROM ${quoteIdentifier(linked.table.name, connector.dialect)} WHERE lower(${name}) = lower(${dialectFor(connector.dialect).string(literal)}) LIMIT 1`;
        try {
          const result = await connector.execute(sql, { timeoutMs: 2_000, maxRows: 1, signal });
          const stored = result.rows[0]?.[0];
          if (typeof stored === 'string') {
            found.push({ table: linked.table.name, column: column.name, value: stored, matched_text: literal, score: 1 });
            break search;
          }
        } catch (error) {
          if (!(error instanceof SqlError)) throw error;
        }
      }
    }
  }
  return found;
}
