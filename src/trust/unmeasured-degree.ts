import { splitIdentifier } from '../catalog/split-identifier.js';
import type { Context } from '../context/context-schema.js';
import { BE_FORMS } from '../lexicon/auxiliaries.js';
import { hasSense } from '../lexicon/has-sense.js';
import { measuredAttributes } from '../lexicon/measured-attributes.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { relatedNouns } from '../lexicon/related-nouns.js';
import { pick } from '../lexicon/word-set.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { questionWords } from '../models/offline/question-words.js';
import { expectedAnswerKind } from './expected-answer-kind.js';
import type { GroundedWord } from './ground-question.js';
import { measuredInUnits } from './measured-in-units.js';

/** "How high is …", "how deep was …": a degree word, the adjective, then a form of "be". */
const HOW_ADJECTIVE_BE = new RegExp(`^\\s*how\\s+([a-z]+)\\s+(?:${pick(BE_FORMS, 'is', 'are', 'was', 'were').join('|')})\\s+`, 'i');
/** Words after "how" that ask a count, an amount, a time or a duration, which other rules read (expected-answer-kind.ts). */
const NOT_DEGREES = /^(?:many|much|long|short|often|soon|come|far)$/;
const PREPOSITION_SET: ReadonlySet<string> = new Set(PREPOSITIONS);

/**
 * "How high is Scafell Pike?" (issue 14, found on abstention-dev-q): "how" and an adjective before a form of "be" ask
 * how much of a quality the subject has, the quality WordNet's attribute of the adjective names (high → height, level;
 * deep → depth; big → size). When the subject is only a stored name (every content word of it, up to a preposition,
 * matched a stored value) the rows hold that thing, and the question asks a measure of it that a column must hold:
 * named by the attribute, commented with it, or in a unit of it. Where no column of the linked tables does, the answer
 * is no row of the data, so the phrase ("how high") is returned. A subject that names a column ("How high is the credit
 * limit …") asks that column's amount, and "how heavy was Kito" where weight_kg is runs; an adjective with no
 * attribute ("How good is …") is the opinion rules'.
 */
export function unmeasuredDegree(context: Context, words: readonly GroundedWord[]): string | undefined {
  const question = context.task.text;
  const match = HOW_ADJECTIVE_BE.exec(question);
  if (!match) return undefined;
  const adjective = match[1]!.toLowerCase();
  // "How old is Rex?" asks an age, "how warm" a temperature: the answer-kind rules read those, with a date of birth for an age.
  if (NOT_DEGREES.test(adjective) || expectedAnswerKind(question) !== undefined || !hasSense('adj', adjective)) return undefined;
  const subject: string[] = [];
  for (const word of questionWords(question.slice(match[0].length))) {
    if (PREPOSITION_SET.has(word.text)) break;
    if (!FILLER_WORDS.has(word.text) && !/\d/.test(word.text)) subject.push(word.text);
    if (word.clauseEnd) break;
  }
  const offset = match[0].length;
  const subjectEntries = words.filter((entry) => entry.word.offset >= offset && subject.includes(entry.word.text));
  if (subject.length === 0 || subjectEntries.length < subject.length || subjectEntries.some((entry) => entry.evidence !== 'value')) return undefined;
  const attributes = new Set([
    ...measuredAttributes(adjective),
    ...[...relatedNouns(adjective)].filter(([noun, closeness]) => closeness === 'same' && noun !== adjective && !noun.includes('_')).map(([noun]) => noun),
  ]);
  if (attributes.size === 0) return undefined;
  const tables = context.table_schemas;
  const named = (noun: string) =>
    tables.some((table) =>
      table.columns.some((column) => splitIdentifier(column.name).some((part) => part.toLowerCase() === noun) || new RegExp(`\\b${noun}\\b`, 'i').test(column.comment ?? '')),
    );
  if ([...attributes].some((noun) => named(noun) || measuredInUnits(noun, tables))) return undefined;
  return question.slice(match.index, match[0].length).trim().split(/\s+/).slice(0, 2).join(' ');
}
