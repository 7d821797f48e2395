import { splitIdentifier } from '../catalog/split-identifier.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnOf } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { treeColumnSchema, type ResolvedColumn } from './tree-column-schema.js';
import { ARTICLES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { wordsAndRoots } from '../models/offline/name-words-and-roots.js';

const OWNER_PREPOSITIONS: ReadonlySet<string> = wordSet(pick(PREPOSITIONS, 'of', 'for'));
const DETERMINERS: ReadonlySet<string> = wordSet(ARTICLES, pick(QUANTIFIERS, 'all', 'each', 'every'), pick(POSSESSIVE_DETERMINERS, 'their', 'its', 'his', 'her'));
const MEASURES = /^(number|numbers|count|total|sum|average|amount|maximum|minimum|max|min)$/;
/** How far after the attribute its "of <owner>" may come: "the names and release years for all the songs". */
const REACH = 6;

/**
 * "What are the names … for all the songs of the youngest singer?" answered by singer.Name where the table also holds
 * Song_Name: the question asks for an attribute of the thing after "of / for", and a column named for that thing and
 * the attribute exists, so the bare column shown is another thing's attribute (the singer's name, not the song's).
 */
export const checkOwnedAttribute: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree) return undefined;
  const parts = (name: string) => splitIdentifier(name).map((part) => part.toLowerCase());
  const shown = tree.selectList.flatMap((item) => {
    const ref = columnOf(item);
    const resolved = ref ? treeColumnSchema(tree, context.table_schemas, ref) : undefined;
    return resolved ? [resolved] : [];
  });
  const read = tree.tables.flatMap((entry) => context.table_schemas.filter((schema) => bareName(schema.name) === entry.name));
  const words = questionWords(question);
  for (const entry of shown) {
    const own = parts(entry.column.name);
    if (own.length !== 1) continue;
    const attribute = own[0]!;
    const at = words.findIndex((word) => wordRoot(word.text) === wordRoot(attribute));
    if (at < 0) continue;
    const ownerOfShown = parts(bareName(entry.table.name));
    const namesShown = (text: string | undefined) => text !== undefined && sqlReadsWord(text, wordsAndRoots(ownerOfShown));
    // "the stadium name and the number of concerts": the name's owner is said before it.
    if (namesShown(words[at - 1]?.text)) continue;
    const preposition = words.slice(at + 1, at + 1 + REACH).find((word) => OWNER_PREPOSITIONS.has(word.text));
    // "the number of concerts": "of" belongs to a measure, not to the attribute.
    if (!preposition || MEASURES.test(words[preposition.index - 1]?.text ?? '')) continue;
    const owner = words.slice(preposition.index + 1).find((word) => !DETERMINERS.has(word.text));
    if (!owner) continue;
    if (namesShown(owner.text)) continue;
    const asked = read
      .flatMap((table) => table.columns.map((column) => ({ table, column }) as ResolvedColumn))
      .find(({ column }) => {
        const name = parts(column.name);
        if (name.length < 2 || name.at(-1) !== attribute) return false;
        return sqlReadsWord(owner.text, wordsAndRoots(name.slice(0, -1)));
      });
    if (!asked || shown.some((other) => other.column === asked.column)) continue;
    return {
      name: 'owned_attribute',
      passed: false,
      detail: `the question asks for the ${attribute} of the ${owner.text}, which ${bareName(asked.table.name)}.${asked.column.name} holds, but the answer shows ${bareName(entry.table.name)}.${entry.column.name}`,
    };
  }
  return undefined;
};
