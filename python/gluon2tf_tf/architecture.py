"""Architecture description of GluonCV's ResNetV1 and ResNetV1b families (no TensorFlow here).

``Architecture.parse("resnet101_v1d")`` describes a model; ``expected_variables``
lists every checkpoint variable (path after the scope, shape) in the order the
model creates them. Names follow gluon2TF (``C1/conv0/BatchNorm/beta``, …) and
gluon2tf's extension to the other families and depths (``docs/naming.md``):

============  ===========================  =================================
family        stem (``C1``)                 block-0 shortcut
============  ===========================  =================================
v1            ``conv0`` 7×7/2, 64           1×1/stride conv + BN
v1b           ``conv0`` 7×7/2, 64           1×1/stride conv + BN
v1c           deep 3×3: 32/2, 32, 64        1×1/stride conv + BN
v1d           deep 3×3: 32/2, 32, 64        avg-pool stride×stride, 1×1/1 conv + BN
v1e           deep 3×3: 64/2, 64, 128       as v1d
v1s           deep 3×3: 64/2, 64, 128       as v1c
v2            ``data_bn``, ``conv0`` 7×7/2  1×1/stride conv of ``preact``, no BN
============  ===========================  =================================

Depths 18/34 use basic blocks (two 3×3 convs, ``conv0`` carrying the stride and
``conv1``) in units named ``basicblock_{i}``, as the TF1 code that builds those
graphs on gluon2TF's scheme (yangxue0827/RotationDetection) names them; 50/101/152
use bottlenecks (``conv0`` 1×1, ``conv1`` 3×3 carrying the stride, ``conv2`` 1×1,
×4 output) in units named ``bottleneck_{i}``. Block 0 of a stage has a
``shortcut`` when its stride is not 1 or its input width differs from its
output width (GluonCV's rule). ResNetV1 (``resnet50_v1``, family letter "")
differs from v1b only inside bottlenecks: the stride sits on ``conv0`` (1×1),
and ``conv0`` and ``conv2`` carry ``biases`` (added before their BatchNorm).
ResNeXt (``resnext50_32x4d``: family ``"resnext"``; ``resnext101e_64x4d``:
``"resnext_e"``, a 64/64/128 deep stem and avg-pool shortcuts after the first
stage) is the v1b bottleneck with a grouped ``conv1``: cardinality groups of
``bottleneck_width`` channels per 64 of stage width. Its weights are TF's grouped
filter layout ``[3, 3, in / groups, out]``; ``tf.nn.conv2d`` runs them natively
(checked on TF 2.21's CPU kernels, eager and in ``tf.function``).

ResNetV2 (``resnet50_v2``: family ``"v2"``) is pre-activation: ``C1/data_bn`` (a
BatchNorm of the image whose ``gamma`` is unused: GluonCV's ``scale=False``) before
the stem; each unit starts with ``<unit>/preact`` (BatchNorm + ReLU) that the body
and the shortcut conv read (an identity shortcut adds the raw input); a unit's last
conv and its shortcut conv have no BatchNorm, its sum no ReLU; ``postnorm``
(BatchNorm + ReLU) follows ``C5``. Every conv is bias-free, the bottleneck stride
on ``conv1`` (``docs/naming.md`` §15).

Squeeze-and-excitation (``se_resnet50_v1``, ``se_resnext50_32x4d``: ``se=True``, on
ResNetV1 and the ResNeXts only) gates every unit's last BatchNorm output ``x``
(C channels) by ``sigmoid(fc1(relu(fc0(mean_hw(x)))))`` before the residual sum,
with ``fc0`` C → C/16 and ``fc1`` back to C, under ``<unit>/se/fc0`` and
``<unit>/se/fc1`` (``Block.se``). SE-ResNet's are GluonCV Dense layers without
bias, stored like ``logits`` (``weights`` [in, out]); SE-ResNeXt's are 1×1 convs
with bias, stored like every conv (``weights`` [1, 1, in, out], ``biases``).

ResNeSt (``resnest14`` … ``resnest269``: family ``"resnest"``, docs/naming.md §13)
has a deep stem (32 wide up to resnest50, 64 from resnest101), avg-pool shortcuts
in every stage, and bottlenecks ``conv0`` 1×1 → split attention ``splat`` →
``conv2`` 1×1 (no ``conv1``). The split attention (``Block.splat``) is a grouped
3×3 ``splat/conv`` (radix × C outputs, cardinality × radix groups, BN, ReLU), the
sum of its radix splits averaged over pixels, ``splat/fc0`` (1×1 conv with biases,
BN, ReLU), ``splat/fc1`` (1×1 conv with biases) and a softmax over the splits per
channel; in the strided units a 3×3/2 average pool (padding 1, counted) follows it.

GroupNorm (``resnet50_v1b_gn``, ``resnet101_v1b_gn``: ``gn=True``, v1b only) replaces
every BatchNorm, the stem's and the shortcuts' included, by GluonCV's
``gluoncv.nn.GroupNorm`` (32 groups, epsilon 1e-5, ``gamma`` and ``beta`` only), named
after the conv it serves as slim's ``group_norm`` scope names it:
``<conv>/GroupNorm/{beta,gamma}``.
"""

import functools
import re
from dataclasses import dataclass

FAMILIES = ("", "b", "c", "d", "e", "s")

# TF scope word of a residual unit, by block kind (bottleneck?)
UNIT_WORDS = {True: "bottleneck", False: "basicblock"}

# depth -> (bottleneck?, blocks per stage)
DEPTHS = {
    18: (False, (2, 2, 2, 2)),
    34: (False, (3, 4, 6, 3)),
    50: (True, (3, 4, 6, 3)),
    101: (True, (3, 4, 23, 3)),
    152: (True, (3, 8, 36, 3)),
}

STAGE_WIDTHS = (64, 128, 256, 512)
BN_LEAVES = ("beta", "gamma", "moving_mean", "moving_variance")
GN_LEAVES = ("beta", "gamma")
GN_SUFFIX = "_gn"
MODEL_NAME = re.compile(r"^resnet(\d+)_v1([a-z]?)$")
SE_PREFIX = "se_"
RESNEXT_NAME = re.compile(r"^resnext(\d+)(e?)_(\d+)x(\d+)d$")
RESNEXT_FAMILIES = ("resnext", "resnext_e")
# GluonCV's pre-activation ResNetV2 (resnet50_v2, se_resnet50_v2).
V2_FAMILY = "v2"
V2_NAME = re.compile(r"^resnet(\d+)_v2$")
# Families with squeeze-and-excitation variants.
SE_FAMILIES = ("", V2_FAMILY) + RESNEXT_FAMILIES
RESNEST_NAME = re.compile(r"^resnest(\d+)$")
RESNEST = "resnest"
# GluonCV's ResNeSt factories: depth -> blocks per stage (all bottlenecks)
RESNEST_DEPTHS = {14: (1, 1, 1, 1), 26: (2, 2, 2, 2), 50: (3, 4, 6, 3), 101: (3, 4, 23, 3),
                  200: (3, 24, 36, 3), 269: (3, 30, 48, 8)}


class ArchitectureError(ValueError):
    """An unsupported or malformed model description."""


@dataclass(frozen=True)
class Conv:
    """One convolution followed by BatchNorm (path relative to the scope)."""

    path: str
    kernel: int
    stride: int
    cin: int
    cout: int
    bias: bool = False  # a conv bias before the BatchNorm (ResNetV1 1x1 bottleneck convs)
    groups: int = 1  # ResNeXt's grouped 3x3 (its weights are [k, k, cin / groups, cout])
    norm: bool = True  # followed by <path>/BatchNorm (not ResNetV2's last body conv and shortcut)


@dataclass(frozen=True)
class Norm:
    """A BatchNorm no conv precedes (ResNetV2's ``C1/data_bn``, ``<unit>/preact``, ``postnorm``),
    its variables directly under ``path`` (slim's ``batch_norm(…, scope=path)``)."""

    path: str
    channels: int
    # data_bn is GluonCV's BatchNorm(scale=False): MXNet fixes gamma at 1; the checkpoint
    # still holds the file's gamma, which is never read.
    scale: bool = True
    relu: bool = True

    def variables(self):
        return [(self.path + "/" + leaf, (self.channels,)) for leaf in BN_LEAVES]


@dataclass(frozen=True)
class SqueezeExcitation:
    """A unit's squeeze-and-excitation gate ``<unit>/se/fc0`` (C → reduced, ReLU) and
    ``<unit>/se/fc1`` (reduced → C, sigmoid)."""

    path: str           # "C2/bottleneck_0/se"
    channels: int       # C: the gated body output
    reduced: int        # C // 16
    conv: bool          # 1x1 convs with biases (SE-ResNeXt), else bias-free dense (SE-ResNet)

    def layers(self):
        """``[(path, cin, cout)]`` of ``fc0`` and ``fc1``."""
        return [(self.path + "/fc0", self.channels, self.reduced), (self.path + "/fc1", self.reduced, self.channels)]

    def variables(self):
        """``[(path, shape)]`` of the gate's checkpoint variables."""
        result = []
        for path, cin, cout in self.layers():
            result.append((path + "/weights", (1, 1, cin, cout) if self.conv else (cin, cout)))
            if self.conv:
                result.append((path + "/biases", (cout,)))
        return result


@dataclass(frozen=True)
class SplitAttention:
    """A ResNeSt unit's split attention ``<unit>/splat`` on C channels (runs after ``conv0``)."""

    path: str           # "C2/bottleneck_0/splat"
    channels: int       # C
    radix: int          # R
    cardinality: int    # K
    inner: int          # fc0's width: max(C * R / 4, 32) in GluonCV
    pool_stride: int    # the avd pool's stride after the attention, 1 = none

    @property
    def conv(self):
        return Conv(self.path + "/conv", 3, 1, self.channels, self.radix * self.channels,
                    groups=self.cardinality * self.radix)

    @property
    def fc0(self):
        return Conv(self.path + "/fc0", 1, 1, self.channels, self.inner, bias=True, groups=self.cardinality)

    def variables(self):
        """``[(path, shape)]`` of the split attention's checkpoint variables."""
        result = _conv_variables(self.conv) + _conv_variables(self.fc0)
        result.append((self.path + "/fc1/weights", (1, 1, self.inner // self.cardinality, self.radix * self.channels)))
        result.append((self.path + "/fc1/biases", (self.radix * self.channels,)))
        return result


@dataclass(frozen=True)
class Block:
    """One residual unit ``C{stage}/{bottleneck,basicblock}_{index}``."""

    word: str           # "bottleneck" or "basicblock"
    stage: int          # 2..5
    index: int
    stride: int
    convs: tuple        # main path, Conv
    shortcut: object    # Conv or None (identity)
    avg_down: bool      # shortcut is avg-pool(stride) + 1x1/1 conv (v1d/v1e)
    se: object = None   # SqueezeExcitation after the last conv's BatchNorm, or None
    splat: object = None  # SplitAttention after the first conv (ResNeSt), or None
    preact: object = None  # ResNetV2: Norm + ReLU on the input, read by the body and a shortcut conv

    @property
    def path(self):
        return "C%d/%s_%d" % (self.stage, self.word, self.index)


@dataclass(frozen=True)
class Architecture:
    """A GluonCV ResNetV1/V1b-family model or ResNeXt: depth, family, class count, and for
    ResNeXt its cardinality and bottleneck width."""

    depth: int
    family: str
    classes: int = 1000
    cardinality: int = 1
    bottleneck_width: int = 64
    se: bool = False  # squeeze-and-excitation in every unit (se_resnet*_v1, se_resnext*)
    radix: int = 2  # ResNeSt's splits per group (family "resnest" only)
    # Per-layer output widths of a pruned model, ((conv path, width), ...), e.g.
    # (("C1/conv0", 24), ...): every width comes from the checkpoint's shapes where given
    # (GluonCV's resnet50_v1d_0.86 and friends narrow every convolution); () = standard.
    widths: tuple = ()
    gn: bool = False  # GroupNorm in place of every BatchNorm (resnet50_v1b_gn, resnet101_v1b_gn)

    @classmethod
    def parse(cls, model_name, classes=1000):
        """``Architecture`` of ``resnet{18,34,50,101,152}_v1{,b,c,d,e,s}``, a ResNeXt
        (``resnext50_32x4d``, ``resnext101e_64x4d``), ``se_`` and one of ResNetV1 or a ResNeXt, or
        a v1b model with ``_gn`` (``resnet50_v1b_gn``)."""
        if (model_name or "").endswith(GN_SUFFIX):
            base = cls.parse(model_name[:-len(GN_SUFFIX)], classes)
            arch = cls(base.depth, base.family, classes, gn=True)
            if base.se or base.family in RESNEXT_FAMILIES:
                raise ArchitectureError("unsupported model name %r; GroupNorm models are resnet*_v1b_gn"
                                        % (model_name,))
            arch.validate()
            return arch
        if (model_name or "").startswith(SE_PREFIX):
            base = cls.parse(model_name[len(SE_PREFIX):], classes)
            if base.se or base.family not in SE_FAMILIES:
                raise ArchitectureError("unsupported model name %r; squeeze-and-excitation models are "
                                        "se_resnet{18,34,50,101,152}_v{1,2} and se_resnext*" % (model_name,))
            arch = cls(base.depth, base.family, classes, base.cardinality, base.bottleneck_width, se=True)
            arch.validate()
            return arch
        resnest = RESNEST_NAME.match(model_name or "")
        if resnest:
            arch = cls(int(resnest.group(1)), RESNEST, classes)
            arch.validate()
            return arch
        resnext = RESNEXT_NAME.match(model_name or "")
        if resnext:
            arch = cls(int(resnext.group(1)), "resnext_e" if resnext.group(2) else "resnext", classes,
                       int(resnext.group(3)), int(resnext.group(4)))
            arch.validate()
            return arch
        v2 = V2_NAME.match(model_name or "")
        if v2:
            arch = cls(int(v2.group(1)), V2_FAMILY, classes)
            arch.validate()
            return arch
        match = MODEL_NAME.match(model_name or "")
        if not match:
            raise ArchitectureError(
                "unsupported model name %r; expected resnet{18,34,50,101,152}_v1{,b,c,d,e,s} or _v2"
                % (model_name,))
        arch = cls(int(match.group(1)), match.group(2), classes)
        arch.validate()
        return arch

    def validate(self):
        if self.family == RESNEST:
            if self.depth not in RESNEST_DEPTHS or self.se or self.radix < 1 or self.cardinality < 1:
                raise ArchitectureError("unsupported ResNeSt: depth %r (supported: %s), radix %r, cardinality %r"
                                        % (self.depth, sorted(RESNEST_DEPTHS), self.radix, self.cardinality))
        elif self.depth not in DEPTHS:
            raise ArchitectureError("unsupported depth %r; supported: %s" % (self.depth, sorted(DEPTHS)))
        if self.family in RESNEXT_FAMILIES:
            if not DEPTHS[self.depth][0] or self.cardinality < 1 or self.bottleneck_width < 1:
                raise ArchitectureError("a ResNeXt has bottleneck blocks (depth 50, 101 or 152) and "
                                        "positive cardinality and width")
        elif self.family not in FAMILIES + (RESNEST, V2_FAMILY):
            raise ArchitectureError("unsupported family v1%s; supported: %s"
                                    % (self.family, ", ".join("v1" + f for f in FAMILIES)))
        if self.se and self.family not in SE_FAMILIES:
            raise ArchitectureError("squeeze-and-excitation exists for ResNetV1, ResNetV2 and ResNeXt only, "
                                    "not v1%s" % self.family)
        if self.gn and self.family != "b":
            raise ArchitectureError("GroupNorm exists for ResNetV1b only (resnet*_v1b_gn), not v1%s" % self.family)
        if not (isinstance(self.classes, int) and self.classes > 0):
            raise ArchitectureError("classes must be a positive integer, got %r" % (self.classes,))

    @property
    def name(self):
        prefix = SE_PREFIX if self.se else ""
        if self.family == RESNEST:
            return "resnest%d" % self.depth
        if self.family in RESNEXT_FAMILIES:
            return prefix + "resnext%d%s_%dx%dd" % (self.depth, "e" if self.family == "resnext_e" else "",
                                                    self.cardinality, self.bottleneck_width)
        if self.preactivation:
            return prefix + "resnet%d_v2" % self.depth
        return prefix + "resnet%d_v1%s%s" % (self.depth, self.family, GN_SUFFIX if self.gn else "")

    @property
    def norm(self):
        """The scope word of every normalisation: ``GroupNorm`` or ``BatchNorm``."""
        return "GroupNorm" if self.gn else "BatchNorm"

    @property
    def preactivation(self):
        """Whether this is a pre-activation ResNetV2: ``data_bn``, ``preact`` units, ``postnorm``."""
        return self.family == V2_FAMILY

    def data_bn(self):
        """ResNetV2's BatchNorm of the image before the stem (no ReLU, gamma unused), or None."""
        return Norm("C1/data_bn", 3, scale=False, relu=False) if self.preactivation else None

    def postnorm(self):
        """ResNetV2's BatchNorm + ReLU after ``C5``, before pooling, or None."""
        return Norm("postnorm", self.feature_width) if self.preactivation else None

    @property
    def bottleneck(self):
        return self.family == RESNEST or DEPTHS[self.depth][0]

    @property
    def unit_word(self):
        """``bottleneck`` or ``basicblock``: the scope word of this model's residual units."""
        return UNIT_WORDS[self.bottleneck]

    @property
    def blocks_per_stage(self):
        return RESNEST_DEPTHS[self.depth] if self.family == RESNEST else DEPTHS[self.depth][1]

    @property
    def expansion(self):
        return 4 if self.bottleneck else 1

    @property
    def deep_stem(self):
        return self.family not in ("", "b", "resnext", V2_FAMILY)

    @property
    def stem_width(self):
        """Width of the first two deep-stem convs (the stem outputs twice this)."""
        if self.family == RESNEST:
            return 64 if self.depth >= 101 else 32
        return 64 if self.family in ("e", "s", "resnext_e") else 32

    def avg_down(self, stage):
        """Whether stage ``stage``'s (2..5) shortcut is avg-pool + 1x1/1 conv."""
        return self.family in ("d", "e", RESNEST) or (self.family == "resnext_e" and stage > 2)

    @property
    def feature_width(self):
        return self.blocks()[-1].convs[-1].cout

    @functools.cached_property
    def _widths(self):
        """``widths`` as a dict, built once (a frozen dataclass may still cache in ``__dict__``)."""
        return dict(self.widths)

    def _width(self, path, standard):
        return self._widths.get(path, standard)

    def stem(self):
        """The ``C1`` convolutions."""
        if not self.deep_stem:
            return (Conv("C1/conv0", 7, 2, 3, self._width("C1/conv0", 64)),)
        w = self.stem_width
        w0 = self._width("C1/conv0", w)
        w1 = self._width("C1/conv1", w)
        return (Conv("C1/conv0", 3, 2, 3, w0), Conv("C1/conv1", 3, 1, w0, w1),
                Conv("C1/conv2", 3, 1, w1, self._width("C1/conv2", 2 * w)))

    def blocks(self):
        """Every residual unit, in forward order (widths: ``widths`` where given)."""
        standard_cin = 2 * self.stem_width if self.deep_stem else 64
        cin = self.stem()[-1].cout
        units = []
        for s, (count, width) in enumerate(zip(self.blocks_per_stage, STAGE_WIDTHS)):
            stage = s + 2
            cout = width * self.expansion
            for i in range(count):
                stride = 2 if (i == 0 and stage > 2) else 1
                prefix = "C%d/%s_%d/" % (stage, self.unit_word, i)
                # Which units have a shortcut is the standard network's decision.
                has_shortcut = i == 0 and (stride != 1 or standard_cin != cout)
                # With an identity shortcut the body must end at the unit's input width.
                last = self._width(prefix + ("conv2" if self.bottleneck else "conv1"), cout) if has_shortcut else cin
                splat = None
                if self.family == RESNEST:
                    # GluonCV's ResNeSt bottleneck: the split attention replaces the 3x3 and
                    # the avd pool after it carries the stride.
                    inner = self._width(prefix + "conv0", self.cardinality * (width * self.bottleneck_width // 64))
                    split = self._width(prefix + "splat/conv", self.radix * inner) // self.radix
                    splat = SplitAttention(prefix + "splat", split, self.radix, self.cardinality,
                                           self._width(prefix + "splat/fc0", max(inner * self.radix // 4, 32)),
                                           stride)
                    convs = (Conv(prefix + "conv0", 1, 1, cin, inner), Conv(prefix + "conv2", 1, 1, split, last))
                elif self.bottleneck:
                    inner, groups, bias = width, 1, self.family == ""
                    if self.family in RESNEXT_FAMILIES:
                        inner, groups = self.cardinality * (width * self.bottleneck_width // 64), self.cardinality
                    w0 = self._width(prefix + "conv0", inner)
                    w1 = self._width(prefix + "conv1", inner)
                    # GluonCV BottleneckV1 (family ""): stride on the first 1x1, both 1x1s biased.
                    first = stride if self.family == "" else 1
                    # ResNetV2: no BatchNorm after a unit's last conv (the next preact follows).
                    convs = (Conv(prefix + "conv0", 1, first, cin, w0, bias=bias),
                             Conv(prefix + "conv1", 3, stride // first, w0, w1, groups=groups),
                             Conv(prefix + "conv2", 1, 1, w1, last, bias=bias, norm=not self.preactivation))
                else:
                    w0 = self._width(prefix + "conv0", width)
                    convs = (Conv(prefix + "conv0", 3, stride, cin, w0),
                             Conv(prefix + "conv1", 3, 1, w0, last, norm=not self.preactivation))
                shortcut = None
                if has_shortcut:
                    avg_down = self.avg_down(stage)
                    shortcut = Conv(prefix + "shortcut", 1, 1 if avg_down else stride, cin, last,
                                    norm=not self.preactivation)
                se = None
                if self.se:
                    se = SqueezeExcitation(prefix + "se", last, last // 16, self.family in RESNEXT_FAMILIES)
                preact = Norm(prefix + "preact", cin) if self.preactivation else None
                units.append(Block(self.unit_word, stage, i, stride, convs, shortcut, self.avg_down(stage), se,
                                   splat=splat, preact=preact))
                cin = last
                standard_cin = cout
        return tuple(units)

    def convs(self):
        """Every convolution (stem, then each unit's main path and shortcut)."""
        result = list(self.stem())
        for block in self.blocks():
            result.extend(block.convs)
            if block.shortcut is not None:
                result.append(block.shortcut)
        return result

    def expected_variables(self):
        """``[(path, shape)]`` of every checkpoint variable, relative to the scope."""
        result = []
        if self.data_bn() is not None:
            result.extend(self.data_bn().variables())
        for conv in self.stem():
            result.extend(_conv_variables(conv, self.gn))
        blocks = self.blocks()
        for block in blocks:
            if block.preact is not None:
                result.extend(block.preact.variables())
            for k, conv in enumerate(block.convs):
                result.extend(_conv_variables(conv, self.gn))
                if k == 0 and block.splat is not None:
                    result.extend(block.splat.variables())
            if block.se is not None:
                result.extend(block.se.variables())
            if block.shortcut is not None:
                result.extend(_conv_variables(block.shortcut, self.gn))
        if self.postnorm() is not None:
            result.extend(self.postnorm().variables())
        result.append(("logits/weights", (blocks[-1].convs[-1].cout, self.classes)))
        result.append(("logits/biases", (self.classes,)))
        return result


def _conv_variables(conv, gn=False):
    """``[(path, shape)]`` of a convolution, its bias if any, and its BatchNorm (GroupNorm if ``gn``)."""
    result = [(conv.path + "/weights", (conv.kernel, conv.kernel, conv.cin // conv.groups, conv.cout))]
    if conv.bias:
        result.append((conv.path + "/biases", (conv.cout,)))
    if not conv.norm:
        return result
    norm, leaves = ("/GroupNorm/", GN_LEAVES) if gn else ("/BatchNorm/", BN_LEAVES)
    result.extend((conv.path + norm + leaf, (conv.cout,)) for leaf in leaves)
    return result


def check_scope(scope):
    """Reject scopes TensorFlow or gluon2tf would not accept as a name prefix."""
    if not isinstance(scope, str) or not scope:
        raise ArchitectureError("scope must be a non-empty string, got %r" % (scope,))
    if scope.startswith("/") or scope.endswith("/") or "//" in scope or "\0" in scope:
        raise ArchitectureError("invalid scope %r (no leading/trailing '/', no empty component)" % scope)
    return scope
