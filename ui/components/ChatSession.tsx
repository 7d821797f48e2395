import { Box, Static, Text, useApp, useInput, type Key } from 'ink';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { EngineEvent } from '../../src/engine/engine-events.js';
import type { RunHandle } from '../../src/engine/run-handle.js';
import { errorMessage } from '../../src/errors.js';
import type { ChatController } from '../chat/chat-controller.js';
import { executeChatCommand } from '../chat/execute-chat-command.js';
import { parseChatInput } from '../chat/parse-chat-input.js';
import { keyToLineAction } from '../chat/key-to-line-action.js';
import { splitKeyChunk } from '../chat/split-key-chunk.js';
import { useLineEditor } from '../hooks/use-line-editor.js';
import { useRunState } from '../hooks/use-run-state.js';
import { useTerminalRows } from '../hooks/use-terminal-rows.js';
import { useTerminalWidth } from '../hooks/use-terminal-width.js';
import { useTicker } from '../hooks/use-ticker.js';
import { loadInputHistory, MAX_SAVED_INPUTS, saveInputHistory } from '../input-history-file.js';
import { settledRowCount } from '../run-state.js';
import { spinnerFrame } from '../spinner-frame.js';
import type { StaticItem } from '../static-item.js';
import { Notice } from './Notice.js';
import { Prompt, promptLines } from './Prompt.js';
import { RunProgress } from './RunProgress.js';
import { runStaticItems } from './run-static-items.js';

export interface ChatSessionProps {
  controller: ChatController;
  /** Forces a width (tests); otherwise the terminal's. */
  width?: number;
  /** File the input history is read from and kept in between sessions; none keeps it for this session only. */
  historyFile?: string;
  /** Told the text of the live lines below the scroll-back whenever they are only the prompt (undefined otherwise). */
  onLiveLines?: (lines: string[] | undefined) => void;
}

interface ActiveRun {
  handle: RunHandle;
  earlier: EngineEvent[];
}

/** A second Ctrl-C at an empty prompt within this long ends the session, as in Node's REPL. */
const EXIT_WINDOW_MS = 2000;

function Welcome({ controller }: { controller: ChatController }) {
  const { namespace, plan, model, saveDir } = controller.settings;
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Text>
        <Text color="magenta" bold>
          sluice
        </Text>{' '}
        interactive session · namespace {namespace} · plan {plan} · model {model}
      </Text>
      <Text dimColor>Ask a question in plain words; /help lists the commands. Runs are saved in {saveDir}.</Text>
    </Box>
  );
}

/**
 * The interactive session: everything said so far stays in the scroll-back (<Static>);
 * below it, either the prompt or the live progress of the question being answered.
 */
export function ChatSession({ controller, width, historyFile, onLiveLines }: ChatSessionProps) {
  const { exit } = useApp();
  const terminalWidth = useTerminalWidth();
  const viewWidth = width ?? terminalWidth;
  const terminalRows = useTerminalRows();
  const nextKey = useRef(0);
  const key = () => `chat:${nextKey.current++}`;
  const [transcript, setTranscript] = useState<StaticItem[]>(() => [{ key: key(), node: <Welcome controller={controller} /> }]);
  const inputs = useRef<string[]>(historyFile ? loadInputHistory(historyFile) : []);
  const [exitArmed, setExitArmed] = useState(false);
  const exitArmedAt = useRef(0);
  const disarm = () => {
    if (!exitArmedAt.current) return;
    exitArmedAt.current = 0;
    setExitArmed(false);
  };
  const [active, setActive] = useState<ActiveRun>();
  const [busy, setBusy] = useState<string>();
  const { line, apply } = useLineEditor();
  /** True from the moment a line is taken up until its run or command is over; lines entered meanwhile wait in `queue`. */
  const working = useRef(false);
  const queue = useRef<string[]>([]);
  const activeRef = useRef<ActiveRun | undefined>(undefined);
  activeRef.current = active;
  const run = useRunState(active?.handle, active?.earlier);
  const { tick, now } = useTicker(Boolean(active) || Boolean(busy));

  const append = (...nodes: ReactNode[]) => setTranscript((items) => [...items, ...nodes.map((node) => ({ key: key(), node }))]);
  const showError = (error: unknown) => append(<Notice kind="error">{errorMessage(error)}</Notice>);

  const runItems = active
    ? runStaticItems(run, { width: viewWidth, format: controller.settings.format, resumeCommand: (id) => `/resume ${id}`, hiddenColumnsHint: 'use /format json or a wider terminal' })
    : [];
  const settled = Boolean(active && run.end && run.result && settledRowCount(run.rows) === run.rows.length);

  useEffect(() => {
    if (!settled) return;
    setTranscript((items) => [...items, ...runItems]);
    setActive(undefined);
    if (run.result?.status !== 'unanswerable') return workDone();
    // A question the data cannot answer: say what it can, before the next line is taken up.
    void controller
      .answerableTopics()
      .then((topics) => append(<Text color="magenta">  {topics}</Text>))
      .catch(() => {})
      .finally(workDone);
  }, [settled]);

  const startRun = (start: () => ActiveRun): boolean => {
    let next: ActiveRun;
    try {
      next = start();
    } catch (error) {
      showError(error);
      return false;
    }
    next.handle.done.catch((error: unknown) => {
      showError(error);
      setActive(undefined);
      workDone();
    });
    setActive(next);
    return true;
  };

  /** Takes up one line; returns whether it started something the next line has to wait for. */
  const submit = (text: string): boolean => {
    const input = parseChatInput(text);
    if (input.kind === 'empty') return false;
    inputs.current = [...inputs.current.filter((entry) => entry !== text), text].slice(-MAX_SAVED_INPUTS);
    if (historyFile) saveInputHistory(inputs.current, historyFile);
    append(
      <Text>
        <Text color="magenta">› </Text>
        {text.trim()}
      </Text>,
    );
    if (input.kind === 'question') {
      void controller
        .readQuestion(input.text)
        .then((read) => {
          if (read.kind === 'unclear') {
            append(<Notice kind="error">{`not understood: ${read.reason}; ask the whole question`}</Notice>);
            return false;
          }
          if (read.question !== input.text) append(<Text dimColor>  reading it as: {read.question}</Text>);
          return startRun(() => ({ handle: controller.ask(read.question), earlier: [] }));
        })
        .catch((error: unknown) => {
          showError(error);
          return false;
        })
        .then((running) => {
          if (!running) workDone();
        });
      return true;
    }
    setBusy(`/${input.name}`);
    void executeChatCommand(controller, input.name, input.arg, viewWidth)
      .then((outcome) => {
        if (outcome.kind === 'exit') exit();
        else if (outcome.kind === 'run') return startRun(() => ({ handle: outcome.handle, earlier: outcome.earlier }));
        else append(...outcome.nodes);
        return false;
      })
      .catch((error: unknown) => {
        showError(error);
        return false;
      })
      .then((running) => {
        setBusy(undefined);
        if (!running) workDone();
      });
    return true;
  };

  const drain = () => {
    while (!working.current && queue.current.length > 0) working.current = submit(queue.current.shift()!);
  };

  function workDone() {
    working.current = false;
    drain();
  }

  const enter = () => {
    const text = line().value;
    apply({ type: 'clear' });
    queue.current.push(text);
    drain();
  };

  const onKey = (input: string, key: Key): void => {
    const presses = splitKeyChunk(input);
    if (presses) {
      for (const press of presses) onKey(press.input, press.key);
      return;
    }
    if (key.ctrl && input === 'c') {
      if (activeRef.current) activeRef.current.handle.cancel('interrupted (Ctrl-C)');
      else if (line().value) apply({ type: 'clear' });
      else if (working.current) return;
      else if (exitArmedAt.current && Date.now() - exitArmedAt.current < EXIT_WINDOW_MS) exit();
      else {
        exitArmedAt.current = Date.now();
        setExitArmed(true);
        setTimeout(() => {
          if (Date.now() - exitArmedAt.current >= EXIT_WINDOW_MS) disarm();
        }, EXIT_WINDOW_MS);
      }
      return;
    }
    disarm();
    if (key.ctrl && input === 'd') {
      if (!working.current && !line().value) exit();
      return;
    }
    if (key.return) return enter();
    if (/[\r\n]/.test(input)) {
      // Text and Enter in one chunk (a paste, a fast sender): each newline takes up the line so far.
      const parts = input.split(/\r\n|\r|\n/);
      parts.forEach((part, i) => {
        if (part) apply({ type: 'insert', text: part });
        if (i < parts.length - 1) enter();
      });
      return;
    }
    const action = keyToLineAction(input, key, inputs.current);
    if (action) apply(action);
  };
  useInput(onKey);

  const { namespace, plan } = controller.settings;
  const typedAhead = line().value;
  const label = `${namespace}/${plan} › `;
  const promptHint = exitArmed ? '(press Ctrl-C again to exit)' : undefined;
  const waitingLine = Boolean((active || busy) && (typedAhead || queue.current.length > 0));
  onLiveLines?.(active || busy ? undefined : promptLines(label, line(), viewWidth, promptHint));
  return (
    <>
      <Static items={[...transcript, ...runItems]}>
        {(item) => (
          <Box key={item.key} flexDirection="column" marginBottom={item.key.endsWith(':outcome') ? 1 : 0}>
            {item.node}
          </Box>
        )}
      </Static>
      {active ? (
        <RunProgress state={run} width={viewWidth} now={now} tick={tick} hint="Ctrl-C cancels this question" height={Math.max(1, terminalRows - (waitingLine ? 1 : 0))} />
      ) : busy ? (
        <Text>
          <Text color="cyan">{spinnerFrame(tick)}</Text> {busy}…
        </Text>
      ) : (
        <Prompt label={label} line={line()} width={viewWidth} hint={promptHint} />
      )}
      {waitingLine && (
        <Text dimColor wrap="truncate-end">
          {queue.current.length > 0 ? `${queue.current.length} waiting · ` : ''}› {typedAhead}
        </Text>
      )}
    </>
  );
}
