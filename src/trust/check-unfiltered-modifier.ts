import { splitIdentifier } from '../catalog/split-identifier.js';
import type { MatchedValue, TableSchema } from '../context/context-schema.js';
import { findTable } from '../models/offline/schema-lookup.js';
import { questionWords } from '../models/offline/question-words.js';
import { tableNameWords } from '../models/offline/table-name-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { COUNTED_WORDS } from './check-counted-noun.js';
import { askedPhraseWords } from './asked-phrase-words.js';
import { isBooleanType } from './column-kind.js';
import { readTableSchemas } from './read-table-schemas.js';
import { sqlReadsSynonym } from './sql-reads-synonym.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { tableNameRoots } from './table-name-roots.js';

/** What a flag's name says besides what it flags: "is_organic", "has_wifi", "organic_flag", "organic_yn". */
const FLAG_PARTS = new Set(['is', 'has', 'flag', 'yn', 'ind', 'bool']);

const sameWord = (a: string, b: string): boolean => a === b || wordRoot(a) === wordRoot(b);
const textWords = (text: string): string[] => text.toLowerCase().split(/[^a-z0-9'-]+/).filter(Boolean);

/**
 * "How many organic orders did Leeds customers place?" answered with a WHERE on the customers' town only: a word before
 * the noun that names a table the SQL counts or lists says which of its rows are meant, and where that word is a value
 * stored in that table (orders.channel = 'Trade' for "trade orders") or names a yes-or-no column of it (orders.organic),
 * a SQL that never reads that column answers for every row, whatever it filters on besides. A modifier grounded nowhere
 * is left to abstention; one the SQL reads by any name (a column, a synonym, a literal) is read.
 */
export const checkUnfilteredModifier: AnswerCheckRule = ({ question, sql, tree, context, tableNames }) => {
  if (!tree || tree.fromOther) return undefined;
  const tables = readTableSchemas(tree.tables, context);
  if (tables.length === 0) return undefined;
  const otherTables = tableNameRoots(tableNames);
  const literals = new Set(sql.literals.map((literal) => literal.toLowerCase()));
  const readsColumn = (column: string) => new RegExp(String.raw`(?:^|[^a-z0-9_])${column.toLowerCase().replace(/[^a-z0-9_]/g, '\\$&')}(?:$|[^a-z0-9_])`).test(sql.code);
  for (const phrase of askedPhrases(question)) {
    for (let at = 1; at < phrase.length; at++) {
      const table = tables.find((schema) => sameWord(phrase[at]!, tableNameWords(schema.name).at(-1)!));
      if (!table) continue;
      const modifiers = phrase.slice(0, at);
      for (const modifier of modifiers) {
        if (modifier.length < 3 || /^\d/.test(modifier) || otherTables.has(wordRoot(modifier))) continue;
        if (sqlReadsWord(modifier, sql.roots) || sqlReadsSynonym(modifier, sql.roots) || [...literals].some((literal) => textWords(literal).some((word) => sameWord(word, modifier)))) continue;
        const grounded = valueOf(modifier, modifiers, table, context.matched_values, context.table_schemas) ?? flagOf(modifier, table);
        if (!grounded || readsColumn(grounded.column)) continue;
        return {
          name: 'unfiltered_modifier',
          passed: false,
          detail: `'${modifier}' says which ${phrase[at]} the question means ("${phrase.slice(0, at + 1).join(' ')}") and is ${grounded.what}, but the SQL has no condition on ${grounded.column}`,
        };
      }
      break;
    }
  }
  return undefined;
};

/** The asked noun phrases: what a count ask counts ("the number of trade orders") and what the question opens on. */
function askedPhrases(question: string): string[][] {
  const counted = COUNTED_WORDS.exec(question)?.[1];
  const opened = askedPhraseWords(questionWords(question));
  return [...(counted ? [textWords(counted)] : []), ...(opened ? [opened] : [])];
}

/** A stored value of the table that the modifiers spell, all its words among them: "trade" for orders.channel = 'Trade'. */
function valueOf(modifier: string, modifiers: readonly string[], table: TableSchema, matched: readonly MatchedValue[], schemas: readonly TableSchema[]) {
  const value = matched.find((match) => {
    const words = textWords(match.matched_text);
    return findTable(schemas, match.table) === table && words.some((word) => sameWord(word, modifier)) && words.every((word) => modifiers.some((other) => sameWord(word, other)));
  });
  return value ? { column: value.column, what: `stored as ${table.name}.${value.column} = '${value.value}'` } : undefined;
}

/** A yes-or-no column of the table whose name, besides is/has/flag, is the modifier: "organic" for orders.is_organic. */
function flagOf(modifier: string, table: TableSchema) {
  const flag = table.columns.find((column) => {
    if (!isBooleanType(column.type)) return false;
    const parts = splitIdentifier(column.name).filter((part) => !FLAG_PARTS.has(part));
    return parts.length === 1 && sameWord(parts[0]!, modifier);
  });
  return flag ? { column: flag.name, what: `the flag ${table.name}.${flag.name}` } : undefined;
}
