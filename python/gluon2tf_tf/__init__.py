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

Supported: ``resnet{18,34,50,101,152}_v1{,b,c,d,e,s}``, any number of classes.
"""

from .architecture import Architecture, ArchitectureError
from .checkpoint import (CheckpointError, checkpoint_prefix, infer_architecture, load_checkpoint,
                         model_from_checkpoint)
from .model import BN_EPSILON, ResNet, build_resnet

__all__ = [
    "Architecture", "ArchitectureError", "BN_EPSILON", "CheckpointError", "ResNet", "build_resnet",
    "checkpoint_prefix", "infer_architecture", "load_checkpoint", "model_from_checkpoint",
]
__version__ = "0.1.0"
