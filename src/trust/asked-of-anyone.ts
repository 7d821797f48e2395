/**
 * The words with which a question asks what anyone may or can do, undefined otherwise: "you" standing for people in
 * general ("What's the heaviest van you can drive on a category B licence?", "How many driving faults can you get and
 * still pass?", "What does permitted development let you build?", "Do you need to …"), or a modal of what is possible
 * or advised before an indefinite subject, any one of its kind ("How many times can a glass bottle be recycled?", "How
 * high can a mobile aluminium tower go?", "How much salt should a child eat?"), or what "is possible" ("How many
 * different changes are possible on eight bells?"). What one may or can do, or what can be, is a rule or a fact of
 * the world; the rows record what was done. A request to the one answering ("Can you list the rentals …", "What
 * details can you tell me?") opens the sentence with its modal, or asks it to tell, show or give something (to
 * the asker); "How many times at most can a …" asks for the most the rows reach; neither is such a question.
 */
export function askedOfAnyone(question: string): string | undefined {
  for (const match of question.matchAll(GENERIC_YOU)) {
    const verb = match.slice(1).find((group) => group !== undefined)?.toLowerCase();
    if (verb !== undefined && REQUEST_VERBS.has(verb)) continue;
    // "Can you …", "Could you please …" opening a sentence asks the one answering to do something.
    if (/^(?:can|could|may)\b/i.test(match[0]) && /(?:^|[.?!:])\s*$/.test(question.slice(0, match.index))) continue;
    // "… can you get me the …": done for the asker.
    if (/^\s*(?:me|us)\b/i.test(question.slice(match.index + match[0].length))) continue;
    return match[0].trim();
  }
  if (!WH_QUESTION.test(question) || /\bat\s+(?:most|least)\b/i.test(question)) return undefined;
  // "How many different changes are possible on eight bells?": what can be, as what anyone can do, is a fact of the world.
  return ANY_ONE.exec(question)?.[0].trim() ?? POSSIBLE.exec(question)?.[0].trim();
}

/**
 * "you can drive", "can you get", "let you build", "allows you to park" (the verb captured), "are you allowed to",
 * "do you need to", and "do you need" a thing ("Do you need planning permission to re-roof …?": what anyone needs is a rule).
 */
const GENERIC_YOU =
  /\byou\s+(?:can|could|may|might|must|are\s+allowed\s+to|are\s+permitted\s+to|have\s+to|need\s+to)\s+([a-z]+)\b|\b(?:can|could|may|must)\s+you\s+([a-z]+)\b|\blets?\s+you\s+([a-z]+)\b|\b(?:allows?|permits?|entitles?)\s+you\s+to\s+([a-z]+)\b|\b(?:are|do)\s+you\s+(?:allowed|permitted|required|need|have)\s+to\b|\bdo\s+you\s+need\b(?!\s+(?:me|us)\b)/gi;

/** Verbs of telling, showing or finding something for the asker: a request, not a rule. */
const REQUEST_VERBS = new Set(['tell', 'show', 'give', 'list', 'find', 'pull', 'send', 'share', 'provide', 'explain', 'display', 'return', 'fetch', 'confirm', 'check', 'help']);

/** A question opening with a wh-word, which asks for something rather than asking whether. */
const WH_QUESTION = /^\s*(?:how|what|which|when|where|who)\b/i;

/** "are possible", "is it possible": a form of "be" saying what can be, not what was. */
const POSSIBLE = /\b(?:is|are)\s+(?:it\s+)?(?:even\s+)?possible\b/i;

/** "can a glass bottle", "should a child", "could an adult": a modal, then an indefinite subject. */
const ANY_ONE = /\b(?:can|could|should|must|may)\s+(?:a|an)\s+[a-z]+/i;
