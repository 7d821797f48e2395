import type { WordEvidence } from './grounding-evidence.js';

/**
 * What the grounding evidence record (grounding-evidence.ts) says about a run the post-execution decline weighs
 * (unsure-decline.ts), the same as bench/abstention/evidence_features.py computes from a bench line for the fit: how the
 * words the SQL leaves unread link to the data (by a name as written, second-hand through a WordNet synonym, relative,
 * derivation or a look-alike name, only by a comment or doc, a noun by nothing, or the head of what is asked by a weak
 * link), and whether a name written with a capital, a verb or an adjective of the question links to nothing. None is a
 * word. Empty without a record (a rule before the score decided the grounding).
 */
export function evidenceFeatures(evidence: readonly WordEvidence[] | undefined, unread: readonly string[]): Record<string, number> {
  if (evidence === undefined) return {};
  const left = new Set(unread.map((word) => word.toLowerCase()));
  const words = evidence.filter((entry) => left.has(entry.word));
  const bool = (value: boolean): number => (value ? 1 : 0);
  return {
    'evidence:ev_entity_unlinked': bool(evidence.some((entry) => entry.role === 'entity' && entry.kind === undefined)),
    'evidence:ev_verb_unlinked': bool(evidence.some((entry) => entry.kind === undefined && entry.pos === 'verb')),
    'evidence:ev_adjective_unlinked': bool(evidence.some((entry) => entry.kind === undefined && entry.pos === 'adj')),
    'evidence:ev_unread_direct': bool(words.some((entry) => (entry.how === 'name' || entry.how === 'inflection') && (entry.kind === 'column' || entry.kind === 'table'))),
    'evidence:ev_unread_second_hand': bool(words.some((entry) => entry.how !== undefined && SECOND_HAND.has(entry.how))),
    'evidence:ev_unread_text': bool(words.some((entry) => entry.kind === 'text')),
    'evidence:ev_unread_unlinked_noun': bool(words.some((entry) => entry.kind === undefined && (entry.pos === 'noun' || entry.pos === 'unknown'))),
    'evidence:ev_unread_asked_weak': bool(words.some((entry) => entry.role === 'asked' && entry.strength < 0.6)),
  };
}

/** Links through WordNet or a look-alike name rather than the data's own word. */
const SECOND_HAND = new Set<string>(['wordnet_relative', 'namespace_name', 'derivation', 'lookalike', 'wordnet_synonym', 'catalog_synonym']);
