import type { Key } from 'ink';
import type { LineAction } from '../line-editor.js';

/** The editing a key means at the prompt; undefined for keys that do not edit (Enter, Ctrl-C, Ctrl-D are the session's). */
export function keyToLineAction(input: string, key: Key, history: string[]): LineAction | undefined {
  if (key.upArrow) return { type: 'previous', history };
  if (key.downArrow) return { type: 'next', history };
  if (key.leftArrow) return { type: 'left' };
  if (key.rightArrow) return { type: 'right' };
  if (key.home || (key.ctrl && input === 'a')) return { type: 'home' };
  if (key.end || (key.ctrl && input === 'e')) return { type: 'end' };
  if (key.ctrl && input === 'u') return { type: 'clear' };
  if (key.ctrl && input === 'w') return { type: 'kill-word' };
  if (key.backspace || key.delete) return { type: 'backspace' };
  if (key.ctrl || key.meta || key.tab || key.escape || !input) return undefined;
  return { type: 'insert', text: input };
}
