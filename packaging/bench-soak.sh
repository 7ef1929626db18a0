#!/usr/bin/env bash
# The honest customers' ack latency, quiet and under attack, from one run
# of the soak test (tests/soak: half-open sockets, sockets that never
# read, oversized and invented bearers; docs/benchmarks.md):
#
#   packaging/bench-soak.sh [RUNS]     # default 3 runs
#
# Each run is one daemon process with a quiet phase and an attack phase,
# so every run carries its own baseline; the script prints each run's
# figures and the ratio of the p99s. Loopback only; a run lasts about
# 30 s and stops by itself. Leave the machine alone while it runs: the
# figures measure whatever else runs beside the daemon too.
set -euo pipefail
runs=${1:-3}
cargo build -q -p concierged --bin concierged
printf '%-4s %12s %12s %12s %12s %8s %10s\n' run quiet_p50 quiet_p99 attack_p50 attack_p99 p99x rss_mib
for i in $(seq "$runs"); do
  line=$(cargo test -q -p concierge-tests --test soak -- --nocapture 2>/dev/null | grep '^soak:' || true)
  if [ -z "$line" ]; then
    echo "run $i: the soak test failed; run it alone to see why:" >&2
    echo "  cargo test -p concierge-tests --test soak -- --nocapture" >&2
    exit 1
  fi
  get() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<" ${line#soak: }"; }
  q50=$(get quiet_p50_ms) q99=$(get quiet_p99_ms) a50=$(get attack_p50_ms) a99=$(get attack_p99_ms)
  rss=$(get rss_attack_mib)
  ratio=$(awk -v a="$a99" -v q="$q99" 'BEGIN { printf "%.2f", a / q }')
  printf '%-4s %10s ms %10s ms %10s ms %10s ms %7sx %10s\n' "$i" "$q50" "$q99" "$a50" "$a99" "$ratio" "$rss"
done
