#!/usr/bin/env bash
# Measures the daemon's source hashing (Digests.FileDigests through libcrypto):
# SHA-256 alone, and SHA-256 + SHA-1 in one read pass, on a 1 GB file in the
# page cache, with the release binary's hidden `gluon2tf digest` command;
# `openssl dgst` on the same file for comparison. Prints the MB/s of each run.
# Usage: scripts/bench_hash.sh [rounds]     (default 3; needs ~1 GB in /tmp)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
swift build -c release --static-swift-stdlib --product gluon2tf 2>&1 | tail -n 1
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)/gluon2tf
grep -qw sha_ni /proc/cpuinfo && echo "CPU has SHA-NI" || echo "CPU has no SHA-NI"

file=$(mktemp /tmp/gluon2tf-hash-XXXXXX)
trap 'rm -f "$file"' EXIT
head -c 1000000000 /dev/urandom >"$file"
cat "$file" >/dev/null # into the page cache

seconds() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -n 1; }
for round in $(seq "$rounds"); do
  for mode in sha256 both openssl-sha256 openssl-sha1; do
    case $mode in
      sha256) took=$(seconds "$bin" digest "$file") ;;
      both) took=$(seconds "$bin" digest --sha1 "$file") ;;
      openssl-sha256) took=$(seconds openssl dgst -sha256 "$file") ;;
      openssl-sha1) took=$(seconds openssl dgst -sha1 "$file") ;;
    esac
    awk -v m="$mode" -v r="$round" -v t="$took" \
      'BEGIN { printf "round %d %-15s %6.3f s  %5.0f MB/s\n", r, m, t, 1000 / t }'
  done
done
