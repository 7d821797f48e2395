import { expandNameParts } from './expand-terse-name.js';
import { identifierParts } from './identifier-parts.js';

/** The names and words of a text, each split into parts and read for legacy shorthand on its own. */
const CHUNKS = /[A-Za-z0-9_]+/g;
/** A word of two or three capitals alone ("TX", "CO", "USD") is a stored code or an acronym, not a name's shorthand. */
const STORED_CODE = /^[A-Z]{2,3}$/;
/** A capitalised word alone ("Flores") is a stored name, not shorthand. */
const PROPER_NOUN = /^[A-Z][a-z]+$/;

const MAX_REMEMBERED = 50_000;
const remembered = new Map<string, readonly string[]>();

/**
 * The words of a name or text with its legacy shorthand read as the English it stands for ("CUSTNM" → customer, name;
 * "ord_dt" → order, date; expandNameParts says when). In prose, a value or SQL only a name of several parts ("mbr_nm")
 * is read; a lone word stays as written, and so does a text that is a stored code ("TX") or a proper noun ("Flores").
 */
export function readShorthand(text: string): readonly string[] {
  let words = remembered.get(text);
  if (!words) {
    const chunks = text.match(CHUNKS) ?? [];
    words = chunks.flatMap((chunk) => {
      const parts = identifierParts(chunk);
      const name = chunks.length === 1 ? !STORED_CODE.test(chunk) && !PROPER_NOUN.test(chunk) : parts.length > 1;
      return name ? expandNameParts(parts) : parts;
    });
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(text, words);
  }
  return words;
}
