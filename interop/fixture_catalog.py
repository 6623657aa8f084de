"""Catalog of the interop fixtures shared by the generator and the test suite.

Pure Python, no third-party imports: ``make_fixtures.py`` (MXNet venv) and the
pytest suite (TensorFlow venv) both import it, so the two sides agree on which
fixtures exist and how their files are named.

Fixtures, all written to one directory (default ``$GLUON2TF_CACHE/fixtures``):

* ``resnet{18,34,50,101,152}_v1{,b,c,d,e,s}`` — 30 randomly initialised GluonCV
  ResNetV1 and ResNetV1b-family models, saved with ``net.save_parameters``
  (structural names).
* ``resnext50_32x4d``, ``resnext101_32x4d``, ``resnext101_64x4d``,
  ``resnext101e_64x4d`` — GluonCV's ResNeXts (grouped 3×3), same recipe.
* ``resnet18_v1b_0.89``, ``resnet50_v1d_{0.86,0.48,0.37,0.11}``,
  ``resnet101_v1d_{0.76,0.73}`` — GluonCV's pruned ResNets (per-layer widths),
  built with ``gluoncv.model_zoo.get_model``; detected as their unpruned model.
* ``se_resnet{18,34,50,101,152}_v1``, ``se_resnext50_32x4d``, ``se_resnext101_32x4d``,
  ``se_resnext101_64x4d``, ``se_resnext101e_64x4d`` — their squeeze-and-excitation
  variants, same recipe.
* ``resnest14``, ``resnest26``, ``resnest50``, ``resnest101``, ``resnest200``,
  ``resnest269`` — GluonCV's ResNeSts (split attention), same recipe.
* ``resnet50_v1b_gn``, ``resnet101_v1b_gn`` — GluonCV's GroupNorm ResNetV1b
  (``gluoncv.model_zoo.resnet50_v1b_gn``: every BatchNorm a ``gluoncv.nn.GroupNorm``),
  same recipe (GroupNorm ``gamma``/``beta`` randomised like BatchNorm's).
* ``resnet18_v1b_fp16`` — the same network as ``resnet18_v1b`` after
  ``net.cast('float16')`` (conv and fc tensors float16, BatchNorm float32).
* ``resnet50_v1d_export`` — the same network as ``resnet50_v1d`` written by
  ``HybridBlock.export`` (``arg:``/``aux:`` names), file ``…-0000.params``.
* ``resnet{18,34,50,101,152}_v2``, ``se_resnet{18,34,50,101,152}_v2`` — GluonCV's
  pre-activation ResNetV2 and its squeeze-and-excitation variant, same recipe.
* ``mobilenetv2_1.0`` — GluonCV's MobileNetV2, an ImageNet classifier that is no
  ResNet; the converter must reject it and say what it is.
* ``tiny_two_tensors`` — a valid NDArray list holding only ``fc.weight`` and
  ``fc.bias``; the converter must reject it.

Every fixture has ``<name>.manifest.json`` (written last, so its presence marks a
complete fixture); ResNet fixtures also have reference inputs and logits.
"""

import os
from pathlib import Path

# Bump when anything that changes fixture contents or manifest layout changes;
# the generator regenerates older fixtures and the test suite refuses them.
GENERATOR_VERSION = 1  # per-fixture: a new fixture needs no bump

DEPTHS = (18, 34, 50, 101, 152)
VARIANTS = ("", "b", "c", "d", "e", "s")  # "" is ResNetV1 (resnet50_v1)
RESNEXTS = ("resnext50_32x4d", "resnext101_32x4d", "resnext101_64x4d", "resnext101e_64x4d")
# GluonCV's squeeze-and-excitation ResNetV1s and ResNeXts (``use_se=True``).
SE_RESNETS = tuple("se_resnet%d_v1" % depth for depth in DEPTHS) + tuple("se_" + name for name in RESNEXTS)
# GluonCV's pruned ResNets (per-layer widths) and the model they are detected as (the
# pruning ratio is not in the file).
PRUNED = {
    "resnet18_v1b_0.89": "resnet18_v1b", "resnet50_v1d_0.86": "resnet50_v1d",
    "resnet50_v1d_0.48": "resnet50_v1d", "resnet50_v1d_0.37": "resnet50_v1d",
    "resnet50_v1d_0.11": "resnet50_v1d", "resnet101_v1d_0.76": "resnet101_v1d",
    "resnet101_v1d_0.73": "resnet101_v1d",
}
# GluonCV's pre-activation ResNetV2 and SE-ResNetV2.
V2_RESNETS = tuple("resnet%d_v2" % depth for depth in DEPTHS) + tuple("se_resnet%d_v2" % depth for depth in DEPTHS)
# GluonCV's ResNeSts (model_zoo/resnest.py).
RESNESTS = ("resnest14", "resnest26", "resnest50", "resnest101", "resnest200", "resnest269")
# GluonCV's GroupNorm ResNetV1b models.
GROUP_NORM = ("resnet50_v1b_gn", "resnet101_v1b_gn")
RESNETS = tuple("resnet%d_v1%s" % (depth, variant) for depth in DEPTHS for variant in VARIANTS) + (
    RESNEXTS + SE_RESNETS + tuple(PRUNED) + V2_RESNETS + RESNESTS + GROUP_NORM)

FP16 = "resnet18_v1b_fp16"
EXPORT = "resnet50_v1d_export"
# Derived fixtures are written from the same network object as their base model.
DERIVED = {FP16: "resnet18_v1b", EXPORT: "resnet50_v1d"}

NEGATIVES = ("mobilenetv2_1.0", "tiny_two_tensors")

ALL = RESNETS + tuple(DERIVED) + NEGATIVES

# Reference input sizes (height, width) and the tag used in file names.
INPUT_SIZES = {"224": (224, 224), "193x257": (193, 257)}


def default_dir():
    """Fixture directory: ``$GLUON2TF_FIXTURES`` or ``$GLUON2TF_CACHE/fixtures``."""
    explicit = os.environ.get("GLUON2TF_FIXTURES")
    if explicit:
        return Path(explicit)
    cache = os.environ.get("GLUON2TF_CACHE") or os.path.join(Path.home(), ".cache", "gluon2tf")
    return Path(cache) / "fixtures"


def params_file(name):
    """Base name of the ``.params`` file of fixture ``name``."""
    return name + ("-0000.params" if name == EXPORT else ".params")


def manifest_file(name):
    """Base name of the manifest of fixture ``name``."""
    return name + ".manifest.json"


def parse_resnet(name):
    """Split ``resnet50_v1d`` into ``(50, "d")`` (``resnext101e_64x4d`` into ``(101, "resnext_e")``,
    ``resnet50_v2`` into ``(50, "v2")``, ``resnest50`` into ``(50, "resnest")``).

    The ``se_`` prefix of a squeeze-and-excitation model is ignored (``se_resnet50_v1`` → ``(50, "")``),
    as is the ``_gn`` suffix of a GroupNorm one (``resnet50_v1b_gn`` → ``(50, "b")``), and a pruned
    model is read as its unpruned one.
    """
    name = PRUNED.get(name, name)
    if name in RESNESTS:
        return int(name[len("resnest"):]), "resnest"
    if name in GROUP_NORM:
        name = name[:-len("_gn")]
    if name.startswith("se_"):
        name = name[len("se_"):]
    if name.startswith("resnext"):
        head = name.split("_", 1)[0][len("resnext"):]
        return int(head.rstrip("e")), "resnext_e" if head.endswith("e") else "resnext"
    head, version = name.split("_", 1)
    if version == "v2":
        return int(head[len("resnet"):]), "v2"
    return int(head[len("resnet"):]), version[len("v1"):]
