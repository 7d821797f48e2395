import type { Readable } from 'node:stream';
import { Observable } from 'rxjs';
import type { FlowGate } from './flow-gate.js';
import { splitLines } from './split-lines.js';

export interface InputLine {
  /** 1-based line number in the input, blank lines included. */
  line: number;
  /** 0-based position among the non-blank lines: the order --ordered keeps. */
  seq: number;
  text: string;
  /** The line passed the most one line may hold: `text` is only its head, the rest was skipped unread. */
  overLong?: true;
}

/**
 * Non-blank lines of a stream, pulled one at a time: the next line is read only when the gate lets another question
 * in, and the stream is read no further than the line being split, so memory stays flat however long the input or
 * any one line of it.
 */
export function readInputLines(input: NodeJS.ReadableStream, gate: FlowGate, maxLineBytes?: number): Observable<InputLine> {
  return new Observable<InputLine>((subscriber) => {
    const lines = splitLines(input as AsyncIterable<Buffer | string>, maxLineBytes);
    let stopped = false;
    let ended = false;
    (async () => {
      let line = 0;
      let seq = 0;
      for await (const split of lines) {
        if (stopped) break;
        line++;
        const text = line === 1 ? split.text.replace(/^\uFEFF/, '') : split.text;
        if (!text.trim() && !split.overLong) continue;
        await gate.acquire();
        if (stopped) {
          gate.release();
          break;
        }
        subscriber.next({ line, seq: seq++, text, ...(split.overLong ? { overLong: true as const } : {}) });
      }
      ended = true;
      subscriber.complete();
    })().catch((error: unknown) => subscriber.error(error));
    return () => {
      stopped = true;
      // Stopped early (Ctrl-C): a read still waiting on an open pipe would keep the process alive, so the input is closed.
      if (!ended) (input as Partial<Readable>).destroy?.();
    };
  });
}
