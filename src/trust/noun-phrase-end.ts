import { FINITE_AUXILIARIES } from '../lexicon/auxiliaries.js';
import { COORDINATORS, SUBORDINATORS } from '../lexicon/conjunctions.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { RELATIVE_PRONOUNS, WH_WORDS } from '../lexicon/pronouns.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/** Words that end a noun phrase naming a thing or its attribute: a relative word, a preposition, a conjunction or an auxiliary. */
export const NOUN_PHRASE_END: ReadonlySet<string> = wordSet(
  RELATIVE_PRONOUNS,
  pick(WH_WORDS, 'where', 'when'),
  pick(PREPOSITIONS, 'with', 'without', 'in', 'on', 'at', 'from', 'for', 'by', 'to', 'of', 'than', 'as', 'per', 'among', 'between', 'during'),
  pick(COORDINATORS, 'and', 'or'),
  pick(SUBORDINATORS, 'if'),
  FINITE_AUXILIARIES,
);
