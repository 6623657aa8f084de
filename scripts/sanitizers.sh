#!/usr/bin/env bash
# Runs the Swift test suite (swift test: every Swift Testing suite in Tests/)
# under AddressSanitizer (+ LeakSanitizer) and/or ThreadSanitizer.
# Usage: scripts/sanitizers.sh [address|thread|all] [SWIFT TEST ARGUMENTS…]
#   (default all; extra arguments go to swift test, e.g. --filter WatchdTests)
# Each sanitizer has its own build (.build-asan, .build-tsan). On 2 cores, build
# + tests take about 7 min (ASan) and 9.5 min (TSan).
# The CLI and daemon tests spawn the gluon2tf binary built next to the tests, so
# those children are sanitized too and inherit the options below (systemd-journald,
# unshare and the tools the tests run are not). Every report goes to a file in
# /tmp/gluon2tf-<sanitizer>-reports/ (log_path), the children's included, since
# tests send a child's stderr to their own log files. The run fails on a failed
# test or on any report file, whether or not a test noticed the report.
# Options (strict, explicit):
#   ASan: halt_on_error=1 (the first error ends the process);
#     detect_stack_use_after_return=1; strict_string_checks=1; detect_leaks=1.
#     Leak detection stays on because gluon2tf allocates, maps and frees raw
#     memory itself; the Swift runtime's reports that are not leaks (pointers
#     it stores encoded, where LSan cannot see them) and one swift-foundation
#     leak are suppressed one by one, each explained, in scripts/lsan.supp.
#   TSan: halt_on_error=1; second_deadlock_stack=1; no suppressions.
# Only the Swift Testing runner is run (--disable-xctest): there are no XCTest
# tests, and XCTest's empty runner leaks its own suite objects at exit.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh >/dev/null
which=${1:-all}
shift || true
case $which in
  address) sanitizers=(address) ;;
  thread) sanitizers=(thread) ;;
  all) sanitizers=(address thread) ;;
  *) echo "usage: scripts/sanitizers.sh [address|thread|all] [SWIFT TEST ARGUMENTS…]" >&2; exit 2 ;;
esac

# run_sanitizer NAME SCRATCH [SWIFT TEST ARGUMENTS…]: build, test, check reports.
run_sanitizer() {
  local name=$1 scratch=$2 reports="/tmp/gluon2tf-$1-reports" log="/tmp/gluon2tf-$1.log" start=$SECONDS
  shift 2
  rm -rf "$reports"
  mkdir -p "$reports"
  local -x ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:log_path=$reports/asan"
  local -x LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
  local -x TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:log_path=$reports/tsan"

  echo "sanitizers: $name: building ($scratch)"
  if ! swift build --build-tests --sanitize="$name" --scratch-path "$scratch" >"$log" 2>&1; then
    grep -E "error:" "$log" | head -n 20
    echo "sanitizers: $name: build FAILED; see $log"
    return 1
  fi
  local built=$SECONDS status=0

  # As root, in a private mount namespace of its own: the Files tests then
  # mount small tmpfs file systems (mount points that removal must never
  # cross) without any of them being seen outside, and they all vanish with it.
  local isolate=()
  if [[ $(id -u) -eq 0 ]] && unshare --mount --propagation private true 2>/dev/null; then
    isolate=(unshare --mount --propagation private)
  fi
  echo "sanitizers: $name: testing${isolate:+ (private mount namespace)}"
  if ! "${isolate[@]}" swift test --skip-build --sanitize="$name" --scratch-path "$scratch" --no-parallel --disable-xctest "$@" \
    >"$log" 2>&1; then
    status=1
    echo "sanitizers: $name: swift test FAILED; see $log"
  fi
  grep -E "error:|✘|failed|Test run with" "$log" || true
  if compgen -G "$reports/*" >/dev/null; then
    status=1
    echo "sanitizers: $name: reports (test process and spawned binaries):"
    for report in "$reports"/*; do
      echo "--- $report"
      head -n 100 "$report"
    done
  fi
  echo "sanitizers: $name: build $((built - start)) s, tests $((SECONDS - built)) s$( ((status)) && echo ", FAILED")"
  return $status
}

status=0
for name in "${sanitizers[@]}"; do
  case $name in
    address) run_sanitizer address .build-asan "$@" || status=1 ;;
    thread) run_sanitizer thread .build-tsan "$@" || status=1 ;;
  esac
done
exit $status
