#!/usr/bin/env bash
# Produce BENCHMARKS.md at the repository root: gluon2tf side by side with cp, the
# plain Python pipeline (mxnet 1.9.1 + numpy 1.23.5 + tensorflow-cpu 2.15.1), a real
# MXNet forward (imperative and hybridized) and a real TF forward (python/gluon2tf_tf),
# for resnet50_v1d, resnet101_v1d and resnet152_v1d at 224×224 and 448×448. A script, not
# a test: nothing asserts on time.
#
#   1. builds the release binary (static Swift runtime, as scripts/test.sh does);
#   2. makes venv-mx, venv-tf and venv-pipeline (interop/venvs.sh mx tf pipeline);
#   3. makes the fixtures it measures (interop/make_fixtures.py; cached), resnet152_v1d,
#      resnest269, se_resnext101_64x4d and resnext101_64x4d for the memory bounds among them;
#   4. runs the watchd load test (interop/tests/test_load.py: 500 resnet18_v1b
#      dropped at once; its figures go into BENCHMARKS.md);
#   5. runs interop/bench.py (BENCH_RUNS interleaved rounds, default 5, then watchd
#      drop-to-published latency) and writes BENCHMARKS.md (raw samples:
#      $GLUON2TF_CACHE/benchmarks-raw.json);
#   6. appends the hashing figures of scripts/bench_hash.sh.
#
# Usage: scripts/benchmarks.sh [extra interop/bench.py options, e.g. --output /tmp/b.md]
# Environment: BENCH_RUNS (default 5), BENCH_MODELS (default resnet50_v1d,resnet101_v1d,resnet152_v1d),
#              GLUON2TF_CACHE (default ~/.cache/gluon2tf).
# Takes well over 12 minutes at N=5 on 2 cores once the venvs and fixtures exist (three
# models, two input sizes; the time was 12 minutes for two models at one size).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
export GLUON2TF_CACHE=${GLUON2TF_CACHE:-$HOME/.cache/gluon2tf}
runs=${BENCH_RUNS:-5}
models=${BENCH_MODELS:-resnet50_v1d,resnet101_v1d,resnet152_v1d}

build=(swift build -c release --static-swift-stdlib --product gluon2tf)
echo "== ${build[*]}"
"${build[@]}" 2>&1 | tail -n 1
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)/gluon2tf
[[ -x $bin ]] || { echo "benchmarks: $bin was not built" >&2; exit 1; }

echo "== venvs and fixtures"
bash interop/venvs.sh mx tf pipeline
"$GLUON2TF_CACHE/venv-mx/bin/python" interop/make_fixtures.py --out "$GLUON2TF_CACHE/fixtures" --models "$models,resnet18_v1b,resnet152_v1d,resnest269,se_resnext101_64x4d,resnext101_64x4d"

echo "== watchd load test (interop/tests/test_load.py)"
load_report="$GLUON2TF_CACHE/load-test-bench.json"
rm -f "$load_report"
GLUON2TF_BIN=$bin GLUON2TF_LOAD_REPORT=$load_report "$GLUON2TF_CACHE/venv-tf/bin/python" -m pytest -q \
  -c interop/pytest.ini interop/tests/test_load.py

echo "== interop/bench.py (N=$runs; uptime: $(uptime))"
python3 interop/bench.py --bin "$bin" --fixtures "$GLUON2TF_CACHE/fixtures" --models "$models" --runs "$runs" \
  --build-command "${build[*]}" --json "$GLUON2TF_CACHE/benchmarks-raw.json" --load-test "$load_report" \
  --output BENCHMARKS.md "$@"
echo "== watchd load test on tmpfs (the same test with its folders in /dev/shm: no disk)"
shm_report="$GLUON2TF_CACHE/load-test-tmpfs.json"
shm_base=$(mktemp -d /dev/shm/gluon2tf-load-XXXXXX)
rm -f "$shm_report"
for workers in 2 4; do
  GLUON2TF_BIN=$bin GLUON2TF_LOAD_WORKERS=$workers GLUON2TF_LOAD_REPORT="$shm_report.$workers" \
    "$GLUON2TF_CACHE/venv-tf/bin/python" -m pytest -q -c interop/pytest.ini --basetemp="$shm_base/w$workers" \
    interop/tests/test_load.py
done
rm -rf "$shm_base"
disk_mbs=$( { dd if=/dev/zero of="$GLUON2TF_CACHE/dd-probe" bs=4M count=256 conv=fsync 2>&1 >/dev/null || true; } | awk '/copied/ { print $(NF-1), $NF }')
rm -f "$GLUON2TF_CACHE/dd-probe"
{
  echo
  echo "## watchd under load without a disk (tmpfs)"
  echo
  echo "The load test again (500 × resnet18_v1b at once, verification on, \`--on-success delete\`),"
  echo "with every folder in /dev/shm, so durable writes cost no disk time: what the daemon does"
  echo "when the CPUs are the limit. The same host's disk took $disk_mbs for a 1 GiB"
  echo "\`dd … conv=fsync\`; 600 files/min of 46.8 MB is 468 MB/s of durable writes."
  echo
  echo "| workers | wall s | files/min | MB/s of source | daemon peak RSS MiB |"
  echo "|---:|---:|---:|---:|---:|"
  for workers in 2 4; do
    python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print("| %d | %.1f | %.0f | %.0f | %.1f |" % (r["workers"], r["seconds"], r["files_per_minute"], r["mb_per_second"], r["peak_rss_mib"]))' "$shm_report.$workers"
  done
} >>BENCHMARKS.md

echo "== hashing (scripts/bench_hash.sh)"
hash_out=$(bash scripts/bench_hash.sh 3)
{
  echo
  echo "## Hashing (SHA-256, and SHA-256 + SHA-1 in one read pass)"
  echo
  echo "\`scripts/bench_hash.sh 3\`: the release binary's hidden \`gluon2tf digest\` (libcrypto EVP, the"
  echo "daemon's \`Digests.FileDigests\`) on a 1 GB file in the page cache, one thread, and"
  echo "\`openssl dgst\` on the same file. SHA-1 is computed only for sources named like GluonCV's"
  echo "downloads (\`<model>-<8 hex>.params\`) and by the daemon for every \`.params\`."
  echo
  echo '```'
  echo "$hash_out"
  echo '```'
} >>BENCHMARKS.md
echo "== done (uptime: $(uptime))"
