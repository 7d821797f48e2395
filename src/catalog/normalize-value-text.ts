/**
 * Case-, punctuation-, accent- and "&"-insensitive form of a value or a run of question words: "Home & Garden" → "home
 * and garden"; a "+" standing alone between words is "and" too ("Florence + The Machine"), not a "C++" or "+44"; a
 * letter's accents are dropped ("Blüthner" → "bluthner", "à" → "a"), as English keyboards write foreign names.
 * Letters that are no accented form of another ("ø", "ß") stay as they are.
 */
export function normalizeValueText(text: string): string {
  let normalized = remembered.get(text);
  if (normalized === undefined) {
    normalized = text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{Mn}+/gu, '')
      .replace(/&|(?<=\s)\+(?=\s)/g, ' and ')
      .replace(/['’]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(text, normalized);
  }
  return normalized;
}

/** Metric names and synonyms, stored values and a question's words come back question after question of a batch. */
const remembered = new Map<string, string>();
const MAX_REMEMBERED = 10_000;
