/**
 * Nouns that say only what form an attribute takes, so the word before them names which attribute: "phone number",
 * "due date", "delivery time", "discount code".
 */
export const FORM_HEADS: ReadonlySet<string> = new Set(['number', 'numbers', 'date', 'dates', 'time', 'times', 'name', 'names', 'code', 'codes', 'address', 'addresses', 'id', 'ids']);

export const isFormHead = (text: string): boolean => FORM_HEADS.has(text);
