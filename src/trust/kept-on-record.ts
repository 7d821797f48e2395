import { NOUN_OPENERS } from '../lexicon/determiners.js';
import { memoByWord } from '../lexicon/memo-by-word.js';
import { baseForms } from '../lexicon/related-nouns.js';
import { readSynset, senseOffsets } from '../lexicon/wordnet-records.js';
import type { QuestionWord } from '../models/offline/question-words.js';

/**
 * "how many softwoods do we have on the books", "Which patients have no landline number on file?", "on our register":
 * a noun after "on" or "in" (a determiner between them at most) that ends its phrase and that WordNet knows as a record
 * or a list (a ledger, a data file, a register, a roll) says the rows are kept, which the database itself is: it names
 * nothing the data must hold. The same noun as what is asked ("How many books do we have?") or narrowed by a
 * following noun is the noun it is.
 */
export function keptOnRecord(words: readonly QuestionWord[], word: QuestionWord): boolean {
  const next = words[word.index + 1];
  if (next !== undefined && !word.clauseEnd && !CLOSING.test(next.text)) return false;
  let before = words[word.index - 1];
  if (before !== undefined && NOUN_OPENERS.has(before.text) && !before.clauseEnd) before = words[before.index - 1];
  if (before === undefined || before.clauseEnd || !/^(?:on|in)$/.test(before.text)) return false;
  return namesRecord(word.text);
}

/** Words that may follow such a phrase without extending it: a conjunction, a preposition opening another phrase, "now". */
const CLOSING = /^(?:and|or|but|for|at|as|of|with|from|since|in|on|by|during|now|today|right|currently|this|that|which|who|where|when|please)$/;

/**
 * Whether some sense of the noun is a kind of record or list, one step below them (ledger → record, data file → record,
 * a criminal record → list): a disk, though one of its senses is a phonograph record, is no kind of record kept.
 */
const namesRecord = memoByWord((word): boolean =>
  baseForms(word).some((form) =>
    senseOffsets('noun', form).some((offset) => {
      const synset = readSynset('noun', offset);
      return synset.pointers.some((pointer) => pointer.symbol === '@' && pointer.pos === 'n' && readSynset('noun', pointer.target).lemmas.some((lemma) => RECORD_KINDS.has(lemma)));
    }),
  ),
);

/** WordNet's lemmas for kept written records: a record, a list, a database. */
const RECORD_KINDS: ReadonlySet<string> = new Set(['record', 'list', 'database']);
