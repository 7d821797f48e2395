import { open, stat } from 'node:fs/promises';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DataSource } from './find-data-sources.js';
import { fileListSql, quotedTable } from './view-sql.js';

/** Sources up to this many bytes in all are counted exactly through their view. */
const EXACT_COUNT_BYTES = 1024 * 1024;
/** Bytes read from the start of a text file to measure its average line length. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * A row count that never scans a large file: exact for small sources, Parquet footers (metadata only) for
 * Parquet, and for CSV/NDJSON the file size over the average length of the first lines. Large JSON arrays get 0.
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

/** Lines and bytes in the (decompressed) sample, and the file's estimated uncompressed size. */
async function lineSample(file: string, size: number): Promise<{ lines: number; bytes: number; totalBytes: number }> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const raw = buffer.subarray(0, bytesRead);
    const text = file.endsWith('.gz') ? gunzipSync(raw, { finishFlush: zlibConstants.Z_SYNC_FLUSH }) : raw;
    const complete = text.subarray(0, text.lastIndexOf(0x0a) + 1);
    let lines = 0;
    for (const byte of complete) if (byte === 0x0a) lines++;
    return { lines, bytes: complete.length, totalBytes: size * (text.length / Math.max(1, raw.length)) };
  } finally {
    await handle.close();
  }
}
