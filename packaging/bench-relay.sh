#!/usr/bin/env bash
# One relay benchmark run against a fresh daemon, for side-by-side
# comparisons of two builds (docs/benchmarks.md):
#
#   packaging/bench-relay.sh BIN RATE      # prints concierge load's JSON
#
# BIN is the concierged to measure; the load generator is $CONCIERGE
# (default target/release/concierge), the JWT secret /tmp/secret (made if
# missing). Loopback only; the run lasts about 25 s and stops by itself.
# The daemon's CPU time (1/100 s) goes to stderr as "CPU_TICKS n".
set -euo pipefail
bin=$1
rate=$2
load=${CONCIERGE:-target/release/concierge}
secret=/tmp/secret
[ -s "$secret" ] || printf %s 'bench-secret-0123456789abcdef0123456789abcdef' >"$secret"
dir=$(mktemp -d)
JWT_SECRET=$(cat "$secret") RATE_LIMIT_PER_SEC=100000 RATE_LIMIT_BURST=100000 \
  MAX_CONCURRENT_CHATS_PER_STAFF=5 IDLE_TIMEOUT_SECS=3600 RUST_LOG=warn \
  "$bin" serve --data-dir "$dir" --listen 127.0.0.1:7979 >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 100); do curl -sf http://127.0.0.1:7979/healthz >/dev/null 2>&1 && break; sleep 0.1; done
"$load" load --server 127.0.0.1:7979 --jwt-secret-file "$secret" \
  --customers 200 --staff 40 --ask-human 1.0 --rate "$rate" --duration 10s \
  --ramp 5s --drain 10s --json
echo "CPU_TICKS $(awk '{print $14 + $15}' "/proc/$pid/stat")" >&2
