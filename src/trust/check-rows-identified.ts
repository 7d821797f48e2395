import { splitIdentifier } from '../catalog/split-identifier.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import type { TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { isKeyColumn } from '../models/offline/schema-lookup.js';
import { wordRoot } from '../models/offline/word-root.js';
import { isSkeletonOf } from '../models/offline/is-skeleton-of.js';
import { columnOf, columnsUnder, holdsAggregate } from '../sql-tree/outer-select-tree.js';
import { stringConstantsUnder } from '../sql-tree/string-constants.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { columnCodeGlosses } from './code-glosses.js';
import { LISTING_VERBS } from './check-key-for-name.js';
import { isNamingColumn, KEY_WORDS } from './naming-parts.js';
import { readTableSchemas } from './read-table-schemas.js';
import { treeColumnSchema, type ResolvedColumn } from './tree-column-schema.js';
import { ARTICLES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, WH_WORDS } from '../lexicon/pronouns.js';
import { BE_FORMS, FINITE_DO, FINITE_HAVE, MODALS } from '../lexicon/auxiliaries.js';
import { COORDINATORS } from '../lexicon/conjunctions.js';
import { FOCUS_ADVERBS } from '../lexicon/function-adverbs.js';
import { NEGATORS } from '../lexicon/negators.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { tableNameWords } from '../models/offline/table-name-words.js';


/**
 * "List each gym with the city it's in" answered by the cities alone, "top 3 setters by routes set" by setter ids:
 * "each / every <noun>" and "top N <noun>" ask for rows of the table the noun names, so the answer must say which
 * ones: a column that names them (gym_nm) when the table has one, else its key or another column of its own. A
 * key of a table that has a name (setter_id, or a reference to it such as home_gym_id) says which row to a database, not
 * to the reader.
 */
export const checkRowsIdentified: AnswerCheckRule = ({ question, tree, context, attempt }) => {
  if (!tree || (holdsAggregate(tree.selectList) && tree.groupBy.length === 0)) return undefined;
  const words = questionWords(question);
  // "Show all template ids and the number of documents using each template": the question asks for the key.
  if (words.some((word, i) => KEY_WORDS.test(word.text) && !(/^numbers?$/.test(word.text) && words[i + 1]?.text === 'of'))) return undefined;
  const nouns = askedRowNouns(words, context.table_schemas, tree.groupBy.length > 0);
  if (nouns.length === 0) return undefined;
  const shown = shownColumns(tree, context.table_schemas);
  if (!shown) return undefined;
  const tested = new Set(tree.clauses.flatMap(stringConstantsUnder));
  for (const noun of nouns) {
    const table = context.table_schemas.find((schema) => headsTable(noun.text, schema, noun.opener)) ?? testedGlossTable(noun.text, readTableSchemas(tree.tables, context), tested);
    if (!table) continue;
    const own = shown.filter((entry) => entry.table === table);
    const referring = shown.filter((entry) => entry.column.references !== undefined && bareName(entry.column.references.split('.')[0]!).toLowerCase() === bareName(table.name).toLowerCase());
    const read = tree.tables.some((entry) => entry.name === bareName(table.name).toLowerCase());
    if (!read && referring.length === 0) continue;
    const naming = table.columns.filter(isNamingColumn);
    // The noun opening the question asks for names only of a table that has them ("Which airlines …" over airlines.Airline).
    if (noun.opener && naming.length === 0) continue;
    const identified = naming.length > 0 ? own.some((entry) => naming.includes(entry.column)) : referring.length > 0 || own.some((entry) => isKeyColumn(entry.column)) || tellsRowsApart(own, attempt.rows);
    if (identified) continue;
    // "Which teachers come from …": the opening noun is the head only when the word after it is a verb ("paragraph texts" is no row).
    if (noun.verbAfter && primaryPartOfSpeech(noun.verbAfter.text) !== 'verb') continue;
    const showing = own.length + referring.length === 0 ? 'none of its columns' : [...own, ...referring].map((entry) => entry.column.name).join(', ');
    return {
      name: 'rows_identified',
      passed: false,
      detail: `the question asks ${noun.opener ? 'which' : 'for each'} ${noun.text}, but the answer shows ${showing}${naming.length > 0 ? `, not ${naming.map((c) => c.name).join(' or ')}, which names them` : ', which does not say which one'}`,
    };
  }
  return undefined;
};

/**
 * Nouns whose rows the question asks for one by one: after "each" or "every", or after "top N"; and, beside them,
 * what each is listed with ("every setter with the gym they work at").
 */
function askedRowNouns(words: QuestionWord[], schemas: readonly TableSchema[], grouped: boolean): AskedNoun[] {
  const rows: AskedNoun[] = words.flatMap((word, i) => {
    if ((word.text === 'each' || word.text === 'every') && !word.clauseEnd) {
      const noun = words[i + 1];
      // "the age and hometown of every teacher", listed row by row: attributes asked of each, not which one.
      if (!noun || (words[i - 1]?.text === 'of' && !grouped)) return [];
      // "each pet type", "each ranking date": the noun modifies a column's name, whose values are what is asked.
      const next = words[i + 2];
      if (!noun.clauseEnd && next && spellsColumn(schemas, [noun, next])) return [];
      return [noun];
    }
    if ((word.text === 'top' || word.text === 'bottom') && /^\d+$/.test(words[i + 1]?.text ?? '') && !words[i + 1]!.clauseEnd) return words[i + 2] ? [words[i + 2]!] : [];
    return [];
  });
  const opened = openingNoun(words, schemas);
  const beside = rows.length === 0 ? [] : words.flatMap((word, i) => (word.text === 'with' && !word.clauseEnd && OWNER_DETERMINERS.has(words[i + 1]?.text ?? '') && words[i + 2] ? [words[i + 2]!] : []));
  return [...rows, ...(opened ? [opened] : []), ...beside];
}

const OWNER_DETERMINERS: ReadonlySet<string> = wordSet(pick(ARTICLES, 'the'), pick(POSSESSIVE_DETERMINERS, 'its', 'their', 'his', 'her'));

/** A noun the rows are asked by; `opener` when it opens the question ("Which account customers …", "List the spaces …"). */
type AskedNoun = QuestionWord & { opener?: boolean; verbAfter?: QuestionWord };

/** Words that may stand between a listing verb (LISTING_VERBS) and its noun ("List all the …", "Show each …"). */
const OPENERS: ReadonlySet<string> = wordSet(
  pick(ARTICLES, 'the'),
  pick(QUANTIFIERS, 'all', 'every', 'each'),
  pick(PERSONAL_PRONOUNS, 'me'),
  pick(POSSESSIVE_DETERMINERS, 'our'),
);

/**
 * The head of the noun phrase that opens a "which" question or follows a listing verb: "Which account customers
 * haven't bought …" asks which customers, "List the spaces with …" which spaces, "Which riders have …" which riders. A
 * noun that only modifies the next one ("Show all paragraph texts") or follows a statistic ("Find the average
 * ranking") asks for no rows. A reader tells the rows apart by what names them, as for "each <noun>".
 */
function openingNoun(words: readonly QuestionWord[], schemas: readonly TableSchema[]): AskedNoun | undefined {
  let at: number;
  if (words[0]?.text === 'which' && !words[0].clauseEnd) at = 1;
  else if (LISTING_VERBS.has(words[0]?.text ?? '') && !words[0]!.clauseEnd) {
    at = 1;
    while (at < words.length && OPENERS.has(words[at]!.text) && !words[at]!.clauseEnd) at++;
  } else return undefined;
  const first = words[at];
  if (!first || STATISTICS.test(first.text)) return undefined;
  const heads = (word: QuestionWord) => schemas.some((schema) => headsTable(word.text, schema, true));
  const second = first.clauseEnd ? undefined : words[at + 1];
  if (!heads(first)) return second && heads(second) ? { ...second, opener: true } : undefined;
  if (!second) return { ...first, opener: true };
  if (heads(second)) return { ...second, opener: true };
  if (FUNCTION_WORDS.has(second.text) || /n't$|ed$/.test(second.text) || IRREGULAR_VERBS[second.text] !== undefined) return { ...first, opener: true };
  // Whether the next word is a verb is asked of WordNet only when the answer does not name the rows (see the check).
  return { ...first, opener: true, verbAfter: second };
}

/** Statistics that make the noun after them a measure, not rows: "the average ranking", "the number of riders". */
const STATISTICS = /^(average|avg|mean|median|total|sum|maximum|max|minimum|min|number|count|amount|share|percentage|percent|proportion|ratio|rate|most|least|highest|lowest|top|bottom)$/;
/** Closed-class words after a noun that end its phrase: auxiliaries, modals, prepositions, relative pronouns. */
const FUNCTION_WORDS: ReadonlySet<string> = wordSet(
  pick(BE_FORMS, 'is', 'are', 'was', 'were', 'be', 'been', 'being'),
  FINITE_HAVE,
  FINITE_DO,
  MODALS,
  RELATIVE_PRONOUNS,
  pick(WH_WORDS, 'where', 'when'),
  pick(PREPOSITIONS, 'with', 'without', 'in', 'on', 'at', 'from', 'for', 'of', 'by', 'to', 'into', 'onto', 'over', 'under', 'across', 'during', 'since', 'before', 'after', 'than', 'as', 'per', 'via', 'between', 'among', 'along', 'through'),
  pick(NEGATORS, 'not', 'never'),
  pick(COORDINATORS, 'and', 'or', 'but'),
  pick(FOCUS_ADVERBS, 'also'),
  ['ever', 'still', 'already'],
);

/**
 * Whether the noun heads the table's name: its last part, by root ("setters" / setter), or, for the noun that opens the
 * question, a short form of the noun: its opening letters (cust for "customers") or its consonants (rdr for "riders").
 */
function headsTable(noun: string, table: TableSchema, shortForm = false): boolean {
  const part = tableNameWords(table.name).at(-1)!;
  if (wordRoot(part) === wordRoot(noun)) return true;
  const singular = /[^s]s$/.test(noun) ? noun.slice(0, -1) : noun;
  return shortForm && part.length >= 3 && part.length < singular.length && (singular.startsWith(part) || isSkeletonOf(part, singular));
}

/**
 * "the pay for each tutor" where staff.role = 'TUT' ('TUT sectional tutor'): no table is named by the noun, but the SQL
 * holds a column of a read table to a code whose gloss says it, so the noun's rows are that table's.
 */
function testedGlossTable(noun: string, tables: readonly TableSchema[], tested: ReadonlySet<string>): TableSchema | undefined {
  const root = wordRoot(noun);
  const found = columnCodeGlosses(tables).filter(({ code, gloss }) => tested.has(code) && (gloss.toLowerCase().match(/[a-z]+/g) ?? []).some((word) => wordRoot(word) === root));
  return found.length > 0 && found.every((entry) => entry.table === found[0]!.table) ? found[0]!.table : undefined;
}

/** The schema columns the answer shows, a * read as every column of the FROM; undefined when one cannot be placed. */
function shownColumns(tree: NonNullable<Parameters<AnswerCheckRule>[0]['tree']>, schemas: readonly TableSchema[]): Shown[] | undefined {
  const shown: Shown[] = [];
  for (const [position, item] of tree.selectList.entries()) {
    if (item.class === 'STAR') {
      for (const entry of tree.tables) {
        const table = schemas.find((schema) => bareName(schema.name).toLowerCase() === entry.name);
        if (!table) return undefined;
        shown.push(...table.columns.map((column) => ({ table, column })));
      }
      continue;
    }
    if (item.class === 'COLUMNS') return undefined;
    if (holdsAggregate(item)) continue;
    const refs = columnOf(item) ? [columnOf(item)!] : columnsUnder(item);
    for (const ref of refs) {
      const resolved = treeColumnSchema(tree, schemas, ref);
      if (resolved) shown.push({ ...resolved, position });
    }
  }
  return shown;
}

/** Whether the words spell a column's whole name ("pet type" / PetType). */
function spellsColumn(schemas: readonly TableSchema[], words: QuestionWord[]): boolean {
  const roots = words.map((word) => wordRoot(word.text));
  return schemas.some((schema) =>
    schema.columns.some((column) => {
      const parts = splitIdentifier(column.name).map((part) => wordRoot(part.toLowerCase()));
      return parts.length === roots.length && parts.every((part, k) => part === roots[k]);
    }),
  );
}

/**
 * Whether the shown columns of a table without a name or key shown tell its rows apart: no two result rows hold the
 * same values in them ("each tanker with its depot" answered by depots alone repeats 'Whitland').
 */
function tellsRowsApart(own: Shown[], rows: readonly unknown[][]): boolean {
  const positions = own.flatMap((entry) => (entry.position === undefined ? [] : [entry.position]));
  if (positions.length === 0) return false;
  const seen = new Set(rows.map((row) => JSON.stringify(positions.map((position) => row[position]))));
  return seen.size === rows.length;
}

/** A schema column the answer shows, and the result column showing it (none for a *). */
interface Shown extends ResolvedColumn {
  position?: number;
}
