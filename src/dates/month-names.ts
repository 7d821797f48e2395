/** The months' English names in calendar order, as the platform's calendar writes them ("January"). */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, month) =>
  new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month, 1))),
);

/** Every word monthNamed reads as a month, in lower case: the full names, their three-letter forms and "sept". */
export const MONTH_WORDS: readonly string[] = [
  ...new Set([...MONTH_NAMES.map((name) => name.toLowerCase()), ...MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase()), 'sept']),
];

const BY_FIRST_LETTERS = new Map(MONTH_NAMES.map((name, index) => [name.slice(0, 3).toLowerCase(), index + 1]));

/** The month (1–12) a name's first three letters give ("Oct", "october" → 10), else undefined. */
export function monthNumberByStart(text: string): number | undefined {
  return BY_FIRST_LETTERS.get(text.slice(0, 3).toLowerCase());
}

/** A month's name or its usual short form ("Oct", "Sept"), as the month's name in lower case. */
export function monthNamed(word: string): string | undefined {
  const text = word.toLowerCase();
  const number = monthNumberByStart(text);
  if (number === undefined) return undefined;
  const month = MONTH_NAMES[number - 1]!.toLowerCase();
  return month === text || (text.length >= 3 && text.length <= 4 && month.startsWith(text) && (text.length === 3 || text === 'sept')) ? month : undefined;
}
