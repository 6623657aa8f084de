"""Peak memory of the shipped binary does not grow with the model (issue 11, item 13).

The bounds of the README and BENCHMARKS.md, on the binary under test (the static
release build in CI): ``convert --no-verify`` at most 32 MiB of peak RSS, and
``convert`` with its verification at most 64 MiB, for the largest GluonCV-made
fixtures (resnest269, the deepest; se_resnext101_64x4d and resnext101_64x4d, whose
last stage has 16 MiB 2048→2048 kernels; and resnet152_v1d) and for a resnet18_v1b with a 300,000-class head, whose
``fc.weight`` alone is 586 MiB. The latter is a ``gluon2tf demo --classes`` sample
(deterministic random weights in GluonCV's layout): its size is the point, and
real GluonCV weights of that shape would only cost the cache 650 MB.

Peak RSS comes from GNU time (``%M``, the child's ``ru_maxrss``), never a clock.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

GNU_TIME = Path("/usr/bin/time")
CONVERT_BOUND_KIB = 32 * 1024
VERIFY_BOUND_KIB = 64 * 1024


def peak_rss_kib(binary, arguments, work):
    """Runs ``binary ARGUMENTS`` under GNU time; returns its peak RSS in KiB."""
    report = work / "time.txt"
    result = subprocess.run(
        [str(GNU_TIME), "-f", "%M", "-o", str(report), str(binary)] + arguments,
        capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, "%s failed (%d): %s" % (arguments, result.returncode, result.stderr[-2000:])
    return int(report.read_text().split()[-1])


@pytest.fixture(scope="module")
def huge_head(binary, tmp_path_factory):
    """A resnet18_v1b sample with 300,000 classes, written by ``gluon2tf demo``."""
    work = tmp_path_factory.mktemp("huge-head")
    result = subprocess.run(
        [str(binary), "demo", "--model", "resnet18_v1b", "--classes", "300000", "--out", str(work)],
        capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-2000:]
    params = work / "resnet18_v1b-300000.params"
    assert params.stat().st_size > 600 * 1024 * 1024, "the head makes the file over 600 MB"
    shutil.rmtree(work / "resnet18_v1b-300000")  # demo's own conversion; measured below
    yield params
    shutil.rmtree(work, ignore_errors=True)


@pytest.mark.skipif(not GNU_TIME.exists(), reason="needs GNU time (/usr/bin/time, Debian package time)")
@pytest.mark.parametrize("source", ["resnest269", "se_resnext101_64x4d", "resnext101_64x4d", "resnet152_v1d",
                                    "huge_head"])
@pytest.mark.parametrize("verify", [False, True], ids=["no-verify", "verify"])
def test_peak_rss_is_bounded(binary, fixture_dir, manifests, huge_head, source, verify, tmp_path):
    params = huge_head if source == "huge_head" else fixture_dir / (source + ".params")
    arguments = ["convert", str(params), "--out", str(tmp_path / "out"), "--quiet"]
    if not verify:
        arguments.append("--no-verify")
    peak = peak_rss_kib(binary, arguments, tmp_path)
    bound = VERIFY_BOUND_KIB if verify else CONVERT_BOUND_KIB
    print("%s %s: peak RSS %.1f MiB" % (source, "verify" if verify else "no-verify", peak / 1024))
    assert peak <= bound, "%s: peak RSS %.1f MiB is over %d MiB" % (
        " ".join(arguments[2:]), peak / 1024, bound // 1024)
