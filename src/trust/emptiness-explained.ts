import { isDateFormatLiteral } from '../dialects/is-date-format-literal.js';
import type { AnswerFacts } from './answer-facts.js';
import { readsTable } from './reads-table.js';

const RESTRICTS = /\bwhere\b|\bhaving\b|\bintersect\b|\bexcept\b|\bminus\b/;
/** A column converted to compare it ("TRY_CAST(code AS DOUBLE) > 50") holds something else than the question compares. */
const CONVERTS = /\b(?:try_)?cast\s*\(|::|\bconvert\s*\(/;

/**
 * Why an empty answer is believable, or undefined when it is not: a table the SQL reads holds no rows, or the SQL
 * restricts only by conditions written as the data stores them (numbers, ranges, counts, set operations, and
 * string values the data is known to hold, spelled the same way).
 */
export function emptinessExplained({ sql, attempt, context, emptyTables }: AnswerFacts): string | undefined {
  // A warehouse has thousands of empty tables: readsTable tries a pattern only for a name the SQL spells at all.
  const read = emptyTables.filter((name) => readsTable(sql.code, name));
  if (read.length > 0) return `${read.join(', ')} ${read.length === 1 ? 'holds' : 'hold'} no rows`;
  if (!RESTRICTS.test(sql.code) || CONVERTS.test(sql.code)) return undefined;
  const stored = new Set([
    ...context.matched_values.map((match) => match.value),
    ...context.table_schemas.flatMap((table) => table.sample_rows.flat().filter((value) => value !== null && value !== undefined).map(String)),
  ]);
  const code = attempt.sql.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
  const literals = [...code.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replace(/''/g, "'"));
  const unknown = literals.filter((literal) => !isDateFormatLiteral(literal) && !/^\d{4}-\d{2}-\d{2}/.test(literal) && !stored.has(literal));
  return unknown.length === 0 ? 'the data holds no rows that meet the conditions the SQL sets' : undefined;
}
