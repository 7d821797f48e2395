import { GLOSS_WORD_SCORE } from '../catalog/match-values.js';
import type { NameVocabulary } from '../catalog/name-vocabulary.js';
import { firstFromTable } from './first-from-table.js';
import { describesCountedTable } from './described-count.js';
import type { CatalogTable } from '../connectors/connector.js';
import type { Context, TableSchema } from '../context/context-schema.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { groundAttributes, linksToNames, withHeldAttributes } from './ground-attributes.js';
import { groundQuestion } from './ground-question.js';
import { evidenceOf, namesRoots } from './evidence-roots.js';
import { namesClosely } from './names-closely.js';
import { GENERIC_HEADS } from './is-naming-word.js';
import { hasSense } from '../lexicon/has-sense.js';
import { firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import { nounAncestors } from '../lexicon/noun-ancestors.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import { expandNameParts } from '../catalog/expand-terse-name.js';
import { ROW_NOUNS } from './row-nouns.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { selectsEveryColumn } from './selects-every-column.js';
import { sqlShape } from './sql-shape.js';
import { PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, WH_WORDS } from '../lexicon/pronouns.js';
import { COORDINATORS } from '../lexicon/conjunctions.js';
import { PRO_ADVERBS } from '../lexicon/function-adverbs.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { FINITE_AUXILIARIES, FINITE_BE, FINITE_DO, MODALS } from '../lexicon/auxiliaries.js';
import { ARTICLES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { PREPOSITIONS as ENGLISH_PREPOSITIONS } from '../lexicon/prepositions.js';

const AUXILIARIES: ReadonlySet<string> = wordSet(
  FINITE_AUXILIARIES,
  pick(MODALS, 'will', 'would', 'can', 'could'),
);
const DO_FORMS: ReadonlySet<string> = wordSet(FINITE_DO);
const COPULAS: ReadonlySet<string> = wordSet(FINITE_BE);
/** Words that end the noun phrase after "what", "which" or "how much/many": a verb's auxiliary, a preposition, a pronoun. */
const PHRASE_END: ReadonlySet<string> = wordSet(
  AUXILIARIES,
  pick(ENGLISH_PREPOSITIONS, 'of', 'in', 'on', 'at', 'for', 'from', 'to', 'by', 'with', 'per', 'among', 'than', 'along', 'across', 'over', 'during'),
  pick(RELATIVE_PRONOUNS, 'that', 'which', 'who', 'whose'),
  pick(WH_WORDS, 'where', 'when'),
  pick(PRO_ADVERBS, 'there'),
  pick(COORDINATORS, 'and', 'or'),
);
/** Words of a statistic: "the mean attendance", "the maximum number of …" ask for a figure the SQL computes, under any name. */
const MEASURES = /^(average|avg|mean|total|median|typical|overall|maximum|minimum|max|min|highest|lowest|largest|smallest|number|count|amount|sum)$/;
/** A flag's stored values: a filter on one says which rows meet a condition, it names no thing. */
const FLAG_VALUES = /^(true|false|t|f|y|n|yes|no|0|1)$/;
/** "how much more / less / fewer …": a difference between two amounts or counts. */
const COMPARED = /^(?:more|less|fewer)$/;
const PREPOSITIONS: ReadonlySet<string> = wordSet(
  pick(ENGLISH_PREPOSITIONS, 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'per', 'over', 'during', 'of', 'across'),
);
const PRONOUNS: ReadonlySet<string> = wordSet(pick(PERSONAL_PRONOUNS, 'us', 'them', 'me', 'you', 'him', 'her', 'it'));
const DETERMINERS: ReadonlySet<string> = wordSet(ARTICLES, POSSESSIVE_DETERMINERS, pick(QUANTIFIERS, 'each', 'every', 'all', 'any'));

/** What a question asks for, and how: the measure or attribute ("cost", "building") or the things it counts ("stops"). */
interface AskedHead {
  word: QuestionWord;
  count: boolean;
  /** The words before the head in its noun phrase: "mean" of "mean attendance". */
  modifiers: QuestionWord[];
  verb?: boolean;
  /**
   * Asked of the thing after a copula ("What colour is the car …?"): it must name a column closely (its word, a derived
   * form or a synonym), as a WordNet sibling does not say it is stored ("colour" reaches make and model as a kind).
   */
  ofCopula?: boolean;
  /** Asked by "how much <noun>": an amount of it. */
  amount?: boolean;
}

/**
 * Why a query that ran still cannot answer the question, judged after execution from the SQL's shape: the question asks
 * for one attribute or measure ("How much does a monthly pass cost?", "Which building houses …", "What do … earn?") and
 * the answer fell back to every column of a table (`*`), or it counts things ("How many stops …") and the count fell
 * back to the rows of a table named for something else, filtered to a named value. Only when the asked word links to
 * nothing: no table, column, value, metric or doc, nor loosely (through WordNet) to a name of the linked tables, and the
 * SQL reads nothing for it. A request to show or list rows ("show the X", "tell me about Physics") is a fair `*`.
 */
export function judgeFallbackAnswer(context: Context, catalog: readonly CatalogTable[] | NameVocabulary = []): string | undefined {
  const attempt = context.sql_attempts.at(-1);
  if (attempt?.executed !== true || context.table_schemas.length === 0) return undefined;
  const question = context.task.text;
  const words = questionWords(question);
  const head = askedHead(words, question);
  // "How many no-shows …": the second word of a hyphenated compound is no noun asked for on its own, and grounding
  // links the compound's words one by one, so whether it links says nothing about the compound.
  if (!head || hyphenated(question, head.word.offset - 1)) return undefined;
  const shape = sqlShape(attempt.sql);
  // "How much overhead did …" answered by a sum of the amounts: an amount of something no column holds, added up from another.
  // "How much fuel was left …" where fuel is a text column (the kind of fuel): an amount no column of that name holds.
  const textOnly = head.amount === true && namesOnlyTextColumns(head.word, context.table_schemas);
  // ... and an answer that lists that text column ("SELECT fuel FROM vehicles") shows the kind, not the amount.
  const fellBack = head.count ? countsNamedRows(shape, context) : selectsEveryColumn(shape) || (head.amount === true && addsUp(shape)) || (textOnly && listsColumns(shape));
  if (!fellBack) return undefined;
  const grounded = withHeldAttributes((context.grounding ?? groundQuestion(context, catalog)).words, groundAttributes(context).held);
  const evidence = textOnly ? undefined : grounded.find((candidate) => candidate.word.offset === head.word.offset)?.evidence;
  // A count narrowed to a named value ("along the Crosstown") counts that value's rows, which a word only a comment uses does
  // not name; an amount ("How much overhead …") is of something a column stores, which a comment's word does not.
  if (evidence !== undefined && !((head.count || head.amount === true) && evidence === 'text')) return undefined;
  // "How many representations …" where the counted table's own doc passage or comment calls its rows that.
  if (head.count && evidence === 'text' && describesCountedTable(context, head.word, attempt.sql)) return undefined;
  // "How many people walked out during <a film>?" counted over films: people are the rows only of a table of people.
  const countsPeople = head.count && PEOPLE.test(head.word.text) && !sameKindAsCountedTable('person', attempt.sql);
  if (!countsPeople && (GENERIC_HEADS.test(head.word.text) || (head.count && ROW_NOUNS.test(head.word.text)))) return undefined;
  // "What day did the Skua depart?" asks when, which the time attributes of grounding judge before any SQL runs.
  if (!head.count && /^(time|date|day|year|month|week)$/.test(head.word.text)) return undefined;
  if (!textOnly && sqlReadsWord(head.word.text, shape.roots)) return undefined;
  // A word no dictionary knows ("hrs", "qty") may be a short or misspelt column name: too weak a sign to decline on.
  if (primaryPartOfSpeech(head.word.text) === undefined && primaryPartOfSpeech(head.word.stem) === undefined) return undefined;
  // "enterprise accounts": the noun after a stored value says what kind of thing the value is.
  const valueWords = new Set(context.matched_values.flatMap((match) => questionWords(match.matched_text).map((word) => word.text)));
  if (MEASURES.test(head.word.text) || head.modifiers.some((word) => MEASURES.test(word.text))) return undefined;
  if (!head.verb && valueWords.has(words[head.word.index - 1]?.text ?? '')) return undefined;
  // "the mean attendance" where an Average column is: a word narrowing the head names the column.
  if (head.modifiers.some((word) => grounded.some((entry) => entry.word.offset === word.offset && entry.evidence === 'column'))) return undefined;
  // Words of a stored name of several words ("Run" of the Spring Fun Run); a one-word value ("Books") may still name the table.
  const nameWords = new Set(context.matched_values.map((match) => questionWords(match.matched_text)).filter((parts) => parts.length > 1).flatMap((parts) => parts.map((word) => word.text)));
  // People are never the rows of a table of things the noun after a stored name says it is ("How many people visited the
  // Faces exhibition?" counted over exhibitions): that noun says what the name is, not what is counted.
  const holders = countsPeople ? holderNouns(words, context.matched_values) : new Set<number>();
  if (head.count && namedTable(attempt.sql, words, head.word, nameWords, holders)) return undefined;
  // "How many artists are from the Netherlands?" counted over singers: people counted as people, acts as acts, may be the rows under another name.
  if (head.count && sameKindAsCountedTable(head.word.text, attempt.sql)) return undefined;
  // "How many orders got refunded?" over a refunded flag: a word naming a column says which rows to count; not a word of
  // the stored name the count is narrowed to ("Canal" of the Kennet & Avon Canal, where a canal column holds it).
  // ... nor, there, whatever column says which rows (admissions.visit_date, which "visited" links).
  if (head.count && !(countsPeople && holders.size > 0) && grounded.some((entry) => entry.word !== head.word && entry.evidence === 'column' && !nameWords.has(entry.word.text))) return undefined;
  // "people" is related to nearly every name in WordNet (a name, a population, an audience): the table's kind decided above.
  if (!textOnly && !countsPeople && (head.ofCopula ? namesClosely(head.word, context.table_schemas) : linksToNames(head.word, context.table_schemas, !head.count))) return undefined;
  if (namesMoney(head.word.text) && context.table_schemas.some((table) => table.columns.some(holdsMoney))) return undefined;
  const asked = head.count ? `how many ${head.word.text}` : `'${head.word.text}'`;
  const fallback = head.count ? 'counting the rows of another table' : textOnly && !selectsEveryColumn(shape) ? `listing text, which says what kind of ${head.word.text}, not how much` : 'every column of a table';
  return `nothing in ${context.task.namespace} (tables, columns, values, metrics or docs) records ${asked}, which the question asks for; the query fell back to ${fallback}, so the data cannot answer this question`;
}

/**
 * The word the question asks for, read from how it opens: "How much does X cost?" → cost, "How much overhead …" →
 * overhead, "What do X earn?" → earn, "What/Which <noun> …" → the noun, "What is the <noun> of …" → the noun,
 * "How many <noun> …" → the noun, counted.
 */
function askedHead(words: readonly QuestionWord[], question: string): AskedHead | undefined {
  const [first, second] = [words[0]?.text, words[1]?.text];
  if (first === 'how' && (second === 'much' || second === 'many')) {
    // "How much more do we sell it for than we pay?": a comparative asks for the difference of two amounts, no attribute.
    const compared = COMPARED.test(words[2]?.text ?? '');
    const from = compared ? 3 : 2;
    if (DO_FORMS.has(words[from]?.text ?? '') || AUXILIARIES.has(words[from]?.text ?? '')) return second === 'much' && !compared ? clauseVerb(words, 2) : undefined;
    const phrase = phraseHead(words, from, question);
    if (second === 'much') {
      const amount = headOf(phrase, false);
      return amount && { ...amount, amount: true };
    }
    // "how many volunteers turned up": after "how many" a plural is the noun counted, whatever WordNet mostly uses it as.
    if (phrase.length === 0 && second === 'many' && /s$/.test(words[2]?.text ?? '') && hasSense('noun', words[2]!.text)) return headOf([words[2]!], true);
    return headOf(phrase, second === 'many');
  }
  if (first !== 'what' && first !== 'which') return undefined;
  if (DO_FORMS.has(second ?? '')) return clauseVerb(words, 1);
  if (AUXILIARIES.has(second ?? '')) {
    // "What is the building of …": the noun after the copula's determiner, when an "of" follows it.
    if (!DETERMINERS.has(words[2]?.text ?? '')) return undefined;
    const phrase = phraseHead(words, 3, question);
    return words[(phrase.at(-1)?.index ?? -2) + 1]?.text === 'of' ? headOf(phrase, false) : undefined;
  }
  // "What time does the flight take off?": an attribute of what the do-clause tells; "Which carriers are covered?" asks for
  // rows of a kind of thing, which a table may hold under another name.
  const phrase = phraseHead(words, 1, question);
  const after = phrase.at(-1)?.index ?? -2;
  if (DO_FORMS.has(words[after + 1]?.text ?? '')) return headOf(phrase, false);
  // "What colour is the car with plate …?": the noun is asked of the thing after the copula.
  const asked = COPULAS.has(words[after + 1]?.text ?? '') && DETERMINERS.has(words[after + 2]?.text ?? '') ? headOf(phrase, false) : undefined;
  return asked && { ...asked, ofCopula: true };
}

function headOf(phrase: readonly QuestionWord[], count: boolean): AskedHead | undefined {
  const word = phrase.at(-1);
  return word ? { word, count, modifiers: phrase.slice(0, -1) } : undefined;
}

/**
 * The last noun of the phrase starting at `from`: "monthly pass" → pass, "OA papers" → papers. The phrase ends before
 * a verb, read without a tagger: an -ed word, a word WordNet knows only as a verb, or a word a determiner or a verb's
 * preposition follows ("Which building houses the …", "How many flights land at …").
 */
function phraseHead(words: readonly QuestionWord[], from: number, question: string): QuestionWord[] {
  const phrase: QuestionWord[] = [];
  let head: QuestionWord | undefined;
  for (let i = from; i < words.length; i++) {
    const word = words[i]!;
    if (PHRASE_END.has(word.text)) break;
    if (head === undefined && DETERMINERS.has(word.text)) continue;
    // "anti-snap cylinders": a word hyphened to the one before it belongs to that word's modifier, so the phrase goes on.
    if (head !== undefined && hyphenated(question, word.offset - 1)) {
      head = word;
      phrase.push(word);
      if (word.clauseEnd) break;
      continue;
    }
    // "the total docking capacity": after a measure word the phrase goes on to what is measured.
    const measured = head !== undefined && MEASURES.test(head.text);
    if (head !== undefined && (DETERMINERS.has(word.text) || (!measured && !isPhraseNoun(word, words[i + 1])))) break;
    // "Which building houses the …", "Which store took the most …": a word a determiner follows is the verb.
    if (head !== undefined && DETERMINERS.has(words[i + 1]?.text ?? '')) break;
    head = word;
    phrase.push(word);
    if (word.clauseEnd) break;
  }
  return phrase;
}

/** Whether a hyphen joins two words at this position of the question ("anti-snap", "no-shows"). */
const hyphenated = (question: string, at: number): boolean => question[at] === '-' && /[A-Za-z]/.test(question[at - 1] ?? '') && /[A-Za-z]/.test(question[at + 1] ?? '');

/** A noun by WordNet, or a plural whose singular is one and which ends the phrase anyway ("QF matches were"). */
function isPhraseNoun(word: QuestionWord, next: QuestionWord | undefined): boolean {
  if (/ed$/.test(word.text)) return false;
  if (primaryPartOfSpeech(word.text) === 'noun') return true;
  const endsPhrase = next === undefined || PHRASE_END.has(next.text) || word.clauseEnd;
  return endsPhrase && /s$/.test(word.text) && primaryPartOfSpeech(word.stem) !== undefined;
}

/** "What do assistant professors in Chemistry earn?": the verb that ends a do-question's first clause, asked for. */
function clauseVerb(words: readonly QuestionWord[], auxiliary: number): AskedHead | undefined {
  const end = words.findIndex((word, k) => k > auxiliary && word.clauseEnd);
  let at = end < 0 ? words.length - 1 : end;
  // "What did fixing flat tires cost us in total?": the verb before its object pronoun and a trailing phrase.
  while (at > auxiliary + 1 && (PREPOSITIONS.has(words[at - 1]!.text) || PREPOSITIONS.has(words[at]!.text) || PRONOUNS.has(words[at]!.text))) at--;
  const verb = words[at];
  if (!verb || verb.index <= auxiliary + 1 || PHRASE_END.has(verb.text)) return undefined;
  return { word: verb, count: false, modifiers: [], verb: true };
}

/**
 * A bare count of rows filtered to a value the question named: "SELECT COUNT(*) … FROM routes WHERE route_name =
 * 'Crosstown'", where the value was matched from the question's words.
 */
function countsNamedRows(shape: ReturnType<typeof sqlShape>, context: Context): boolean {
  if (shape.grouped || shape.windowed || shape.divides) return false;
  const list = /^\s*select\s+([\s\S]*?)\s+from\b/.exec(shape.code)?.[1];
  if (list === undefined || !/^count\s*\(\s*(?:\*|distinct\s+[\w".]+|[\w".]+)\s*\)(?:\s+as\s+\S+)?$/.test(list.trim())) return false;
  // A code in a table's primary key ("APG" of airports) names a related row: counting the rows that point at it
  // ("routes that leave from APG" over flights) counts those rows, not the named thing itself.
  const isKey = (match: Context['matched_values'][number]): boolean =>
    context.table_schemas.some((table) => table.name === match.table && table.columns.some((column) => column.primary_key && column.name === match.column));
  // A code reached by one word of its gloss ("a new tattoo" for 'TAT') says which kind of rows, not a thing by name.
  const named = new Set(context.matched_values.filter((match) => !isKey(match) && match.score > GLOSS_WORD_SCORE).map((match) => match.value.toLowerCase()));
  return /\bwhere\b/.test(shape.code) && shape.literals.some((literal) => named.has(literal) && !FLAG_VALUES.test(literal));
}

/** Whether a word of the question other than the counted noun names the table the count reads ("the Books category" → categories). */
function namedTable(sql: string, words: readonly QuestionWord[], counted: QuestionWord, nameWords: ReadonlySet<string>, holders: ReadonlySet<number>): boolean {
  const table = firstFromTable(sql);
  if (table === undefined) return false;
  const roots = namesRoots({ table: [table] });
  // A word of a stored name ("Run" of the Spring Fun Run) names the value the count is filtered to, not its table.
  const named = (word: QuestionWord) => !(word.capitalized === true && nameWords.has(word.text)) && !holders.has(word.offset);
  return words.some((word) => word !== counted && word.text.length > 2 && named(word) && evidenceOf(word, roots) === 'table');
}

/** The offsets of the nouns right after a stored name the question matched: "exhibition" of "the Faces exhibition". */
function holderNouns(words: readonly QuestionWord[], matches: Context['matched_values']): Set<number> {
  const ends = new Set(matches.map((match) => questionWords(match.matched_text).at(-1)?.text));
  return new Set(words.filter((word, i) => i > 0 && !words[i - 1]!.clauseEnd && ends.has(words[i - 1]!.text) && primaryPartOfSpeech(word.text) === 'noun').map((word) => word.offset));
}

/** Words for people in general, which a count asks of rows that are people. */
const PEOPLE = /^(people|persons|individuals|folks)$/;

/** The broad kinds a counted noun and a table's rows may share: both people, or both acts or events ("transactions" of orders). */
const ROW_KINDS = ['person', 'act', 'event'];

function sameKindAsCountedTable(counted: string, sql: string): boolean {
  const table = firstFromTable(sql);
  if (table === undefined) return false;
  const countedKinds = nounAncestors(counted);
  // A table is named for its rows in the name's first sense: routes are ways, not routs.
  return splitIdentifier(table.toLowerCase())
    .flatMap(tableWords)
    .some((part) => {
      const kinds = firstSenseAncestors(part);
      return ROW_KINDS.some((kind) => countedKinds.has(kind) && kinds.has(kind));
    });
}

/**
 * A table name's part as the word it is: itself, or where the dictionary knows no such noun, the plural of a short form
 * read as the word it shortens ("custs" → customer), as a terse schema's names are read.
 */
function tableWords(part: string): string[] {
  if (firstSenseAncestors(part).size > 0 || !/[^s]s$/.test(part)) return [part];
  return [part, ...expandNameParts([part.slice(0, -1)]).filter((word) => word !== part.slice(0, -1))];
}

/** "money", "cash", "dollars": money itself, which any amount, price or fee column holds, not one kind of it. */
const namesMoney = (word: string): boolean => {
  const ancestors = nounAncestors(word);
  return ancestors.has('money') || ancestors.has('currency') || ancestors.has('monetary_unit');
};

/** A column that holds a sum of money: an amount, a price, a fee (its name says so), or a decimal number ("amt"). */
const holdsMoney = (column: { name: string; type?: string | null }): boolean =>
  /^(decimal|numeric|money|smallmoney)\b/i.test(column.type ?? '') ||
  splitIdentifier(column.name.toLowerCase()).some((part) => {
    if (part.length < 3) return false;
    const ancestors = nounAncestors(part);
    return ['sum_of_money', 'monetary_value', 'payment', 'cost', 'fee', 'money', 'financial_gain', 'income'].some((kind) => ancestors.has(kind));
  });

/** The word names columns of the linked tables (by name) and every one of them holds text: a kind, not an amount. */
function namesOnlyTextColumns(word: QuestionWord, tables: readonly TableSchema[]): boolean {
  const named = tables.flatMap((table) => table.columns).filter((column) => evidenceOf(word, namesRoots({ column: [column.name] })) === 'column');
  return named.length > 0 && named.every((column) => /^(var)?char|^text|^string|^n?varchar|^character/i.test(column.type.trim()));
}

/** An aggregate of one column, not grouped: "SELECT SUM(amt) …", the figure a "how much" question asks for, of whatever the column holds. */
const addsUp = (shape: ReturnType<typeof sqlShape>): boolean => (shape.aggregates.has('sum') || shape.aggregates.has('avg')) && !shape.grouped && !shape.windowed;

/** A select list of plain columns, nothing computed: no aggregate, grouping or division. */
const listsColumns = (shape: ReturnType<typeof sqlShape>): boolean => shape.aggregates.size === 0 && !shape.grouped && !shape.windowed && !shape.divides;
