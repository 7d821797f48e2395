import { KIND_NAME_PARTS } from '../catalog/kind-name-parts.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import { wordSet } from '../lexicon/word-set.js';
import { derivedForms } from '../lexicon/derived-forms.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { relatedNouns } from '../lexicon/related-nouns.js';
import { senseOffsets } from '../lexicon/wordnet-records.js';
import { vectorSimilarity, wordVector } from '../lexicon/word-vectors.js';

/** How near in meaning (word vectors) an open head must come to the column word before it to stand on that column. */
const PARTNER_SIMILARITY = 0.3;

/**
 * Whether a column word grounds the open head right after it as one thing: "mobile phone" where a cell_mobile_number
 * column is (phone and mobile are near in meaning), "plan attainment" where a planned_qty column is (attaining is a
 * deed done to the plan, which the SQL computes from it); not "van mileage" where a van_reg column is (a van's mileage
 * is no column of vans, nor anything done to one). A word with no vector keeps the column's say.
 */
export function columnPartnerGrounds(partner: string, head: string): boolean {
  const [a, b] = [wordVector(partner), wordVector(head)];
  if (a === undefined || b === undefined || vectorSimilarity(a, b) >= PARTNER_SIMILARITY) return true;
  return [...derivedForms(head)].some((form) => form !== head && primaryPartOfSpeech(form) === 'verb');
}

/** Last name parts that say a column sorts its rows into kinds: roof_type, roof_types, coat_cd, membership_category. */
const CLASSIFYING_PARTS: ReadonlySet<string> = wordSet(KIND_NAME_PARTS, ['types', 'kinds', 'categories', 'classes', 'sort', 'style', 'code', 'codes', 'cd']);
/** Types that hold a point in time or a yes/no: a date says when, a flag whether, neither holds another thing's measure. */
const DATE_OR_FLAG_TYPE = /^(date|timestamp|datetime|time|boolean|bool|bit\(1\)|tinyint\(1\))\b/i;

/**
 * Whether a column the partner word names can hold the thing its compound asks for: "roof pitch" may stand on a
 * roof_pitch_deg column, but not on roof_type, which sorts roofs into kinds, nor "fishing quotas" on started_fishing, a
 * date, nor "scaffolding cost" on scaffolding_needed, a yes/no flag: such a column answers what kind, when or whether,
 * so the partner word only names the column's subject and the compound's head stays open. `columns` are the columns of
 * the linked tables the partner word names; none found keeps the partner's say.
 */
export function partnerColumnsHold(columns: readonly { name: string; type?: string }[]): boolean {
  if (columns.length === 0) return true;
  return columns.some((column) => !DATE_OR_FLAG_TYPE.test(column.type?.trim() ?? '') && !CLASSIFYING_PARTS.has(splitIdentifier(column.name).at(-1) ?? ''));
}

/**
 * Whether the partner word and the head, as one dictionary noun ("washing machine", "mobile phone"), are a thing a
 * column of `columns` names: the compound or one of its WordNet synonyms spelled by the column's name parts (mobile
 * phone and cell_mobile_number, as cell). A compound WordNet lists is a thing of its own, not an attribute of the
 * partner word's column: "Which washing machine processed the most loads?" where washLife (washes before an item is
 * retired) is names no machine. True when the pair is no dictionary compound: the partner's column keeps its say.
 */
export function partnerCompoundNamed(partner: string, head: string, columns: readonly { name: string }[]): boolean {
  const singular = head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.endsWith('s') && !head.endsWith('ss') ? head.slice(0, -1) : head;
  const lemma = [`${partner}_${head}`, `${partner}_${singular}`].find((candidate) => senseOffsets('noun', candidate).length > 0);
  if (lemma === undefined) return true;
  const spellings = [lemma, ...[...relatedNouns(lemma)].filter(([, closeness]) => closeness === 'same').map(([synonym]) => synonym)];
  return columns.some((column) => {
    const parts = new Set(splitIdentifier(column.name).map((part) => part.toLowerCase()));
    return spellings.some((spelling) => spelling.split('_').every((part) => parts.has(part)) || parts.has(spelling.replace(/_/g, '')));
  });
}
