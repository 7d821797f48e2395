import type MiniSearch from 'minisearch';
import { ByteChunks } from './byte-chunks.js';

/** The parts of MiniSearch 7's index its `toJSON` reads (not in its public types). */
interface SerializedInternals {
  _index: Iterable<[string, Map<number, Map<number, number>>]>;
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, unknown>;
  _dirtCount: number;
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * The UTF-8 bytes of `JSON.stringify(search.toJSON())`, byte for byte, in buffers of about a megabyte, without the
 * object `toJSON` builds first (one object per term and per field of it, keyed by document: ~70 MB of short-lived
 * objects for a 10,000-table catalog whose JSON is ~3 MB, at the peak of a cold load) or a string per number.
 * JSON.stringify writes integer keys in ascending order whatever their insertion order; so does this.
 */
export function* miniSearchJsonPieces(search: MiniSearch<any>): Generator<Buffer> {
  const internals = search as unknown as SerializedInternals;
  const out = new ByteChunks();
  out.text(
    `{"documentCount":${JSON.stringify(internals._documentCount)},"nextId":${JSON.stringify(internals._nextId)}` +
      `,"documentIds":${JSON.stringify(Object.fromEntries(internals._documentIds))}` +
      `,"fieldIds":${JSON.stringify(internals._fieldIds)}` +
      `,"fieldLength":${JSON.stringify(Object.fromEntries(internals._fieldLength))}` +
      `,"averageFieldLength":${JSON.stringify(internals._avgFieldLength)}` +
      `,"storedFields":${JSON.stringify(Object.fromEntries(internals._storedFields))}` +
      `,"dirtCount":${JSON.stringify(internals._dirtCount)},"index":[`,
  );
  let first = true;
  for (const [term, fields] of internals._index) {
    if (!first) out.char(COMMA);
    first = false;
    out.text(`[${JSON.stringify(term)},{`);
    let field = 0;
    for (const fieldId of ascendingKeys(fields)) {
      integerKey(out, fieldId, field++ > 0);
      out.char(OPEN_BRACE);
      const frequencies = fields.get(fieldId)!;
      let document = 0;
      for (const documentId of ascendingKeys(frequencies)) {
        integerKey(out, documentId, document++ > 0);
        out.integer(frequencies.get(documentId)!);
      }
      out.char(CLOSE_BRACE);
    }
    out.text('}]');
    yield* out.take();
  }
  out.text('],"serializationVersion":2}');
  yield* out.take(true);
}

/** `"12":` of an object keyed by integers, after a comma unless it is the first key. */
function integerKey(out: ByteChunks, key: number, comma: boolean): void {
  if (comma) out.char(COMMA);
  out.char(QUOTE);
  out.integer(key);
  out.char(QUOTE);
  out.char(COLON);
}

/** A map's keys (small non-negative integers) in ascending order, as JSON.stringify orders an object's integer keys. */
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
