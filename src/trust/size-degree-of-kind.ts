import type { Context } from '../context/context-schema.js';
import { firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import { measuredAttributes } from '../lexicon/measured-attributes.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { wordSet } from '../lexicon/word-set.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { isNumericColumn } from '../models/offline/schema-lookup.js';
import { evidenceOf, namesRoots } from './evidence-roots.js';
import type { GroundedWord } from './ground-question.js';
import { measuredInUnits } from './measured-in-units.js';
import { measuresSize } from './size-of-kind.js';

/** Attributes that are time, which a date or a span between two stored times may give ("the oldest", "the longest"). */
const TIMED = /^(age|duration|time|period)$/;

/**
 * "Which van has the biggest freezer?" where FREEZER is a stored kind of service work: the degree of an adjective that
 * gives a measure ("biggest" → size, "heaviest" → weight: measured-attributes.ts), right before a noun that links only
 * as a stored value and ends its noun phrase, ranks things of that kind by the measure; a kind stored as a value has
 * none unless its own table has a column that measures it (by name or units): a boat's length measures no winch
 * fitted to it. "Which van had
 * the most freezer repairs?" counts rows and is answered. The phrase ("biggest freezer"), or undefined.
 */
export function sizeDegreeOfKind(context: Context, words: readonly GroundedWord[]): string | undefined {
  const all = questionWords(context.task.text);
  for (const degree of all) {
    // "Lower Stoke", "Greater Manchester": a capitalised degree or noun is part of a name, no measure.
    if (degree.clauseEnd || degree.capitalized || !/(?:er|est)$/.test(degree.text)) continue;
    const kind = all[degree.index + 1];
    if (!kind || kind.capitalized || !endsNounPhrase(all, kind)) continue;
    if (words.find((entry) => entry.word.offset === kind.offset)?.evidence !== 'value') continue;
    const attributes = measuredAttributes(degree.text);
    // "the highest handicap" ranks by a degree or level, which the thing's own number is: only a physical magnitude
    // (size, weight, height, length) is a measure the kind would need a column for.
    if (attributes.length === 0 || attributes.some((attribute) => TIMED.test(attribute)) || !attributes.some(isMagnitude)) continue;
    // "handicap" where bowler.hcp is 'Current handicap in pins': a number column whose comment names the thing holds it.
    if (numberCommented(context, kind)) continue;
    const stored = context.table_schemas.filter((table) => context.matched_values.some((match) => bare(match.table) === bare(table.name) && spells(match.matched_text, kind)));
    if (stored.length === 0) continue;
    const roots = namesRoots({ column: stored.flatMap((table) => table.columns.map((column) => column.name)) });
    const measured = attributes.some((attribute) => measuredInUnits(attribute, stored) || questionWords(attribute).some((word) => evidenceOf(word, roots) === 'column'));
    if (measured || (attributes.includes('size') && stored.some(measuresSize))) continue;
    return `${degree.text} ${kind.text}`;
  }
  return undefined;
}

const bare = (name: string): string => name.split('.').at(-1)!.replace(/"/g, '').toLowerCase();

/** Whether a measure's first sense is a magnitude or a physical property: size, height, weight; not degree or level. */
function isMagnitude(attribute: string): boolean {
  const kinds = firstSenseAncestors(attribute);
  return kinds.has('magnitude') || kinds.has('physical_property');
}

/** Whether a number column of the linked tables has a comment naming the word (or its stem). */
function numberCommented(context: Context, word: QuestionWord): boolean {
  return context.table_schemas.some((table) =>
    table.columns.some((column) => isNumericColumn(column) && column.comment !== undefined && questionWords(column.comment).some((part) => part.text === word.text || part.stem === word.stem)),
  );
}

/** A matched value's words include the question word (or its stem). */
const spells = (matched: string, word: QuestionWord): boolean => questionWords(matched).some((part) => part.text === word.text || part.stem === word.stem);

/** The word is the last of its noun phrase: the question's or a clause's end, or a preposition or "than" next. */
function endsNounPhrase(all: readonly QuestionWord[], word: QuestionWord): boolean {
  const next = all[word.index + 1];
  return word.clauseEnd || next === undefined || AFTER_PHRASE.has(next.text);
}

const AFTER_PHRASE: ReadonlySet<string> = wordSet(PREPOSITIONS, ['than', 'and', 'or', 'that', 'which', 'we', 'do', 'does', 'did', 'is', 'are', 'was', 'were']);
