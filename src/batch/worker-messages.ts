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
  | { type: 'node'; seq: number; node: string }
  | { type: 'record'; seq: number; record: BatchRecord }
  | { type: 'closed' };
