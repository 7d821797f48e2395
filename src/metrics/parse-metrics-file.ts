import { MAX_YAML_BYTES } from '../config/yaml-document.js';
import { yamlLib } from '../config/yaml-lib.js';
import type { Metric } from '../context/context-schema.js';
import { MetricSchema } from '../context/context-schema.js';
import { MetricsFileSchema } from './metrics-file-schema.js';

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/** Parses and validates a metrics YAML text; errors name the file and the offending key ("metrics.yml: metrics[2].expression: ..."). */
export function parseMetricsFile(text: string, file: string): Metric[] {
  if (text.length > MAX_YAML_BYTES) throw new Error(`${file}: too large (${Buffer.byteLength(text)} bytes; the limit is 1 MB)`);
  let document: unknown;
  try {
    document = yamlLib().parse(text);
  } catch (error) {
    throw new Error(`${file}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = MetricsFileSchema.safeParse(document ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issuePath(issue.path) || '(root)'}: ${issue.message}`);
    throw new Error(`${file}: invalid metrics file: ${problems.join('; ')}`);
  }
  return parsed.data.metrics.map((metric) => MetricSchema.parse(metric));
}
