import { splitIdentifier } from '../../catalog/split-identifier.js';
import type { ColumnSchema, TableSchema } from '../../context/context-schema.js';
import { AUXILIARY_LEMMAS } from '../../lexicon/auxiliaries.js';
import { wordSet } from '../../lexicon/word-set.js';
import { senseOffsets } from '../../lexicon/wordnet-records.js';
import { isParticiple } from './participle.js';
import type { QuestionWord } from './question-words.js';
import { isDateColumn } from './schema-lookup.js';

const AUXILIARIES: ReadonlySet<string> = wordSet(AUXILIARY_LEMMAS);
/** The perfect's auxiliary before a participle ("have worked"); "been", the participle of "be", is perfect wherever it stands. */
const PERFECT = /^(has|have|had|hasnt|havent|s|ve)$/;
/** Name parts of a date every row has that does not begin its time with us: when the person was born. */
const BIRTH_PARTS = /^(birth|born|dob|birthday|birthdate|bday)$/;

/** "longest serving", "longest running", "longest standing": the superlative before a present participle of a verb. */
export function beforePresentParticiple(word: QuestionWord | undefined): boolean {
  if (!word || !/[a-z]{3,}ing$/.test(word.text) || AUXILIARIES.has(word.text)) return false;
  const stem = word.text.slice(0, -3);
  return [stem, `${stem}e`, stem.slice(0, -1)].some((base) => base.length > 1 && senseOffsets('verb', base).length > 0);
}

/** "has been with us the longest", "have worked here longest": a perfect before the superlative, in its clause. */
export function afterPerfect(words: readonly QuestionWord[], at: number): boolean {
  for (let k = at - 1; k > 0; k--) {
    if (words[k]!.clauseEnd) return false;
    if (words[k]!.text === 'been' || (isParticiple(words[k]!.text) && PERFECT.test(words[k - 1]!.text))) return true;
  }
  return false;
}

/**
 * "Which customer has been with us the longest?", "Who's our longest serving cleaner?": how long a row has lasted so
 * far, where no column measures it, is told by the date that began it: the longest began first. The superlative
 * must ask how long a state has gone on (a perfect before it, or a present participle after it); "the longest
 * river" asks for a length. The date is one every row has (an end date is empty while the state lasts), not a birth date.
 */
export function tenureColumn(words: readonly QuestionWord[], at: number, table: TableSchema): ColumnSchema | undefined {
  if (!beforePresentParticiple(words[at + 1]) && !afterPerfect(words, at)) return undefined;
  return table.columns.find((c) => isDateColumn(c) && !c.nullable && !splitIdentifier(c.name).some((part) => BIRTH_PARTS.test(part.toLowerCase())));
}
