import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { loadWorkflowFile } from '../../src/config/load-workflows.js';
import { UsageError } from '../../src/errors.js';
import { createNodeRegistry } from '../../operators/index.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-yaml-fuzz-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const registry = createNodeRegistry();
let counter = 0;

function write(name: string, text: string): string {
  const file = path.join(dir, `${counter++}-${name}`);
  fs.writeFileSync(file, text);
  return file;
}

const loaders = {
  'sluice.yml': (file: string) => loadConfig({ configPath: file, cwd: dir, env: {} }),
  'workflow.yml': (file: string) => loadWorkflowFile(file, registry.names()),
};

/** Loads `text` as each kind of file: it is a config, or one line of UsageError that starts with the file. */
function expectConfigOrOneLine(text: string, boundMs = 2000): void {
  for (const [name, load] of Object.entries(loaders)) {
    const file = write(name, text);
    const started = performance.now();
    try {
      load(file);
    } catch (error) {
      if (!(error instanceof UsageError)) throw new Error(`${name} threw ${String(error)} for ${JSON.stringify(text.slice(0, 200))}`);
      expect(error.message.startsWith(file)).toBe(true);
      expect(error.message).not.toContain('\n');
      expect(error.message.length).toBeLessThan(1000);
    }
    expect(performance.now() - started).toBeLessThan(boundMs);
  }
}

const billionLaughs = (() => {
  let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  let previous = 'a';
  for (const name of 'bcdefghij') {
    text += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
    previous = name;
  }
  return text;
})();

describe('hostile YAML', () => {
  it('refuses a file over 1 MB before parsing it', () => {
    const big = `workflow:\n${Array.from({ length: 40_000 }, (_, i) => `  plan${i}:\n    - generate_sql\n`).join('')}`;
    expect(big.length).toBeGreaterThan(1024 * 1024);
    for (const [name, load] of Object.entries(loaders)) {
      const file = write(name, big);
      const started = performance.now();
      expect(() => load(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: too large \\(\\d+ bytes; the limit is 1 MB\\)$`));
      expect(performance.now() - started).toBeLessThan(500);
    }
  });

  it('loads a large (0.9 MB) workflow.yml in seconds, not minutes', () => {
    const lines = ['workflow:'];
    for (let i = 0; i < 12_000; i++) lines.push(`  plan${i}:`, '    - schema_linking', '    - generate_sql: {timeout_ms: 5000}');
    expect(lines.join('\n').length).toBeGreaterThan(800_000);
    const file = write('workflow.yml', lines.join('\n'));
    const started = performance.now();
    expect(Object.keys(loaders['workflow.yml'](file)).length).toBeGreaterThan(1000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('a billion-laughs file is refused with file:line:col', () => {
    for (const [name, load] of Object.entries(loaders)) {
      const file = write(name, billionLaughs);
      expect(() => load(file)).toThrow(/:\d+:\d+: invalid YAML: aliases expand to too many nodes/);
    }
  });

  it('a self-referencing alias is refused with file:line:col instead of overflowing the stack', () => {
    for (const text of ['a: &x\n  b: *x\n', 'workflow: &x\n  fixed: [*x]\n', 'namespaces: &n [1, *n]\n']) {
      for (const [name, load] of Object.entries(loaders)) {
        const file = write(name, text);
        expect(() => load(file)).toThrow(/:\d+:\d+: invalid YAML: alias \*\w+ refers to a node that contains it/);
      }
    }
  });

  it('a duplicate key is refused with its line', () => {
    const file = write('workflow.yml', 'workflow:\n  fixed: [generate_sql]\n  fixed: [execute_sql]\n');
    expect(() => loaders['workflow.yml'](file)).toThrow(new RegExp(`${path.basename(file)}:3:3: invalid YAML: duplicate key "fixed"`));
  });

  it('YAML 1.1 tags (binary, set, timestamp) are refused instead of reaching the schema as odd objects', () => {
    for (const text of ['%YAML 1.1\n---\nworkflow: !!binary aGVsbG8=\n', '%YAML 1.1\n---\nplugins: !!set {a}\n', '%YAML 1.1\n---\ncache_dir: 2001-12-14\n']) {
      for (const [name, load] of Object.entries(loaders)) {
        const file = write(name, text);
        expect(() => load(file)).toThrow(/: invalid YAML: a (binary|set|date) value/);
      }
    }
  });

  it('a folder where a file should be is one line', () => {
    const folder = path.join(dir, `folder-${counter++}`);
    fs.mkdirSync(folder);
    expect(() => loaders['workflow.yml'](folder)).toThrow(/is a folder, not a YAML file/);
    expect(() => loaders['sluice.yml'](folder)).toThrow(/is a folder, not a YAML file/);
  });

  const yamlPieces = fc.constantFrom(
    'workflow:', 'namespaces:', 'models:', 'defaults:', 'plugins:', 'fixed:', 'demo:', 'type: duckdb', 'path: x.db', '- generate_sql',
    '- execute_sql: {parameters: {max_rows: 5}}', '&a', '*a', '&b [1, *a]', '<<: *a', '{', '}', '[', ']', ':', '- ', '  ', '    ', '\t', '"', "'",
    '!!binary', '!!js/function', '%YAML 1.2', '---', '...', '#', '?', '|', '>', '${HOME}', '${X:-1}', 'null', '~', '0x1F', '1e309', '-.inf',
    'toString:', '__proto__:', 'constructor:', 'hasOwnProperty: 1', '\u0000', '\uFEFF', '😀',
  );
  const yamlish = fc.array(fc.oneof(yamlPieces, fc.string({ maxLength: 8 })), { maxLength: 40 }).chain((pieces) =>
    fc.array(fc.constantFrom(' ', '\n', '\n  ', '\n    ', ''), { minLength: pieces.length, maxLength: pieces.length }).map((gaps) =>
      pieces.map((piece, index) => piece + gaps[index]).join(''),
    ),
  );

  it('a complex key (YAML "? …") is named on one line', () => {
    expectConfigOrOneLine('? ?\n  ');
  });

  it('random YAML-like text is a config or one line of error, never another exception', () => {
    fc.assert(fc.property(yamlish, (text) => expectConfigOrOneLine(text)), { numRuns: 150 });
  });

  it('random anchors and aliases stay bounded', () => {
    const aliasDoc = fc
      .array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.array(fc.constantFrom('*a', '*b', '*c', '1'), { minLength: 1, maxLength: 12 })), { minLength: 1, maxLength: 8 })
      .map((entries) => entries.map(([anchor, items], index) => `k${index}: &${anchor} [${items.join(', ')}]`).join('\n'));
    fc.assert(fc.property(aliasDoc, (text) => expectConfigOrOneLine(text)), { numRuns: 100 });
  });
});
