import { render } from 'ink';
import type { ChatController } from './chat/chat-controller.js';
import { ChatSession } from './components/ChatSession.js';
import { inputHistoryPath } from './input-history-file.js';
import { guardReflow } from './reflow-guard.js';
import { releaseInterruptWhileStarting } from '../src/cli/interrupt-while-starting.js';

/** Holds the interactive session on the terminal until /exit, Ctrl-D or Ctrl-C twice. */
export async function runChatSession(controller: ChatController): Promise<number> {
  // Before render(), so that its resize listener runs ahead of Ink's.
  const reflow = guardReflow(process.stdout);
  const instance = render(<ChatSession controller={controller} historyFile={inputHistoryPath()} onLiveLines={reflow.setLines} />, {
    exitOnCtrlC: false,
    patchConsole: true,
  });
  // The session reads Ctrl-C as a key from here on (raw mode); the start-up's one-line cancel stands aside.
  releaseInterruptWhileStarting();
  try {
    await instance.waitUntilExit();
  } finally {
    reflow.dispose();
  }
  return 0;
}
