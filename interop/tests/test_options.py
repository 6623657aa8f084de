"""Conversion options and special inputs.

(d) ``--shard-size`` splits the data over several files that TF reads
correctly; ``--scope`` renames every variable. (e) The float16 fixture: the
default and ``--dtype float32`` write DT_FLOAT upcasts, ``--dtype keep`` writes
DT_HALF with the source bits. (f) The ``export()`` file of resnet50_v1d (same
weights as the structural file) converts to the identical checkpoint.
"""

import math

import pytest

import fixture_catalog as catalog
import support

SHARDINGS = [
    ("resnet101_v1d", "16M", 16 * 2**20),
    ("resnet50_v1d", "50000000", 50_000_000),
]


@pytest.mark.parametrize("name,shard_size,limit", SHARDINGS)
def test_shard_size_splits_data(gluon2tf, manifests, checkpoint_digests, tf, name, shard_size, limit):
    manifest = manifests[name]
    out = gluon2tf.convert(name, "--shard-size", shard_size)
    data_files = support.checkpoint_data_files(out, name)
    tensor_bytes = sum(4 * math.prod(entry["shape"]) for entry in manifest["tensors"])
    sizes = [path.stat().st_size for path in data_files]
    assert len(data_files) >= max(2, math.ceil(tensor_bytes / limit)), sizes
    assert max(sizes) <= limit, "a shard exceeds --shard-size %s: %s" % (shard_size, sizes)
    assert sum(sizes) >= tensor_bytes
    assert tf.train.latest_checkpoint(str(out)) == str(out / (name + ".ckpt"))

    actual = checkpoint_digests(out, name)
    problems = support.digest_problems(actual, support.expected_digests(manifest, manifest["gluon2tf_names"]))
    assert not problems, "\n".join(problems)


def test_scope_renames_every_variable(gluon2tf, manifests, checkpoint_digests, tf):
    name, scope = "resnet50_v1d", "myscope"
    manifest = manifests[name]
    out = gluon2tf.convert(name, "--scope", scope)
    support.checkpoint_data_files(out, scope)
    assert tf.train.latest_checkpoint(str(out)) == str(out / (scope + ".ckpt"))
    actual = checkpoint_digests(out, scope)
    assert all(tf_name.startswith(scope + "/") for tf_name in actual)
    mapping = support.rescoped(manifest["gluon2tf_names"], scope)
    problems = support.digest_problems(actual, support.expected_digests(manifest, mapping))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("options,keep", [
    ((), False),
    (("--dtype", "float32"), False),
    (("--dtype", "keep"), True),
], ids=["default", "float32", "keep"])
def test_float16_fixture(gluon2tf, manifests, checkpoint_digests, options, keep):
    name = catalog.FP16
    manifest = manifests[name]
    assert {entry["dtype"] for entry in manifest["tensors"]} == {"float16", "float32"}
    scope = manifest["expect"]["scope"]
    mapping = support.inspect_mapping(gluon2tf.inspect(name))
    actual = checkpoint_digests(gluon2tf.convert(name, *options), scope)
    problems = support.digest_problems(actual, support.expected_digests(manifest, mapping, keep=keep))
    assert not problems, "\n".join(problems)
    if keep:
        assert "float16" in {digest.dtype for digest in actual.values()}

    base = catalog.DERIVED[name]
    assert set(actual) == set(checkpoint_digests(gluon2tf.convert(base), scope)), (
        "the float16 file must convert to the same variable names as %s" % base)


def test_export_file_matches_structural_file(gluon2tf, manifests, checkpoint_digests):
    name = catalog.EXPORT
    base = catalog.DERIVED[name]
    assert manifests[name]["same_weights_as"] == base
    assert gluon2tf.inspect(name)["namingStyle"] == "export"
    exported = checkpoint_digests(gluon2tf.convert(name), base)
    structural = checkpoint_digests(gluon2tf.convert(base), base)
    problems = support.digest_problems(exported, structural)
    assert not problems, "\n".join(problems)
