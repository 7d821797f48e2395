import { splitIdentifier } from '../catalog/split-identifier.js';
import type { Context } from '../context/context-schema.js';
import { firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import { hasSense } from '../lexicon/has-sense.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { wordSet } from '../lexicon/word-set.js';
import { isKeyColumn, isTextColumn } from '../models/offline/schema-lookup.js';
import { askedItems } from './asked-words.js';
import { evidenceOf, linkOf, namesRoots } from './evidence-roots.js';
import type { GroundedWord } from './ground-question.js';

/**
 * "Which engineer fixed fault 320?" where only fct_flt.eng_hrs names engineers: the thing a "which …" question asks to
 * pick (a person, an artefact, a creature) that the data names only as the first part of number, date or yes-or-no
 * columns (eng_hrs: an engineer's hours; eng_hp: an engine's power; mbr_since_dt: a member's joining date) has a figure
 * recorded about it, not which one it is: the word is not grounded as what is asked. A text column (engineer_nm), a key
 * (engineer_id), a column it heads (listed_building) or a table named for it says which.
 */
export function figuresOfAskedThing(context: Context, words: readonly GroundedWord[]): Set<number> {
  const figures = new Set<number>();
  const question = context.task.text;
  const heads = new Set(askedItems(question).map((item) => item.at(-1)!));
  for (const entry of words) {
    const { word } = entry;
    if (entry.evidence !== 'column' || !heads.has(word.text) || !pickedByWhich(question, word.text) || !namesThing(word.text)) continue;
    if (context.table_schemas.some((table) => evidenceOf(word, namesRoots({ table: [table.name] })) === 'table')) continue;
    const columns = context.table_schemas.flatMap((table) => table.columns.filter((column) => evidenceOf(word, namesRoots({ column: [column.name] })) === 'column'));
    if (columns.length > 0 && columns.every((column) => !isKeyColumn(column) && !isTextColumn(column) && namesOnlyItsOwner(word, column.name))) figures.add(word.offset);
  }
  return figures;
}

/** "which engineer", "what engine manufacturer": the word in the noun phrase an interrogative determiner opens. */
const pickedByWhich = (question: string, word: string): boolean => new RegExp(String.raw`\b(?:which|what)\s+(?:[a-z]+\s+){0,2}${word}\b`, 'i').test(question);

/** A word whose first noun sense is a person, an artefact or a creature, or one no dictionary lists (a name of the trade). */
function namesThing(word: string): boolean {
  const part = primaryPartOfSpeech(word);
  if (part !== undefined && part !== 'noun') return false;
  return firstSenseAncestors(word).has('physical_entity') || !hasSense('noun', word);
}

/**
 * Whether the word is, in the column's name, the owner of what the column holds: a part it names as written, inflected
 * or shortened, followed by a content part that does not name which one (eng_hrs, varroa_ct; not claimant_name,
 * left_on).
 */
function namesOnlyItsOwner(word: GroundedWord['word'], column: string): boolean {
  const parts = splitIdentifier(column).map((part) => part.toLowerCase());
  const at = parts.findIndex((part) => OWN_LINKS.has(linkOf(word, namesRoots({ column: [part] }))?.how ?? ''));
  const rest = parts.slice(at + 1);
  return at >= 0 && rest.length > 0 && !NAMING_PARTS.test(rest[0]!) && rest.some((part) => !FUNCTION_PARTS.has(part));
}

const OWN_LINKS: ReadonlySet<string> = new Set(['name', 'inflection', 'shorthand']);
/** Parts after a thing's word that say which one it is: its name, number, code, key, title, e-mail, kind. */
const NAMING_PARTS = /^(?:name|nm|id|code|cd|no|num|number|ref|key|title|email|type|typ)$/;
const FUNCTION_PARTS: ReadonlySet<string> = wordSet(PREPOSITIONS);
