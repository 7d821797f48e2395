import { stemWord } from '../catalog/stem-word.js';
import { STOP_WORDS } from '../catalog/stop-words.js';

/** The words of a text as the part check compares them: lower-case runs of letters and digits, plural endings folded, function words dropped. */
function comparedWords(text: string): string[] {
  const words = text.toLowerCase().replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => !STOP_WORDS.has(word)).map(stemWord);
}

/**
 * The listed parts a reason does not name. A part is named when one of its words appears in the reason: words are
 * compared lower-case, as runs of letters and digits, with plural endings folded ("cameras" names "speed camera") and
 * without function words ("of", "the", "each", …), so "number of homes" is named by "homes", never by "of".
 */
export function unnamedParts(reason: string, parts: readonly string[]): string[] {
  const said = new Set(comparedWords(reason));
  return parts.filter((part) => !comparedWords(part).some((word) => said.has(word)));
}
