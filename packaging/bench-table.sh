#!/usr/bin/env bash
# The relay table of docs/benchmarks.md in one sitting: every configuration
# at every rate, RUNS times each, interleaved (run 1 of every point, then
# run 2 …) so that a slow minute of the machine does not fall on one
# configuration only. Prints every run as bench-cluster.sh does, then one
# line per point with the medians.
#
#   packaging/bench-table.sh 'sqlite:4000,6000,8000' '1:2000,3000' 'node:1000,1500'
#     each argument  CONFIG:RATE[,RATE…], CONFIG as for bench-cluster.sh
#
# Environment: RUNS [3]; everything bench-cluster.sh reads (BIN_DIR, PG,
# NODE_BASELINE, DURATION …). Output also goes to OUT/table-<time>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: $0 CONFIG:RATE[,RATE…] …" >&2; exit 2; }
runs=${RUNS:-3}
OUT=${OUT:-target/bench-cluster}
mkdir -p "$OUT"
log="$OUT/table-$(date +%Y%m%d-%H%M%S).txt"

points=()
for arg in "$@"; do
  config=${arg%%:*}
  rates=${arg#*:}
  [ "$config" != "$arg" ] && [ -n "$rates" ] || { echo "bench-table: $arg is not CONFIG:RATE[,RATE…]" >&2; exit 2; }
  IFS=, read -ra rs <<<"$rates"
  for r in "${rs[@]}"; do points+=("$config $r"); done
done

for run in $(seq 1 "$runs"); do
  for p in "${points[@]}"; do
    read -r config rate <<<"$p"
    # A failed run (errors, a node that would not start) is a result too.
    line=$(packaging/bench-cluster.sh "$config" "$rate" 2>&1 | tail -1) || true
    echo "run=$run $line" | tee -a "$log"
  done
done

# Medians per point (the middle run of each value on its own).
echo "# medians of $runs runs: config rate ackP99 c2sP99 ackedPerSec delivered-ok cpu" | tee -a "$log"
for p in "${points[@]}"; do
  read -r config rate <<<"$p"
  grep -E "nodes=$config rate=$rate " "$log" | awk -v c="$config" -v r="$rate" '
    function med(a, n,   i, j, t) {
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    {
      for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      n++; ack[n] = v["ackP99"]; c2s[n] = v["c2sP99"]; rate_[n] = v["ackedPerSec"]; cpu[n] = v["cpu"]
      split(v["delivered"], d, "/"); if (d[1] == d[2] && v["errors"] == 0) ok++
    }
    END {
      if (!n) { printf "%s %s no runs\n", c, r; exit }
      printf "%s %s ackP99=%s c2sP99=%s ackedPerSec=%s allDelivered=%d/%d cpu=%s\n", c, r, med(ack, n), med(c2s, n), med(rate_, n), ok, n, med(cpu, n)
    }' | tee -a "$log"
done
echo "# all runs and medians: $log"
