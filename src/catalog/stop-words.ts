import { BE_FORMS, FINITE_DO, FINITE_HAVE, MODALS } from '../lexicon/auxiliaries.js';
import { COORDINATORS, SUBORDINATORS } from '../lexicon/conjunctions.js';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { FOCUS_ADVERBS, PRO_ADVERBS } from '../lexicon/function-adverbs.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { PERSONAL_PRONOUNS, REFLEXIVE_PRONOUNS, WH_WORDS } from '../lexicon/pronouns.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/** The verbs and the "please" of a request, which ask for rows rather than name any: "show", "list", "give". */
const REQUEST_WORDS = ['display', 'get', 'give', 'list', 'please', 'show'];

/**
 * Words that say nothing about which table, value or passage a question needs: the articles and demonstratives, the
 * commonest possessives, quantifiers, pronouns (first and second person, "it", "they", and the reflexives), wh-words, forms of "be",
 * "have" and "do" and modals, conjunctions, prepositions and pro-adverbs, and the words of a request.
 */
export const STOP_WORDS: ReadonlySet<string> = wordSet(
  ARTICLES,
  DEMONSTRATIVES,
  pick(POSSESSIVE_DETERMINERS, 'my', 'your', 'its', 'our', 'their'),
  pick(QUANTIFIERS, 'all', 'any', 'both', 'each', 'every', 'some'),
  pick(PERSONAL_PRONOUNS, 'i', 'me', 'we', 'us', 'you', 'it', 'they', 'them'),
  REFLEXIVE_PRONOUNS,
  pick(WH_WORDS, 'what', 'which', 'who', 'whose', 'when', 'where', 'why', 'how'),
  pick(BE_FORMS, 'is', 'are', 'was', 'were', 'be', 'been', 'being'),
  FINITE_HAVE,
  FINITE_DO,
  pick(MODALS, 'can', 'could', 'will', 'would'),
  pick(COORDINATORS, 'and', 'or', 'but'),
  pick(SUBORDINATORS, 'if', 'so', 'than', 'while'),
  pick(PREPOSITIONS, 'about', 'across', 'after', 'along', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'out', 'over', 'per', 'to', 'up', 'with'),
  pick(PRO_ADVERBS, 'there', 'then'),
  pick(FOCUS_ADVERBS, 'also', 'just'),
  REQUEST_WORDS,
);

/**
 * Words of a question that are about time or phrasing, never about a table ("last" must not find last_name): the
 * prepositions of a period, the quantifiers of amount, and the adverbs and adjectives of a time relative to now.
 */
export const QUERY_STOP_WORDS: ReadonlySet<string> = wordSet(
  pick(PREPOSITIONS, 'between', 'during', 'since'),
  pick(QUANTIFIERS, 'many', 'most', 'much'),
  ['ago', 'current', 'last', 'next', 'past', 'previous', 'prior', 'today', 'tomorrow', 'yesterday', 'ytd', 'mtd', 'qtd'],
);
