/**
 * A question that asks whether rows exist, answered yes or no: it opens with an auxiliary ("Is there …", "Did any …",
 * "Has anyone …", "Have we ever …", "Do we have any …") and names no particular thing but an existential one (there,
 * any, anyone, anybody, anything, someone, somebody, something, ever) in its first sentence. A modal opener ("Can you
 * list …") is a request, "each" / "every" / "all" asks about every row, and a second sentence that asks which ones
 * ("Which ones?") or says to list them wants the rows themselves.
 */
export function asksWhetherAnyExist(question: string): boolean {
  const [first = '', ...rest] = question.trim().split(/(?<=[?.!])\s+/);
  if (!OPENER.test(first) || !EXISTENTIAL.test(first) || UNIVERSAL.test(first)) return false;
  return !rest.some((sentence) => LISTING.test(sentence));
}

const OPENER = /^(?:is|are|was|were|do|does|did|has|have|had)\b/i;
const EXISTENTIAL = /\b(?:there|any|anyone|anybody|anything|someone|somebody|something|ever)\b/i;
const UNIVERSAL = /\b(?:each|every|all)\b/i;
const LISTING = /^(?:which|what|who|where|when|list|show|give|name|how)\b/i;

/**
 * The listing query as its yes/no answer: whether it returns any row (`COUNT(*) > 0`), over the rows it keeps. A
 * query that already aggregates without grouping returns one row whatever it keeps, so it stays as it is (a count says as much).
 */
export function asExistence(sql: string): string {
  let outer = sql;
  for (let inner = outer.replace(/\([^()]*\)/g, '\u0001'); inner !== outer; inner = outer.replace(/\([^()]*\)/g, '\u0001')) outer = inner;
  const select = /^\s*SELECT\s+([\s\S]*?)\s+FROM\b/i.exec(outer)?.[1] ?? '';
  if (/\b(?:COUNT|SUM|AVG|MIN|MAX)\s*\u0001/i.test(select) && !/\bGROUP\s+BY\b/i.test(outer)) return sql;
  return `SELECT COUNT(*) > 0 AS any_found\nFROM (\n${sql.trim()}\n) AS found`;
}

/** The opening asExistence puts before the listing (lower case): the answer checks read the listing's shape behind it. */
export const EXISTENCE_OPENING = /^\s*select\s+count\(\*\)\s*>\s*0\s+as\s+any_found\s+from\s*\(\s*/;
