#!/usr/bin/env bash
# One point of the relay benchmark (docs/benchmarks.md, "Several nodes"):
# start NODES concierged nodes on PostgreSQL + Redis (or one SQLite daemon),
# run `concierge load` with the relay table's shape over all of them, print
# one summary line, stop every daemon and drop the schema and Redis keys.
#
#   packaging/bench-cluster.sh NODES RATE
#     NODES  sqlite (the single-daemon reference), 1, 2, 3 … (at most 8)
#            nodes on PostgreSQL + Redis, or node (the original guide's
#            stack, ../shared/bench/node-baseline, on PostgreSQL)
#     RATE   customer messages per second, all customers together
#
# Environment (defaults in brackets):
#   BIN_DIR [target/release]   concierged and concierge, built with
#                              cargo build --release -p concierged -p concierge-cli
#   PG [postgres://root@127.0.0.1:5432/test]  PostgreSQL (a fresh schema per run)
#   REDIS_URL [redis://127.0.0.1:6379]        Redis (a fresh key prefix per run)
#   PORT_BASE [7101]           node k listens on 127.0.0.1:PORT_BASE+k-1
#   CUSTOMERS [200] STAFF [40] ASK_HUMAN [1.0] DURATION [10s] RAMP [5s] DRAIN [10s]
#   OUT [target/bench-cluster] JSON reports and daemon logs are kept here
#   NODE_BASELINE [../shared/bench/node-baseline]  its directory, with its
#                              dependencies installed (npm ci); PERSIST [tx]
#   RUST_LOG [warn]            the daemons' log filter (logs stay in OUT)
#   NICE [0]                   e.g. -10 (root only): run the daemons, the load
#                              client and the daemons' PostgreSQL backends at
#                              this priority, ahead of other work on the machine
#
# Output: one line per run on stdout, e.g.
#   nodes=2 rate=2000 ackP99=12.3 c2sP99=12.9 ackedPerSec=3990.1 delivered=30000/30000 errors=0 ok=120+120 cpu=1.74 load=0.20 stored=30612
# (cpu = the machine's busy cores during the load run, out of nproc;
#  load = the 1-minute load average just before it: other work on the machine;
#  stored = rows in the run's chat_messages table, proof PostgreSQL was used).
# Exits with the load run's status: 1 if it counted errors or failed connects.
set -euo pipefail
cd "$(dirname "$0")/.."

nodes=${1:?usage: $0 NODES|sqlite RATE}
rate=${2:?usage: $0 NODES|sqlite RATE}
case "$nodes" in
  sqlite | node) count=1 ;;
  [1-8]) count=$nodes ;;
  *) echo "bench-cluster: NODES is sqlite, node or 1..8, not $nodes" >&2; exit 2 ;;
esac

BIN_DIR=${BIN_DIR:-target/release}
PG=${PG:-postgres://root@127.0.0.1:5432/test}
REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
PORT_BASE=${PORT_BASE:-7101}
OUT=${OUT:-target/bench-cluster}
NODE_BASELINE=${NODE_BASELINE:-../shared/bench/node-baseline}
if [ "$nodes" = node ] && [ ! -d "$NODE_BASELINE/node_modules" ]; then
  echo "bench-cluster: $NODE_BASELINE/node_modules missing (run npm ci there)" >&2; exit 1
fi
for b in concierged concierge; do
  [ -x "$BIN_DIR/$b" ] || { echo "bench-cluster: $BIN_DIR/$b missing (build first)" >&2; exit 1; }
done
mkdir -p "$OUT"

# Fresh names for this run: schema, Redis prefix, data dirs.
run="bench_$(date +%s)_$$"
work=$(mktemp -d)
secret="$work/secret"
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$secret"
pids=()

cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  if [ "$nodes" != sqlite ]; then
    psql "$PG" -qc "DROP SCHEMA IF EXISTS $run CASCADE" >/dev/null 2>&1 || true
    redis-cli -u "$REDIS_URL" --scan --pattern "$run*" | xargs -r redis-cli -u "$REDIS_URL" del >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# Only this run's daemons: a port already taken would mean measuring something else.
for k in $(seq 1 "$count"); do
  port=$((PORT_BASE + k - 1))
  if curl -s -o /dev/null "http://127.0.0.1:$port/healthz"; then
    echo "bench-cluster: 127.0.0.1:$port is already in use" >&2; exit 1
  fi
done

common_env=(
  JWT_SECRET="$(cat "$secret")"
  RATE_LIMIT_PER_SEC=100000 RATE_LIMIT_BURST=100000
  MAX_CONCURRENT_CHATS_PER_STAFF=5 IDLE_TIMEOUT_SECS=3600 RUST_LOG="${RUST_LOG:-warn}"
)
if [ "$nodes" = node ]; then
  cluster_env=()   # the baseline makes its schema itself (PG_SCHEMA)
elif [ "$nodes" != sqlite ]; then
  psql "$PG" -qc "CREATE SCHEMA $run" >/dev/null
  db_url="$PG?options=-csearch_path%3D$run"
  cluster_env=(DATABASE_URL="$db_url" REDIS_URL="$REDIS_URL" REDIS_KEY_PREFIX="$run")
  env "${common_env[@]}" "${cluster_env[@]}" "$BIN_DIR/concierged" migrate >"$OUT/$run.migrate.log" 2>&1 ||
    { echo "bench-cluster: migrate failed; see $OUT/$run.migrate.log" >&2; exit 1; }
else
  cluster_env=()
fi

# One node at a time, each ready before the next.
ready=readyz
[ "$nodes" = node ] && ready=healthz   # the baseline has no readiness probe
servers=()
for k in $(seq 1 "$count"); do
  port=$((PORT_BASE + k - 1))
  mkdir -p "$work/n$k"
  if [ "$nodes" = node ]; then
    (cd "$NODE_BASELINE" && exec nice -n "${NICE:-0}" env JWT_SECRET="$(cat "$secret")" \
      LISTEN="127.0.0.1:$port" DATABASE_URL="$PG" PG_SCHEMA="$run" RESET_DB=1 \
      PERSIST="${PERSIST:-tx}" MAX_CONCURRENT_CHATS_PER_STAFF=5 node server.js) \
      >"$OUT/$run.n$k.log" 2>&1 &
  else
    nice -n "${NICE:-0}" env "${common_env[@]}" "${cluster_env[@]}" CONCIERGE_NODE_ID="n$k" \
      "$BIN_DIR/concierged" serve --data-dir "$work/n$k" --listen "127.0.0.1:$port" \
      >"$OUT/$run.n$k.log" 2>&1 &
  fi
  pids+=($!)
  servers+=("127.0.0.1:$port")
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/$ready" && break
    kill -0 "${pids[$((k - 1))]}" 2>/dev/null || { echo "bench-cluster: node $k exited; see $OUT/$run.n$k.log" >&2; exit 1; }
    sleep 0.1
  done
  curl -sf -o /dev/null "http://127.0.0.1:$port/$ready" || { echo "bench-cluster: node $k not ready in 30 s" >&2; exit 1; }
done

# The PostgreSQL backends serving these daemons (found by the daemons'
# client ports), at the same priority; again 6 s in (after the default
# 5 s ramp), for connections opened on demand.
renice_backends() {
  [ "${NICE:-0}" != 0 ] && [ "$nodes" != sqlite ] || return 0
  local ports
  ports=$(for p in "${pids[@]}"; do ss -tnpH state established "( dport = :5432 )" | grep "pid=$p," | awk '{print $3}' | sed 's/.*://'; done | paste -sd, -)
  [ -n "$ports" ] || return 0
  psql "$PG" -tAc "SELECT pid FROM pg_stat_activity WHERE client_port IN ($ports)" | xargs -r renice -n "$NICE" -p >/dev/null 2>&1 || true
}
renice_backends
( sleep 6; renice_backends ) &
renicer=$!

load_before=$(cut -d' ' -f1 /proc/loadavg)
busy() { awk '/^cpu /{print $2+$3+$4+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat; }
read -r b0 t0 < <(busy)
status=0
nice -n "${NICE:-0}" "$BIN_DIR/concierge" load --server "$(IFS=,; echo "${servers[*]}")" --jwt-secret-file "$secret" \
  --customers "${CUSTOMERS:-200}" --staff "${STAFF:-40}" --ask-human "${ASK_HUMAN:-1.0}" \
  --rate "$rate" --duration "${DURATION:-10s}" --ramp "${RAMP:-5s}" --drain "${DRAIN:-10s}" \
  --json --quiet >"$OUT/$run.json" 2>"$OUT/$run.load.log" || status=$?
read -r b1 t1 < <(busy)
wait "$renicer" 2>/dev/null || true
# Proof the run went through PostgreSQL: the messages stored in this run's schema.
stored=sqlite
if [ "$nodes" != sqlite ]; then
  stored=$(psql "$PG" -tAc "SELECT count(*) FROM $run.chat_messages" 2>/dev/null || echo "?")
fi
cpu=$(awk -v b=$((b1 - b0)) -v t=$((t1 - t0)) -v n="$(nproc)" 'BEGIN{printf "%.2f", t ? b / t * n : 0}')

jq -r --arg nodes "$nodes" --arg rate "$rate" --arg cpu "$cpu" --arg load "$load_before" --arg run "$run" --arg stored "$stored" '
  "nodes=\($nodes) rate=\($rate) ackP99=\(.latency.sendToAck.p99Ms) c2sP99=\(.latency.customerToStaff.p99Ms)"
  + " ackedPerSec=\(.messages.ackedPerSec) delivered=\(.messages.deliveredToStaff)/\(.messages.sentToStaff)"
  + " errors=\([.errors[]] | add // 0) ok=\([.servers[].ok | tostring] | join("+")) cpu=\($cpu) load=\($load) stored=\($stored) report=\($run).json"
' "$OUT/$run.json" || { echo "bench-cluster: no report; see $OUT/$run.load.log" >&2; exit 1; }
exit "$status"
