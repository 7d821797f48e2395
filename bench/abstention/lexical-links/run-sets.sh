#!/bin/bash
# usage: run-sets.sh TAG DROP — the five read abstention sets and spider-dev (never held_out_5), traced, with SLUICE_DEV_LEXICAL_DROP=DROP (trace-links.patch applied)
tag=$1; drop=$2; out=/tmp/loose/$tag; mkdir -p $out
cd /work/wt-loose
for set in abstention abstention-blind abstention-blind-2 abstention-dev-a abstention-dev-b; do
  SLUICE_DEV_LEXICAL_DROP=$drop SLUICE_DEV_LEXICAL_TRACE=$out/$set.trace node dist/cli/sluice.js bench --dataset bench/datasets/$set --concurrency 2 --out $out/$set.json > $out/$set.out 2>&1
done
SLUICE_DEV_LEXICAL_DROP=$drop SLUICE_DEV_LEXICAL_TRACE=$out/spider.trace node dist/cli/sluice.js bench --dataset ../shared/bench/spider-dev --concurrency 2 --out $out/spider.json > $out/spider.out 2>&1
echo done
