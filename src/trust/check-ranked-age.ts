import type { AnswerCheckRule } from './answer-facts.js';
import { columnKinds } from './column-kind.js';
import { personAgeRanked } from './person-age-ranked.js';
import { readTableSchemas } from './read-table-schemas.js';

/** The identifiers an ORDER BY (up to LIMIT) or a MIN / MAX call ranks by, bare and lower case. */
function rankedNames(code: string): string[] {
  const names: string[] = [];
  const order = /\border\s+by\s+([\s\S]*?)(?:\blimit\b|\boffset\b|\)|$)/g;
  for (const match of code.matchAll(order)) for (const id of match[1]!.matchAll(/(?:"?[a-z_][a-z0-9_]*"?\s*\.\s*)?"?([a-z_][a-z0-9_]*)"?/g)) names.push(id[1]!);
  for (const match of code.matchAll(/\b(?:min|max)\s*\(\s*(?:"?[a-z_][a-z0-9_]*"?\s*\.\s*)?"?([a-z_][a-z0-9_]*)"?\s*\)/g)) names.push(match[1]!);
  return names;
}

/**
 * "Who is the oldest member of the team?" answered by `ORDER BY joined_on LIMIT 1`: "oldest" / "youngest" said of a
 * person (person-age-ranked.ts) rank by when the person was born; a date of something else the person did (joining,
 * hiring) ranks how long they have been here, which the question did not ask. "the oldest order" ranks orders by
 * their own date and passes; a ranked column that holds an age or a date of birth passes.
 */
export const checkRankedAge: AnswerCheckRule = ({ question, sql, tree, context }) => {
  if (!tree || (!sql.ordered && !sql.aggregates.has('min') && !sql.aggregates.has('max'))) return undefined;
  const aged = personAgeRanked(question);
  if (!aged) return undefined;
  const tables = readTableSchemas(tree.tables, context);
  const ranked = new Set(rankedNames(sql.code));
  const columns = tables.flatMap((table) => table.columns.filter((column) => ranked.has(column.name.toLowerCase())).map((column) => ({ table, column })));
  if (columns.some(({ table, column }) => columnKinds(column, table).has('age'))) return undefined;
  const dated = columns.find(({ table, column }) => columnKinds(column, table).has('date'));
  if (!dated) return undefined;
  return {
    name: 'ranked_age',
    passed: false,
    detail: `'${aged.superlative}' asks for ${aged.noun ? `the ${aged.noun}'s` : 'a person’s'} age, but the answer ranks by ${dated.table.name}.${dated.column.name}, which dates something else`,
  };
};
