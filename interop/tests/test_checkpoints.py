"""Every ResNet fixture converts to a checkpoint TensorFlow reads bit-exactly.

(a) The checkpoint directory has the expected files, ``tf.train.latest_checkpoint``
finds it, and ``tf.train.load_checkpoint`` reads exactly the fixture's tensors:
float32, in TF layout, with the bytes the manifest records — checked both
without any naming assumption (by content) and under the names ``inspect``
declares. (b) TF1 graph mode restores the variables by name with
``tf.compat.v1.train.Saver``. ``inspect --json`` reports the right model.
"""

import pytest

import fixture_catalog as catalog
import support

CONVERTIBLE = catalog.RESNETS + tuple(catalog.DERIVED)


def scope_of(manifests, name):
    return manifests[name]["expect"]["scope"]


@pytest.mark.parametrize("name", CONVERTIBLE)
def test_checkpoint_files(gluon2tf, manifests, tf, name):
    out = gluon2tf.convert(name)
    scope = scope_of(manifests, name)
    support.checkpoint_data_files(out, scope)
    assert tf.train.latest_checkpoint(str(out)) == str(out / (scope + ".ckpt"))
    assert support.file_sha256(gluon2tf.source(name)) == manifests[name]["params_sha256"], (
        "the source file changed during conversion")


@pytest.mark.parametrize("name", CONVERTIBLE)
def test_tensors_match_sources_by_content(gluon2tf, manifests, checkpoint_digests, name):
    """Each variable equals exactly one distinct source tensor (names not consulted)."""
    tensors = manifests[name]["tensors"]
    by_sha = {entry["sha256"]: entry for entry in tensors}
    assert len(by_sha) == len(tensors), "fixture has duplicate tensors; content matching is ambiguous"
    actual = checkpoint_digests(gluon2tf.convert(name), scope_of(manifests, name))
    problems, matched = [], set()
    for tf_name, digest in actual.items():
        entry = by_sha.get(digest.sha256)
        if entry is None:
            problems.append("%s: bytes match no source tensor" % tf_name)
            continue
        matched.add(entry["source"])
        if digest.dtype != "float32" or digest.shape != tuple(entry["tf_shape"]):
            problems.append("%s (%s): %s %s, expected float32 %s"
                            % (tf_name, entry["source"], digest.dtype, digest.shape, entry["tf_shape"]))
    unmatched = [entry["source"] for entry in tensors if entry["source"] not in matched]
    problems += ["source tensor %s is not in the checkpoint" % source for source in unmatched]
    assert len(actual) == len(tensors), "%d variables for %d source tensors" % (len(actual), len(tensors))
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("name", CONVERTIBLE)
def test_tensors_match_sources_by_name(gluon2tf, manifests, checkpoint_digests, name):
    """Variables are named as ``inspect`` says and hold that source tensor's bytes."""
    mapping = support.inspect_mapping(gluon2tf.inspect(name))
    expected = support.expected_digests(manifests[name], mapping)
    actual = checkpoint_digests(gluon2tf.convert(name), scope_of(manifests, name))
    problems = support.digest_problems(actual, expected)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", CONVERTIBLE)
def test_inspect_reports_fixture(gluon2tf, manifests, name):
    manifest = manifests[name]
    inspection = gluon2tf.inspect(name)
    reported = {key: inspection.get(key) for key in manifest["expect"]}
    assert reported == manifest["expect"]
    assert inspection["file"].endswith(manifest["params"])

    by_source = {entry["source"]: entry for entry in manifest["tensors"]}
    sources = [tensor["source"] for tensor in inspection["tensors"]]
    assert sorted(sources) == sorted(by_source), "inspect must list every source tensor once"
    tf_names = [tensor["tf"] for tensor in inspection["tensors"]]
    assert len(set(tf_names)) == len(tf_names), "TF names are not unique"
    for tensor in inspection["tensors"]:
        entry = by_source[tensor["source"]]
        assert tensor["tf"].startswith(manifest["expect"]["scope"] + "/"), tensor
        assert tensor["shape"] == entry["shape"], tensor
        assert tensor["dtype"] == entry["dtype"], tensor
        assert tensor["tfShape"] == entry["tf_shape"], tensor
        assert tensor["tfDtype"] == "float32", tensor
        if len(entry["shape"]) == 4:
            assert tensor["transform"] == "oihw_to_hwio", tensor


@pytest.mark.parametrize("name", CONVERTIBLE)
def test_tf1_saver_restores_by_name(gluon2tf, manifests, tf, name):
    """The consumer path: TF1 graph variables with the exact names, Saver.restore."""
    manifest = manifests[name]
    mapping = support.oracle_names(manifest) or support.inspect_mapping(gluon2tf.inspect(name))
    expected = support.expected_digests(manifest, mapping)
    prefix = str(gluon2tf.convert(name) / (scope_of(manifests, name) + ".ckpt"))
    v1 = tf.compat.v1
    graph = tf.Graph()
    with graph.as_default():
        variables = {
            tf_name: v1.get_variable(tf_name, shape=digest.shape, dtype=tf.float32,
                                     initializer=v1.zeros_initializer())
            for tf_name, digest in expected.items()
        }
        assert {variable.op.name for variable in variables.values()} == set(expected)
        saver = v1.train.Saver(var_list=list(variables.values()))
        with v1.Session(graph=graph) as session:
            saver.restore(session, prefix)
            values = session.run(variables)
    restored = {tf_name: support.Digest(value.dtype.name, value.shape, support.array_sha256(value))
                for tf_name, value in values.items()}
    problems = support.digest_problems(restored, expected)
    assert not problems, "\n".join(problems)
