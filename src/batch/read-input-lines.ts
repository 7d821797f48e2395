import readline from 'node:readline';
import { Observable } from 'rxjs';
import type { FlowGate } from './flow-gate.js';

export interface InputLine {
  /** 1-based line number in the input, blank lines included. */
  line: number;
  /** 0-based position among the non-blank lines: the order --ordered keeps. */
  seq: number;
  text: string;
}

/**
 * Non-blank lines of a stream, pulled one at a time: the next line is read only when the gate
 * lets another question in, and readline's iterator pauses the stream while its buffer is full.
 */
export function readInputLines(input: NodeJS.ReadableStream, gate: FlowGate): Observable<InputLine> {
  return new Observable<InputLine>((subscriber) => {
    const lines = readline.createInterface({ input, crlfDelay: Infinity, terminal: false });
    let stopped = false;
    (async () => {
      let line = 0;
      let seq = 0;
      for await (const raw of lines) {
        if (stopped) break;
        line++;
        const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
        if (!text.trim()) continue;
        await gate.acquire();
        if (stopped) {
          gate.release();
          break;
        }
        subscriber.next({ line, seq: seq++, text });
      }
      subscriber.complete();
    })().catch((error: unknown) => subscriber.error(error));
    return () => {
      stopped = true;
      lines.close();
    };
  });
}
