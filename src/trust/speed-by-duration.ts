import type { ColumnSchema } from '../context/context-schema.js';
import { measuredAttributes } from '../lexicon/measured-attributes.js';
import { namesDuration } from '../models/offline/duration-column.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { isNumericColumn } from '../models/offline/schema-lookup.js';
import { wordRoot } from '../models/offline/word-root.js';
import { evidenceOf, namesRoots } from './evidence-roots.js';

interface Table {
  columns: readonly Pick<ColumnSchema, 'name' | 'type' | 'comment'>[];
}

/**
 * "the quickest lap" where bestLapMs is 'Fastest lap in milliseconds', "our slowest response" where resp_min is: a
 * degree of an adjective whose attribute WordNet gives as speed, written before a noun that names a number column
 * measuring a duration (a unit of time in its name or its comment). Over a course the row fixes, the speed is told by
 * how long it took. "the fastest kart", where no column of karts is timed, is still open.
 */
export function speedByDuration(word: QuestionWord, next: QuestionWord | undefined, tables: readonly Table[]): boolean {
  if (next === undefined || word.clauseEnd || !/(?:er|est)$/.test(word.text) || !/^[a-z]{3,}$/.test(next.text)) return false;
  if (!measuredAttributes(word.text).includes('speed')) return false;
  const root = wordRoot(next.text);
  return tables.some((table) =>
    table.columns.some(
      (column) =>
        isNumericColumn(column as ColumnSchema) &&
        timed(column) &&
        (evidenceOf(next, namesRoots({ column: [column.name] })) === 'column' || commentWords(column).some((part) => wordRoot(part) === root)),
    ),
  );
}

/** A unit of time in the column's name ("resp_min") or a word of its comment ('… in milliseconds'). */
const timed = (column: Pick<ColumnSchema, 'name' | 'comment'>): boolean => namesDuration(column.name) || commentWords(column).some((part) => part.length > 3 && namesDuration(part));

const commentWords = (column: Pick<ColumnSchema, 'comment'>): string[] => (column.comment?.toLowerCase().match(/[a-z]+/g) ?? []);
