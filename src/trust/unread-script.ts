const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The script a question is mostly written in when the offline model cannot read it: more than half of its letters are
 * outside the Latin alphabet (Japanese, Greek, Cyrillic, Arabic …), so no word of it can link to an English-named
 * schema and any SQL would be a guess. Undefined when the question is written in Latin letters.
 */
export function unreadScript(question: string): string | undefined {
  // Every ASCII letter is Latin: most questions are settled without a look at each letter.
  if (ASCII.test(question)) return undefined;
  const letters = question.match(LETTER) ?? [];
  if (letters.length === 0) return undefined;
  const foreign = letters.filter((letter) => !LATIN_LETTER.test(letter));
  if (foreign.length * 2 <= letters.length) return undefined;
  return scriptName(foreign[0]!);
}

const SCRIPTS: Array<[RegExp, string]> = [
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u, 'Chinese, Japanese or Korean'],
  [/\p{Script=Cyrillic}/u, 'Cyrillic'],
  [/\p{Script=Greek}/u, 'Greek'],
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Devanagari}/u, 'Devanagari'],
];

function scriptName(letter: string): string {
  return SCRIPTS.find(([pattern]) => pattern.test(letter))?.[1] ?? 'a non-Latin';
}
