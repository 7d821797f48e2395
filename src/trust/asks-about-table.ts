import type { GroundedWord } from './ground-question.js';

/**
 * The phrase where a question speaks of a table as a table ("the check items table") and asks who, when or how often
 * ("how many times") about it:
 * "Who last edited the cards table?", "When was the orders table backed up?". Such a question asks about the table as a
 * database object (its edits, backups, owners, permissions), which none of its rows records. Undefined when the
 * question does not, or when a word of it links to a column, a value or a metric: then it asks about the rows after all
 * ("When was the latest order in the orders table placed?" where an order date is).
 */
export function asksAboutTable(question: string, words: readonly GroundedWord[], tables: readonly string[]): string | undefined {
  if (!/^\s*(?:who|whom|whose|when|how\s+often|how\s+frequently|how\s+many\s+times)\b/i.test(question) && !/\bby\s+whom\b/i.test(question)) return undefined;
  if (words.some((entry) => entry.evidence === 'column' || entry.evidence === 'value')) return undefined;
  const tableNames = new Set(tables.map((name) => name.split('.').at(-1)!.replace(/"/g, '').toLowerCase().replace(/[^a-z0-9]/g, '')));
  // "Who has write access to ppa_contracts?": a table's name written as the identifier it is, with its underscores.
  for (const match of question.matchAll(/\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b/g)) {
    if (tableNames.has(match[0].toLowerCase().replace(/[^a-z0-9]/g, ''))) return match[0];
  }
  for (const match of question.matchAll(/\b(?:the|this|that|our|your|their|its)\s+((?:[A-Za-z_]+\s+){1,3}?)tables?\b/gi)) {
    const tableWord = match.index + match[0].length - /tables?$/i.exec(match[0])![0].length;
    // "the Likes table": a name that is also a word grounding passes over ("like").
    if (tableNames.has(match[1]!.toLowerCase().replace(/[^a-z0-9]/g, ''))) return match[0];
    const named = words.filter((entry) => entry.word.offset > match.index && entry.word.offset < tableWord);
    if (named.length > 0 && named.every((entry) => entry.evidence === 'table')) return match[0];
  }
  return undefined;
}
