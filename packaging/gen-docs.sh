#!/usr/bin/env bash
# Man pages and shell completions for the three binaries, generated from
# their clap definitions (hidden subcommands/flags), so they cannot drift.
#
#   packaging/gen-docs.sh                      # builds release, writes target/packaging/
#   packaging/gen-docs.sh --no-build --bin-dir target/debug
#
# Output: target/packaging/man/*.1.gz and
#         target/packaging/completions/{bash,zsh,fish}/
set -euo pipefail
cd "$(dirname "$0")/.."

bin_dir=target/release
out=target/packaging
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --bin-dir) bin_dir=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "usage: $0 [--no-build] [--bin-dir DIR] [--out DIR]" >&2; exit 2 ;;
  esac
done

if [ "$build" = 1 ]; then
  cargo build --release --workspace --bins
fi
for b in concierged concierge-agent concierge; do
  [ -x "$bin_dir/$b" ] || { echo "gen-docs: $bin_dir/$b missing (build first)" >&2; exit 1; }
done

rm -rf "$out/man" "$out/completions"
mkdir -p "$out/man" "$out/completions/bash" "$out/completions/zsh" "$out/completions/fish"

"$bin_dir/concierged" man "$out/man"
"$bin_dir/concierge-agent" --generate-man "$out/man"
"$bin_dir/concierge" man > "$out/man/concierge.1"
# Debian policy: man pages gzip -9, no timestamp (-n) so builds are
# reproducible.
gzip -9nf "$out"/man/*.1

for b in concierged concierge-agent concierge; do
  for shell in bash zsh fish; do
    case "$shell" in
      bash) file="$out/completions/bash/$b" ;;
      zsh) file="$out/completions/zsh/_$b" ;;
      fish) file="$out/completions/fish/$b.fish" ;;
    esac
    if [ "$b" = concierge-agent ]; then
      "$bin_dir/$b" --generate-completions "$shell" > "$file"
    else
      "$bin_dir/$b" completions "$shell" > "$file"
    fi
  done
done
echo "gen-docs: wrote $(ls "$out/man" | wc -l) man pages and $(find "$out/completions" -type f | wc -l) completion files under $out"
