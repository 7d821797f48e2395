/** Nouns that name the rows themselves, not an attribute: "how many rows", "the people who …", "death events", "each time". */
export const ROW_NOUNS = /^(rows?|people|persons?|individuals?|events?|situations?|cases?|records?|entries|entry|instances?|occurrences?|times?|things?|everybody|everyone|anybody|anyone|somebody|someone)$/;
