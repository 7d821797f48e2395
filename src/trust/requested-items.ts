import { questionWords, type QuestionWord } from '../models/offline/question-words.js';

const OPENING = /^\s*(?:please\s+)?(?:find|list|show|give(?:\s+me)?|return|display|get|tell\s+me|retrieve|report|what\s+(?:is|are|was|were)|which|who\s+(?:is|are))\b/i;
const DETERMINERS = new Set(['the', 'a', 'an', 'all', 'each', 'every', 'distinct', 'different', 'unique', 'their', 'its', 'his', 'her', 'me', 'us', 'both']);
// A subject pronoun opens a relative clause written without its pronoun: "the fishing quotas we hold".
const ITEM_END = new Set(['we', 'they', 'you', 'i', 'he', 'she', 'of', 'for', 'from', 'in', 'whose', 'who', 'that', 'which', 'with', 'where', 'by', 'at', 'on', 'when', 'to', 'having', 'has', 'have', 'is', 'are', 'was', 'were', 'sorted', 'ordered', 'than', 'per', 'among', 'under', 'over', 'between', 'during', 'if']);

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
