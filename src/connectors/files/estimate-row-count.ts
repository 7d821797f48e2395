import { open, stat } from 'node:fs/promises';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DataSource } from './find-data-sources.js';
import { fileListSql, quotedTable } from './view-sql.js';

/** Sources up to this many bytes in all are counted exactly through their view. */
const EXACT_COUNT_BYTES = 1024 * 1024;
/** Bytes read from each of three places in a text file to measure its average line length. */
const SAMPLE_BYTES = 16 * 1024;

/**
 * A row count that never scans a large file: exact for small sources, Parquet footers (metadata only) for
 * Parquet, and for CSV/NDJSON the file size over the average length of sampled lines. Large JSON arrays get 0.
 * Runs before the sandbox is locked, since parquet_file_metadata names files.
 */
export async function estimateRowCount(connection: DuckDBConnection, source: DataSource): Promise<number> {
  const sizes = await Promise.all(source.files.map(async (file) => (await stat(file)).size));
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  if (totalBytes <= EXACT_COUNT_BYTES) return firstNumber(connection, `SELECT count(*) FROM ${quotedTable(source)}`);
  if (source.format === 'parquet') {
    return firstNumber(connection, `SELECT sum(num_rows) FROM parquet_file_metadata(${fileListSql(source.files)})`);
  }
  if (source.format === 'json') return 0;
  let rows = 0;
  for (const [i, file] of source.files.entries()) {
    const sample = await lineSample(file, sizes[i]);
    const headerLines = source.format === 'csv' ? 1 : 0;
    rows += sample.lines === 0 ? 0 : Math.max(0, Math.round(sample.totalBytes / (sample.bytes / sample.lines)) - headerLines);
  }
  return rows;
}

async function firstNumber(connection: DuckDBConnection, sql: string): Promise<number> {
  const value = (await connection.runAndReadAll(sql)).getRows()[0]?.[0];
  return Number(value ?? 0);
}

/**
 * Lines and bytes in samples from the start, middle and end of the file (only the start when gzipped), and the
 * file's estimated uncompressed size.
 */
async function lineSample(file: string, size: number): Promise<{ lines: number; bytes: number; totalBytes: number }> {
  const handle = await open(file, 'r');
  try {
    const read = async (offset: number) => {
      const buffer = Buffer.alloc(Math.min(SAMPLE_BYTES, size - offset));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      return buffer.subarray(0, bytesRead);
    };
    if (file.endsWith('.gz')) {
      const raw = await read(0);
      const text = gunzipSync(raw, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
      return { ...countLines(text, true), totalBytes: size * (text.length / Math.max(1, raw.length)) };
    }
    const offsets = [...new Set([0, Math.floor(size / 2), Math.max(0, size - SAMPLE_BYTES)])];
    let lines = 0;
    let bytes = 0;
    for (const offset of offsets) {
      const sample = countLines(await read(offset), offset === 0);
      lines += sample.lines;
      bytes += sample.bytes;
    }
    return { lines, bytes, totalBytes: size };
  } finally {
    await handle.close();
  }
}

/** Complete lines in a window; a window that starts mid-file skips its first, partial line. */
function countLines(window: Buffer, atStart: boolean): { lines: number; bytes: number } {
  const first = atStart ? 0 : window.indexOf(0x0a) + 1;
  const last = window.lastIndexOf(0x0a) + 1;
  if (first <= 0 && !atStart) return { lines: 0, bytes: 0 };
  let lines = 0;
  for (let i = first; i < last; i++) if (window[i] === 0x0a) lines++;
  return { lines, bytes: Math.max(0, last - first) };
}
