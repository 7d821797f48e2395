import { splitIdentifier } from '../catalog/split-identifier.js';
import { bareName } from '../models/offline/bare-name.js';
import { isSkeletonOf } from '../models/offline/is-skeleton-of.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnsUnder } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { readTableSchemas } from './read-table-schemas.js';
import { FINITE_AUXILIARIES } from '../lexicon/auxiliaries.js';
import { COORDINATORS, SUBORDINATORS } from '../lexicon/conjunctions.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { RELATIVE_PRONOUNS } from '../lexicon/pronouns.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/** "after their due date", "over its limit", "below his target": a comparison with a value each row holds itself. */
const OWN_VALUE = /\b(?:after|before|later than|earlier than|past|beyond|over|under|above|below|more than|less than|within)\s+(?:their|its|his|her)\s+(?:own\s+)?([a-z]+(?:[\s-]+[a-z]+){0,2})/i;
/** Words that end the compared noun phrase: "after their due date and before …", "within its budget for 2025". */
const PHRASE_END: ReadonlySet<string> = wordSet(
  pick(COORDINATORS, 'and', 'or', 'but'),
  pick(PREPOSITIONS, 'in', 'on', 'at', 'for', 'of', 'by', 'with', 'from', 'to', 'than'),
  FINITE_AUXILIARIES,
  pick(RELATIVE_PRONOUNS, 'which', 'that', 'who'),
  pick(SUBORDINATORS, 'when', 'while'),
);
/** Words that only say the value is a date or an amount, naming no column of their own. */
const KIND_WORDS = /^(date|day|time|amount|value|number|figure|level)$/;

/**
 * "How many jobs were delivered after their due date?" answered with status_cd = 'DLV' alone: a possessive after a
 * comparing word compares each row with a value of its own, which a column of a table the SQL reads records
 * (due_dt); an answer that never reads that column has not made the comparison.
 */
export const checkOwnValueCompared: AnswerCheckRule = ({ question, tree, context }) => {
  const phrase = OWN_VALUE.exec(question)?.[1]?.toLowerCase().split(/[\s-]+/);
  if (!phrase || !tree || tree.tables.length === 0) return undefined;
  const end = phrase.findIndex((word) => PHRASE_END.has(word));
  const words = phrase.slice(0, end < 0 ? phrase.length : end).filter((word) => word.length >= 3 && !KIND_WORDS.test(word));
  if (words.length === 0) return undefined;
  const names = (part: string) => words.some((word) => part === word || wordRoot(part) === wordRoot(word) || isSkeletonOf(part, word));
  const read = new Set(columnsUnder(tree.clauses).map((ref) => ref.column));
  const tables = readTableSchemas(tree.tables, context);
  const named = tables.flatMap((table) => {
    const own = new Set(tableNameWords(table.name));
    return table.columns.filter((column) => splitIdentifier(column.name).some((part) => !own.has(part) && names(part))).map((column) => ({ table, column }));
  });
  if (named.length === 0) return undefined;
  const phraseText = phrase.slice(0, end < 0 ? phrase.length : end).join(' ');
  if (named.some(({ column }) => read.has(column.name.toLowerCase()))) {
    return { name: 'own_value_compared', passed: true, detail: `the SQL reads ${named.map(({ column }) => column.name).join(', ')}, each row's own "${phraseText}"` };
  }
  const shown = named.map(({ table, column }) => `${bareName(table.name)}.${column.name}`).join(', ');
  return { name: 'own_value_compared', passed: false, detail: `the question compares each row with its own "${phraseText}" (${shown}), but the SQL does not read it` };
};
