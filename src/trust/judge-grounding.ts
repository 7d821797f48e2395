import { catalogVocabulary, type NameVocabulary } from '../catalog/name-vocabulary.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import type { CatalogTable } from '../connectors/connector.js';
import type { Context, GroundingScore } from '../context/context-schema.js';
import { asksAboutTable } from './asks-about-table.js';
import { askedOfNamedTable } from './asked-of-named-table.js';
import { asksForAdvice } from './asks-for-advice.js';
import { asksForJudgment } from './asks-for-judgment.js';
import { asksForRule } from './asks-for-rule.js';
import { asksForExpansion } from './asks-for-expansion.js';
import { futurePeriod } from './future-period.js';
import { askedOfAnyone } from './asked-of-anyone.js';
import { groundQuestion } from './ground-question.js';
import { groundAttributes, withHeldAttributes } from './ground-attributes.js';
import { groundingFeatures, schemaVectors } from './grounding-features.js';
import { groundingSignals, type GroundingSignals } from './grounding-signals.js';
import { doerElsewhere } from './doer-elsewhere.js';
import { doerUnjoined } from './doer-unjoined.js';
import { ownerElsewhere, unknownName } from './name-elsewhere.js';
import { otherOrganisations } from './other-organisations.js';
import { placeAtLarge } from './place-at-large.js';
import { placeElsewhere } from './place-elsewhere.js';
import { possessedElsewhere } from './possessed-elsewhere.js';
import { nationUnrecorded } from './nation-unrecorded.js';
import { bodyNamedAfterValue } from './body-named-after-value.js';
import { recordsReason } from './records-reason.js';
import { relativesOfNamedTables } from './relatives-of-named-tables.js';
import { figuresOfAskedThing } from './figures-of-asked-thing.js';
import { scoreGrounding } from './score-grounding.js';
import { groundingEvidence, type UnlinkedHow, type WordEvidence } from './grounding-evidence.js';
import { sizeOfKind } from './size-of-kind.js';
import { sizeDegreeOfKind } from './size-degree-of-kind.js';
import { listPhrases, ungroundedPhrases } from './ungrounded-phrases.js';
import { ungroundedCompounds, type UngroundedCompound } from './ungrounded-compounds.js';
import { unreadScript } from './unread-script.js';
import { unrecordedState } from './unrecorded-state.js';
import { unmeasuredUnit } from './unmeasured-unit.js';
import { genericCount } from './generic-count.js';
import { unmeasuredDegree } from './unmeasured-degree.js';
import { flagModifierOnly } from './flag-modifier-only.js';

export { groundQuestion, type Grounding } from './ground-question.js';

/** The decision on a question's grounding: why the data cannot answer it (undefined: it may), and the score behind it. */
export interface GroundingDecision {
  reason?: string;
  score?: GroundingScore;
  /** With score: each content word's link, role and strength (grounding-evidence.ts), for the bench line. */
  evidence?: WordEvidence[];
}

export interface GroundingOptions {
  onlyWhenNothingLinks?: boolean;
  /** The catalog's tables, where `catalog` is its vocabulary: a table the linking left out may still describe a doer. */
  tables?: readonly CatalogTable[];
}

/**
 * Whether the data can answer the question. It cannot, whatever its words link to, when it is of a kind data does not
 * answer:
 * - it asks about the future: a period that has not begun (after the run's current date), a verb in the future tense,
 *   or a forecast;
 * - it asks for advice ("Should we …"), or why something happened where no column records a reason;
 * - it asks who changed, owns or reads a table as a table;
 * - it names as the doer of its verb someone no stored value matches (another organisation or person).
 * Otherwise the grounding's signals (words that name something and link to nothing, whether what is asked for is one
 * of them, how near in meaning they come to the data's names) are weighed into a probability that the data lacks what
 * the question asks for (score-grounding.ts); above the fitted threshold the question is declined, naming the parts
 * that link to nothing. A question whose asked-for part links but another part does not (a breakdown "by weather") is
 * left to run: the answer checks then name the part the SQL does not address, so it ends unsure.
 */
export function decideGrounding(context: Context, catalog: readonly CatalogTable[] | NameVocabulary = [], options: GroundingOptions = {}): GroundingDecision {
  // Without a linked schema there is nothing to judge against (a plan without schema_linking).
  if (context.table_schemas.length === 0 && context.metrics.length === 0) return {};
  const question = context.task.text;
  // A model that reads the question itself (onlyWhenNothingLinks) may read any language; word grounding reads English.
  const script = options.onlyWhenNothingLinks ? undefined : unreadScript(question);
  if (script) {
    return { reason: `the question is written in ${script} script, and the offline model reads questions written in English, so it cannot tell what in ${context.task.namespace} this asks for; ask in English, or configure an LLM model` };
  }
  const vocabulary = Array.isArray(catalog) ? catalogVocabulary(catalog) : (catalog as NameVocabulary);
  const future = futurePeriod(question, context.task.current_date);
  if (future) {
    const when = future.kind === 'tense' ? 'asks what has not happened yet' : `is after ${context.task.current_date}`;
    return { reason: `"${future.phrase}" ${when}: ${context.task.namespace} records what has happened, not what will, so the data cannot answer this question` };
  }
  const advice = asksForAdvice(question);
  if (advice) {
    return { reason: `"${advice}" asks for advice or a judgment: ${context.task.namespace} records what happened, not what should be done, so the data cannot answer this question` };
  }
  const anyone = askedOfAnyone(question);
  if (anyone) {
    return { reason: `"${anyone}" asks what anyone may or can do, a rule or fact of the world: ${context.task.namespace} records what was done, so the data cannot answer this question` };
  }
  // "Why …" asks for a reason: answerable only where a column records one (a return's reason), not from the facts alone.
  if (/^\s*why\b/i.test(question) && !recordsReason(context.table_schemas, vocabulary)) {
    return { reason: `"why" asks for a reason or cause, and nothing in ${context.task.namespace} records one, so the data cannot answer this question` };
  }
  const grounded = (context.grounding ?? groundQuestion(context, catalog)).words;
  // A model that judges answerability itself knows synonyms no word list does: it gets every question that links to
  // the data at all, and decides itself ("How many SKUs per category?"); one that links to nothing never costs a call.
  if (options.onlyWhenNothingLinks && grounded.some((entry) => entry.evidence !== undefined)) return {};
  const columnParts = new Set(context.table_schemas.flatMap((table) => table.columns.flatMap((column) => splitIdentifier(column.name).map((part) => part.toLowerCase()))));
  const judgment = asksForJudgment(question, grounded, columnParts);
  if (judgment) {
    return { reason: `"${judgment}" asks for an opinion or a judgment: ${context.task.namespace} records facts, not views, so the data cannot answer this question` };
  }
  const rule = asksForRule(question, grounded);
  if (rule) {
    return { reason: `"${rule}" asks for a rule or advice: ${context.task.namespace} records what was done, not what is required or recommended, so the data cannot answer this question` };
  }
  const expansion = asksForExpansion(context);
  if (expansion) {
    return { reason: `"${expansion}" asks what an abbreviation is short for, and nothing in ${context.task.namespace} (comments, docs or values) writes it out, so the data cannot answer this question` };
  }
  const { held, missing } = groundAttributes(context, options.tables ?? (Array.isArray(catalog) ? (catalog as readonly CatalogTable[]) : []));
  // The time of a verb a column elsewhere records ("borrowed", a loans table's borrower) is held there.
  const verbElsewhere = missing?.verb !== undefined && grounded.some((entry) => entry.word.offset === missing.verb!.offset && entry.evidence === 'column');
  // An attribute a table of its thing holds, however loosely it links ("nationality" of a singer, as Citizenship), is grounded.
  const heldWords = withHeldAttributes(grounded, held);
  // "shipping cost": a head whose modifier does not fit the column it links to is grounded only as far as the modifier.
  const compounds = ungroundedCompounds(context, heldWords);
  const relatives = relativesOfNamedTables(context, heldWords);
  // "Which engineer …" where only eng_hrs names engineers: a figure of the thing, not which one (figures-of-asked-thing.ts).
  const figures = figuresOfAskedThing(context, heldWords);
  const words = heldWords.map((entry) => (compounds.some((compound) => compound.head.offset === entry.word.offset) || relatives.has(entry.word.offset) || figures.has(entry.word.offset) ? { word: entry.word } : entry));
  // The grounding before held attributes: a verb a column seems to hold ("edited" by an editor) is not the table's own.
  const table = asksAboutTable(question, grounded, context.table_schemas.map((schema) => schema.name));
  if (table) {
    const asked = words.filter((entry) => entry.evidence === undefined);
    const what = asked.length > 0 ? `; nothing in it matches ${listPhrases(ungroundedPhrases(question, asked))}` : '';
    return { reason: `"${table}" is asked about as a table of ${context.task.namespace}, and its rows do not record who changed, owns or can read it, or when${what}, so the data cannot answer this question` };
  }
  const ofTable = askedOfNamedTable(context, words);
  if (ofTable) {
    return { reason: `the question reads "${ofTable.table}", and nothing in it or the tables it joins matches ${listPhrases(ungroundedPhrases(question, ofTable.asked))}, so the data cannot answer this question` };
  }
  const place = placeElsewhere(question, words);
  if (place) {
    return { reason: `nothing in ${context.task.namespace} (values, tables or columns) matches '${place}', the place the question asks about, so the data cannot answer this question` };
  }
  const atLarge = placeAtLarge(question, words, context.matched_values);
  if (atLarge) return { reason: `'${atLarge}' asks about everything of its kind there, and ${context.task.namespace} holds its own rows, not the world's, so the data cannot answer this question` };
  const doer = doerElsewhere(question, words, context.matched_values);
  if (doer) {
    return { reason: `nothing in ${context.task.namespace} (values, tables, columns or docs) matches '${doer}', who the question says did it: ${context.task.namespace} holds its own rows, not another organisation's or person's, so the data cannot answer this question` };
  }
  const possessed = possessedElsewhere(question, words);
  if (possessed) {
    return { reason: `nothing in ${context.task.namespace} (values, tables, columns or docs) matches '${possessed.phrase}' of ${possessed.name}: ${context.task.namespace} holds its own dealings with ${possessed.name}, not ${possessed.name}'s own records, so the data cannot answer this question` };
  }
  const unjoined = doerUnjoined(context, words);
  if (unjoined) return { reason: `'${unjoined}', who the question says did it, is stored only beside rows no key joins to what it asks, so ${context.task.namespace} does not hold what '${unjoined}' did: that is another organisation's record, so the data cannot answer this question` };
  const owner = ownerElsewhere(question, words, context.matched_values);
  if (owner) {
    return { reason: `nothing in ${context.task.namespace} (values, tables, columns or docs) matches '${owner}', whose the question says it is: ${context.task.namespace} holds its own rows, not another organisation's or person's, so the data cannot answer this question` };
  }
  const others = otherOrganisations(question, words);
  if (others) {
    return { reason: `"${others}" asks about another organisation: ${context.task.namespace} holds its own rows, not another organisation's, so the data cannot answer this question` };
  }
  // "Cardiff City Rowing Club" where only the town 'Cardiff' is stored: a body named after a value, not held itself.
  const body = bodyNamedAfterValue(question, words, context.matched_values);
  if (body) {
    return { reason: `nothing in ${context.task.namespace} (values, tables, columns or docs) holds '${body.name}': it stores '${body.stored}', which the name is only a part of, and not that body's own records, so the data cannot answer this question` };
  }
  const name = unknownName(question, words, context.matched_values);
  if (name) {
    return { reason: `nothing in ${context.task.namespace} (values, tables, columns or docs) matches '${name}', a name neither the data nor the dictionary accounts for: it is another organisation's, person's or place's, so the data cannot answer this question` };
  }
  const flagged = flagModifierOnly(context, words);
  if (flagged) return { reason: `nothing in ${context.task.namespace} records '${flagged.word}' as a thing: the data names it only in ${listPhrases(flagged.columns)}, a yes-or-no flag of something else, so the data cannot answer this question` };
  const sized = sizeOfKind(context, words);
  if (sized) return { reason: `nothing in ${context.task.namespace} measures the '${sized}': the data names '${sized.split(' ')[0]}' only as a kind or a yes-or-no flag, with no column for its size, so the data cannot answer this question` };
  const ranked = sizeDegreeOfKind(context, words);
  if (ranked) return { reason: `nothing in ${context.task.namespace} measures the '${ranked}': the data names '${ranked.split(' ')[1]}' only as a stored kind of row, and no column of its tables measures what '${ranked.split(' ')[0]}' ranks by, so the data cannot answer this question` };
  const state = unrecordedState(question, words, context.table_schemas);
  if (state) return { reason: `nothing in ${context.task.namespace} (columns, values, comments or docs) records whether a row is '${state}', the state the question picks rows by, so the data cannot answer this question` };
  const unit = unmeasuredUnit(context, words);
  if (unit) return { reason: `nothing in ${context.task.namespace} measures '${unit}': no column is named for that unit or holds what it measures, and no stored value spells it, so the data cannot answer this question` };
  const degree = unmeasuredDegree(context, words);
  if (degree) return { reason: `"${degree}" asks how much of a quality a stored thing has, and no column of ${listPhrases(context.table_schemas.map((table) => table.name))} measures it (by name, comment or unit), so the data cannot answer this question` };
  const generic = genericCount(context, words);
  if (generic) return { reason: `"${generic}" asks what any such thing has, not what ${context.task.namespace} recorded: nothing in it stores that count per row, so the data cannot answer this question` };
  const signals = groundingSignals(context, words, missing && !verbElsewhere ? { phrase: missing.phrase, tables: missing.tables } : undefined);
  const score = scoreGrounding(groundingFeatures(context, signals, () => schemaVectors(context)));
  const unlinked = new Map<number, UnlinkedHow>();
  for (const { word } of heldWords) {
    if (compounds.some((compound) => compound.head.offset === word.offset)) unlinked.set(word.offset, 'unlinked_modifier');
    else if (relatives.has(word.offset)) unlinked.set(word.offset, 'relative_of_named');
    else if (figures.has(word.offset)) unlinked.set(word.offset, 'figure_of_thing');
  }
  const evidence = groundingEvidence(question, grounded, signals, unlinked);
  if (score.declined) return { reason: declineReason(context, signals, compounds), score, evidence };
  // Last, so a question the score declines keeps its reason naming every open part ("'national animal' or 'Canada'").
  const nation = nationUnrecorded(question, words, context.matched_values, vocabulary, context.table_schemas);
  if (nation) return { reason: `'${nation}' is a country, and nothing in ${context.task.namespace} records which country anything is in (no country or nation column, no stored value naming it): a question about the country at large asks the world, so the data cannot answer this question`, score, evidence };
  return { score, evidence };
}

/** The reason a declined question gets: what it asks for that links to nothing, named as the question wrote it. */
function declineReason(context: Context, signals: GroundingSignals, compounds: readonly UngroundedCompound[]): string {
  const { namespace } = context.task;
  if (signals.missingAttribute) {
    return `nothing in ${listPhrases(signals.missingAttribute.tables)} or the tables it links to matches '${signals.missingAttribute.phrase}', so the data cannot answer this question`;
  }
  if (signals.focus) return `nothing in ${namespace} (tables, columns or metrics) records '${signals.focus}', which the question asks for, so the data cannot answer this question`;
  if (signals.topic) return `nothing in ${namespace} (tables, columns, values, metrics or docs) matches ${listPhrases(signals.topic)}, what the question asks about, so the data cannot answer this question`;
  if (signals.classOpen && signals.open.length === 0) return `nothing in ${namespace} (tables, columns, values, metrics or docs) records which rows are '${signals.classOpen}', which the question picks them by, so the data cannot answer this question`;
  if (signals.held && signals.open.length === 0) return `nothing in ${namespace} (tables, columns, values, metrics or docs) records '${signals.held}', which the question asks the rows to have, so the data cannot answer this question`;
  if (signals.rankedBy?.grounded) return `nothing in ${namespace} (columns, values or metrics) records '${signals.rankedBy.word}', which the question ranks by, so the data cannot answer this question`;
  const named = signals.named.length > 0 ? signals.named : signals.words.filter((entry) => entry.evidence === undefined || entry.evidence === 'text');
  // A compound's head is open only as part of the compound: name it whole ("shipping cost", not "cost").
  const parts = ungroundedPhrases(context.task.text, named).map((part) => compounds.find((compound) => compound.phrase.toLowerCase().endsWith(` ${part.toLowerCase()}`))?.phrase ?? part);
  if (parts.length === 0) return `nothing in ${namespace} (columns, values or metrics) matches what the question asks for, so the data cannot answer this question`;
  return `nothing in ${namespace} (tables, columns, values, metrics or docs) matches ${listPhrases(parts)}, so the data cannot answer this question`;
}
