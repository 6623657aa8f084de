"""Loading gluon2tf checkpoints into :class:`~gluon2tf_tf.model.ResNet` modules."""

import json
import os
import re

import tensorflow as tf

from .architecture import (DEPTHS, FAMILIES, MODEL_NAME, RESNEST, RESNEST_DEPTHS, RESNEXT_NAME, UNIT_WORDS,
                           V2_FAMILY, Architecture, ArchitectureError)
from .model import ResNet

STEM_KEY = "C1/conv0/weights"
# C1/conv0/weights shape -> the families it can belong to
STEM_FAMILIES = {(7, 7, 3, 64): ("", "b"), (3, 3, 3, 32): ("c", "d"), (3, 3, 3, 64): ("e", "s")}


class CheckpointError(ValueError):
    """A checkpoint that does not fit the requested model (names, shapes, dtypes)."""


def checkpoint_prefix(path):
    """The checkpoint prefix for ``path``: a prefix, or a directory holding one checkpoint.

    For a directory the ``checkpoint`` state file is used when present, else the
    single ``*.ckpt.index`` file in it (gluon2tf writes ``<dir>/<scope>.ckpt``).
    """
    path = os.fspath(path)
    if not os.path.isdir(path):
        if not os.path.exists(path + ".index"):
            raise CheckpointError("no checkpoint at %s (missing %s.index)" % (path, path))
        return path
    latest = tf.train.latest_checkpoint(path)
    if latest and os.path.exists(latest + ".index"):
        return latest
    indexes = sorted(name for name in os.listdir(path) if name.endswith(".index"))
    if len(indexes) != 1:
        raise CheckpointError("%s holds %s; pass the checkpoint prefix (<dir>/<scope>.ckpt)"
                              % (path, "no checkpoint index" if not indexes else "several: " + ", ".join(indexes)))
    return os.path.join(path, indexes[0][:-len(".index")])


def _limited(items, limit=8):
    items = list(items)
    shown = "\n  ".join(items[:limit])
    return shown + ("\n  … %d more" % (len(items) - limit) if len(items) > limit else "")


def load_checkpoint(module, prefix, strict=True, allow_float16=False):
    """Assign every variable of ``module`` from the checkpoint at ``prefix``.

    ``prefix`` is ``<dir>/<scope>.ckpt`` or the checkpoint directory. Before any
    assignment, every variable must be present under its exact name with the same
    shape and dtype float32 (float16 too when ``allow_float16``; it is upcast,
    which is exact). With ``strict``, the checkpoint must not hold other variables
    under the module's scope (that would mean a different architecture). Any
    problem raises :class:`CheckpointError` listing the offending names.
    Returns the resolved prefix.
    """
    prefix = checkpoint_prefix(prefix)
    reader = tf.train.load_checkpoint(prefix)
    shapes = reader.get_variable_to_shape_map()
    dtypes = reader.get_variable_to_dtype_map()
    accepted = {tf.float32, tf.float16} if allow_float16 else {tf.float32}

    missing, problems = [], []
    for key, variable in module.variables_by_name.items():
        if key not in shapes:
            missing.append(key)
        elif tuple(shapes[key]) != tuple(variable.shape):
            problems.append("%s: shape %s in the checkpoint, the model needs %s"
                            % (key, tuple(shapes[key]), tuple(variable.shape)))
        elif dtypes[key] not in accepted:
            problems.append("%s: dtype %s in the checkpoint, the model needs float32%s"
                            % (key, dtypes[key].name, "" if allow_float16 else " (allow_float16=True accepts half)"))
    unexpected = []
    if strict:
        unexpected = sorted(key for key in shapes
                            if key.startswith(module.scope + "/") and key not in module.variables_by_name)
    if missing or problems or unexpected:
        lines = ["checkpoint %s does not fit %s (scope %r):" % (prefix, module.architecture.name, module.scope)]
        if missing:
            lines.append("%d variable(s) not found in the checkpoint:\n  %s" % (len(missing), _limited(missing)))
            if len(missing) == len(module.variables_by_name):
                scopes = sorted({key.split("/", 1)[0] for key in shapes if "/" in key})
                lines.append("the checkpoint's top-level scopes are: %s (pass scope=… to build_resnet, "
                             "or use model_from_checkpoint)" % ", ".join(scopes or ["none"]))
        if problems:
            lines.append("%d variable(s) of the wrong shape or dtype:\n  %s" % (len(problems), _limited(problems)))
        if unexpected:
            lines.append("%d checkpoint variable(s) under %r that the model does not have (another architecture?):"
                         "\n  %s" % (len(unexpected), module.scope, _limited(unexpected)))
        raise CheckpointError("\n".join(lines))

    for key, variable in module.variables_by_name.items():
        value = reader.get_tensor(key)
        variable.assign(value.astype("float32", copy=False))
    return prefix


def _report_model(prefix):
    """``model`` from the ``report.json`` gluon2tf publishes next to a checkpoint, if any."""
    try:
        with open(os.path.join(os.path.dirname(prefix), "report.json")) as handle:
            model = json.load(handle).get("model")
    except (OSError, ValueError, AttributeError):
        return None
    return model if isinstance(model, str) and MODEL_NAME.match(model) else None


def infer_architecture(prefix, family=None, scope=None):
    """``(Architecture, scope)`` of the gluon2tf checkpoint at ``prefix`` (names and shapes only).

    The depth, block kind and class count come from the variables. The family
    comes from the stem shape where it is unique (7×7 → v1b); v1c/v1d and
    v1s/v1e have identical variables and differ only in the shortcut's pooling,
    so they are told apart by, in order: ``family`` (``"v1d"`` or ``"d"``), the
    scope when it is a model name (gluon2tf's default), the ``model`` of the
    ``report.json`` next to the checkpoint. Otherwise :class:`CheckpointError`.
    """
    prefix = checkpoint_prefix(prefix)
    shapes = tf.train.load_checkpoint(prefix).get_variable_to_shape_map()
    if scope is None:
        scopes = sorted(key[:-len(STEM_KEY) - 1] for key in shapes if key.endswith("/" + STEM_KEY))
        if len(scopes) != 1:
            raise CheckpointError("cannot infer the scope of %s: %s" % (
                prefix, "no variable <scope>/%s" % STEM_KEY if not scopes else "several candidates " + ", ".join(scopes)))
        scope = scopes[0]
    base = scope + "/"
    stem = shapes.get(base + STEM_KEY)
    if stem is None:
        raise CheckpointError("%s has no variable %s%s" % (prefix, base, STEM_KEY))
    stem_families = STEM_FAMILIES.get(tuple(stem))
    if stem_families is None and len(stem) == 4 and stem[2] == 3 and stem[3] > 0:
        # A pruned stem (resnet50_v1d_0.86 and friends narrow it too): 7x7 -> v1/v1b, else c/d.
        stem_families = STEM_FAMILIES[(7, 7, 3, 64) if stem[0] == 7 else (3, 3, 3, 32)]
    if stem_families is None:
        raise CheckpointError("%s%s has shape %s, not a GluonCV ResNetV1b stem" % (base, STEM_KEY, tuple(stem)))

    bottleneck = base + "C2/bottleneck_0/conv2/weights" in shapes
    word = UNIT_WORDS[bottleneck]
    if stem_families == ("", "b") and bottleneck:
        # ResNetV1 and v1b share the 7x7 stem; only v1's bottlenecks have conv biases. Their
        # basic blocks compute the same function, so 18/34 default to v1b (below).
        stem_families = ("",) if base + "C2/bottleneck_0/conv0/biases" in shapes else ("b",)
    counts = []
    for stage in range(2, 6):
        pattern = re.compile(re.escape(base) + r"C%d/%s_(\d+)/" % (stage, word))
        indices = {int(m.group(1)) for m in map(pattern.match, shapes) if m}
        counts.append(max(indices) + 1 if indices else 0)
    splat = shapes.get(base + "C2/bottleneck_0/splat/conv/weights")
    if splat is not None:
        return _resnest(prefix, shapes, base, counts, splat), scope
    depths = [d for d, (kind, layout) in DEPTHS.items() if kind == bottleneck and list(layout) == counts]
    if not depths:
        hint = ""
        if not bottleneck and base + "C2/bottleneck_0/conv1/weights" in shapes:
            # gluon2tf before the basic-block fix named resnet18/34 units bottleneck_{i}.
            hint = ("; its basic-block units are named bottleneck_{i}, as gluon2tf wrote them before "
                    "they became basicblock_{i}: convert the .params again")
        raise CheckpointError("%s: units per stage %s (%s blocks) match no supported depth%s"
                              % (prefix, counts, "bottleneck" if bottleneck else "basic", hint))
    logits = shapes.get(base + "logits/biases")
    if not logits or len(logits) != 1:
        raise CheckpointError("%s has no variable %slogits/biases of rank 1" % (prefix, base))

    # Squeeze-and-excitation (SE-ResNetV1, SE-ResNeXt): every unit has se/fc0.
    se = base + "C2/%s_0/se/fc0/weights" % word in shapes
    # ResNetV2 (with or without SE): pre-activation units, the final BatchNorm `postnorm`.
    if base + "postnorm/moving_mean" in shapes:
        return Architecture(depths[0], V2_FAMILY, int(logits[0]), se=se), scope
    # ResNeXt: the first unit's 3x3 is grouped: its filter takes conv0's width / groups
    # ([3, 3, in / groups, out]); a pruned model's 3x3 takes conv0's whole width.
    grouped = shapes.get(base + "C2/bottleneck_0/conv1/weights")
    entry = shapes.get(base + "C2/bottleneck_0/conv0/weights")
    if (bottleneck and grouped and entry and len(grouped) == 4 and len(entry) == 4
            and 0 < grouped[2] < entry[3] and entry[3] % grouped[2] == 0):
        cardinality = entry[3] // grouped[2]
        deep = tuple(stem) == (3, 3, 3, 64)
        if tuple(stem) not in ((7, 7, 3, 64), (3, 3, 3, 64)):
            raise CheckpointError("%s%s has shape %s, not a GluonCV ResNeXt stem" % (base, STEM_KEY, tuple(stem)))
        return Architecture(depths[0], "resnext_e" if deep else "resnext", int(logits[0]), cardinality,
                            entry[3] // cardinality, se=se), scope
    # GroupNorm (resnet*_v1b_gn): the stem's norm is a GroupNorm; GluonCV builds it on v1b only.
    if base + STEM_KEY.replace("weights", "GroupNorm/gamma") in shapes:
        if "b" not in stem_families:
            raise CheckpointError("%s has GroupNorm layers but the stem %s%s %s of v1%s; GroupNorm models are "
                                  "resnet*_v1b_gn" % (prefix, base, STEM_KEY, tuple(stem), " or v1".join(stem_families)))
        return Architecture(depths[0], "b", int(logits[0]), gn=True), scope
    if se:
        # Only GluonCV's ResNetV1 (7x7 stem, no deep stem) has ungrouped SE units.
        if "" not in stem_families:
            raise CheckpointError("%s has squeeze-and-excitation units but the stem %s%s %s of v1%s"
                                  % (prefix, base, STEM_KEY, tuple(stem), " or v1".join(stem_families)))
        return Architecture(depths[0], "", int(logits[0]), se=True), scope

    candidates = []
    if family is not None:
        letter = family[2:] if family.startswith("v1") else family
        if letter not in FAMILIES:
            raise CheckpointError("unknown family %r; expected one of %s" % (family, ", ".join("v1" + f for f in FAMILIES)))
        candidates.append(("family=%r" % family, letter))
    for source, name in (("scope %r" % scope, scope.rsplit("/", 1)[-1]), ("report.json", _report_model(prefix))):
        match = MODEL_NAME.match(name or "")
        if match and int(match.group(1)) == depths[0] and match.group(2) in FAMILIES:
            candidates.append((source, match.group(2)))
    if len(stem_families) == 1:
        candidates.append(("the stem and conv biases", stem_families[0]))
    elif stem_families == ("", "b") and not candidates:
        candidates.append(("basic blocks (v1 and v1b compute the same)", "b"))
    for source, letter in candidates:
        if letter not in stem_families:
            raise CheckpointError("%s says v1%s, but the stem %s%s %s belongs to v1%s"
                                  % (source, letter, base, STEM_KEY, tuple(stem), " or v1".join(stem_families)))
    if not candidates:
        raise CheckpointError(
            "the family of %s is ambiguous (v1%s have identical variables and differ only in the shortcut's "
            "average pooling); pass family='v1%s' or family='v1%s'"
            % (prefix, " or v1".join(stem_families), stem_families[0], stem_families[1]))
    architecture = Architecture(depths[0], candidates[0][1], int(logits[0]))
    # Per-layer widths (pruned models): every convolution's output width from its shape.
    widths = []
    for conv in architecture.convs():
        shape = shapes.get(base + conv.path + "/weights")
        if shape and len(shape) == 4 and shape[3] != conv.cout:
            widths.append((conv.path, int(shape[3])))
    if widths:
        architecture = Architecture(depths[0], candidates[0][1], int(logits[0]), widths=tuple(widths))
    return architecture, scope


def _resnest(prefix, shapes, base, counts, splat):
    """A ResNeSt's ``Architecture``: depth from the units per stage, radix from the split
    convolution's outputs per channel reaching ``conv2``, cardinality from ``splat/fc0``'s
    per-group input."""
    depths = [d for d, layout in RESNEST_DEPTHS.items() if list(layout) == counts]
    last = shapes.get(base + "C2/bottleneck_0/conv2/weights")
    reduce = shapes.get(base + "C2/bottleneck_0/splat/fc0/weights")
    logits = shapes.get(base + "logits/biases")
    if not depths or not last or not reduce or not logits or len(splat) != 4 or len(last) != 4 or len(reduce) != 4:
        raise CheckpointError("%s has split-attention units (ResNeSt) but units per stage %s or the shapes of "
                              "C2/bottleneck_0 fit no GluonCV ResNeSt (%s)"
                              % (prefix, counts, ", ".join("resnest%d" % d for d in RESNEST_DEPTHS)))
    channels = last[2]
    if channels <= 0 or reduce[2] <= 0 or splat[3] % channels or channels % reduce[2]:
        raise CheckpointError("%s: C2/bottleneck_0/splat/conv/weights %s does not split into conv2's %d inputs"
                              % (prefix, tuple(splat), channels))
    return Architecture(depths[0], RESNEST, int(logits[0]), cardinality=channels // reduce[2],
                        radix=splat[3] // channels)


def model_from_checkpoint(prefix, family=None, scope=None, allow_float16=False):
    """Build the model a gluon2tf checkpoint holds and load it (see :func:`infer_architecture`)."""
    try:
        architecture, scope = infer_architecture(prefix, family=family, scope=scope)
        architecture.validate()
    except ArchitectureError as error:
        raise CheckpointError(str(error)) from error
    module = ResNet(architecture, scope=scope)
    load_checkpoint(module, prefix, strict=True, allow_float16=allow_float16)
    return module
