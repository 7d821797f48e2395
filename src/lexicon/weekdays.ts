/** The days of the week in the ISO order, Monday first, in lower case. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Whether a word names a day of the week ("Friday", "friday"). */
export function isWeekday(word: string): boolean {
  return (WEEKDAYS as readonly string[]).includes(word.toLowerCase());
}
