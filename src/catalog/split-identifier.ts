import { expandNameParts } from './expand-terse-name.js';

/** Catalog names and doc texts recur in every question of a batch: their words are split once per process. */
const MAX_REMEMBERED = 50_000;
const remembered = new Map<string, readonly string[]>();
const rememberedParts = new Map<string, readonly string[]>();
/** A name of lower-case letters and underscores only ("finance_invoice_daily"), whose words are its underscore-separated parts. */
const PLAIN_SNAKE = /^[a-z_]*$/;
/** The names and words of a text, each split into parts and read for legacy shorthand on its own. */
const CHUNKS = /[A-Za-z0-9_]+/g;
/** A word of two or three capitals alone ("TX", "CO", "USD") is a stored code or an acronym, not a name's shorthand. */
const STORED_CODE = /^[A-Z]{2,3}$/;
/** A capitalised word alone ("Flores") is a stored name, not shorthand. */
const PROPER_NOUN = /^[A-Z][a-z]+$/;

/** Splits snake_case, kebab-case, camelCase, PascalCase and digit runs into lower-case parts, as written: "orderItemsV2_total" → order, items, v, 2, total. */
export function identifierParts(text: string): string[] {
  if (PLAIN_SNAKE.test(text)) return text.split('_').filter((word) => word.length > 0);
  let words = rememberedParts.get(text);
  if (!words) {
    words = text
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/([A-Za-z])(\d)/g, '$1 $2')
      .replace(/(\d)([A-Za-z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 0);
    if (rememberedParts.size >= MAX_REMEMBERED) rememberedParts.clear();
    rememberedParts.set(text, words);
  }
  // A copy: callers may sort or extend what they get.
  return words.slice();
}

/**
 * The words of a name or text: identifierParts, with each name's legacy shorthand read as the English it stands for
 * ("CUSTNM" → customer, name; "ord_dt" → order, date; expandNameParts says when).
 */
export function splitIdentifier(text: string): string[] {
  let words = remembered.get(text);
  if (!words) {
    const chunks = text.match(CHUNKS) ?? [];
    words = chunks.flatMap((chunk) => {
      const parts = identifierParts(chunk);
      // In prose, a value or SQL only a name of several parts ("mbr_nm") is read; a lone word stays as written.
      const name = chunks.length === 1 ? !STORED_CODE.test(chunk) && !PROPER_NOUN.test(chunk) : parts.length > 1;
      return name ? expandNameParts(parts) : parts;
    });
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(text, words);
  }
  return words.slice();
}

/**
 * The words of a name or text as written, no shorthand read: what splitIdentifier gives less the English it read into
 * "mbr" or "CUSTNM". An expansion is a guess at a word; a question word may meet it as it stands, not through a
 * synonym or a relative of it (see expandedWords).
 */
export function writtenWords(text: string): string[] {
  return (text.match(CHUNKS) ?? []).flatMap(identifierParts);
}

/** The words splitIdentifier read into a text's shorthand that are not written in it ("member", "name" of "mbr_nm"). */
export function expandedWords(text: string): string[] {
  const written = new Set(writtenWords(text));
  return splitIdentifier(text).filter((word) => !written.has(word));
}
