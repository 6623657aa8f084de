"""Independent reference implementation of gluon2TF's variable-name map.

This module is the test oracle for TensorFlow variable names. It is written
from gluon2TF's rules as stated in ``docs/naming.md`` §6.3 and
must never be derived from, or checked against, the Swift implementation.

gluon2TF defines names for ResNet-50/101 in the v1b and v1d families; the
downstream detectors also use ResNet-152 v1d with the same rules. For those
models, ``tf_name(scope, family, mxnet_name)`` maps a *structural* MXNet key
(as written by ``net.save_parameters``) to the full TF variable name:

====================================  ==============================================
MXNet structural key                  TF variable (after ``<scope>/``)
====================================  ==============================================
v1d ``conv1.{0,3,6}.weight``          ``C1/conv{0,1,2}/weights``
v1d ``conv1.{1,4}.{bn}``, ``bn1``      ``C1/conv{0,1}/BatchNorm/{tf}``, ``C1/conv2/…``
v1b ``conv1.weight``, ``bn1.{bn}``     ``C1/conv0/weights``, ``C1/conv0/BatchNorm/{tf}``
``layerL.i.convK.weight``             ``C{L+1}/bottleneck_i/conv{K-1}/weights``
``layerL.i.bnK.{bn}``                 ``C{L+1}/bottleneck_i/conv{K-1}/BatchNorm/{tf}``
v1d ``downsample.1`` / ``.2``         ``…/bottleneck_0/shortcut/weights`` / ``BatchNorm``
v1b ``downsample.0`` / ``.1``         ``…/bottleneck_0/shortcut/weights`` / ``BatchNorm``
``fc.weight`` / ``fc.bias``           ``logits/weights`` / ``logits/biases``
====================================  ==============================================

with the BatchNorm leaf map gamma→gamma, beta→beta, running_mean→moving_mean,
running_var→moving_variance. Any key outside these patterns is an error.

gluon2TF itself has no ResNet-18/34. The TF1 code that builds them on its scheme,
yangxue0827/RotationDetection (``thirdparty/gluon2TF/resnet/resnet_utils.py``,
``make_block_`` / ``basicblock_v1b``; its name map ``weights_map.py``,
``update_C2345``), names the basic-block units ``basicblock_i`` with two convs and
a shortcut only in C3…C5 (``docs/naming.md`` §2.1).
``basic_name_map(model, mxnet_names)`` maps resnet18_v1b and resnet34_v1b:

====================================  ==============================================
``conv1.weight``, ``bn1.{bn}``         ``C1/conv0/weights``, ``C1/conv0/BatchNorm/{tf}``
``layerL.i.convK.weight`` (K = 1, 2)  ``C{L+1}/basicblock_i/conv{K-1}/weights``
``layerL.i.bnK.{bn}`` (K = 1, 2)      ``C{L+1}/basicblock_i/conv{K-1}/BatchNorm/{tf}``
``layerL.0.downsample.0`` / ``.1``    ``…/basicblock_0/shortcut/weights`` / ``BatchNorm``
(L = 2, 3, 4)
``fc.weight`` / ``fc.bias``           ``logits/weights`` / ``logits/biases``
====================================  ==============================================
ResNetV2 and SE-ResNetV2 (``docs/naming.md`` §15) follow slim's ``resnet_v2``
words: ``preact`` for each unit's first BatchNorm, ``postnorm`` for the last one,
each other BatchNorm named after the conv it follows, and ``C1/data_bn`` for the
BatchNorm of the image. ``v2_name_map(model, mxnet_names)`` maps them:

========================================  ==========================================
``features.0.{bn}``                        ``C1/data_bn/{tf}``
``features.1.weight``, ``features.2.{bn}``  ``C1/conv0/weights``, ``C1/conv0/BatchNorm/{tf}``
``features.{4+S}.i.bn1.{bn}``              ``C{S+1}/{unit}_i/preact/{tf}``
``features.{4+S}.i.convK.weight``          ``C{S+1}/{unit}_i/conv{K-1}/weights``
``features.{4+S}.i.bnK.{bn}`` (K ≥ 2)      ``C{S+1}/{unit}_i/conv{K-2}/BatchNorm/{tf}``
``features.{4+S}.i.se.{0,2}.weight``       ``C{S+1}/{unit}_i/se/fc{0,1}/weights``
``features.{4+S}.0.downsample.weight``     ``C{S+1}/{unit}_0/shortcut/weights``
``features.9.{bn}``                        ``postnorm/{tf}``
``output.weight`` / ``output.bias``        ``logits/weights`` / ``logits/biases``
========================================  ==========================================
"""

import re

# Models whose TF names are defined by gluon2TF (or its direct downstream
# copies), with the tensor counts stated in the naming document.
GLUON2TF_MODELS = {
    "resnet50_v1b": 267,
    "resnet101_v1b": 522,
    "resnet50_v1d": 277,
    "resnet101_v1d": 532,
    "resnet152_v1d": 787,
}

# resnet18/34_v1b as RotationDetection's basic-block graphs name them, with their
# variable counts (stem 5, 10 per unit, 5 per shortcut in C3…C5, logits 2).
DOWNSTREAM_BASIC_MODELS = {
    "resnet18_v1b": 102,
    "resnet34_v1b": 182,
}

BN_LEAVES = {
    "gamma": "gamma",
    "beta": "beta",
    "running_mean": "moving_mean",
    "running_var": "moving_variance",
}

_BN = "(?P<leaf>gamma|beta|running_mean|running_var)"

# Stem patterns per family: regex on the MXNet key -> function building the TF path.
_STEM_V1D = [
    (re.compile(r"conv1\.0\.weight"), lambda m: "C1/conv0/weights"),
    (re.compile(r"conv1\.1\." + _BN), lambda m: "C1/conv0/BatchNorm/" + BN_LEAVES[m["leaf"]]),
    (re.compile(r"conv1\.3\.weight"), lambda m: "C1/conv1/weights"),
    (re.compile(r"conv1\.4\." + _BN), lambda m: "C1/conv1/BatchNorm/" + BN_LEAVES[m["leaf"]]),
    (re.compile(r"conv1\.6\.weight"), lambda m: "C1/conv2/weights"),
    (re.compile(r"bn1\." + _BN), lambda m: "C1/conv2/BatchNorm/" + BN_LEAVES[m["leaf"]]),
]
_STEM_V1B = [
    (re.compile(r"conv1\.weight"), lambda m: "C1/conv0/weights"),
    (re.compile(r"bn1\." + _BN), lambda m: "C1/conv0/BatchNorm/" + BN_LEAVES[m["leaf"]]),
]

_BLOCK = r"layer(?P<stage>[1-4])\.(?P<block>0|[1-9][0-9]*)\."


def _prefix(unit):
    return lambda m: "C%d/%s_%s/" % (int(m["stage"]) + 1, unit, m["block"])


def _body(unit, convs):
    prefix = _prefix(unit)
    return [
        (re.compile(_BLOCK + r"conv(?P<k>[%s])\.weight" % convs),
         lambda m: prefix(m) + "conv%d/weights" % (int(m["k"]) - 1)),
        (re.compile(_BLOCK + r"bn(?P<k>[%s])\." % convs + _BN),
         lambda m: prefix(m) + "conv%d/BatchNorm/%s" % (int(m["k"]) - 1, BN_LEAVES[m["leaf"]])),
    ]


def _shortcut(conv_index, bn_index, unit="bottleneck", stages="1-4"):
    prefix = _prefix(unit)
    first = r"layer(?P<stage>[%s])\.(?P<block>0)\.downsample\." % stages
    return [
        (re.compile(first + conv_index + r"\.weight"),
         lambda m: prefix(m) + "shortcut/weights"),
        (re.compile(first + bn_index + r"\." + _BN),
         lambda m: prefix(m) + "shortcut/BatchNorm/" + BN_LEAVES[m["leaf"]]),
    ]


_BODY = _body("bottleneck", "123")


_HEAD = [
    (re.compile(r"fc\.weight"), lambda m: "logits/weights"),
    (re.compile(r"fc\.bias"), lambda m: "logits/biases"),
]

_RULES = {
    "v1b": _STEM_V1B + _BODY + _shortcut("0", "1") + _HEAD,
    "v1d": _STEM_V1D + _BODY + _shortcut("1", "2") + _HEAD,
    # resnet18/34_v1b in RotationDetection: basic units, no shortcut in layer1 (C2).
    "v1b-basic": _STEM_V1B + _body("basicblock", "12") + _shortcut("0", "1", "basicblock", "2-4") + _HEAD,
}


# ResNetV2 / SE-ResNetV2 and their tensor counts (data BN 4, stem 5, per unit 4 per BatchNorm
# and 1 per conv, 1 per shortcut conv, 2 per SE, postnorm 4, logits 2).
V2_MODELS = {
    "resnet18_v2": 98, "resnet34_v2": 178, "resnet50_v2": 259, "resnet101_v2": 514, "resnet152_v2": 769,
    "se_resnet18_v2": 114, "se_resnet34_v2": 210, "se_resnet50_v2": 291, "se_resnet101_v2": 580,
    "se_resnet152_v2": 869,
}


def _v2_rules(unit):
    block = r"features\.(?P<stage>[5-8])\.(?P<block>0|[1-9][0-9]*)\."

    def prefix(m):
        return "C%d/%s_%s/" % (int(m["stage"]) - 3, unit, m["block"])

    return [
        (re.compile(r"features\.0\." + _BN), lambda m: "C1/data_bn/" + BN_LEAVES[m["leaf"]]),
        (re.compile(r"features\.1\.weight"), lambda m: "C1/conv0/weights"),
        (re.compile(r"features\.2\." + _BN), lambda m: "C1/conv0/BatchNorm/" + BN_LEAVES[m["leaf"]]),
        (re.compile(block + r"bn1\." + _BN), lambda m: prefix(m) + "preact/" + BN_LEAVES[m["leaf"]]),
        (re.compile(block + r"conv(?P<k>[123])\.weight"), lambda m: prefix(m) + "conv%d/weights" % (int(m["k"]) - 1)),
        (re.compile(block + r"bn(?P<k>[23])\." + _BN),
         lambda m: prefix(m) + "conv%d/BatchNorm/%s" % (int(m["k"]) - 2, BN_LEAVES[m["leaf"]])),
        (re.compile(block + r"se\.(?P<k>[02])\.weight"), lambda m: prefix(m) + "se/fc%d/weights" % (int(m["k"]) // 2)),
        (re.compile(r"features\.(?P<stage>[5-8])\.(?P<block>0)\.downsample\.weight"),
         lambda m: prefix(m) + "shortcut/weights"),
        (re.compile(r"features\.9\." + _BN), lambda m: "postnorm/" + BN_LEAVES[m["leaf"]]),
        (re.compile(r"output\.weight"), lambda m: "logits/weights"),
        (re.compile(r"output\.bias"), lambda m: "logits/biases"),
    ]


_RULES["v2-bottleneck"] = _v2_rules("bottleneck")
_RULES["v2-basicblock"] = _v2_rules("basicblock")


def tf_path(family, mxnet_name):
    """Return the TF path (without scope) for a structural MXNet key.

    Raises KeyError when the key does not match any gluon2TF rule.
    """
    for pattern, build in _RULES[family]:
        m = pattern.fullmatch(mxnet_name)
        if m:
            return build(m)
    raise KeyError("no gluon2TF rule for %r in family %s" % (mxnet_name, family))


def tf_name(scope, family, mxnet_name):
    """Return the full TF variable name ``<scope>/<path>`` for a structural key."""
    return scope + "/" + tf_path(family, mxnet_name)


def name_map(model, mxnet_names, scope=None):
    """Map every structural key of a gluon2TF model to its TF variable name.

    ``model`` is e.g. ``"resnet50_v1d"``; ``scope`` defaults to the model name.
    Checks that the map is injective and that the tensor count matches the
    count documented for that model.
    """
    if model not in GLUON2TF_MODELS:
        raise KeyError("%s has no gluon2TF naming" % model)
    family = model.rsplit("_", 1)[1]
    return _checked_map(model, family, GLUON2TF_MODELS[model], mxnet_names, scope)


def basic_name_map(model, mxnet_names, scope=None):
    """Like :func:`name_map`, for RotationDetection's resnet18_v1b and resnet34_v1b."""
    if model not in DOWNSTREAM_BASIC_MODELS:
        raise KeyError("%s has no downstream basic-block naming" % model)
    return _checked_map(model, "v1b-basic", DOWNSTREAM_BASIC_MODELS[model], mxnet_names, scope)


def v2_name_map(model, mxnet_names, scope=None):
    """Like :func:`name_map`, for ResNetV2 and SE-ResNetV2 (``resnet50_v2``, ``se_resnet18_v2``)."""
    if model not in V2_MODELS:
        raise KeyError("%s is no ResNetV2" % model)
    depth = int(model.split("_")[-2][len("resnet"):])
    family = "v2-bottleneck" if depth >= 50 else "v2-basicblock"
    return _checked_map(model, family, V2_MODELS[model], mxnet_names, scope)


def _checked_map(model, family, count, mxnet_names, scope):
    scope = model if scope is None else scope
    result = {name: tf_name(scope, family, name) for name in mxnet_names}
    if len(set(result.values())) != len(result):
        raise ValueError("name map for %s is not injective" % model)
    if len(result) != count:
        raise ValueError("%s has %d tensors, its TF graph expects %d" % (model, len(result), count))
    return result
