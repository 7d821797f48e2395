import type { ValueLookup, ValueTarget } from './build-value-lookup.js';
import { identifierParts } from './identifier-parts.js';
import { normalizeValueText } from './normalize-value-text.js';
import { ownerMemo } from './owner-memo.js';
import { stemWord } from './stem-word.js';

/** How many stored values a name may start and still say which it means ("Still water 500ml", "Still water 1.5l"). */
const MAX_VALUES = 3;
/** An abbreviation is at least this long, and the word it shortens at least half again as long ("Geog", Geography). */
const MIN_ABBREVIATION = 4;
const ABBREVIATION_RATIO = 1.5;

/** Per lookup and name; the count of aliases added is part of the key, so values added later are seen. */
const memo = ownerMemo<ValueLookup, readonly ValueTarget[]>(5_000);

/**
 * "Bolton" for a stored "Bolton County Borough": the stored values of one column whose leading whole words are the
 * name (normalised). Only values stored as they are, not everyday aliases of them; none when the name starts values
 * of several columns or too many values to say which it means.
 */
export function valuesStartingWith(lookup: ValueLookup, name: string, holder?: string): readonly ValueTarget[] {
  return memo(lookup, `${lookup.added.size}\u0000w\u0000${name}\u0000${holder ?? ''}`, () =>
    oneColumn(heldBy(holder, matching(lookup, (alias) => alias.startsWith(`${name} `)))),
  );
}

/**
 * The values a holder noun says hold the name, plural or not: those of a table it names, the thing the name is of, and
 * of those, those of a column it names too ("the Ystrad depot" → depots.depot_nm's Ystrad Yard, not depots.town's
 * Ystrad Mawr). A column alone is no holder: "the Northern side" is not tutors.side's Northern league. Where no table
 * is named so (a terse dim_dpt), the stored name may say what it is itself: "the Whitby depot" → 'Whitby Fairfield
 * Depot', not the route 'Whitby Town'.
 */
function heldBy(holder: string | undefined, targets: readonly ValueTarget[]): readonly ValueTarget[] {
  if (holder === undefined) return targets;
  const stem = stemWord(holder);
  const names = (name: string) => identifierParts(name).some((part) => stemWord(part) === stem);
  const ofTable = targets.filter((target) => names(target.table));
  const byColumn = ofTable.filter((target) => names(target.column));
  if (ofTable.length === 0) return targets.filter((target) => normalizeValueText(target.value).split(' ').slice(1).some((word) => stemWord(word) === stem));
  return byColumn.length > 0 ? byColumn : ofTable;
}

/**
 * "Marlow St" for a stored "Marlow Street Dental Practice": the stored values of one column whose leading words are the
 * name's, its last word cut short (two letters or more, the stored word at least half again as long): a short form
 * the name's words write as the stored ones start. Same limits as valuesStartingWith.
 */
export function valuesStartingAbbreviated(lookup: ValueLookup, name: string): readonly ValueTarget[] {
  const words = name.split(' ');
  const last = words.at(-1)!;
  if (words.length < 2 || last.length < 2 || !/^\p{L}+$/u.test(last)) return [];
  const lead = `${words.slice(0, -1).join(' ')} `;
  return memo(lookup, `${lookup.added.size}\u0000s\u0000${name}`, () =>
    oneColumn(
      matching(lookup, (alias) => {
        if (!alias.startsWith(lead)) return false;
        const word = alias.slice(lead.length).split(' ')[0]!;
        return word.length >= ABBREVIATION_RATIO * last.length && word.startsWith(last);
      }),
    ),
  );
}

/**
 * "Bielecki" for a stored "Tomasz Bielecki": the stored values of one column whose trailing whole words are the name
 * (normalised), as a person is asked about by surname. Same limits as valuesStartingWith.
 */
export function valuesEndingWith(lookup: ValueLookup, name: string): readonly ValueTarget[] {
  return memo(lookup, `${lookup.added.size}\u0000e\u0000${name}`, () => oneColumn(matching(lookup, (alias) => alias.endsWith(` ${name}`))));
}

/**
 * "Geog" for Geography: the one stored one-word value that the name (normalised, four letters or more) starts, when
 * that value is at least half again as long. The caller checks that the name is written as one and is no word itself.
 */
export function valueAbbreviated(lookup: ValueLookup, name: string): readonly ValueTarget[] {
  if (name.length < MIN_ABBREVIATION || !/^\p{L}+$/u.test(name)) return [];
  const found = memo(lookup, `${lookup.added.size}\u0000a\u0000${name}`, () =>
    oneColumn(matching(lookup, (alias) => !alias.includes(' ') && alias.length >= ABBREVIATION_RATIO * name.length && alias.startsWith(name))),
  );
  return new Set(found.map((target) => normalizeValueText(target.value))).size === 1 ? found : [];
}

function matching(lookup: ValueLookup, fits: (alias: string) => boolean): ValueTarget[] {
  const found: ValueTarget[] = [];
  for (const [alias, targets] of lookup.aliases) {
    if (!fits(alias)) continue;
    for (const target of targets) if (normalizeValueText(target.value) === alias) found.push(target);
  }
  return found;
}

function oneColumn(targets: readonly ValueTarget[]): readonly ValueTarget[] {
  const columns = new Set(targets.map((target) => `${target.table.toLowerCase()}\u0000${target.column.toLowerCase()}`));
  if (columns.size !== 1) return [];
  return new Set(targets.map((target) => target.value)).size <= MAX_VALUES ? targets : [];
}
