import { wordTable } from '../own-entry.js';
/** Stemmed query word → related stemmed words found in schemas; a synonym counts for half a direct hit. */
export type TermSynonyms = Readonly<Record<string, readonly string[]>>;

const TIME_WORDS = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'annual', 'day', 'week', 'month', 'quarter', 'year', 'when', 'time', 'trend'];

export const CATALOG_SYNONYMS: TermSynonyms = wordTable({
  revenue: ['sale', 'price', 'amount', 'quantity', 'total'],
  sale: ['revenue', 'order', 'price', 'amount', 'quantity'],
  income: ['revenue', 'amount', 'price'],
  spend: ['amount', 'price', 'total'],
  spent: ['amount', 'price', 'total'],
  customer: ['client', 'buyer'],
  client: ['customer'],
  buyer: ['customer'],
  user: ['customer', 'activity'],
  purchase: ['order'],
  bought: ['order', 'product'],
  sold: ['order', 'product', 'quantity'],
  refund: ['return', 'amount'],
  refunded: ['return', 'refund'],
  return: ['refund'],
  returned: ['return', 'refund'],
  product: ['item'],
  item: ['product'],
  price: ['amount', 'cost'],
  cost: ['price', 'amount'],
  location: ['city', 'state'],
  region: ['state', 'city'],
  active: ['activity', 'event'],
  signup: ['sign'],
  registered: ['signup', 'sign'],
  joined: ['signup', 'sign'],
  ...Object.fromEntries(TIME_WORDS.map((word) => [word, ['date']])),
});
