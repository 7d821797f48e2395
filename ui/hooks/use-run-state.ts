import { useEffect, useReducer } from 'react';
import type { Observable } from 'rxjs';
import type { EngineEvent } from '../../src/engine/engine-events.js';
import type { RunResult } from '../../src/engine/run-handle.js';
import { initialRunState, reduceRunState, withEarlierEvents, type RunAction, type RunState } from '../run-state.js';

/** What the dashboard reads of a run: its events and its end. A RunHandle fits; so does a hand-made Subject in a test. */
export interface RunSource {
  events$: Observable<EngineEvent>;
  done: Promise<RunResult>;
}

type HookAction = RunAction | { type: 'reset'; run: RunSource | undefined } | { type: 'earlier'; events: EngineEvent[] };

/** The state remembers which run it belongs to, so a new run never shows the previous run's rows, not even for one frame. */
interface Held {
  run: RunSource | undefined;
  state: RunState;
}

function reduce(held: Held, action: HookAction): Held {
  if (action.type === 'reset') return { run: action.run, state: initialRunState };
  if (action.type === 'earlier') return { ...held, state: withEarlierEvents(held.state, action.events) };
  return { ...held, state: reduceRunState(held.state, action) };
}

/**
 * The run's rows, kept up to date from its event stream; `earlier` (a resumed run's log)
 * fills in the steps an earlier process finished.
 */
export function useRunState(run: RunSource | undefined, earlier: EngineEvent[] = []): RunState {
  const [held, dispatch] = useReducer(reduce, { run: undefined, state: initialRunState });
  useEffect(() => {
    dispatch({ type: 'reset', run });
    if (!run) return;
    let active = true;
    const subscription = run.events$.subscribe((event) => {
      dispatch(event);
      if (event.type === 'run_start' && event.resumed && earlier.length > 0) dispatch({ type: 'earlier', events: earlier });
    });
    run.done.then(
      (result) => {
        if (active) dispatch({ type: 'finished', result });
      },
      () => {},
    );
    return () => {
      active = false;
      subscription.unsubscribe();
    };
    // `earlier` is read once per run, on purpose.
  }, [run]);
  return held.run === run ? held.state : initialRunState;
}
