import { normalizeValueText } from '../catalog/normalize-value-text.js';
import type { MatchedValue } from '../context/context-schema.js';
import { firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import type { GroundedWord } from './ground-question.js';
import { capitalisedRuns, JOINERS } from './name-elsewhere.js';

/**
 * A body the question names after something the data stores, undefined otherwise: "How many members does Cardiff City
 * Rowing Club have?" where 'Cardiff' is a stored town, "How many pupils attend Lowmoor Grammar School?" where 'Lowmoor'
 * is a stored village. The name (a run of capitalised words inside the sentence) ends on a noun whose first WordNet
 * sense is an organisation ("Club", "School", "Council", "Church"), a word of it links to a stored value, and no
 * stored value holds the whole name, nor the closing noun itself: the value is a place or a piece of another name the
 * body is called after, so the rows hold that place, not the body's members, pupils or accounts. The schema naming its
 * own kind ("club" in a rowing club's description, a schools table) does not hold the body; a stored name does
 * ("Highfield High School", "Haddleston Cricket Club", stored whole, are answered).
 */
export function bodyNamedAfterValue(question: string, words: readonly GroundedWord[], matchedValues: readonly MatchedValue[]): { name: string; stored: string } | undefined {
  for (const run of capitalisedRuns(question)) {
    const nameWords = normalizeValueText(run.text)
      .split(' ')
      .filter((word) => word !== '' && !JOINERS.has(word));
    const body = nameWords.at(-1);
    if (nameWords.length < 2 || body === undefined || !firstSenseAncestors(body).has('organization')) continue;
    const inside = words.filter((entry) => entry.word.offset >= run.start && entry.word.offset < run.end);
    const stored = inside.find((entry) => entry.evidence === 'value');
    if (!stored || inside.some((entry) => entry.evidence === 'value' && normalizeValueText(entry.word.text) === body)) continue;
    const part = normalizeValueText(stored.word.text);
    // 'Cardiff Rowing Club' would be the body, under a shorter name; 'Highfield High School' another school.
    const held = matchedValues.some((match) => {
      const valueWords = new Set(normalizeValueText(match.value).split(' '));
      return nameWords.every((word) => valueWords.has(word)) || (valueWords.has(body) && valueWords.has(part));
    });
    if (held) continue;
    const value = matchedValues.find((match) => normalizeValueText(match.value).split(' ').includes(part));
    return { name: run.text, stored: value?.value ?? stored.word.text };
  }
  return undefined;
}
