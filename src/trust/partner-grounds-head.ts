import type { Context } from '../context/context-schema.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import { firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import { hasSense } from '../lexicon/has-sense.js';
import { unitKind } from '../lexicon/unit-kind.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnPartnerGrounds, partnerColumnsHold, partnerCompoundNamed } from './column-partner-grounds.js';
import { evidenceOf, namesRoots } from './evidence-roots.js';
import { KEY_WORDS, NAMING_PARTS } from './naming-parts.js';

/**
 * Whether a column word written right before an open head grounds it as one thing (column-partner-grounds.ts): near
 * in meaning to the head ("mobile phone"), on a column that can hold the compound's thing (not a kind, a date or a
 * flag, nor only another attribute of the thing when the head is an abstraction), and not a dictionary compound the
 * column does not name. "van mileage" where van_reg is does not, so "mileage" stays open; so does "flue diameter" where flue_type and flue_length_m are, in what the rows must have
 * ("Do any appliances have a flue diameter of 150mm?"): the partner names the column's subject, not the head's measure.
 */
export function partnerGroundsHead(context: Context, all: readonly QuestionWord[], partner: string, head: string): boolean {
  const columns = partnerColumns(context, all, partner);
  if (namesAbstraction(head) && columns.length > 0 && columns.every((column) => otherAttribute(column.name, partner) !== undefined)) return false;
  return columnPartnerGrounds(partner, head) && partnerColumnsHold(columns) && partnerCompoundNamed(partner, head, context.table_schemas.flatMap((table) => table.columns));
}

/**
 * Whether the head's first noun sense is an abstraction (an attribute, a measure, an act, a point in time: diameter,
 * registration, expiry), which the compound asks of the partner's thing; a physical thing or a person ("loyalty
 * members", customers with a loyalty_tier) names rows or the thing itself, which the partner's column may pick.
 */
function namesAbstraction(head: string): boolean {
  const kinds = firstSenseAncestors(head);
  return kinds.has('abstraction') && !kinds.has('physical_entity');
}

/**
 * The attribute of the partner's thing a column holds when its name joins the partner's word to another noun
 * (flue_length_m: length, chimney_type: type), a unit, a key or a naming word aside: the column is then that attribute
 * of the thing, and an open head the question writes after the partner word ("flue diameter") is another, which no
 * name holds. A column named by the partner's word alone (or with a unit or a flag word) holds the thing itself.
 */
function otherAttribute(name: string, partner: string): string | undefined {
  const root = wordRoot(partner);
  return splitIdentifier(name)
    .map((part) => part.toLowerCase())
    .find((part) => part.length > 2 && part !== partner && wordRoot(part) !== root && !KEY_WORDS.test(part) && !NAMING_PARTS.test(part) && hasSense('noun', part) && unitKind(part) === undefined);
}

/** The columns of the linked tables a question word names by its own name ("roof" → roof_type). */
export function partnerColumns(context: Context, all: readonly QuestionWord[], text: string): { name: string; type?: string }[] {
  const word = all.find((candidate) => candidate.text === text);
  if (!word) return [];
  return context.table_schemas.flatMap((table) => table.columns).filter((column) => evidenceOf(word, namesRoots({ column: [column.name] })) === 'column');
}
