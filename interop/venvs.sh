#!/usr/bin/env bash
# Create (or refresh) the two Python virtual environments of gluon2tf's interop tests.
#
#   venv-mx  requirements-mx.txt, then requirements-mx-nodeps.txt with --no-deps
#            (mxnet 1.9.1 + gluoncv 0.10.5.post0; runs make_fixtures.py)
#   venv-tf  requirements-tf.txt (tensorflow-cpu 2.21.0 + pytest; runs interop/tests)
#   venv-pipeline  requirements-pipeline.txt (mxnet 1.9.1 + numpy 1.23.5 + tensorflow-cpu 2.15.1
#            in one venv: the plain Python pipeline of interop/bench.py). Only on request:
#            the tests never need it.
#
# Usage: interop/venvs.sh [mx] [tf] [pipeline]   (no argument: mx and tf)
#
# Environment:
#   GLUON2TF_CACHE   cache root (default ~/.cache/gluon2tf); venvs go to $GLUON2TF_CACHE/venv-{mx,tf,pipeline}
#   GLUON2TF_PYTHON  interpreter used to create the venvs (default python3; 3.11 is what the pins target)
#
# Idempotent and cheap when up to date: each venv holds a stamp file with a SHA-256 over
# the interpreter version and its requirement files; a changed pin (or interpreter)
# rebuilds that venv from scratch. The stamp is written last, so an interrupted build
# is redone on the next call. Concurrent calls are serialised with flock.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=${GLUON2TF_CACHE:-$HOME/.cache/gluon2tf}
python=${GLUON2TF_PYTHON:-python3}

log() { printf '[venvs] %s\n' "$*"; }
die() { printf '[venvs] error: %s\n' "$*" >&2; exit 1; }

# ensure_venv NAME REQUIREMENTS [NODEPS_REQUIREMENTS]
ensure_venv() {
  local name=$1 requirements=$2 nodeps=${3:-}
  local venv=$cache/venv-$name
  local stamp=$venv/.gluon2tf-stamp
  local files=("$requirements")
  [[ -n $nodeps ]] && files+=("$nodeps")

  local want
  want=$({ "$python" -c 'import sys; print(sys.version)'; cat "${files[@]}"; } | sha256sum | cut -d' ' -f1)
  if [[ -f $stamp && $(<"$stamp") == "$want" ]] && "$venv/bin/python" -c '' 2>/dev/null; then
    log "venv-$name up to date ($venv)"
    return
  fi

  if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
    die "$python cannot create virtual environments (no ensurepip); on Debian/Ubuntu run: apt-get install python3-venv"
  fi
  if [[ -e $venv ]]; then
    log "venv-$name out of date or incomplete: removing $venv"
    rm -rf "$venv"
  fi
  log "creating venv-$name with $("$python" -c 'import sys; print(sys.executable, sys.version.split()[0])') at $venv"
  "$python" -m venv "$venv" || die "python -m venv failed; on Debian/Ubuntu run: apt-get install python3-venv"
  log "venv-$name: pip install -r ${requirements#"$here"/}"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
  if [[ -n $nodeps ]]; then
    log "venv-$name: pip install --no-deps -r ${nodeps#"$here"/}"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -r "$nodeps"
  fi
  printf '%s\n' "$want" >"$stamp"
  log "venv-$name ready"
}

targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(mx tf)

mkdir -p "$cache"
if command -v flock >/dev/null; then
  exec 9>"$cache/.venvs.lock"
  flock 9
fi

for target in "${targets[@]}"; do
  case $target in
    mx) ensure_venv mx "$here/requirements-mx.txt" "$here/requirements-mx-nodeps.txt" ;;
    tf) ensure_venv tf "$here/requirements-tf.txt" ;;
    pipeline) ensure_venv pipeline "$here/requirements-pipeline.txt" ;;
    *) die "unknown venv '$target' (expected mx, tf or pipeline)" ;;
  esac
done
