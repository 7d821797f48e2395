import os from 'node:os';
import path from 'node:path';

/** $SLUICE_STATE_DIR, else $XDG_STATE_HOME/sluice, else ~/.local/state/sluice. */
export function sluiceStateDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SLUICE_STATE_DIR) return path.resolve(env.SLUICE_STATE_DIR);
  const state = env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path.join(os.homedir(), '.local', 'state');
  return path.join(state, 'sluice');
}
