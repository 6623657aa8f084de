#!/usr/bin/env bash
# Command 2 of the README: run every test.
#   1. The Swift unit and integration tests (swift test), once under
#      AddressSanitizer (+ LeakSanitizer) and once under ThreadSanitizer
#      (scripts/sanitizers.sh). The ASan run is the plain run too: the same
#      suites, so a separate uninstrumented run would only repeat them.
#   2. Interop tests with the real frameworks: fixtures made by real MXNet +
#      GluonCV (cached in $GLUON2TF_CACHE, default ~/.cache/gluon2tf), converted
#      by the release binary, and loaded by real TensorFlow; and the watchd load
#      test (500 resnet18_v1b dropped at once).
#   3. The systemd unit: `systemd-analyze verify`, and `systemd-analyze security
#      --offline=true` must rate its exposure at 2.0 or less; then the unit
#      under a real systemd as PID 1 in private namespaces (scripts/systemd-test.sh).
#   4. A bounded fuzzing session of each parser (libFuzzer + ASan),
#      GLUON2TF_FUZZ_SECONDS per target (default 30; scripts/fuzz.sh runs long ones).
# Installs what is missing first, so it runs on a fresh Debian 12 + Swift 6.3 machine.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
export GLUON2TF_CACHE=${GLUON2TF_CACHE:-$HOME/.cache/gluon2tf}

status=0
passed=0
failed=0
# step NAME COMMAND…: runs one step, counts it, and keeps going on failure.
step() {
  local name=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; echo "test.sh: step '$name' FAILED"; fi
}
echo "== swift test under AddressSanitizer, then under ThreadSanitizer"
step "swift test (ASan)" bash scripts/sanitizers.sh address
# Under TSan, the suites whose code runs on several threads: the daemon (loop,
# workers, probe, mailbox, reload, signals, journal), the detached threads
# that verification and hashing run on, and the LZ4 path (decoder
# and checksum threads, SIGBUS guard). The rest is single-threaded and runs
# under ASan above; of the daemon's, the kill -9, fault-injection and two-daemon
# suites test file-system outcomes across processes, and four LZ4 tests of
# formats and layouts (single-threaded apart from the checksum thread that the
# others exercise) run under ASan only. That keeps CI near 45 minutes.
step "swift test (TSan)" bash scripts/sanitizers.sh thread \
  --filter 'WatchdTests\.' --filter 'ThreadsTests' --filter 'LZ4ConversionTests' --filter 'MMapIOTests\.(LZ4Tests|MappingGuardTests)' \
  --skip 'CrashRecoveryTests|FaultInjectionTests|ScaleOutTests' \
  --skip 'LZ4ConversionTests/(aTensorTooLarge|scopeHalfPrecision|theFormatIsTold|badInputFailsClearly)'

echo "== interop (real MXNet + GluonCV → gluon2tf → real TensorFlow)"
swift build -c release --static-swift-stdlib --product gluon2tf 2>&1 | tail -n 1
export GLUON2TF_BIN
GLUON2TF_BIN=$(swift build -c release --static-swift-stdlib --show-bin-path)/gluon2tf
bash interop/venvs.sh
"$GLUON2TF_CACHE/venv-mx/bin/python" interop/make_fixtures.py --out "$GLUON2TF_CACHE/fixtures"
step "interop" "$GLUON2TF_CACHE/venv-tf/bin/python" -m pytest -q -c interop/pytest.ini interop/tests

echo "== systemd unit (verify; security exposure ≤ 2.0)"
# verify checks that ExecStart's binary exists: check a copy that points at the built one.
check_unit() {
  local work report exposure
  work=$(mktemp -d)
  sed "s|/usr/local/bin/gluon2tf|$GLUON2TF_BIN|" systemd/gluon2tf-watchd.service >"$work/gluon2tf-watchd.service"
  systemd-analyze verify --man=no "$work/gluon2tf-watchd.service" || { rm -rf "$work"; return 1; }
  report=$(systemd-analyze security --offline=true --no-pager "$work/gluon2tf-watchd.service")
  rm -rf "$work"
  exposure=$(awk '/Overall exposure level/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+\.[0-9]+$/) print $i }' <<<"$report")
  [[ -n $exposure ]] || { echo "$report"; echo "no exposure level in the report" >&2; return 1; }
  if awk -v e="$exposure" 'BEGIN { exit !(e > 2.0) }'; then
    grep "✗" <<<"$report" || true
    echo "gluon2tf-watchd.service: exposure $exposure is above 2.0" >&2
    return 1
  fi
  echo "gluon2tf-watchd.service: verify passed, exposure $exposure"
}
step "systemd unit" check_unit
# The unit under a real systemd as PID 1 in private namespaces (overlays keep
# the host untouched): install, drops, journal, watchdog, reload, stop, MemoryMax.
step "systemd (PID 1)" bash scripts/systemd-test.sh "$GLUON2TF_BIN" "$GLUON2TF_CACHE/fixtures"

echo "== fuzzing (bounded)"
step "fuzzing" bash scripts/fuzz.sh "${GLUON2TF_FUZZ_SECONDS:-30}"

# The six steps (each holds many tests; their own summaries are above).
echo "steps: $passed passed, $failed failed"
exit $status
