/**
 * Ink decides at import time (is-in-ci) to hold back frames when CI is set, which would leave component
 * tests with empty frames on a CI machine. Tests render as on a terminal; CLI subprocesses get their own
 * CI setting from tests/helpers/run-cli.ts.
 */
process.env.CI = 'false';
process.env.CONTINUOUS_INTEGRATION = 'false';
