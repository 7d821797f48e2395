import { useEffect, useState } from 'react';

/** A clock for spinners and elapsed times; it only ticks while `active`, so a finished view stops redrawing. */
export function useTicker(active: boolean, intervalMs = 100): { tick: number; now: number } {
  const [clock, setClock] = useState(() => ({ tick: 0, now: Date.now() }));
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setClock((previous) => ({ tick: previous.tick + 1, now: Date.now() })), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return active ? clock : { tick: clock.tick, now: Date.now() };
}
