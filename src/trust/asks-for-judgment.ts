import { comparativeBase, judgesQuality } from '../lexicon/judged-quality.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { hasSense } from '../lexicon/has-sense.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { derivedForms } from '../lexicon/derived-forms.js';
import { FREQUENCY_WORDS } from './is-naming-word.js';
import { judgedForSomeone } from './judged-for-someone.js';
import { YES_NO_COPULA } from './yes-no-copula.js';
import type { GroundedWord } from './ground-question.js';

/**
 * The words with which a question asks for an opinion rather than a fact, undefined otherwise:
 * - it asks what the one answering thinks ("Do you think our season pass is too expensive?", "In your view, …");
 * - a yes/no question puts its subject in a class named by an adjective that links to nothing ("Is Derby a nice place
 *   to live?", "Is a Tesla Model 3 a sensible choice for a rental fleet?"): the class is a judgment nobody stored. An
 *   adjective the data holds ("Is Alice a premium member?", a stored tier) links, and the question is answered;
 * - a yes/no question measures its subject against a standard nobody stored: "too" and an adjective ("Is the lamb
 *   shank priced too high?"), or "worth" ("Is the smartwatch worth buying?"). The data holds the price, not how high
 *   is too high, nor what something is worth to the one asking;
 * - it asks who deserves something or is worthy of it ("Which keeper deserves a pay rise?"): merit is a judgment, and
 *   no row records it (unless a column of that name links: then it is left to the other rules).
 */
export function asksForJudgment(question: string, words: readonly GroundedWord[], columnParts: ReadonlySet<string> = new Set()): string | undefined {
  const opinion = OPINION.exec(question);
  if (opinion) return opinion[0].trim();
  // "Which keeper deserves a pay rise?", "Who is most worthy of promotion?": what someone deserves is a judgment of merit.
  const desert = DESERT.exec(question);
  if (desert && !words.some((entry) => entry.word.offset === desert.index && entry.evidence !== undefined)) return desert[0];
  // "Which of our vets do owners like best?": what people like most is how they feel, which no row records.
  const liked = PREFERENCE.exec(question);
  if (liked && !words.some((entry) => entry.word.offset === liked.index && entry.evidence !== undefined)) return liked[0];
  // "Which depot is run the best?", "Which site was kept worst?": how well a deed was done, in the passive, is a verdict
  // on the doing; a participle the data names, or a word WordNet derives from it names a column of the linked tables
  // ("Which hotel is rated best?" where a rating column is), is left to it.
  const done = JUDGED_DOING.exec(question);
  if (done) {
    const participle = words.find((entry) => entry.word.offset === done.indices![1]![0]);
    const text = done[1]!.toLowerCase();
    const measured = [...derivedForms(text)].some((form) => columnParts.has(form));
    if ((participle === undefined || participle.evidence === undefined) && !measured && !/ing$/.test(text) && hasSense('verb', verbBase(text)) && primaryPartOfSpeech(text) !== 'adj') return done[0].replace(/[?.!\s]+$/, '');
  }
  // "What would be a fair price for …", "What is a reasonable wait?": a standard set by a judgment nobody stored.
  const standard = STANDARD.exec(question);
  if (standard) {
    const adjective = words.find((entry) => entry.word.offset === standard.indices![1]![0]);
    if (adjective && adjective.evidence === undefined && !FREQUENCY_WORDS.test(adjective.word.text) && primaryPartOfSpeech(adjective.word.text) === 'adj' && judgesQuality(adjective.word.text)) return standard[0].trim();
  }
  // "Which is nicer to play, a Yamaha or a Kawai?", "Does a walnut finish look better than black polyester?": the same
  // comparison by a quality nothing measures, asked as a choice between alternatives or with a verb of seeming.
  const chosen = comparedInChoice(question, words) ?? comparedBySeeming(question, words);
  if (chosen) return chosen;
  if (!YES_NO_COPULA.test(question)) return undefined;
  // "Is Frame Rate any good?", "Was the new tariff any better?": "any" and an adjective ending the question asks for a
  // verdict on the subject's quality, not a fact of it.
  const verdict = ANY_DEGREE.exec(question);
  if (verdict && primaryPartOfSpeech(verdict[1]!.toLowerCase()) === 'adj') return verdict[0].trim();
  // "Is Kingfisher a nicer boat than Dabchick?", "Is our chilli better than the macaroni cheese?": compared by a quality
  // nothing measures.
  const compared = comparedBy(question, words);
  if (compared) return compared;
  const measured = AGAINST_A_STANDARD.exec(question);
  if (measured && (measured[1] === undefined || ['adj', 'adv'].includes(primaryPartOfSpeech(measured[1].toLowerCase()) ?? ''))) return measured[0];
  for (const judged of question.matchAll(CLASS)) {
    const adjective = words.find((entry) => entry.word.offset === judged.indices![1]![0]);
    if (adjective && adjective.evidence === undefined && primaryPartOfSpeech(adjective.word.text) === 'adj') return `${adjective.word.text} ${judged[2]!.toLowerCase()}`;
  }
  return judgedForSomeone(question, words);
}

/** "is run the best", "was managed worst": a form of "be", a participle (captured, with its place), "the" or not, and a judging degree ending the clause. */
const JUDGED_DOING = /\b(?:is|are|was|were|been|being|be)\s+([a-z]+)\s+(?:the\s+)?(?:best|worst|better|worse)\s*(?:[?.!]\s*)?$/di;

/** The base of a participle WordNet indexes under its verb ("run", "kept" → keep, "managed" → manage). */
const verbBase = (text: string): string => IRREGULAR_VERBS[text] ?? [text, text.replace(/d$/, ''), text.replace(/ed$/, ''), text.replace(/(.)\1ed$/, '$1')].find((form) => hasSense('verb', form)) ?? text;

/** "like best", "loved most", "prefer least": a feeling, ranked. */
const PREFERENCE = /\b(?:like|likes|liked|love|loves|loved|prefer|prefers|preferred|enjoy|enjoys|enjoyed)\s+(?:[a-z]+\s+)?(?:best|most|least)\b/i;

/** "What would be a fair price", "What's a reasonable wait": an indefinite adjective (captured, with its place) and noun asked for. */
const STANDARD = /^\s*what(?:['’]s|\s+(?:is|would\s+be|will\s+be|should\s+be|counts\s+as))\s+(?:a|an)\s+([a-z]+)\s+[a-z]+/di;

/** "deserves", "deserved", "worthy of": what someone merits. */
const DESERT = /\b(?:deserves?|deserved|deserving|worthy\s+of)\b/i;

/** "Do you think …", "would you say …", "in your opinion": the answer asked for is the one answering's view. */
const OPINION = /\b(?:do|does|did|would)\s+(?:you|people)\s+(?:think|reckon|believe|feel|say)\b|\bin\s+your\s+(?:opinion|view)\b/i;

/**
 * "too high", "too late" (the adjective or adverb captured), "worth buying", "worth it", "worth the money", "worth an
 * extra premium" (not "worth the most", a ranking by value).
 */
const AGAINST_A_STANDARD = /\btoo\s+([a-z]+)\b|\bworth\s+(?:it|[a-z]+ing)\b|\bworth\s+(?:the|a|an|its|their|our|your|his|her)\s+(?!most\b|least\b|more\b|less\b)[a-z]+/i;

/** Up to five words before the question's first "than": "nicer than", "nicer boat than", "nicer place to work than". */
const BEFORE_THAN = /((?:\b[a-z]+\s+){1,5})than\b/i;

/**
 * A yes/no question that compares by a quality nothing measures: "Is Kingfisher a nicer boat than Dabchick?", "Is our
 * chilli better than the macaroni cheese?", "Is The Smile Rooms a nicer place to work than …?". The comparative nearest
 * "than" among the words before it, when it links to nothing and is of an adjective that judges rather than measures
 * ("longer", "cheaper", "more popular" are left to the data).
 */
function comparedBy(question: string, words: readonly GroundedWord[]): string | undefined {
  const match = BEFORE_THAN.exec(question);
  if (!match) return undefined;
  const before = [...match[1]!.matchAll(/[a-z]+/gi)];
  const found = before.reverse().find((word) => comparativeBase(word[0].toLowerCase()) !== undefined);
  if (!found) return undefined;
  return judgedComparative(found[0], match.index + found.index, words) ? `${found[0]} than` : undefined;
}

/** A comparative (at its offset) that links to nothing and is of an adjective that judges rather than measures. */
function judgedComparative(comparative: string, offset: number, words: readonly GroundedWord[]): boolean {
  if (words.some((entry) => entry.word.offset === offset && entry.evidence !== undefined)) return false;
  const base = comparativeBase(comparative.toLowerCase());
  return base !== undefined && !FREQUENCY_WORDS.test(base) && judgesQuality(base);
}

/**
 * "Which is nicer to play, a Yamaha or a Kawai?", "Which of the two looks better, oak or walnut?": "which" (and up to
 * three words naming what is chosen among), a form of "be" or a verb of seeming, and a comparative, with the
 * alternatives offered after it ("… or …"). "Which is heavier, …" compares by a measure and is left to the data.
 */
function comparedInChoice(question: string, words: readonly GroundedWord[]): string | undefined {
  const match = CHOICE.exec(question);
  if (!match || !/\bor\b/i.test(question.slice(match.index + match[0].length))) return undefined;
  const [start] = match.indices![1]!;
  return judgedComparative(match[1]!, start, words) ? match[1]! : undefined;
}

/**
 * "Does a walnut finish look better than black polyester?", "Did the new menu taste nicer than the old one?": a
 * do-question whose verb says how a thing seems, compared by a judged quality; "Does oak sell better than walnut?"
 * (a verb of doing) counts sales and is left to the data.
 */
function comparedBySeeming(question: string, words: readonly GroundedWord[]): string | undefined {
  const match = SEEMING_THAN.exec(question);
  if (!match) return undefined;
  const [start] = match.indices![1]!;
  return judgedComparative(match[1]!, start, words) ? `${match[1]!} than` : undefined;
}

/** Verbs of seeming (English's closed set of linking verbs of perception and appearance), any form. */
const SEEMING = '(?:look|looks|looked|sound|sounds|sounded|feel|feels|felt|seem|seems|seemed|appear|appears|appeared|taste|tastes|tasted|smell|smells|smelled|smelt)';

/**
 * "Which is nicer", "Which of the two looks better": the comparative captured, with its place. "Which is the better
 * storyteller, …" ranks by a noun, which the rule for a quality nothing stores names (grounding-signals.ts).
 */
const CHOICE = new RegExp(`^\\s*which\\b(?:\\s+[a-z]+){0,3}?\\s+(?:is|are|was|were|${SEEMING})\\s+([a-z]+)\\b`, 'di');

/** "Does … look better than", up to eight words between the auxiliary and the verb: the comparative captured, with its place. */
const SEEMING_THAN = new RegExp(`^\\s*(?:do|does|did)\\b(?:\\s+\\S+){1,8}?\\s+${SEEMING}\\s+([a-z]+)\\s+than\\b`, 'di');

/** "any good", "any better" ending the question. */
const ANY_DEGREE = /\bany\s+([a-z]+)\s*(?:[?.!]\s*)?$/i;

/** " a nice place", " an easy sell": an indefinite article, then an adjective and a noun (captured, with their places). */
const CLASS = /\s(?:a|an)\s+([A-Za-z]+)\s+([A-Za-z]+)/dgi;
