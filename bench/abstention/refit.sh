#!/bin/bash
# Refits both fitted models of the offline model on today's rules and data (docs/trust.md, "Refitting"):
#
#   bash bench/abstention/refit.sh OUT            # benches + leave-one-set-out figures of both fits
#   bash bench/abstention/refit.sh OUT --write    # the same, then writes each refit that beats the current weights
#
# 1. builds dist/ (SKIP_BUILD=1 skips it), then benches every read set and probe (DATASETS, below; never a blind set)
#    one at a time at --concurrency 2 into OUT/<set>.json(l), skipping a set whose report OUT already holds (delete OUT
#    to run afresh). The runs set SLUICE_GROUNDING_FEATURES=all (every grounding feature computed) and
#    SLUICE_GROUNDING_DECLINE=never (the grounding score declines nothing) and SLUICE_UNSURE_DECLINE=never (nor does the
#    post-execution decline), so each line says what its question ends as
#    when the score lets it through, and the fits can replay any weights end to end.
# 2. bench/abstention/fit-grounding.py OUT: the grounding score (src/trust/grounding-weights.ts), each set one fold.
# 3. bench/trust/fit-confidence.py OUT: the answer-confidence model (src/trust/answer-confidence-model.ts), scored on
#    the answers the grounding weights (as step 2 left them) let through.
# 4. bench/abstention/fit-answer-decline.py OUT: the post-execution decline (src/trust/unsure-decline-weights.ts), whether
#    what the checks of runs ending unsure found tells unanswerable questions from answerable ones (issue 14).
# With --write, rebuild and bench `read` + `probes` normally afterwards to confirm the in-sample figures.
set -euo pipefail
OUT=${1:?usage: refit.sh OUT [--write]}
shift
cd "$(dirname "$0")/../.."
mkdir -p "$OUT"
SPIDER_DEV=${SPIDER_DEV:-/work/shared/bench/spider-dev}
DATASETS=${DATASETS:-"$SPIDER_DEV bench/datasets/abstention bench/datasets/abstention-blind bench/datasets/abstention-blind-2
 bench/datasets/abstention-blind-3 bench/datasets/abstention-blind-4 bench/datasets/abstention-blind-5 bench/datasets/abstention-dev-a bench/datasets/abstention-dev-b bench/datasets/abstention-dev-c
 bench/datasets/abstention-dev-d bench/datasets/abstention-dev-e bench/datasets/abstention-dev-f bench/datasets/abstention-dev-g
 bench/datasets/abstention-dev-h bench/datasets/abstention-dev-i bench/datasets/abstention-dev-j bench/datasets/abstention-dev-k
 bench/datasets/abstention-dev-l bench/datasets/abstention-dev-m bench/datasets/plain-dev-a
 bench/datasets/plain-dev-b bench/datasets/plain-dev-c bench/datasets/plain-dev-d bench/datasets/plain-dev-e bench/datasets/plain-dev-f
 bench/datasets/plain-dev-g bench/datasets/plain-dev-h bench/datasets/plain-dev-i bench/datasets/abstention-dev-n
 bench/datasets/abstention-dev-o bench/datasets/abstention-dev-p bench/datasets/abstention-dev-q bench/datasets/abstention-dev-r
 bench/datasets/abstention-dev-s bench/datasets/plain-dev-j bench/datasets/plain-dev-k bench/datasets/plain-dev-l
 bench/datasets/plain-dev-m bench/datasets/plain-dev-n bench/datasets/plain-dev-o bench/datasets/abstention-dev-t bench/datasets/plain-dev-p bench/datasets/probe-plain12 bench/datasets/probe-abstain13 bench/datasets/probe-precise11 bench/datasets/probe-abstain12
 bench/datasets/probe-precise10 bench/datasets/probe-terse10 bench/datasets/probe-plain13 bench/datasets/probe-precise12
 bench/datasets/probe-abstain14"}
[ -n "${SKIP_BUILD:-}" ] || npm run build > "$OUT/build.log" 2>&1
for dataset in $DATASETS; do
  name=$(basename "$dataset")
  [ -f "$OUT/$name.jsonl" ] && continue
  echo "bench $name" >&2
  SLUICE_GROUNDING_FEATURES=all SLUICE_GROUNDING_DECLINE=never SLUICE_UNSURE_DECLINE=never node dist/cli/sluice.js bench --dataset "$dataset" \
    --concurrency "${CONCURRENCY:-2}" --out "$OUT/$name.json" > "$OUT/$name.log" 2>&1
done
python3 bench/abstention/fit-grounding.py "$OUT" "$@"
python3 bench/trust/fit-confidence.py "$OUT" "$@"
python3 bench/abstention/fit-answer-decline.py "$OUT" "$@"
