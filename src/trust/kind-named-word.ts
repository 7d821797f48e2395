import type { TableSchema } from '../context/context-schema.js';
import { firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import { inflectionBases } from '../lexicon/derived-forms.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { readSynset, senseOffsets } from '../lexicon/wordnet-records.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import { columnKinds, isMoneyColumn, namePartHolds } from './column-kind.js';

/** The words that name a telephone as such; "fax", "mobile" (also an app, a channel) and "cell" name other things too (WordNet's kinds of telephone: namesTelephone). */
const PHONE_WORDS = /^(?:tele)?phones?$/;

/** "phone", "telephones": the head a kind of phone is written before ("cell phone"); a keyed test, no WordNet. */
export function isPhoneWord(word: string): boolean {
  return PHONE_WORDS.test(word);
}

type NamedKind = 'money' | 'phone';

const NAMED_KINDS: readonly NamedKind[] = ['money', 'phone'];

/**
 * The kinds kindNamedWord reads that a column holds, worked out once per question: a linked table's column by its
 * type, name and comment (columnKinds reads WordNet), any other column of the namespace by a word of its name alone
 * (`names`, the catalog's vocabulary of column-name words, which keeps no types: a warehouse's cached vocabulary and
 * its tables then give the same answer).
 */
export function heldNamedKinds(tables: readonly TableSchema[], names: ReadonlySet<string> = new Set()): HeldKinds {
  let held: Set<NamedKind> | undefined;
  let phoneParts: Set<string> | undefined;
  const kinds = (() => {
    if (held) return held;
    const found = (held = new Set());
    for (const kind of NAMED_KINDS) for (const part of names) if (namePartHolds(part, kind)) found.add(kind);
    for (const table of tables) {
      for (const column of table.columns) {
        if (found.size === NAMED_KINDS.length) return found;
        if (!found.has('money') && isMoneyColumn(column, table)) found.add('money');
        if (!found.has('phone') && columnKinds(column, table).has('phone')) found.add('phone');
      }
    }
    return found;
  }) as HeldKinds;
  // The name parts of the linked tables' phone columns (mob, no; home, tel), for a kind of phone the word names.
  kinds.phoneParts = () =>
    (phoneParts ??= new Set(
      tables.flatMap((table) => table.columns.filter((column) => columnKinds(column, table).has('phone')).flatMap((column) => splitIdentifier(column.name).map((part) => part.toLowerCase()))),
    ));
  return kinds;
}

/** The kinds heldNamedKinds found, and the name parts of the linked tables' phone columns. */
export type HeldKinds = (() => ReadonlySet<NamedKind>) & { phoneParts?: () => ReadonlySet<string> };

/**
 * Whether a question word names a kind of thing a column holds whatever the column is called (column-kind.ts reads
 * the kind from its type, name and comment; `held` says which kinds the namespace's columns hold, heldNamedKinds):
 * - money as such ("took the most money", "cash") where a column holds an amount of money: by the word's first noun
 *   sense, money itself or a kind of medium of exchange, not a kind of payment ("salary", "fee", "rent" name one amount
 *   among others, which the data must name);
 * - a telephone ("phone", "telephone") where a column holds a phone number (warden_tel, mob_no, cell_mobile_number).
 * Not an age where a birth date is: "What is the legal age for getting a tattoo in the UK?" asks the world's rules, and
 * an open "age" is what declines it.
 * Keyed lookups first, WordNet last.
 */
export function kindNamedWord(word: string, held: HeldKinds, { money = true } = {}): NamedKind | undefined {
  if (PHONE_WORDS.test(word)) return held().has('phone') ? 'phone' : undefined;
  // Without `money` (a word the data already links, as a value) nothing below applies, and WordNet stays unread.
  if (!money) return undefined;
  if (namesTelephone(word)) return held().has('phone') && phoneOfKind(word, held.phoneParts?.() ?? new Set()) ? 'phone' : undefined;
  if (primaryPartOfSpeech(word) !== 'noun' || !firstSenseAncestors(word).has('medium_of_exchange')) return undefined;
  return held().has('money') ? 'money' : undefined;
}

/**
 * "cellphone", "handset": a noun whose first sense is a kind of telephone set (WordNet), so a number for it is a phone
 * number. Not "call" (a telephone call, an act), "fax", nor "landline" (a telephone line).
 */
export function namesTelephone(word: string): boolean {
  return /^[a-z]{4,}$/.test(word) && !PHONE_WORDS.test(word) && firstSenseAncestors(word).has('telephone_set');
}

/**
 * Whether a phone column is named for the kind of phone the word names: a part of its name is a word of the kind's
 * WordNet lemmas or the first letters of one ("mob" of mobile_phone for "cellphone"), the plain words for a
 * telephone aside. A "cell phone number" is then no landline's home_tel, and an owner's mob_no no landline.
 */
function phoneOfKind(word: string, parts: ReadonlySet<string>): boolean {
  const first = senseOffsets('noun', word)[0] ?? senseOffsets('noun', word.replace(/s$/, ''))[0];
  if (first === undefined) return false;
  const kindWords = readSynset('noun', first).lemmas.flatMap((lemma) => lemma.toLowerCase().split('_')).filter((part) => !PHONE_WORDS.test(part) && part.length >= 3);
  return [...parts].some((part) => part.length >= 3 && kindWords.some((kind) => kind.startsWith(part)));
}

/** "have" and its forms are mostly auxiliaries ("has raised the most money"): they say nothing of what is kept. */
const AUXILIARY_HAVE = /^(?:have|has|had|having)$/;

/**
 * Whether a word is a verb whose first sense is keeping or possessing ("hold", "keep", "own", "possess"): money held
 * is a balance, a stock nobody records by recording what changed hands. By the first verb sense of the word or of its
 * base form (WordNet).
 */
export function keepsOrOwns(word: string): boolean {
  if (AUXILIARY_HAVE.test(word)) return false;
  for (const base of [word, ...inflectionBases(word)]) {
    const first = senseOffsets('verb', base)[0];
    if (first === undefined) continue;
    const lemmas = readSynset('verb', first).lemmas;
    return lemmas.includes('keep') || lemmas.includes('possess');
  }
  return false;
}
