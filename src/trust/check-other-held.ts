import { questionWords } from '../models/offline/question-words.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { conditionColumns } from './condition-columns.js';
import { listedTable } from './listed-plural-noun.js';
import { treeColumnSchema } from './tree-column-schema.js';

/**
 * "How many ringers from other towers came to practise at Lothersdale Cross?" answered with `towers.village =
 * 'Lothersdale Cross'` and nothing negated: "other <noun>" asks for rows of the noun's table apart from the one the
 * question names, so an answer that holds that table to one value, excluding nothing, counts the named one itself.
 * "each other" is no such modifier.
 */
export const checkOtherHeld: AnswerCheckRule = ({ question, tree, context, sql }) => {
  if (!tree || sql.negates) return undefined;
  const words = questionWords(question);
  const held = [...conditionColumns(tree).values()].flat().filter((entry) => entry.fixed);
  if (held.length === 0) return undefined;
  for (const [at, word] of words.entries()) {
    if (word.text !== 'other' || word.clauseEnd || words[at - 1]?.text === 'each') continue;
    const noun = words[at + 1];
    const table = noun && listedTable(noun, context.table_schemas, tree);
    if (!noun || !table) continue;
    const holds = held.find((entry) => treeColumnSchema(tree, context.table_schemas, entry.owner ? { owner: entry.owner, column: entry.column } : { column: entry.column })?.table === table);
    if (!holds) continue;
    return {
      name: 'other_held',
      passed: false,
      detail: `the question asks about other ${noun.text}, but the SQL holds ${table.name}.${holds.column} to one value and excludes nothing`,
    };
  }
  return undefined;
};
