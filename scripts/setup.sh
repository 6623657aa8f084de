#!/usr/bin/env bash
# Installs what gluon2tf needs on Debian 12 (system packages only; the Python
# venvs for the interop tests are made by interop/venvs.sh). Idempotent: it
# calls apt-get only when a package is missing. Needs root (or sudo) for that.
set -euo pipefail

packages=(
  liblz4-dev        # LZ4 frame decoding (.params.lz4)
  libxxhash-dev     # XXH32: LZ4 content checksums, checked on a second thread
  libopenblas-dev   # cblas_sgemm for the verification forward pass
  libisal-dev       # crc32_iscsi: CRC32C for checkpoint checksums
  libssl-dev        # libcrypto's EVP SHA-256 and SHA-1: source digests, GluonCV's name check
  pkg-config        # SwiftPM finds the libraries above through it
  lz4               # the lz4 tool, for test fixtures
  python3-venv      # venvs for the interop tests (real MXNet and TensorFlow)
  time              # /usr/bin/time for peak RSS in benchmarks
  systemd           # watchd tests: systemd-journald, journalctl; CI: systemd-analyze on the unit
  util-linux        # watchd tests: unshare (journald in a private mount + network namespace)
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# python3-venv is Debian's split of the stdlib venv module; a python3 that
# already has a working venv + ensurepip (e.g. pyenv's) does not need it.
if [[ " ${missing[*]-} " == *" python3-venv "* ]] && python3 -c 'import ensurepip, venv' 2>/dev/null; then
  missing=("${missing[@]/python3-venv/}")
fi
read -r -a missing <<<"${missing[*]-}"

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null; then
  for candidate in /opt/swift/usr/bin /usr/share/swift/usr/bin; do
    [[ -x $candidate/swift ]] && export PATH="$candidate:$PATH"
  done
fi
command -v swift >/dev/null || { echo "setup: Swift 6.3 is required (swift not found on PATH)" >&2; exit 1; }
echo "setup: system packages present; $(swift --version 2>/dev/null | head -n 1)"
