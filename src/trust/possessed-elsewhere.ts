import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { DEMONSTRATIVES } from '../lexicon/determiners.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { wordSet } from '../lexicon/word-set.js';
import type { GroundedWord } from './ground-question.js';
import { isNamingWord } from './is-naming-word.js';
import { isWeakEvidence } from './is-weak-evidence.js';

/** What a stored name's own "its" / "their" owns that nothing in the data links to. */
export interface PossessedElsewhere {
  /** The stored name, as the question writes it ("Kestrel Blue"). */
  name: string;
  /** The possessed phrase from "its" on ("its whole network"). */
  phrase: string;
}

/**
 * "How many passengers did Kestrel Blue carry across its whole network this year?", "How many tickets did Trevanna
 * Civic Hall sell across all its events?" where 'Kestrel Blue' is an airline and 'Trevanna Civic Hall' a venue the
 * data stores: the subject of the verb (a name written with capitals after an auxiliary, every word of which a stored
 * value matched) then owns, by "its" or "their" later in its clause, a noun phrase whose head is a naming word that
 * links to nothing. The data holds its own dealings with that party, not the party's own network, events or
 * customers, so what the party did across what it owns is another organisation's record. A possessed head that links
 * ("What does Halden Rail pay per MWh under its contracts?", "What hygiene rating did Millbrook Primary get at its
 * latest inspection?") is the data's own rows about the party and is answered. Only a subject after an auxiliary owns:
 * "Which trenches at Hog Barrow had their topsoil removed?" gives "their" to the trenches, not the site. Undefined
 * otherwise.
 */
export function possessedElsewhere(question: string, words: readonly GroundedWord[]): PossessedElsewhere | undefined {
  const all = questionWords(question);
  const entryAt = (word: QuestionWord) => words.find((entry) => entry.word.offset === word.offset);
  for (const subject of question.matchAll(STORED_SUBJECT)) {
    const start = subject.indices![1]![0];
    const end = subject.indices![1]![1];
    const inside = all.filter((word) => word.offset >= start && word.offset < end);
    // A stored name: every word of it a value matched (an unstored name is the doer rules' to judge).
    if (inside.length === 0 || !inside.every((word) => entryAt(word)?.evidence === 'value')) continue;
    let at = inside.at(-1)!.index + 1;
    // Up to the clause's end, the name's own "its" / "their", with no noun of the data between to own it instead.
    let owner: QuestionWord | undefined;
    for (let steps = 0; at < all.length && steps < 6 && !all[at - 1]!.clauseEnd; at++, steps++) {
      const word = all[at]!;
      if (OWNERS.has(word.text)) {
        owner = word;
        break;
      }
      const entry = entryAt(word);
      if (entry?.evidence !== undefined && entry.evidence !== 'text') break;
    }
    if (!owner || owner.clauseEnd) continue;
    // The possessed phrase runs to the clause's end, a preposition or a demonstrative ("its whole network this year").
    let last = owner;
    for (let index = owner.index + 1; index < all.length; index++) {
      const word = all[index]!;
      if (PHRASE_ENDS.has(word.text)) break;
      last = word;
      if (word.clauseEnd) break;
    }
    if (last === owner) continue;
    const head = entryAt(last);
    if (!head || head.evidence !== undefined || !isNamingWord(question, last) || isWeakEvidence(question, last)) continue;
    return { name: subject[1]!, phrase: question.slice(owner.offset, last.offset + last.text.length) };
  }
  return undefined;
}

const OWNERS = wordSet(['its', 'their']);

/**
 * "did Kestrel Blue carry", "did Hallam Road MRF take", "did the Rijksmuseum pay": an auxiliary, "the" or not, a run of
 * words opening with a capital (an acronym among them), which "and", "of" or "&" may join (captured, with its place),
 * then a lower-case word. SUBJECT_AFTER_AUXILIARY (doer-elsewhere.ts) leaves acronyms out, since codes are often stored
 * under them; here every word must have matched a stored value anyway.
 */
const STORED_SUBJECT = /\b(?:do|does|did|has|have|had|can|could|will|would)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}]*(?:\s+(?:and|of|&)\s+|\s+))*\p{Lu}[\p{L}\p{N}]*)\s+(?=\p{Ll})/dgu;

const PHRASE_ENDS = wordSet(PREPOSITIONS, DEMONSTRATIVES);
