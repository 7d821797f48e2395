import { nearlySameWord } from './nearly-same-word.js';
import { possessive } from './possessive.js';
import { rememberedByText } from '../../catalog/remembered-by-text.js';
import { primaryPartOfSpeech } from '../../lexicon/primary-part-of-speech.js';
import { PHRASE_STOP, phraseAfter } from './phrase-after.js';
import { isPassiveAgent } from './passive-agent.js';
import { questionWords, type QuestionWord } from './question-words.js';
import { pairedExtreme, readAggregate } from './read-aggregate.js';
import { readRanking } from './read-ranking.js';
import { numberOf } from './number-of.js';
import { GRAIN_ADJECTIVES, GRAIN_NOUNS, type TimeGrain } from './time-grain.js';
import { NEGATORS } from '../../lexicon/negators.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { pick, wordSet } from '../../lexicon/word-set.js';

export type Aggregate = 'count' | 'sum' | 'avg' | 'min' | 'max';

/** What a superlative ranks by when it carries its own attribute ("cheapest" ranks by price). */
export type RankAttribute = 'price' | 'date' | 'duration' | 'measure';

export interface Ranking {
  direction: 'asc' | 'desc';
  limit: number;
  /** Word index of the ranking word ("top", "most", "cheapest"). */
  at: number;
  attribute?: RankAttribute;
  /** With attribute 'measure': the measure the superlative gives a value of ("height", "stature" for tallest). */
  measures?: string[];
  /** The limit was written out ("top 5"), not implied by a superlative. */
  explicit: boolean;
  /** "top 5 products by revenue": the words naming what is ranked ("products"). */
  subject: QuestionWord[];
}

export interface ByPhrase {
  /** "by", "per", "for each", ... */
  keyword: string;
  words: QuestionWord[];
}

export interface QuestionAnalysis {
  text: string;
  words: QuestionWord[];
  aggregate?: { kind: Aggregate; at: number; distinct: boolean };
  /** Further aggregates listed with the first ("average, minimum and maximum age"). */
  extraAggregates: Aggregate[];
  /** "ordered by age", "in descending order of age". */
  sort?: { words: QuestionWord[]; direction: 'asc' | 'desc'; alphabetical?: boolean };
  /** "distinct countries", "different countries". */
  distinct: boolean;
  grain?: { grain: TimeGrain; at: number };
  ranking?: Ranking;
  byPhrases: ByPhrase[];
  /** "Who served the most tables?": the question asks for people. */
  who: boolean;
  /** "which state has the most customers": the words naming the group ("state"). */
  which?: QuestionWord[];
  /** Word indexes of revenue words ("revenue", "sales"). */
  revenueAt: number[];
  /** Revenue is wanted net of returns or refunds. */
  netOfReturns: boolean;
  /** "average order value", "AOV", "basket size": revenue per order. */
  orderValue: boolean;
  /** Word indexes that a negation governs ("not", "excluding", "except"). */
  negated: Set<number>;
  /** Years named without a date range ("in 2025"). */
  years: number[];
  /** Word indexes the analysis used up: keywords, numbers, grains. */
  consumed: Set<number>;
}

export const REVENUE_WORDS = new Set(['revenue', 'sale', 'sales', 'income', 'turnover', 'gmv', 'earning', 'spend', 'spent', 'spending']);
const WHICH_VERBS = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'got', 'gets', 'get', 'generated', 'generates',
  'made', 'makes', 'sold', 'sells', 'sell', 'brought', 'brings', 'received', 'receives', 'placed', 'with', 'spent', 'spends',
  'bought', 'buys', 'ordered', 'earned', 'earns',
]);
/** Words for the people a table's rows belong to: "users" of an activity table are its distinct customers. */
export const PERSON_WORDS = new Set(['user', 'customer', 'visitor', 'member', 'buyer', 'shopper', 'client', 'people', 'person', 'account', 'subscriber']);
const SORT_VERBS = new Set(['sorted', 'ordered', 'sort', 'order', 'ranked', 'rank', 'arranged']);
const SORT_ADJECTIVES = new Set(['ascending', 'descending', 'increasing', 'decreasing', 'alphabetical', 'reverse', 'chronological']);

function sortDirection(text: string): 'asc' | 'desc' {
  return /\b(desc|descending|decreasing|reversed?|from (the )?(highest|largest|biggest|oldest|most|greatest|latest|newest|longest))\b/i.test(text) ? 'desc' : 'asc';
}

/** "in reverse alphabetical order", "sorted alphabetically": an order of text, of the column the answer lists. */
const ALPHABETICAL = /^(alphabetical|alphabetic|alphabetically|lexicographical|lexicographic|lexicographically)$/;

const NEGATIONS: ReadonlySet<string> = wordSet(
  pick(NEGATORS, 'not'),
  pick(PREPOSITIONS, 'excluding', 'except', 'without', 'outside', 'besides'),
  ['exclude'],
);

/** Only "the" (or nothing) stands between word `last` and the ranking word. */
/** "collection takes": a singular noun, then a word in -s whose commonest use is as a verb (the two agree as subject and verb). */
function agreesWithSingular(noun: QuestionWord, next: QuestionWord): boolean {
  return noun.text === noun.stem && /[^s]s$/.test(next.text) && next.text !== next.stem && primaryPartOfSpeech(next.text) === 'verb';
}

function followedByRanking(words: readonly QuestionWord[], last: number, rankingAt: number): boolean {
  return rankingAt === last + 1 || (rankingAt === last + 2 && words[last + 1]?.text === 'the');
}

/** "what is the year that had the most concerts": the noun a relative clause ranks ("year"). */
function relativeHead(words: readonly QuestionWord[], whatAt: number, rankingAt: number): QuestionWord[] | undefined {
  let k = whatAt + 1;
  if (!/^(is|are|was|were)$/.test(words[k]?.text ?? '')) return undefined;
  k++;
  if (words[k]?.text === 'the') k++;
  // "What are the three job titles with the most vacancies?": the count is the ranking's limit, not part of the noun.
  if (numberOf(words[k]) !== undefined) k++;
  const head: QuestionWord[] = [];
  for (; k < rankingAt && head.length < 3 && !/^(that|which|who|with)$/.test(words[k]!.text); k++) {
    if (PHRASE_STOP.has(words[k]!.text)) return undefined;
    head.push(words[k]!);
  }
  const end = words[k]?.text ?? '';
  return head.length > 0 && (/^(that|which|who)$/.test(end) || (end === 'with' && words[k + 1]?.text === 'the' && k + 2 === rankingAt)) ? head : undefined;
}

/**
 * Reads the shape of a question: aggregates, grains, rankings, group phrases, negations. Schema-free. The planner,
 * a dozen question kinds and the answer checks each ask for the same question's analysis: it is read once per text
 * (recent texts kept), and every caller gets its own copy of the top-level fields, arrays and sets (some reassign
 * `grain` or `years`); the nested objects are shared and nobody changes them.
 */
export function analyzeQuestion(text: string): QuestionAnalysis {
  const analysis = rememberedByText(recentAnalyses, text, () => readQuestion(text), MAX_RECENT_ANALYSES);
  return {
    ...analysis,
    words: analysis.words.slice(),
    extraAggregates: analysis.extraAggregates.slice(),
    byPhrases: analysis.byPhrases.slice(),
    revenueAt: analysis.revenueAt.slice(),
    negated: new Set(analysis.negated),
    years: analysis.years.slice(),
    consumed: new Set(analysis.consumed),
  };
}

const recentAnalyses = new Map<string, QuestionAnalysis>();
/** The questions in flight in a batch. */
const MAX_RECENT_ANALYSES = 256;

const DISTINCT_WORDS = ['distinct', 'different', 'unique'];

function readQuestion(text: string): QuestionAnalysis {
  const words = questionWords(text);
  const consumed = new Set<number>();
  const at = (i: number): string => words[i]?.text ?? '';
  const analysis: QuestionAnalysis = {
    text,
    words,
    extraAggregates: [],
    // "diffrent customers": one typo apart from the word still asks for distinct ones.
    distinct: words.some((w) => DISTINCT_WORDS.some((d) => nearlySameWord(w.text, d))),
    byPhrases: [],
    who: /^\s*(who|whom)\b/i.test(text),
    revenueAt: [],
    netOfReturns: false,
    orderValue: /\b(order|basket|cart) (value|size)s?\b|\baovs?\b/i.test(text),
    negated: new Set(),
    years: [],
    consumed,
  };

  let aggregateEnd = -1;
  for (let i = 0; i < words.length; i++) {
    const word = at(i);
    const next = at(i + 1);
    const use = (...indexes: number[]): void => indexes.forEach((k) => consumed.add(k));

    const aggregate = readAggregate(words, i);
    if (aggregate && !analysis.aggregate) {
      analysis.aggregate = aggregate.aggregate;
      aggregateEnd = Math.max(...aggregate.used);
      use(...aggregate.used);
    } else if (aggregate && words.slice(aggregateEnd + 1, i).every((w) => w.text === 'and' || w.text === 'the')) {
      analysis.extraAggregates.push(aggregate.aggregate.kind);
      aggregateEnd = Math.max(...aggregate.used);
      use(...aggregate.used);
    }

    if (!analysis.grain && GRAIN_ADJECTIVES[word]) {
      analysis.grain = { grain: GRAIN_ADJECTIVES[word]!, at: i };
      use(i);
    }

    if (!analysis.ranking && !(aggregate && (word === 'maximum' || word === 'minimum' || word === 'max' || word === 'min' || pairedExtreme(words, i)))) {
      const reading = readRanking(words, i);
      if (reading) {
        analysis.ranking = reading.ranking;
        use(...reading.used);
      }
    }

    if (word === 'by' && SORT_VERBS.has(at(i - 1))) {
      analysis.sort ??= { words: phraseAfter(words, i + 1), direction: sortDirection(text) };
      use(i - 1, i);
    } else if ((word === 'order' && ALPHABETICAL.test(at(i - 1)) && next !== 'of' && next !== 'by') || (word.endsWith('ally') && ALPHABETICAL.test(word))) {
      analysis.sort ??= { words: [], direction: sortDirection(text), alphabetical: true };
      use(i);
      if (word === 'order') use(i - 1);
      if (SORT_ADJECTIVES.has(at(i - 2)) || at(i - 2) === 'reversed') use(i - 2);
    } else if (word === 'order' && next === 'of') {
      analysis.sort ??= { words: phraseAfter(words, i + 2), direction: sortDirection(text) };
      use(i, i + 1);
      if (SORT_ADJECTIVES.has(at(i - 1))) use(i - 1);
    } else if (word === 'by' || word === 'per' || word === 'across' || ((word === 'each' || word === 'every') && at(i - 1) !== 'for' && at(i - 1) !== 'in')) {
      if (!isPassiveAgent(words, i)) {
        analysis.byPhrases.push({ keyword: word, words: phraseAfter(words, i + 1)});
        use(i);
      }
    } else if ((word === 'for' || word === 'in') && (next === 'each' || next === 'every')) {
      analysis.byPhrases.push({ keyword: `${word} ${next}`, words: phraseAfter(words, i + 2)});
      use(i, i + 1);
      i++;
      continue;
    }

    if (REVENUE_WORDS.has(word)) analysis.revenueAt.push(i);
    if (word === 'net' && REVENUE_WORDS.has(next)) {
      analysis.netOfReturns = true;
      use(i);
    }
    if (/^(excluding|exclude|excludes|minus|less|without|after|deducting|subtracting|removing|net)$/.test(word)) {
      const skip = ['the', 'any', 'all', 'of'].includes(next) ? 1 : 0;
      if (/^(returns?|refunds?|returned|refunded)$/.test(at(i + 1 + skip))) {
        analysis.netOfReturns = true;
        use(i);
      }
    }
    // "no longer active": what was true once and is not now.
    if (NEGATIONS.has(word) || (word === 'other' && next === 'than') || (word === 'no' && next === 'longer')) {
      const start = word === 'other' || word === 'no' ? i + 2 : i + 1;
      for (let k = start; k < Math.min(words.length, start + 4); k++) {
        analysis.negated.add(k);
        if (words[k]!.clauseEnd || at(k + 1) === 'and' || at(k + 1) === 'or') break;
      }
    }
    // "in 2013 or 2016": a year after "or" is read as the year before it is.
    const orYear = (at(i - 1) === 'or' || (at(i - 1) === 'and' && at(i - 3) === 'both')) && analysis.years.includes(Number(at(i - 2)));
    const bothYears = at(i - 1) === 'both' && ['in', 'during', 'of'].includes(at(i - 2));
    // "in year 2014", "in the year 2014": the year named after its noun.
    const namedYear = at(i - 1) === 'year' && (['in', 'during', 'of'].includes(at(i - 2)) || (at(i - 2) === 'the' && ['in', 'during', 'of'].includes(at(i - 3))));
    if (/^(19|20)\d\d$/.test(word) && (['in', 'during', 'for', 'of', 'from', 'since'].includes(at(i - 1)) || orYear || namedYear || bothYears)) {
      analysis.years.push(Number(word));
      use(i);
    }
  }

  if (!analysis.aggregate) {
    const active = words.findIndex((w, k) => w.text === 'active' && PERSON_WORDS.has(words[k + 1]?.stem ?? ''));
    if (active >= 0) {
      analysis.aggregate = { kind: 'count', at: active, distinct: true };
      consumed.add(active);
    }
  }

  const whichAt = words.findIndex((w) => w.text === 'which' || w.text === 'what');
  if (whichAt >= 0 && analysis.ranking && analysis.ranking.at > whichAt) {
    const dimension: QuestionWord[] = [];
    for (let k = whichAt + 1; k < analysis.ranking.at && dimension.length < 3; k++) {
      if (WHICH_VERBS.has(at(k)) || PHRASE_STOP.has(at(k)) || at(k) === 'the') break;
      // "Which collection takes up the most boxes?": after a singular noun, a word in -s that is mostly a verb agrees with it.
      if (dimension.length > 0 && agreesWithSingular(dimension.at(-1)!, words[k]!)) break;
      dimension.push(words[k]!);
      // "Which gym's routes have the best rating?": the question asks which gym; what follows is what the gym owns.
      if (possessive(text, words[k]!)) break;
    }
    // "Which dish costs the most?": before a bare "the most" that ends the question stands a verb, not the group's noun.
    const bare = /^(most|least)$/.test(at(analysis.ranking.at)) && analysis.ranking.at === words.length - 1 && at(analysis.ranking.at - 1) === 'the';
    if (bare && dimension.length > 1 && dimension.at(-1)!.index === analysis.ranking.at - 2) dimension.pop();
    // "Which vendor supplies the fewest items?": a noun phrase does not run into "the fewest", so its last word is the verb.
    else if (dimension.length > 1 && !bare && followedByRanking(words, dimension.at(-1)!.index, analysis.ranking.at)) dimension.pop();
    if (dimension.length > 0) analysis.which = dimension;
    else if (analysis.ranking) analysis.which = relativeHead(words, whichAt, analysis.ranking.at);
  }

  if (!analysis.aggregate && !analysis.ranking && !analysis.grain) {
    // "the names of every singer": with nothing to count or rank, "each"/"every" quantifies the rows listed.
    analysis.byPhrases = analysis.byPhrases.filter((p) => !/\b(each|every)$/.test(p.keyword) || GRAIN_NOUNS[p.words[0]?.stem ?? ''] !== undefined);
  }
  // "by sales channel": a revenue word that opens a group's compound only says whose channel; it measures nothing.
  const modifiers = new Set(analysis.byPhrases.flatMap((p) => p.words.slice(0, -1).map((w) => w.index)));
  analysis.revenueAt = analysis.revenueAt.filter((i) => !modifiers.has(i));
  for (const phrase of analysis.byPhrases) {
    const grain = phrase.words.length === 1 ? GRAIN_NOUNS[phrase.words[0]!.stem] : undefined;
    if (grain && !analysis.grain) {
      analysis.grain = { grain, at: phrase.words[0]!.index };
      consumed.add(phrase.words[0]!.index);
    }
  }
  return analysis;
}
