import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleSources } from './bundle-sources.js';
import { runProcess } from './run-process.js';

export interface LoadedModules {
  /** Files Node loaded: ES modules and CommonJS files (a bundle's chunks count once each). */
  files: number;
  /** Source modules those files hold (a bundle chunk counts as the modules its source map lists). */
  sources: number;
}

/**
 * What a Node process loads: an --import hook records every ES module and every CommonJS file required.
 * Writes its two hook files into `dir`.
 */
export async function countLoadedModules(args: string[], options: { env: NodeJS.ProcessEnv; cwd: string; dir: string }): Promise<LoadedModules> {
  const hooks = path.join(options.dir, 'module-hooks.mjs');
  const recorder = path.join(options.dir, 'record-modules.mjs');
  const list = path.join(options.dir, `modules-${process.hrtime.bigint()}.txt`);
  fs.writeFileSync(hooks, `import fs from 'node:fs';\nexport async function load(url, context, next) { fs.appendFileSync(process.env.MODULES_FILE, url + '\\n'); return next(url, context); }\n`);
  fs.writeFileSync(
    recorder,
    `import Module, { register } from 'node:module';
import fs from 'node:fs';
register(${JSON.stringify(pathToFileURL(hooks).href)});
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try { fs.appendFileSync(process.env.MODULES_FILE, 'file://' + Module._resolveFilename(request, parent, isMain) + '\\n'); } catch {}
  return load.apply(this, arguments);
};
`,
  );
  fs.writeFileSync(list, '');
  const run = await runProcess(process.execPath, ['--import', recorder, ...args], { env: { ...options.env, MODULES_FILE: list }, cwd: options.cwd });
  if (run.code !== 0) throw new Error(`node ${args.join(' ')} exited ${run.code}:\n${run.stderr.slice(-2_000)}`);
  const files = new Set(fs.readFileSync(list, 'utf8').split('\n').filter((url) => url.startsWith('file:///')));
  return { files: files.size, sources: bundleSources(files).length };
}
