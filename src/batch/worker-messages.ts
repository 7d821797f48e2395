import type { OpenSluiceOptions } from '../open-sluice.js';
import type { QuestionDefaults } from './answer-question.js';
import type { BatchRecord } from './batch-record.js';
import type { BatchLine } from './parse-batch-line.js';

/** What a question worker is started with: the same options the main thread opened sluice with. */
export interface QuestionWorkerSetup {
  sluice: OpenSluiceOptions;
  defaults: QuestionDefaults;
  debug: boolean;
}

export type ToQuestionWorker = { type: 'answer'; line: BatchLine } | { type: 'cancel' } | { type: 'close' };

export type FromQuestionWorker =
  | { type: 'ready' }
  | { type: 'failed'; error: string }
  /** The node each question is in now, sent a few times a second: a message per node cost more than the node. */
  | { type: 'nodes'; nodes: Array<[seq: number, node: string]> }
  /** Records of questions that finished in the same turn of the event loop. */
  | { type: 'records'; records: Array<{ seq: number; record: BatchRecord }> }
  | { type: 'closed' };
