import MiniSearch, { type Options } from 'minisearch';
import { ByteChunks } from './byte-chunks.js';

/** The parts of MiniSearch 7's index its `toJSON` and `loadJS` read and write (not in its public types). */
interface SearchInternals {
  _index: Iterable<[string, Map<number, Map<number, number>>]> & { set(term: string, data: Map<number, Map<number, number>>): void };
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, unknown>;
  _dirtCount: number;
}

/**
 * A MiniSearch index as the catalog cache saves it: what `toJSON` gives, with every map keyed by small integers
 * (document ids, field ids) written as a flat array of key, value, key, value… in ascending key order instead of an
 * object. A warm start parses arrays of small integers and fills the maps from them, instead of objects whose keys
 * MiniSearch's `loadJS` turns back into numbers one by one (~0.2 s of a warm 10,000-table start: 311,000 postings).
 */
export interface SavedSearchIndex {
  documentCount: number;
  nextId: number;
  documentIds: unknown[];
  fieldIds: Record<string, number>;
  fieldLength: unknown[];
  averageFieldLength: number[];
  storedFields: unknown[];
  dirtCount: number;
  /** Term, then field id, [document id, frequency, …], field id, […], … */
  index: Array<[string, Array<number | number[]>]>;
}

const internalsOf = (search: MiniSearch<any>): SearchInternals => search as unknown as SearchInternals;

/** A map's entries as [key, value, key, value, …] in ascending key order. */
function flatEntries<V>(map: Map<number, V>): Array<number | V> {
  const flat: Array<number | V> = [];
  for (const key of ascendingKeys(map)) flat.push(key, map.get(key)!);
  return flat;
}

/** The saved form of a MiniSearch index, as objects (what the cache's bytes are the JSON text of). */
export function savedSearchIndex(search: MiniSearch<any>): SavedSearchIndex {
  const internals = internalsOf(search);
  const index: SavedSearchIndex['index'] = [];
  for (const [term, fields] of internals._index) {
    const saved: Array<number | number[]> = [];
    for (const fieldId of ascendingKeys(fields)) saved.push(fieldId, flatEntries(fields.get(fieldId)!) as number[]);
    index.push([term, saved]);
  }
  return {
    documentCount: internals._documentCount,
    nextId: internals._nextId,
    documentIds: flatEntries(internals._documentIds),
    fieldIds: internals._fieldIds,
    fieldLength: flatEntries(internals._fieldLength),
    averageFieldLength: internals._avgFieldLength,
    storedFields: flatEntries(internals._storedFields),
    dirtCount: internals._dirtCount,
    index,
  };
}

const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * The UTF-8 bytes of `JSON.stringify(savedSearchIndex(search))`, byte for byte, in buffers of about a megabyte,
 * without building the saved form's objects first (~70 MB of short-lived objects for a 10,000-table catalog, at the
 * peak of a cold load) or a string per number.
 */
export function* searchIndexPieces(search: MiniSearch<any>): Generator<Buffer> {
  const internals = internalsOf(search);
  const out = new ByteChunks();
  out.text(
    `{"documentCount":${JSON.stringify(internals._documentCount)},"nextId":${JSON.stringify(internals._nextId)}` +
      `,"documentIds":${JSON.stringify(flatEntries(internals._documentIds))}` +
      `,"fieldIds":${JSON.stringify(internals._fieldIds)}` +
      `,"fieldLength":${JSON.stringify(flatEntries(internals._fieldLength))}` +
      `,"averageFieldLength":${JSON.stringify(internals._avgFieldLength)}` +
      `,"storedFields":${JSON.stringify(flatEntries(internals._storedFields))}` +
      `,"dirtCount":${JSON.stringify(internals._dirtCount)},"index":[`,
  );
  let first = true;
  for (const [term, fields] of internals._index) {
    if (!first) out.char(COMMA);
    first = false;
    out.text(`[${JSON.stringify(term)},[`);
    let field = 0;
    for (const fieldId of ascendingKeys(fields)) {
      if (field++ > 0) out.char(COMMA);
      out.integer(fieldId);
      out.char(COMMA);
      out.char(OPEN_BRACKET);
      const frequencies = fields.get(fieldId)!;
      let document = 0;
      for (const documentId of ascendingKeys(frequencies)) {
        if (document++ > 0) out.char(COMMA);
        out.integer(documentId);
        out.char(COMMA);
        out.integer(frequencies.get(documentId)!);
      }
      out.char(CLOSE_BRACKET);
    }
    out.text(']]');
    yield* out.take();
  }
  out.text(']}');
  yield* out.take(true);
}

function numericMap<V>(flat: readonly unknown[]): Map<number, V> {
  const map = new Map<number, V>();
  for (let i = 0; i < flat.length; i += 2) map.set(flat[i] as number, flat[i + 1] as V);
  return map;
}

/**
 * The MiniSearch index `savedSearchIndex` saved: the same maps, in the same order, as `MiniSearch.loadJS` gives for
 * `toJSON`'s form of it (tests/saved-index-text.test.ts compares them).
 */
export function restoreSearchIndex<T>(saved: SavedSearchIndex, options: Options<T>): MiniSearch<T> {
  const { documentIds, fieldLength, storedFields, index, ...counts } = saved;
  const search = MiniSearch.loadJS<T>({ ...counts, documentIds: {}, fieldLength: {}, storedFields: {}, index: [], serializationVersion: 2 }, options);
  const internals = internalsOf(search);
  internals._documentIds = numericMap(documentIds);
  for (const [shortId, id] of internals._documentIds) internals._idToShortId.set(id, shortId);
  internals._fieldLength = numericMap(fieldLength);
  internals._storedFields = numericMap(storedFields);
  for (const [term, fields] of index) {
    const data = new Map<number, Map<number, number>>();
    for (let i = 0; i < fields.length; i += 2) data.set(fields[i] as number, numericMap(fields[i + 1] as number[]));
    internals._index.set(term, data);
  }
  return search;
}

/** A map's keys (small non-negative integers) in ascending order, as the saved form lists them. */
function ascendingKeys(map: Map<number, unknown>): Iterable<number> {
  let previous = -1;
  for (const key of map.keys()) {
    if (!isArrayIndex(key)) throw new Error(`index key ${key} is not an array index`);
    if (key <= previous) return [...map.keys()].sort((a, b) => a - b);
    previous = key;
  }
  return map.keys();
}

const isArrayIndex = (key: number): boolean => Number.isInteger(key) && key >= 0 && key < 2 ** 32 - 1;
