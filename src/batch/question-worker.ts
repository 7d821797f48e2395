import { parentPort, workerData } from 'node:worker_threads';
import type { RunHandle } from '../engine/run-handle.js';
import { errorMessage } from '../errors.js';
import { openSluice } from '../open-sluice.js';
import { answerQuestion, type AnswerContext } from './answer-question.js';
import type { BatchRecord } from './batch-record.js';
import { guardWorkerExit } from './guard-worker-exit.js';
import type { FromQuestionWorker, QuestionWorkerSetup, ToQuestionWorker } from './worker-messages.js';

/**
 * A worker thread of a batch: its own runtime (config, catalogs, DuckDB instance, caches) answering the questions the
 * main thread hands it, one record back per question. The main thread keeps reading, ordering and writing.
 */
const port = parentPort!;
const setup = workerData as QuestionWorkerSetup;
const post = (message: FromQuestionWorker) => port.postMessage(message);
/** How often the node each question is in goes to the main thread's progress display. */
const NODE_REPORT_MS = 250;

try {
  const sluice = await openSluice(setup.sluice);
  const handles = new Map<number, RunHandle>();
  let cancelled = false;
  const nodes = new Map<number, string>();
  let nodeReport: NodeJS.Timeout | undefined;
  const reportNodes = () => {
    nodeReport = undefined;
    if (nodes.size > 0) post({ type: 'nodes', nodes: [...nodes] });
    nodes.clear();
  };
  let finished: Array<{ seq: number; record: BatchRecord }> = [];
  const reportFinished = () => {
    post({ type: 'records', records: finished });
    finished = [];
  };
  guardWorkerExit(
    (reason) => post({ type: 'failed', error: reason }),
    async () => {
      cancelled = true;
      for (const handle of handles.values()) handle.cancel('batch worker stopped');
      await sluice.runtime.close();
    },
  );
  const context: AnswerContext = {
    sluice,
    defaults: setup.defaults,
    handles,
    isCancelled: () => cancelled,
    tracker: {
      started: () => {},
      stopped: (seq) => nodes.delete(seq),
      nodeStarted: (seq, node) => {
        nodes.set(seq, node);
        nodeReport ??= setTimeout(reportNodes, NODE_REPORT_MS);
      },
    },
    onTrace: setup.debug ? (record) => process.stderr.write(`[trace] ${JSON.stringify(record)}\n`) : undefined,
  };
  port.on('message', (message: ToQuestionWorker) => {
    if (message.type === 'answer') {
      answerQuestion(message.line, context).subscribe((answered) => {
        if (finished.length === 0) setImmediate(reportFinished);
        finished.push(answered);
      });
    } else if (message.type === 'cancel') {
      cancelled = true;
      for (const handle of handles.values()) handle.cancel('batch cancelled');
    } else {
      clearTimeout(nodeReport);
      void sluice.runtime.close().finally(() => {
        post({ type: 'closed' });
        port.close();
      });
    }
  });
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'failed', error: errorMessage(error) });
  port.close();
}
