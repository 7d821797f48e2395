import type { MatchedValue } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { findTable } from '../models/offline/schema-lookup.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { COUNTED_WORDS } from './check-counted-noun.js';
import { countedThings } from './counted-things.js';
import { holdsOtherSide } from './held-other-side.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { tableNameWords } from '../models/offline/table-name-words.js';
import { wordsAndRoots } from '../models/offline/name-words-and-roots.js';

/**
 * "apps rec'd per month" answered by counting app_comments: in a compound table name the last word says what a row
 * is (a comment) and the words before it say whose; when the question names the counted table only by such a modifier,
 * never by its head, and that same word is the head of another table's name (applications), the SQL counts the
 * wrong rows. Not where the count's own words name the rows by a value of the counted table that the SQL keeps.
 */
export const checkCountedCompound: AnswerCheckRule = ({ question, sql, context, tree }) => {
  if (!sql.aggregates.has('count') || /\bcount\s*\(\s*distinct\b/.test(sql.code)) return undefined;
  const things = countedThings(tree, context.table_schemas);
  if (!things || things.columns.length > 0 || things.tables.length !== 1) return undefined;
  const counted = findTable(context.table_schemas, things.tables[0]!);
  const parts = counted ? tableNameWords(counted.name) : [];
  if (!counted || parts.length < 2) return undefined;
  const head = wordsAndRoots([parts.at(-1)!]);
  const modifiers = wordsAndRoots(parts.slice(0, -1));
  // "How many full sovereigns have been pledged?" counted as tblPledgeItem rows kept by itemDesc = 'Full sovereign':
  // the count's own words name its rows by a value of the counted table, so a modifier word names no other rows.
  const countedText = COUNTED_WORDS.exec(question)?.[1]?.toLowerCase() ?? '';
  const literals = new Set(sql.literals.map((literal) => literal.toLowerCase()));
  const namedByValue = (match: MatchedValue) => literals.has(match.value.toLowerCase()) && findTable(context.table_schemas, match.table) === counted && countedText.includes(match.matched_text.toLowerCase());
  if (countedText && context.matched_values.some(namedByValue)) return undefined;
  const words = questionWords(question).filter((word) => word.text.length >= 3);
  if (words.some((word) => sqlReadsWord(word.text, head))) return undefined;
  for (const word of words) {
    if (!sqlReadsWord(word.text, modifiers)) continue;
    const other = context.table_schemas.find((table) => table !== counted && sqlReadsWord(word.text, wordsAndRoots([tableNameWords(table.name).at(-1)!])));
    if (!other || holdsOtherSide(tree!, context.table_schemas, counted, other.name)) continue;
    return {
      name: 'counted_compound',
      passed: false,
      detail: `the SQL counts the rows of ${bareName(counted.name)}, each a ${parts.at(-1)}, which "${word.text}" only qualifies; "${word.text}" names ${bareName(other.name)}`,
    };
  }
  return undefined;
};
