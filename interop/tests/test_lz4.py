"""``.params.lz4`` inputs convert to the same checkpoint bytes as the ``.params`` files.

The fixtures are compressed with the real ``lz4`` command-line tool (default
options, ``--content-size -B4`` and ``--no-frame-crc -BD``); each compressed
file is converted by streaming, and every checkpoint file (index and each data
shard, plus the ``checkpoint`` state file) must equal the one converted from the
uncompressed fixture byte for byte. TensorFlow then reads the streamed
checkpoint and finds the same tensors.
"""

import shutil
import subprocess

import pytest

import support

MODELS = ("resnet50_v1d", "resnet101_v1d")
LZ4_OPTIONS = {
    "default": [],
    "content-size-B4": ["--content-size", "-B4"],
    "no-frame-crc-BD": ["--no-frame-crc", "-BD"],
}
# report.json records timings and paths; it is not part of the checkpoint.
NOT_CHECKPOINT = {"report.json"}


def checkpoint_files(out_dir):
    return sorted(p.name for p in out_dir.iterdir() if p.name not in NOT_CHECKPOINT)


@pytest.fixture(scope="session")
def lz4_tool():
    path = shutil.which("lz4")
    if path is None:
        pytest.fail("the lz4 command-line tool is not installed", pytrace=False)
    return path


@pytest.mark.parametrize("variant", sorted(LZ4_OPTIONS))
@pytest.mark.parametrize("name", MODELS)
def test_lz4_checkpoint_is_byte_identical(gluon2tf, manifests, checkpoint_digests, lz4_tool,
                                         tmp_path, name, variant):
    scope = manifests[name]["expect"]["scope"]
    reference = gluon2tf.convert(name)
    packed = tmp_path / (name + ".params.lz4")
    subprocess.run([lz4_tool, "-q", "-f", *LZ4_OPTIONS[variant], str(gluon2tf.source(name)),
                    str(packed)], check=True)
    out = tmp_path / "ckpt"
    result = gluon2tf.run("convert", packed, "--out", out, *gluon2tf.default_options)
    assert result.returncode == 0, "gluon2tf convert %s failed:\n%s" % (packed, result.stderr)

    assert checkpoint_files(out) == checkpoint_files(reference)
    for file_name in checkpoint_files(reference):
        assert support.file_sha256(out / file_name) == support.file_sha256(reference / file_name), (
            "%s differs between the .params and the .params.lz4 (%s) conversion" % (file_name, variant))
    assert checkpoint_digests(out, scope) == checkpoint_digests(reference, scope)


@pytest.mark.parametrize("name", MODELS[:1])
def test_corrupt_lz4_publishes_nothing(gluon2tf, lz4_tool, tmp_path, name):
    packed = tmp_path / (name + ".params.lz4")
    subprocess.run([lz4_tool, "-q", "-f", str(gluon2tf.source(name)), str(packed)], check=True)
    data = bytearray(packed.read_bytes())
    data[-2] ^= 0x80  # the content checksum
    packed.write_bytes(bytes(data))
    out = tmp_path / "ckpt"
    result = gluon2tf.run("convert", packed, "--out", out)
    assert result.returncode != 0
    assert "checksum" in result.stderr, result.stderr
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".gluon2tf-staging-")]
