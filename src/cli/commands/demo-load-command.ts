import path from 'node:path';
import { serverLocation } from '../../connectors/server-location.js';
import { ensureDemoDatabase } from '../../demo/ensure-demo-database.js';
import { UsageError } from '../../errors.js';
import { copyDuckDbDatabase, TablesExistError } from '../../loaders/copy-duckdb-database.js';
import { exportDuckDbToParquet } from '../../loaders/export-duckdb-to-parquet.js';
import { openWritableDatabase } from '../../loaders/open-writable-database.js';
import { withSluice } from '../with-sluice.js';

export interface DemoLoadCommandOptions {
  namespace: string;
  config?: string;
  replace?: boolean;
}

const LOADABLE = new Set(['postgres', 'mysql', 'sqlite', 'files']);

/**
 * `sluice demo load --namespace NS`: copies the embedded demo (tables, keys, comments, rows) into a postgres,
 * mysql or sqlite namespace and prints the sluice.yml lines that give it the demo's metrics and docs.
 */
export function demoLoadCommand(options: DemoLoadCommandOptions): Promise<number> {
  return withSluice({ configPath: options.config, runsWorkflows: false }, async ({ runtime, configFile }) => {
    const name = options.namespace;
    const entry = Object.hasOwn(runtime.config.namespaces, name) ? runtime.config.namespaces[name] : undefined;
    if (!entry) {
      const known = Object.keys(runtime.config.namespaces).sort();
      if (name === 'demo') {
        throw new UsageError(
          `"demo" is the embedded DuckDB demo itself; load it into a postgres, mysql, sqlite or files namespace of sluice.yml (configured: ${known.length > 0 ? known.join(', ') : 'none'})`,
        );
      }
      throw new UsageError(`unknown namespace "${name}"; configured namespaces: ${known.length > 0 ? known.join(', ') : 'none (add one to sluice.yml)'}`);
    }
    if (!LOADABLE.has(entry.type)) {
      throw new UsageError(`namespace "${name}" is a ${entry.type} namespace: the demo loads only into postgres, mysql, sqlite or files namespaces`);
    }
    // A sqlite file or files folder is created when missing, so the path is resolved here rather than by runtime.namespace().
    const baseDir = configFile ? path.dirname(configFile) : process.cwd();
    const local = entry.type === 'sqlite' || entry.type === 'files';
    const config = local ? { ...entry, path: path.resolve(baseDir, entry.path!) } : entry;
    const where = local ? config.path! : serverLocation(entry);
    const out = (line: string) => process.stdout.write(`${line}\n`);

    const demo = await ensureDemoDatabase(runtime.settings.cacheDir);
    const onTable = (table: string, rows: number, ms: number) => out(`  ${table}: ${rows.toLocaleString('en-US')} rows (${ms} ms)`);
    // A files namespace gets one Parquet file per table; the others get tables through a writable connection.
    const target = entry.type === 'files' ? undefined : await openWritableDatabase(config);
    const started = performance.now();
    try {
      out(`loading the demo into namespace ${name} (${entry.type} at ${where})`);
      const copied = target
        ? await copyDuckDbDatabase(demo.database, target, { replace: options.replace, onTable })
        : await exportDuckDbToParquet(demo.database, config.path!, { replace: options.replace, onTable });
      const rows = copied.reduce((sum, table) => sum + table.rows, 0);
      out(`loaded ${copied.length} tables, ${rows.toLocaleString('en-US')} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      if (error instanceof TablesExistError) {
        throw new UsageError(`namespace "${name}" already has demo tables (${error.tables.join(', ')}); add --replace to drop and reload them`);
      }
      throw error;
    } finally {
      await target?.close();
    }
    const missing = [!entry.metrics && `    metrics: ${demo.metrics}`, !entry.docs && `    docs: ${demo.docs}`].filter(Boolean);
    if (missing.length > 0) {
      out('');
      out(`to use the demo's metrics and docs, add to namespaces.${name} in ${configFile ?? 'sluice.yml'}:`);
      for (const line of missing) out(line as string);
    }
    return 0;
  });
}
