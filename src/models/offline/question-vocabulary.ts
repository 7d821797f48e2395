import { MONTH_WORDS } from '../../dates/month-names.js';
import { BE_FORMS, DO_FORMS, FINITE_BE, FINITE_DO, FINITE_HAVE, GET_FORMS, HAVE_FORMS, MODALS } from '../../lexicon/auxiliaries.js';
import { COORDINATORS, SUBORDINATORS } from '../../lexicon/conjunctions.js';
import { ARTICLES, DEMONSTRATIVES, IDENTITY_WORDS, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../../lexicon/determiners.js';
import { DEGREE_ADVERBS, FOCUS_ADVERBS, PRO_ADVERBS } from '../../lexicon/function-adverbs.js';
import { NEGATORS } from '../../lexicon/negators.js';
import { PARTICLES, PREPOSITIONS } from '../../lexicon/prepositions.js';
import { INDEFINITE_PRONOUNS, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS, WH_EVER_WORDS, WH_WORDS, REFLEXIVE_PRONOUNS } from '../../lexicon/pronouns.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { pick, wordSet } from '../../lexicon/word-set.js';

/**
 * Nouns of money measures the model computes from columns (revenue from quantity × price) rather than finds by name:
 * filler to the model's column matching, but content to grounding, where they need a column or metric to stand on.
 */
export const MEASURE_WORDS: ReadonlySet<string> = new Set('revenue revenues sale sales income turnover gmv earnings aov spend spending'.split(' '));

/**
 * Words of a request and of analysis that name no column: the politeness of a request, adverbs of frequency and
 * manner, request verbs, filler nouns ("data", "breakdown"), verbs of analysis, and the words of time, ranking and
 * amount that the model's date, ranking and aggregate readers take instead.
 */
const REQUEST_AND_ANALYSIS_WORDS = `again further let lets please kindly thanks
  often frequently usually typically commonly always sometimes rarely due owing caused
  perform performs performed performing sell sells selling sold seller sellers value values size sizes basket cart aov
  show list give find display tell provide return fetch see want need know compute calculate report plot chart
  graph draw break broken split group grouped sort sorted order ordered rank ranked compare comparing compared analyze
  analyse look pull generate create make produce bring tell describe explain summarize summarise visualize visualise
  trend trends trending data information info detail details overview summary breakdown analysis figure figures
  stat stats statistics metric metrics result results insight insights performance view table row rows record records entry
  entries thing things way ways kind kinds sort type types level levels basis term terms
  considering consider considered include includes included based using use used taking take account accounting
  regarding looking given assuming separately respectively together whole entire overall actual actually really exactly
  approximately roughly almost nearly currently ever still already yet well simply
  happen happened occur occurred placed made bought purchased signed registered joined went came
  today yesterday tomorrow current currently last next previous prior recent recently ago
  year years yearly quarter quarters quarterly month months monthly week weeks weekly
  day days daily date dates time times period periods annual annually fiscal calendar ytd mtd qtd wtd half first second
  third fourth end start beginning early late mid
  q1 q2 q3 q4 h1 h2 weekend weekday
  number count counts total totals sum average avg mean minimum maximum min max top bottom highest lowest largest
  smallest biggest greatest least best worst fewest fewer equal distinct unique different
  expensive priciest cheapest cheap oldest newest latest earliest youngest new old high low big small
  gross net exclude excludes excluded minus less deducting
  subtracting removing spent earned expect expected expecting expectation approx`.split(/\s+/);

/**
 * Words that carry no content of their own: the function words (articles, demonstratives, possessives, identity
 * words, wh-words, relative pronouns, the forms of "be", "have" and "do", modals, coordinators, focusing adverbs and
 * pro-adverbs whole; most prepositions, quantifiers, pronouns and particles; the reflexives whole), months and weekdays, the words of a
 * request and of analysis above, and the money measures.
 */
export const FILLER_WORDS: ReadonlySet<string> = wordSet(
  ARTICLES,
  DEMONSTRATIVES,
  POSSESSIVE_DETERMINERS,
  IDENTITY_WORDS,
  RELATIVE_PRONOUNS,
  WH_WORDS,
  BE_FORMS,
  HAVE_FORMS,
  DO_FORMS,
  MODALS,
  COORDINATORS,
  FOCUS_ADVERBS,
  PRO_ADVERBS,
  pick(PREPOSITIONS, 'about', 'above', 'across', 'after', 'along', 'among', 'around', 'as', 'at', 'before', 'below', 'between', 'by', 'during', 'excluding', 'for', 'from', 'including', 'into', 'like', 'of', 'onto', 'past', 'per', 'since', 'than', 'through', 'till', 'to', 'under', 'until', 'versus', 'via', 'vs', 'with', 'without'),
  pick(PARTICLES, 'down', 'in', 'off', 'on', 'out', 'over', 'up'),
  pick(QUANTIFIERS, 'all', 'any', 'both', 'each', 'either', 'every', 'many', 'more', 'most', 'much', 'neither', 'no', 'some'),
  pick(PERSONAL_PRONOUNS, 'i', 'me', 'we', 'us', 'you', 'he', 'she', 'it', 'they', 'them'),
  pick(POSSESSIVE_PRONOUNS, 'mine', 'ours', 'yours', 'theirs'),
  REFLEXIVE_PRONOUNS,
  pick(INDEFINITE_PRONOUNS, 'anyone', 'anything', 'everyone', 'everything', 'nobody', 'nothing', 'someone', 'something'),
  pick(WH_EVER_WORDS, 'whatever', 'whichever'),
  pick(SUBORDINATORS, 'because', 'once', 'so'),
  pick(GET_FORMS, 'get', 'got'),
  pick(NEGATORS, 'never', 'not'),
  pick(DEGREE_ADVERBS, 'too', 'very'),
  MONTH_WORDS,
  WEEKDAYS,
  REQUEST_AND_ANALYSIS_WORDS,
  MEASURE_WORDS,
);

/**
 * Contractions, function words as their parts are: a pronoun and an auxiliary ("we've", "they're", "who've") or an
 * auxiliary and "not" ("haven't", "didn't"), with either apostrophe. Grounding reads them as filler (a judge declined
 * "the most expensive job we've ever charged for" on "we've"); the answer checks still see them as written.
 */
export const CONTRACTIONS: ReadonlySet<string> = new Set(contractions());

function contractions(): string[] {
  const subjects = [...pick(PERSONAL_PRONOUNS, 'i', 'you', 'we', 'they', 'he', 'she', 'it'), ...pick(RELATIVE_PRONOUNS, 'who', 'that'), ...pick(PRO_ADVERBS, 'there'), ...pick(WH_WORDS, 'what')];
  // "won't", "can't", "ain't" are written from "wo", "ca" and "ai"; "needn't" from the semi-modal "need".
  const negated = [...FINITE_DO, ...FINITE_HAVE, ...FINITE_BE, 'wo', 'ca', ...pick(MODALS, 'could', 'would', 'should', 'must'), 'need', 'ai'];
  const forms = [...subjects.flatMap((subject) => ['ve', 're', 'll', 'd', 'm'].map((verb) => `${subject}'${verb}`)), ...negated.map((auxiliary) => `${auxiliary}n't`)];
  return forms.flatMap((form) => [form, form.replace("'", '’')]);
}
