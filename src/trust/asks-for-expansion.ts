import type { Context } from '../context/context-schema.js';
import { INITIALISM_SKIPPED } from '../lexicon/initialism-skipped.js';
import { normalizeValueText } from '../catalog/normalize-value-text.js';

/**
 * "What does HETAS stand for?", "what is ICES short for": the question asks what an abbreviation is the short form of,
 * which is a fact of the world unless the data itself writes it out. It does when a comment of a linked table or
 * column, a doc passage or a stored value the question matched holds words whose initials are the abbreviation
 * ('International Council for the Exploration of the Sea (ICES)', articles, "of", "for" and "and" left out or not), or
 * when the abbreviation is itself a stored value (a code a lookup table may describe). A comment that only uses it
 * ('ICES statistical rectangle', a column hetas_registered) does not say what it stands for. Returns the question's
 * words from the verb to "for" when the data does not write it out, undefined otherwise.
 */
export function asksForExpansion(context: Context): string | undefined {
  const match = EXPANSION.exec(context.task.text);
  if (!match) return undefined;
  const abbreviation = match[1]!.replace(/[.]/g, '');
  const upper = abbreviation.toUpperCase();
  if (upper.length < 2) return undefined;
  // A stored value spelled as the abbreviation: a code the data may describe.
  if (context.matched_values.some((value) => normalizeValueText(value.value) === normalizeValueText(abbreviation))) return undefined;
  const prose = [
    ...context.table_schemas.flatMap((table) => [table.comment ?? '', ...table.columns.map((column) => column.comment ?? '')]),
    ...context.doc_passages.map((passage) => `${passage.heading} ${passage.text}`),
    ...context.matched_values.map((value) => value.value),
  ];
  if (prose.some((text) => spellsOut(text, upper))) return undefined;
  return match[0].replace(/\?$/, '').trim();
}

/** "What does X stand for", "What is X short for", "what do the initials X stand for": X captured. */
const EXPANSION = /\bwhat\s+(?:does|do|did|is|was)\s+(?:the\s+)?(?:(?:abbreviation|acronym|initials|initialism)\s+)?['"‘“]?([A-Za-z][A-Za-z0-9&.]{1,11})['"’”]?\s+(?:stand|stands|short)\s+for\b/i;

/** Whether some run of the text's words has the abbreviation as its initials, the skippable words read or left out. */
function spellsOut(text: string, upper: string): boolean {
  const words = text.split(/[^\p{L}\p{N}&]+/u).filter((word) => word !== '');
  for (let start = 0; start < words.length; start++) {
    if (words[start]![0]!.toUpperCase() !== upper[0]) continue;
    if (initialsFrom(words, start, upper, 0)) return true;
  }
  return false;
}

/** Whether the words from `at` on spell the abbreviation's letters from `letter` on, each word giving its initial or, if skippable, nothing. */
function initialsFrom(words: readonly string[], at: number, upper: string, letter: number): boolean {
  if (letter === upper.length) return true;
  if (at >= words.length) return false;
  const word = words[at]!;
  if (word[0]!.toUpperCase() === upper[letter] && initialsFrom(words, at + 1, upper, letter + 1)) return true;
  return letter > 0 && INITIALISM_SKIPPED.has(word.toLowerCase()) && initialsFrom(words, at + 1, upper, letter);
}
