import { splitIdentifier, writtenWords } from '../catalog/split-identifier.js';
import type { CatalogTable } from '../connectors/connector.js';
import type { Context } from '../context/context-schema.js';
import { derivedForms, inflectionBases, verbSynonyms } from '../lexicon/derived-forms.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { nounAncestors } from '../lexicon/noun-ancestors.js';
import { relatedNouns } from '../lexicon/related-nouns.js';
import { namesDuration } from '../models/offline/duration-column.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { askedAttributes } from './asked-attributes.js';
import { codeGlossRoots } from './code-glosses.js';
import { listedExpansion } from '../lexicon/listed-short-forms.js';
import { compoundMeasure, periodCompound } from './compound-measure.js';
import { spannedArea } from './spanned-area.js';
import { flagNamesHeld } from './flag-names-held.js';
import { commentHeads, namesCommentHead, namesNamedCommentPhrase } from './comment-heads.js';
import { nounModifier, type GroundedWord } from './ground-question.js';
import { evidenceOf, namesRoots, type EvidenceRoots } from './evidence-roots.js';
import { maximumMeasure } from './maximum-measure.js';
import { isUnknownWord } from './is-unknown-word.js';
import { measuredInUnits } from './measured-in-units.js';
import { KEY_WORDS, NAMING_PARTS } from './naming-parts.js';

type Table = Pick<CatalogTable, 'name' | 'columns'>;

/** The attributes the question asks of things stored in tables: those the tables hold (even loosely), and the first they do not. */
export interface AttributeGrounding {
  /** Attribute words a table of the thing holds: grounded, however loosely the word links. */
  held: QuestionWord[];
  missing?: {
    /** The attribute as the question wrote it: "name", "breed", "sponsored". */
    phrase: string;
    /** The tables the thing it is asked of is stored in. */
    tables: string[];
    /** For the time of a verb: the verb, which a column elsewhere in the namespace may still record ("borrowed", a loans table's borrower). */
    verb?: QuestionWord;
  };
}

/**
 * Each attribute the question asks of a thing stored in a table ("the name of each pet", "What breed is the
 * heaviest dog?", "Who sponsored each concert?") that links to nothing in that table or the tables its keys join
 * (a column, a table or a metric), even loosely: by WordNet synonym, hypernym, hyponym or a word derived
 * from either side ("nationality" and Citizenship meet at "national"). Such a question asks for something nobody
 * stored about that thing, whatever else in the namespace the word may name. An attribute asked of a thing no table
 * is named by (or holds a value of) is left to the other rules.
 */
export function groundAttributes(context: Context, catalog: readonly Table[] = []): AttributeGrounding {
  const held: QuestionWord[] = [];
  // The linked tables, join partners included: a warehouse's catalog is too large to read per question.
  const tables: readonly Table[] = context.table_schemas;
  const metricRoots = namesRoots({ column: context.metrics.flatMap((metric) => [metric.name, ...metric.synonyms, ...metric.dimensions]) });
  for (const attribute of askedAttributes(context.task.text)) {
    const { things, named } = thingTables(context, tables, attribute.of);
    if (things.length === 0) continue;
    const near = neighbourhood(tables, things);
    // A stored value is a row's, not an attribute: "shipping" matching the status 'shipped' names no shipping cost.
    // What a comment defines a column as names it too: "running length" where duration_s is "Running time in seconds".
    const heads = commentHeads(near);
    // "Which partner is leading the most matters?" where resource.grade stores 'Partner': the doer is a row of a joined
    // table, and the word says which rows, as a stored value spelled the same.
    const valued = (word: QuestionWord) =>
      attribute.relation === true && context.matched_values.some((match) => match.score >= 1 && near.some((table) => sameTable(table.name, match.table)) && match.matched_text.toLowerCase().split(/\W+/).includes(word.text));
    const holds = (word: QuestionWord) => evidenceOf(word, metricRoots) !== undefined || namesCommentHead(word.text, heads) || linksToNames(word, near, attribute.verb) || timedBy(word, near) || valued(word) || measuredInUnits(word.text, near) ||
      compoundMeasure(word.text, attribute.words[attribute.words.indexOf(word) + 1]?.text, near) ||
      periodCompound(questionWords(context.task.text)[word.index - 1]?.text, word.text, near) ||
      spannedArea(word.text, near) ||
      flagNamesHeld(questionWords(context.task.text), word, near) ||
      maximumMeasure(nounModifier(questionWords(context.task.text), word), word.text, near) ||
      namesNamedCommentPhrase(nounModifier(questionWords(context.task.text), word), word.text, near) ||
      (NAME_WORD.test(word.text) && things.some(namedForItself)) ||
      (attribute.verb && doerDescribed(word, [...context.table_schemas.filter((table) => near.includes(table)), ...recordsOf(catalog, things, tables)]));
    if (attribute.time) {
      // The thing's own table says when it happened to it, or a table of events that refers to it and whose names the
      // verb links to ("When was the book borrowed?": loans.borrower, loan_date); a table it refers to is another thing's.
      // Its own table's dates are a row's: of a kind ("the Langstroth hive", a stored hive type) they date another event.
      const verb = attribute.words[0]!;
      if (things.some((table) => holdsTime(table) && (isRowOf(context, table, attribute.of) || linksToNames(verb, [table], true)))) continue;
      const events = tables.filter((table) => !things.includes(table) && holdsTime(table) && things.some((thing) => refersTo(table, thing)));
      if (events.some((table) => linksToNames(verb, [table], true))) continue;
      return { held, missing: { phrase: context.task.text.slice(verb.offset).replace(/\W+$/, ''), tables: things.map((table) => table.name), verb } };
    }
    // "Which students have a dog?" where a pet type 'dog' is stored: a row's value, which the SQL filters on.
    if (attribute.had && context.matched_values.some((match) => attribute.words.some((word) => match.matched_text.toLowerCase().split(/\W+/).includes(word.text)))) continue;
    const head = attribute.words.at(-1)!;
    // A noun before the head narrows what is asked ("shipping cost"): it must link too; an adjective ("full name") need not.
    // A word written as an owner ("their sponsor's name") is a noun, whatever English mostly uses it as.
    const open = attribute.verb ? [head] : attribute.words.filter((word) => word === head || primaryPartOfSpeech(word.text) === 'noun' || /^['’]s\b/.test(context.task.text.slice(word.offset + word.text.length)));
    // "Wyn Nott's tuition car" where gearbox glosses its codes "(the tuition car)": a modifier a code of the thing's tables stands for narrows the head as a filter does.
    const glossed = codeGlossRoots(near);
    const narrows = (word: QuestionWord) => holds(word) || (word !== head && glossed.has(wordRoot(word.text)));

    if (open.every(narrows)) {
      // Only of a thing a table is named after: "the anthem of France" is not a song of a singer from France.
      // What is shown beside listed things, or one of what they had, links however loosely it may: it grounds no other
      // word ("with its template type", "Which properties have a garden?").
      if (named && !attribute.alongside && !attribute.had) held.push(...open);
      continue;
    }
    // A word no dictionary knows ("sname", "qty") may be a short or misspelt column name: too weak a sign to decline on.
    if (open.some((word) => !narrows(word) && isUnknownWord(word.text))) continue;
    const first = attribute.words[0]!;
    const phrase = context.task.text.slice(first.offset, head.offset + head.text.length);
    return { held, missing: { phrase, tables: things.map((table) => table.name) } };
  }
  return { held };
}

/**
 * Tables named by the thing's words, or holding a value the thing's words matched ("the heaviest dog" → Pets). A table
 * named by the word alone (Pets, Students) is the thing's over one that also names something else (Has_Pet, Student_Enrolment).
 */
function thingTables(context: Context, tables: readonly Table[], of: readonly QuestionWord[]): { things: Table[]; named: boolean } {
  const named = tables.filter((table) => of.some((word) => evidenceOf(word, namesRoots({ table: [table.name] })) === 'table'));
  const alone = named.filter((table) => splitIdentifier(bare(table.name)).length === 1);
  const valued = tables.filter((table) => context.matched_values.some((match) => sameTable(table.name, match.table) && namesThing(match, of)));
  return { things: [...new Set([...(alone.length > 0 ? alone : named), ...valued])], named: named.length > 0 };
}

/**
 * Whether a value the thing's words matched is the thing ("the heaviest dog", "the Shingles vaccine" of a vaccine
 * column), not a word that says which of another thing: "a practice nurse appointment" is an appointment, whose noun
 * names neither the value's column nor its table.
 */
function namesThing(match: Context['matched_values'][number], of: readonly QuestionWord[]): boolean {
  const texts = match.matched_text.toLowerCase().split(/\W+/);
  const last = of.map((word) => texts.includes(word.text)).lastIndexOf(true);
  if (last < 0) return false;
  const names = new Set([...splitIdentifier(match.column), ...splitIdentifier(bare(match.table))].map((part) => wordRoot(part)));
  return !of.slice(last + 1).some((word) => primaryPartOfSpeech(word.text) === 'noun' && !names.has(wordRoot(word.text)));
}

/** "the length of an appointment" where appts.mins is: a duration asked of a thing a column of time units measures. */
export const timedBy = (word: QuestionWord, tables: readonly Table[]): boolean =>
  nounAncestors(word.text).has('duration') && tables.some((table) => table.columns.some((column) => namesDuration(column.name)));

/**
 * Whether the thing's words name a row of the table: "each" or "every" ranges over its rows ("each tandem"), a value
 * they matched is stored in a column naming the table's rows (a name, title or label, a key or code, the column named
 * after the table: "Bleak House"), or a word of it names the table while its head names no column there ("the newest
 * product"; "free school meals" is a column of schools). A value of another column is a kind ("the tandem", a frame
 * type; "sliced bread", a category) or another thing's name (a book's author): rows of it only as "the folding bikes",
 * a determined plural, says.
 */
function isRowOf(context: Context, table: Table, of: readonly QuestionWord[]): boolean {
  const before = context.task.text.slice(0, of[0]?.offset ?? 0);
  if (/\b(each|every)\s+$/i.test(before)) return true;
  const values = context.matched_values.filter((match) => sameTable(table.name, match.table) && namesThing(match, of));
  if (values.some((match) => namesRows(table, match.column))) return true;
  const head = of.at(-1)!;
  if (values.length > 0 && !(/\b(the|our|these|those|its|their)\s+$/i.test(before) && /[^s]s$/.test(head.text))) return false;
  // One set of roots, so that a column named after the table (transcript_id) names the table, not an attribute.
  const names = namesRoots({ table: [table.name], column: table.columns.map((column) => column.name) });
  return of.some((word) => evidenceOf(word, names) === 'table') && evidenceOf(head, names) !== 'column';
}

/** A column whose values say which row: a name, title, label, key or code, or one named after its table. */
function namesRows(table: Table, name: string): boolean {
  const column = table.columns.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
  if (column?.primary_key) return true;
  const parts = splitIdentifier(name.toLowerCase());
  const own = bare(table.name);
  return parts.some((part) => NAMING_PARTS.test(part) || KEY_WORDS.test(part)) || [own, own.replace(/e?s$/, '')].includes(name.toLowerCase());
}

const NAME_WORD = /^names?$/;

type DescribedTable = Table & { comment?: string; sample_rows?: Context['table_schemas'][number]['sample_rows'] };

/**
 * "Who examined the most objects?" where condition_checks refers to objects and its conservator is 'Conservator who
 * examined the object': the catalog's tables whose keys refer to the thing's table, which the linking left out; a
 * record of what was done to the thing may describe who did it.
 */
function recordsOf(catalog: readonly DescribedTable[], things: readonly Table[], linked: readonly Table[]): DescribedTable[] {
  return catalog.filter((table) => !linked.some((other) => sameTable(other.name, table.name)) && things.some((thing) => refersTo(table, thing)));
}

/**
 * "Who led the proposals?" where pi_observer_id is 'the observer who leads the proposal', "Who planned the event?"
 * where a role is stored as 'planner': the doer a verb asks for is described in the thing's tables or those its keys
 * join, by a comment's relative clause with the verb in any inflection ("who leads"), or by the person noun WordNet
 * derives from the verb (plan → planner) in a comment or a sample value. A state the verb leaves ('cancelled', "Date
 * the order was cancelled") says it happened, not who did it.
 */
function doerDescribed(verb: QuestionWord, tables: readonly DescribedTable[]): boolean {
  const bases = new Set(inflectionBases(verb.text).filter((base) => base.length >= 3));
  const doers = new Set([...derivedForms(verb.text)].filter((form) => !bases.has(form) && /(?:er|or|ist)$/.test(form) && nounAncestors(form).has('person')));
  const comments = tables.flatMap((table) => [table.comment ?? '', ...table.columns.map((column) => column.comment ?? '')]).map((text) => text.toLowerCase());
  const values = tables.flatMap((table) => (table.sample_rows ?? []).flatMap((row) => row.filter((cell): cell is string => typeof cell === 'string' && cell.length <= 40))).map((text) => text.toLowerCase());
  const said = [...comments, ...values].flatMap((text) => text.split(/[^a-z]+/));
  if (said.some((part) => doers.has(part) || doers.has(part.replace(/s$/, '')))) return true;
  return comments.some((text) => [...text.matchAll(/\bwho\s+([a-z]{3,})/g)].some((match) => inflectionBases(match[1]!).some((base) => bases.has(base))));
}

/**
 * tool.tool_nm, cst.cst_name: a column named for its own table and a name (or a listed short form of one) holds each
 * row's name, which "the names of the tools" asks of the tools only; another table's name column names other rows.
 */
function namedForItself(table: Table): boolean {
  const own = [bare(table.name), bare(table.name).replace(/s$/, ''), bare(table.name).replace(/es$/, '')];
  return table.columns.some((column) => {
    const parts = writtenWords(column.name).map((part) => part.toLowerCase());
    return parts.length === 2 && own.includes(parts[0]!) && (parts[1] === 'name' || listedExpansion(parts[1]!) === 'name');
  });
}

/** Whether a table has a column that records when: a date or time type, or a name saying so. */
function holdsTime(table: Table): boolean {
  return table.columns.some((column) => /date|time|year/i.test(column.type ?? '') || splitIdentifier(column.name.toLowerCase()).some((part) => /^(date|time|year|when|at|on|timestamp|datetime|day)$/.test(part)));
}

/** Grounding's words, with the attributes a table of their thing holds counted as columns. */
export function withHeldAttributes(words: readonly GroundedWord[], held: readonly QuestionWord[]): GroundedWord[] {
  return words.map((entry) => (held.some((word) => word.offset === entry.word.offset) ? { ...entry, evidence: 'column' as const } : entry));
}

const refersTo = (table: Table, thing: Table): boolean =>
  table.columns.some((column) => column.references !== undefined && column.references !== null && sameTable(column.references.split('.').slice(0, -1).join('.'), thing.name));

/** The tables and the tables their keys join, either way. */
export function neighbourhood(tables: readonly Table[], things: readonly Table[]): Table[] {
  const referenced = (table: Table) => table.columns.flatMap((column) => (column.references ? [column.references.split('.').slice(0, -1).join('.')] : []));
  return tables.filter(
    (table) => things.includes(table) || things.some((thing) => referenced(thing).some((name) => sameTable(table.name, name)) || referenced(table).some((name) => sameTable(thing.name, name))),
  );
}

const bare = (name: string): string => name.split('.').at(-1)!.replace(/"/g, '').toLowerCase();
const sameTable = (a: string, b: string): boolean => bare(a) === bare(b);

/** The roots of these tables' names and their columns' names; "name" too where a column is named after its table (orchestra.Orchestra, course.Course, airlines.Airline), which holds each row's name. */
export function tableNameRoots(tables: readonly Table[]): EvidenceRoots {
  const columns = tables.flatMap((table) => table.columns.map((column) => column.name));
  const named = tables.some((table) => table.columns.some((column) => [bare(table.name), bare(table.name).replace(/s$/, ''), bare(table.name).replace(/es$/, '')].includes(bare(column.name))));
  return namesRoots({ column: named ? [...columns, 'name'] : columns, table: tables.map((table) => table.name) });
}

/** Whether a word links to a name of these tables: the name's words themselves, or loosely through WordNet (a verb through its synonyms too). */
export function linksToNames(word: QuestionWord, tables: readonly Table[], verb: boolean): boolean {
  if (evidenceOf(word, tableNameRoots(tables)) !== undefined) return true;
  const columns = tables.flatMap((table) => table.columns.map((column) => column.name));
  const names = [...columns, ...tables.map((table) => table.name)].map((name) => name.toLowerCase());
  const partsOf = (split: (name: string) => string[]) => new Set(names.flatMap(split).filter((part) => part.length > 2 && !FILLER_WORDS.has(part)));
  // A name's shorthand read as a word ("amt" as amount) is met by that word only, not by its synonyms or relatives.
  const written = partsOf(writtenWords);
  const parts = new Set([...partsOf(splitIdentifier), ...written]);
  const nameForms = new Set([...parts].flatMap((part) => [part, wordRoot(part), ...derivedForms(part)]));
  const writtenForms = new Set([...written].flatMap((part) => [part, wordRoot(part), ...derivedForms(part)]));
  const forms = [...derivedForms(word.text), word.text, wordRoot(word.text)];
  // A verb's synonyms count as they are ("own" as the have of Has_Pet), not through their relatives: "organise" → form → theme.
  if (verb && [...verbSynonyms(word.text)].some((synonym) => writtenForms.has(synonym))) return true;
  if (forms.some((form) => nameForms.has(form))) return true;
  // A WordNet relative meets a name, or a shorter word the name derives from ("citizen" of Citizenship), not a longer
  // word derived from it: "professor" → professorship ~ studentship is no student, "inventor" ~ modeler no model.
  const baseForms = new Set([...written].flatMap((part) => [part, wordRoot(part), ...[...derivedForms(part)].filter((form) => form.length <= part.length)]));
  return forms.some((form) => [...relatedNouns(form).keys()].some((lemma) => baseForms.has(lemma)));
}
