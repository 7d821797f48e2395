/** Words of negation: the closed class of words that deny or say none ("not", "never", "none"). */
export const NEGATORS = ['not', 'never', 'no', 'none', 'nor', 'neither', 'nobody', 'nothing'] as const;
