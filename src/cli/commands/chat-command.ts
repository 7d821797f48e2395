import { UsageError } from '../../errors.js';
import { openSluice } from '../../open-sluice.js';
import { sluiceOptionsFrom, type CommonCliOptions } from '../common-cli-options.js';
import { reportFatal } from '../report-fatal.js';
import { sayInterruptWhileStarting } from '../interrupt-while-starting.js';
import { today } from '../today.js';

export interface ChatCommandOptions extends CommonCliOptions {
  namespace?: string;
  plan?: string;
  max_iterations?: number;
  save_dir: string;
  current_date?: string;
  format?: 'table' | 'json' | 'csv' | 'markdown';
}

/** The interactive session: a prompt on the terminal, each question answered with live progress. */
export async function chatCommand(options: ChatCommandOptions): Promise<number> {
  // Ctrl-C before the prompt shows (plugins, config, the demo's first build) says so, as run's does; the session
  // takes Ctrl-C over once it is on the screen (runChatSession).
  const release = sayInterruptWhileStarting('cancelled (Ctrl-C) while starting the interactive session; nothing was saved');
  try {
    return await chatCommandStarted(options);
  } finally {
    release();
  }
}

async function chatCommandStarted(options: ChatCommandOptions): Promise<number> {
  const { isInteractive, respectNoColor } = await import('../../../ui/is-interactive.js');
  if (!process.stdin.isTTY || !isInteractive(process.stdout)) {
    return reportFatal(
      new UsageError('the interactive session needs a terminal (and CI unset); to answer questions from a script, pipe them to `sluice run`'),
    );
  }
  respectNoColor();
  // Ink takes a while to import; load it while the runtime opens.
  const session = import('../../../ui/render-chat-session.js');
  session.catch(() => {});
  const open = (model?: string) => openSluice({ ...sluiceOptionsFrom(options), model });
  let sluice;
  try {
    sluice = await open(options.model);
  } catch (error) {
    return reportFatal(error);
  }
  const defaults = sluice.runtime.config.defaults;
  const { ChatController } = await import('../../../ui/chat/chat-controller.js');
  const controller = new ChatController(
    sluice,
    {
      namespace: options.namespace ?? defaults.namespace,
      plan: options.plan ?? defaults.plan,
      format: options.format ?? 'table',
      saveDir: options.save_dir,
      currentDate: options.current_date ?? today(),
      maxIterations: options.max_iterations ?? defaults.max_iterations,
    },
    (model) => open(model),
  );
  try {
    controller.setPlan(controller.settings.plan);
    controller.setNamespace(controller.settings.namespace);
  } catch (error) {
    await controller.close();
    return reportFatal(error);
  }
  try {
    const { runChatSession } = await session;
    return await runChatSession(controller);
  } catch (error) {
    return reportFatal(error);
  } finally {
    await controller.close();
  }
}
