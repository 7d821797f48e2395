import fs from 'node:fs';
import path from 'node:path';
import type { EngineEvent } from '../src/engine/engine-events.js';

/** The node_end events a run folder's log holds, so a resumed run can show what earlier processes did; [] when there is none. */
export function readEarlierNodeEnds(runDir: string | undefined): EngineEvent[] {
  if (!runDir) return [];
  let text: string;
  try {
    text = fs.readFileSync(path.join(runDir, 'events.jsonl'), 'utf8');
  } catch {
    return [];
  }
  const events: EngineEvent[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes('"node_end"')) continue;
    try {
      const event = JSON.parse(line) as EngineEvent;
      if (event.type === 'node_end') events.push(event);
    } catch {
      // A line cut short by a crash: the rest of the log is still useful.
    }
  }
  return events;
}
