import type { Key } from 'ink';

export interface KeyPress {
  input: string;
  key: Key;
}

const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

const CSI_KEYS: Record<string, Partial<Key>> = {
  A: { upArrow: true }, B: { downArrow: true }, C: { rightArrow: true }, D: { leftArrow: true },
  H: { home: true }, F: { end: true }, '1~': { home: true }, '4~': { end: true }, '3~': { delete: true },
  '5~': { pageUp: true }, '6~': { pageDown: true },
};

/** One key or a run of text at the start of `rest`: an escape sequence, a control character, or printable text. */
const UNIT = /^(?:\x1b\[[0-9;]*[\x40-\x7e]|\x1bO[A-Za-z]|\x1b[\s\S]?|[\x00-\x1f\x7f]|[^\x00-\x1f\x7f]+)/;

function keyPressOf(unit: string): KeyPress {
  if (unit.startsWith('\x1b[') || unit.startsWith('\x1bO')) {
    const found = CSI_KEYS[unit.slice(2)] ?? CSI_KEYS[unit.at(-1)!];
    return { input: '', key: { ...NO_KEY, ...(found ?? { escape: true, meta: true }) } };
  }
  if (unit === '\x1b') return { input: '', key: { ...NO_KEY, escape: true, meta: true } };
  if (unit.startsWith('\x1b')) return { input: unit.slice(1), key: { ...NO_KEY, meta: true } };
  if (unit === '\r' || unit === '\n') return { input: '\r', key: { ...NO_KEY, return: true } };
  if (unit === '\t') return { input: '', key: { ...NO_KEY, tab: true } };
  if (unit === '\x7f' || unit === '\b') return { input: '', key: { ...NO_KEY, backspace: true } };
  const code = unit.charCodeAt(0);
  if (unit.length === 1 && code >= 1 && code <= 26) return { input: String.fromCharCode(code + 96), key: { ...NO_KEY, ctrl: true } };
  return { input: unit, key: NO_KEY };
}

/**
 * Keys that reached the terminal's input in one chunk (a fast sender, tmux send-keys, a paste with a control key), one
 * by one as Ink reports a single key; undefined when `input` is one key or text. Ink parses a chunk as one keypress,
 * so "Ctrl-U Ctrl-D" read together would otherwise be typed into the line as two control characters.
 */
export function splitKeyChunk(input: string): KeyPress[] | undefined {
  // eslint-disable-next-line no-control-regex
  if (input.length < 2 || !/[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]/.test(input)) return undefined;
  const presses: KeyPress[] = [];
  for (let rest = input; rest.length > 0; ) {
    const unit = UNIT.exec(rest)![0];
    presses.push(keyPressOf(unit));
    rest = rest.slice(unit.length);
  }
  return presses;
}
