import { hasSense } from '../lexicon/has-sense.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** A word a noun phrase may hold: a content word WordNet knows as a noun or an adjective. */
const nominal = (token: Token | undefined): token is Token =>
  token !== undefined && !FILLER_WORDS.has(token.lower) && (hasSense('noun', token.lower) || hasSense('adj', token.lower));

/**
 * The noun phrases of the question that hold the words, as the question writes them: "How long does a theory test pass
 * certificate stay valid?" with 'theory' and 'certificate' → ['theory test pass certificate']. A phrase runs over the
 * words next to a named one, with only spaces between them, that are nouns or adjectives: before it, not mostly verbs
 * or adverbs; after it, mostly nouns, or a word mostly a verb followed by such a noun ("pass certificate"), since a
 * verb after a noun mostly starts what is said of it ("stay valid"). Phrases that meet are one; question order.
 */
export function unreadPhrases(question: string, words: readonly string[]): string[] {
  const tokens: Token[] = [...question.matchAll(/[A-Za-z0-9][A-Za-z0-9'’-]*/g)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const joined = (k: number): boolean => k >= 0 && k + 1 < tokens.length && /^ +$/.test(question.slice(tokens[k]!.end, tokens[k + 1]!.start));
  const mostlyNoun = (token: Token | undefined): boolean => nominal(token) && (primaryPartOfSpeech(token.lower) ?? 'noun') === 'noun';
  const wanted = new Set(words.map((word) => word.toLowerCase()));
  const spans: Array<[number, number]> = [];
  tokens.forEach((token, at) => {
    if (!wanted.has(token.lower)) return;
    let first = at;
    while (joined(first - 1) && nominal(tokens[first - 1]) && !['verb', 'adv'].includes(primaryPartOfSpeech(tokens[first - 1]!.lower) ?? '')) first--;
    let last = at;
    while (joined(last) && (mostlyNoun(tokens[last + 1]) || (nominal(tokens[last + 1]) && joined(last + 1) && mostlyNoun(tokens[last + 2])))) last++;
    const previous = spans.at(-1);
    if (previous && (first <= previous[1] || (first === previous[1] + 1 && joined(previous[1])))) previous[1] = Math.max(previous[1], last);
    else spans.push([first, last]);
  });
  return [...new Set(spans.map(([first, last]) => question.slice(tokens[first]!.start, tokens[last]!.end)))];
}
