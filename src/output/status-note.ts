import type { AnswerJudgement } from '../trust/judge-answer.js';
import type { OutputFormat } from './render-result.js';

const LABELS = { unsure: 'Unsure', unanswerable: 'Unanswerable' } as const;

/** The line that follows a result which is not a plain success: why it is unsure or unanswerable. Empty otherwise. */
export function statusNote(judgement: Pick<AnswerJudgement, 'status' | 'reason' | 'confidence'>, format: Exclude<OutputFormat, 'json'>): string {
  if (judgement.status !== 'unsure' && judgement.status !== 'unanswerable') return '';
  const label = LABELS[judgement.status];
  const confidence = judgement.status === 'unsure' ? ` (confidence ${judgement.confidence.toFixed(2)})` : '';
  const reason = judgement.reason ?? '';
  if (format === 'csv') return `# ${judgement.status}${confidence}: ${reason}\n`;
  if (format === 'markdown') return `\n> **${label}**${confidence}: ${reason}\n`;
  return `${label}${confidence}: ${reason}\n`;
}
