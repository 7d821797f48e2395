import type { MaskedQuestion } from './mask-question.js';
import type { QuestionSlot, RetrievedExample } from './retrieved-example-schema.js';
import { scanSqlLiterals, type SqlLiteral } from './scan-sql-literals.js';

export interface AdaptedSql {
  sql: string;
  /** "Texas for California", one per value that changed. */
  changes: string[];
}

/**
 * The example's SQL with the task's values in place of the example's, when the two questions mask to the same
 * text: slots are paired in order, and each changed slot must rewrite at least one literal of the SQL (the stored
 * value the catalog matched, the words themselves, a year and the year after it in date bounds). Undefined when a
 * value cannot be placed, so a half-adapted query is never returned.
 */
export function adaptExampleSql(example: Pick<RetrievedExample, 'sql' | 'masked' | 'slots'>, task: MaskedQuestion): AdaptedSql | undefined {
  if (example.masked !== task.masked || example.slots.length !== task.slots.length) return undefined;
  const literals = scanSqlLiterals(example.sql);
  const rewrites = new Map<SqlLiteral, Rewrite>();
  const changes: string[] = [];
  for (let i = 0; i < example.slots.length; i++) {
    const before = example.slots[i]!;
    const after = task.slots[i]!;
    if (before.kind !== after.kind) return undefined;
    if (before.text === after.text && before.value === after.value) continue;
    let placed = false;
    for (const literal of literals) {
      const rewritten = rewrite(literal, before, after);
      if (rewritten === undefined) continue;
      placed = true;
      const earlier = rewrites.get(literal);
      if (earlier && earlier.exact && !rewritten.exact) continue;
      if (earlier && earlier.exact === rewritten.exact && earlier.text !== rewritten.text) return undefined;
      rewrites.set(literal, rewritten);
    }
    if (!placed) return undefined;
    changes.push(`${after.text} for ${before.text}`);
  }
  let sql = example.sql;
  for (const [literal, { text }] of [...rewrites].sort((a, b) => b[0].start - a[0].start)) {
    sql = sql.slice(0, literal.start) + text + sql.slice(literal.end);
  }
  return { sql, changes };
}

/** A literal's new text; not exact when it is the year after a year the question names (the end of a year's range). */
interface Rewrite {
  text: string;
  exact: boolean;
}

function rewrite(literal: SqlLiteral, before: QuestionSlot, after: QuestionSlot): Rewrite | undefined {
  const exact = (text: string | undefined) => (text === undefined ? undefined : { text, exact: true });
  switch (before.kind) {
    case 'number': {
      const from = numberOf(before.text);
      const to = numberOf(after.text);
      if (literal.kind === 'number') {
        if (Number(literal.content) === from) return exact(String(to));
        if (isYear(from) && isYear(to) && Number(literal.content) === from + 1) return { text: String(to + 1), exact: false };
        return undefined;
      }
      if (!isYear(from) || !isYear(to)) return undefined;
      const date = /^(\d{4})(-\d{2}(?:-\d{2})?(?:[ T][\d:.]+)?)?$/.exec(literal.content);
      if (!date) return undefined;
      const year = Number(date[1]);
      if (year !== from && year !== from + 1) return undefined;
      return { text: quote(`${year === from ? to : to + 1}${date[2] ?? ''}`), exact: year === from };
    }
    case 'date':
      return literal.kind === 'string' && literal.content.includes(before.text) ? exact(quote(literal.content.replaceAll(before.text, after.text))) : undefined;
    case 'string':
      return literal.kind === 'string' ? exact(replaceWords(literal.content, before.text, after.text)) : undefined;
    case 'value': {
      if (literal.kind !== 'string') return undefined;
      if (before.value !== undefined && before.value !== before.text && same(literal.content, before.value)) {
        return after.value === undefined ? undefined : exact(quote(after.value));
      }
      return exact(replaceWords(literal.content, before.value ?? before.text, after.value ?? after.text) ?? replaceWords(literal.content, before.text, after.text));
    }
  }
}

/** The literal is the words themselves, or a LIKE pattern around them. */
function replaceWords(content: string, from: string, to: string): string | undefined {
  if (same(content, from)) return quote(to);
  const pattern = /^(%?)(.*?)(%?)$/s.exec(content)!;
  if ((pattern[1] || pattern[3]) && same(pattern[2]!, from)) return quote(`${pattern[1]}${to}${pattern[3]}`);
  return undefined;
}

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function numberOf(text: string): number {
  return Number(text.replaceAll(',', ''));
}

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2199;
}

function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
