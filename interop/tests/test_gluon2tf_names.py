"""(c) The gluon2TF models carry exactly gluon2TF's variable names.

Expected names come from ``interop/gluon2tf_oracle.py`` (an independent
implementation of docs' naming rules), stored in each manifest by
``make_fixtures.py`` or, for resnet18/34_v1b (RotationDetection's
``basicblock_{i}`` names) and ResNetV2/SE-ResNetV2 (slim resnet_v2's words),
mapped from the manifest's structural names; they are never taken from the converter.
"""

import pytest

import fixture_catalog as catalog
import gluon2tf_oracle as oracle
import support

COUNTS = {**oracle.GLUON2TF_MODELS, **oracle.DOWNSTREAM_BASIC_MODELS}
ORACLE_FIXTURES = tuple(name for name in catalog.RESNETS if name in COUNTS) + (catalog.EXPORT,)
V2_FIXTURES = tuple(name for name in catalog.RESNETS if name in oracle.V2_MODELS)


def test_oracle_covers_the_gluon2tf_models():
    assert {"resnet50_v1b", "resnet101_v1b", "resnet50_v1d", "resnet101_v1d"} <= set(ORACLE_FIXTURES)
    assert {"resnet18_v1b", "resnet34_v1b"} <= set(ORACLE_FIXTURES)


@pytest.mark.parametrize("name", ORACLE_FIXTURES)
def test_names_and_bytes_are_gluon2tf(gluon2tf, manifests, checkpoint_digests, name):
    manifest = manifests[name]
    model = manifest["expect"]["model"]
    mapping = support.oracle_names(manifest)
    assert mapping is not None and len(mapping) == COUNTS[model]
    actual = checkpoint_digests(gluon2tf.convert(name), model)

    assert set(actual) == set(mapping.values())
    ordered = support.bytewise_sorted(actual)
    assert ordered[0] == model + "/C1/conv0/BatchNorm/beta"
    assert ordered[-1] == model + "/logits/weights"
    problems = support.digest_problems(actual, support.expected_digests(manifest, mapping))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", ORACLE_FIXTURES)
def test_inspect_agrees_with_gluon2tf(gluon2tf, manifests, name):
    declared = support.inspect_mapping(gluon2tf.inspect(name))
    expected = support.oracle_names(manifests[name])
    wrong = ["%s -> %s, expected %s" % (source, declared.get(source), tf_name)
             for source, tf_name in expected.items() if declared.get(source) != tf_name]
    assert not wrong, "\n".join(wrong[:20])


def test_oracle_covers_every_v2_model():
    assert set(V2_FIXTURES) == set(catalog.V2_RESNETS) == set(oracle.V2_MODELS)


@pytest.mark.parametrize("name", V2_FIXTURES)
def test_v2_names_are_the_documented_ones(gluon2tf, manifests, checkpoint_digests, name):
    """ResNetV2/SE-ResNetV2: the checkpoint holds exactly docs/naming.md §15's names, each with
    its source tensor's bytes, and ``inspect`` declares them."""
    manifest = manifests[name]
    model = manifest["expect"]["model"]
    mapping = support.oracle_names(manifest)
    assert mapping is not None and len(mapping) == oracle.V2_MODELS[model]
    actual = checkpoint_digests(gluon2tf.convert(name), model)
    assert set(actual) == set(mapping.values())
    problems = support.digest_problems(actual, support.expected_digests(manifest, mapping))
    assert not problems, "\n".join(problems)
    assert support.inspect_mapping(gluon2tf.inspect(name)) == mapping
