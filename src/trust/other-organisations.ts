import { hasSense } from '../lexicon/has-sense.js';
import { nounAncestors } from '../lexicon/noun-ancestors.js';
import { isPluralNoun } from '../lexicon/is-plural-noun.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import type { GroundedWord } from './ground-question.js';

/**
 * Another organisation the question asks about by what it is to the one keeping the data, undefined otherwise: "our
 * competitors", "the rivals", "the competition", "rival firms", "competing chains", "the neighbouring resort", "other
 * letting agents". The rows record this business's own dealings, so another business's figures are in none of them.
 * Only when the noun links to nothing, or only to words of a comment or doc (which explain the data, they store no
 * other business's rows): "other sites", "rival teams" where a teams table is, are rows of the data. After
 * "other" the noun must also name an organisation, a person, a place or a building in a common WordNet sense ("other
 * fees" may be a missing column, which the other rules judge).
 */
export function otherOrganisations(question: string, words: readonly GroundedWord[]): string | undefined {
  for (const match of question.matchAll(OTHERS)) {
    const modifier = match[1]!.toLowerCase();
    const entry = headAfter(question, words, match.index + match[0].length);
    if (!entry || !(entry.evidence === undefined || entry.evidence === 'text')) continue;
    if (modifier === 'other' && !KINDS.some((kind) => nounAncestors(entry.word.text).has(kind))) continue;
    if (nounAncestors(entry.word.text).has('time_period')) continue;
    return `${match[0]}${question.slice(match.index + match[0].length, entry.word.offset + entry.word.text.length)}`.trim();
  }
  for (const match of question.matchAll(RIVALS)) {
    const entry = words.find((candidate) => candidate.word.offset === match.index + match[0].length - match[1]!.length);
    if (entry && (entry.evidence === undefined || entry.evidence === 'text')) return match[0].trim();
  }
  return undefined;
}

/**
 * The noun a modifier ends on: of the (up to three) words right after it in one clause, the last of the nouns that run
 * on from the first ("letting agents", "podcast networks", "resort", "hire firm"); a gerund may open the run ("letting").
 */
function headAfter(question: string, words: readonly GroundedWord[], from: number): GroundedWord | undefined {
  let head: GroundedWord | undefined;
  let end = from;
  for (const [index, entry] of words.filter((candidate) => candidate.word.offset >= from).slice(0, 3).entries()) {
    // Only the words written right after it: "rival firms in Faro" ends at "firms".
    if (!/^\s*$/.test(question.slice(end, entry.word.offset))) break;
    const part = primaryPartOfSpeech(entry.word.text);
    // "firms": a plural is a noun whatever its singular mostly is ("firm", an adjective); "other hire firm": in the
    // noun phrase "other" opens, a word with a noun sense is a noun ("hire", mostly a verb).
    if (part === 'noun' || isPluralNoun(entry.word.text) || hasSense('noun', entry.word.text)) head = entry;
    else if (!(index === 0 && /ing$/.test(entry.word.text))) break;
    end = entry.word.offset + entry.word.text.length;
    if (entry.word.clauseEnd) break;
  }
  return head;
}

/** "rival firms", "other letting agents", "the neighbouring resort": the modifier (captured) before its noun. */
const OTHERS = /\b(other|rival|competing|competitor|neighbouring|neighboring)\s+/gi;

/** "our competitors", "the rivals", "the competition": the noun (captured) that names them. */
const RIVALS = /\b(?:our|the|their|its|any|all|main|biggest|nearest|local)\s+(competitors?|rivals?|competition)\b/gi;

/** What a noun after "other" must name to be another organisation: WordNet lemmas among its ancestors. */
const KINDS = ['organization', 'social_group', 'person', 'location', 'structure', 'establishment'];
