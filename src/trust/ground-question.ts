import type { z } from 'zod';
import { TRUNCATED_CODE_SCORE } from '../catalog/truncated-codes.js';
import { VALUE_SYNONYM_SCORE } from '../catalog/values-by-synonym.js';
import { addNamedTables, catalogVocabulary, emptyNameTexts, NAME_KINDS, recurringNameVocabulary, type NameTexts, type NameVocabulary } from '../catalog/name-vocabulary.js';
import { normalizeValueText } from '../catalog/normalize-value-text.js';
import { rememberedByText } from '../catalog/remembered-by-text.js';
import { CATALOG_SYNONYMS } from '../catalog/term-synonyms.js';
import type { CatalogTable } from '../connectors/connector.js';
import type { Context, EvidenceSchema, GroundedWordSchema, GroundingSchema, LinkHowSchema } from '../context/context-schema.js';
import { adjectiveAntonyms } from '../lexicon/adjective-antonyms.js';
import { countedByDefinition } from '../lexicon/counted-by-definition.js';
import { doneAgain } from '../lexicon/done-again.js';
import { firstSenseSiblings } from '../lexicon/first-sense-siblings.js';
import { relatedNouns } from '../lexicon/related-nouns.js';
import { nearlySameWord } from '../models/offline/nearly-same-word.js';
import { otherEnglishWord } from '../lexicon/other-english-word.js';
import { CONTRACTIONS, FILLER_WORDS, MEASURE_WORDS } from '../models/offline/question-vocabulary.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { hasRevenueSource } from '../models/offline/revenue-source.js';
import { wordRoot } from '../models/offline/word-root.js';
import { isNumericColumn } from '../models/offline/schema-lookup.js';
import { compoundOf, firstOfCompound } from './closed-compound.js';
import { hasSense } from '../lexicon/has-sense.js';
import { namesMultiWord } from './multi-word-synonym.js';
import { namesCodedKinds } from '../catalog/names-coded-kinds.js';
import { skeletonNameKind } from './skeleton-name-kind.js';
import { datedDoingPasts, deedPasts } from './deed-pasts.js';
import { pricedInUnits } from './priced-in-units.js';
import { listedExpansion } from '../lexicon/listed-short-forms.js';
import { isEnglishWord } from '../lexicon/is-english-word.js';
import { listedShortNameKind } from './listed-short-name-kind.js';
import { isFormHead } from './form-heads.js';
import { measuredAttributes } from '../lexicon/measured-attributes.js';
import { groupMemberKind } from './group-member-kind.js';
import { measuredInUnits } from './measured-in-units.js';
import { heldNamedKinds, isPhoneWord, keepsOrOwns, kindNamedWord, namesTelephone, type HeldKinds } from './kind-named-word.js';
import { isNamingWord } from './is-naming-word.js';
import { misspeltMonth } from '../dates/respell-months.js';
import { namedDaySpans } from '../dates/named-days.js';
import { namesKindOf } from '../lexicon/compound-kind.js';
import { isStatisticOf } from './statistic-of.js';
import { namesCommentPhrase, namesNamedCommentPhrase } from './comment-heads.js';
import { priceDegree } from '../lexicon/price-degree.js';
import { isSpelledWord } from '../catalog/comment-spelled-parts.js';
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

export type Evidence = z.infer<typeof EvidenceSchema>;
export type GroundedWord = z.infer<typeof GroundedWordSchema>;
export type Grounding = z.infer<typeof GroundingSchema>;
export type LinkHow = z.infer<typeof LinkHowSchema>;
/** What a word links to and by which step of grounding (the evidence record, grounding-evidence.ts, reads the step). */
export interface Link {
  kind: Evidence;
  how: LinkHow;
}
const tagged = (kind: Evidence | undefined, how: LinkHow): Link | undefined => (kind === undefined ? undefined : { kind, how });

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
    // "more than 2,000 dollars": the unit of an amount compared with a money column, whatever else "dollars" may name.
    const priced = pricedInUnits(words[word.index - 1], word, context.table_schemas) ? ('column' as const) : undefined;
    const link =
      tagged(priced, 'measure') ??
      (valueWords.has(word.text) ? valueLink(linkOf(word, roots)) : linkOf(word, roots)) ??
      tagged(countedKind(words[word.index - 1], word, roots), 'wordnet_relative') ??
      tagged(namesCodedKinds(word.text, context.table_schemas, tables) ? 'column' : undefined, 'coded_kind') ??
      tagged(measuredInUnits(word.text, context.table_schemas) || degreeInUnits(word.text, context.table_schemas) ? 'column' : undefined, 'measure') ??
      tagged(degreeAfter(words[word.index - 1], word, roots, context.table_schemas), 'measure') ??
      tagged(compoundMeasure(word.text, word.clauseEnd ? undefined : words[word.index + 1]?.text, context.table_schemas) ? 'column' : undefined, 'measure') ??
      tagged(
        periodCompound(commentModifier(words, word), word.text, context.table_schemas) ||
          spannedArea(word.text, context.table_schemas) ||
          ageFromBirth(words, word, context.table_schemas) ||
          maximumMeasure(nounModifier(words, word), word.text, context.table_schemas) ||
          speedByDuration(word, words[word.index + 1], context.table_schemas)
          ? 'column'
          : undefined,
        'measure',
      ) ??
      tagged(flagNamesHeld(words, word, context.table_schemas) || kindColumn(words, word, context.table_schemas) ? 'column' : undefined, 'held_attribute') ??
      tagged(codeKindNoun(context.task.text, words, word, context.table_schemas) ? 'value' : undefined, 'value');
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

const ORDER: readonly Evidence[] = ['column', 'table', 'value', 'text'];
const strongest = (a: Evidence | undefined, b: Evidence): Evidence => (a === undefined || ORDER.indexOf(b) < ORDER.indexOf(a) ? b : a);
/** A word a stored value spells: the value, unless a name links it more strongly (strongest(kind, 'value')). */
const valueLink = (link: Link | undefined): Link => (link !== undefined && strongest(link.kind, 'value') === link.kind ? link : { kind: 'value', how: 'value' });

export interface EvidenceRoots {
  byKind: Record<Evidence, Set<string>>;
  /** Roots only a reading of legacy shorthand gave (NameVocabulary.expanded): a question word meets them as it stands only. */
  expanded: Set<string>;
  all: Set<string>;
  /** Roots of five letters or more, which a longer or inflected question word may still meet. */
  long: Map<string, Evidence>;
}

/** What a question word links to among the names of a few tables or columns (see namesRoots), as grounding links it among a namespace's. */
export const evidenceOf = (word: QuestionWord, roots: EvidenceRoots): Evidence | undefined => kindOf(word, roots);
const kindOf = (word: QuestionWord, roots: EvidenceRoots): Evidence | undefined => linkOf(word, roots)?.kind;

/**
 * Per evidence roots (evidenceRoots keeps one per catalog and set of linked texts), what each word links to: a batch
 * asks the same words of the same roots question after question, and the answer depends on nothing else.
 */
const kindsByRoots = new WeakMap<EvidenceRoots, Map<string, Link | undefined>>();
const MAX_REMEMBERED_KINDS = 5_000;

function linkOf(word: QuestionWord, roots: EvidenceRoots): Link | undefined {
  let kinds = kindsByRoots.get(roots);
  if (!kinds) kindsByRoots.set(roots, (kinds = new Map()));
  const key = `${word.text}\u0000${word.stem}`;
  if (kinds.has(key)) return kinds.get(key);
  const kind = readKind(word, roots);
  if (kinds.size >= MAX_REMEMBERED_KINDS) kinds.clear();
  kinds.set(key, kind);
  return kind;
}

function readKind(word: QuestionWord, roots: EvidenceRoots): Link | undefined {
  const link = namedKind(word, roots);
  // "appointment" where an appts table is and only its comment spells the word out: a name is stronger than prose.
  // "the tallest wall" where a comment says tallest and max_wall_ht_m holds the height: the column, as below.
  if (link?.kind === 'text') return tagged(listedShortNameKind(word, roots), 'shorthand') ?? tagged(measuredKind(word, roots), 'measure') ?? link;
  return link;
}

/**
 * "the tallest player" where winner_ht is: the measure an adjective gives a value of (measured-attributes.ts), named by
 * a column as written, as read from shorthand, or as a listed short form of it (ht for height).
 */
function measuredKind(word: QuestionWord, roots: EvidenceRoots): Evidence | undefined {
  // Only a degree of the adjective ("tallest", "heavier") ranks or compares by the measure; "standard" measures nothing.
  if (!/(?:er|est)$/.test(word.text)) return undefined;
  const named = (noun: string) => roots.byKind.column.has(noun) || listedShortNameKind({ ...word, text: noun, stem: noun }, roots) === 'column';
  return measuredAttributes(word.text).some(named) ? 'column' : undefined;
}

function namedKind(word: QuestionWord, roots: EvidenceRoots): Link | undefined {
  // The word itself first: "customers" names the customers table even where a synonym of it names a metric.
  const own = [word.text, word.stem, wordRoot(word.text), word.text.replace(/s$/, '')];
  // "sales rep" where SLSREP reads as sales representative: the question's shorthand is the name's, read the same way.
  const read = listedExpansion(word.text);
  if (read !== undefined && word.text.length >= 3 && roots.expanded.has(read)) own.push(read);
  // "Tot amt due on invs" where an amountDue column is: the question's own shorthand, no English word, for a name's word.
  else if (word.text.length >= 3) own.push(...shorthandFor(word, roots));
  for (const forms of [own, CATALOG_SYNONYMS[word.stem] ?? []]) {
    // A name's shorthand read as a word ("amt" as amount) is met by that word only: "cost" is no synonym of "amt".
    const named = (set: Set<string>, form: string) => set.has(form) && (forms === own || !roots.expanded.has(form));
    for (const kind of ORDER) {
      const set = roots.byKind[kind];
      if (forms.some((form) => named(set, form) || named(set, wordRoot(form)))) return { kind, how: forms !== own ? 'catalog_synonym' : named(set, word.text) ? 'name' : forms.slice(4).some((form) => named(set, form) || named(set, wordRoot(form))) ? 'shorthand' : 'inflection' };
    }
  }
  const root = wordRoot(word.text);
  // "Salesforce", "Funeralcare": a closed compound names a kind of its second word, so a name its first word starts or
  // shares a stem with ("sales", funerals) names none of it; an adverb WordNet knows ("automatically") is no compound.
  const first = hasSense('adv', word.text) ? '' : word.text.slice(0, firstOfCompound(word.text));
  let found: Evidence | undefined;
  for (const [known, kind] of roots.long) {
    if (first && known.length < word.text.length && (known.startsWith(first) || first.startsWith(known))) continue;
    if (roots.expanded.has(known)) {
      // A comment's spelling of a terse name ("learning" of glh) is met as written only (comment-spelled-parts.ts).
      if (sameStem(known, root) && !isSpelledWord(known)) found = found === undefined ? kind : strongest(found, kind);
      continue;
    }
    // "schoolers" in Highschooler: a long word inside a compound name.
    // "snow" does not shorten "snowmaking": a compound of two words is about its second.
    const meets = (abbreviates(known, root) && !compoundOf(word.text, known)) || abbreviates(root, known) || (nearlySameWord(known, root) && !otherEnglishWord(word.text, known)) || sameStem(known, root) || ((word.stem.length >= 5 || (word.stem.length === 4 && known.endsWith(word.stem))) && known.length > word.stem.length && known.includes(word.stem));
    if (meets) found = found === undefined ? kind : strongest(found, kind);
  }
  // "length" where a len_ft column is: a listed short form of the word in a name, as a comment's spelling it out grounds
  // (readKind). Not a word of form ("name" of nm, "number" of no), which says what shape an attribute takes, not which.
  return tagged(found, 'lookalike') ?? tagged(skeletonNameKind(word, roots), 'shorthand') ?? tagged(isFormHead(word.text) ? undefined : listedShortNameKind(word, roots), 'shorthand') ?? lexicalKind(word, roots);
}

/** The word a listed short form the dictionary does not know stands for ("amt", "invs"), when the names spell that word out. */
function shorthandFor(word: QuestionWord, roots: EvidenceRoots): string[] {
  const read = listedExpansion(word.text) ?? listedExpansion(word.stem);
  if (read === undefined || !roots.all.has(read) || roots.expanded.has(read)) return [];
  return isEnglishWord(word.text) || isEnglishWord(word.stem) ? [] : [read];
}

/**
 * A noun WordNet defines as the number or amount of something the data names counts or adds it up ("death toll",
 * "the number of deaths …", where a death table is), alone or as a compound with the word before it. Names only.
 */
function countedKind(previous: QuestionWord | undefined, word: QuestionWord, roots: EvidenceRoots): Evidence | undefined {
  const lemmas = previous && !previous.clauseEnd ? [`${previous.text}_${word.text}`, word.text] : [word.text];
  for (const lemma of lemmas) {
    for (const counted of countedByDefinition(lemma)) {
      const kind = questionWords(counted).map((countedWord) => kindOf(countedWord, roots))[0];
      if (kind === 'column' || kind === 'table') return kind;
    }
  }
  return undefined;
}

/**
 * A table or column named by a word WordNet relates closely to this one ("vocalists" for singer, "vessels" for ship):
 * a second-hand link, so only names count, not words of comments or docs, and a column only through a synonym
 * ("captain" is a kind of commander, but a ship's captain is not a battle's commander), or through an adjective's opposite.
 */
function lexicalKind(word: QuestionWord, roots: EvidenceRoots): Link | undefined {
  if (word.text.length < 3) return undefined;
  const related = relatedNouns(word.text);
  const names = (kind: Evidence, lemma: string) => [lemma, wordRoot(lemma)].some((form) => roots.byKind[kind].has(form) && !roots.expanded.has(form));
  for (const [lemma, closeness] of related) if (closeness === 'same' && names('column', lemma)) return { kind: 'column', how: 'wordnet_synonym' };
  // "surname" where a last_name or LName column is: a synonym WordNet writes in words.
  const column = (name: string) => roots.byKind.column.has(name) && !roots.expanded.has(name);
  for (const [lemma, closeness] of related) if (closeness === 'same' && namesMultiWord(lemma, column)) return { kind: 'column', how: 'wordnet_synonym' };
  if (measuredKind(word, roots)) return { kind: 'column', how: 'measure' };
  // "female" where an Is_male column stores the other side of the pair.
  for (const antonym of adjectiveAntonyms(word.text)) if (names('column', antonym)) return { kind: 'column', how: 'wordnet_synonym' };
  for (const lemma of related.keys()) if (names('table', lemma)) return { kind: 'table', how: related.get(lemma) === 'same' ? 'wordnet_synonym' : 'wordnet_relative' };
  // "the fleet" where a vehicles table is, "workers" where a staff table is: a group and the kind of its members.
  if (groupMemberKind(word, roots)) return { kind: 'table', how: 'wordnet_relative' };
  // "town" where a city column is: first senses under one specific parent.
  for (const lemma of firstSenseSiblings(word.text)) if (names('column', lemma)) return { kind: 'column', how: 'wordnet_relative' };
  // "leavers" where a left_on column is: one who did what the column records the doing of.
  if (deedPasts(word.text).some((past) => names('column', past))) return { kind: 'column', how: 'derivation' };
  // "revisits" where a visits table is: a re- word names what it does again.
  const again = doneAgain(word.text);
  const repeated = again === undefined ? undefined : questionWords(again)[0];
  const link = repeated && linkOf(repeated, roots);
  return link ? { kind: link.kind, how: 'derivation' } : undefined;
}

/** Per catalog vocabulary, the evidence roots of each set of linked names, metrics and doc passages seen with it. */
const evidenceRootsByCatalog = new WeakMap<NameVocabulary, Map<string, EvidenceRoots>>();

/** The catalog's whole vocabulary merged with the run's own texts: the same few texts come back question after question of a batch. */
function evidenceRoots(context: Context, known: NameVocabulary): EvidenceRoots {
  // The catalog's names were read as shorthand (a terse schema): its comments' spellings of them count too.
  const texts = addNamedTables(emptyNameTexts(), context.table_schemas, known.expanded.size > 0);
  for (const metric of context.metrics) {
    texts.column.push(metric.name, ...metric.synonyms, ...metric.dimensions);
    texts.text.push(metric.description);
  }
  for (const passage of context.doc_passages) texts.text.push(passage.heading, passage.text);
  let cache = evidenceRootsByCatalog.get(known);
  if (!cache) evidenceRootsByCatalog.set(known, (cache = new Map()));
  const key = [texts.column.join('\u0000'), texts.table.join('\u0000'), texts.text.join('\u0000')].join('\u0001');
  return rememberedByText(cache, key, () => {
    const own = recurringNameVocabulary(texts);
    const byKind = Object.fromEntries(ORDER.map((kind) => [kind, kind === 'value' ? new Set<string>() : new Set([...known[kind], ...own[kind]])])) as Record<Evidence, Set<string>>;
    return indexRoots(byKind, expandedOfBoth(known, own));
  });
}

/**
 * Roots of some names only (a table's columns, a few tables' names), to ask what a word links to among them. The same
 * names give the same roots object, shared (callers must not change it): the checks and the decision ask about the same
 * tables' names question after question, and what a word links to is kept per roots (linkOf).
 */
export function namesRoots(names: Partial<NameTexts>): EvidenceRoots {
  const texts = { ...emptyNameTexts(), ...names };
  const key = NAME_KINDS.map((kind) => texts[kind].join('\u0000')).join('\u0001');
  return rememberedByText(rootsByNames, key, () => {
    const vocabulary = recurringNameVocabulary(texts);
    return indexRoots({ column: vocabulary.column, table: vocabulary.table, text: vocabulary.text, value: new Set<string>() }, vocabulary.expanded);
  }, MAX_REMEMBERED_NAMES);
}

const rootsByNames = new Map<string, EvidenceRoots>();
const MAX_REMEMBERED_NAMES = 5_000;

/** The words only shorthand gave in either vocabulary that neither spells out. */
function expandedOfBoth(a: NameVocabulary, b: NameVocabulary): Set<string> {
  const spelled = (vocabulary: NameVocabulary, word: string) => NAME_KINDS.some((kind) => vocabulary[kind].has(word)) && !vocabulary.expanded.has(word);
  return new Set([...a.expanded, ...b.expanded].filter((word) => !spelled(a, word) && !spelled(b, word)));
}

function indexRoots(byKind: Record<Evidence, Set<string>>, expanded: Set<string>): EvidenceRoots {
  // "singer" in Singer_ID names the table, not an attribute of it.
  for (const root of byKind.table) byKind.column.delete(root);
  const long = new Map<string, Evidence>();
  const all = new Set<string>();
  for (const kind of ORDER) {
    for (const root of byKind[kind]) {
      all.add(root);
      if (root.length >= 4 && !long.has(root)) long.set(root, kind);
    }
  }
  return { byKind, expanded, all, long };
}

/** "dest" for destination, "abbrev" for abbreviation: a short form of four letters or more that starts a word at least half again as long. */
function abbreviates(short: string, full: string): boolean {
  return short.length >= 4 && full.length >= 1.5 * short.length && full.startsWith(short);
}

/** "cancellation" and "cancelled" share a stem: a common start of five letters or more that covers most of the shorter word. */
function sameStem(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 5 && common >= 0.75 * Math.min(a.length, b.length);
}
