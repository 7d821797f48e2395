import { textWidth } from './cut-text.js';

/** Extra indentation of a line's continuation, under the line's own indentation. */
const HANGING = 2;

function splitAt(text: string, width: number): [string, string] {
  const chars = [...text];
  const head = chars.slice(0, width + 1).join('');
  const space = head.lastIndexOf(' ');
  // Break at the last space that fits; a word longer than the line is broken where the line ends.
  const cut = space > 0 ? space : width;
  return [[...head].slice(0, cut).join('').trimEnd(), chars.slice(cut).join('').trimStart()];
}

/**
 * Wraps each line to the width the way an editor would show code: a long line continues on the
 * next lines at its own indentation plus two, instead of at the left edge.
 */
export function wrapIndented(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (textWidth(line) <= width) {
      out.push(line);
      continue;
    }
    const indent = /^\s*/.exec(line)![0];
    const hanging = indent + ' '.repeat(HANGING);
    const room = Math.max(8, width - textWidth(hanging));
    let [first, rest] = splitAt(line, Math.max(8, width));
    out.push(first);
    while (rest) {
      const [piece, after] = textWidth(rest) <= room ? [rest, ''] : splitAt(rest, room);
      out.push(hanging + piece);
      rest = after;
    }
  }
  return out.join('\n');
}
