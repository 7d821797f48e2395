import { describe, expect, it } from 'vitest';
import { STOP_WORDS } from '../src/catalog/stop-words.js';
import * as auxiliaries from '../src/lexicon/auxiliaries.js';
import * as conjunctions from '../src/lexicon/conjunctions.js';
import * as determiners from '../src/lexicon/determiners.js';
import * as adverbs from '../src/lexicon/function-adverbs.js';
import * as negators from '../src/lexicon/negators.js';
import * as numerals from '../src/lexicon/numerals.js';
import * as prepositions from '../src/lexicon/prepositions.js';
import * as pronouns from '../src/lexicon/pronouns.js';
import { WEEKDAYS, isWeekday } from '../src/lexicon/weekdays.js';
import { pick, wordSet } from '../src/lexicon/word-set.js';
import { FILLER_WORDS } from '../src/models/offline/question-vocabulary.js';

/** The closed-class lexicon (src/lexicon): each class listed once, and the callers' sets composed from its classes. */
const CLASSES = Object.entries({ ...auxiliaries, ...conjunctions, ...determiners, ...adverbs, ...negators, ...numerals, ...prepositions, ...pronouns, WEEKDAYS }).filter(
  (entry): entry is [string, readonly string[]] => Array.isArray(entry[1]),
);

describe('the closed-class lexicon', () => {
  it('lists each class in lower-case words, none twice', () => {
    expect(CLASSES.length).toBeGreaterThan(20);
    for (const [name, words] of CLASSES) {
      expect(new Set(words).size, name).toBe(words.length);
      for (const word of words) expect(word, name).toMatch(/^[a-z]+$/);
    }
  });

  it('keeps the weekdays in ISO order, Monday first (parse-period counts from Monday)', () => {
    expect(WEEKDAYS[0]).toBe('monday');
    expect(WEEKDAYS[6]).toBe('sunday');
    expect(isWeekday('Friday')).toBe(true);
    expect(isWeekday('Fri')).toBe(false);
  });

  it('composes a set from whole classes and picked words of a class', () => {
    const set = wordSet(determiners.ARTICLES, pick(determiners.QUANTIFIERS, 'each', 'every'), ['&']);
    expect([...set].sort()).toEqual(['&', 'a', 'an', 'each', 'every', 'the']);
  });

  it('reads the stop words and the filler words as unions of classes: whole classes, not look-alikes', () => {
    for (const word of [...determiners.ARTICLES, ...determiners.DEMONSTRATIVES, ...auxiliaries.FINITE_BE, ...auxiliaries.FINITE_DO]) expect(STOP_WORDS.has(word), word).toBe(true);
    for (const word of [...determiners.POSSESSIVE_DETERMINERS, ...pronouns.WH_WORDS, ...auxiliaries.MODALS, ...WEEKDAYS]) expect(FILLER_WORDS.has(word), word).toBe(true);
    // A caller keeps its own choice within a class: the filler words hold every modal, the catalog's stop words not "may".
    expect(STOP_WORDS.has('may')).toBe(false);
    expect(STOP_WORDS.has('customer')).toBe(false);
    expect(FILLER_WORDS.has('customer')).toBe(false);
  });
});
