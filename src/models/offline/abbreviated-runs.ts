import { stemWord } from '../../catalog/stem-word.js';
import { listedExpansion } from '../../lexicon/listed-short-forms.js';
import { nearlySameWord } from './nearly-same-word.js';
import type { QuestionWord } from './question-words.js';
import { namesShortenedPart } from './shortened-name-part.js';
import { shortens } from './shortens.js';

/**
 * "lane bookings" for a table lane_bkg, "ticket lines" for tkt_ln, "game type" for gm_type: where question words follow one another as the parts
 * of a name of several parts, each word the part itself or the word a shortened part stands for (a listed short form,
 * or the word with its vowels dropped), and at least one part shortened. The start of each such run.
 */
export function abbreviatedRuns(words: readonly QuestionWord[], parts: readonly string[], stems: readonly string[]): number[] {
  const starts: number[] = [];
  if (parts.length < 2) return starts;
  for (let i = 0; i + parts.length <= words.length; i++) {
    let shortened = false;
    let k = 0;
    for (; k < parts.length; k++) {
      const word = words[i + k]!;
      if (nearlySameWord(word.stem, stems[k]!)) continue;
      if (!standsFor(parts[k]!, word)) break;
      shortened = true;
    }
    if (k === parts.length && shortened) starts.push(i);
  }
  return starts;
}

function standsFor(part: string, word: QuestionWord): boolean {
  const listed = listedExpansion(part);
  if (listed !== undefined && listed !== part && !listed.includes(' ')) return stemWord(listed) === word.stem;
  // Two letters ("gm" of gm_type) say little alone; beside the other parts of the name, first and a later letter do.
  if (part.length === 2) return listed === undefined && shortens(part, word.stem, { consonants: true });
  return namesShortenedPart(part, word);
}
