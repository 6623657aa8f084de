"""resnet18/34_v1b checkpoints restore into the TF1 graphs downstream code builds (issue 12).

yangxue0827/RotationDetection builds ResNet-18/34 graphs on gluon2TF's scheme
with ``basicblock_{i}`` units and restores pretrained weights into them by name.
``downstream_graph.py`` rebuilds that graph (variables and inference) with
``tf.compat.v1`` from the rules read in that code. Here a converted checkpoint
must (a) hold exactly that graph's variables, name and shape, (b) restore into it
with ``Saver.restore`` — every variable found, each holding its source tensor's
bytes under the independent oracle's name — and (c) give GluonCV's logits there,
at the bound ``test_tf_model.py`` uses for ``gluon2tf_tf``.
"""

import numpy as np
import pytest

import fixture_catalog as catalog
import gluon2tf_oracle as oracle
import support
from downstream_graph import DownstreamBasicResNet

THRESHOLD = 1e-5
TABLE = "RotationDetection's resnet18/34 TF1 graph on gluon2tf checkpoints vs GluonCV: relative L2"
MODELS = tuple(oracle.DOWNSTREAM_BASIC_MODELS)


def checkpoint_prefix(gluon2tf, name):
    return str(gluon2tf.convert(name) / (name + ".ckpt"))


def downstream_graph(tf, name):
    """``(graph, {variable name: shape}, images placeholder, logits)`` of the downstream network."""
    v1 = tf.compat.v1
    graph = tf.Graph()
    with graph.as_default():
        images = v1.placeholder(tf.float32, [1, None, None, 3], name="images")
        logits = DownstreamBasicResNet(tf, name).logits(images)
        variables = {variable.op.name: tuple(variable.shape.as_list()) for variable in v1.global_variables()}
    return graph, variables, images, logits


@pytest.mark.parametrize("name", MODELS)
def test_checkpoint_variables_are_exactly_the_downstream_graphs(gluon2tf, tf, name):
    _, variables, _, _ = downstream_graph(tf, name)
    assert len(variables) == oracle.DOWNSTREAM_BASIC_MODELS[name]
    listed = {key: tuple(shape) for key, shape in tf.train.list_variables(checkpoint_prefix(gluon2tf, name))}
    missing = support.bytewise_sorted(set(variables) - set(listed))
    unexpected = support.bytewise_sorted(set(listed) - set(variables))
    assert not missing, "%d of %d downstream variables are not in the checkpoint, e.g. %s" % (
        len(missing), len(variables), missing[:5])
    assert not unexpected, "checkpoint variables the downstream graph lacks: %s" % unexpected[:5]
    assert listed == variables
    assert not any("bottleneck_" in key for key in listed)


@pytest.mark.parametrize("name", MODELS)
def test_saver_restores_every_variable_with_its_source_bytes(gluon2tf, manifests, tf, name):
    manifest = manifests[name]
    expected = support.expected_digests(manifest, support.oracle_names(manifest))
    graph, variables, _, _ = downstream_graph(tf, name)
    v1 = tf.compat.v1
    with graph.as_default(), v1.Session(graph=graph) as session:
        saver = v1.train.Saver()  # every global variable, under its own name: no missing key allowed
        saver.restore(session, checkpoint_prefix(gluon2tf, name))
        values = session.run({variable.op.name: variable for variable in v1.global_variables()})
    assert set(values) == set(variables) == set(expected)
    restored = {key: support.Digest(value.dtype.name, value.shape, support.array_sha256(value))
                for key, value in values.items()}
    problems = support.digest_problems(restored, expected)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name,tag", [(name, tag) for name in MODELS for tag in catalog.INPUT_SIZES])
def test_downstream_graph_logits_match_gluoncv(gluon2tf, fixture_dir, manifests, tf, name, tag):
    entry = manifests[name]["reference"]["sizes"][tag]
    x = np.load(fixture_dir / entry["input"])
    ref = np.load(fixture_dir / entry["logits"]).reshape(-1)
    graph, _, images, logits = downstream_graph(tf, name)
    v1 = tf.compat.v1
    with graph.as_default(), v1.Session(graph=graph) as session:
        v1.train.Saver().restore(session, checkpoint_prefix(gluon2tf, name))
        value = session.run(logits, {images: np.ascontiguousarray(x.transpose(0, 2, 3, 1))}).reshape(-1)
    rel = support.rel_l2(value, ref)
    support.record(TABLE, name, "%s×%s" % catalog.INPUT_SIZES[tag], rel)
    assert rel <= THRESHOLD, "%s %s: relative L2 %.3e > %g" % (name, tag, rel, THRESHOLD)
    assert int(np.argmax(value)) == int(np.argmax(ref))
