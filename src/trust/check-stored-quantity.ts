import { splitIdentifier } from '../catalog/split-identifier.js';
import { bareName } from '../models/offline/bare-name.js';
import { isMeasureColumn } from '../models/offline/schema-lookup.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnsUnder } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { readTableSchemas } from './read-table-schemas.js';
import { holdsCount } from './holds-count.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/** Words after the measure that ask for it per group: "screens per site", "seats by venue". */
const BREAKDOWN: ReadonlySet<string> = wordSet(pick(PREPOSITIONS, 'per', 'by', 'for', 'in'));

/**
 * "screens per site" where sites.screens stores how many screens each site has, answered by counting the rows of
 * screenings per site: the noun before "per" is a quantity a row of a table the SQL reads holds, and the SQL counts
 * rows instead of reading it. (check-counted-quantity reads the same after "how many".)
 */
export const checkStoredQuantity: AnswerCheckRule = ({ analysis, tree, context }) => {
  if (!tree || !holdsCount(tree.selectList)) return undefined;
  const words = analysis.words;
  const read = readTableSchemas(tree.tables, context);
  const readNames = new Set(columnsUnder(tree.clauses).map((ref) => ref.column));
  for (const [k, word] of words.entries()) {
    if (!BREAKDOWN.has(words[k + 1]?.text ?? '') || word.text.length < 4) continue;
    const root = wordRoot(word.text);
    for (const table of read) {
      const column = table.columns.find((c) => isMeasureColumn(c) && splitIdentifier(c.name).length === 1 && wordRoot(c.name.toLowerCase()) === root);
      if (!column || readNames.has(column.name.toLowerCase())) continue;
      return {
        name: 'stored_quantity',
        passed: false,
        detail: `"${word.text}" is stored per row in ${bareName(table.name)}.${column.name}, but the SQL counts rows instead of reading it`,
      };
    }
  }
  return undefined;
};
