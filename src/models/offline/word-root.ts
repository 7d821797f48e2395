import { stemWord } from '../../catalog/stem-word.js';

const SUFFIXES = ['ments', 'ment', 'ally', 'ness', 'ing', 'ity', 'ed', 'al', 'ly', 'es', 's'];

/** A crude root so word forms meet: "adjustments" and "adjusted" → "adjust", "seasonality" and "seasonally" → "season". */
export function wordRoot(word: string): string {
  let root = roots.get(word);
  if (root === undefined) {
    root = rootOf(word);
    if (roots.size >= MAX_REMEMBERED) roots.clear();
    roots.set(word, root);
  }
  return root;
}

/** Every question of a batch asks the roots of the same catalog and doc words again: each is taken once per process. */
const MAX_REMEMBERED = 50_000;
const roots = new Map<string, string>();

function rootOf(word: string): string {
  let root = stemWord(word.toLowerCase());
  for (let round = 0; round < 2; round++) {
    const suffix = SUFFIXES.find((s) => root.endsWith(s) && root.length - s.length >= 4);
    if (!suffix) break;
    root = root.slice(0, -suffix.length);
  }
  return root;
}
