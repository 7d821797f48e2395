/** Prepositions and verb particles: the closed class of words that relate a noun phrase to the rest of a clause. */

/** Prepositions, simple and (with "excluding", "including") participial: "in 2024", "for each", "without a fee". */
export const PREPOSITIONS = [
  'about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'as', 'at', 'before', 'behind', 'below', 'beneath', 'beside',
  'besides', 'between', 'beyond', 'by', 'despite', 'down', 'during', 'except', 'excluding', 'for', 'from', 'in', 'including', 'inside', 'into',
  'like', 'near', 'of', 'off', 'on', 'onto', 'out', 'outside', 'over', 'past', 'per', 'since', 'than', 'through', 'throughout', 'till', 'to',
  'toward', 'towards', 'under', 'until', 'up', 'upon', 'via', 'versus', 'vs', 'with', 'within', 'without',
] as const;

/** Particles of phrasal verbs, adverbs after the verb: "called off", "paid back", "signed up". */
export const PARTICLES = ['away', 'back', 'down', 'in', 'off', 'on', 'out', 'over', 'up'] as const;
