"""(g) Bad input and bad output locations fail cleanly through the CLI.

A clean failure is: a positive exit code (not a signal), a message on stderr
that names the offending path, no output directory and no stray files next to
it, and an unchanged source. Corrupt inputs are derived from resnet18_v1b:
truncations inside the file header, an array header, a tensor, the names
table, plus a wrong magic and a trailing byte (the names table must end at
EOF); also an empty file, a directory, a missing path, and two valid files
that are not a supported ResNet.
"""

import os
import shutil
import struct
from pathlib import Path

import pytest

import fixture_catalog as catalog
import support

BASE = "resnet18_v1b"
FIRST_DATA_OFFSET = 80  # 24-byte file header + 56-byte header of the 4-D conv1.weight


def _names_table_size(manifest):
    return 8 + sum(8 + len(entry["source"].encode()) for entry in manifest["tensors"])


def _corruptions(data, manifest):
    """``{case: bytes}`` of corrupt variants of a valid ``.params`` file."""
    size = len(data)
    names_at = size - _names_table_size(manifest)
    assert struct.unpack_from("<Q", data, names_at)[0] == len(manifest["tensors"]), "names table offset"
    first_tensor_bytes = 4 * 64 * 3 * 7 * 7
    cuts = {
        "truncated-in-file-header": 12,
        "truncated-in-array-header": 40,
        "truncated-mid-first-tensor": FIRST_DATA_OFFSET + first_tensor_bytes // 2,
        "truncated-mid-file": size // 2,
        "truncated-before-names": names_at,
        "truncated-in-names": names_at + (size - names_at) // 2,
        "truncated-last-byte": size - 1,
    }
    variants = {case: data[:cut] for case, cut in cuts.items()}
    variants["wrong-magic"] = b"\x13" + data[1:]
    variants["trailing-byte"] = data + b"\x00"
    variants["empty"] = b""
    return variants


CORRUPT = ("truncated-in-file-header", "truncated-in-array-header", "truncated-mid-first-tensor",
           "truncated-mid-file", "truncated-before-names", "truncated-in-names", "truncated-last-byte",
           "wrong-magic", "trailing-byte", "empty", "directory", "missing")
NOT_SUPPORTED = {"gluon-mobilenetv2": "mobilenetv2_1.0", "only-fc-tensors": "tiny_two_tensors"}


@pytest.fixture(scope="module")
def bad_inputs(gluon2tf, manifests, tmp_path_factory):
    """``{case: path}`` of every bad source; corrupt copies are deleted afterwards."""
    work = tmp_path_factory.mktemp("bad-inputs")
    data = gluon2tf.source(BASE).read_bytes()
    paths = {}
    for case, content in _corruptions(data, manifests[BASE]).items():
        path = work / ("%s-%s.params" % (case, BASE))
        path.write_bytes(content)
        paths[case] = path
    paths["directory"] = work / "directory.params"
    paths["directory"].mkdir()
    paths["missing"] = work / "missing.params"
    for case, fixture in NOT_SUPPORTED.items():
        paths[case] = gluon2tf.source(fixture)
    yield paths
    shutil.rmtree(work, ignore_errors=True)


def fingerprint(path):
    """Comparable state of a path: file hash, directory listing, or absence."""
    if path.is_dir():
        return ("directory", sorted(os.listdir(path)))
    if path.exists():
        return ("file", support.file_sha256(path))
    return ("missing",)


def assert_clean_failure(result, mention):
    details = "exit code %s\nstdout:\n%s\nstderr:\n%s" % (result.returncode, result.stdout, result.stderr)
    assert result.returncode != 0, "expected failure, got success\n" + details
    assert result.returncode > 0, "killed by signal %d (crash)\n%s" % (-result.returncode, details)
    assert mention in result.stderr, "stderr does not mention %r\n%s" % (mention, details)


@pytest.mark.parametrize("case", CORRUPT + tuple(NOT_SUPPORTED))
def test_convert_rejects_bad_input(gluon2tf, bad_inputs, tmp_path, case):
    source = bad_inputs[case]
    before = fingerprint(source)
    out = tmp_path / "converted-ckpt"
    result = gluon2tf.run("convert", source, "--out", out)
    assert_clean_failure(result, source.name)
    assert sorted(os.listdir(tmp_path)) == [], "output left behind"
    assert fingerprint(source) == before, "source changed"


def test_another_imagenet_model_is_named(gluon2tf, bad_inputs, tmp_path):
    """A GluonCV classifier that is no ResNet is refused with what it is."""
    result = gluon2tf.run("convert", bad_inputs["gluon-mobilenetv2"], "--out", tmp_path / "out")
    assert result.returncode > 0
    assert "MobileNetV2" in result.stderr, result.stderr


@pytest.mark.parametrize("case", CORRUPT)
def test_inspect_rejects_corrupt_input(gluon2tf, bad_inputs, case):
    source = bad_inputs[case]
    result = gluon2tf.run("inspect", source, "--json")
    assert_clean_failure(result, source.name)


def test_existing_output_directory_is_left_alone(gluon2tf, tmp_path):
    out = tmp_path / "converted-ckpt"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    result = gluon2tf.run("convert", gluon2tf.source(BASE), "--out", out)
    assert_clean_failure(result, out.name)
    assert sorted(os.listdir(tmp_path)) == ["converted-ckpt"]
    assert sorted(os.listdir(out)) == ["keep.txt"] and (out / "keep.txt").read_text() == "mine"


def test_existing_output_file_is_left_alone(gluon2tf, tmp_path):
    out = tmp_path / "converted-ckpt"
    out.write_text("mine")
    result = gluon2tf.run("convert", gluon2tf.source(BASE), "--out", out)
    assert_clean_failure(result, out.name)
    assert sorted(os.listdir(tmp_path)) == ["converted-ckpt"] and out.read_text() == "mine"


def test_output_parent_is_a_file(gluon2tf, tmp_path):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("mine")
    result = gluon2tf.run("convert", gluon2tf.source(BASE), "--out", blocker / "converted-ckpt")
    assert_clean_failure(result, blocker.name)
    assert sorted(os.listdir(tmp_path)) == ["not-a-directory"] and blocker.read_text() == "mine"


def test_unwritable_output_parent(gluon2tf, tmp_path):
    if os.geteuid() == 0:
        # Permission bits do not stop root; sysfs refuses mkdir to everyone.
        parent = Path("/sys")
    else:
        parent = tmp_path / "read-only"
        parent.mkdir()
        parent.chmod(0o555)
    out = parent / ("gluon2tf-interop-%d" % os.getpid())
    before = sorted(os.listdir(parent))
    try:
        result = gluon2tf.run("convert", gluon2tf.source(BASE), "--out", out)
        assert_clean_failure(result, str(parent))
        assert not out.exists()
        assert sorted(os.listdir(parent)) == before
    finally:
        if parent != Path("/sys"):
            parent.chmod(0o755)


@pytest.mark.parametrize("options", [
    ("--dtype", "float64"),
    ("--shard-size", "16Q"),
    ("--shard-size", "0"),
], ids=lambda options: " ".join(options))
def test_invalid_options(gluon2tf, tmp_path, options):
    out = tmp_path / "converted-ckpt"
    result = gluon2tf.run("convert", gluon2tf.source(BASE), "--out", out, *options)
    assert result.returncode > 0, "exit code %s\nstderr:\n%s" % (result.returncode, result.stderr)
    assert result.stderr.strip(), "no message on stderr"
    assert sorted(os.listdir(tmp_path)) == []


def test_unsupported_fixtures_are_catalogued():
    assert set(NOT_SUPPORTED.values()) == set(catalog.NEGATIVES)
