import type { NameVocabulary } from '../catalog/name-vocabulary.js';
import type { Context } from '../context/context-schema.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { nounAncestors } from '../lexicon/noun-ancestors.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { askedItems } from './asked-words.js';
import { evidenceRoots, type GroundedWord } from './ground-question.js';
import { GENERIC_HEADS, isNamingWord } from './is-naming-word.js';
import { isWeakEvidence } from './is-weak-evidence.js';
import { linksLoosely } from './links-loosely.js';

/**
 * What the question asks for, when grounding links it only loosely (linksLoosely): the head of a requested or counted
 * item, the noun a "Which …" question opens with before its verb ("Which planning inspector decided each appeal?"), or
 * what a counted unit measures ("How many hours of homework …"). A word beside what is asked (a filter, the thing that
 * owns it) may link loosely; what is asked must link by its own word, a synonym of the whole word, or a value. An
 * attribute a table of its thing holds (`held`) is grounded however it links.
 */
export function looselyAskedHead(context: Context, vocabulary: NameVocabulary, words: readonly GroundedWord[], held: readonly QuestionWord[]): string | undefined {
  const question = context.task.text;
  const heads = askedHeads(question);
  if (heads.length === 0) return undefined;
  const roots = evidenceRoots(context, vocabulary);
  for (const head of heads) {
    const entry = words.find((candidate) => candidate.word.offset === head.offset);
    if (!entry || entry.evidence === undefined || entry.evidence === 'value' || held.some((word) => word.offset === head.offset)) continue;
    if (GENERIC_HEADS.test(entry.word.text) || !isNamingWord(question, entry.word) || isWeakEvidence(question, entry.word)) continue;
    if (linksLoosely(entry.word, roots)) return entry.word.text;
  }
  return undefined;
}

const AUXILIARIES = /^(is|are|was|were|do|does|did|has|have|had|can|could|will|would)$/;
const OWNS = /^(has|have|had|with)$/;
const DETERMINERS = /^(the|a|an|each|every|all|any|our|their|its)$/;

/** The words the question asks for, by the shapes above. */
function askedHeads(question: string): QuestionWord[] {
  const words = questionWords(question);
  const heads: QuestionWord[] = [];
  const itemHeads = new Set(askedItems(question).map((item) => item.at(-1)!));
  // "Which playhouse has the largest capacity?": a head that has what follows owns the attribute asked of it, a side word.
  for (const word of words) if (itemHeads.has(word.text) && !OWNS.test(words[word.index + 1]?.text ?? '')) heads.push(word);
  const subject = whichSubject(words);
  if (subject) heads.push(subject);
  const measured = measuredThing(words);
  if (measured) heads.push(measured);
  return heads;
}

/** "Which planning inspector decided …": the last word before the verb of a question opening with "which" or "what". */
function whichSubject(words: readonly QuestionWord[]): QuestionWord | undefined {
  if (!/^(which|what)$/.test(words[0]?.text ?? '')) return undefined;
  for (let i = 1; i < Math.min(words.length, 5); i++) {
    const word = words[i]!;
    const verb = AUXILIARIES.test(word.text) || /ed$/.test(word.text) || (IRREGULAR_VERBS[word.text] !== undefined && IRREGULAR_VERBS[word.text] !== word.text);
    if (verb) return i >= 2 && !DETERMINERS.test(words[i - 1]!.text) && !OWNS.test(word.text) ? words[i - 1] : undefined;
    if (word.clauseEnd || word.text === 'of') return undefined;
  }
  return undefined;
}

/** "How many hours of homework …": what a counted unit of measure is of, the last word of the phrase after "of". */
function measuredThing(words: readonly QuestionWord[]): QuestionWord | undefined {
  if (words[0]?.text !== 'how' || !/^(many|much)$/.test(words[1]?.text ?? '') || words[3]?.text !== 'of') return undefined;
  const ancestors = nounAncestors(words[2]!.text);
  if (!ancestors.has('unit_of_measurement') && !ancestors.has('time_unit')) return undefined;
  let last: QuestionWord | undefined;
  for (const word of words.slice(4)) {
    if (last === undefined && DETERMINERS.test(word.text)) continue;
    if (AUXILIARIES.test(word.text) || /^(in|on|at|for|from|by|to|with|per|that|which|who)$/.test(word.text)) break;
    last = word;
    if (word.clauseEnd) break;
  }
  return last;
}
