import type { z } from 'zod';
import type { GroundedWordSchema } from '../context/context-schema.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { isNamingWord } from './is-naming-word.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';

type GroundedWord = z.infer<typeof GroundedWordSchema>;

const OPENING = new Set<string>(PREPOSITIONS);

/**
 * "How many miniatures were played (decisive games of 25 moves or fewer)?", "the average severity on collision claims?
 * (indemnity paid per claim)": a bracketed noun phrase after the words it explains is the question's own definition of
 * them, so a word the data does not name before it (not a name written with a capital) stands on what the definition's
 * words link to. Only a definition the data can read counts: at least two words, not opened by a preposition ("(in
 * minutes)", "(by grandmasters)" narrow, they define nothing), some word of it linking to a column or table, and none
 * of its nouns open (an adjective, "decisive", narrows the noun) ("(GPS)", "(in the Olympiad)" define nothing the data holds). Changes `words` in place.
 */
export function definedInParentheses(question: string, words: GroundedWord[]): void {
  for (const match of question.matchAll(/\(([^()]*)\)/g)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const inside = words.filter(({ word }) => word.offset > start && word.offset < end);
    const written = match[1]!.trim().split(/\s+/).filter(Boolean);
    if (written.length < 2 || OPENING.has(written[0]!.toLowerCase())) continue;
    if (!inside.some(({ evidence }) => evidence === 'column' || evidence === 'table')) continue;
    // An open adjective ("decisive") narrows the defining noun; an open noun is something the data does not hold.
    if (inside.some(({ word, evidence }) => evidence === undefined && isNamingWord(question, word) && primaryPartOfSpeech(word.text) !== 'adj')) continue;
    const evidence = inside.some(({ evidence }) => evidence === 'column') ? ('column' as const) : ('table' as const);
    for (const [at, entry] of words.entries()) {
      if (entry.word.offset >= start || entry.evidence !== undefined || (entry.word.index > 0 && /^[A-Z]/.test(question.slice(entry.word.offset)))) continue;
      words[at] = { ...entry, evidence };
    }
  }
}
