#!/usr/bin/env node
/**
 * The `sluice` command as installed (bundled into dist/cli/sluice.js, beside the CommonJS bundle of the program,
 * dist/cli/sluice-main.cjs, and its chunks). Help and version requests are answered from texts captured at build
 * time, without loading the program. Anything else loads the program with V8's code cache for its files. Source maps
 * are read only when a stack may be shown (--debug, SLUICE_STACK=1): they cost start-up, and must be on before the
 * modules they map are loaded; V8's code cache is then left off, since the files it compiles carry no source map.
 * The bin is built as CommonJS (dist/cli/package.json says so): Node then starts it without its ES module loader,
 * ~10 ms of CPU less for every command; so nothing here awaits at top level. A one-question `sluice run` whose
 * command line opened a DuckDB file last time starts opening it again before the program loads
 * (src/connectors/early-duckdb-open.ts).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDir } from '../config/default-cache-dir.js';
import { BUNDLE_ID } from './bundle-id.js';
import { EARLY_OPEN_REQUEST, openHintFor, readOpenHints, type EarlyOpenRequest } from '../connectors/early-open-hints.js';
import { earlyOpenKey } from './early-open-key.js';
import { installCodeCache } from './install-code-cache.js';
import { sayInterruptWhileStarting } from './interrupt-while-starting.js';
import { prebuiltHelp } from './prebuilt-help.js';
import { stdinCarriesQuestions } from './stdin-carries-questions.js';
import { writeStdoutSync } from './write-stdout-sync.js';

const debug = process.argv.includes('--debug') || process.env.SLUICE_STACK === '1';
const help = prebuiltHelp(process.argv.slice(2));
if (help !== undefined) {
  writeStdoutSync(help);
} else {
  // Ctrl-C while the program loads says so in one line (run and resume say it more exactly once they start; chat, or
  // `sluice` alone on a terminal, the same as here).
  const command = process.argv[2];
  if (command === 'resume') sayInterruptWhileStarting('cancelled (Ctrl-C) while starting the resume; the run is as it was and stays resumable');
  const bareBatch = command === undefined && stdinCarriesQuestions();
  if (command === 'run' || bareBatch) sayInterruptWhileStarting('cancelled (Ctrl-C) while starting; nothing was saved');
  if (command === 'chat' || (command === undefined && !bareBatch)) sayInterruptWhileStarting('cancelled (Ctrl-C) while starting the interactive session; nothing was saved');
  // The program's `import()`s, rewritten by the build (see installCodeCache).
  (globalThis as Record<symbol, unknown>)[Symbol.for('sluice.import')] = (specifier: string) => import(specifier);
  if (debug) process.setSourceMapsEnabled(true);
  else if (BUNDLE_ID !== '' && process.env.SLUICE_CODE_CACHE !== '0') {
    installCodeCache(path.dirname(fileURLToPath(import.meta.url)), path.join(defaultCacheDir(), 'v8'), BUNDLE_ID);
  }
  // A one-question run starts opening its DuckDB file now, while the program loads (src/connectors/early-duckdb-open.ts).
  const key = process.env.SLUICE_EARLY_OPEN === '0' ? undefined : earlyOpenKey(process.argv.slice(2), process.cwd());
  if (key !== undefined) {
    const file = path.join(defaultCacheDir(), 'early-open.json');
    const saved = readOpenHints(file);
    (globalThis as Record<symbol, EarlyOpenRequest>)[EARLY_OPEN_REQUEST] = { file, key, saved };
    // DuckDB's binding is loaded only for a command line that opened a DuckDB file last time.
    if (openHintFor(saved, key)) {
      try {
        (createRequire(import.meta.url)('./early-open.cjs') as typeof import('../connectors/early-duckdb-open.js')).startEarlyDuckDbOpen();
      } catch {
        // The program opens its database itself.
      }
    }
  }
  const { startCli } = createRequire(import.meta.url)('./sluice-main.cjs') as typeof import('./start-cli.js');
  void startCli(process.argv);
}
