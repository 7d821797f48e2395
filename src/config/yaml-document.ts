import fs from 'node:fs';
import type { Document, LineCounter, Node } from 'yaml';
import { UsageError } from '../errors.js';
import { readParsedYaml, writeParsedYaml } from './parsed-yaml-cache.js';
import { yamlLib } from './yaml-lib.js';

export interface LocatedYaml {
  file: string;
  value: unknown;
  /** The parsed document and its line counter, for file:line:column in messages; parsed on first use after a cache hit. */
  syntax(): { document: Document; lineCounter: LineCounter };
}

/** Config files are small; a bigger one is a mistake or an attack, and parsing it would take minutes. */
export const MAX_YAML_BYTES = 1024 * 1024;
/** Alias expansions per file: enough for shared settings, too few for a billion-laughs file. */
const MAX_ALIAS_COUNT = 100;

/** Reads a YAML file, refusing folders and files over MAX_YAML_BYTES before reading them. */
export function readYamlFile(file: string): string {
  const stat = fs.statSync(file);
  if (stat.isDirectory()) throw new UsageError(`${file}: is a folder, not a YAML file`);
  if (stat.size > MAX_YAML_BYTES) throw tooLarge(file, stat.size);
  return fs.readFileSync(file, 'utf8');
}

/**
 * Parses YAML and refuses syntax errors, duplicate keys, self-referencing aliases and alias bombs with file:line:column.
 * With `cache`, a text that passed before is read from the parsed-YAML cache (for files that hold no secrets: workflows).
 */
export function parseYamlFile(text: string, file: string, options: { cache?: boolean } = {}): LocatedYaml {
  if (text.length > MAX_YAML_BYTES) throw tooLarge(file, Buffer.byteLength(text));
  const hit = options.cache ? readParsedYaml(text) : undefined;
  if (hit) {
    let syntax: ReturnType<LocatedYaml['syntax']> | undefined;
    return { file, value: hit.value, syntax: () => (syntax ??= parseYamlText(text, file).syntax()) };
  }
  const parsed = parseYamlText(text, file);
  if (options.cache) writeParsedYaml(text, parsed.value);
  return parsed;
}

function parseYamlText(text: string, file: string): LocatedYaml {
  const { LineCounter, isAlias, parseDocument, visit } = yamlLib();
  const lineCounter = new LineCounter();
  // Duplicate keys are checked below in one pass: the parser's own check is quadratic in a map's size.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, resolveKnownTags: false });
  const first = document.errors[0];
  if (first) {
    const position = first.linePos?.[0] ?? (first.pos?.[0] !== undefined ? lineCounter.linePos(first.pos[0]) : undefined);
    const where = position ? `${file}:${position.line}:${position.col}` : file;
    throw new UsageError(`${where}: invalid YAML: ${first.message.split('\n')[0]}`);
  }
  const at = (node: Node | null | undefined) => {
    const offset = node?.range?.[0];
    if (offset === undefined) return file;
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  let firstAlias: Node | undefined;
  visit(document, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        const name = String((key as { value?: unknown } | null)?.value ?? key);
        if (seen.has(name)) throw new UsageError(`${at(key)}: invalid YAML: duplicate key "${cut(name)}"`);
        seen.add(name);
      }
    },
    Alias(_key, alias, path) {
      firstAlias ??= alias;
      const target = alias.resolve(document);
      if (target && path.includes(target as never)) {
        throw new UsageError(`${at(alias)}: invalid YAML: alias *${alias.source} refers to a node that contains it`);
      }
    },
  });
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!isAlias(firstAlias)) throw error;
    throw new UsageError(
      `${at(firstAlias)}: invalid YAML: aliases expand to too many nodes (${(error as Error).message.split('\n')[0]}); write the values out instead`,
    );
  }
  const odd = nonPlainValue(value);
  if (odd) {
    throw new UsageError(`${file}: invalid YAML: a ${odd} value (a YAML 1.1 tag such as !!binary, !!set or a timestamp); write plain text, numbers, lists and maps`);
  }
  return { file, value, syntax: () => ({ document, lineCounter }) };
}

/** The kind of the first value that is not plain JSON-like data, if any. */
function nonPlainValue(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (value instanceof Uint8Array) return 'binary';
  if (value instanceof Date) return 'date';
  if (value instanceof Set) return 'set';
  if (value instanceof Map) return 'map with complex keys';
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const found = nonPlainValue(item);
    if (found) return found;
  }
  return undefined;
}

function tooLarge(file: string, bytes: number): UsageError {
  return new UsageError(`${file}: too large (${bytes} bytes; the limit is ${MAX_YAML_BYTES / 1024 / 1024} MB)`);
}

function cut(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** "file:line:column" of the deepest node on the path that exists. */
export function locate(yaml: LocatedYaml, path: ReadonlyArray<PropertyKey>): string {
  const { isMap, isSeq } = yamlLib();
  const { document, lineCounter } = yaml.syntax();
  let node: unknown = document.contents;
  let offset: number | undefined = (node as Node | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value ?? item.key) === String(key));
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(key)];
      if (item === undefined) break;
      offset = (item as Node | null)?.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  if (offset === undefined) return yaml.file;
  const { line, col } = lineCounter.linePos(offset);
  return `${yaml.file}:${line}:${col}`;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}
