import { render } from 'ink';
import type { ChatController } from './chat/chat-controller.js';
import { ChatSession } from './components/ChatSession.js';

/** Holds the interactive session on the terminal until /exit or Ctrl-D. */
export async function runChatSession(controller: ChatController): Promise<number> {
  const instance = render(<ChatSession controller={controller} />, { exitOnCtrlC: false, patchConsole: true });
  await instance.waitUntilExit();
  return 0;
}
