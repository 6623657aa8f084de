"""Keras 3 functional ResNets that carry the weights of a gluon2tf checkpoint.

``keras_model(prefix)`` builds a ``keras.Model`` from built-in Keras layers only
(nothing custom to register: ``model.save("x.keras")`` and
``keras.models.load_model`` work as they do for any functional model) by walking
the same :class:`~gluon2tf_tf.architecture.Architecture` as the ``tf.Module``
(``stem()``, ``blocks()``), and loads the checkpoint's variables by name.

Layer names are the checkpoint scopes below the model scope with ``/`` replaced
by ``__`` (Keras 3 refuses ``/`` in names; the scopes never contain ``__``, so
the mapping is reversible):

====================================  ==========================================
Keras layer (class) and weight        checkpoint variable (``<scope>/`` omitted)
====================================  ==========================================
``C1__conv0`` (Conv2D) ``kernel``      ``C1/conv0/weights``
``C2__bottleneck_0__conv0`` ``bias``   ``C2/bottleneck_0/conv0/biases`` (ResNetV1)
``C1__conv0__BatchNorm`` ``gamma``     ``C1/conv0/BatchNorm/gamma`` (likewise
                                       ``beta``, ``moving_mean``,
                                       ``moving_variance``)
``C1__conv0__GroupNorm`` (GroupNorm    ``C1/conv0/GroupNorm/gamma``, ``beta``
models) ``gamma``, ``beta``
``logits`` (Dense) ``kernel``/``bias`` ``logits/weights`` / ``logits/biases``
``C2__bottleneck_0__se__fc0``          ``C2/bottleneck_0/se/fc0/weights``
(Dense; Conv2D 1×1 with ``bias`` for   (``biases`` for SE-ResNeXt); likewise
SE-ResNeXt) ``kernel``                 ``fc1``
====================================  ==========================================

The weightless layers are named after the convolution or unit they belong to:
``<conv>__pad`` (ZeroPadding2D), ``<conv>__relu``, ``C1__pool__pad`` and
``C1__pool`` (stem max pool), ``<unit>__shortcut__avgpool`` (v1d/v1e),
``<unit>__add``, ``<unit>__relu`` (the unit's output), ``pool`` (global mean);
ResNetV2's BatchNorms of their own are ``C1__data_bn`` (no ``gamma``: GluonCV's
``scale=False``; the checkpoint's unused ``gamma`` is not loaded), ``<unit>__preact``
and ``postnorm`` (each followed by ``…__relu`` but ``C1__data_bn``);
for squeeze-and-excitation ``<unit>__se__pool``, ``<unit>__se__fc0__relu``,
``<unit>__se__fc1__sigmoid``, ``<unit>__se__reshape`` (Dense models) and
``<unit>__se__scale``; for ResNeSt's split attention (``<unit>__splat__conv``,
``__fc0`` Conv2D with their BatchNormalization, ``__fc1`` Conv2D with ``bias``)
``<splat>__sum``, ``<splat>__pool``, ``<splat>__fc1__reshape``, ``<splat>__softmax``
(``__sigmoid`` for radix 1), ``<splat>__order``, ``<splat>__weights``,
``<splat>__scale{r}``, ``<splat>__combine``, ``<splat>__avd__pad`` and
``<splat>__avd`` (the radix splits are taken apart with ``keras.ops.split``); for GroupNorm
``<conv>__GroupNorm__float64`` (a Rescaling by 1 that casts to float64, where the
GroupNormalization computes).

Numerics are the ``tf.Module``'s (:mod:`gluon2tf_tf.model`): explicit symmetric
zero padding then a VALID convolution, BatchNorm epsilon 1e-5, the stem max pool
on a zero-padded ReLU output, the v1d/v1e ``SAME`` average pool (k = s = stride)
before the shortcut's 1×1 conv, ReLU after every conv but a unit's last and its
shortcut, mean pool and a ``logits`` dense. Called with ``training=False`` (as
``predict`` and ``evaluate`` do) BatchNorm uses the moving statistics: the
checkpoint's inference. Under ``fit`` (``training=True``) it behaves as any Keras
BatchNormalization: batch statistics, moving statistics updated with momentum 0.9
(gluon2TF's decay). Set ``layer.trainable = False`` on the BatchNormalization
layers to keep them frozen (Keras then runs them in inference mode).
"""

import keras
import tensorflow as tf
from keras import ops

if int(keras.__version__.split(".")[0]) < 3:
    raise ImportError("gluon2tf_tf's Keras models need Keras 3 (TensorFlow 2.16 or later installs it); "
                      "found keras %s" % keras.__version__)

from .architecture import Architecture, ArchitectureError
from .checkpoint import CheckpointError, _limited, checkpoint_prefix, infer_architecture
from .model import BN_DECAY, BN_EPSILON, GN_EPSILON, GN_GROUPS

ENDPOINTS = ("C1", "C2", "C3", "C4", "C5")
LOGITS = "logits"
SEPARATOR = "__"  # stands for "/" of a checkpoint scope in a Keras layer name
# Keras weight name -> checkpoint leaf, where they differ (BatchNorm's are equal)
CHECKPOINT_LEAVES = {"kernel": "weights", "bias": "biases"}


def keras_name(path):
    """Keras layer name of the checkpoint scope ``path``: ``C2/bottleneck_0/conv0`` → ``C2__bottleneck_0__conv0``."""
    return path.replace("/", SEPARATOR)


def checkpoint_key(scope, layer_name, weight_name):
    """Checkpoint key of a Keras weight: ``(scope, "C1__conv0__BatchNorm", "gamma")`` → ``<scope>/C1/conv0/BatchNorm/gamma``."""
    leaf = CHECKPOINT_LEAVES.get(weight_name, weight_name)
    return "%s/%s/%s" % (scope, layer_name.replace(SEPARATOR, "/"), leaf)


def keras_variables_by_name(model, scope):
    """``{checkpoint key: Keras variable}`` for every weight of ``model``, in layer order.

    ``scope`` is the checkpoint's (the model name unless ``gluon2tf convert --scope``).
    """
    return {checkpoint_key(scope, layer.name, weight.name): weight
            for layer in model.layers for weight in layer.weights}


# ----------------------------------------------------------------- graph --

def _conv_bn(x, conv, relu, gn=False):
    """Pad, convolution (+ bias), BatchNorm (GroupNorm if ``gn``), and ReLU when ``relu``, for one ``Conv``."""
    name = keras_name(conv.path)
    if conv.kernel > 1:
        x = keras.layers.ZeroPadding2D(conv.kernel // 2, name=name + "__pad")(x)
    # getattr: families with grouped convolutions describe them with Conv.groups.
    x = keras.layers.Conv2D(conv.cout, conv.kernel, strides=conv.stride, padding="valid",
                            groups=getattr(conv, "groups", 1), use_bias=conv.bias, name=name)(x)
    if not conv.norm:
        pass  # ResNetV2: a unit's last conv and its shortcut conv have no BatchNorm.
    elif gn:
        # In float64, as the tf.Module's: float32 moments over a group's values put the logits
        # 1.5e-6 to 2e-6 from the exact ones. A layer does not cast float32 inputs up to its own
        # float64; Rescaling (×1 + 0, exact) does, and the layers after cast back to float32.
        x = keras.layers.Rescaling(1.0, dtype="float64", name=name + "__GroupNorm__float64")(x)
        x = keras.layers.GroupNormalization(GN_GROUPS, epsilon=GN_EPSILON, dtype="float64",
                                            name=name + "__GroupNorm")(x)
    else:
        x = keras.layers.BatchNormalization(epsilon=BN_EPSILON, momentum=BN_DECAY, name=name + "__BatchNorm")(x)
    return keras.layers.ReLU(name=name + "__relu")(x) if relu else x


def _norm(x, norm):
    """A BatchNorm of its own (ResNetV2's ``C1/data_bn``, ``preact``, ``postnorm``) and its ReLU.
    ``data_bn`` has no gamma (``scale=False``), as GluonCV builds it."""
    name = keras_name(norm.path)
    x = keras.layers.BatchNormalization(epsilon=BN_EPSILON, momentum=BN_DECAY, scale=norm.scale, name=name)(x)
    return keras.layers.ReLU(name=name + "__relu")(x) if norm.relu else x


def _unit(x, block, gn=False):
    name = keras_name(block.path)
    # ResNetV2: the body and a shortcut conv read the pre-activated input.
    activated = x if block.preact is None else _norm(x, block.preact)
    net = activated
    last = len(block.convs) - 1
    for k, conv in enumerate(block.convs):
        net = _conv_bn(net, conv, relu=k != last, gn=gn)
        if k == 0 and block.splat is not None:
            net = _split_attention(net, block.splat)
    if block.se is not None:
        net = _excitation(net, block.se)
    shortcut = x
    if block.shortcut is not None:
        shortcut = activated
        if block.avg_down and block.stride > 1:
            shortcut = keras.layers.AveragePooling2D(block.stride, strides=block.stride, padding="same",
                                                     name=name + "__shortcut__avgpool")(shortcut)
        shortcut = _conv_bn(shortcut, block.shortcut, relu=False, gn=gn)
    x = keras.layers.Add(name=name + "__add")([net, shortcut])
    return x if block.preact is not None else keras.layers.ReLU(name=name + "__relu")(x)


def _excitation(x, se):
    """``x`` times its squeeze-and-excitation gates; the layers keep GluonCV's kind (Dense, or
    1×1 Conv2D on a 1×1 map), so their weights are the checkpoint's tensors as they are."""
    name = keras_name(se.path)
    gate = keras.layers.GlobalAveragePooling2D(keepdims=se.conv, name=name + "__pool")(x)
    for k, (path, _, cout) in enumerate(se.layers()):
        if se.conv:
            gate = keras.layers.Conv2D(cout, 1, use_bias=True, name=keras_name(path))(gate)
        else:
            gate = keras.layers.Dense(cout, use_bias=False, name=keras_name(path))(gate)
        activation = ("relu", "__relu") if k == 0 else ("sigmoid", "__sigmoid")
        gate = keras.layers.Activation(activation[0], name=keras_name(path) + activation[1])(gate)
    if not se.conv:
        gate = keras.layers.Reshape((1, 1, se.channels), name=name + "__reshape")(gate)
    return keras.layers.Multiply(name=name + "__scale")([x, gate])


def _split_attention(x, splat):
    """ResNeSt's split attention on ``x`` (``model.ResNet._split_attention`` in Keras layers)."""
    name = keras_name(splat.path)
    radix, channels, groups = splat.radix, splat.channels, splat.cardinality
    x = _conv_bn(x, splat.conv, relu=True)
    # Channels r·C … r·C + C − 1 are split r.
    splits = ops.split(x, radix, axis=-1) if radix > 1 else [x]
    total = keras.layers.Add(name=name + "__sum")(splits) if radix > 1 else x
    gap = keras.layers.GlobalAveragePooling2D(keepdims=True, name=name + "__pool")(total)
    hidden = _conv_bn(gap, splat.fc0, relu=True)
    fc1 = keras_name(splat.path + "/fc1")
    logits = keras.layers.Conv2D(radix * channels, 1, groups=groups, use_bias=True, name=fc1)(hidden)
    if radix == 1:
        weights = [keras.layers.Activation("sigmoid", name=name + "__sigmoid")(logits)]
    else:
        # GluonCV's rSoftMax: logits (K, R, C/K) per image, softmax over R, reordered to (R, C).
        grouped = keras.layers.Reshape((groups, radix, channels // groups), name=fc1 + "__reshape")(logits)
        grouped = keras.layers.Softmax(axis=2, name=name + "__softmax")(grouped)
        ordered = keras.layers.Permute((2, 1, 3), name=name + "__order")(grouped)
        weights = ops.split(keras.layers.Reshape((1, 1, radix * channels), name=name + "__weights")(ordered),
                            radix, axis=-1)
    scaled = [keras.layers.Multiply(name="%s__scale%d" % (name, r))([weights[r], splits[r]]) for r in range(radix)]
    out = keras.layers.Add(name=name + "__combine")(scaled) if radix > 1 else scaled[0]
    if splat.pool_stride > 1:
        out = keras.layers.ZeroPadding2D(1, name=name + "__avd__pad")(out)
        out = keras.layers.AveragePooling2D(3, strides=splat.pool_stride, padding="valid", name=name + "__avd")(out)
    return out


def _graph(architecture, input_shape):
    """``(images, {"C1": …, …, "C5": …, "logits": …})``: symbolic tensors of the whole network."""
    images = keras.Input(shape=input_shape, dtype="float32", name="images")
    x = images
    if architecture.data_bn() is not None:
        x = _norm(x, architecture.data_bn())
    for conv in architecture.stem():
        x = _conv_bn(x, conv, relu=True, gn=architecture.gn)
    x = keras.layers.ZeroPadding2D(1, name="C1__pool__pad")(x)  # zeros are safe: x >= 0 after ReLU
    x = keras.layers.MaxPooling2D(3, strides=2, padding="valid", name="C1__pool")(x)
    endpoints = {"C1": x}
    for block in architecture.blocks():
        x = _unit(x, block, architecture.gn)
        endpoints["C%d" % block.stage] = x
    if architecture.postnorm() is not None:
        x = _norm(x, architecture.postnorm())
    pooled = keras.layers.GlobalAveragePooling2D(name="pool")(x)
    endpoints[LOGITS] = keras.layers.Dense(architecture.classes, name=LOGITS)(pooled)
    return images, endpoints


def _selected(outputs):
    """The endpoint names ``outputs`` asks for; a str for a single-tensor model, else a tuple (dict model)."""
    if outputs == LOGITS:
        return LOGITS
    if outputs == "features":
        return ENDPOINTS
    allowed = ENDPOINTS + (LOGITS,)
    try:
        names = None if isinstance(outputs, str) else tuple(outputs)
    except TypeError:
        names = None
    if names is None:
        raise ValueError("outputs must be 'logits', 'features' or a sequence of %s; got %r"
                         % (", ".join(map(repr, allowed)), outputs))
    unknown = [name for name in names if name not in allowed]
    if not names or unknown or len(set(names)) != len(names):
        raise ValueError("outputs %r: expected a non-empty sequence of distinct names among %s"
                         % (outputs, ", ".join(map(repr, allowed))))
    return names


def _model(images, endpoints, outputs, name):
    selected = _selected(outputs)
    if isinstance(selected, str):
        return keras.Model(images, endpoints[selected], name=name)
    return keras.Model(images, {key: endpoints[key] for key in selected}, name=name)


def build_keras_resnet(model_name="resnet101_v1d", classes=1000, outputs=LOGITS, input_shape=(None, None, 3)):
    """Build ``model_name`` as a functional ``keras.Model`` with randomly initialised weights.

    ``outputs`` as in :func:`keras_model`. Use :func:`keras_model` to get a
    model with a checkpoint's weights.
    """
    architecture = Architecture.parse(model_name, classes)
    images, endpoints = _graph(architecture, tuple(input_shape))
    return _model(images, endpoints, outputs, architecture.name)


# ------------------------------------------------------------- weights --

def _load(full, architecture, scope, prefix, allow_float16):
    """Check the checkpoint against ``architecture`` and ``full``'s weights, then assign them all.

    Strict: the checkpoint must hold exactly ``architecture.expected_variables()``
    under ``scope`` (names, shapes, float32 or, with ``allow_float16``, float16),
    and ``full``'s weights must be those variables one to one. Nothing is
    assigned unless every check passes.
    """
    reader = tf.train.load_checkpoint(prefix)
    shapes = reader.get_variable_to_shape_map()
    dtypes = reader.get_variable_to_dtype_map()
    accepted = {tf.float32, tf.float16} if allow_float16 else {tf.float32}
    expected = {scope + "/" + path: tuple(shape) for path, shape in architecture.expected_variables()}
    weights = keras_variables_by_name(full, scope)

    missing = [key for key in expected if key not in shapes]
    problems = []
    for key, shape in expected.items():
        if key not in shapes:
            continue
        if tuple(shapes[key]) != shape:
            problems.append("%s: shape %s in the checkpoint, the model needs %s" % (key, tuple(shapes[key]), shape))
        elif dtypes[key] not in accepted:
            problems.append("%s: dtype %s in the checkpoint, the model needs float32%s"
                            % (key, dtypes[key].name, "" if allow_float16 else " (allow_float16=True accepts half)"))
    unexpected = sorted(key for key in shapes if key.startswith(scope + "/") and key not in expected)
    # The builder and Architecture must agree one to one: a family whose
    # description gains variables the Keras graph does not build fails here.
    unmapped = ["%s: Keras shape %s, %s" % (key, tuple(weight.shape), "expected %s" % (expected[key],)
                                            if key in expected else "not a variable of %s" % architecture.name)
                for key, weight in weights.items() if expected.get(key) != tuple(weight.shape)]
    # ResNetV2's data_bn gamma is in the checkpoint but unused (GluonCV's scale=False).
    ignored = {scope + "/" + norm.path + "/gamma" for norm in [architecture.data_bn()]
               if norm is not None and not norm.scale}
    unused = [key for key in expected if key not in weights and key not in ignored]
    if missing or problems or unexpected or unmapped or unused:
        lines = ["checkpoint %s does not fit the Keras %s (scope %r):" % (prefix, architecture.name, scope)]
        if missing:
            lines.append("%d variable(s) not found in the checkpoint:\n  %s" % (len(missing), _limited(missing)))
        if problems:
            lines.append("%d variable(s) of the wrong shape or dtype:\n  %s" % (len(problems), _limited(problems)))
        if unexpected:
            lines.append("%d checkpoint variable(s) under %r that the model does not have (another architecture?):"
                         "\n  %s" % (len(unexpected), scope, _limited(unexpected)))
        if unmapped:
            lines.append("%d Keras weight(s) without a matching checkpoint variable:\n  %s"
                         % (len(unmapped), _limited(unmapped)))
        if unused:
            lines.append("%d checkpoint variable(s) no Keras layer uses:\n  %s" % (len(unused), _limited(unused)))
        raise CheckpointError("\n".join(lines))

    for key, weight in weights.items():
        weight.assign(reader.get_tensor(key).astype("float32", copy=False))


def keras_model(prefix, outputs=LOGITS, family=None, scope=None, allow_float16=False, input_shape=(None, None, 3)):
    """A functional ``keras.Model`` carrying the weights of the gluon2tf checkpoint at ``prefix``.

    ``prefix`` is ``<dir>/<scope>.ckpt`` or its directory. The architecture and
    scope are inferred as :func:`~gluon2tf_tf.infer_architecture` does (``family``
    and ``scope`` resolve the same ambiguities as for ``model_from_checkpoint``).

    ``outputs`` chooses what the model returns for NHWC float32 images
    (ImageNet-normalised RGB, any height and width unless ``input_shape`` fixes them):

    * ``"logits"`` (default): a tensor ``[N, classes]``;
    * ``"features"``: a dict ``{"C1": …, …, "C5": …}`` of the stage endpoints
      (strides 4, 4, 8, 16, 32), as ``ResNet.features``;
    * a sequence of names among ``"C1"``…``"C5"`` and ``"logits"``, e.g.
      ``("C3", "C4", "C5")``: a dict with those keys, in that order.

    Loading is strict whatever ``outputs`` is: the checkpoint must hold exactly
    the model's variables (the ``logits`` ones too) with their shapes, or
    :class:`CheckpointError` names what does not fit. A features model leaves
    out the layers after its deepest endpoint.
    """
    prefix = checkpoint_prefix(prefix)
    try:
        architecture, scope = infer_architecture(prefix, family=family, scope=scope)
        architecture.validate()
    except ArchitectureError as error:
        raise CheckpointError(str(error)) from error
    _selected(outputs)  # a bad ``outputs`` fails before the network is built
    images, endpoints = _graph(architecture, tuple(input_shape))
    # Load through the whole network, so the checks do not depend on ``outputs``.
    full = keras.Model(images, endpoints, name=architecture.name)
    _load(full, architecture, scope, prefix, allow_float16)
    return _model(images, endpoints, outputs, architecture.name)
