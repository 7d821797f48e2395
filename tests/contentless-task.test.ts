import { describe, expect, it } from 'vitest';
import { contentlessTaskMessage } from '../src/engine/contentless-task.js';

/** A task with nothing to look up is refused before a run; a task with one word to look up is never refused. */
describe('contentlessTaskMessage: one-letter words and function words only', () => {
  it.each(['x', 'a', 'x y', 'é', 'the', 'what', 'How many?', 'Who are they?', 'Is it?'])('refuses %j', (task) => {
    expect(contentlessTaskMessage(task)).toMatch(/names nothing to look up/);
  });
  it.each(['what about those', 'and those?', 'what about 2024?'])('refuses %j as a follow-up with nothing to follow', (task) => {
    expect(contentlessTaskMessage(task)).toMatch(/reads as a follow-up to an earlier question, and there is none to follow/);
  });
  it.each(['How many orders?', 'hi', 'orders', 'Who are the top 5 customers?', 'X-ray count', 'What is in stock?', '谁', 'Q3 revenue', "O'Brien"])('lets %j run', (task) => {
    expect(contentlessTaskMessage(task)).toBeUndefined();
  });
});
