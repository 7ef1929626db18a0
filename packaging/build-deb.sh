#!/usr/bin/env bash
# Build the concierge .deb with dpkg-deb from [package.metadata.deb] in
# daemon/Cargo.toml (the same metadata `cargo deb` reads), so neither CI nor
# a packager needs cargo-deb installed.
#
#   packaging/build-deb.sh                     # release build, docs, .deb in target/debian/
#   packaging/build-deb.sh --no-build --bin-dir target/debug --fast   # what CI does
#
# Needs: cargo, jq, dpkg-deb; dpkg-shlibdeps if available (for Depends).
set -euo pipefail
cd "$(dirname "$0")/.."

bin_dir=target/release
out=target/debian
build=1
fast=0
revision=1
while [ $# -gt 0 ]; do
  case "$1" in
    --bin-dir) bin_dir=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --fast) fast=1; shift ;;
    --revision) revision=$2; shift 2 ;;
    *) echo "usage: $0 [--no-build] [--bin-dir DIR] [--out DIR] [--fast] [--revision N]" >&2; exit 2 ;;
  esac
done

if [ "$build" = 1 ]; then
  cargo build --release --workspace --bins
fi
packaging/gen-docs.sh --no-build --bin-dir "$bin_dir" >/dev/null

meta=$(cargo metadata --no-deps --format-version 1 --offline 2>/dev/null || cargo metadata --no-deps --format-version 1)
pkg=$(jq -c '.packages[] | select(.name == "concierged")' <<<"$meta")
deb=$(jq -c '.metadata.deb' <<<"$pkg")
field() { jq -r "$1 // empty" <<<"$deb"; }

name=$(field .name)
version="$(jq -r .version <<<"$pkg")-$revision"
arch=$(dpkg --print-architecture)
crate_dir=daemon

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/root"
mkdir -p "$root/DEBIAN"

# Assets: [source, destination, mode]. A destination ending in / is a
# directory; sources may be globs.
n=$(jq '.assets | length' <<<"$deb")
for ((i = 0; i < n; i++)); do
  src=$(jq -r ".assets[$i][0]" <<<"$deb")
  dest=$(jq -r ".assets[$i][1]" <<<"$deb")
  mode=$(jq -r ".assets[$i][2]" <<<"$deb")
  case "$src" in
    target/release/*) pattern="$bin_dir/${src#target/release/}" ;;
    *) pattern="$crate_dir/$src" ;;
  esac
  shopt -s nullglob
  # shellcheck disable=SC2206 # the glob must expand here
  files=($pattern)
  shopt -u nullglob
  if [ ${#files[@]} -eq 0 ]; then
    echo "build-deb: asset $src matches nothing ($pattern)" >&2
    exit 1
  fi
  for f in "${files[@]}"; do
    case "$dest" in
      */) target="$root/$dest$(basename "$f")" ;;
      *) target="$root/$dest" ;;
    esac
    install -D -m "$mode" "$f" "$target"
    case "$src" in
      # Like cargo-deb: no symbols in the package (a dev-profile binary
      # would otherwise be ~150 MB).
      target/release/*) strip "$target" ;;
    esac
  done
done

# Debian policy wants a copyright file (cargo-deb writes the same).
doc_dir="$root/usr/share/doc/$name"
mkdir -p "$doc_dir"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: $name"
  echo
  echo "Files: *"
  echo "Copyright: $(field .copyright)"
  echo "License: $(jq -r .license <<<"$pkg")"
} > "$doc_dir/copyright"
chmod 644 "$doc_dir/copyright"

# Maintainer scripts.
scripts=$(field '."maintainer-scripts"')
if [ -n "$scripts" ]; then
  for s in preinst postinst prerm postrm; do
    if [ -f "$crate_dir/$scripts/$s" ]; then
      install -m 755 "$crate_dir/$scripts/$s" "$root/DEBIAN/$s"
    fi
  done
fi
jq -r '."conf-files"[]? ' <<<"$deb" > "$root/DEBIAN/conffiles"
[ -s "$root/DEBIAN/conffiles" ] || rm "$root/DEBIAN/conffiles"

# Depends: $auto is what the binaries link against.
depends=$(field .depends)
if [[ "$depends" == *'$auto'* ]]; then
  auto="libc6, libgcc-s1"
  if command -v dpkg-shlibdeps >/dev/null 2>&1; then
    mkdir -p "$stage/shl/debian"
    printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$name" "$name" > "$stage/shl/debian/control"
    bins=$(find "$root/usr/bin" -type f | sed "s#^#$PWD/#; s#^$PWD/$stage#$stage#")
    # shellcheck disable=SC2086 # one argument per binary
    if line=$(cd "$stage/shl" && dpkg-shlibdeps -O $bins 2>/dev/null); then
      auto=${line#shlibs:Depends=}
    fi
  fi
  depends=${depends//\$auto/$auto}
fi

description=$(jq -r .description <<<"$pkg")
extended=$(field '."extended-description"' | fold -s -w 72 | sed 's/ *$//; s/^/ /')
installed_size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
{
  echo "Package: $name"
  echo "Version: $version"
  echo "Architecture: $arch"
  echo "Maintainer: $(field .maintainer)"
  echo "Installed-Size: $installed_size"
  echo "Depends: $depends"
  [ -z "$(field .recommends)" ] || echo "Recommends: $(field .recommends)"
  echo "Section: $(field .section)"
  echo "Priority: $(field .priority)"
  echo "Description: $description"
  echo "$extended"
} > "$root/DEBIAN/control"

(cd "$root" && find . -path ./DEBIAN -prune -o -type f -print0 | sort -z | xargs -0 md5sum | sed 's#  \./#  #') > "$root/DEBIAN/md5sums"

mkdir -p "$out"
file="$out/${name}_${version}_${arch}.deb"
if [ "$fast" = 1 ]; then
  compress=(-Zgzip -z1)
else
  compress=(-Zxz)
fi
dpkg-deb --root-owner-group "${compress[@]}" --build "$root" "$file" >/dev/null
echo "$file"
