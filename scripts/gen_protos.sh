#!/usr/bin/env bash
# Regenerates Sources/TensorBundle/Generated/*.pb.swift from docs/proto/*.proto.
# The generated files are committed; run this only after editing a .proto.
#
# Needs:
#   protoc            apt-get install -y protobuf-compiler   (3.21 used)
#   protoc-gen-swift  the version matching Package.resolved (1.39.0):
#       git clone https://github.com/apple/swift-protobuf /tmp/swift-protobuf
#       (cd /tmp/swift-protobuf && git checkout 1.39.0 && swift build -c release --product protoc-gen-swift)
#     then PROTOC_GEN_SWIFT=/tmp/swift-protobuf/.build/release/protoc-gen-swift, or put it on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
plugin=${PROTOC_GEN_SWIFT:-$(command -v protoc-gen-swift || echo /tmp/swift-protobuf/.build/release/protoc-gen-swift)}
out=Sources/TensorBundle/Generated
rm -f "$out"/*.pb.swift
mkdir -p "$out"
protoc --plugin=protoc-gen-swift="$plugin" \
  --proto_path=docs/proto \
  --swift_out="$out" \
  --swift_opt=Visibility=Internal \
  --swift_opt=FileNaming=DropPath \
  docs/proto/*.proto
ls -l "$out"
