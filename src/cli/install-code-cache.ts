import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

interface CompilingModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}

type Compile = CompilingModule['_compile'];

/** Node's CommonJS loader internals this relies on; absent from its public types. */
const loader = Module as unknown as {
  prototype: { _compile: Compile };
  wrap(content: string): string;
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
  _cache: unknown;
};

/**
 * Node 20 has no `module.enableCompileCache`: each start parses and compiles the bundle's ~1.4 MB of chunks again,
 * and compiles lazily every function a run calls. This keeps V8's code cache for every CommonJS file under `dir`
 * in `cacheDir`, taken at exit so it holds the functions the run compiled, and hands it back to V8 on the next
 * start. The cache of one build (`build`, a hash of its files) with one Node version and architecture is a folder of
 * `cacheDir`; the folders of other builds are removed once an hour old when this one writes. In it, a file is keyed
 * by its name, size and modification time. V8 refuses data from another V8 version or flag set, and a refused or
 * unreadable cache is compiled from source as if there were none (and written again at exit). Writes go to a
 * temporary file renamed into place, so a process never reads half a cache. A script compiled here has no `import()`
 * callback (Node 20 drops it for a script read from the cache): the files under `dir` must import ES modules through
 * `globalThis[Symbol.for('sluice.import')]`, as scripts/bundle-cli.mjs rewrites them to.
 */
export function installCodeCache(dir: string, cacheDir: string, build: string): void {
  const folder = path.join(cacheDir, `${build}-${process.version}-${process.arch}`.replace(/[^\w.-]/g, '_'));
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  const compile = loader.prototype._compile;
  const pending: Array<{ script: vm.Script; file: string }> = [];

  loader.prototype._compile = function (this: CompilingModule, content: string, filename: string) {
    if (!filename.startsWith(prefix)) return compile.call(this, content, filename);
    const file = cacheFile(folder, filename);
    let cachedData: Buffer | undefined;
    try {
      cachedData = file === undefined ? undefined : fs.readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(loader.wrap(content), { filename, cachedData });
    if (file !== undefined && (cachedData === undefined || script.cachedDataRejected)) pending.push({ script, file });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, requireFor(this), this, filename, path.dirname(filename));
  };

  process.once('exit', () => {
    if (pending.length === 0) return;
    for (const { script, file } of pending) writeAtomically(file, script.createCachedData());
    removeOtherBuilds(cacheDir, folder);
  });
}

function cacheFile(folder: string, filename: string): string | undefined {
  try {
    const stat = fs.statSync(filename);
    return path.join(folder, `${path.basename(filename)}-${stat.size}-${Math.trunc(stat.mtimeMs)}`.replace(/[^\w.-]/g, '_'));
  } catch {
    return undefined;
  }
}

/** The `require` a CommonJS file sees, as Node's loader builds it for a module. */
function requireFor(module: CompilingModule) {
  const require = (id: string) => module.require(id);
  require.resolve = (request: string, options?: unknown) => loader._resolveFilename(request, module, false, options);
  require.cache = loader._cache;
  require.main = process.mainModule;
  return require;
}

function writeAtomically(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, file);
  } catch {
    // A read-only or full cache directory only costs the next start its compile time.
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

/** How long another build's cache is kept: another checkout or version may still be in use. */
const OTHER_BUILDS_KEPT_MS = 60 * 60 * 1000;

function removeOtherBuilds(cacheDir: string, keep: string): void {
  try {
    for (const name of fs.readdirSync(cacheDir)) {
      const folder = path.join(cacheDir, name);
      if (folder !== keep && Date.now() - fs.statSync(folder).mtimeMs > OTHER_BUILDS_KEPT_MS) fs.rmSync(folder, { recursive: true, force: true });
    }
  } catch {
    // Another process removed it first, or the folder cannot be read: left for a later start.
  }
}
