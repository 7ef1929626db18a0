#!/usr/bin/env bash
# Leave-one-shop-out over every tuning set: each set measured as a shop
# the learned readers, the page reranker and the quote model never saw.
#
#   daemon/assistant/corpus/loso.sh OUT [--train]
#
# --train first captures every set (`tune --hold-out S --capture`) and
# trains the reranker's and the quote model's weights without each set
# into OUT/weights (about 30 minutes on 2 cores); without it the weights
# already in OUT/weights are reused. Each set's predictions go to
# OUT/pred-S.jsonl and its report line to OUT/row-S; the summary over
# all sets is printed by loso_summary.py. Only tuning sets are named
# (`gen_from_cases.TUNING`); the unseen shops are never captured.
set -euo pipefail
out=${1:?usage: loso.sh OUT [--train]}
train=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
mkdir -p "$out/weights"
out=$(cd "$out" && pwd)
cd "$root"
cargo build --release -q -p concierge-assistant --example tune
tune="$root/target/release/examples/tune"
sets=$(python3 -c "import sys; sys.path.insert(0, '$here'); from gen_from_cases import TUNING; print(' '.join(s for s, _ in TUNING))")
export tune out here TMPDIR="${TMPDIR:-/tmp}"
if [ "$train" = "--train" ]; then
  # Capture writes $TMPDIR/rerank-S.jsonl and $TMPDIR/quote-S.jsonl (TMPDIR
  # defaults to /tmp; one of its own lets two runs go side by side).
  printf '%s\n' $sets | xargs -P2 -I{} sh -c '"$tune" --hold-out {} --capture >/dev/null'
  printf '%s\n' $sets | xargs -P2 -I{} sh -c '
    python3 "$here/gen_rerank.py" --hold-out {} --out "$out/weights/rerank-{}.tsv" >/dev/null &&
    python3 "$here/gen_rerank.py" --quotes --hold-out {} --out "$out/weights/quote-{}.tsv" >/dev/null'
fi
# `tune` writes $TMPDIR/tune-S.jsonl; each set runs in a directory of its own.
printf '%s\n' $sets | xargs -P2 -I{} sh -c '
  "$tune" --hold-out {} --rerank "$out/weights/rerank-{}.tsv" --quote "$out/weights/quote-{}.tsv" \
    | tail -1 > "$out/row-{}" && cp "$TMPDIR"/tune-{}.jsonl "$out/pred-{}.jsonl"'
python3 "$here/loso_summary.py" "$out"
