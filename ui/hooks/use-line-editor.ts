import { useCallback, useRef, useState } from 'react';
import { editLine, emptyLine, type LineAction, type LineState } from '../line-editor.js';

/**
 * The prompt's line, kept in a ref so that keys arriving faster than React re-renders
 * (a paste, tmux send-keys, a quick typist) each see the line as the previous key left it.
 */
export function useLineEditor(): { line: () => LineState; apply: (action: LineAction) => void } {
  const ref = useRef<LineState>(emptyLine);
  const [, setVersion] = useState(0);
  const apply = useCallback((action: LineAction) => {
    const next = editLine(ref.current, action);
    if (next === ref.current) return;
    ref.current = next;
    setVersion((version) => version + 1);
  }, []);
  const line = useCallback(() => ref.current, []);
  return { line, apply };
}
