"""A TF1 graph of the resnet18/34_v1b network yangxue0827/RotationDetection builds.

RotationDetection is the TF1 code that builds ResNet-18/34 graphs on gluon2TF's
naming scheme and restores pretrained checkpoints into them by variable name
(``docs/naming.md`` §2.1). This module rebuilds that graph's variables — same
scopes, same names, same shapes — and its inference computation with
``tf.compat.v1`` ops, so a test can restore a converted checkpoint with
``tf.compat.v1.train.Saver`` exactly as that code would, and compare the logits
with GluonCV. It is written from the rules read in RotationDetection's code,
never from gluon2tf's:

* scope ``<model>``; stem ``C1/conv0`` (pad 3, 7×7/2 conv, 64) then zero pad 1
  and a 3×3/2 VALID max pool;
* stages ``C2``…``C5`` of ``basicblock_{i}`` units (widths 64, 128, 256, 512):
  pad 1 → ``conv0`` 3×3/stride → ReLU, pad 1 → ``conv1`` 3×3/1 (no ReLU), plus
  the shortcut, then ReLU; the stride is 2 in ``basicblock_0`` of C3…C5, which
  also has a 1×1/stride ``shortcut`` conv (no ReLU); C2 and the other units add
  the identity;
* every conv is slim's: ``weights`` (HWIO, no bias) and a ``BatchNorm`` scope with
  ``beta``, ``gamma``, ``moving_mean``, ``moving_variance`` (epsilon 1e-5,
  inference on the moving statistics);
* head: mean over H and W, ``logits/weights`` and ``logits/biases``.
"""

UNITS_PER_STAGE = {"resnet18_v1b": (2, 2, 2, 2), "resnet34_v1b": (3, 4, 6, 3)}
STAGE_WIDTHS = (64, 128, 256, 512)
BN_LEAVES = ("beta", "gamma", "moving_mean", "moving_variance")
EPSILON = 1e-5


class DownstreamBasicResNet:
    """Builds the graph into the current default graph; call inside ``graph.as_default()``."""

    def __init__(self, tf, model, classes=1000):
        self.tf = tf
        self.v1 = tf.compat.v1
        self.model = model
        self.units_per_stage = UNITS_PER_STAGE[model]
        self.classes = classes

    def logits(self, images):
        """Creates every variable under ``<model>/`` and returns the logits of NHWC ``images``."""
        tf, v1 = self.tf, self.v1
        with v1.variable_scope(self.model):
            with v1.variable_scope("C1"):
                x = self._conv_bn(self._pad(images, 3), "conv0", 7, 2, 3, 64, relu=True)
                x = tf.nn.max_pool2d(self._pad(x, 1), ksize=3, strides=2, padding="VALID")
            channels = 64
            for offset, (units, width) in enumerate(zip(self.units_per_stage, STAGE_WIDTHS)):
                stage = offset + 2
                with v1.variable_scope("C%d" % stage):
                    for index in range(units):
                        projects = index == 0 and stage > 2
                        x = self._basic_block(x, "basicblock_%d" % index, 2 if projects else 1,
                                              channels, width, projects)
                        channels = width
            pooled = tf.reduce_mean(x, axis=[1, 2])
            with v1.variable_scope("logits"):
                weights = self._variable("weights", [channels, self.classes])
                biases = self._variable("biases", [self.classes])
            return tf.matmul(pooled, weights) + biases

    def _basic_block(self, x, scope, stride, cin, width, projects):
        tf, v1 = self.tf, self.v1
        with v1.variable_scope(scope):
            y = self._conv_bn(self._pad(x, 1), "conv0", 3, stride, cin, width, relu=True)
            y = self._conv_bn(self._pad(y, 1), "conv1", 3, 1, width, width, relu=False)
            shortcut = self._conv_bn(x, "shortcut", 1, stride, cin, width, relu=False) if projects else x
            return tf.nn.relu(y + shortcut)

    def _conv_bn(self, x, scope, kernel, stride, cin, cout, relu):
        tf, v1 = self.tf, self.v1
        with v1.variable_scope(scope):
            weights = self._variable("weights", [kernel, kernel, cin, cout])
            x = tf.nn.conv2d(x, weights, strides=stride, padding="VALID")
            with v1.variable_scope("BatchNorm"):
                beta, gamma, mean, variance = (self._variable(leaf, [cout]) for leaf in BN_LEAVES)
            x = tf.nn.batch_normalization(x, mean, variance, beta, gamma, EPSILON)
            return tf.nn.relu(x) if relu else x

    def _pad(self, x, amount):
        return self.tf.pad(x, [[0, 0], [amount, amount], [amount, amount], [0, 0]])

    def _variable(self, name, shape):
        return self.v1.get_variable(name, shape=shape, dtype=self.tf.float32,
                                    initializer=self.v1.zeros_initializer())
