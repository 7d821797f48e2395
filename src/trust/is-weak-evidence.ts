import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { hasSense } from '../lexicon/has-sense.js';
import { isMostlyAdverb } from '../lexicon/is-mostly-adverb.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { inCompoundModifier } from './compound-modifier.js';
import { isDeterminedNoun } from './determined-noun.js';
import { inHyphenatedNoun } from './hyphenated-noun.js';
import { isUnknownWord } from './is-unknown-word.js';
import { PERIOD_ADJECTIVES } from '../models/offline/time-grain.js';

/**
 * Whether an ungrounded word is too weak a sign that the data lacks something to decline on: a word English mostly uses
 * as a verb ("offer", "play"; "took", the past of one), as a plain adjective ("full names", "left handed") or as an adverb ("altogether"),
 * which qualifies what the question asks for rather than naming it. A superlative ("happiest", "most talented") still counts: it asks to rank by an
 * attribute, and an attribute nothing stores cannot rank anything; so does "how long". Names written with a capital count too;
 * a lower-case word no dictionary knows ("qty") does not.
 */
export function isWeakEvidence(question: string, word: QuestionWord): boolean {
  const original = question.slice(word.offset, word.offset + word.text.length);
  if (word.index > 0 && /^[A-Z]/.test(original)) return false;
  // A word no dictionary knows ("qty", "sname") may be a short or misspelt name of a column: too weak a sign to decline on.
  if (isUnknownWord(word.text)) return true;
  // "self-service machines": a hyphenated compound before a noun is one adjective.
  if (inCompoundModifier(question, word)) return true;
  // "How many cover-ups …": a hyphenated compound that is itself a noun names a thing, whatever its parts mostly are.
  if (inHyphenatedNoun(question, word)) return false;
  // "given altogether", "leaving businesses aside": a word used mostly as an adverb says how, not what.
  if (isMostlyAdverb(word.text)) return true;
  const part = primaryPartOfSpeech(word.text);
  // "Simona Halep's coach", "another firm", "the best advocate": where a determiner leaves only a noun, a word is one.
  if ((part === 'verb' || part === 'adj') && isDeterminedNoun(question, word)) return false;
  // "had the biggest swell", "average travel time": where only a noun can come, a word is one, whatever English mostly
  // uses it as.
  if (part === 'verb' && inNounSlot(question, word) && hasSense('noun', word.text)) return false;
  // "diagnoses recorded at home visits": no sentence opens with a verb's -s form (it has no subject, and a command takes
  // the bare form), so a first word in -s that is also a noun's plural names something.
  if (part === 'verb') return !(word.index === 0 && isPluralOfNoun(word.text));
  // "Which branches took more orders …": a verb's irregular past, which WordNet's index lacks, is that verb.
  const base = IRREGULAR_VERBS[word.text];
  if (part === undefined && base !== undefined && primaryPartOfSpeech(base) === 'verb') return true;
  if (part !== 'adj') return false;
  // "how long", "how tall" ask for the attribute itself.
  // "the most artistically ambitious": an adverb in -ly may come between.
  const measured = /\b(?:most|least|more|less|best|worst|how)\s+$|\b(?:most|least)\s+[a-z]+ly\s+$/i.test(question.slice(0, word.offset));
  return !measured && !/est$/.test(word.text);
}

/** Words that take a noun after them: "average travel time", "total spend". */
const MEASURES = /^(average|avg|mean|total|median)$/;

/**
 * Whether the word comes where only a noun can: after a measure ("average travel time"), or as what something has at
 * its most ("Which sailings had the biggest swell", "ports with the highest tide"), an attribute of it.
 */
function inNounSlot(question: string, word: QuestionWord): boolean {
  const before = /(?:^|[^A-Za-z'’-])(?:([A-Za-z]+)\s+([A-Za-z]+)\s+)?([A-Za-z]+)\s+$/.exec(question.slice(0, word.offset));
  const [verb, determiner, previous] = [before?.[1], before?.[2], before?.[3]].map((text) => text?.toLowerCase());
  if (previous === undefined) return false;
  // "monthly rent": after an adjective of a period.
  if (MEASURES.test(previous) || PERIOD_ADJECTIVES.has(previous)) return true;
  return /^(have|has|had|having|with)$/.test(verb ?? '') && determiner === 'the' && /est$/.test(previous) && primaryPartOfSpeech(previous) === 'adj';
}

/** A noun's plural: "visits" (visit), "diagnoses" (diagnosis, as analyses and crises are). */
function isPluralOfNoun(text: string): boolean {
  if (!/[^s]s$/.test(text)) return false;
  const singulars = [text.slice(0, -1), ...(text.endsWith('es') ? [text.slice(0, -2)] : []), ...(text.endsWith('ses') ? [`${text.slice(0, -2)}is`] : [])];
  return singulars.some((singular) => singular.length > 2 && hasSense('noun', singular));
}
