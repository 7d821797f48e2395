import type { AnswerCheckRule } from './answer-facts.js';

/**
 * "faults that were still open", "orders that are still on their way", "players who no longer compete": after an
 * auxiliary or a relative pronoun, "still", "no longer" and "not yet" say that a state lasts (or has ended) up to
 * now, which is a condition on the rows, not a date. ("output of still water" is an adjective, not this.)
 */
const LASTING = /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|who|that|which)\s+(still|no\s+longer|not\s+yet|yet\s+to)\b/i;

const DATE_LITERAL = /^\d{4}-\d{2}-\d{2}(?:[ t][\d:.]+)?$/;

/**
 * A lasting state must be read from something that records a state: a value compared (status = 'open'), a missing
 * value (closed_at IS NULL), a yes/no, a number compared (balance > 0), a related row (EXISTS), or a second date
 * (closed_at after the day asked). A SQL that only bounds one date column, or applies no condition at all, counts
 * or lists the rows of the period whatever state they are in now.
 */
export const checkLastingState: AnswerCheckRule = ({ question, sql }) => {
  const lasting = LASTING.exec(question);
  if (!lasting) return undefined;
  const said = `"${lasting[0].toLowerCase()}"`;
  const where = /\b(?:where|having|qualify|on)\b([\s\S]*)/.exec(sql.text)?.[1] ?? '';
  const stateValue = sql.literals.some((literal) => !DATE_LITERAL.test(literal) && where.includes(`'${literal.replace(/'/g, "''")}'`));
  const states =
    stateValue ||
    /\bis\s+(?:not\s+)?null\b|\b(?:true|false)\b|\bexists\b|\bin\s*\(\s*select\b|\bfilter\s*\(/.test(where) ||
    /(?:[<>]=?|<>|!=|=)\s*-?\d+(?:\.\d+)?\b(?!\s*-)/.test(where.replace(/'[^']*'/g, "''")) ||
    datedColumns(where) >= 2;
  if (states) return { name: 'lasting_state', passed: true, detail: `the SQL reads a state for ${said}` };
  return { name: 'lasting_state', passed: false, detail: `the question asks for rows whose state lasts (${said}), but the SQL ${where ? 'only bounds a date' : 'applies no condition'}` };
};

/** How many different columns the conditions compare with date literals. */
function datedColumns(where: string): number {
  const columns = new Set<string>();
  for (const match of where.matchAll(/"?([a-z_][a-z0-9_]*)"?\s*(?:[<>]=?|=|<>|!=|between)\s*(?:date|timestamp)?\s*'\d{4}-\d{2}-\d{2}/g)) columns.add(match[1]!);
  return columns.size;
}
