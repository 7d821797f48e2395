import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANSWER_CONFIDENCE_MODEL } from '../src/trust/answer-confidence-model.js';
import { GROUNDING_WEIGHTS } from '../src/trust/score-grounding.js';

/**
 * The refit (bench/abstention/refit.sh) reads the current weights back from the two model files as text, to score them
 * beside the refit on every fold and to let the confidence fit see what the grounding weights decline: these are the
 * line shapes its Python reads (fit-grounding.py current_weights, fit-confidence.py current_model and
 * grounding_declines). A model file written in another shape would make the refit compare against the wrong numbers.
 */
const text = (path: string) => readFileSync(new URL(`../src/trust/${path}`, import.meta.url), 'utf8');
const number = (source: string, key: string) => Number(new RegExp(`\\b${key}: (-?[0-9.e-]+)`).exec(source)?.[1]);
const weightLines = (source: string) =>
  Object.fromEntries([...source.matchAll(/^\s+([a-z_]+): (-?[0-9.e-]+),?$/gm)].filter(([, name]) => !['bias', 'threshold', 'intercept'].includes(name!)).map(([, name, value]) => [name, Number(value)]));

describe('the fitted model files, as the refit reads them', () => {
  it('grounding-weights.ts: bias, threshold and one line per weight', () => {
    const source = text('grounding-weights.ts');
    expect(number(source, 'bias')).toBe(GROUNDING_WEIGHTS.bias);
    expect(number(source, 'threshold')).toBe(GROUNDING_WEIGHTS.threshold);
    expect(weightLines(source)).toEqual(GROUNDING_WEIGHTS.weights);
  });

  it('answer-confidence-model.ts: intercept, threshold and one line per weight', () => {
    const source = text('answer-confidence-model.ts');
    expect(number(source, 'intercept')).toBe(ANSWER_CONFIDENCE_MODEL.intercept);
    expect(number(source, 'threshold')).toBe(ANSWER_CONFIDENCE_MODEL.threshold);
    expect(weightLines(source)).toEqual(ANSWER_CONFIDENCE_MODEL.weights);
  });
});
