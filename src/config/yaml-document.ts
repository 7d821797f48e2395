import { LineCounter, isMap, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { UsageError } from '../errors.js';

export interface LocatedYaml {
  file: string;
  document: Document;
  lineCounter: LineCounter;
  value: unknown;
}

/** Parses YAML and refuses syntax errors with file:line:column. */
export function parseYamlFile(text: string, file: string): LocatedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = document.errors[0];
  if (first) {
    const position = first.linePos?.[0] ?? (first.pos?.[0] !== undefined ? lineCounter.linePos(first.pos[0]) : undefined);
    const where = position ? `${file}:${position.line}:${position.col}` : file;
    throw new UsageError(`${where}: invalid YAML: ${first.message.split('\n')[0]}`);
  }
  return { file, document, lineCounter, value: document.toJS() };
}

/** "file:line:column" of the deepest node on the path that exists. */
export function locate(yaml: LocatedYaml, path: ReadonlyArray<PropertyKey>): string {
  let node: unknown = yaml.document.contents;
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
  const { line, col } = yaml.lineCounter.linePos(offset);
  return `${yaml.file}:${line}:${col}`;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}
