import { bareName } from '../models/offline/bare-name.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { ROW_NOUNS } from './row-nouns.js';
import { wordRoot } from '../models/offline/word-root.js';
import { sqlReadsSynonym } from './sql-reads-synonym.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { EXISTS_IN_DATA } from './check-stated-condition.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import { hasSense } from '../lexicon/has-sense.js';
import { isEnglishWord } from '../lexicon/is-english-word.js';
import { isPluralNoun } from '../lexicon/is-plural-noun.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { NOUN_OPENERS } from '../lexicon/determiners.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { namesShortenedPart } from '../models/offline/shortened-name-part.js';
import { nounAncestors } from '../lexicon/noun-ancestors.js';
import type { MatchedValue, TableSchema } from '../context/context-schema.js';
import { countedThings, type CountedThings } from './counted-things.js';
import { findTable } from '../models/offline/schema-lookup.js';
import { aggregateOf, columnOf, type OuterSelectTree, type TreeColumn } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import { meetsSpelledWord, spelledTableWords } from './spelled-names.js';
import { tableAliases } from './table-aliases.js';
import { nameWordsAndRoots, wordsAndRoots } from '../models/offline/name-words-and-roots.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/**
 * A count ask: "how many", or a count noun ("number", "no.", "count", "#") heading "of" as the phrase's own head, after
 * a determiner, "total" or the clause's start ("the number of", "total no. of", "# of"); "phone number of" and "a
 * number of" (several) are not asks. Words after "of" that only say how to count (the, distinct, different, unique)
 * are not the thing counted.
 */
const COUNT_ASK = String.raw`(?:\bhow\s+many|(?:(?:^\s*|\bthe\s+|[,:;(]\s*)(?:total\s+)?|\btotal\s+)(?:number|no\.|count|#)\s+of(?:\s+(?:the|distinct|different|unique))*)`;
const COUNTED_END = String.raw`(?=\s+(?:are|is|were|was|do|does|did|have|has|had|can|could|will|would|should|there|in|on|at|of|for|with|from|by|to|that|who|which|per|during|since|before|after|between|across|along|under|over|than|got|get)\b|\s*[?,.;]|\s*$)`;

/** The words a count ask counts: up to the verb, preposition or clause that says what is true of them. */
export const COUNTED_WORDS = new RegExp(String.raw`${COUNT_ASK}\s+((?:[a-z][a-z'-]*\s+){0,3}?[a-z][a-z'-]*)${COUNTED_END}`, 'i');

/**
 * "members" counted as `COUNT(*) FROM mbr`: a name part the linker reads as the word shortened, its vowels dropped or
 * its start clipped (shortened-name-part.ts), names what the word names.
 */
const readsShortened = (word: QuestionWord | undefined, roots: ReadonlySet<string>): boolean => word !== undefined && [...roots].some((part) => namesShortenedPart(part, word));

/** "invs" for a table tblInvoice: a question word no dictionary knows, its plural's "s" aside, that starts a word of the name. */
const clipsName = (word: string, roots: ReadonlySet<string>): boolean => {
  const clipped = word.replace(/([^s])s$/, '$1');
  return clipped.length >= 3 && !isEnglishWord(word) && !isEnglishWord(clipped) && [...roots].some((root) => root.length >= clipped.length + 2 && root.startsWith(clipped));
};

/** Whether one of the SQL's identifier words names a question word (sqlReadsWord, or shortened as readsShortened reads it). */
type NameReader = (word: string, roots: ReadonlySet<string>) => boolean;

/** "how many each", "how many in each": the count's noun is elsewhere in the sentence. */
const LEADS_ELSEWHERE = /^(?:each|in|of|per|more|less|fewer|times|such)\b/;

/**
 * "How many weeks does the Music course last?" answered by counting the course's rows: the SQL must read the thing
 * counted (as a table, a column or a value, by its name or a WordNet relative of it), or it counts something else.
 */
export const checkCountedNoun: AnswerCheckRule = ({ question, analysis, sql, context, tree }) => {
  if (!sql.aggregates.has('count') && !sql.aggregates.has('sum')) return undefined;
  const counted = COUNTED_WORDS.exec(question)?.[1]?.toLowerCase();
  if (!counted) return undefined;
  // "no. of hh served" as SUM(rounds.hh): a short word the SQL names a column with is the counted noun where no other
  // word of the phrase is a noun ("OA papers" counts papers).
  const all = counted.split(/\s+/);
  const nounless = !all.some((word) => word.length >= 3 && hasSense('noun', word));
  const words = all.filter((word) => word.length >= 3 || (nounless && sql.roots.has(word)));
  if (words.length === 0 || LEADS_ELSEWHERE.test(counted) || words.some((word) => ROW_NOUNS.test(word))) return undefined;
  const questionWord = (word: string) => analysis.words.find((each) => each.text === word);
  // A shortened name is weaker evidence than a name: it stands for the counted noun only when the words after the noun
  // ask nothing the SQL leaves unread ("members registered" only says a row is kept; "flights launched" asks which).
  const restRead = (word: string) =>
    all.slice(all.indexOf(word) + 1).every((rest) => EXISTS_IN_DATA.test(rest) || sqlReadsWord(rest, sql.roots) || sqlReadsSynonym(rest, sql.roots));
  const readsName: NameReader = (word, roots) => sqlReadsWord(word, roots) || (readsShortened(questionWord(word), roots) && restRead(word));
  const literalWords = new Set(sql.literals.flatMap((literal) => literal.split(/[^a-z0-9]+/)).flatMap((word) => [word, wordRoot(word)]));
  // "lefties" matched to a stored hand = 'L' that the SQL filters on: the value is what is counted, where the count's
  // words spell it ("How many podcasts are listed on Apple Podcasts?" counts no 'Apple Podcasts').
  const literals = new Set(sql.literals.map((literal) => literal.toLowerCase()));
  const filteredValueWords = new Set(
    context.matched_values.filter((match) => literals.has(match.value.toLowerCase()) && counted.includes(match.matched_text.toLowerCase())).flatMap((match) => match.matched_text.toLowerCase().split(/[^a-z0-9'-]+/)),
  );
  const spelled = (tables: ReadonlySet<string>) => spelledTableWords(context.table_schemas, (table) => tables.has(bareName(table).toLowerCase()));
  const readSpelled = spelled(sql.roots);
  // The head read anywhere in the SQL: by a name, a synonym, a name its comment spells, a clipped name or a filtered
  // value. Only WordNet's synonyms: a broader relative is too loose here ("days" meets the `DATE` of any date literal).
  const readsAnywhere = (word: string) =>
    filteredValueWords.has(word) || readsName(word, sql.roots) || meetsSpelledWord(word, readSpelled) || sqlReadsWord(word, literalWords) || sqlReadsSynonym(word, sql.roots) || clipsName(word, sql.roots);
  const modifierCounted = countsModifierTable(words, tree, context.table_schemas, readsName, readsAnywhere);
  if (modifierCounted) {
    const { table, modifier } = modifierCounted;
    return { name: 'counted_noun', passed: false, detail: `the question counts "${counted}", but the SQL counts the rows of ${table}, what "${modifier}" names, not the ${words.at(-1)}` };
  }
  const otherTable = countsOtherThanValue(words, tree, context.table_schemas, context.matched_values.filter((match) => literals.has(match.value.toLowerCase())));
  if (otherTable) {
    const { table, value } = otherTable;
    return { name: 'counted_noun', passed: false, detail: `the question counts "${counted}", stored as ${value.table}.${value.column} = '${value.value}', but the SQL counts the rows of ${table}` };
  }
  // "tickets" counted as `COUNT(*) FROM pcn`, 'Penalty charge notice (parking ticket)': a name its comment spells the table with (spelled-names.ts).
  if (words.some((word) => filteredValueWords.has(word) || readsName(word, sql.roots) || meetsSpelledWord(word, readSpelled) || sqlReadsWord(word, literalWords) || sqlReadsSynonym(word, sql.roots, { broader: true }))) {
    const things = countedThings(tree, context.table_schemas);
    const countedSpelled = things ? spelled(new Set(things.tables.map((table) => bareName(table).toLowerCase()))) : new Set<string>();
    if (things && !words.some((word) => namesCounted(word, things, context.table_schemas, context.matched_values, literals, countedSpelled, readsName)) && countsOtherThing(words, things, analysis.words, context.table_schemas)) {
      return { name: 'counted_noun', passed: false, detail: `the question counts "${counted}", but the SQL counts ${describe(things)}, which the question does not name` };
    }
    const elsewhere = things && !readsAnywhere(words.at(-1)!) ? countsNounElsewhere(words, things, question, context.table_schemas) : undefined;
    if (elsewhere) {
      return { name: 'counted_noun', passed: false, detail: `the question counts "${counted}", whose "${words.at(-1)}" the SQL reads nowhere, but the SQL counts the rows of ${things!.tables[0]}, what "${elsewhere}" names` };
    }
    // "no. of deposit invs raised": a question word clipped from the counted table's name names its rows.
    const readsAnyName: NameReader = (word, roots) => readsName(word, roots) || clipsName(word, roots);
    const unlike = things && things.columns.length === 0 ? valueUnlikeRows(words, things, context.table_schemas, context.matched_values, literals, countedSpelled, readsAnyName) : undefined;
    if (unlike) {
      return { name: 'counted_noun', passed: false, detail: `the question counts "${unlike.word}", but the SQL counts the rows of ${unlike.table} whose ${unlike.column} is '${unlike.value}', and WordNet knows no kind of thing that both a ${wordRoot(unlike.word)} and a ${unlike.row} are` };
    }
    return { name: 'counted_noun', passed: true, detail: `the SQL reads what is counted ("${counted}")` };
  }
  return { name: 'counted_noun', passed: false, detail: `the question counts "${counted}", which the SQL neither counts nor reads` };
};

/**
 * "How many lift passes were sold?" answered by COUNT(DISTINCT lifts.lift_id): in a compound noun the last word is
 * what is counted and the words before it say which kind; a count of the rows of a table named by a modifier
 * ("lift") and not by that head ("passes") counts the wrong thing. Returns that table and the modifier naming it.
 */
function countsModifierTable(
  words: readonly string[],
  tree: OuterSelectTree | undefined,
  schemas: readonly TableSchema[],
  readsName: NameReader,
  readsAnywhere: (word: string) => boolean,
): { table: string; modifier: string } | undefined {
  if (words.length < 2) return undefined;
  const head = words.at(-1)!;
  if (!hasSense('noun', head)) return undefined;
  // COUNT(*) says less of what it counts than COUNT(t.c): it is doubted only when the head is read nowhere in the SQL.
  const counted = countedColumn(tree, schemas) ?? (readsAnywhere(head) ? undefined : countedRowsOfCompound(words, tree, schemas));
  if (!counted) return undefined;
  const { table } = counted;
  if (readsName(head, counted.words)) return undefined;
  const tableRoots = tableWords(table, schemas);
  const modifier = words.slice(0, -1).find((word) => sqlReadsWord(word, tableRoots));
  return modifier ? { table, modifier } : undefined;
}

/**
 * "How many rats were caught at Glenmuir Meats?" answered by COUNT(DISTINCT customers.cust_id) WHERE visits.pest = 'RAT':
 * what is counted is stored as a value the SQL filters on, so its rows are the rows of that value's table; a count of
 * another table's keys, which no counted word names, counts something else. Returns that table and the value.
 */
function countsOtherThanValue(words: readonly string[], tree: OuterSelectTree | undefined, schemas: readonly TableSchema[], filtered: readonly MatchedValue[]): { table: string; value: MatchedValue } | undefined {
  const value = filtered.find((match) => match.matched_text.toLowerCase().split(/[^a-z0-9'-]+/).some((word) => words.includes(word)));
  if (!value) return undefined;
  const counted = countedColumn(tree, schemas);
  if (!counted || counted.table === bareName(value.table)) return undefined;
  return words.some((word) => sqlReadsWord(word, counted.words)) ? undefined : { table: counted.table, value };
}

/**
 * "How many shearing days did we have in June?" as `COUNT(*) FROM shearers`: COUNT(*) over one table, the rows the
 * counted words' modifier names, where the words read as a compound noun: a plural head after modifiers that are not
 * plural ("flights land" is a subject and its verb, "sales reps" is left alone).
 */
function countedRowsOfCompound(words: readonly string[], tree: OuterSelectTree | undefined, schemas: readonly TableSchema[]): { table: string; words: ReadonlySet<string> } | undefined {
  if (!isPluralHead(words)) return undefined;
  const things = countedThings(tree, schemas);
  if (!things || things.columns.length > 0 || things.tables.length !== 1) return undefined;
  return { table: things.tables[0]!, words: tableWords(things.tables[0]!, schemas) };
}

/**
 * "how many monitoring wells were sunk on jobs started in 2026" as `COUNT(*) FROM tblJob WHERE jobPurpose = 'MONITOR'`:
 * the compound's head ("wells") is read nowhere in the SQL, only a modifier of it, and a plural noun the question puts
 * after a preposition ("on jobs", "for the jobs") names the one table counted: the SQL counts what that noun names.
 * Returns the noun.
 */
function countsNounElsewhere(words: readonly string[], things: CountedThings, question: string, schemas: readonly TableSchema[]): string | undefined {
  if (things.columns.length > 0 || things.tables.length !== 1 || !isPluralHead(words)) return undefined;
  const roots = tableWords(things.tables[0]!, schemas);
  const counted = new Set(words);
  const all = questionWords(question);
  const afterPreposition = (k: number) => PREPOSITION_SET.has(all[k - 1]?.text ?? '') || (NOUN_OPENERS.has(all[k - 1]?.text ?? '') && PREPOSITION_SET.has(all[k - 2]?.text ?? ''));
  return all.find((word, k) => !counted.has(word.text) && isPlural(word.text) && afterPreposition(k) && sqlReadsWord(word.text, roots))?.text;
}

const PREPOSITION_SET: ReadonlySet<string> = new Set(PREPOSITIONS);

/** "shearing days", "monitoring wells": two words or more whose last is a plural noun and none before it is plural. */
function isPluralHead(words: readonly string[]): boolean {
  return words.length >= 2 && isPlural(words.at(-1)!) && !words.slice(0, -1).some(isPlural);
}

const isPlural = (word: string): boolean => /[^s]s$/.test(word) && (isPluralNoun(word) || (wordRoot(word) !== word && hasSense('noun', wordRoot(word))));

/** The first `COUNT([DISTINCT] t.c)` of the outer query: the table t stands for, and the words (and roots) of its name and of c's. */
function countedColumn(tree: OuterSelectTree | undefined, schemas: readonly TableSchema[]): { table: string; words: ReadonlySet<string> } | undefined {
  const column = tree ? firstQualifiedCount(tree.clauses) : undefined;
  if (!column?.owner) return undefined;
  const table = tableAliases(tree).get(column.owner) ?? column.owner;
  return { table, words: new Set([...tableWords(table, schemas), ...wordsAndRoots(splitIdentifier(column.column))]) };
}

function firstQualifiedCount(node: unknown): TreeColumn | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = firstQualifiedCount(item);
      if (found) return found;
    }
    return undefined;
  }
  if (!node || typeof node !== 'object') return undefined;
  const call = aggregateOf(node as TreeNode);
  const column = call?.name === 'count' ? columnOf(call.argument) : undefined;
  if (column?.owner) return column;
  return firstQualifiedCount(Object.values(node));
}

/**
 * "How many tournaments were held in 2016?" answered by COUNT(*) FROM matches: the word is read (tourney_date) but
 * the rows counted are matches. What is counted must be named by the counted tables or column, by a WordNet relative
 * of them, by a name their comments spell them with (spelled), or by a value the SQL filters those tables on ("lefties"
 * as players.hand = 'L').
 */
function namesCounted(
  word: string,
  things: CountedThings,
  schemas: readonly TableSchema[],
  matched: readonly MatchedValue[],
  literals: ReadonlySet<string>,
  spelled: ReadonlySet<string>,
  readsName: NameReader,
): boolean {
  const roots = new Set([...things.tables.flatMap((table) => [...tableWords(table, schemas)]), ...wordsAndRoots(things.columns.flatMap((name) => splitIdentifier(name)))]);
  if (readsName(word, roots) || meetsSpelledWord(word, spelled) || sqlReadsSynonym(word, roots, { broader: true })) return true;
  const tables = new Set(things.tables);
  return matched.some(
    (match) =>
      literals.has(match.value.toLowerCase()) &&
      tables.has(bareName(match.table)) &&
      match.matched_text.toLowerCase().split(/[^a-z0-9'-]+/).some((text) => text === word || wordRoot(text) === wordRoot(word)),
  );
}

function describe({ tables, columns }: CountedThings): string {
  return columns.length > 0 ? `the values of ${columns.join(', ')} in ${tables.join(', ')}` : `the rows of ${tables.join(', ')}`;
}

/**
 * When the counted tables are not what the question counts, whether the question says what they are instead: it names
 * them by another of its words ("householders ... from Riverside ward" counted as wards), or it names a column of the
 * table whose rows COUNT(*) counts ("tournaments" for tourney_id: a count of matches, not of tournaments).
 */
function countsOtherThing(counted: readonly string[], things: CountedThings, questionWords: ReadonlyArray<{ text: string }>, schemas: readonly TableSchema[]): boolean {
  const tableRoots = new Set(things.tables.flatMap((table) => [...tableWords(table, schemas)]));
  const countedSet = new Set(counted);
  const elsewhere = questionWords.map((word) => word.text.toLowerCase()).filter((word) => word.length >= 3 && !countedSet.has(word) && !ROW_NOUNS.test(word));
  if (elsewhere.some((word) => sqlReadsWord(word, tableRoots))) return true;
  if (things.columns.length > 0) return false;
  const columnRoots = new Set(
    wordsAndRoots(things.tables.flatMap((table) => findTable(schemas, table)?.columns ?? []).flatMap((column) => splitIdentifier(column.name)).filter((part) => part !== 'id')),
  );
  return counted.some((word) => sqlReadsWord(word, columnRoots) || sqlReadsSynonym(word, columnRoots));
}

/**
 * The words of a counted table's name as the schema writes it, and their roots: the tree and countedThings give the
 * name lower-cased, which would read OrderLine as one word.
 */
function tableWords(table: string, schemas: readonly TableSchema[]): ReadonlySet<string> {
  return nameWordsAndRoots(findTable(schemas, table)?.name ?? table);
}

/** WordNet's unique beginners: every noun is one of these, so sharing only them relates nothing. */
const TOP_NOUNS = new Set(['entity', 'abstraction', 'abstract_entity', 'physical_entity']);

/**
 * "How many stores do we operate?" answered by COUNT(*) FROM orders WHERE channel = 'store': the counted noun is a value
 * of the rows counted, not a name of them; a value stands for the rows ("lefties" as athletes with hand = 'L', "dogs"
 * as pets of type 'dog') only when WordNet puts both under some kind of thing below its unique beginners. Nouns
 * WordNet does not know are left alone. Returns the value that counts rows of another kind.
 */
function valueUnlikeRows(words: readonly string[], things: CountedThings, schemas: readonly TableSchema[], matched: readonly MatchedValue[], literals: ReadonlySet<string>, spelled: ReadonlySet<string>, readsName: NameReader) {
  if (words.some((word) => namesCounted(word, { ...things, columns: [] }, schemas, [], new Set(), spelled, readsName))) return undefined;
  const tables = new Set(things.tables);
  // Only the head counts: "enterprise accounts" counts accounts; "enterprise" says which.
  const head = [...words].reverse().find((word) => hasSense('noun', word));
  for (const word of head ? [head] : []) {
    const match = matched.find(
      (m) => literals.has(m.value.toLowerCase()) && tables.has(bareName(m.table)) && m.matched_text.toLowerCase().split(/[^a-z0-9'-]+/).some((text) => text === word || wordRoot(text) === wordRoot(word)),
    );
    if (!match) continue;
    const table = bareName(match.table);
    const row = wordRoot(tableNameWords(findTable(schemas, table)?.name ?? table).at(-1)!);
    const kinds = nounAncestors(word);
    const rowKinds = nounAncestors(row);
    if (kinds.size === 0 || rowKinds.size === 0) return undefined;
    if ([...kinds].some((kind) => rowKinds.has(kind) && !TOP_NOUNS.has(kind))) return undefined;
    return { word, table, column: match.column, value: match.value, row };
  }
  return undefined;
}
