import { describe, expect, it } from 'vitest';
import { columnKinds, tableHoldsKind } from '../src/trust/column-kind.js';
import { expectedAnswerKind } from '../src/trust/expected-answer-kind.js';
import { schemaTable } from './helpers/schema-table.js';

/** The question forms that say what kind of answer is asked, and the columns that hold each kind: made-up wording and names. */
describe('the kind of answer a question form asks for', () => {
  const cases: [string, string | undefined, string?][] = [
    ['When did the ferry leave?', 'date', 'When'],
    ['Since when has the lease been active?', 'date', 'Since when'],
    ['In what year was the bridge built?', 'date', 'what year'],
    ['How long ago did the shop open?', 'date', 'How long ago'],
    ['Were any parcels delivered after 9:30 pm?', 'time_of_day', 'after 9:30 pm'],
    ['At what time does the museum open?', 'time_of_day', 'At what time'],
    ['How old is the oldest tortoise?', 'age', 'How old'],
    ['At what age do drivers retire?', 'age', 'At what age'],
    ['How long is the average repair?', 'duration', 'How long'],
    ['How many weeks did the strike last?', 'duration', 'How many weeks'],
    ['Where do the referees live?', 'place', 'Where'],
    ['Who signed the contract?', 'person', 'Who'],
    ['What is the phone number of the landlord?', 'phone', 'phone number'],
    ["What is the tenant's email address?", 'email', 'email address'],
    ['What star rating did the hotel get?', 'rating', 'star rating'],
    ['How did critics rate the opera?', 'rating', 'How did critics rate'],
    ['How tall is the lighthouse?', 'height', 'How tall'],
    ['How much does the anchor weigh?', 'weight', 'weigh'],
    ['How fast can the boat go?', 'speed', 'How fast'],
    ['How warm was the sea in June?', 'temperature', 'How warm'],
    ['How far is the harbour from the station?', 'distance', 'How far'],
    ['How much did the refit cost?', 'money', 'cost'],
    ['What do the guides earn?', 'money', 'earn'],
    ['How much time did the refit take?', 'duration', 'How much time'],
    // Asked otherwise: a count of days, a channel, a listing, a count of people.
    ['How many hours did Ann log in May?', undefined],
    ['How many bookings were made over the telephone?', undefined],
    ['Which emails bounced last week?', undefined],
    ['How many people attended?', undefined],
    ['Which day of the week is busiest?', undefined],
    ['How much water did the tanks hold?', undefined],
  ];
  for (const [question, kind, phrase] of cases) {
    it(`${question} → ${kind ?? 'no kind'}`, () => {
      const expected = expectedAnswerKind(question);
      expect(expected?.kind).toBe(kind);
      if (phrase) expect(expected?.phrase).toBe(phrase);
    });
  }
});

describe('the kinds a column holds', () => {
  const trips = schemaTable('trips', [
    ['trip_id', 'INTEGER'],
    ['left_at', 'TIMESTAMP'],
    ['arrived_on', 'DATE'],
    ['driver_name', 'VARCHAR'],
    ['duration_min', 'INTEGER'],
    ['depot', 'VARCHAR'],
    ['stars', 'DECIMAL(2,1)'],
    ['load_kg', 'DECIMAL(6,1)'],
    ['route_km', 'DECIMAL(6,1)'],
    ['toll', 'DECIMAL(6,2)'],
  ]);
  const kinds = (name: string) => [...columnKinds(trips.columns.find((column) => column.name === name)!, trips)].sort();

  it('reads the type first: a TIMESTAMP holds a time of day, a DATE does not', () => {
    expect(kinds('left_at')).toEqual(['date', 'time_of_day']);
    expect(kinds('arrived_on')).toEqual(['date']);
  });

  it('reads the words of the name: a person, a duration, a place, a score', () => {
    expect(kinds('driver_name')).toContain('person');
    expect(kinds('duration_min')).toEqual(['duration']);
    expect(kinds('depot')).toContain('place');
    expect(kinds('stars')).toEqual(['rating']);
    expect(kinds('load_kg')).toEqual(['weight']);
    expect(kinds('route_km')).toEqual(['distance', 'duration']);
    expect(kinds('toll')).toEqual(['money']);
  });

  it('takes a start and an end of one table as a duration, one date alone not', () => {
    const stays = schemaTable('stays', [
      ['stay_id', 'INTEGER'],
      ['checked_in', 'DATE'],
      ['checked_out', 'DATE'],
    ]);
    const visits = schemaTable('visits', [
      ['visit_id', 'INTEGER'],
      ['visit_date', 'DATE'],
    ]);
    expect(tableHoldsKind(stays, 'duration')).toBe(true);
    expect(tableHoldsKind(visits, 'duration')).toBe(false);
  });

  it('a text rating classifies, it does not score', () => {
    const films = schemaTable('films', [
      ['film_id', 'INTEGER'],
      ['rating', 'VARCHAR'],
    ]);
    expect(tableHoldsKind(films, 'rating')).toBe(false);
  });
});
