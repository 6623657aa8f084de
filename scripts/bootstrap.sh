#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build, and run the main job
# on the built-in default (a deterministic sample resnet50_v1d written in MXNet
# format by gluon2tf itself, converted to a TensorFlow checkpoint, then listed).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
echo "bootstrap: building (release)"
swift build -c release --static-swift-stdlib --product gluon2tf 2>&1 | tail -n 3
binary=$(swift build -c release --static-swift-stdlib --show-bin-path)/gluon2tf
echo "bootstrap: $binary demo --model ${GLUON2TF_DEMO_MODEL:-resnet50_v1d}"
"$binary" demo --model "${GLUON2TF_DEMO_MODEL:-resnet50_v1d}" --out demo-out
echo "bootstrap: inspect the mapping with: $binary inspect demo-out/${GLUON2TF_DEMO_MODEL:-resnet50_v1d}.params"
