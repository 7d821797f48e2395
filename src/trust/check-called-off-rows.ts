import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnsUnder } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { treeColumnSchema } from './tree-column-schema.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/** Words English uses for an event that was called off and so did not take place. */
const CALLED_OFF = /\b(cancell?ed|cancell?ations?|called off|void(?:ed)?|scrapped|aborted|abandoned|annulled|no[- ]shows?|did not attend|not turn(?:ed)? up)\b/i;

/** Phrasal verbs English says an event occurred with ("the weddings that went ahead", "stays that took place"). */
const OCCURRED = /^(went|gone|go|goes|going) ahead$|^(took|taken|take|takes|taking) place$/;

/**
 * "Total nm sailed by MV Isbister in October": the verb is the event the table records (sailed / sailings), and the
 * table marks rows whose event was called off (status 'CNX (cancelled)'): those did not sail, so an SQL that reads
 * nothing of the column that says so adds them in. Only when the question's verb names the table (not "booked" for
 * reservations, whose cancelled rows were still booked) and the question does not itself speak of cancelling. "actually"
 * ("in fact"), "went ahead" and "took place" say the event took place whatever verb names it ("did we actually do"), for the table counted from (the
 * first the SQL reads).
 */
export const checkCalledOffRows: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree || CALLED_OFF.test(question)) return undefined;
  const words = questionWords(question);
  const verbs = words.filter((word) => {
    const base = IRREGULAR_VERBS[word.text];
    return base !== undefined ? !/^(be|have|do)$/.test(base) : /ed$/.test(word.text) && word.text.length > 4;
  });
  // "How many de-sheds did we actually do?": "actually" says the event took place, whatever verb names it.
  const actually = words.find((word, k) => word.text === 'actually' || (word.text === 'fact' && words[k - 1]?.text === 'in') || OCCURRED.test(`${word.text} ${words[k + 1]?.text ?? ''}`));
  if (verbs.length === 0 && !actually) return undefined;
  const read = new Set(columnsUnder(tree.clauses).flatMap((ref) => {
    const resolved = treeColumnSchema(tree, context.table_schemas, ref);
    return resolved ? [resolved.column] : [];
  }));
  for (const entry of tree.tables) {
    const table = context.table_schemas.find((schema) => bareName(schema.name) === entry.name);
    if (!table) continue;
    const head = tableNameWords(table.name).at(-1)!;
    const verb = verbs.find((word) => sqlReadsWord(word.text, new Set([head, wordRoot(head)]))) ?? (entry === tree.tables[0] ? actually : undefined);
    if (!verb) continue;
    const markings = table.columns.filter((column, k) => {
      if (column.comment && CALLED_OFF.test(column.comment)) return true;
      return table.sample_rows.some((row) => typeof row[k] === 'string' && CALLED_OFF.test(row[k] as string));
    });
    const marking = markings[0];
    if (!marking || markings.some((column) => read.has(column))) continue;
    return {
      name: 'called_off_rows',
      passed: false,
      detail: `the question counts what ${verb === actually ? 'actually took place' : verb.text}, but ${bareName(table.name)}.${marking.name} marks rows that were called off and the SQL reads nothing of it`,
    };
  }
  return undefined;
};
