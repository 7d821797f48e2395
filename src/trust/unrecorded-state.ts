import type { TableSchema } from '../context/context-schema.js';
import { derivedForms, inflectionBases } from '../lexicon/derived-forms.js';
import { nounAncestors } from '../lexicon/noun-ancestors.js';
import { hasSense } from '../lexicon/has-sense.js';
import { measuredAttributes } from '../lexicon/measured-attributes.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { senseOffsets } from '../lexicon/wordnet-records.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { GroundedWord } from './ground-question.js';
import { FREQUENCY_WORDS } from './is-naming-word.js';
import { namesClosely } from './names-closely.js';
import { FINITE_BE } from '../lexicon/auxiliaries.js';
import { wordSet } from '../lexicon/word-set.js';

const COPULAS: ReadonlySet<string> = wordSet(FINITE_BE);
/** "were off sick", "are out injured": a particle between the copula and the state. */
const PARTICLES = new Set(['off', 'out', 'still']);
/** What may follow the state in its clause: a time or place that narrows it ("off sick in August"). */
const AFTER_STATE = /^(in|on|at|during|this|last|since|before|after|between|over|for|from|today|yesterday|now|currently)$/;

/**
 * "Which drivers were off sick in August?", "Which songs were recorded live?", "Which parcels arrived damaged?": the
 * rows of a stored thing picked by a state predicated of them (an adjective or participle after the copula, or after
 * an intransitive verb of theirs) that nothing in the data links to (no column, value, comment or doc) and no name of
 * the linked tables comes near (a form derived from it, a synonym: "void" where vacant is). The state is then not
 * recorded, so no query can pick those rows. Not a degree ("later", "busiest"), not a state WordNet measures
 * ("late", "new": timing and age, which dates and numbers give), not a negated one. Returns the state as written.
 */
export function unrecordedState(question: string, grounded: readonly GroundedWord[], tables: readonly TableSchema[]): string | undefined {
  const all = questionWords(question);
  const evidence = new Map(grounded.map((entry) => [entry.word.offset, entry.evidence]));
  const opener = all.findIndex((word, k) => (word.text === 'which' || word.text === 'what' || (word.text === 'many' && all[k - 1]?.text === 'how')) && (k === 0 || all[k - 1]!.clauseEnd || word.text === 'many'));
  if (opener < 0 || all.some((word) => /^(not|no|never|nobody|none|without|isn|aren|wasn|weren)$/.test(word.text))) return undefined;
  for (let c = opener + 2; c < all.length - 1; c++) {
    const head = all[c - 1]!;
    const verb = all[c]!;
    // The rows: the noun right before the copula (or the verb), a table's name.
    if (head.clauseEnd || evidence.get(head.offset) !== 'table') continue;
    let at = c + 1;
    if (COPULAS.has(verb.text)) {
      while (at < all.length && PARTICLES.has(all[at]!.text)) at++;
      // "were recorded live": a participle that links to nothing may come between.
      if (at < all.length - 1 && !all[at]!.clauseEnd && /ed$/.test(all[at]!.text) && evidence.get(all[at]!.offset) === undefined && !namesClosely(all[at]!, tables)) at++;
    } else if (!(/ed$/.test(verb.text) && evidence.get(verb.offset) === undefined && primaryPartOfSpeech(verb.text) !== 'adj')) {
      continue;
    }
    const state = all[at];
    if (state === undefined || !(state.clauseEnd || at === all.length - 1 || AFTER_STATE.test(all[at + 1]!.text))) continue;
    // "suitable for vegans" where a vegan column is: the state's complement may name what records it.
    if (clauseAfter(all, at).some((word) => evidence.get(word.offset) !== undefined)) continue;
    // WordNet last: most questions stop at the shape or at a state that links.
    if (evidence.get(state.offset) !== undefined || !isState(state, COPULAS.has(verb.text)) || !unlinked(state, tables)) continue;
    return question.slice(all[c + 1]!.offset, state.offset + state.text.length);
  }
  return undefined;
}

/** An adjective or participle of a state: not a degree, a frequency, or a measure WordNet gives it a value of. */
function isState(word: QuestionWord, afterCopula: boolean): boolean {
  if (/(?:er|est)$/.test(word.text) || FREQUENCY_WORDS.test(word.text) || word.capitalized || /\d/.test(word.text)) return false;
  // After a verb other than the copula, only a participle ("arrived damaged"): "arrived early" says when.
  const adjective = hasSense('adj', word.text) && primaryPartOfSpeech(word.text) !== 'noun';
  if (!(afterCopula ? adjective || /ed$/.test(word.text) : /ed$/.test(word.text) && adjective)) return false;
  if (measuredAttributes(word.text).length > 0) return false;
  // "were born", "are covered": the passive of a verb is a deed done to the rows, which a date or a table of such deeds
  // may record under another word (birth_year, policies); "damaged" (of the noun damage) and "sick" are states.
  const bases = inflectionBases(word.text).filter((base) => base !== word.text);
  if (bases.some((base) => primaryPartOfSpeech(base) === 'verb')) return false;
  // "are listed", "were recorded": being in the data itself.
  return ![word.text, ...bases].some((form) => DATA_KINDS.some((kind) => nounAncestors(form).has(kind)));
}

/** What the data itself is: a word under these says a row is kept, which every row is. */
const DATA_KINDS = ['information', 'database', 'evidence'];

/** The words after the state, to the end of its clause. */
function clauseAfter(all: readonly QuestionWord[], at: number): QuestionWord[] {
  const rest: QuestionWord[] = [];
  for (let k = at; !all[k]!.clauseEnd && k + 1 < all.length; k++) rest.push(all[k + 1]!);
  return rest;
}

/**
 * No name of the linked tables is the word, a form of it, or a word of one of its adjective senses ("void" where
 * vacant is); a verb's synonyms count only for a word English mostly uses as a verb: "sick" as vomit, whose synset
 * holds "cat" (licence_cat), says nothing of being ill.
 */
function unlinked(word: QuestionWord, tables: readonly TableSchema[]): boolean {
  const parts = new Set(tables.flatMap((table) => [table.name, ...table.columns.map((column) => column.name)]).flatMap((name) => splitIdentifier(name.toLowerCase())).filter((part) => part.length > 2));
  // "overdue" where due_back is: a closed compound of a name's word.
  if ([...parts].some((part) => word.text.endsWith(part) || word.text.startsWith(part))) return false;
  if (primaryPartOfSpeech(word.text) === 'verb') return !namesClosely(word, tables);
  const names = new Set([...parts].flatMap((part) => [part, wordRoot(part), ...derivedForms(part)]));
  if ([word.text, word.stem, wordRoot(word.text), ...derivedForms(word.text)].some((form) => names.has(form))) return false;
  const senses = new Set(senseOffsets('adj', word.text));
  return ![...parts].some((part) => senseOffsets('adj', part).some((offset) => senses.has(offset)));
}
