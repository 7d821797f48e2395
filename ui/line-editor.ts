/** The prompt's text, cursor and place in the input history. */
export interface LineState {
  value: string;
  cursor: number;
  /** Index into the history while browsing it with the arrows; null when editing a new line. */
  browsing: number | null;
  /** What was typed before browsing started, given back when the arrows come back down. */
  draft: string;
}

export type LineAction =
  | { type: 'insert'; text: string }
  | { type: 'backspace' }
  | { type: 'delete' }
  | { type: 'left' }
  | { type: 'right' }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'clear' }
  | { type: 'kill-word' }
  | { type: 'previous'; history: string[] }
  | { type: 'next'; history: string[] };

export const emptyLine: LineState = { value: '', cursor: 0, browsing: null, draft: '' };

const chars = (text: string) => [...text];
const at = (value: string, cursor: number) => ({ value, cursor, browsing: null, draft: '' });

/** Line editing as a pure function, so the prompt's keys are tested without a terminal. */
export function editLine(state: LineState, action: LineAction): LineState {
  const text = chars(state.value);
  switch (action.type) {
    case 'insert': {
      const inserted = chars(action.text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, ''));
      if (inserted.length === 0) return state;
      text.splice(state.cursor, 0, ...inserted);
      return at(text.join(''), state.cursor + inserted.length);
    }
    case 'backspace':
      if (state.cursor === 0) return state;
      text.splice(state.cursor - 1, 1);
      return at(text.join(''), state.cursor - 1);
    case 'delete':
      if (state.cursor >= text.length) return state;
      text.splice(state.cursor, 1);
      return at(text.join(''), state.cursor);
    case 'left':
      return { ...state, cursor: Math.max(0, state.cursor - 1) };
    case 'right':
      return { ...state, cursor: Math.min(text.length, state.cursor + 1) };
    case 'home':
      return { ...state, cursor: 0 };
    case 'end':
      return { ...state, cursor: text.length };
    case 'clear':
      return emptyLine;
    case 'kill-word': {
      const before = text.slice(0, state.cursor).join('').replace(/\S*\s*$/, '');
      const after = text.slice(state.cursor).join('');
      return at(before + after, chars(before).length);
    }
    case 'previous': {
      if (action.history.length === 0) return state;
      const index = state.browsing === null ? action.history.length - 1 : Math.max(0, state.browsing - 1);
      const value = action.history[index]!;
      return { value, cursor: chars(value).length, browsing: index, draft: state.browsing === null ? state.value : state.draft };
    }
    case 'next': {
      if (state.browsing === null) return state;
      const index = state.browsing + 1;
      if (index >= action.history.length) return { value: state.draft, cursor: chars(state.draft).length, browsing: null, draft: '' };
      const value = action.history[index]!;
      return { ...state, value, cursor: chars(value).length, browsing: index };
    }
  }
}
