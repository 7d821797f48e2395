import { describe, expect, it } from 'vitest';
import { errorRecord, notStartedRecord } from '../src/batch/batch-record.js';
import { BatchTracker } from '../src/batch/batch-tracker.js';
import { formatBatchProgress } from '../src/batch/format-batch-progress.js';

/** After Ctrl-C, the lines a batch never started are written to ask again; progress must not call them done. */
describe('batch progress after a cancel', () => {
  it('counts lines never started apart from the done ones', () => {
    const tracker = new BatchTracker({ concurrency: 2, ordered: true, now: 0 });
    for (let line = 1; line <= 4; line++) tracker.lineRead();
    tracker.inputEnded();
    tracker.written(errorRecord({ line: 1, seq: 1, id: null }, 'connection refused'));
    tracker.written(errorRecord({ line: 2, seq: 2, id: null }, 'batch cancelled'));
    tracker.written(notStartedRecord({ line: 3, seq: 3, id: null }));
    tracker.written(notStartedRecord({ line: 4, seq: 4, id: null }));
    tracker.finish(2_000);
    const snapshot = tracker.snapshot();
    expect(snapshot.done).toBe(2);
    expect(snapshot.notStarted).toBe(2);
    expect(formatBatchProgress(snapshot, 2_000)).toMatch(/^sluice batch: 2\/4 done · 0 answered, 2 not · 2 not started · /);
  });

  it('says nothing of lines not started when every line ran', () => {
    const tracker = new BatchTracker({ concurrency: 1, ordered: true, now: 0 });
    tracker.lineRead();
    tracker.inputEnded();
    tracker.written(errorRecord({ line: 1, seq: 1, id: null }, 'connection refused'));
    expect(formatBatchProgress(tracker.snapshot(), 1_000)).not.toMatch(/not started|cancelled/);
  });
});
