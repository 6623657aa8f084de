#!/usr/bin/env bash
# Command 2 of the README: run every test.
#   1. Swift unit and integration tests (swift test).
#   2. Interop tests with the real frameworks: fixtures made by real MXNet +
#      GluonCV (cached in $GLUON2TF_CACHE, default ~/.cache/gluon2tf), converted
#      by the release binary, and loaded by real TensorFlow.
#   3. A bounded fuzzing session of each parser (libFuzzer + ASan),
#      GLUON2TF_FUZZ_SECONDS per target (default 30; scripts/fuzz.sh runs long ones).
# Installs what is missing first, so it runs on a fresh Debian 12 + Swift 6.3 machine.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
export GLUON2TF_CACHE=${GLUON2TF_CACHE:-$HOME/.cache/gluon2tf}

status=0
echo "== swift test"
set +e
swift test 2>&1 | tee /tmp/gluon2tf-swift-test.log | grep -E "error:|✘|failed|Test run with|Executed"
[[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
set -e

echo "== interop (real MXNet + GluonCV → gluon2tf → real TensorFlow)"
swift build -c release --static-swift-stdlib --product gluon2tf 2>&1 | tail -n 1
export GLUON2TF_BIN
GLUON2TF_BIN=$(swift build -c release --static-swift-stdlib --show-bin-path)/gluon2tf
bash interop/venvs.sh
"$GLUON2TF_CACHE/venv-mx/bin/python" interop/make_fixtures.py --out "$GLUON2TF_CACHE/fixtures"
"$GLUON2TF_CACHE/venv-tf/bin/python" -m pytest -q -c interop/pytest.ini interop/tests || status=1

echo "== fuzzing (bounded)"
bash scripts/fuzz.sh "${GLUON2TF_FUZZ_SECONDS:-30}" || status=1

exit $status
