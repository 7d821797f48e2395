import { readFile } from 'node:fs/promises';
import type { Metric } from '../context/context-schema.js';
import { parseMetricsFile } from './parse-metrics-file.js';

export interface LoadedMetrics {
  /** The file read; undefined when the namespace has no metrics file. */
  file?: string;
  metrics: Metric[];
}

/** Reads a namespace's metrics YAML; a missing path or file means no metrics, a malformed one throws. */
export async function loadMetrics(path: string | undefined): Promise<LoadedMetrics> {
  if (!path) return { metrics: [] };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { metrics: [] };
    throw error;
  }
  return { file: path, metrics: parseMetricsFile(text, path) };
}
