import { parentPort, workerData } from 'node:worker_threads';
import type { RunHandle } from '../engine/run-handle.js';
import { errorMessage } from '../errors.js';
import { openSluice } from '../open-sluice.js';
import { answerQuestion, type AnswerContext } from './answer-question.js';
import type { FromQuestionWorker, QuestionWorkerSetup, ToQuestionWorker } from './worker-messages.js';

/**
 * A worker thread of a batch: its own runtime (config, catalogs, DuckDB instance, caches) answering the questions the
 * main thread hands it, one record back per question. The main thread keeps reading, ordering and writing.
 */
const port = parentPort!;
const setup = workerData as QuestionWorkerSetup;
const post = (message: FromQuestionWorker) => port.postMessage(message);

try {
  const sluice = await openSluice(setup.sluice);
  const handles = new Map<number, RunHandle>();
  let cancelled = false;
  const context: AnswerContext = {
    sluice,
    defaults: setup.defaults,
    handles,
    isCancelled: () => cancelled,
    tracker: { started: () => {}, stopped: () => {}, nodeStarted: (seq, node) => post({ type: 'node', seq, node }) },
    onTrace: setup.debug ? (record) => process.stderr.write(`[trace] ${JSON.stringify(record)}\n`) : undefined,
  };
  port.on('message', (message: ToQuestionWorker) => {
    if (message.type === 'answer') {
      answerQuestion(message.line, context).subscribe(({ seq, record }) => post({ type: 'record', seq, record }));
    } else if (message.type === 'cancel') {
      cancelled = true;
      for (const handle of handles.values()) handle.cancel('batch cancelled');
    } else {
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
