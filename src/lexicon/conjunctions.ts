/** Conjunctions: the closed class of words that join words, phrases or clauses. */

/** Coordinating conjunctions: "price and fee", "neither … nor". */
export const COORDINATORS = ['and', 'or', 'but', 'nor'] as const;

/** Subordinating conjunctions, which open an adverbial clause: "if", "because", "while", "once". */
export const SUBORDINATORS = [
  'after', 'although', 'as', 'because', 'before', 'if', 'once', 'since', 'so', 'than', 'though', 'unless', 'until', 'when', 'whereas', 'whether', 'while',
] as const;
