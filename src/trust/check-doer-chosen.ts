import { splitIdentifier } from '../catalog/split-identifier.js';
import type { TableSchema } from '../context/context-schema.js';
import { derivedForms } from '../lexicon/derived-forms.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { columnOf } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { columnKinds } from './column-kind.js';
import { PERSON_NAME_PARTS } from './naming-parts.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { treeColumnSchema } from './tree-column-schema.js';
import { nameWordsAndRoots } from '../models/offline/name-words-and-roots.js';

/**
 * "Who has written the most prescriptions?" answered with the patients of the prescriptions, which also name the
 * clinician who issued them: the rows the SQL reads refer to two tables of people, and nothing in the question (a
 * table's word, or the doer noun WordNet derives from its verb: "served" → server) says the one shown did the deed.
 * Which person a "Who" question asks for is then the SQL's guess.
 */
export const checkDoerChosen: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree || !/^\s*who\b/i.test(question)) return undefined;
  const shownTables = new Set(
    tree.selectList.flatMap((item) => {
      const ref = columnOf(item);
      const resolved = ref ? treeColumnSchema(tree, context.table_schemas, ref) : undefined;
      return resolved ? [resolved.table] : [];
    }),
  );
  if (shownTables.size !== 1) return undefined;
  const shown = [...shownTables][0]!;
  const read = tree.tables.flatMap((entry) => context.table_schemas.filter((schema) => bareName(schema.name) === entry.name));
  // A table of people names them: a naming column (name, surname …) that holds a person.
  const holdsPeople = (table: TableSchema) =>
    table.columns.some((column) => splitIdentifier(column.name).some((part) => PERSON_NAME_PARTS.test(part.toLowerCase())) && columnKinds(column, table).has('person'));
  const referenced = (table: TableSchema) =>
    table.columns.flatMap((column) => {
      const target = column.references?.split('.').slice(0, -1).join('.');
      const found = target ? context.table_schemas.find((schema) => bareName(schema.name) === bareName(target)) : undefined;
      return found ? [found] : [];
    });
  const words = questionWords(question).filter((word) => word.text.length >= 3 && word.text !== 'who');
  const forms = words.flatMap((word) => [word.text, ...derivedForms(word.text)]);
  const named = (table: TableSchema) => {
    const roots = nameWordsAndRoots(table.name);
    return forms.some((form) => !form.includes('_') && sqlReadsWord(form, roots));
  };
  if (named(shown)) return undefined;
  for (const event of read) {
    const people = referenced(event);
    if (!people.includes(shown)) continue;
    const other = people.find((table) => table !== shown && holdsPeople(table));
    if (!other || named(other)) continue;
    return {
      name: 'doer_chosen',
      passed: false,
      detail: `${bareName(event.name)} refers to two tables of people, ${bareName(shown.name)} and ${bareName(other.name)}, and the question says neither did it; the answer shows ${bareName(shown.name)}`,
    };
  }
  return undefined;
};
