/** Words that say in which order rows come: "in ascending order", "alphabetically", "reverse chronological". */
export const ORDER_WORDS = [
  'ascending', 'descending', 'alphabetic', 'alphabetical', 'alphabetically', 'lexicographic', 'lexicographical', 'lexicographically', 'increasing', 'decreasing', 'reverse', 'reversed',
  'chronological', 'chronologically',
] as const;
