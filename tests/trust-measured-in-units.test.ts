import { describe, expect, it } from 'vitest';
import { measuredInUnits } from '../src/trust/measured-in-units.js';

const table = (...columns: Array<{ name: string; type?: string; comment?: string }>) => ({
  columns: columns.map((column) => ({ name: column.name, type: column.type ?? 'DOUBLE', nullable: true, ...(column.comment ? { comment: column.comment } : {}) })),
});

/**
 * The trust side reads a column's unit as the offline model does (columnUnits): from any part of its name and from its
 * comment, not from the name's last part only; a unit raised to a power is no length; the past of a verb is no
 * currency ("Who won …" over prices in US dollars), nor is it a unit where a count stands before it ("Matches won").
 */
describe('measuredInUnits asks columnUnits', () => {
  it('reads a unit from the comment, and from a part of the name before its last', () => {
    expect(measuredInUnits('weight', [table({ name: 'net', comment: 'Net weight in kilograms' })])).toBe(true);
    expect(measuredInUnits('weight', [table({ name: 'net', comment: 'Net of returns' })])).toBe(false);
    expect(measuredInUnits('minutes', [table({ name: 'hours_awarded' })])).toBe(true);
    expect(measuredInUnits('minutes', [table({ name: 'points_awarded' })])).toBe(false);
  });

  it('a cubic metre is no length; a metre is one', () => {
    expect(measuredInUnits('feet', [table({ name: 'vol_m3' })])).toBe(false);
    expect(measuredInUnits('feet', [table({ name: 'beam_m' })])).toBe(false);
    expect(measuredInUnits('length', [table({ name: 'beam_m' })])).toBe(false);
    expect(measuredInUnits('hours', [table({ name: 'dly_mins' })])).toBe(true);
  });

  it("a short symbol closing a name is a unit ('_min' is minutes), though a question's 'min' is a minimum; a function word there is none", () => {
    expect(measuredInUnits('hours', [table({ name: 'dly_min' })])).toBe(true);
    expect(measuredInUnits('hours', [table({ name: 'min' })])).toBe(false);
    expect(measuredInUnits('hours', [table({ name: 'min_dly' })])).toBe(false);
    expect(measuredInUnits('feet', [table({ name: 'height_in' })])).toBe(false);
    expect(measuredInUnits('hours', [table({ name: 'dly', comment: 'Delay in min' })])).toBe(false);
  });

  it("'won' after a count is a verb, in a name or a comment; after 'in' it is the currency", () => {
    expect(measuredInUnits('dollars', [table({ name: 'games_won' })])).toBe(false);
    expect(measuredInUnits('dollars', [table({ name: 'wins', comment: 'Matches won' })])).toBe(false);
    expect(measuredInUnits('dollars', [table({ name: 'prize', comment: 'Prize money in won' })])).toBe(true);
    expect(measuredInUnits('dollars', [table({ name: 'prize_yen' })])).toBe(true);
  });

  it('the past of a verb is no unit, though a currency is spelled so; the currency itself is one', () => {
    const prices = [table({ name: 'unit_price', type: 'DECIMAL(10,2)', comment: 'Price per unit actually paid in US dollars' })];
    expect(measuredInUnits('won', prices)).toBe(false);
    expect(measuredInUnits('euros', prices)).toBe(true);
  });
});
