"""The Swift verifier through the CLI (issue 3, items 4–6a/c).

Contract under test::

    gluon2tf verify CKPT --params SRC [--input X.npy] [--reference Y.npy] [--threshold 1e-5]
                         [--report PATH] [--save-logits PREFIX]

CKPT is the checkpoint directory or its ``<dir>/<scope>.ckpt`` prefix. Exit 0 =
passed, 3 = metrics over the threshold, 1 = error (e.g. a tensor whose CRC does
not match; stderr names it). The JSON report is written only where ``--report``
says; the checkpoint is only read (its ``report.json`` stays as it was); ``--save-logits P`` writes ``P.source.npy`` and
``P.checkpoint.npy`` (float32, ``(classes,)``). ``convert`` verifies by default
before publishing (``--no-verify`` skips it) and publishes ``OUT/report.json``.

(a) Every ResNet fixture (25 models, plus the float16 and export fixtures) at
224×224 and 193×257: the Swift source path against the real GluonCV logits
(relative L2 ≤ 1e-5, same top-1, computed here from the saved logits and checked
against the report), and the checkpoint path against the source path.
(c) Deliberately broken checkpoints — a conv kernel left untransposed (same
shape), gamma and beta of one BatchNorm swapped (both re-saved by TensorFlow
itself under the same names, so every CRC is valid and only the numerics can
tell), and one flipped data byte (CRC) — must fail with exit 3, 3 and 1.

Verify runs go through ``os.wait4`` so each run's own peak RSS is measured
independently of the report; tables of the errors and RSS are printed at the end.
"""

import json
import math
import os
import shutil
import subprocess
import tempfile
import time
from collections import namedtuple
from pathlib import Path

import numpy as np
import pytest

import fixture_catalog as catalog
import support

THRESHOLD = 1e-5
# Issue 12: the families it adds are held to 1e-6 against GluonCV on both paths.
STRICT_BOUND = 1e-6
STRICT_MODELS = frozenset(catalog.RESNESTS)
VERIFY_TIMEOUT = 900
RSS_LIMIT = 64 * 2**20  # issue 3 item 3: resnet152_v1d at 224×224, whole process
MODELS = catalog.RESNETS + (catalog.FP16, catalog.EXPORT)
CASES = [(name, tag) for name in MODELS for tag in catalog.INPUT_SIZES]
STAGES = ["C1", "C2", "C3", "C4", "C5"]
EXIT_PASSED, EXIT_ERROR, EXIT_OVER_THRESHOLD = 0, 1, 3

TABLE_SOURCE = "Swift verify, source path (MXNet semantics) vs GluonCV: relative L2"
TABLE_CHECKPOINT = "Swift verify, checkpoint path (TF semantics) vs GluonCV: relative L2"
TABLE_RSS = "Swift verify: peak RSS of the process (MiB, measured by wait4) / wall time (s)"

Run = namedtuple("Run", "argv returncode stdout stderr max_rss seconds")


def describe(run):
    return "%s\nexit %d\nstdout:\n%s\nstderr:\n%s" % (" ".join(run.argv), run.returncode, run.stdout, run.stderr)


GNU_TIME = "/usr/bin/time"


def run_measured(binary, *args, timeout=VERIFY_TIMEOUT):
    """Run ``gluon2tf ARGS``; return a :class:`Run` with the child's own peak RSS (bytes).

    The peak comes from GNU ``time`` (``%M``), not from this process's ``wait4``:
    a child forked from this Python process (TensorFlow loaded, ~1.7 GB) carries
    that resident set until ``exec``, and ``ru_maxrss`` would report it.
    """
    argv = [str(binary), *map(str, args)]
    marker = "GLUON2TF_MAXRSS_KIB="
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen([GNU_TIME, "-f", marker + "%M", *argv], stdout=out, stderr=err)
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > timeout:
                process.kill()
                os.wait4(process.pid, 0)
                process.returncode = -9
                pytest.fail("timed out after %d s: %s" % (timeout, " ".join(argv)))
            time.sleep(0.02)
        seconds = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stderr_lines = err.read().decode(errors="replace").splitlines(keepends=True)
        measured = [line for line in stderr_lines if line.startswith(marker)]
        assert measured, "GNU time printed no peak RSS for %s" % " ".join(argv)
        max_rss = int(measured[-1][len(marker):].strip()) * 1024
        stderr = "".join(line for line in stderr_lines if not line.startswith(marker))
        # GNU time reports a signal death as "Command terminated by signal N"; keep it visible.
        return Run(argv, process.returncode, out.read().decode(errors="replace"), stderr, max_rss, seconds)


@pytest.fixture(scope="module")
def verifier(binary):
    """The binary, after checking it has the ``verify`` subcommand of the contract."""
    result = subprocess.run([str(binary), "verify", "--help"], capture_output=True, text=True, timeout=60)
    if result.returncode != 0 or "--params" not in result.stdout + result.stderr:
        pytest.fail("%s has no `verify` subcommand (issue 3 contract: gluon2tf verify CKPT --params SRC "
                    "[--input X.npy] [--reference Y.npy] [--threshold T] [--report PATH] [--save-logits P]); "
                    "`verify --help` exited %d:\n%s%s"
                    % (binary, result.returncode, result.stdout[:600], result.stderr[:600]), pytrace=False)
    return binary


def reference_files(fixture_dir, manifests, name, tag):
    entry = manifests[name]["reference"]["sizes"][tag]
    return fixture_dir / entry["input"], fixture_dir / entry["logits"]


def load_report(path):
    assert path.is_file(), "no report at %s" % path
    return json.loads(path.read_text())


def close(a, b, rel=1e-3, abs_=1e-9):
    return math.isclose(a, b, rel_tol=rel, abs_tol=abs_)


def check_report(report, *, model, scope, source, input_kind, input_shape=None, input_path=None,
                 with_reference=False):
    """The fields of the report.json schema that do not depend on the numerics' outcome."""
    for key in ("model", "scope", "source", "checkpoint", "input", "threshold", "logits", "stages",
                "passed", "peakRSSBytes", "durationMs"):
        assert key in report, "report.json lacks %r: %s" % (key, sorted(report))
    assert report["model"] == model
    assert report["scope"] == scope
    assert Path(report["source"]).resolve() == Path(source).resolve(), report["source"]
    assert isinstance(report["checkpoint"], str) and report["checkpoint"]
    assert report["input"]["kind"] == input_kind, report["input"]
    shape = report["input"]["shape"]
    assert len(shape) == 4 and shape[:2] == [1, 3] and min(shape[2:]) >= 32, shape
    if input_shape is not None:
        assert shape == list(input_shape), shape
    if input_path is not None:
        assert Path(report["input"]["path"]).resolve() == Path(input_path).resolve(), report["input"]
    assert math.isclose(report["threshold"], THRESHOLD, rel_tol=1e-9), report["threshold"]
    logits = report["logits"]
    for key in ("relL2", "maxAbs", "cosine", "top1Agree", "top5Agree"):
        assert key in logits, "report.logits lacks %r: %s" % (key, logits)
    assert isinstance(logits["top1Agree"], bool) and isinstance(logits["top5Agree"], bool)
    assert [stage["name"] for stage in report["stages"]] == STAGES, report["stages"]
    assert all(isinstance(stage["relL2"], (int, float)) for stage in report["stages"])
    assert isinstance(report["passed"], bool)
    assert isinstance(report["peakRSSBytes"], int) and report["peakRSSBytes"] > 0
    assert isinstance(report["durationMs"], int) and report["durationMs"] >= 0
    if with_reference:
        for key in ("path", "sourceRelL2", "checkpointRelL2", "sourceTop1Agree", "checkpointTop1Agree"):
            assert key in report["reference"], "report.reference lacks %r: %s" % (key, report["reference"])
    else:
        assert report.get("reference") is None, "reference metrics without --reference: %s" % report["reference"]


# ------------------------------------------------- (a) source path vs GluonCV ---

@pytest.mark.parametrize("name,tag", CASES)
def test_verify_matches_gluoncv(verifier, gluon2tf, fixture_dir, manifests, tmp_path, name, tag):
    expect = manifests[name]["expect"]
    ckpt = gluon2tf.convert(name)
    x_path, ref_path = reference_files(fixture_dir, manifests, name, tag)
    report_path, logits_prefix = tmp_path / "report.json", tmp_path / "logits"
    run = run_measured(verifier, "verify", ckpt, "--params", gluon2tf.source(name), "--input", x_path,
                       "--reference", ref_path, "--report", report_path, "--save-logits", logits_prefix)
    size = "%s×%s" % catalog.INPUT_SIZES[tag]
    support.record(TABLE_RSS, name, size, "%.1f / %.2f" % (run.max_rss / 2**20, run.seconds))
    assert run.returncode == EXIT_PASSED, describe(run)

    ref = np.load(ref_path).reshape(-1)
    saved = {}
    for path in ("source", "checkpoint"):
        file = Path("%s.%s.npy" % (logits_prefix, path))
        assert file.is_file(), "--save-logits did not write %s\n%s" % (file, describe(run))
        saved[path] = np.load(file)
        assert saved[path].dtype == np.float32 and saved[path].shape == (1000,), (file, saved[path].dtype,
                                                                               saved[path].shape)
        assert np.all(np.isfinite(saved[path])), file
    source_rel = support.rel_l2(saved["source"], ref)
    checkpoint_rel = support.rel_l2(saved["checkpoint"], ref)
    paths_rel = support.rel_l2(saved["checkpoint"], saved["source"])
    support.record(TABLE_SOURCE, name, size, source_rel)
    support.record(TABLE_CHECKPOINT, name, size, checkpoint_rel)

    # The numerics themselves, from the saved logits.
    bound = STRICT_BOUND if name in STRICT_MODELS else THRESHOLD
    assert source_rel <= bound, "%s %s: Swift source path vs GluonCV relative L2 %.3e" % (name, tag, source_rel)
    assert np.argmax(saved["source"]) == np.argmax(ref), "top-1 differs from GluonCV"
    assert paths_rel <= THRESHOLD, "source vs checkpoint path relative L2 %.3e" % paths_rel
    assert np.argmax(saved["checkpoint"]) == np.argmax(saved["source"])
    assert checkpoint_rel <= bound, "%s %s: Swift checkpoint path vs GluonCV relative L2 %.3e" % (
        name, tag, checkpoint_rel)
    assert np.argmax(saved["checkpoint"]) == np.argmax(ref)

    # The report says the same.
    report = load_report(report_path)
    check_report(report, model=expect["model"], scope=expect["scope"], source=gluon2tf.source(name),
                 input_kind="npy", input_shape=np.load(x_path).shape, input_path=x_path, with_reference=True)
    assert report["passed"] is True
    logits = report["logits"]
    assert close(logits["relL2"], paths_rel, rel=1e-2), (logits["relL2"], paths_rel)
    assert close(logits["maxAbs"], float(np.abs(saved["checkpoint"] - saved["source"]).max()), rel=1e-2)
    assert logits["cosine"] >= 1 - 1e-6 and logits["top1Agree"] and logits["top5Agree"]
    assert all(stage["relL2"] <= THRESHOLD for stage in report["stages"]), report["stages"]
    reference = report["reference"]
    assert Path(reference["path"]).resolve() == ref_path.resolve()
    assert close(reference["sourceRelL2"], source_rel), (reference["sourceRelL2"], source_rel)
    assert close(reference["checkpointRelL2"], checkpoint_rel), (reference["checkpointRelL2"], checkpoint_rel)
    assert reference["sourceTop1Agree"] is True and reference["checkpointTop1Agree"] is True
    assert report["peakRSSBytes"] <= run.max_rss * 1.05 + 2**20, (
        "report.peakRSSBytes %d exceeds the measured peak RSS %d" % (report["peakRSSBytes"], run.max_rss))


def test_verify_peak_rss_resnet152_v1d(verifier, gluon2tf, fixture_dir, manifests, tmp_path):
    """Issue 3 item 3: the whole verify process stays within 64 MiB for resnet152_v1d at 224×224."""
    name = "resnet152_v1d"
    x_path, _ = reference_files(fixture_dir, manifests, name, "224")
    report_path = tmp_path / "report.json"
    run = run_measured(verifier, "verify", gluon2tf.convert(name), "--params", gluon2tf.source(name),
                       "--input", x_path, "--report", report_path)
    assert run.returncode == EXIT_PASSED, describe(run)
    report = load_report(report_path)
    assert run.max_rss <= RSS_LIMIT, "peak RSS %.1f MiB > 64 MiB" % (run.max_rss / 2**20)
    assert report["peakRSSBytes"] <= RSS_LIMIT, report["peakRSSBytes"]


# ----------------------------------------------- report location, CKPT forms ---

def copy_checkpoint(out, destination):
    """Copy a converted checkpoint's files (not its report) into a new directory."""
    destination.mkdir(parents=True)
    for path in out.iterdir():
        if path.name != "report.json":
            shutil.copy(path, destination / path.name)
    return destination


def test_verify_report_option_and_prefix_form(verifier, gluon2tf, tmp_path):
    name = "resnet18_v1b"
    ckpt = copy_checkpoint(gluon2tf.convert(name), tmp_path / "ckpt")
    run = run_measured(verifier, "verify", ckpt, "--params", gluon2tf.source(name))
    assert run.returncode == EXIT_PASSED, describe(run)
    assert not (ckpt / "report.json").exists(), "verify wrote into the checkpoint it checks"
    run = run_measured(verifier, "verify", ckpt, "--params", gluon2tf.source(name), "--report", tmp_path / "r1.json")
    assert run.returncode == EXIT_PASSED, describe(run)
    report = load_report(tmp_path / "r1.json")
    check_report(report, model=name, scope=name, source=gluon2tf.source(name), input_kind="synthetic")
    assert report["passed"] is True and report["logits"]["relL2"] <= THRESHOLD

    other = tmp_path / "elsewhere" / "r.json"
    other.parent.mkdir()
    run = run_measured(verifier, "verify", ckpt / (name + ".ckpt"), "--params", gluon2tf.source(name),
                       "--report", other, "--threshold", "1e-5")
    assert run.returncode == EXIT_PASSED, describe(run)
    check_report(load_report(other), model=name, scope=name, source=gluon2tf.source(name), input_kind="synthetic")


def test_verify_rejects_checkpoint_of_another_model(verifier, gluon2tf, tmp_path):
    run = run_measured(verifier, "verify", gluon2tf.convert("resnet18_v1b"), "--params",
                       gluon2tf.source("resnet18_v1d"), "--report", tmp_path / "report.json")
    assert run.returncode in (EXIT_ERROR, EXIT_OVER_THRESHOLD), describe(run)


def test_convert_verifies_and_publishes_report(binary, gluon2tf, tmp_path):
    name = "resnet18_v1c"
    out = tmp_path / "out"
    run = run_measured(binary, "convert", gluon2tf.source(name), "--out", out)
    assert run.returncode == 0, describe(run)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["checkpoint", name + ".ckpt.index", name + ".ckpt.data-00000-of-00001", "report.json"])
    report = load_report(out / "report.json")
    check_report(report, model=name, scope=name, source=gluon2tf.source(name), input_kind="synthetic")
    assert report["passed"] is True and report["logits"]["relL2"] <= THRESHOLD

    skipped = tmp_path / "skipped"
    run = run_measured(binary, "convert", gluon2tf.source(name), "--out", skipped, "--no-verify")
    assert run.returncode == 0, describe(run)
    assert (skipped / (name + ".ckpt.index")).is_file()


# ----------------------------------------------------- (c) broken checkpoints ---

def resave(tf, source_ckpt, destination, scope, edit):
    """Re-save every tensor of a checkpoint with TensorFlow (SaveV2), after ``edit(tensors)``.

    The result is a valid TF checkpoint (all CRCs right) under the same names;
    only ``edit`` changes its contents.
    """
    reader = tf.train.load_checkpoint(str(source_ckpt / (scope + ".ckpt")))
    names = support.bytewise_sorted(reader.get_variable_to_shape_map())
    tensors = {name: reader.get_tensor(name) for name in names}
    edit(tensors)
    destination.mkdir(parents=True)
    prefix = destination / (scope + ".ckpt")
    tf.raw_ops.SaveV2(prefix=str(prefix), tensor_names=names, shape_and_slices=[""] * len(names),
                      tensors=[tensors[name] for name in names])
    (destination / "checkpoint").write_text('model_checkpoint_path: "%s.ckpt"\nall_model_checkpoint_paths: "%s.ckpt"\n'
                                            % (scope, scope))
    return destination


def untranspose(tensors, key):
    """Store the kernel's OIHW bytes under its HWIO shape (a converter that forgot the transpose)."""
    hwio = tensors[key]
    assert hwio.ndim == 4 and hwio.shape[2] == hwio.shape[3], "pick a kernel whose OIHW bytes fit HWIO"
    broken = np.ascontiguousarray(hwio.transpose(3, 2, 0, 1)).reshape(hwio.shape)
    assert broken.shape == hwio.shape and not np.array_equal(broken, hwio)
    tensors[key] = broken


def swap_gamma_beta(tensors, key):
    gamma, beta = key + "/gamma", key + "/beta"
    tensors[gamma], tensors[beta] = tensors[beta], tensors[gamma]


BROKEN = [
    ("resnet18_v1b", "untransposed", "C3/basicblock_1/conv0/weights", untranspose),
    ("resnet50_v1d", "untransposed", "C4/bottleneck_2/conv1/weights", untranspose),
    ("resnet18_v1b", "gamma_beta_swapped", "C2/basicblock_1/conv1/BatchNorm", swap_gamma_beta),
    ("resnet50_v1d", "gamma_beta_swapped", "C1/conv1/BatchNorm", swap_gamma_beta),
]


@pytest.mark.parametrize("name", ["resnet18_v1b", "resnet50_v1d"])
def test_tf_resaved_checkpoint_passes(verifier, gluon2tf, tf, tmp_path, name):
    """Control for (c): the same tensors re-saved by TensorFlow verify cleanly."""
    ckpt = resave(tf, gluon2tf.convert(name), tmp_path / "ckpt", name, lambda tensors: None)
    run = run_measured(verifier, "verify", ckpt, "--params", gluon2tf.source(name), "--report", tmp_path / "r.json")
    assert run.returncode == EXIT_PASSED, describe(run)
    assert load_report(tmp_path / "r.json")["passed"] is True


@pytest.mark.parametrize("name,kind,path,edit", BROKEN, ids=["%s-%s" % (b[0], b[1]) for b in BROKEN])
def test_verify_catches_wrong_numerics(verifier, gluon2tf, tf, tmp_path, name, kind, path, edit):
    ckpt = resave(tf, gluon2tf.convert(name), tmp_path / "ckpt", name,
                  lambda tensors: edit(tensors, name + "/" + path))
    report_path = tmp_path / "report.json"
    run = run_measured(verifier, "verify", ckpt / (name + ".ckpt"), "--params", gluon2tf.source(name),
                       "--report", report_path)
    assert run.returncode == EXIT_OVER_THRESHOLD, describe(run)
    report = load_report(report_path)
    check_report(report, model=name, scope=name, source=gluon2tf.source(name), input_kind="synthetic")
    assert report["passed"] is False
    assert report["logits"]["relL2"] > THRESHOLD, report["logits"]
    # The per-stage metric localises the damage: clean before the broken stage, over after.
    broken_stage = STAGES.index(path.split("/")[0])
    stages = [stage["relL2"] for stage in report["stages"]]
    assert all(value <= THRESHOLD for value in stages[:broken_stage]), report["stages"]
    assert stages[broken_stage] > THRESHOLD, report["stages"]


@pytest.mark.parametrize("name,path", [
    ("resnet18_v1b", "C3/basicblock_1/conv0/weights"),
    ("resnet50_v1d", "C5/bottleneck_2/conv2/BatchNorm/moving_variance"),
])
def test_verify_catches_flipped_byte(verifier, gluon2tf, tf, tmp_path, name, path):
    """One flipped mantissa bit (numerically invisible) in a data shard: CRC error naming the tensor."""
    ckpt = copy_checkpoint(gluon2tf.convert(name), tmp_path / "ckpt")
    key = name + "/" + path
    prefix = str(ckpt / (name + ".ckpt"))
    value = np.ascontiguousarray(tf.train.load_checkpoint(prefix).get_tensor(key))
    needle = value.tobytes()
    hits = []
    for shard in support.checkpoint_data_files(ckpt, name):
        data = shard.read_bytes()
        start = data.find(needle)
        if start >= 0:
            assert data.find(needle, start + 1) < 0, "tensor bytes are not unique in %s" % shard
            hits.append((shard, start))
    assert len(hits) == 1, "bytes of %s found in %d shards" % (key, len(hits))
    shard, start = hits[0]
    offset = start + 4 * (value.size // 2)  # lowest byte (little-endian) of a middle element
    with open(shard, "r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([byte ^ 0x01]))
    with pytest.raises(Exception, match="(?i)checksum|crc|data ?loss"):  # TF agrees the tensor is corrupt
        tf.train.load_checkpoint(prefix).get_tensor(key)

    run = run_measured(verifier, "verify", ckpt, "--params", gluon2tf.source(name), "--report", tmp_path / "r.json")
    assert run.returncode == EXIT_ERROR, describe(run)
    assert key in run.stderr, "stderr does not name the corrupt tensor %s:\n%s" % (key, run.stderr)
