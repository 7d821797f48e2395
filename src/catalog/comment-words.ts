/** A comment's lower-case words of three letters or more: what a question's words are matched against. */
export const commentWords = (comment: string): string[] => comment.toLowerCase().match(/[a-z]{3,}/g) ?? [];
