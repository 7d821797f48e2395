/** Case-, punctuation- and "&"-insensitive form of a value or a run of question words: "Home & Garden" → "home and garden". */
export function normalizeValueText(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
