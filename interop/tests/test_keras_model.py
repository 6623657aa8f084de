"""Keras 3 models on converted checkpoints: ``gluon2tf_tf.keras_model`` (issue 12, TensorFlow users).

For a representative set of models (ResNetV1 with conv biases, v1b basic blocks,
v1d and v1e average-pool shortcuts, v1s deep stem; every ResNetV2 and SE-ResNetV2)
at 224×224 and 193×257:
Keras logits vs GluonCV's reference logits. Relative L2 ≤ 1e-6 when the session
runs with ``TF_ENABLE_ONEDNN_OPTS=0`` (TensorFlow reads it at import, so it is
the environment of the whole pytest run), ≤ 2e-6 with TensorFlow's default
oneDNN kernels. Also: layer and weight names against the checkpoint's keys, the
C1…C5 features against the ``tf.Module``'s, ``fit``, ``model.save`` +
``keras.models.load_model``, and the refusal of checkpoints that do not fit.

A table model × input size → relative L2 is printed at the end of the session.
"""

import os

import numpy as np
import pytest

import fixture_catalog as catalog
import support

ONEDNN_OFF = os.environ.get("TF_ENABLE_ONEDNN_OPTS") == "0"
THRESHOLD = 1e-6 if ONEDNN_OFF else 2e-6
MODELS = ("resnet18_v1b", "resnet50_v1", "resnet50_v1d", "resnet101_v1e", "resnet34_v1s", "resnext50_32x4d",
          "resnet50_v1d_0.86", "se_resnet50_v1", "se_resnext50_32x4d", "resnest14", "resnest50",
          "resnet50_v1b_gn") + catalog.V2_RESNETS
CASES = [(name, tag) for name in MODELS for tag in catalog.INPUT_SIZES]
TABLE = "Keras (gluon2tf_tf.keras_model) logits vs GluonCV: relative L2, oneDNN %s" % (
    "off" if ONEDNN_OFF else "default")


@pytest.fixture(scope="module")
def keras(g2tf):
    import keras
    return keras


@pytest.fixture(scope="module")
def keras_loaded(gluon2tf, g2tf):
    """``keras_loaded(name)`` → the logits Keras model of fixture ``name``'s conversion (last one cached)."""
    return support.last_one(lambda name: g2tf.keras_model(gluon2tf.convert(name)))


def reference(fixture_dir, manifests, name, tag):
    """``(NHWC input, logits (classes,))`` of fixture ``name`` at size ``tag``."""
    x, logits = support.reference(fixture_dir, manifests, name, tag)
    return np.ascontiguousarray(x.transpose(0, 2, 3, 1)), logits


def write_checkpoint(tf, prefix, tensors):
    """Write ``{key: array}`` as a TF checkpoint at ``prefix`` under exactly those keys."""
    v1 = tf.compat.v1
    graph = tf.Graph()
    with graph.as_default():
        variables = {key: tf.Variable(value, name="v%d" % i) for i, (key, value) in enumerate(tensors.items())}
        with v1.Session(graph=graph) as session:
            session.run(v1.global_variables_initializer())
            v1.train.Saver(var_list=variables).save(session, str(prefix), write_meta_graph=False)
    return prefix


def checkpoint_tensors(tf, out_dir, scope):
    reader = tf.train.load_checkpoint(str(out_dir / (scope + ".ckpt")))
    return {key: reader.get_tensor(key) for key in reader.get_variable_to_shape_map()}


@pytest.mark.parametrize("name,tag", CASES)
def test_keras_logits_match_gluoncv(fixture_dir, manifests, keras_loaded, name, tag):
    model = keras_loaded(name)
    x, ref = reference(fixture_dir, manifests, name, tag)
    logits = np.asarray(model(x, training=False))
    assert logits.shape == (1, 1000) and logits.dtype == np.float32
    rel = support.rel_l2(logits, ref)
    support.record(TABLE, name, "%s×%s" % catalog.INPUT_SIZES[tag], rel)
    assert rel <= THRESHOLD, "%s %s: relative L2 %.3e > %g" % (name, tag, rel, THRESHOLD)
    assert int(np.argmax(logits)) == int(np.argmax(ref))


@pytest.mark.parametrize("name", ["resnet34_v1s", "resnet50_v1"])  # resnet34_v1s: cached by the test above
def test_keras_layers_carry_the_checkpoint_names_and_values(gluon2tf, g2tf, tf, keras_loaded, name):
    """Every Keras weight is one checkpoint variable (``/`` → ``__`` in the layer name), with its value."""
    model = keras_loaded(name)
    tensors = checkpoint_tensors(tf, gluon2tf.convert(name), name)
    weights = g2tf.keras_variables_by_name(model, name)
    assert sorted(weights) == sorted(tensors)
    for key, weight in weights.items():
        assert np.array_equal(weight.numpy(), tensors[key]), key
    assert model.name == name
    stem = "C1/conv0" if name.endswith("v1") else "C1/conv2"
    assert model.get_layer(g2tf.keras_name(stem)).name == stem.replace("/", "__")
    unit = "C3/%s_0" % ("bottleneck" if name == "resnet50_v1" else "basicblock")
    conv0 = model.get_layer(unit.replace("/", "__") + "__conv0")
    assert conv0.use_bias == (name == "resnet50_v1") and conv0.strides == (2, 2)  # v1: stride on the 1×1
    assert np.array_equal(model.get_layer(unit.replace("/", "__") + "__shortcut__BatchNorm").moving_variance.numpy(),
                          tensors["%s/%s/shortcut/BatchNorm/moving_variance" % (name, unit)])


def test_keras_features_equal_the_module_features(fixture_dir, manifests, gluon2tf, g2tf):
    name, tag = "resnet50_v1d", "193x257"
    out = gluon2tf.convert(name)
    x, _ = reference(fixture_dir, manifests, name, tag)
    module_features = g2tf.model_from_checkpoint(out).features(x)
    features = g2tf.keras_model(out, outputs="features")(x, training=False)
    assert list(features) == ["C1", "C2", "C3", "C4", "C5"]
    shapes = {key: tuple(value.shape) for key, value in features.items()}
    assert shapes == {"C1": (1, 49, 65, 64), "C2": (1, 49, 65, 256), "C3": (1, 25, 33, 512),
                      "C4": (1, 13, 17, 1024), "C5": (1, 7, 9, 2048)}
    for key, value in features.items():
        rel = support.rel_l2(value, module_features[key])
        assert rel <= THRESHOLD, "%s: relative L2 %.3e to the tf.Module's" % (key, rel)

    fpn = g2tf.keras_model(out, outputs=("C5", "C3", "logits"))
    assert list(fpn.output) == ["C5", "C3", "logits"]
    selected = fpn(x, training=False)
    assert list(selected) == ["C5", "C3", "logits"]
    assert np.array_equal(selected["C3"], features["C3"]) and np.array_equal(selected["C5"], features["C5"])
    c3_only = g2tf.keras_model(out, outputs=("C3",))
    assert "C4__bottleneck_0__conv0" not in {layer.name for layer in c3_only.layers}  # stops at its endpoint
    assert np.array_equal(c3_only(x, training=False)["C3"], features["C3"])


def test_keras_outputs_argument_is_checked(gluon2tf, g2tf):
    out = gluon2tf.convert("resnet18_v1b")
    for bad in ("C6", "feature", None, 5, (), ("C2", "C2"), ("C2", "pool")):
        with pytest.raises(ValueError, match="outputs"):
            g2tf.keras_model(out, outputs=bad)


def test_keras_fit_trains_with_batch_statistics(gluon2tf, g2tf, keras):
    """``fit`` changes the trainable weights and the moving statistics (Keras BatchNorm, momentum 0.9)."""
    model = g2tf.keras_model(gluon2tf.convert("resnet18_v1b"))
    rng = np.random.default_rng(0)
    images = rng.standard_normal((4, 64, 64, 3), dtype=np.float32)
    labels = rng.integers(0, 1000, size=4)
    names = ("C1__conv0", "C1__conv0__BatchNorm", "C5__basicblock_1__conv1", "logits")
    before = {name: [w.numpy() for w in model.get_layer(name).weights] for name in names}
    model.compile(optimizer=keras.optimizers.SGD(0.01),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    history = model.fit(images, labels, batch_size=2, epochs=1, shuffle=False, verbose=0)
    assert len(history.history["loss"]) == 1 and np.isfinite(history.history["loss"][0])
    for name in names:
        layer = model.get_layer(name)
        for weight, old in zip(layer.weights, before[name]):
            assert not np.array_equal(weight.numpy(), old), "%s/%s did not change" % (name, weight.name)
    bn = model.get_layer("C1__conv0__BatchNorm")
    assert (bn.epsilon, bn.momentum) == (1e-5, 0.9)

    # Frozen BatchNorm (trainable=False runs it in inference mode): statistics and affine kept.
    for layer in model.layers:
        if isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False
    model.compile(optimizer=keras.optimizers.SGD(0.01),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    frozen = [w.numpy() for w in bn.weights]
    kernel = model.get_layer("C1__conv0").kernel.numpy()
    model.fit(images, labels, batch_size=4, epochs=1, verbose=0)
    assert all(np.array_equal(w.numpy(), old) for w, old in zip(bn.weights, frozen))
    assert not np.array_equal(model.get_layer("C1__conv0").kernel.numpy(), kernel)


# Keras's own saving code converts variables with np.array(), which NumPy 2 warns about.
@pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy keyword:DeprecationWarning")
@pytest.mark.parametrize("name,outputs", [("resnet50_v1", "logits"), ("resnet18_v1b", ("C3", "C4", "C5")),
                                          ("resnest14", "logits"), ("resnet50_v1b_gn", "logits")])
def test_keras_save_and_load_model_round_trip(fixture_dir, manifests, gluon2tf, g2tf, keras, tmp_path, name, outputs):
    model = g2tf.keras_model(gluon2tf.convert(name), outputs=outputs)
    x, _ = reference(fixture_dir, manifests, name, "193x257")
    path = tmp_path / "x.keras"
    model.save(path)
    loaded = keras.models.load_model(path)
    assert [layer.name for layer in loaded.layers] == [layer.name for layer in model.layers]
    expected, actual = model(x, training=False), loaded(x, training=False)
    if outputs == "logits":
        assert np.array_equal(actual, expected)
    else:
        assert list(actual) == list(outputs)
        assert all(np.array_equal(actual[key], expected[key]) for key in outputs)


def test_keras_model_refuses_a_checkpoint_that_does_not_fit(gluon2tf, g2tf, tf, tmp_path, monkeypatch):
    name = "resnet18_v1b"
    tensors = checkpoint_tensors(tf, gluon2tf.convert(name), name)
    gone = name + "/C4/basicblock_1/conv1/BatchNorm/moving_variance"
    missing = write_checkpoint(tf, tmp_path / "missing" / (name + ".ckpt"),
                               {key: value for key, value in tensors.items() if key != gone})
    with pytest.raises(g2tf.CheckpointError) as error:
        g2tf.keras_model(missing)
    assert "1 variable(s) not found in the checkpoint:\n  " + gone in str(error.value)
    with pytest.raises(g2tf.CheckpointError, match="not found in the checkpoint"):
        g2tf.keras_model(missing, outputs=("C2",))  # strict whatever the outputs

    extra_key = name + "/C2/basicblock_0/unused/weights"
    extra = write_checkpoint(tf, tmp_path / "extra" / (name + ".ckpt"),
                             {**tensors, extra_key: np.zeros((64, 4), np.float32)})
    with pytest.raises(g2tf.CheckpointError) as error:
        g2tf.keras_model(extra)
    assert "1 checkpoint variable(s) under 'resnet18_v1b' that the model does not have" in str(error.value)
    assert extra_key in str(error.value)

    # An Architecture that describes a variable the Keras graph does not build (a
    # family added on one side only) is refused too, not loaded partly.
    described = g2tf.Architecture.expected_variables
    monkeypatch.setattr(g2tf.Architecture, "expected_variables",
                        lambda self: described(self) + [("C2/basicblock_0/unused/weights", (64, 4))])
    with pytest.raises(g2tf.CheckpointError) as error:
        g2tf.keras_model(extra)
    assert "1 checkpoint variable(s) no Keras layer uses:\n  " + extra_key in str(error.value)


def test_keras_group_norm_model_trains(gluon2tf, g2tf, keras):
    """A GroupNorm model under ``fit``: its float64 GroupNormalization layers train like the rest."""
    model = g2tf.keras_model(gluon2tf.convert("resnet50_v1b_gn"))
    norm = model.get_layer("C1__conv0__GroupNorm")
    assert norm.dtype == "float64" and [w.name for w in norm.weights] == ["gamma", "beta"]
    gamma = norm.gamma.numpy()
    rng = np.random.default_rng(0)
    images = rng.standard_normal((2, 64, 64, 3), dtype=np.float32)
    model.compile(optimizer=keras.optimizers.SGD(0.1),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    model.fit(images, rng.integers(0, 1000, size=2), batch_size=2, epochs=1, verbose=0)
    assert not np.array_equal(norm.gamma.numpy(), gamma)
    assert model.predict(images, verbose=0).dtype == np.float32
