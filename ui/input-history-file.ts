import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Lines kept between sessions; older ones fall off. */
export const MAX_SAVED_INPUTS = 500;

/** $XDG_STATE_HOME/sluice/history, else ~/.local/state/sluice/history. */
export function inputHistoryPath(env: NodeJS.ProcessEnv = process.env): string {
  const state = env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path.join(os.homedir(), '.local', 'state');
  return path.join(state, 'sluice', 'history');
}

/** What was typed in earlier sessions, oldest first; nothing when the file is missing or unreadable. */
export function loadInputHistory(file = inputHistoryPath()): string[] {
  try {
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .slice(-MAX_SAVED_INPUTS);
  } catch {
    return [];
  }
}

/** Keeps the history for the next session; a state folder that cannot be written only loses the history. */
export function saveInputHistory(lines: string[], file = inputHistoryPath()): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, lines.slice(-MAX_SAVED_INPUTS).join('\n') + '\n');
  } catch {
    // The session goes on without a saved history.
  }
}
