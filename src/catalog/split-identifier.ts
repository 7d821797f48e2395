import { identifierParts } from './identifier-parts.js';
import { rememberedByText } from './remembered-by-text.js';
import { readShorthand } from './read-shorthand.js';

export { identifierParts };

/**
 * The English of a terse schema's names and values ("mbr_nm" → member, name), as its catalog read them when it was
 * built (read-terse-names.ts) and saved them: a warm start reads no dictionary for them.
 */
const readings = new Map<string, readonly string[]>();
let readsShorthand = false;
/** Names and values of readable catalogs: split as written even once a terse catalog has loaded beside them. */
const asWritten = new Set<string>();
/**
 * Readable catalogs' texts not listed in asWritten yet: nothing reads asWritten until a terse catalog loads, and a warm
 * 10,000-table catalog would otherwise parse every table's cached columns to list them (~0.2 s of a warm run).
 */
let unlisted: Array<() => Iterable<string>> = [];

/** Counts the changes to how texts split, so what was derived from a split can be remembered until the next one. */
let generation = 0;

function listUnlisted(): void {
  const sources = unlisted;
  unlisted = [];
  let added = false;
  for (const texts of sources) {
    for (const text of texts()) {
      if (asWritten.has(text)) continue;
      asWritten.add(text);
      added = true;
    }
  }
  if (added) generation++;
}

/** Whether a terse catalog has registered its names' readings in this process (no readable schema does). */
export function readsShorthandNames(): boolean {
  return readsShorthand;
}

/**
 * From now on in this process, texts are read for legacy shorthand: a catalog whose schema is terse registers its
 * names' readings when it loads. A readable schema registers none, and while none is registered every text is split
 * as written. A readable catalog's own names and values stay as written (keepAsWritten); other texts, a question's
 * words among them, are read for shorthand once any terse catalog has loaded in the process.
 */
export function readNamesAs(more: Readonly<Record<string, readonly string[]>>): void {
  for (const [name, words] of Object.entries(more)) {
    if (name.startsWith(PART_MARK)) partReadings.set(name.slice(PART_MARK.length), words.join('_'));
    else readings.set(name, words);
    readsShorthand = true;
    generation++;
  }
  if (readsShorthand) listUnlisted();
}

/**
 * `derive` of a text whose result follows from how the text splits (splitIdentifier), remembered per text: a batch
 * asks the same catalog names and comments question after question. Forgotten when a catalog changes how texts split
 * (readNamesAs, keepAsWritten), and past `max` texts.
 */
export function memoBySplitText<T>(derive: (text: string) => T, max = 100_000): (text: string) => T {
  const remembered = new Map<string, T>();
  let seen = generation;
  return (text) => {
    if (seen !== generation) {
      remembered.clear();
      seen = generation;
    }
    return rememberedByText(remembered, text, () => derive(text), max);
  };
}

/**
 * A readable catalog's names and values, split as written in this process whatever terse catalog loads beside it:
 * a readable schema's `amt` is no amount because another namespace's `ord_amt` is. A function is called only once a
 * terse catalog has loaded (until then every text is split as written anyway), so a warm start of a readable catalog
 * lists none of its names.
 */
export function keepAsWritten(texts: Iterable<string> | (() => Iterable<string>)): void {
  unlisted.push(typeof texts === 'function' ? texts : () => texts);
  if (readsShorthand) listUnlisted();
}

/**
 * The words of a name or text: identifierParts, and where a terse schema was loaded, with its legacy shorthand read as
 * the English it stands for ("CUSTNM" → customer, name; "ord_dt" → order, date; read-shorthand.ts).
 */
export function splitIdentifier(text: string): string[] {
  if (!readsShorthand) return identifierParts(text);
  const read = readings.get(text);
  if (read !== undefined) return read.slice();
  return asWritten.has(text) ? identifierParts(text) : readShorthand(partReadings.size > 0 ? respelled(text) : text).slice();
}

/**
 * Marks a reading of one name part wherever it is written ("cst" → customer, read-terse-names.ts' tableNamesSpelled)
 * among a catalog's readings: SQL text and prose meet the part alone ("FROM cst") or in names no catalog listed.
 */
export const PART_MARK = '\u0002';
/** Name parts read as the words a table's comment spells them with, by part. */
const partReadings = new Map<string, string>();

/** The text with every name part that has a reading of its own written as that reading ("cst_nm" → "customer_nm"). */
function respelled(text: string): string {
  return text.replace(/[A-Za-z0-9_]+/g, (chunk) => {
    const parts = identifierParts(chunk);
    return parts.some((part) => partReadings.has(part)) ? parts.map((part) => partReadings.get(part) ?? part).join('_') : chunk;
  });
}

/**
 * The words of a name or text as written, no shorthand read: what splitIdentifier gives less the English it read into
 * "mbr" or "CUSTNM". An expansion is a guess at a word; a question word may meet it as it stands, not through a
 * synonym or a relative of it (see expandedWords).
 */
export function writtenWords(text: string): string[] {
  return readsShorthand ? (text.match(/[A-Za-z0-9_]+/g) ?? []).flatMap(identifierParts) : identifierParts(text);
}

/** The words splitIdentifier read into a text's shorthand that are not written in it ("member", "name" of "mbr_nm"). */
export function expandedWords(text: string): string[] {
  if (!readsShorthand) return [];
  const written = new Set(writtenWords(text));
  return splitIdentifier(text).filter((word) => !written.has(word));
}
