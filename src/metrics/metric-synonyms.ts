import type { TermSynonyms } from '../catalog/term-synonyms.js';
import { wordTable } from '../own-entry.js';

/** Question words → the words metric names and synonyms use for them. */
export const METRIC_SYNONYMS: TermSynonyms = wordTable({
  excluding: ['net'],
  exclude: ['net'],
  without: ['net'],
  minus: ['net'],
  less: ['net'],
  after: ['net'],
  including: ['gross'],
  before: ['gross'],
  sale: ['revenue'],
  income: ['revenue'],
  turnover: ['revenue'],
  refund: ['return'],
  user: ['customer'],
  buyer: ['customer'],
  purchase: ['order'],
  basket: ['order'],
});
