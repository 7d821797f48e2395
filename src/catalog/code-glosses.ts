import { rememberedByText } from './remembered-by-text.js';

/** One code a column's comment explains: "STU studio (black box)" gives STU, "studio" and the aside "black box". */
export interface CodeGloss {
  readonly code: string;
  /** The words outside brackets ("studio"); empty for "CANC (cancelled)", where the aside says it all. */
  readonly gloss: string;
  /** The words in brackets, split at commas ("black box"; "rejected", "not paid"). */
  readonly asides: readonly string[];
}

/** A code as comments write it: capitals, digits and _ ("STU", "F2F", "GBX_T"), or anything short in quotes. */
const CODE = String.raw`(?:'[^'\s]{1,12}'|"[^"\s]{1,12}"|[A-Z0-9][A-Z0-9_]{0,7})`;
/** "CODE = gloss", "CODE: gloss", "CODE - gloss", "CODE gloss" ("AFR Africa", "AL A level"), "CODE (gloss)". */
const CODED = new RegExp(String.raw`^(${CODE})(\s*[=:–—]\s*|\s+-\s+|\s+(?=\()|\s+(?=[a-z]|[A-Z][a-z]|[A-Z]\s+\p{L}[a-z]))(.+)$`, 'u');
/** "D DIY livery", "P PAYG plan": a code whose gloss opens with an acronym, read only in a list of several codes ("VAT ID of the supplier" is prose). */
const ACRONYM_GLOSSED = new RegExp(String.raw`^(${CODE})\s+([A-Z]{2,}\s+[a-z]{2}.*)$`, 'u');
/** "A/F/X = active/frozen/expired": codes and glosses in the same order. */
const SLASHED = new RegExp(String.raw`^(${CODE}(?:\s*/\s*${CODE})+)\s*[=:]\s*(.+)$`, 'u');

/**
 * The codes a column's comment glosses, in the formats comments use: "A = active, F = frozen", "'TR' = translation;
 * 'IN' = interpreting", "MTH monthly, ANN annual", "OK, DLY (late) or CNX (cancelled)", "A/F/X = active/frozen/expired",
 * one per line, after a lead-in ("Plan code: ..."). A comment in prose glosses none: each listed item must open with a
 * code in capitals (or quotes), and its gloss with a word.
 */
export function commentCodeGlosses(comment: string): readonly CodeGloss[] {
  // A warehouse's comments are many, but each is read again for every question that links its table.
  return rememberedByText(glossesByComment, comment, () => readCodeGlosses(comment), MAX_REMEMBERED);
}

/** Comments read so far, with what they gloss (most: nothing). Shared, so read-only to every caller. */
const glossesByComment = new Map<string, readonly CodeGloss[]>();
export const MAX_REMEMBERED = 50_000;

function readCodeGlosses(comment: string): readonly CodeGloss[] {
  const listed = withoutLeadIn(comment.trim());
  const slashed = SLASHED.exec(listed.trim());
  if (slashed) {
    const codes = slashed[1]!.split('/').map((code) => unquote(code.trim()));
    const glosses = slashed[2]!.split('/').map((gloss) => gloss.trim());
    if (codes.length === glosses.length) return codes.flatMap((code, at) => glossOf(code, glosses[at]!));
  }
  const items = topLevelItems(listed);
  const numbered = numberedList(items);
  return items.flatMap((item) => {
    const coded = CODED.exec(item);
    if (!coded) {
      const acronym = items.length >= 2 ? ACRONYM_GLOSSED.exec(item) : null;
      return acronym ? glossOf(unquote(acronym[1]!), acronym[2]!) : [];
    }
    // "1 for a drag lift": a number before words is a count, not a code, unless a sign or quotes say it is one.
    // ... unless every item of a list opens with a number of the same two or more digits ("01 restricted street, 47 bus stop").
    if (/^\d+$/.test(coded[1]!) && coded[2]!.trim() === '' && !numbered) return [];
    return glossOf(unquote(coded[1]!), coded[3]!);
  });
}

/** Fewest items of a list of numbered codes ("01 …, 02 …, 12 …"). */
const MIN_NUMBERED_ITEMS = 3;

/**
 * "01 restricted street, 02 loading restriction, 47 bus stop": a list whose every item opens with a number of one
 * width, two digits or more, followed by words, numbers codes (national codes, kept with their leading zeros), not
 * counts ("1 for a drag lift, 2 for a chair lift").
 */
function numberedList(items: readonly string[]): boolean {
  if (items.length < MIN_NUMBERED_ITEMS) return false;
  const numbers = items.map((item) => /^(\d{2,})\s+\p{L}/u.exec(item)?.[1]);
  return numbers.every((number) => number !== undefined && number.length === numbers[0]!.length);
}

function glossOf(code: string, text: string): CodeGloss[] {
  const asides = [...text.matchAll(/\(([^()]*)\)/g)].flatMap((match) => match[1]!.split(',').map((aside) => aside.trim()).filter(Boolean));
  const gloss = text
    .replace(/\([^()]*\)/g, ' ')
    .replace(/^(?:for|is|means)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/\p{L}/u.test(gloss) && !asides.some((aside) => /\p{L}/u.test(aside))) return [];
  return [{ code, gloss, asides }];
}

function unquote(code: string): string {
  return /^(['"]).*\1$/.test(code) ? code.slice(1, -1) : code;
}

/** "Plan code: MTH monthly, ...": the list after a colon that follows words, not a code ("A: active"). */
function withoutLeadIn(comment: string): string {
  const colon = /:\s/.exec(comment);
  if (!colon) return comment;
  const before = comment.slice(0, colon.index).trim();
  if (new RegExp(`^${CODE}$`, 'u').test(before)) return comment;
  return comment.slice(colon.index + 1);
}

/** The items of a list, split at commas, semicolons, line breaks and an "or" before a code, never inside brackets. */
function topLevelItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (let at = 0; at < list.length; at++) {
    const char = list[at]!;
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,;\n]/.test(char)) {
      items.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  items.push(current);
  return items.flatMap((item) => item.split(new RegExp(String.raw`\s+or\s+(?=${CODE}(?:[\s=:(]|$))`, 'u'))).map((item) => item.trim().replace(/^(?:or|and)\s+/, '')).filter(Boolean);
}
