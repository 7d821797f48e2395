import { FINITE_AUXILIARIES, MODALS } from '../lexicon/auxiliaries.js';
import { COORDINATORS } from '../lexicon/conjunctions.js';
import { DEMONSTRATIVES } from '../lexicon/determiners.js';
import { FOCUS_ADVERBS } from '../lexicon/function-adverbs.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { WH_WORDS } from '../lexicon/pronouns.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { pick, wordSet } from '../lexicon/word-set.js';

const COORDINATOR = wordSet(COORDINATORS);
const WH = wordSet(WH_WORDS);
/** Words that open a phrase hanging on a clause said before: "by status", "per month", "only the shipped ones". */
const PHRASE_OPENERS = wordSet(PREPOSITIONS, FOCUS_ADVERBS);
const FINITE = wordSet(FINITE_AUXILIARIES, MODALS);
/** Demonstratives that stand for the noun of the question before: "those in CA". */
const PLURAL_DEMONSTRATIVES = wordSet(pick(DEMONSTRATIVES, 'these', 'those'));
const PREPOSITION = wordSet(PREPOSITIONS);

/**
 * The line's own words when it reads as a fragment continuing an earlier question, from its grammar alone: it opens
 * with a coordinator ("and by status?"), with "what/how about" ("what about 2024?"), or with a preposition or a
 * focusing adverb and has no verb, question word or comma of its own ("per month", "only the shipped ones"); or, verbless
 * and with no question word, it is only figures ("2024?") or leans on a pro-form ("the cancelled ones", "those in CA"). Undefined for a
 * question that stands alone, verbless ones included ("Revenue by customer segment").
 */
export function followUpFragment(text: string): string | undefined {
  const body = text.trim().replace(/[?.!\s]+$/, '');
  // "#" stays a word: "# of accts" opens with a count, not with "of".
  const words: string[] = body.toLowerCase().match(/#|[a-z0-9][a-z0-9'-]*/g) ?? [];
  if (words.length === 0) return undefined;
  const [first, second] = words;
  if (COORDINATOR.has(first!) && words.length > 1) return stripped(body, 1);
  if ((first === 'what' || first === 'how') && second === 'about' && words.length > 2) return stripped(body, 2);
  // A comma after an opening phrase leads to the clause it hangs on: "For each gym, the average rating".
  const fragment =
    PHRASE_OPENERS.has(first!) && words.length > 1
      ? !body.includes(',')
      : words.every((word) => /^\d/.test(word)) ||
        words.includes('ones') ||
        (PLURAL_DEMONSTRATIVES.has(first!) && (second === undefined || PREPOSITION.has(second)));
  // WordNet is asked last: most questions open like none of the above, and a run need not load the dictionary for them.
  if (!fragment) return undefined;
  const verbless = !words.some((word) => WH.has(word.replace(/'?s$/, '')) || FINITE.has(word) || actsAsVerb(word));
  return verbless ? body : undefined;
}

/** The body after its first `count` words, and the comma after them ("and, by status"). */
function stripped(body: string, count: number): string {
  return body.replace(new RegExp(`^\\s*(\\S+\\s+){${count}}`), '').replace(/^[,\s]+/, '') || body;
}

/**
 * A word that reads as a verb of the line's own: mostly a verb by WordNet's tagged senses, and not a participle
 * ("shipped", "remaining"), which in a verbless phrase modifies a noun.
 */
function actsAsVerb(word: string): boolean {
  return !/(ed|ing)$/.test(word) && primaryPartOfSpeech(word) === 'verb';
}
