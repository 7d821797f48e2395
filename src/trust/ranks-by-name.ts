import { splitIdentifier } from '../catalog/split-identifier.js';
import type { Context } from '../context/context-schema.js';
import type { QuestionWord } from '../models/offline/question-words.js';

/**
 * Whether a noun after "best", "worst", "better" or "worse" ranks by a quality no column measures though the noun names
 * columns: "Which of our shows has the best host?" where `host` holds names, "Which member is the best farmer?" where
 * `farm_name` does. A name column says who or what, not how good; ranking by "best" needs a number to order by. Only
 * when every column of the linked tables that the noun names by a part of its name ("host", "farm" of farm_name) is
 * text, a flag or a date (host_read); a number ("the best rank", "the best takings" over an amount) is ranked, and a noun that names a column only
 * through a synonym or a comment is left as linked.
 */
export function ranksByName(context: Context, question: string, word: QuestionWord): boolean {
  const before = /([A-Za-z]+)\W*$/.exec(question.slice(0, word.offset))?.[1]?.toLowerCase();
  if (!before || !/^(better|best|worse|worst)$/.test(before)) return false;
  // "best-selling", "best-rated": a hyphen makes one adjective of the pair, which ranks by what it says.
  if (/-\s*$/.test(question.slice(0, word.offset))) return false;
  const forms = new Set([word.text, word.stem, word.text.replace(/(er|or)s?$/, ''), word.stem.replace(/(er|or)$/, '')].filter((form) => form.length >= 3));
  const named = context.table_schemas.flatMap((table) => table.columns.filter((column) => splitIdentifier(column.name).some((part) => forms.has(part.toLowerCase()))));
  return named.length > 0 && named.every((column) => !NUMBER_TYPE.test(column.type));
}

/** A type that orders by amount: what "best" could rank by. Text, flags and dates do not measure how good. */
const NUMBER_TYPE = /int|decimal|numeric|double|float|real|number|money/i;
