// A node that only waits, so there is time to watch a run in flight and press Ctrl-C.
// Loaded by examples/slow/sluice.yml (plugins:), used by the `slow` plan in examples/slow/workflow.yml.
export const nodes = [
  {
    name: 'pause',
    description: 'waits (parameters.ms, default 5000), so a run can be watched and cancelled',
    defaults: { timeout_ms: 120000, retries: 0 },
    async run(context, call) {
      const ms = call.options.parameters?.ms ?? 5000;
      call.progress(`waiting ${ms} ms`);
      await new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, ms);
        call.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new Error('aborted'));
        }, { once: true });
      });
      return { context, summary: `waited ${ms} ms` };
    },
  },
];
