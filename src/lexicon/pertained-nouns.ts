import { wordnetFiles } from './wordnet-files.js';

const found = new Map<string, string[]>();

/**
 * The nouns an adjective pertains to, by WordNet 3.1's pertainym pointers, lower case with spaces: "French" → france,
 * "Italian" → italy. Empty for a word that is no such adjective. Reads a few lines of the WordNet files, only when called.
 */
export function pertainedNouns(adjective: string): string[] {
  const key = adjective.toLowerCase();
  let nouns = found.get(key);
  if (nouns) return nouns;
  nouns = [];
  const files = wordnetFiles();
  const index = files.indexLine('adj', key);
  if (index) {
    const fields = index.trim().split(' ');
    const senses = Number(fields[2]);
    for (const offset of fields.slice(fields.length - senses).map(Number)) {
      const data = files.dataLine('adj', offset).split(' | ')[0]!.split(' ');
      const words = Number.parseInt(data[3]!, 16);
      const at = 4 + 2 * words;
      for (let i = 0; i < Number(data[at]); i++) {
        const [symbol, target, pos] = data.slice(at + 1 + 4 * i, at + 4 + 4 * i);
        if (symbol !== '\\' || pos !== 'n') continue;
        const noun = files.dataLine('noun', Number(target)).split(' ');
        const count = Number.parseInt(noun[3]!, 16);
        for (let k = 0; k < count; k++) nouns.push(noun[4 + 2 * k]!.toLowerCase().replace(/_/g, ' ').replace(/\(.*\)$/, ''));
      }
    }
  }
  nouns = [...new Set(nouns)];
  found.set(key, nouns);
  return nouns;
}
