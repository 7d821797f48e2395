import type { z } from 'zod';
import { TRUNCATED_CODE_SCORE } from '../catalog/truncated-codes.js';
import { VALUE_SYNONYM_SCORE } from '../catalog/values-by-synonym.js';
import { catalogVocabulary, type NameVocabulary } from '../catalog/name-vocabulary.js';
import { normalizeValueText } from '../catalog/normalize-value-text.js';
import type { CatalogTable } from '../connectors/connector.js';
import type { Context, GroundedWordSchema, GroundingSchema } from '../context/context-schema.js';
import { countedByDefinition } from '../lexicon/counted-by-definition.js';
import { CONTRACTIONS, FILLER_WORDS, MEASURE_WORDS } from '../models/offline/question-vocabulary.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { hasRevenueSource } from '../models/offline/revenue-source.js';
import { isNumericColumn } from '../models/offline/schema-lookup.js';
import { hasSense } from '../lexicon/has-sense.js';
import { namesCodedKinds } from '../catalog/names-coded-kinds.js';
import { datedDoingPasts } from './deed-pasts.js';
import { pricedInUnits } from './priced-in-units.js';
import { listedExpansion } from '../lexicon/listed-short-forms.js';
import { measuredAttributes } from '../lexicon/measured-attributes.js';
import { measuredInUnits } from './measured-in-units.js';
import { heldNamedKinds, isPhoneWord, keepsOrOwns, kindNamedWord, namesTelephone, type HeldKinds } from './kind-named-word.js';
import { isNamingWord } from './is-naming-word.js';
import { misspeltMonth } from '../dates/respell-months.js';
import { namedDaySpans } from '../dates/named-days.js';
import { namesKindOf } from '../lexicon/compound-kind.js';
import { isStatisticOf } from './statistic-of.js';
import { namesCommentPhrase, namesNamedCommentPhrase } from './comment-heads.js';
import { priceDegree } from '../lexicon/price-degree.js';
import { compoundMeasure, periodCompound } from './compound-measure.js';
import { spannedArea } from './spanned-area.js';
import { isFunctionWordTypo } from './function-word-typo.js';
import { keptOnRecord } from './kept-on-record.js';
import { ageFromBirth } from './age-from-birth.js';
import { kindColumn } from './kind-column.js';
import { doingCommented } from './doing-commented.js';
import { codeKindNoun } from './code-kind-noun.js';
import { maximumMeasure } from './maximum-measure.js';
import { flagNamesHeld } from './flag-names-held.js';
import { definedInParentheses } from './defined-in-parentheses.js';
import { speedByDuration } from './speed-by-duration.js';
import { definedPair } from './defined-pair.js';
import { namespaceNameKind } from './namespace-name-kind.js';
import { deedWordKind } from './deed-word-kind.js';
import { evidenceOf, evidenceRoots, linkOf, strongest, tagged, type Evidence, type EvidenceRoots, type Link, type LinkHow } from './evidence-roots.js';

export type { Evidence, LinkHow } from './evidence-roots.js';
export type GroundedWord = z.infer<typeof GroundedWordSchema>;
export type Grounding = z.infer<typeof GroundingSchema>;

/**
 * Which content words of the question link to evidence in the context or the namespace's catalog: a
 * table's or column's name or comment (or a catalog synonym of one), a value the linker matched word for word (a near
 * spelling like "Write" for "White" is no evidence), a metric, or a doc passage. The catalog is its tables or, cheaper
 * for a warehouse, the vocabulary of them the loaded catalog keeps (`Catalog.vocabulary`), with its tables for the
 * kinds their coded columns gloss.
 */
export function groundQuestion(context: Context, catalog: readonly CatalogTable[] | NameVocabulary = [], tables?: readonly CatalogTable[]): Grounding {
  const known = Array.isArray(catalog) ? catalogVocabulary(catalog as readonly CatalogTable[]) : (catalog as NameVocabulary);
  return computeGrounding(context, known, Array.isArray(catalog) ? (catalog as readonly CatalogTable[]) : tables);
}

function computeGrounding(context: Context, catalog: NameVocabulary, tables: readonly CatalogTable[] | undefined): Grounding {
  const roots = evidenceRoots(context, catalog);
  // A word the linker matched to a stored value counts when the value has that very word (or its singular):
  // "Kyle's" for Kyle and "cats" for cat do, a near spelling like "Write" for "White" does not.
  const valueWords = new Set(
    context.matched_values.flatMap((match) => {
      // The lookup matched these words exactly, as the value or one of its aliases ("California" for a stored CA).
      // ...or as a WordNet synonym of a one-word value ("telephone" for phone), or as the word a code shortens ("bungalows", BUNG).
      if (match.score >= EXACT_MATCH || match.score === VALUE_SYNONYM_SCORE || match.score === TRUNCATED_CODE_SCORE) return questionWords(match.matched_text).map((w) => w.text);
      const stored = new Set(questionWords(normalizeValueText(match.value)).flatMap((w) => [w.text, w.stem]));
      return questionWords(match.matched_text)
        .filter((w) => stored.has(w.text) || stored.has(w.stem))
        .map((w) => w.text);
    }),
  );
  const grounding: Grounding = { grounded: [], ungrounded: [], words: [] };
  // "revenue" stands on a metric or a column named for it, or on the line amounts the model computes it from.
  const computedMeasure = hasRevenueSource(context.table_schemas) ? ('column' as const) : undefined;
  const words = questionWords(context.task.text);
  const namedDays = namedDaySpans(context.task.text);
  const byMoney: number[] = [];
  // Money, a phone number or a birth date anywhere in the namespace: "Which boat took the most money?" links boats, not
  // the trips whose takings it asks for (kind-named-word.ts).
  const heldKinds = heldNamedKinds(context.table_schemas, catalog.column);
  for (const word of words) {
    const measure = MEASURE_WORDS.has(word.text) || MEASURE_WORDS.has(word.stem);
    if (/\d/.test(word.text) || (!measure && (FILLER_WORDS.has(word.text) || FILLER_WORDS.has(word.stem) || CONTRACTIONS.has(word.text) || fillerShorthand(word.text)))) continue;
    // "What share of appointments …", "what percent of donors …": the figure the SQL divides out, as "number of" is.
    if (isStatisticOf(context.task.text, words, word)) continue;
    // "in Septmber": a month, as filler as its right spelling.
    if (misspeltMonth(context.task.text.slice(word.offset, word.offset + word.text.length)) !== undefined) continue;
    // "on Christmas Eve": a day the calendar names, a date as a month is (named-days.ts).
    if (namedDays.some((day) => word.offset >= day.start && word.offset < day.end)) continue;
    // "the dearest fabric": a synonym of "priciest", ranking by price as the offline model's own word does, where a
    // column holds an amount of money; where none does it ranks by nothing the data holds.
    if (priceDegree(word.text) !== undefined && heldKinds().has('money')) {
      grounding.words.push({ word, evidence: 'column', how: 'measure' });
      continue;
    }
    if (measure) {
      const link = linkOf(word, roots) ?? tagged(computedMeasure, 'measure');
      grounding.words.push({ word, ...(link ? { evidence: link.kind, how: link.how } : {}) });
      continue;
    }
    // A two-letter word counts only when it is a whole name part ("id").
    if (word.text.length < 3) {
      if (word.text.length === 2 && roots.all.has(word.text)) {
        const link = linkOf(word, roots) ?? { kind: 'text' as const, how: 'name' as const };
        grounding.words.push({ word, evidence: link.kind, how: link.how });
      }
      continue;
    }
    const link = firstLink({ question: context.task.text, namespace: context.task.namespace, words, word, roots, tables: context.table_schemas, catalogTables: tables, valueWords });
    const evidence = link?.kind;
    // "wich suppliers …", "softwoods on the books": a misspelt function word, a record the rows are kept in.
    if (evidence === undefined && (isFunctionWordTypo(word.text) || keptOnRecord(words, word))) continue;
    // "phone" where warden_tel is: a column holds what the word names, whatever prose or a stored value also says.
    // Money is asked only of a word nothing else links: a linked word keeps its own evidence either way.
    const kind = evidence === 'column' || evidence === 'table' ? undefined : kindNamedWord(word.text, heldKinds, { money: evidence === undefined });
    if (kind === 'money') byMoney.push(grounding.words.length);
    // "hourly wage" where hrly_gbp's comment opens "Hourly pay": the comment's modifier and a synonym of its head.
    const commented =
      !kind &&
      evidence === undefined &&
      (namesCommentPhrase(commentModifier(words, word), word.text, context.table_schemas) ||
        datedDoing(word, words[word.index + 1], roots) ||
        // "league tier" where division is 'League division': the comment's modifier, a head close to the column's name.
        namesNamedCommentPhrase(commentModifier(words, word), word.text, context.table_schemas))
        ? ('column' as const)
        : // "the most flying hours" where a comment says 'hours flown': the column's figure, whatever prose or a table's name also says.
          !kind && evidence !== 'column' && !word.clauseEnd && doingCommented(word.text, words[word.index + 1]?.text, context.table_schemas)
          ? ('column' as const)
          : undefined;
    grounding.words.push({
      word,
      ...(kind
        ? { evidence: 'column' as const, how: 'kind_named' as const }
        : commented && evidence !== undefined
          ? { evidence: 'column' as const, how: 'comment_phrase' as const }
          : link
            ? { evidence: link.kind, how: link.how }
            : commented
              ? { evidence: commented, how: 'comment_phrase' as const }
              : {}),
    });
  }
  // "money" stands on any amount of money only where it is the one open part ("How much NSF money did MIT receive?"
  // names the money by words the data lacks), and only as money that changed hands: money held or kept ("How much money
  // do we hold on client account?") is a balance, which amounts paid do not record.
  const open = () => grounding.words.some(({ word, evidence }) => evidence === undefined && isNamingWord(context.task.text, word));
  if (byMoney.length > 0 && (open() || words.some((word) => keepsOrOwns(word.text)))) for (const at of byMoney) grounding.words[at] = { word: grounding.words[at]!.word };
  memberOfGroup(context.task.text, grounding.words);
  // "How many miniatures were played (decisive games of 25 moves or fewer)?": the question defines the word itself.
  definedInParentheses(context.task.text, grounding.words);
  // "notes and coins" where takingsCash is: a pair WordNet defines a column's word by (defined-pair.ts).
  definedPair(context.task.text, grounding.words, context.table_schemas, tables);
  kindOfTheNext(words, grounding.words, heldKinds);
  for (const { word, evidence } of grounding.words) (evidence ? grounding.grounded : grounding.ungrounded).push(word.text);
  return grounding;
}

/** A question word to link, with what the readers of LINK_READERS read beside it. */
interface WordToLink {
  question: string;
  /** The database's own name, which says what its rows are about. */
  namespace: string;
  words: readonly QuestionWord[];
  word: QuestionWord;
  roots: EvidenceRoots;
  /** The linked tables. */
  tables: Context['table_schemas'];
  /** The catalog's tables, for the kinds their coded columns gloss. */
  catalogTables: readonly CatalogTable[] | undefined;
  /** The question words a matched stored value spells. */
  valueWords: ReadonlySet<string>;
}

const columnBy = (how: LinkHow, found: boolean): Link | undefined => (found ? { kind: 'column', how } : undefined);

/**
 * The readers of what a question word links to, in order; the first that links it decides: a unit priced in, the names,
 * comments, values and docs of the data (linkOf), then the measures, held attributes and coded kinds the tables hold
 * under other words.
 */
const LINK_READERS: ReadonlyArray<(ask: WordToLink) => Link | undefined> = [
  // "more than 2,000 dollars": the unit of an amount compared with a money column, whatever else "dollars" may name.
  ({ words, word, tables }) => columnBy('measure', pricedInUnits(words[word.index - 1], word, tables)),
  ({ word, roots, valueWords }) => (valueWords.has(word.text) ? valueLink(linkOf(word, roots)) : linkOf(word, roots)),
  ({ words, word, roots }) => tagged(countedKind(words[word.index - 1], word, roots), 'wordnet_relative'),
  ({ word, tables, catalogTables }) => columnBy('coded_kind', namesCodedKinds(word.text, tables, catalogTables)),
  ({ word, tables }) => columnBy('measure', measuredInUnits(word.text, tables) || degreeInUnits(word.text, tables)),
  ({ words, word, roots, tables }) => tagged(degreeAfter(words[word.index - 1], word, roots, tables), 'measure'),
  ({ words, word, tables }) => columnBy('measure', compoundMeasure(word.text, word.clauseEnd ? undefined : words[word.index + 1]?.text, tables)),
  ({ words, word, tables }) => columnBy('measure', periodCompound(commentModifier(words, word), word.text, tables)),
  ({ word, tables }) => columnBy('measure', spannedArea(word.text, tables)),
  ({ words, word, tables }) => columnBy('measure', ageFromBirth(words, word, tables)),
  ({ words, word, tables }) => columnBy('measure', maximumMeasure(nounModifier(words, word), word.text, tables)),
  ({ words, word, tables }) => columnBy('measure', speedByDuration(word, words[word.index + 1], tables)),
  ({ words, word, tables }) => columnBy('held_attribute', flagNamesHeld(words, word, tables) || kindColumn(words, word, tables)),
  ({ question, words, word, tables }) => (codeKindNoun(question, words, word, tables) ? { kind: 'value', how: 'value' } : undefined),
  // "How many phones …" in phone_fix, where jobs' comments speak of the handset: a linked table or one the linking left out.
  ({ namespace, words, word, tables, catalogTables }) => (namespaceNameKind(namespace, words, word, [...tables, ...(catalogTables ?? [])]) ? { kind: 'table', how: 'namespace_name' } : undefined),
  // "billed" where a comment says 'Charged …', "won" where one says 'winner': the deed by another verb or its doer (deed-word-kind.ts).
  ({ words, word, roots }) => deedWordKind(word, words[word.index + 1], roots),
];

function firstLink(ask: WordToLink): Link | undefined {
  for (const read of LINK_READERS) {
    const link = read(ask);
    if (link !== undefined) return link;
  }
  return undefined;
}

/** The word right before a question word in the same phrase, which may be a modifier of it ("hourly" of "wage"). */
const commentModifier = (words: readonly QuestionWord[], word: QuestionWord): string | undefined => {
  const before = words[word.index - 1];
  return before && !before.clauseEnd ? before.text : undefined;
};

/** The noun right before a question word that narrows it ("basket" of "basket capacity"): not a function word, an owner or a number. */
export function nounModifier(words: readonly QuestionWord[], word: QuestionWord): string | undefined {
  const before = words[word.index - 1];
  if (!before || before.clauseEnd || !/^[a-z]{3,}$/.test(before.text) || FILLER_WORDS.has(before.text)) return undefined;
  return before.text;
}

/** "the leaving dates of the cleaners" where cleaners.left_on is: the doing dated by a column named for its past. */
function datedDoing(word: QuestionWord, next: QuestionWord | undefined, roots: EvidenceRoots): boolean {
  if (word.clauseEnd) return false;
  return datedDoingPasts(word.text, next?.text).some((past) => roots.byKind.column.has(past) && !roots.expanded.has(past));
}

/**
 * "the warmest a cool box has been" where temp_on_rcpt_c is: the measure a degree of an adjective gives, in a column's
 * units; "the furthest any flight has landed" where LAND_KM is 'Straight-line distance …, km': or a number column whose
 * comment names that measure (far's attribute, distance).
 */
const degreeInUnits = (word: string, tables: Context['table_schemas']): boolean =>
  /(?:er|est)$/.test(word) && measuredAttributes(word).some((noun) => measuredInUnits(noun, tables) || commentedMeasure(noun, tables));

/** A number column of the linked tables whose comment says the measure noun as a word ("distance" of 'Straight-line distance from …'). */
function commentedMeasure(noun: string, tables: Context['table_schemas']): boolean {
  const said = new RegExp(String.raw`\b${noun.replace(/_/g, ' ')}s?\b`, 'i');
  return tables.some((table) => table.columns.some((column) => isNumericColumn(column) && column.comment !== undefined && said.test(column.comment)));
}

/** Words that make the next adjective a degree of it: "the most powerful", "How heavy …". */
const DEGREE_WORDS = /^(?:how|most|more|least|less)$/;

/**
 * "the most powerful engine" where engine_kw is, "How heavy was Kito …" where weight_kg is: an adjective after a degree
 * word asks for the measure it gives a value of (WordNet's attribute, or the noun a "-ful" adjective is full of:
 * powerful → power), where a column is named for that measure or holds it in units of it, as "heaviest" does.
 */
function degreeAfter(previous: QuestionWord | undefined, word: QuestionWord, roots: EvidenceRoots, tables: Context['table_schemas']): Evidence | undefined {
  if (previous === undefined || previous.clauseEnd || !DEGREE_WORDS.test(previous.text) || !hasSense('adj', word.text)) return undefined;
  const ful = /^([a-z]{3,})ful$/.exec(word.text)?.[1];
  const measures = [...measuredAttributes(word.text), ...(ful !== undefined && hasSense('noun', ful) ? [ful] : [])];
  return measures.some((noun) => roots.byKind.column.has(noun) || measuredInUnits(noun, tables)) ? 'column' : undefined;
}

/** "tot" for total, "cnt" for count: a listed short form of a statistic's word, which names no content of its own. */
export function fillerShorthand(word: string): boolean {
  const read = listedExpansion(word);
  return read !== undefined && STATISTIC_WORDS.test(read);
}

const STATISTIC_WORDS = /^(?:total|count|sum|average|mean|number|maximum|minimum)$/;

/**
 * "cell phone number" where mob_no is: a modifier written apart that WordNet knows run together with the next word as
 * a kind of telephone ("cellphone") stands on the phone column named for that kind, as the compound would. Other
 * compounds that are kinds of their noun ("maiden name", "tennis player") leave the modifier open: a name column
 * holds no maiden name. "satellite phone" and "fax number" make no such compound.
 */
function kindOfTheNext(words: readonly QuestionWord[], grounded: GroundedWord[], heldKinds: HeldKinds): void {
  for (const [at, entry] of grounded.entries()) {
    if ((entry.evidence !== undefined && entry.evidence !== 'text') || entry.word.clauseEnd || !/^[a-z]{3,}$/.test(entry.word.text)) continue;
    const next = words[entry.word.index + 1];
    const head = next && grounded.find((other) => other.word.offset === next.offset);
    // A column's word only: "tennis player" where a players table is still says nothing of tennis.
    if (!next || head?.evidence !== 'column' || !(isPhoneWord(next.text) || isPhoneWord(next.stem))) continue;
    const compound = namesKindOf(entry.word.text, next.text) ?? namesKindOf(entry.word.text, next.stem);
    if (compound === undefined) continue;
    // Only a kind of phone, on a phone column named for that kind ("cell phone" on mob_no, not on home_tel): a "maiden
    // name" is a kind of name too, but a name column holds no maiden name.
    if (!namesTelephone(compound) || kindNamedWord(compound, heldKinds) === undefined) continue;
    grounded[at] = { ...entry, evidence: head.evidence, how: 'compound_kind' };
  }
}

/** "members of staff", "a member of the crew": one of a group, so the word stands on what the group links to. */
function memberOfGroup(question: string, words: GroundedWord[]): void {
  for (const [at, entry] of words.entries()) {
    if (entry.evidence !== undefined || !/^members?$/.test(entry.word.text)) continue;
    const group = /^\s+of\s+(?:the\s+|our\s+|its\s+|their\s+|your\s+)?([A-Za-z]+)/i.exec(question.slice(entry.word.offset + entry.word.text.length))?.[1]?.toLowerCase();
    const evidence = words.slice(at + 1).find((later) => later.word.text === group)?.evidence;
    if (evidence !== undefined) words[at] = { ...entry, evidence, how: 'group_member' };
  }
}

/** The score the value lookup gives a match through the value itself or an alias of it, not a near spelling. */
const EXACT_MATCH = 1;

/** A word a stored value spells: the value, unless a name links it more strongly (strongest(kind, 'value')). */
const valueLink = (link: Link | undefined): Link => (link !== undefined && strongest(link.kind, 'value') === link.kind ? link : { kind: 'value', how: 'value' });

/**
 * A noun WordNet defines as the number or amount of something the data names counts or adds it up ("death toll",
 * "the number of deaths …", where a death table is), alone or as a compound with the word before it. Names only.
 */
function countedKind(previous: QuestionWord | undefined, word: QuestionWord, roots: EvidenceRoots): Evidence | undefined {
  const lemmas = previous && !previous.clauseEnd ? [`${previous.text}_${word.text}`, word.text] : [word.text];
  for (const lemma of lemmas) {
    for (const counted of countedByDefinition(lemma)) {
      const kind = questionWords(counted).map((countedWord) => evidenceOf(countedWord, roots))[0];
      if (kind === 'column' || kind === 'table') return kind;
    }
  }
  return undefined;
}
