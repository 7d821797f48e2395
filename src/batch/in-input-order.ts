import { Observable, type OperatorFunction } from 'rxjs';
import type { SequencedRecord } from './batch-record.js';

/** Holds results that finish early until every earlier line's result has gone out (--ordered). */
export function inInputOrder(): OperatorFunction<SequencedRecord, SequencedRecord> {
  return (source) =>
    new Observable<SequencedRecord>((subscriber) => {
      const waiting = new Map<number, SequencedRecord>();
      let next = 0;
      return source.subscribe({
        next(item) {
          waiting.set(item.seq, item);
          for (let ready = waiting.get(next); ready; ready = waiting.get(next)) {
            waiting.delete(next);
            next++;
            subscriber.next(ready);
          }
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => subscriber.complete(),
      });
    });
}
