"""The ResNet as a ``tf.Module`` built from plain ``tf.nn`` ops (NHWC, float32).

The forward pass is gluon2TF's slim graph (``docs/naming.md`` §7), which
reproduces GluonCV's MXNet semantics:

* every convolution: explicit symmetric ``tf.pad`` (k // 2) then ``padding='VALID'``,
  no bias, stride on the 3×3 conv of a bottleneck (on the first 3×3 of a basic block);
  ResNetV1 (``resnet50_v1``) instead strides a bottleneck's first 1×1 conv and adds
  ``biases`` to both 1×1 convs before their BatchNorm;
* BatchNorm with epsilon 1e-5 on the moving statistics (inference), ReLU after it
  except after the last conv of a unit and after the shortcut;
* stem max pool: zero ``tf.pad`` 1 on the (non-negative) ReLU output, 3×3/2 VALID;
* v1d/v1e shortcut: ``avg_pool2d(k=stride, s=stride, 'SAME')`` (equals GluonCV's
  ceil-mode, count_include_pad=False average pool) then a 1×1/1 conv + BN;
  v1b/v1c/v1s shortcut: 1×1/stride conv + BN;
* squeeze-and-excitation (``se_…``): the last BatchNorm output ``x`` times
  ``sigmoid(fc1(relu(fc0(mean_hw(x)))))`` (``se/fc0``, ``se/fc1``: dense or 1×1
  conv weights used as one [in, out] matrix, biases where they exist);
* ResNetV2 (``resnet50_v2``): ``C1/data_bn`` (BatchNorm with gamma 1, GluonCV's
  ``scale=False``) on the image; per unit ``p = relu(preact(x))``, the body on ``p``
  with no BatchNorm after its last conv, the shortcut ``x`` or a bare 1×1 conv of
  ``p``, output ``main + shortcut`` (no ReLU); ``relu(postnorm(C5))`` before pooling
  (docs/naming.md §15);
* ResNeSt split attention after a unit's first conv (``splat/…``, docs/naming.md
  §13): grouped 3×3 + BN + ReLU, the radix splits summed and averaged, ``fc0``
  (1×1 + biases + BN + ReLU), ``fc1`` (1×1 + biases), softmax over the splits in
  GluonCV's rSoftMax order, the weighted sum of the splits, then in strided units a
  zero ``tf.pad`` 1 and a 3×3 VALID average pool (GluonCV's ``avd``, padding counted);
* GroupNorm models (``resnet50_v1b_gn``): every BatchNorm is GluonCV's GroupNorm
  instead, 32 groups, epsilon 1e-5: per image and group of channels,
  ``(x - mean) / sqrt(var + eps)`` over the group's channels and pixels, then
  ``gamma``, ``beta`` per channel; the same with ``training=True`` (no moving statistics);
* unit output ReLU(main + shortcut) (ResNetV2: no ReLU); head: mean over H, W, then
  ``logits`` dense.
"""

import tensorflow as tf

from .architecture import Architecture, check_scope

BN_EPSILON = 1e-5
BN_DECAY = 0.9  # slim's batch_norm decay in gluon2TF (only used with training=True)
GN_GROUPS = 32  # gluoncv.nn.GroupNorm's default, which resnet*_v1b_gn keep
GN_EPSILON = 1e-5


class ResNet(tf.Module):
    """A GluonCV ResNetV1 or ResNetV1b-family network whose variables carry gluon2TF's names.

    ``variable.name`` is ``"<scope>/<path>:0"`` for every path of
    ``Architecture.expected_variables()``, e.g. ``resnet101_v1d/C1/conv0/weights:0``.
    ``variables_by_name`` maps the checkpoint key (``"<scope>/<path>"``) to the
    variable, in creation order; it is also a valid ``var_list`` for
    ``tf.compat.v1.train.Saver``.
    """

    def __init__(self, architecture, scope=None):
        scope = check_scope(architecture.name if scope is None else scope)
        # tf.Module names must be Python identifiers; the scope lives in variable names.
        super().__init__(name="".join(c if c.isalnum() else "_" for c in scope).lstrip("0123456789_") or "resnet")
        self.architecture = architecture
        self.scope = scope
        self.variables_by_name = {}
        with tf.init_scope():
            for path, shape in architecture.expected_variables():
                self._make_variable(path, shape)
        wrong = [(key, v.name) for key, v in self.variables_by_name.items() if v.name != key + ":0"]
        if wrong:
            raise RuntimeError(
                "variable %s was created as %s; build the model outside any name scope" % wrong[0])

    # ------------------------------------------------------------ variables --

    def _make_variable(self, path, shape):
        leaf = path.rsplit("/", 1)[1]
        if leaf == "weights":  # He-normal for convs, variance 1/fan_in for the dense layer
            fan_in = shape[0] * shape[1] * shape[2] if len(shape) == 4 else shape[0]
            gain = 2.0 if len(shape) == 4 else 1.0
            initial = tf.random.normal(shape, stddev=(gain / fan_in) ** 0.5, seed=len(self.variables_by_name))
        elif leaf in ("gamma", "moving_variance"):
            initial = tf.ones(shape)
        else:  # beta, moving_mean, logits/biases
            initial = tf.zeros(shape)
        key = self.scope + "/" + path
        # ResNetV2's data_bn is GluonCV's BatchNorm(scale=False, center=False): gamma and beta frozen.
        trainable = leaf not in ("moving_mean", "moving_variance") and not path.startswith("C1/data_bn/")
        # A trailing "/" makes the name absolute: enclosing name scopes do not prefix it.
        self.variables_by_name[key] = tf.Variable(initial, name=key + "/", trainable=trainable, dtype=tf.float32)

    def variable(self, path):
        """The variable at ``path`` (relative to the scope), e.g. ``C1/conv0/weights``."""
        return self.variables_by_name[self.scope + "/" + path]

    # ------------------------------------------------------------- forward --

    def __call__(self, images, training=False):
        """Logits ``[N, classes]`` of NHWC float32 ``images`` (ImageNet-normalised RGB)."""
        features = self.features(images, training=training)
        x = features["C5"]
        postnorm = self.architecture.postnorm()
        if postnorm is not None:
            x = self._norm(x, postnorm, training)
        pooled = tf.reduce_mean(x, axis=[1, 2])
        return tf.matmul(pooled, self.variable("logits/weights")) + self.variable("logits/biases")

    def features(self, images, training=False):
        """Endpoints ``{"C1": …, …, "C5": …}`` (NHWC), as gluon2TF's ``feature_dict``.

        ``C1`` is the stem output after the max pool (stride 4); ``C2``..``C5`` are
        the outputs of the last unit of each stage (strides 4, 8, 16, 32).
        """
        x = tf.convert_to_tensor(images, dtype=tf.float32)
        if x.shape.rank != 4:
            raise ValueError("images must be NHWC [N, H, W, 3], got shape %s" % (x.shape,))
        data_bn = self.architecture.data_bn()
        if data_bn is not None:
            x = self._norm(x, data_bn, training)
        for conv in self.architecture.stem():
            x = self._conv_bn(x, conv, relu=True, training=training)
        x = tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]])  # zeros are safe: x >= 0 after ReLU
        x = tf.nn.max_pool2d(x, ksize=3, strides=2, padding="VALID")
        endpoints = {"C1": x}
        for block in self.architecture.blocks():
            x = self._unit(x, block, training)
            endpoints["C%d" % block.stage] = x
        return endpoints

    def _unit(self, x, block, training):
        # ResNetV2: the body and a shortcut conv read the pre-activated input.
        activated = x if block.preact is None else self._norm(x, block.preact, training)
        net = activated
        last = len(block.convs) - 1
        for k, conv in enumerate(block.convs):
            net = self._conv_bn(net, conv, relu=k != last, training=training)
            if k == 0 and block.splat is not None:
                net = self._split_attention(net, block.splat, training)
        if block.se is not None:
            net = net * self._excitation(net, block.se)[:, None, None, :]
        if block.shortcut is None:
            shortcut = x
        else:
            shortcut = activated
            if block.avg_down and block.stride > 1:
                shortcut = tf.nn.avg_pool2d(shortcut, ksize=block.stride, strides=block.stride, padding="SAME")
            shortcut = self._conv_bn(shortcut, block.shortcut, relu=False, training=training)
        return net + shortcut if block.preact is not None else tf.nn.relu(net + shortcut)

    def _excitation(self, x, se):
        """``[N, C]`` gates of ``x``: the two layers act on one vector per image, so a 1×1
        conv's [1, 1, in, out] kernel is the same [in, out] matrix a dense layer has."""
        gate = tf.reduce_mean(x, axis=[1, 2])
        for k, (path, cin, cout) in enumerate(se.layers()):
            gate = tf.matmul(gate, tf.reshape(self.variable(path + "/weights"), [cin, cout]))
            if se.conv:
                gate = gate + self.variable(path + "/biases")
            gate = tf.nn.relu(gate) if k == 0 else tf.sigmoid(gate)
        return gate

    def _split_attention(self, x, splat, training):
        """ResNeSt's ``SplitAttentionConv`` (then its avd pool) on NHWC ``x``."""
        radix, channels, groups = splat.radix, splat.channels, splat.cardinality
        x = self._conv_bn(x, splat.conv, relu=True, training=training)
        shape = tf.shape(x)
        # Channel r·C + c is split r's channel c.
        splits = tf.reshape(x, [shape[0], shape[1], shape[2], radix, channels])
        gap = tf.reduce_mean(tf.reduce_sum(splits, axis=3), axis=[1, 2], keepdims=True)
        hidden = self._conv_bn(gap, splat.fc0, relu=True, training=training)
        logits = tf.nn.conv2d(hidden, self.variable(splat.path + "/fc1/weights"), strides=1, padding="VALID")
        logits = tf.nn.bias_add(logits, self.variable(splat.path + "/fc1/biases"))
        weights = split_weights(logits, radix, groups, channels)
        out = tf.reduce_sum(splits * weights, axis=3)
        if splat.pool_stride > 1:
            out = tf.pad(out, [[0, 0], [1, 1], [1, 1], [0, 0]])
            out = tf.nn.avg_pool2d(out, ksize=3, strides=splat.pool_stride, padding="VALID")
        return out

    def _conv_bn(self, x, conv, relu, training):
        if conv.kernel > 1:
            p = conv.kernel // 2
            x = tf.pad(x, [[0, 0], [p, p], [p, p], [0, 0]])
        x = tf.nn.conv2d(x, self.variable(conv.path + "/weights"), strides=conv.stride, padding="VALID")
        if conv.bias:
            x = tf.nn.bias_add(x, self.variable(conv.path + "/biases"))
        if not conv.norm:
            pass  # ResNetV2: a unit's last conv and its shortcut conv have no BatchNorm.
        elif self.architecture.gn:
            x = self._group_norm(x, conv.path + "/GroupNorm/")
        else:
            x = self._batch_norm(x, conv.path + "/BatchNorm/", training)
        return tf.nn.relu(x) if relu else x

    def _norm(self, x, norm, training):
        """A BatchNorm of its own (``Norm``), then its ReLU if it has one."""
        x = self._batch_norm(x, norm.path + "/", training, scale=norm.scale)
        return tf.nn.relu(x) if norm.relu else x

    def _group_norm(self, x, prefix):
        """GroupNorm with its statistics and normalisation in float64: each group holds up to
        hundreds of thousands of values, and float32 moments put the logits 1.5e-6 to 2e-6 (relative
        L2) from the exact ones, over the 1e-6 bound; in float64 they are as exact as the inputs."""
        channels = x.shape[-1]
        shape = tf.shape(x)
        grouped = tf.reshape(tf.cast(x, tf.float64), tf.concat([shape[:3], [GN_GROUPS, channels // GN_GROUPS]], axis=0))
        mean, variance = tf.nn.moments(grouped, axes=[1, 2, 4], keepdims=True)
        grouped = tf.cast((grouped - mean) / tf.sqrt(variance + GN_EPSILON), tf.float32)
        return tf.reshape(grouped, shape) * self.variable(prefix + "gamma") + self.variable(prefix + "beta")

    def _batch_norm(self, x, prefix, training, scale=True):
        # Without scale (ResNetV2's data_bn) gamma is 1, as MXNet's fix_gamma; the stored one is unused.
        beta = self.variable(prefix + "beta")
        gamma = self.variable(prefix + "gamma") if scale else tf.ones_like(beta)
        moving_mean, moving_variance = self.variable(prefix + "moving_mean"), self.variable(prefix + "moving_variance")
        if training:
            mean, variance = tf.nn.moments(x, axes=[0, 1, 2])
            moving_mean.assign(moving_mean * BN_DECAY + mean * (1.0 - BN_DECAY))
            moving_variance.assign(moving_variance * BN_DECAY + variance * (1.0 - BN_DECAY))
            return tf.nn.batch_normalization(x, mean, variance, beta, gamma, BN_EPSILON)
        y, _, _ = tf.compat.v1.nn.fused_batch_norm(
            x, gamma, beta, mean=moving_mean, variance=moving_variance, epsilon=BN_EPSILON, is_training=False)
        return y


def split_weights(logits, radix, groups, channels):
    """``[N, 1, 1, R, C]`` split weights from the ``[N, 1, 1, R·C]`` attention logits: GluonCV's
    rSoftMax, whose logit ``g·R·C/K + r·C/K + j`` weighs split ``r`` of channel ``g·C/K + j``
    (softmax over r), or the sigmoid of logit ``c`` when the radix is 1."""
    if radix == 1:
        return tf.reshape(tf.sigmoid(logits), [-1, 1, 1, 1, channels])
    grouped = tf.nn.softmax(tf.reshape(logits, [-1, groups, radix, channels // groups]), axis=2)
    return tf.reshape(tf.transpose(grouped, [0, 2, 1, 3]), [-1, 1, 1, radix, channels])


def build_resnet(model_name="resnet101_v1d", classes=1000, scope=None):
    """Build ``model_name`` (``resnet{18,34,50,101,152}_v1{,b,c,d,e,s}`` or ``_v2``, a ResNeXt
    such as ``resnext50_32x4d``, an SE model such as ``se_resnet50_v1``, ``se_resnet50_v2``, a
    ResNeSt such as ``resnest50``, or a GroupNorm model ``resnet50_v1b_gn``) as a :class:`ResNet`.

    Variables are named ``<scope>/…`` (``scope`` defaults to ``model_name``) and
    randomly initialised; load weights with :func:`gluon2tf_tf.load_checkpoint`.
    """
    return ResNet(Architecture.parse(model_name, classes), scope=scope)
