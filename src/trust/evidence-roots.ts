import type { z } from 'zod';
import { addNamedTables, emptyNameTexts, NAME_KINDS, recurringNameVocabulary, type NameTexts, type NameVocabulary } from '../catalog/name-vocabulary.js';
import { rememberedByText } from '../catalog/remembered-by-text.js';
import { CATALOG_SYNONYMS } from '../catalog/term-synonyms.js';
import type { Context, EvidenceSchema, LinkHowSchema } from '../context/context-schema.js';
import { adjectiveAntonyms } from '../lexicon/adjective-antonyms.js';
import { doneAgain } from '../lexicon/done-again.js';
import { firstSenseSiblings } from '../lexicon/first-sense-siblings.js';
import { relatedNouns } from '../lexicon/related-nouns.js';
import { nearlySameWord } from '../models/offline/nearly-same-word.js';
import { otherEnglishWord } from '../lexicon/other-english-word.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { compoundOf, firstOfCompound } from './closed-compound.js';
import { hasSense } from '../lexicon/has-sense.js';
import { namesMultiWord } from './multi-word-synonym.js';
import { skeletonNameKind } from './skeleton-name-kind.js';
import { deedPasts } from './deed-pasts.js';
import { listedExpansion } from '../lexicon/listed-short-forms.js';
import { isEnglishWord } from '../lexicon/is-english-word.js';
import { listedShortNameKind } from './listed-short-name-kind.js';
import { isFormHead } from './form-heads.js';
import { measuredAttributes } from '../lexicon/measured-attributes.js';
import { groupMemberKind } from './group-member-kind.js';
import { isSpelledWord } from '../catalog/comment-spelled-parts.js';

export type Evidence = z.infer<typeof EvidenceSchema>;
export type LinkHow = z.infer<typeof LinkHowSchema>;
/** What a word links to and by which step of grounding (the evidence record, grounding-evidence.ts, reads the step). */
export interface Link {
  kind: Evidence;
  how: LinkHow;
}
export const tagged = (kind: Evidence | undefined, how: LinkHow): Link | undefined => (kind === undefined ? undefined : { kind, how });

const ORDER: readonly Evidence[] = ['column', 'table', 'value', 'text'];
export const strongest = (a: Evidence | undefined, b: Evidence): Evidence => (a === undefined || ORDER.indexOf(b) < ORDER.indexOf(a) ? b : a);

/** The roots of the names a question word may link to, by what names them (linkOf reads them; grounding's per namespace, namesRoots' of a few names). */
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

export function linkOf(word: QuestionWord, roots: EvidenceRoots): Link | undefined {
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
export function evidenceRoots(context: Context, known: NameVocabulary): EvidenceRoots {
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
