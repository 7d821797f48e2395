import { isDateFormatLiteral } from '../../dialects/is-date-format-literal.js';
import { distance } from 'fastest-levenshtein';
import type { Context, ReflectionStrategy, SqlAttempt } from '../../context/context-schema.js';
import type { ReflectionDecision } from '../sql-model.js';
import { analyzeQuestion } from './analyze-question.js';
import { escapeRegExp } from './escape-reg-exp.js';
import { parseSqlError } from './parse-sql-error.js';
import { bareName } from './bare-name.js';
import { findTable } from './schema-lookup.js';
import { implausibleResult } from './implausible-result.js';
import { unaddressedPhrases } from './unaddressed-phrases.js';

const EMPTY_RESULT = 'the query returned no rows';

/** Judges the latest SQL attempt: an error, an empty or implausible result, or parts of the question left out. */
export function reflectOnAttempt(context: Context, strategies?: readonly ReflectionStrategy[]): ReflectionDecision {
  const canSearchDocs = !strategies || strategies.includes('doc_search');
  const attempt = context.sql_attempts.at(-1);
  if (!attempt) return decide('regenerate', 'there is no SQL yet to judge');
  if (attempt.error !== undefined) return judgeError(context, attempt);
  if (!attempt.executed) return decide('regenerate', 'the latest SQL was not run');
  const previous = context.reflections.at(-1);

  if (attempt.row_count === 0) {
    const filtered = /\b(where|having)\b/i.test(attempt.sql);
    if (!filtered) return decide('success', `${EMPTY_RESULT}; it has no filters, so the data holds no matching rows`);
    if (previous && previous.reason.startsWith(EMPTY_RESULT)) return decide('success', `${EMPTY_RESULT} again after a retry; the answer is empty`);
    const unknown = unmatchedLiterals(context, attempt.sql);
    if (unknown.length > 0 && context.relink_count === 0) {
      return decide('relink', `${EMPTY_RESULT}; the filter value ${unknown.map((v) => `'${v}'`).join(', ')} matches nothing known, so the values should be linked again`);
    }
    return decide('fix', `${EMPTY_RESULT}; the filters may be too strict or spelled differently from the data`);
  }

  const implausible = implausibleResult(attempt, analyzeQuestion(context.task.text));
  if (implausible) {
    if (previous?.strategy !== 'validation') return decide('validation', implausible);
    if (context.validations.some((v) => v.severity === 'error')) return decide('fix', `${implausible}, and validation confirmed it`);
  }

  const open = unaddressedPhrases(context, attempt.sql);
  if (open.length > 0) {
    const askedBefore = (strategy: string, phrase: string): boolean =>
      context.reflections.some((r) => r.strategy === strategy && r.unaddressed.includes(phrase));
    const documented = open.filter((p) => p.passages.length > 0);
    const retryable = documented.filter((p) => !askedBefore('regenerate', p.phrase) && !askedBefore('fix', p.phrase));
    if (retryable.length > 0) {
      const names = retryable.map((p) => p.phrase);
      return decide('regenerate', `the question mentions ${list(names)}, which the docs explain (${retryable[0]!.passages[0]!.heading}) but the SQL does not apply`, names);
    }
    const undocumented = open.filter((p) => p.passages.length === 0 && !askedBefore('doc_search', p.phrase));
    if (undocumented.length > 0 && canSearchDocs) {
      const names = undocumented.map((p) => p.phrase);
      return decide('doc_search', `the question mentions ${list(names)}, which the SQL does not address; searching the docs for ${names.length > 1 ? 'them' : 'it'}`, names);
    }
    const names = open.map((p) => p.phrase);
    const where = canSearchDocs ? 'neither the schema nor the docs explain' : 'the schema does not explain (this namespace has no docs to search)';
    return decide('success', `the result answers the question, except ${list(names)}, which ${where}`, names);
  }
  return decide('success', `the query ran and returned ${attempt.row_count} ${attempt.row_count === 1 ? 'row that answers' : 'rows that answer'} the question`);
}

function judgeError(context: Context, attempt: SqlAttempt): ReflectionDecision {
  const message = attempt.error ?? '';
  const firstLine = message.split('\n')[0] ?? message;
  if (attempt.error_kind === 'timeout') return decide('narrow', 'the query timed out; a narrower query (a tighter date range or a LIMIT) should finish in time');
  if (attempt.error_kind === 'refused') return decide('regenerate', `the SQL was refused: ${firstLine}`);
  const parsed = parseSqlError(message);
  switch (parsed.kind) {
    case 'missing_table': {
      const linked = context.table_schemas.map((t) => t.name);
      const typo =
        (parsed.suggestion && findTable(context.table_schemas, parsed.suggestion)) ||
        linked.some((name) => distance(bareName(name), bareName(parsed.name)) <= 2);
      if (!typo && !findTable(context.table_schemas, parsed.name) && context.relink_count === 0) {
        return decide('relink', `table '${parsed.name}' does not exist and is not among the linked tables; the schema should be linked again`);
      }
      return decide('fix', `table '${parsed.name}' does not exist${parsed.suggestion ? `; did you mean '${parsed.suggestion}'?` : ''}`);
    }
    case 'missing_column':
      return decide('fix', `column '${parsed.name}' not found${parsed.candidates.length ? ` (candidates: ${parsed.candidates.slice(0, 3).join(', ')})` : ''}`);
    case 'group_by':
      return decide('fix', `${parsed.column ? `column '${parsed.column}'` : 'every select item next to an aggregate'} must be in the GROUP BY or aggregated`);
    case 'type_mismatch':
      return decide('fix', `type mismatch: ${parsed.left} compared with ${parsed.right} needs an explicit cast`);
    case 'conversion':
      return decide('fix', `a value cannot be converted${parsed.column ? ` in column '${parsed.column}'` : ''}: ${firstLine}`);
    case 'syntax':
      return decide('fix', `syntax error${parsed.near ? ` near '${parsed.near}'` : ''}`);
    default:
      return decide('fix', `the query failed: ${firstLine}`);
  }
}

/** String literals in the SQL's filters that neither matched values nor the schema's comments, samples or metrics mention. */
function unmatchedLiterals(context: Context, sql: string): string[] {
  const known = new Set(context.matched_values.map((m) => m.value.toLowerCase()));
  const described = [
    ...context.table_schemas.flatMap((t) => [t.ddl, t.comment ?? '', ...t.columns.map((c) => c.comment ?? ''), ...t.sample_rows.flat().map(String)]),
    ...context.metrics.map((m) => `${m.filter ?? ''} ${m.expression}`),
  ]
    .join('\n')
    .toLowerCase();
  const literals = [...sql.matchAll(/(?<!DATE |TIMESTAMP )'((?:[^']|'')*)'/gi)].map((m) => m[1]!.replace(/''/g, "'"));
  return [...new Set(literals)].filter((value) => {
    const lower = value.toLowerCase();
    if (known.has(lower) || isDateFormatLiteral(value) || /^\d{4}-\d{2}-\d{2}/.test(value) || /^(year|quarter|month|week|day)$/i.test(value)) return false;
    return !new RegExp(`(^|[^a-z0-9_])${escapeRegExp(lower)}($|[^a-z0-9_])`).test(described);
  });
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function decide(strategy: ReflectionDecision['strategy'], reason: string, unaddressed: string[] = []): ReflectionDecision {
  return { strategy, reason, unaddressed };
}
