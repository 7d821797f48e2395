import { splitIdentifier } from '../catalog/split-identifier.js';
import type { TableSchema } from '../context/context-schema.js';
import { derivedForms } from '../lexicon/derived-forms.js';
import { bareName } from '../models/offline/bare-name.js';
import { isPersonTable } from '../models/offline/person-table.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { conditionColumns } from './condition-columns.js';
import { PERSON_NAME_PARTS } from './naming-parts.js';
import { treeColumnSchema } from './tree-column-schema.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/**
 * "How many distinct tours has Keith Sutcliffe driven?" answered by finding Keith Sutcliffe among the customers: the
 * SQL looks the person up in one table of people, while the doer noun of the question's verb ("driven" → driver, as
 * WordNet derives it) names another table of people, and nothing in the question names the one searched.
 */
export const checkDoerNamed: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree || !tree.where) return undefined;
  const searched = new Set<TableSchema>();
  for (const entries of conditionColumns(tree).values()) {
    for (const entry of entries) {
      const resolved = treeColumnSchema(tree, context.table_schemas, entry);
      if (resolved && isPersonTable(resolved.table) && splitIdentifier(resolved.column.name).some((part) => PERSON_NAME_PARTS.test(part.toLowerCase()))) searched.add(resolved.table);
    }
  }
  if (searched.size !== 1) return undefined;
  const [table] = [...searched];
  const words = questionWords(question).filter((word) => word.text.length >= 4);
  const rootOf = (schema: TableSchema) => wordRoot(tableNameWords(schema.name).at(-1)!);
  const plain = new Set(words.map((word) => wordRoot(word.text)));
  if (plain.has(rootOf(table!))) return undefined;
  const others = context.table_schemas.filter((schema) => schema !== table && isPersonTable(schema));
  if (others.length === 0) return undefined;
  // Asked last: WordNet is read only when another table of people could be the doer.
  for (const word of words) {
    const doers = new Set([...derivedForms(word.text)].filter((form) => /(er|or)$/.test(form)).map(wordRoot));
    const doer = others.find((schema) => doers.has(rootOf(schema)));
    if (doer && !doers.has(rootOf(table!))) {
      return {
        name: 'doer_named',
        passed: false,
        detail: `the question's "${word.text}" names ${bareName(doer.name)} as the doer, but the SQL looks the person up in ${bareName(table!.name)}`,
      };
    }
  }
  return undefined;
};
