import type { RankAttribute, Ranking } from './analyze-question.js';
import { numberOf } from './number-of.js';
import { isParticiple } from './participle.js';
import { phraseAfter } from './phrase-after.js';
import type { QuestionWord } from './question-words.js';
import { wordTable } from '../../own-entry.js';
import { measurePole } from '../../lexicon/measure-pole.js';
import { PRICE_SUPERLATIVES, priceDegree } from '../../lexicon/price-degree.js';

const DESCENDING = new Set(['most', 'highest', 'largest', 'biggest', 'greatest', 'best', 'maximum', 'top']);
const ASCENDING = new Set(['least', 'lowest', 'smallest', 'fewest', 'worst', 'minimum', 'bottom']);
const ATTRIBUTE_SUPERLATIVES: Readonly<Record<string, { direction: 'asc' | 'desc'; attribute: RankAttribute }>> = wordTable({
  ...Object.fromEntries(PRICE_SUPERLATIVES.map(([superlative, direction]) => [superlative, { direction, attribute: 'price' as const }])),
  oldest: { direction: 'asc', attribute: 'date' },
  earliest: { direction: 'asc', attribute: 'date' },
  newest: { direction: 'desc', attribute: 'date' },
  latest: { direction: 'desc', attribute: 'date' },
  youngest: { direction: 'desc', attribute: 'date' },
  recent: { direction: 'desc', attribute: 'date' },
  recently: { direction: 'desc', attribute: 'date' },
  longest: { direction: 'desc', attribute: 'duration' },
  shortest: { direction: 'asc', attribute: 'duration' },
});

const COUNT_LEADS = new Set(['which', 'what', 'list', 'show', 'give', 'find', 'name', 'get', 'the']);
/** Larger numbers after "the" are more likely years ("the 2024 orders") than counts. */
const MAX_LEADING_COUNT = 500;

/** The number of a ranking written after its opening word, before the superlative: "which 3 products have the highest price". */
function leadingCount(words: readonly QuestionWord[], i: number): { count: number; at: number } | undefined {
  for (let j = 0; j < i - 1; j++) {
    if (!COUNT_LEADS.has(words[j]!.text)) continue;
    const count = numberOf(words[j + 1]);
    if (count !== undefined && count > 0 && count <= MAX_LEADING_COUNT) return { count, at: j + 1 };
  }
  return undefined;
}

/**
 * A ranking at word `i`: "top 5 products", "3 most expensive", "cheapest", "highest". The limit is the number
 * written before or after the word, else 1.
 */
export function readRanking(words: readonly QuestionWord[], i: number): { ranking: Ranking; used: number[] } | undefined {
  const word = words[i]?.text ?? '';
  const next = words[i + 1]?.text ?? '';
  if (words[i - 1]?.text === 'at' && (word === 'least' || word === 'most')) return undefined;
  const lead = leadingCount(words, i);
  const count = numberOf(words[i - 1]) ?? lead?.count;
  const countAt = numberOf(words[i - 1]) !== undefined ? i - 1 : lead?.at;
  const counted = (used: number[]): number[] => (countAt !== undefined ? [countAt, ...used] : used);
  const ranked = (direction: 'asc' | 'desc', attribute?: RankAttribute): Ranking => ({
    direction,
    ...(attribute ? { attribute } : {}),
    limit: count ?? 1,
    at: i,
    explicit: count !== undefined,
    subject: [],
  });

  if ((word === 'top' || word === 'bottom') && numberOf(words[i + 1]) !== undefined) {
    const ranking = { direction: word === 'top' ? 'desc' : 'asc', limit: numberOf(words[i + 1])!, at: i, explicit: true, subject: phraseAfter(words, i + 2) } as const;
    return { ranking, used: [i, i + 1] };
  }
  if (word === 'most' && ATTRIBUTE_SUPERLATIVES[next]) {
    const { direction, attribute } = ATTRIBUTE_SUPERLATIVES[next]!;
    return { ranking: ranked(direction, attribute), used: counted([i, i + 1]) };
  }
  if (word === 'least' && next === 'expensive') return { ranking: ranked('asc', 'price'), used: counted([i, i + 1]) };
  if (ATTRIBUTE_SUPERLATIVES[word]) {
    const { direction, attribute } = ATTRIBUTE_SUPERLATIVES[word]!;
    return { ranking: ranked(direction, attribute), used: counted([i]) };
  }
  // "the dearest fabric", "the costliest repair": a WordNet synonym of the price ranking's own adjectives.
  const priced = priceDegree(word);
  if (priced) return { ranking: ranked(priced, 'price'), used: counted([i]) };
  if (firstInTime(words, i)) return { ranking: ranked(word === 'first' ? 'asc' : 'desc', 'date'), used: [i] };
  if (DESCENDING.has(word) || ASCENDING.has(word)) return { ranking: ranked(DESCENDING.has(word) ? 'desc' : 'asc'), used: counted([i]) };
  // "the tallest wall", "the lightest parcel": a superlative of an adjective that gives a value of a measure.
  const pole = measurePole(word);
  if (pole) return { ranking: { ...ranked(pole.direction, 'measure'), measures: pole.measures }, used: counted([i]) };
  const beyondAll = comparedWithAllOthers(words, i);
  if (beyondAll) return { ranking: ranked(MORE.has(word) ? 'desc' : 'asc'), used: [i, ...beyondAll] };
  return undefined;
}

const MORE = new Set(['more', 'higher', 'larger', 'bigger', 'greater']);
const FEWER = new Set(['fewer', 'less', 'lower', 'smaller']);
/** Words that may stand between the comparative and its "than": "more of our customers than". */
const MAX_COMPARED_WORDS = 5;

/** What "than" is followed by when it compares with every other member: "any other", "all the others", "anyone else". */
const ALL_OTHERS = /^(?:(?:any|every) ?(?:other|one else)|all (?:the )?(?:others?|rest)|(?:all )?the (?:others|rest)|(?:any|every)(?:one|body|thing) else)\b/;

/**
 * "more customers than any other", "fewer orders than anyone else", "more … than all the others": a comparative
 * against every other member of the group is a superlative. Returns the indexes of "than" and the words after it.
 */
function comparedWithAllOthers(words: readonly QuestionWord[], i: number): number[] | undefined {
  if (!MORE.has(words[i]?.text ?? '') && !FEWER.has(words[i]?.text ?? '')) return undefined;
  for (let k = i + 1; k <= i + MAX_COMPARED_WORDS && k < words.length; k++) {
    if (words[k]!.text === 'than') {
      const tail = ALL_OTHERS.exec(words.slice(k + 1, k + 5).map((w) => w.text).join(' '));
      return tail ? Array.from({ length: tail[0].split(' ').length + 1 }, (_, n) => k + n) : undefined;
    }
    if (words[k]!.clauseEnd) return undefined;
  }
  return undefined;
}

/**
 * "the first student to register", "the last transcript released": "first"/"last" before a noun that an event
 * follows (an infinitive or a past participle) orders those rows in time; "the first name", "the last 3 orders" do not.
 */
function firstInTime(words: readonly QuestionWord[], i: number): boolean {
  const word = words[i]?.text;
  if ((word !== 'first' && word !== 'last') || words[i - 1]?.text !== 'the' || words[i]!.clauseEnd) return false;
  const noun = words[i + 1];
  if (!noun || /^(names?|time|one|ones)$/.test(noun.text) || numberOf(noun) !== undefined || noun.clauseEnd) return false;
  const event = words[i + 2];
  if (!event) return false;
  if (event.text === 'to') return words[i + 3] !== undefined && !/^(the|a|an)$/.test(words[i + 3]!.text);
  return isParticiple(event.text);
}
