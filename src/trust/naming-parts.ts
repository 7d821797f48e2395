/** Name parts of a column that holds a person's name ("nm" is how short names write "name"). */
export const PERSON_NAME_PARTS = /^(name|names|nm|fullname|surname|forename|fname|lname|nickname)$/;

/** Name parts of a column that names its rows for a reader: a person's name, or a title or label. */
export const NAMING_PARTS = new RegExp(`^(${PERSON_NAME_PARTS.source.slice(2, -2)}|title|titles|label|labels)$`);

/** Words that ask for the key itself: "each student id", "the top 3 setter codes", "which airport codes". */
export const KEY_WORDS = /^(ids?|codes?|numbers?|nos?|refs?|references?|keys?|identifiers?)$/;
