import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { hasSense } from '../lexicon/has-sense.js';
import { BE_FORMS, DO_FORMS, MODALS } from '../lexicon/auxiliaries.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, WH_WORDS } from '../lexicon/pronouns.js';
import { FINITE_BE, HAVE_FORMS } from '../lexicon/auxiliaries.js';
import { SUBORDINATORS } from '../lexicon/conjunctions.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { ARTICLES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';

const OPENING = /^\s*(?:please\s+)?(?:find|list|show|give(?:\s+me)?|return|display|get|tell\s+me|retrieve|report|what\s+(?:is|are|was|were)|which|who\s+(?:is|are))\b/i;
const DETERMINERS: ReadonlySet<string> = wordSet(
  ARTICLES,
  pick(QUANTIFIERS, 'all', 'each', 'every', 'both'),
  pick(POSSESSIVE_DETERMINERS, 'their', 'its', 'his', 'her'),
  pick(PERSONAL_PRONOUNS, 'me', 'us'),
  ['distinct', 'different', 'unique'],
);
// A subject pronoun opens a relative clause written without its pronoun: "the fishing quotas we hold", "the date it
// went into service".
const ITEM_END: ReadonlySet<string> = wordSet(
  pick(PERSONAL_PRONOUNS, 'we', 'they', 'you', 'i', 'he', 'she', 'it'),
  pick(PREPOSITIONS, 'of', 'for', 'from', 'in', 'with', 'by', 'at', 'on', 'to', 'than', 'per', 'among', 'under', 'over', 'between', 'during'),
  pick(RELATIVE_PRONOUNS, 'whose', 'who', 'that', 'which'),
  pick(WH_WORDS, 'where', 'when'),
  pick(HAVE_FORMS, 'having', 'has', 'have'),
  FINITE_BE,
  pick(SUBORDINATORS, 'if'),
  ['sorted', 'ordered'],
);

/**
 * What the question asks to see, as analysts write it: "Find the type and weight of the youngest pet" →
 * [type], [weight]. Empty when the question does not open with a request for named attributes.
 */
export function requestedItems(question: string): QuestionWord[][] {
  const opening = OPENING.exec(question);
  if (!opening) return [];
  const rest = question.slice(opening[0].length);
  const words = questionWords(rest);
  const items: QuestionWord[][] = [];
  let current: QuestionWord[] = [];
  const close = () => {
    if (current.length > 0) items.push(current);
    current = [];
  };
  // After "which" an item is one noun: "Which abbreviation corresponds to …".
  const oneWord = /^\s*which\s*$/i.test(opening[0]);
  // "Who is enrolled in …": a participle says what the people did, it names no attribute.
  if (/^\s*who\s+(is|are)\s*$/i.test(opening[0]) && /(ed|ing|en)$/.test(words[0]?.text ?? '')) return [];
  for (const word of words) {
    if (ITEM_END.has(word.text)) break;
    // "Kyle's id": the owner is a filter, the item is what follows.
    if (/^['’]s\b/.test(rest.slice(word.offset + word.text.length))) continue;
    if (oneWord && current.length === 1 && word.text !== 'and' && word.text !== 'or') {
      if (word.clauseEnd) break;
      continue;
    }
    if (word.text === 'and' || word.text === 'or') {
      close();
      continue;
    }
    if (!(current.length === 0 && DETERMINERS.has(word.text))) current.push(word);
    if (word.clauseEnd) {
      const after = rest.slice(word.offset + word.text.length).trimStart();
      if (!after.startsWith(',')) break;
      close();
    }
  }
  close();
  return items;
}

const AUXILIARY_FORMS: ReadonlySet<string> = wordSet(BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS);

/** A politeness marker that turns a bare noun phrase into a request: "Scooter numbers and model names please." */
const PLEASE = /^\s*please\b\s*|\s*\bplease\s*$/i;

/**
 * What a later sentence of the question asks to see: "Which 3 scooters took the most cash? Scooter numbers and model
 * names please." → [scooter, numbers], [model, names]; "… in 2025? Give their names." → [names]. A sentence after the first that
 * opens with a request, or a bare list of noun phrases (each ending on a noun, no auxiliary) that "please" makes one; nothing for the first sentence
 * (requestedItems reads it) or a later question ("And which …?").
 */
export function laterSentenceItems(question: string): QuestionWord[][] {
  const sentences = question.split(/(?<=[?.!])\s+(?=[A-Za-z])/);
  const items: QuestionWord[][] = [];
  for (const sentence of sentences.slice(1)) {
    const bare = sentence.replace(/[?.!]+\s*$/, '');
    if (/\?\s*$/.test(sentence)) continue;
    if (OPENING.test(bare)) items.push(...requestedItems(sentence));
    else if (PLEASE.test(bare)) {
      // "Please be quick.": an auxiliary, or an item that does not end on a noun, makes it no list of what to show.
      const listed = requestedItems(`list ${bare.replace(PLEASE, '')}`);
      const nouns = listed.every((item) => item.every((word) => !AUXILIARY_FORMS.has(word.text)) && hasSense('noun', item.at(-1)!.text) && primaryPartOfSpeech(item.at(-1)!.text) !== 'adj');
      if (nouns) items.push(...listed);
    }
  }
  return items;
}
