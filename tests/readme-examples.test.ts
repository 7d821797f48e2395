import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT, cliEnv, tempDir } from './helpers/run-cli.js';

/**
 * Every example in the README runs as written. Each `sluice ...` line of a ```bash block runs against the demo
 * namespace with the offline model; a block right after `<!-- readme-test: skip REASON -->` needs something the
 * README asks the reader to set up (an API key, a server, a dataset) and is listed as not run, with its reason.
 * YAML blocks must parse; TypeScript blocks must type-check against the library as `import ... from 'sluice'`.
 */

interface Block {
  lang: string;
  body: string;
  line: number;
  skip?: string;
}

function readmeBlocks(): Block[] {
  const text = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const blocks: Block[] = [];
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (const match of text.matchAll(fence)) {
    const before = text.slice(0, match.index).trimEnd().split('\n').at(-1) ?? '';
    const skip = /^<!-- readme-test: skip (.+) -->$/.exec(before)?.[1];
    blocks.push({ lang: match[1]!, body: match[2]!, line: text.slice(0, match.index).split('\n').length, skip });
  }
  return blocks;
}

/** Shell commands of a bash block, continuation lines joined. */
function commands(body: string): string[] {
  return body
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

const blocks = readmeBlocks();
const bash = blocks.filter((block) => block.lang === 'bash');
const sluiceLines = bash.filter((block) => !block.skip).flatMap((block) => commands(block.body).filter((line) => /^sluice\b/.test(line)).map((command) => ({ command, line: block.line })));
let work: string;

beforeAll(() => {
  work = tempDir('sluice-readme-');
  fs.symlinkSync(path.join(REPO_ROOT, 'examples'), path.join(work, 'examples'));
  const bin = path.join(work, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'sluice'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} "$@"\n`, { mode: 0o755 });
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('README examples', () => {
  it('labels every block it does not run, and says why', () => {
    const notRun = bash.filter((block) => block.skip).map((block) => `README.md:${block.line}: ${block.skip}`);
    const npmLines = bash.filter((block) => !block.skip).flatMap((block) => commands(block.body).filter((line) => !/^sluice\b/.test(line)));
    console.log(`not run:\n  ${notRun.join('\n  ')}\nnot run (install, build and test the checkout itself): ${npmLines.join('; ')}`);
    expect(notRun.length).toBeGreaterThan(0);
    for (const line of npmLines) expect(line).toMatch(/^(npm |export |cd )/);
    expect(sluiceLines.length).toBeGreaterThanOrEqual(8);
  });

  it.each(sluiceLines)('README.md:$line runs: $command', ({ command }) => {
    const env = { ...cliEnv(), PATH: `${path.join(work, 'bin')}:${process.env.PATH}` };
    const result = spawnSync('bash', ['-c', command], { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
    // 3 is an honest "unsure": the answer ran and is shown, with the check it failed.
    expect([0, 3], `exit ${result.status}\n${result.stderr}`).toContain(result.status);
    expect(result.stderr).not.toMatch(/^sluice: (?!warning)/m);
    expect(result.stdout.trim().length).toBeGreaterThan(0);
  }, 60_000);

  it('every YAML block parses', () => {
    const yaml = blocks.filter((block) => block.lang === 'yaml');
    expect(yaml.length).toBeGreaterThan(3);
    for (const block of yaml) expect(() => parse(block.body), `README.md:${block.line}`).not.toThrow();
  });

  it('every TypeScript block type-checks against the built library', () => {
    const ts = blocks.filter((block) => block.lang === 'ts');
    expect(ts.length).toBeGreaterThanOrEqual(2);
    const dir = fs.mkdtempSync(path.join(REPO_ROOT, '.readme-ts-'));
    try {
      ts.forEach((block, i) => fs.writeFileSync(path.join(dir, `block-${i}.ts`), `${block.body}\nexport {};\n`));
      fs.writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({
          extends: '../tsconfig.json',
          compilerOptions: { noEmit: true, rootDir: '..', paths: { sluice: ['../dist/src/index.d.ts'] }, noUnusedLocals: false },
          include: ['*.ts'],
        }),
      );
      const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8', timeout: 120_000 });
      expect(result.status, result.stdout + result.stderr).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
