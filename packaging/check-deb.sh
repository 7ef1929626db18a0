#!/usr/bin/env bash
# CI: build the .deb from the dev-profile binaries the test step already
# built (no release build: CI time), unpack it into a scratch root and check
# that everything is where the systemd unit and the docs say it is; then run
# the packaged daemon with the packaged config and health-check it.
#
#   packaging/check-deb.sh [BIN_DIR]     # default target/debug
set -euo pipefail
cd "$(dirname "$0")/.."

bin_dir=${1:-target/debug}
start=$(date +%s)
for tool in jq dpkg-deb; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    (apt-get update -qq && apt-get install -y -qq "$tool") >/dev/null || {
      echo "check-deb: $tool is missing and could not be installed" >&2
      exit 1
    }
  fi
done
# The test step leaves all three binaries in target/debug (each crate's
# integration tests run its binary). Build just what is missing: a
# `cargo build --workspace` after `cargo test` rebuilds rustls, ring and
# reqwest for a different feature set (~1.5 min on 2 cores). Run locally,
# build first so no stale binary is packaged.
for pair in concierged:concierged concierge-agent:concierge-agent concierge:concierge-cli; do
  b=${pair%%:*}
  if [ ! -x "$bin_dir/$b" ]; then
    [ "$bin_dir" = target/debug ] || { echo "check-deb: $bin_dir/$b missing" >&2; exit 1; }
    cargo build -p "${pair#*:}" --bin "$b"
  fi
done

scratch=$(mktemp -d)
daemon_pid=
cleanup() {
  if [ -n "$daemon_pid" ]; then kill "$daemon_pid" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT

deb=$(packaging/build-deb.sh --no-build --bin-dir "$bin_dir" --fast --out "$scratch/out")
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$scratch/control"

fail=0
need() { # need TEST PATH
  if ! test "$1" "$root$2"; then
    echo "check-deb: missing or wrong: $2 ($1)" >&2
    fail=1
  fi
}
for b in concierged concierge-agent concierge; do
  need -x "/usr/bin/$b"
  need -f "/usr/share/bash-completion/completions/$b"
  need -f "/usr/share/zsh/vendor-completions/_$b"
  need -f "/usr/share/fish/vendor_completions.d/$b.fish"
  need -f "/usr/share/man/man1/$b.1.gz"
done
for page in serve token init backup healthcheck migrate export import; do
  need -f "/usr/share/man/man1/concierged-$page.1.gz"
done
unit=/lib/systemd/system/concierged.service
need -f "$unit"
need -f /etc/concierge/concierged.toml
need -f /usr/share/doc/concierge/copyright
[ "$fail" = 0 ] || exit 1

# What the unit points at must be in the package.
exec_start=$(sed -n 's/^ExecStart=//p' "$root$unit")
exec_bin=${exec_start%% *}
config=$(sed -n 's/.*--config \([^ ]*\).*/\1/p' <<<"$exec_start")
need -x "$exec_bin"
need -f "$config"
grep -qx "$config" "$scratch/control/conffiles" || {
  echo "check-deb: $config is not a conffile" >&2
  fail=1
}
grep -q '^Depends: .*libc6' "$scratch/control/control" || {
  echo "check-deb: Depends lacks libc6" >&2
  fail=1
}
for s in postinst prerm postrm; do
  sh -n "$scratch/control/$s" || fail=1
done
[ "$fail" = 0 ] || exit 1

# systemd's own check of the unit, with its paths moved into the scratch
# root. A man page that `man` cannot find is reported too, so point it at
# the packaged ones. Skipped where systemd-analyze is missing.
if command -v systemd-analyze >/dev/null 2>&1; then
  sed "s#/usr/bin/#$root/usr/bin/#g; s#/etc/concierge/#$root/etc/concierge/#g" \
    "$root$unit" > "$scratch/concierged.service"
  # Unknown keys are only warnings to systemd, so any output fails.
  out=$(MANPATH="$root/usr/share/man" systemd-analyze verify "$scratch/concierged.service" 2>&1) || true
  if ! command -v man >/dev/null 2>&1; then
    # Without `man` the Documentation= check cannot pass.
    out=$(grep -v "Command 'man " <<<"$out" || true)
  fi
  if [ -n "$out" ]; then
    echo "check-deb: systemd-analyze verify: $out" >&2
    exit 1
  fi
fi

# The packaged binary starts with the packaged config, the way the unit
# runs it, and answers its own health check.
data="$scratch/data"
# Port 0: the kernel picks a free port, and the daemon's own start-up line
# says which. A random port of our choosing once collided with another
# process's and failed CI for nothing.
log="$scratch/daemon.log"
CONCIERGE_DATA_DIR="$data" CONCIERGE_LISTEN="127.0.0.1:0" RUST_LOG=warn,concierged::server=info \
  "$root/usr/bin/concierged" serve --config "$root/etc/concierge/concierged.toml" >"$log" 2>&1 &
daemon_pid=$!
ok=0
addr=
for _ in $(seq 1 100); do
  if [ -z "$addr" ]; then
    addr=$(sed -n 's/.*concierged listening addr=\([0-9.:]*\).*/\1/p' "$log" | head -1)
  fi
  if [ -n "$addr" ] && "$root/usr/bin/concierged" healthcheck --url "http://$addr/healthz" --timeout-secs 1 >/dev/null 2>&1; then
    ok=1
    break
  fi
  kill -0 "$daemon_pid" 2>/dev/null || break
  sleep 0.1
done
[ "$ok" = 1 ] || { echo "check-deb: the packaged daemon did not become healthy" >&2; cat "$log" >&2; exit 1; }
# An online backup of the running daemon's database.
"$root/usr/bin/concierged" backup --config "$root/etc/concierge/concierged.toml" \
  --data-dir "$data" "$scratch/backup.db" >/dev/null
[ -s "$scratch/backup.db" ] || { echo "check-deb: backup of the running daemon failed" >&2; exit 1; }
kill "$daemon_pid"
wait "$daemon_pid" 2>/dev/null || true
daemon_pid=

echo "check-deb: $(basename "$deb") ok ($(du -h "$deb" | cut -f1), $(($(date +%s) - start))s)"
