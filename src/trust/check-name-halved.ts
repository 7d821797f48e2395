import { splitIdentifier } from '../catalog/split-identifier.js';
import type { ColumnSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { columnsUnder, holdsAggregate } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { isNamingColumn } from './naming-parts.js';
import { treeColumnSchema } from './tree-column-schema.js';

/** Name parts of the column holding a person's given name, and of the one holding the family name. */
const GIVEN = /^(first|given|fore|forename|fname|fnm|christian)$/;
const FAMILY = /^(last|sur|surname|family|lname|lnm)$/;
/** Words by which a question asks for one half of a name: "first names", "surnames", "last name". */
const HALF_ASKED = /^(first|given|forenames?|christian|last|surnames?|family)$/;

const half = (column: ColumnSchema, part: RegExp): boolean => isNamingColumn(column) && splitIdentifier(column.name).some((p) => part.test(p.toLowerCase()));

/**
 * "Which guard led the most incidents?" answered with guard_id and first_nm: where a table keeps a person's name in two
 * columns, given and family, the name is both, and an answer that shows one of them names nobody for sure (two guards
 * may share a first name). A question that asks for the half ("their first names", "by surname") gets it.
 */
export const checkNameHalved: AnswerCheckRule = ({ question, tree, context, attempt }) => {
  if (!tree || attempt.row_count === 0) return undefined;
  if (questionWords(question).some((word) => HALF_ASKED.test(word.text))) return undefined;
  const shown = tree.selectList.filter((item) => !holdsAggregate(item)).flatMap((item) => columnsUnder(item).map((ref) => treeColumnSchema(tree, context.table_schemas, ref)));
  for (const entry of shown) {
    if (!entry) continue;
    const given = entry.table.columns.find((column) => half(column, GIVEN));
    const family = entry.table.columns.find((column) => half(column, FAMILY));
    if (!given || !family) continue;
    const has = (column: ColumnSchema) => shown.some((other) => other?.table === entry.table && other.column === column);
    const [showing, missing] = has(given) && !has(family) ? [given, family] : has(family) && !has(given) ? [family, given] : [undefined, undefined];
    if (!showing || !missing) continue;
    return {
      name: 'name_halved',
      passed: false,
      detail: `${bareName(entry.table.name)} keeps a name in ${given.name} and ${family.name}, but the answer shows only ${showing.name}`,
    };
  }
  return undefined;
};
