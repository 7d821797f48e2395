import { describe, expect, it } from 'vitest';
import { followUpFragment } from '../src/trust/follow-up-fragment.js';
import { amendFollowUp } from '../ui/chat/amend-follow-up.js';
import { swapFollowUpSubject } from '../ui/chat/swap-follow-up-subject.js';

describe('a line that reads as a fragment continuing an earlier question', () => {
  it.each([
    ['and by status?', 'by status'],
    ['And, per month', 'per month'],
    ['what about 2024?', '2024'],
    ['How about the web channel?', 'the web channel'],
    ['by status?', 'by status'],
    ['only the shipped ones', 'only the shipped ones'],
    ['just those in CA', 'just those in CA'],
    ['2024?', '2024'],
    ['the cancelled ones', 'the cancelled ones'],
    ['those from Texas', 'those from Texas'],
  ])('%s reads as a follow-up: %s', (line, own) => {
    expect(followUpFragment(line)).toBe(own);
  });

  it.each([
    'Revenue by customer segment',
    'How many orders are there?',
    'List all customers from California',
    '# of accts in APAC',
    'For each customer, list the total',
    'In which city is each airline headquartered?',
    'On average, how long does a firing take?',
    'Only show orders from 2024',
    'Top 3 venues by full donations this year',
    'List the shops from the newest arrival to the longest-standing one.',
  ])('%s stands alone', (line) => {
    expect(followUpFragment(line)).toBeUndefined();
  });
});

describe('a chat follow-up amends the last question', () => {
  it('adds the fragment to the question before it, a bare year as a period', () => {
    expect(amendFollowUp('and by status?', 'How many orders are there?')).toBe('How many orders are there by status?');
    expect(amendFollowUp('what about 2024?', 'How many orders are there by status?')).toBe('How many orders are there by status in 2024?');
    expect(amendFollowUp('only the shipped ones', 'How many orders are there?')).toBe('How many orders are there, only the shipped ones?');
    expect(amendFollowUp('per month', 'Revenue in 2024')).toBe('Revenue in 2024 per month');
  });

  it('a fragment naming a period asks for it instead of the period asked before, not for both', () => {
    expect(amendFollowUp('what about last year?', 'Revenue by month in 2024')).toBe('Revenue by month last year?');
    expect(amendFollowUp('and in March 2025?', 'How many orders were cancelled last quarter?')).toBe('How many orders were cancelled in March 2025?');
    expect(amendFollowUp('what about 2023?', 'How many orders are there by status in 2024, only the shipped ones?')).toBe(
      'How many orders are there by status, only the shipped ones in 2023?',
    );
    expect(amendFollowUp('what about last year?', 'How many orders are there by status?')).toBe('How many orders are there by status last year?');
  });

  it('reads a whole question, or a fragment with nothing before it, alone', () => {
    expect(amendFollowUp('How many customers are there?', 'How many orders are there?')).toBe('How many customers are there?');
    expect(amendFollowUp('and by status?', undefined)).toBe('and by status?');
  });
});

describe('a chat follow-up naming another table or stored value swaps it in', () => {
  const column = (name: string) => ({ name, type: 'VARCHAR', nullable: true, primary_key: false });
  const catalog = {
    tables: ['orders', 'customers', 'stores', 'order_items'].map((name) => ({ name, columns: [column('status')], row_count: 10 })),
    values: [{ table: 'orders', column: 'status', values: ['cancelled', 'shipped', 'completed'] }],
  };

  it('swaps the table the question before it names for the one the line names', () => {
    expect(swapFollowUpSubject('same for stores', 'How many orders are there?', catalog)).toEqual({ kind: 'question', question: 'How many stores are there?' });
    expect(swapFollowUpSubject('and for the customers?', 'How many orders are there?', catalog)).toEqual({ kind: 'question', question: 'How many customers are there?' });
    expect(swapFollowUpSubject('what about customers?', 'List the orders from 2024', catalog)).toEqual({ kind: 'question', question: 'List the customers from 2024?' });
  });

  it('swaps a stored value for another of the same column', () => {
    expect(swapFollowUpSubject('what about shipped?', 'How many orders were cancelled?', catalog)).toEqual({ kind: 'question', question: 'How many orders were shipped?' });
    expect(swapFollowUpSubject('same for Completed', 'How many orders were cancelled in 2024?', catalog)).toEqual({ kind: 'question', question: 'How many orders were Completed in 2024?' });
  });

  it('is not understood when the question before it has nothing of the kind to swap, or the line names nothing', () => {
    expect(swapFollowUpSubject('same for stores', 'What is the total revenue?', catalog)?.kind).toBe('unclear');
    expect(swapFollowUpSubject('same for shipped', 'How many orders are there?', catalog)?.kind).toBe('unclear');
    expect(swapFollowUpSubject('same for the weather', 'How many orders are there?', catalog)?.kind).toBe('unclear');
  });

  it('leaves other follow-ups to the fragment reader', () => {
    expect(swapFollowUpSubject('and by status?', 'How many orders are there?', catalog)).toBeUndefined();
    expect(swapFollowUpSubject('what about 2024?', 'How many orders are there?', catalog)).toBeUndefined();
    expect(swapFollowUpSubject('what about orders?', 'How many orders were cancelled?', catalog)).toBeUndefined();
    expect(swapFollowUpSubject('only the shipped ones', 'How many orders are there?', catalog)).toBeUndefined();
    expect(swapFollowUpSubject('How many customers are there?', 'How many orders are there?', catalog)).toBeUndefined();
  });
});
