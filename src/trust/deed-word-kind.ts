import { inflectionBases } from '../lexicon/derived-forms.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { readSynset, senseOffsets } from '../lexicon/wordnet-records.js';
import { memoByWord } from '../lexicon/memo-by-word.js';
import { hasSense } from '../lexicon/has-sense.js';
import { PARTICLES } from '../lexicon/prepositions.js';
import { wordSet } from '../lexicon/word-set.js';
import { isFormHead } from './form-heads.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { strongest, type EvidenceRoots, type Link } from './evidence-roots.js';

const PHRASAL_PARTICLES: ReadonlySet<string> = wordSet(PARTICLES.filter((particle) => particle !== 'in' && particle !== 'on'));

/** How many of a verb's senses, most frequent first, lend it the doer and deed nouns WordNet derives from them. */
const DERIVED_SENSES = 2;

/**
 * The words a deed asked by an inflected verb may be recorded under: the other one-word verbs of the verb's first sense
 * ("billed" → charge, "bought" → purchase) and the nouns WordNet derives from the verb itself in its common senses
 * ("won" → winner, "cancelled" → cancellation). Only a past or -ing form is a verb for certain ("bills" may be the noun).
 */
export const deedWords = memoByWord((word): { synonyms: string[]; derived: string[] } => {
  // "free shipping", "food hygiene rating": an -ing form WordNet also knows as a noun may be that noun.
  const verb = /ed$/.test(word) || IRREGULAR_VERBS[word] !== undefined || (/ing$/.test(word) && !hasSense('noun', word));
  if (!verb) return { synonyms: [], derived: [] };
  const bases = inflectionBases(word).filter((base) => base !== word && senseOffsets('verb', base).length > 0);
  const synonyms = new Set<string>();
  const derived = new Set<string>();
  for (const base of bases) {
    const offsets = senseOffsets('verb', base);
    // A word of form is no deed: "referred" is also to name, which any name column holds.
    for (const lemma of readSynset('verb', offsets[0]!).lemmas) if (/^[a-z]{3,}$/.test(lemma) && lemma !== base && !isFormHead(lemma)) synonyms.add(lemma);
    for (const offset of offsets.slice(0, DERIVED_SENSES)) {
      const { lemmas, pointers } = readSynset('verb', offset);
      const own = lemmas.indexOf(base) + 1;
      for (const pointer of pointers) {
        if (pointer.symbol !== '+' || pointer.pos !== 'n' || (pointer.sourceWord !== 0 && pointer.sourceWord !== own)) continue;
        const nouns = readSynset('noun', pointer.target).lemmas;
        for (const noun of pointer.targetWord === 0 ? nouns : nouns.slice(pointer.targetWord - 1, pointer.targetWord)) if (/^[a-z]{3,}$/.test(noun)) derived.add(noun);
      }
    }
  }
  return { synonyms: [...synonyms], derived: [...derived] };
});

/**
 * "How much have we billed Hafod Uchaf?" where f_visit.tot_gbp is 'Charged to the farm …', "Which tournaments has Kelly
 * Dale won?" where ent.pos is 'Finishing position: 1 winner …': a deed asked by a verb that nothing names as written
 * stands on a name, comment or doc that says it by another verb of its first sense or by a noun WordNet derives from the
 * verb. Asked only of a word nothing else links.
 */
export function deedWordKind(word: QuestionWord, next: QuestionWord | undefined, roots: EvidenceRoots): Link | undefined {
  if (!/^[a-z]{3,}$/.test(word.text)) return undefined;
  // "called off": a phrasal verb means what neither word does alone ("in" and "on" mostly lead a phrase: "billed in July").
  if (next !== undefined && !word.clauseEnd && PHRASAL_PARTICLES.has(next.text)) return undefined;
  const { synonyms, derived } = deedWords(word.text);
  const kindOf = (lemma: string) => {
    // 'Charged to the farm': a name or comment says the lemma in any of its forms.
    const forms = [lemma, `${lemma}s`, lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`, lemma.endsWith('e') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`];
    let found: Link['kind'] | undefined;
    for (const kind of ['column', 'table', 'text'] as const) {
      const set = roots.byKind[kind];
      // A name's shorthand read as a word is met by that word only, not by its synonyms (as linkOf reads it).
      if (forms.some((form) => (set.has(form) || set.has(wordRoot(form))) && !roots.expanded.has(form))) found = strongest(found, kind);
    }
    return found;
  };
  for (const [lemmas, how] of [
    [synonyms, 'wordnet_synonym'],
    [derived, 'derivation'],
  ] as const) {
    for (const lemma of lemmas) {
      const kind = kindOf(lemma);
      if (kind !== undefined) return { kind, how };
    }
  }
  return undefined;
}
