/** Cardinal numbers written as words, one to twelve, in order: the counts a question spells out ("three months"). */
export const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'] as const;
