"""gluon2tf_tf — TensorFlow 2 models for checkpoints written by gluon2tf.

gluon2tf converts GluonCV ResNet weights (MXNet ``.params``) into TensorFlow
checkpoints whose variables carry the names of the original gluon2TF project
(``resnet101_v1d/C1/conv0/BatchNorm/beta``, …). This package builds the matching
network from plain ``tf.nn`` ops and loads such a checkpoint::

    import gluon2tf_tf

    net = gluon2tf_tf.build_resnet("resnet50_v1d")
    gluon2tf_tf.load_checkpoint(net, "resnet50_v1d/")         # dir or <dir>/<scope>.ckpt
    logits = net(images_nhwc)                                 # [N, 1000]
    c2_to_c5 = net.features(images_nhwc)                      # {"C1": …, …, "C5": …}

    net = gluon2tf_tf.model_from_checkpoint("resnet50_v1d/")  # infers model and scope

The same network as a Keras 3 functional model (built-in layers named after the
checkpoint scopes, ``/`` → ``__``: ``C2__bottleneck_0__conv0``), for ``fit``,
``predict`` and ``model.save("x.keras")``::

    model = gluon2tf_tf.keras_model("resnet50_v1d/")                   # logits [N, 1000]
    fpn = gluon2tf_tf.keras_model("resnet50_v1d/", outputs=("C3", "C4", "C5"))  # dict
    feats = gluon2tf_tf.keras_model("resnet50_v1d/", outputs="features")       # C1…C5

``training=False`` (``predict``) reproduces the checkpoint's inference; ``fit``
trains BatchNorm the Keras way (batch statistics, momentum 0.9). The Keras names
are imported on first use (Keras 3 needed only then).

Supported: ``resnet{18,34,50,101,152}_v1{,b,c,d,e,s}`` (pruned variants too),
``resnext50_32x4d``, ``resnext101_32x4d``, ``resnext101_64x4d``, ``resnext101e_64x4d``;
any number of classes.
"""

from .architecture import Architecture, ArchitectureError
from .checkpoint import (CheckpointError, checkpoint_prefix, infer_architecture, load_checkpoint,
                         model_from_checkpoint)
from .model import BN_EPSILON, ResNet, build_resnet

__version__ = "0.1.0"

# Keras 3 entry points (module keras_resnet), imported on first access so the
# tf.Module side keeps working with a TensorFlow whose Keras is older than 3.
KERAS_NAMES = ("build_keras_resnet", "checkpoint_key", "keras_model", "keras_name", "keras_variables_by_name")

__all__ = [
    "Architecture", "ArchitectureError", "BN_EPSILON", "CheckpointError", "ResNet", "build_resnet",
    "checkpoint_prefix", "infer_architecture", "load_checkpoint", "model_from_checkpoint", *KERAS_NAMES,
]


def __getattr__(name):
    if name in KERAS_NAMES:
        from . import keras_resnet
        return getattr(keras_resnet, name)
    raise AttributeError("module %r has no attribute %r" % (__name__, name))
