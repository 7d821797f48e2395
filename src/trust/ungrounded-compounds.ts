import { isFlagType } from '../catalog/is-flag-type.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import type { Context, TableSchema } from '../context/context-schema.js';
import { nounAncestors } from '../lexicon/noun-ancestors.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { relatedNouns } from '../lexicon/related-nouns.js';
import { senseOffsets } from '../lexicon/wordnet-records.js';
import { FILLER_WORDS, MEASURE_WORDS } from '../models/offline/question-vocabulary.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { findRevenueSource } from '../models/offline/revenue-source.js';
import { isNumericColumn } from '../models/offline/schema-lookup.js';
import { wordRoot } from '../models/offline/word-root.js';
import { codeGlossRoots } from './code-glosses.js';
import { isNamingWord } from './is-naming-word.js';
import { subjectOfPast } from './subject-of-past.js';
import { type GroundedWord } from './ground-question.js';
import { evidenceOf, namesRoots, type EvidenceRoots } from './evidence-roots.js';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/** A noun compound whose head links to a column or measure while its modifier names nothing that column belongs to. */
export interface UngroundedCompound {
  /** As the question wrote it: "shipping cost", "star rating". */
  phrase: string;
  modifier: QuestionWord;
  head: QuestionWord;
}

/**
 * The noun compounds of the question ("shipping cost", "star rating", "household income") whose modifier does not fit
 * the column (or measure) the head links to. In a compound the modifier narrows the head: a shipping cost is not any
 * cost, so the compound is grounded only when the modifier is the column's table, a word of the column's name or
 * comment, a stored value of that table (word for word), a word a comment of that table glosses one of its codes
 * with, or a synonym of a word of the column's name — not when it merely links somewhere else in the schema. A head
 * only a number column's comment names is that column's: "carcass weight" where fct_lot.avg_lw_kg is 'Average live
 * weight per head' asks for a weight the data does not keep. A modifier is a noun by WordNet's tagged senses (an
 * adjective such as "first" or "total" says which rows or how to aggregate, which SQL does); a capitalised word, a
 * possessive owner or a number is a name or a value, left to the other rules. A head that links to no column of the
 * linked tables is not judged here, nor one only a table's comment, a text column's comment or a doc names, nor a
 * comment's word for a thing rather than a measure ("brown crab" where minimum_size_mm's comment speaks of crabs).
 */
export function ungroundedCompounds(context: Context, words: readonly GroundedWord[]): UngroundedCompound[] {
  const question = context.task.text;
  const all = questionWords(question);
  const found: UngroundedCompound[] = [];
  for (let i = 1; i < all.length; i++) {
    const modifier = all[i - 1]!;
    const head = all[i]!;
    if (all[i - 2]?.clauseEnd || modifier.clauseEnd || !/^\s+$/.test(question.slice(modifier.offset + modifier.text.length, head.offset))) continue;
    const headEntry = words.find((entry) => entry.word.offset === head.offset);
    // A head only a column's comment names ("electricity price" where p_kwh_gbp is 'Price per kWh charged') is judged
    // against that column as one its name links to is.
    if (headEntry?.evidence !== 'column' && headEntry?.evidence !== 'text') continue;
    // The first word of a sentence may be its verb: "Track titles by …"; not one in -ing or with no verb sense ("shipping cost per sale").
    if (modifier.index === 0 && !cannotCommand(modifier.text)) continue;
    // "How many flights land in …": the word after a noun may be its verb.
    if (!isModifierNoun(question, modifier, head, all[i - 2]) || !isNamingWord(question, head)) continue;
    if (fits(context, modifier, head)) continue;
    found.push({ phrase: question.slice(modifier.offset, head.offset + head.text.length), modifier, head });
  }
  return found;
}

/** Whether the word before a head is a noun that narrows it: not a name, an owner, a number, filler or a measure. */
function isModifierNoun(question: string, modifier: QuestionWord, head: QuestionWord, before: QuestionWord | undefined): boolean {
  if (modifier.capitalized || /\d/.test(modifier.text) || modifier.text.length < 2) return false;
  if (/^['’]s\b/.test(question.slice(modifier.offset + modifier.text.length))) return false;
  if (FILLER_WORDS.has(modifier.text) || FILLER_WORDS.has(modifier.stem) || MEASURE_WORDS.has(modifier.text)) return false;
  // "crew member", "seating capacity": a compound WordNet lists as one noun is a word of its own, not narrowed.
  if (senseOffsets('noun', `${modifier.text}_${singular(head.text)}`).length > 0) return false;
  // "ninth grade", "million units": an ordinal or a number says which one or how many, as a value does.
  const kinds = nounAncestors(modifier.text);
  if (kinds.has('rank') || kinds.has('number')) return false;
  if (subjectOfPast(modifier, head)) return false;
  const part = primaryPartOfSpeech(modifier.text);
  if (part === 'noun') return true;
  // "ad spend", "email address": a noun WordNet saw no tagged use of; "Mia's work email": mostly a verb, but between
  // a determiner or an owner and a noun only a noun's sense fits.
  const opensPhrase = part === undefined || (part === 'verb' && before !== undefined && (DETERMINERS.has(before.text) || /^['’]s\b/.test(question.slice(before.offset + before.text.length))));
  return opensPhrase && senseOffsets('noun', modifier.text).length > 0;
}

/** A first word that cannot be a command's verb: a form in -ing, or a word English has no verb for. */
const cannotCommand = (text: string): boolean => /[a-z]{3}ing$/.test(text) || senseOffsets('verb', text).length === 0;

const DETERMINERS: ReadonlySet<string> = wordSet(ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, pick(QUANTIFIERS, 'each', 'every'));

const singular = (text: string): string => (text.endsWith('ies') ? `${text.slice(0, -3)}y` : text.endsWith('s') && !text.endsWith('ss') ? text.slice(0, -1) : text);

/** Whether the modifier fits a column of the linked tables, or a metric or revenue source, that the head links to. */
function fits(context: Context, modifier: QuestionWord, head: QuestionWord): boolean {
  let judged = false;
  for (const table of context.table_schemas) {
    for (const column of table.columns) {
      if (evidenceOf(head, columnRoots(column.name)) !== 'column') continue;
      judged = true;
      if (fitsColumn(context, table, column, modifier)) return true;
    }
  }
  for (const metric of context.metrics) {
    const roots = namesRoots({ column: [metric.name, ...metric.synonyms] });
    if (evidenceOf(head, roots) !== 'column') continue;
    judged = true;
    const text = [metric.name, ...metric.synonyms, ...metric.dimensions, metric.description, metric.table].join(' ');
    if (namesWord(splitIdentifier(text), modifier)) return true;
    const table = context.table_schemas.find((candidate) => bare(candidate.name) === bare(metric.table));
    if (table && storedIn(context, [table, ...joined(context.table_schemas, table)], modifier)) return true;
  }
  // "ticket revenue" where the revenue is computed from line amounts: the modifier must belong to those tables.
  if (MEASURE_WORDS.has(head.text)) {
    const source = findRevenueSource(context.table_schemas);
    const table = source && context.table_schemas.find((candidate) => bare(candidate.name) === bare(source.table));
    if (table) {
      judged = true;
      const near = [table, ...joined(context.table_schemas, table)];
      if (near.some((candidate) => evidenceOf(modifier, namesRoots({ table: [candidate.name] })) === 'table')) return true;
      if (storedIn(context, near, modifier)) return true;
    }
  }
  // "carcass weight" where no column's name links "weight": the number columns whose comments name the measure.
  if (!judged && namesMeasure(head)) {
    for (const table of context.table_schemas) {
      for (const column of table.columns) {
        if (!isNumericColumn(column) || !namedInComment(head, column.comment)) continue;
        judged = true;
        if (fitsColumn(context, table, column, modifier)) return true;
      }
    }
  }
  return !judged;
}

/** A noun WordNet files under a measure, an attribute, an amount or a cost ("weight", "price"), not a thing ("crab"). */
const namesMeasure = (head: QuestionWord): boolean => {
  const kinds = nounAncestors(head.text);
  return ['measure', 'attribute', 'amount', 'cost'].some((kind) => kinds.has(kind));
};

function fitsColumn(context: Context, table: TableSchema, column: TableSchema['columns'][number], modifier: QuestionWord): boolean {
  // The column's table or entity: "order total", "singer age".
  if (evidenceOf(modifier, namesRoots({ table: [table.name] })) === 'table') return true;
  const referenced = column.references?.split('.').slice(0, -1).join('.');
  if (referenced && evidenceOf(modifier, namesRoots({ table: [referenced] })) === 'table') return true;
  // A word of the column's own name or comment: "zip code", "phone number" where a phone_number column is.
  const parts = [...splitIdentifier(column.name), ...splitIdentifier(column.comment ?? '')];
  if (namesWord(parts, modifier)) return true;
  // "roof area" where conservation_area is a yes/no flag: a flag says only whether its own name holds of the row, so
  // only a word of that name narrows it; another column's value or code gloss ("flat roof") measures nothing of it.
  if (isFlagType(column.type ?? '')) return false;
  if (storedIn(context, [table], modifier)) return true;
  // "visitor nights" where the table's agr_typ_cd glosses VIS "visitor stay": the modifier picks the rows a code marks.
  if (codeGlossRoots([table]).has(wordRoot(modifier.text))) return true;
  // A synonym of a word of the column's name: "cell number" where a mobile column is.
  const related = relatedNouns(modifier.text);
  return splitIdentifier(column.name).some((part) => part.length > 2 && (related.get(part) === 'same' || related.get(wordRoot(part)) === 'same'));
}

/**
 * Whether the column's comment names the head: what a number column measures, which only its comment spells out (a
 * text column's comment glosses its codes, "RBOX rat box, MBOX mouse box": the kinds of its rows, not one measure).
 */
const namedInComment = (head: QuestionWord, comment: string | undefined): boolean => comment !== undefined && comment.length > 0 && evidenceOf(head, namesRoots({ text: [comment] })) === 'text';

/** Whether a word of these names is the modifier, its stem or its root. */
function namesWord(parts: readonly string[], modifier: QuestionWord): boolean {
  const forms = new Set([modifier.text, modifier.stem, wordRoot(modifier.text)]);
  return parts.some((part) => part.length > 1 && (forms.has(part) || forms.has(wordRoot(part))));
}

/** Whether a value the linker matched in one of these tables holds the modifier as a word of its own. */
function storedIn(context: Context, tables: readonly TableSchema[], modifier: QuestionWord): boolean {
  return context.matched_values.some(
    (match) =>
      tables.some((table) => bare(table.name) === bare(match.table)) &&
      match.value
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .some((word) => word === modifier.text || word === modifier.stem),
  );
}

/** The tables this one's keys join, either way. */
function joined(tables: readonly TableSchema[], table: TableSchema): TableSchema[] {
  const refs = (candidate: TableSchema) => candidate.columns.flatMap((column) => (column.references ? [bare(column.references.split('.').slice(0, -1).join('.'))] : []));
  return tables.filter((candidate) => candidate !== table && (refs(table).includes(bare(candidate.name)) || refs(candidate).includes(bare(table.name))));
}

const bare = (name: string): string => name.split('.').at(-1)!.replace(/"/g, '').toLowerCase();

const rootsByColumn = new Map<string, EvidenceRoots>();
function columnRoots(name: string): EvidenceRoots {
  let roots = rootsByColumn.get(name);
  if (!roots) {
    if (rootsByColumn.size >= 5_000) rootsByColumn.clear();
    rootsByColumn.set(name, (roots = namesRoots({ column: [name] })));
  }
  return roots;
}
