#!/usr/bin/env python3
"""Write GluonCV fixture files, manifests and reference logits for gluon2tf.

Runs in the MXNet venv (``interop/venvs.sh`` creates it)::

    $GLUON2TF_CACHE/venv-mx/bin/python interop/make_fixtures.py [--out DIR] [--models a,b,...] [--force]

Output directory: ``--out``, else ``$GLUON2TF_FIXTURES``, else
``$GLUON2TF_CACHE/fixtures`` (``GLUON2TF_CACHE`` defaults to ``~/.cache/gluon2tf``).
The fixture set is described in ``fixture_catalog.py``.

Weights
    Every ResNet is built with the GluonCV factory when one exists (e.g.
    ``gluoncv.model_zoo.resnet50_v1d``); the eight combinations without a
    factory (18/34 × c/d/e/s) use ``ResNetV1b`` with the arguments the factories
    use for that family (``FAMILY_ARGS``). Parameters are then overwritten from
    ``numpy.random.RandomState(zlib.crc32(model_name))``, in file order:
    conv weights ~ N(0, 0.8 / fan_in) (keeps float32 logits O(1..10) up to
    ResNet-152 with inference-mode BatchNorm), dense weights ~ U(±1/sqrt(in)),
    biases ~ N(0, 0.1), BatchNorm gamma ~ U[0.5, 1.5], beta ~ N(0, 0.1),
    running_mean ~ N(0, 0.1), running_var ~ U[0.5, 2].

Reference input (same for every model; ``reference_input``)
    ``RandomState(0).uniform(0, 1, (H, W, 3))`` in float64 (an RGB image in
    [0, 1], HWC), normalised by ImageNet mean (0.485, 0.456, 0.406) and std
    (0.229, 0.224, 0.225), transposed to NCHW with batch 1, cast to float32.
    Sizes 224×224 and 193×257. Logits are the float32 MXNet forward (inference
    mode, shape (1, 1000)). For ``resnet18_v1b_fp16`` they are the float32
    forward of the float16-rounded weights (MXNet cannot run float16 on CPU).

Manifest (``<name>.manifest.json``, written last)
    For every tensor in file order: the MXNet name, the structural name, shape,
    dtype, the TF shape, the transform, and the SHA-256 of the bytes the TF
    checkpoint must hold: 4-D conv weights transposed (2, 3, 1, 0), 2-D dense
    weights transposed, everything else unchanged, C order; ``sha256`` after an
    upcast of float16 to float32 (the converter's default), ``sha256_keep`` in
    the source dtype (``--dtype keep``). For the gluon2TF models the expected TF
    names come from ``gluon2tf_oracle`` (independent of the Swift code).

Files are written under temporary names and renamed, so an interrupted run
never leaves a partial file; a fixture whose manifest records the current
``fixture_catalog.GENERATOR_VERSION`` and whose files exist is skipped.
"""

import argparse
import contextlib
import fcntl
import hashlib
import json
import os
import sys
import time
import zlib
from pathlib import Path

import mxnet as mx
import numpy as np
import gluoncv
from gluoncv.model_zoo import resnetv1b

import fixture_catalog as catalog
import gluon2tf_oracle as oracle

IMAGENET_MEAN = np.array([0.485, 0.456, 0.406])
IMAGENET_STD = np.array([0.229, 0.224, 0.225])
INPUT_RECIPE = (
    "numpy.random.RandomState(0).uniform(0, 1, (H, W, 3)) float64 RGB HWC image, "
    "(x - mean) / std with ImageNet mean (0.485, 0.456, 0.406) and std (0.229, 0.224, 0.225), "
    "transposed to NCHW (1, 3, H, W), cast to float32"
)

CONV_MAGNITUDE = 0.8

# Constructor arguments of the GluonCV v1b-family factories (gluoncv 0.10.5,
# gluoncv/model_zoo/resnetv1b.py), per family letter.
FAMILY_ARGS = {
    "b": {},
    "c": {"deep_stem": True},
    "d": {"deep_stem": True, "avg_down": True},
    "e": {"deep_stem": True, "avg_down": True, "stem_width": 64},
    "s": {"deep_stem": True, "stem_width": 64},
}
DEPTH_LAYOUT = {
    18: ("BasicBlockV1b", [2, 2, 2, 2]),
    34: ("BasicBlockV1b", [3, 4, 6, 3]),
    50: ("BottleneckV1b", [3, 4, 6, 3]),
    101: ("BottleneckV1b", [3, 4, 23, 3]),
    152: ("BottleneckV1b", [3, 8, 36, 3]),
}


def log(message):
    """Progress line on stderr."""
    print("[make_fixtures] " + message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- building ---

def build_resnet(name):
    """Return ``(net, description)`` for a ResNetV1, v1b-family, ResNetV2, ResNeXt, SE or pruned model name."""
    if name in catalog.PRUNED:
        return (gluoncv.model_zoo.get_model(name, pretrained=False),
                "gluoncv.model_zoo.get_model(%r, pretrained=False)" % name)
    factory = getattr(gluoncv.model_zoo, name, None)
    if factory is not None and "resnext" in name:
        # gluoncv 0.10.5's resnext101e_64x4d reads kwargs['pretrained'] without a default.
        return factory(pretrained=False), "gluoncv.model_zoo.%s(pretrained=False)" % name
    if factory is not None:
        return factory(), "gluoncv.model_zoo.%s()" % name
    depth, variant = catalog.parse_resnet(name)
    block_name, layers = DEPTH_LAYOUT[depth]
    kwargs = dict(FAMILY_ARGS[variant], name_prefix="resnetv1%s_" % variant)
    net = resnetv1b.ResNetV1b(getattr(resnetv1b, block_name), layers, **kwargs)
    args = ", ".join("%s=%r" % item for item in sorted(kwargs.items()))
    return net, "gluoncv.model_zoo.resnetv1b.ResNetV1b(%s, %s, %s)" % (block_name, layers, args)


def randomise(net, seed):
    """Allocate all parameters and overwrite them with seeded random values."""
    net.initialize(mx.init.Zero())
    net(mx.nd.zeros((1, 3, 64, 64)))  # completes deferred shape inference
    rs = np.random.RandomState(seed)
    for name, param in net._collect_params_with_prefix().items():
        shape = param.shape
        leaf = name.rsplit(".", 1)[-1]
        if leaf == "weight" and len(shape) == 4:
            value = rs.normal(0.0, np.sqrt(CONV_MAGNITUDE / np.prod(shape[1:])), shape)
        elif leaf == "weight" and len(shape) == 2:
            bound = 1.0 / np.sqrt(shape[1])
            value = rs.uniform(-bound, bound, shape)
        elif leaf in ("bias", "beta", "running_mean"):
            value = rs.normal(0.0, 0.1, shape)
        elif leaf == "gamma":
            value = rs.uniform(0.5, 1.5, shape)
        elif leaf == "running_var":
            value = rs.uniform(0.5, 2.0, shape)
        else:
            raise ValueError("no initialisation rule for parameter %s" % name)
        param.set_data(mx.nd.array(value, dtype=param.dtype))


def reference_input(height, width):
    """The deterministic NCHW float32 input described in the module docstring."""
    image = np.random.RandomState(0).uniform(0.0, 1.0, (height, width, 3))
    normalised = (image - IMAGENET_MEAN) / IMAGENET_STD
    return np.ascontiguousarray(normalised.transpose(2, 0, 1)[None].astype(np.float32))


# ----------------------------------------------------------- atomic output ---

def _temp(path):
    return path.with_name("." + path.name + ".tmp")


@contextlib.contextmanager
def atomic_path(path):
    """Yield a temporary path next to ``path``; rename it to ``path`` on success."""
    temp = _temp(path)
    try:
        yield temp
        os.replace(temp, path)
    finally:
        if temp.exists():
            temp.unlink()


def save_npy(path, array):
    """Write ``array`` to ``path`` atomically."""
    with atomic_path(path) as temp, open(temp, "wb") as handle:
        np.save(handle, array)


def save_json(path, value):
    """Write ``value`` as JSON to ``path`` atomically."""
    with atomic_path(path) as temp:
        temp.write_text(json.dumps(value, indent=1) + "\n")


def save_params(net, path):
    """``net.save_parameters`` to ``path`` atomically."""
    with atomic_path(path) as temp:
        net.save_parameters(str(temp))


def export_params(net, out, name):
    """``net.export`` as ``<name>-symbol.json`` / ``<name>-0000.params`` atomically."""
    temp_prefix = "." + name + ".tmp"
    suffixes = ("-symbol.json", "-0000.params")
    temps = [out / (temp_prefix + suffix) for suffix in suffixes]
    try:
        net.export(str(out / temp_prefix))
        for temp, suffix in zip(temps, suffixes):
            os.replace(temp, out / (name + suffix))
    finally:
        for temp in temps:
            if temp.exists():
                temp.unlink()
    return [name + suffix for suffix in suffixes]


# ---------------------------------------------------------------- manifest ---

def sha256_file(path):
    """Hex SHA-256 of a file's contents."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def tf_layout(array):
    """Return ``(transform, array in TF layout)`` for a source array."""
    if array.ndim == 4:
        return "oihw_to_hwio", array.transpose(2, 3, 1, 0)
    if array.ndim == 2:
        return "transpose", array.T
    return "copy", array


def describe_tensors(path, structural_names):
    """Manifest entries for every tensor of a ``.params`` file, in file order.

    ``structural_names`` maps a file name to its structural name (identity for
    ``save_parameters`` files).
    """
    entries = []
    for source, ndarray in mx.nd.load(str(path)).items():
        array = ndarray.asnumpy()
        transform, tf_array = tf_layout(array)
        keep = np.ascontiguousarray(tf_array)
        upcast = np.ascontiguousarray(tf_array.astype(np.float32)) if array.dtype == np.float16 else keep
        entries.append({
            "source": source,
            "structural": structural_names.get(source, source),
            "shape": list(array.shape),
            "dtype": array.dtype.name,
            "tf_shape": list(tf_array.shape),
            "transform": transform,
            "sha256": hashlib.sha256(upcast.tobytes()).hexdigest(),
            "sha256_keep": hashlib.sha256(keep.tobytes()).hexdigest(),
        })
    return entries


def expected_detection(model, naming_style):
    """The ``inspect`` fields the converter should report for a ResNet fixture."""
    depth, variant = catalog.parse_resnet(model)
    family = variant if variant.startswith(("resnext", "resnest")) or variant == "v2" else "v1" + variant
    model = catalog.PRUNED.get(model, model)
    return {"model": model, "family": family, "depth": depth, "classes": 1000,
            "namingStyle": naming_style, "scope": model}


def write_manifest(out, name, *, files, tensors, seed, constructor, expect=None,
                   same_weights_as=None, reference=None):
    """Write ``<name>.manifest.json``; this marks the fixture complete."""
    params = out / catalog.params_file(name)
    gluon2tf_names = None
    if expect is not None and expect["model"] in oracle.GLUON2TF_MODELS:
        structural = {entry["structural"]: entry["source"] for entry in tensors}
        mapped = oracle.name_map(expect["model"], list(structural))
        gluon2tf_names = {structural[key]: tf for key, tf in mapped.items()}
    manifest = {
        "generator_version": catalog.GENERATOR_VERSION,
        "name": name,
        "kind": "negative" if expect is None else "resnet",
        "params": params.name,
        "params_size": params.stat().st_size,
        "params_sha256": sha256_file(params),
        "files": files,
        "seed": seed,
        "constructor": constructor,
        "same_weights_as": same_weights_as,
        "expect": expect,
        "gluon2tf_names": gluon2tf_names,
        "reference": reference,
        "versions": {"mxnet": mx.__version__, "gluoncv": gluoncv.__version__, "numpy": np.__version__},
        "tensors": tensors,
    }
    save_json(out / catalog.manifest_file(name), manifest)


def is_current(out, name):
    """True when fixture ``name`` is complete and made by this generator version."""
    path = out / catalog.manifest_file(name)
    try:
        manifest = json.loads(path.read_text())
    except (OSError, ValueError):
        return False
    if manifest.get("generator_version") != catalog.GENERATOR_VERSION:
        return False
    # A name can change role (resnet18_v1 was a negative fixture before ResNetV1 was supported).
    if manifest.get("kind") != ("negative" if name in catalog.NEGATIVES else "resnet"):
        return False
    if not all((out / file).is_file() for file in manifest["files"]):
        return False
    return (out / manifest["params"]).stat().st_size == manifest["params_size"]


# -------------------------------------------------------------- generators ---

@contextlib.contextmanager
def group_norm_follows_input_dtype():
    """Let ``gluoncv.nn.GroupNorm`` run in float64.

    Its ``hybrid_forward`` makes the constant ones and zeros it hands to ``F.BatchNorm`` in
    the default float32, so a float64 network fails ("requires uniform type"). This is that
    ``hybrid_forward`` with the constants in the input's dtype; nothing else changes.
    """
    from mxnet import autograd
    from gluoncv.nn import gn

    def hybrid_forward(self, F, x, gamma, beta):
        y = x.expand_dims(0).reshape(0, 0, self.ngroups, -1).reshape(1, -3, -1)
        n = x.shape[0] * self.ngroups
        with autograd.train_mode():
            y = F.BatchNorm(y, F.ones(n, dtype=x.dtype), F.zeros(n, dtype=x.dtype),
                            F.zeros(n, dtype=x.dtype), F.ones(n, dtype=x.dtype), name="fwd", **self._kwargs)
        y = y.reshape_like(x).reshape(0, 0, -1)
        if self.scale:
            y = y * gamma.reshape(1, -1, 1) + beta.reshape(1, -1, 1)
        else:
            y = y + beta.reshape(1, -1, 1)
        return y.reshape_like(x)

    original = gn.GroupNorm.hybrid_forward
    gn.GroupNorm.hybrid_forward = hybrid_forward
    try:
        yield
    finally:
        gn.GroupNorm.hybrid_forward = original


def float64_forward(name, params):
    """The fixture's network rebuilt from ``params`` and run in float64, logits rounded to float32.

    For the GroupNorm models: GluonCV's float32 GroupNorm sums each group's statistics in
    float32, which puts its own logits 1.5e-6 (relative L2, resnet50_v1b_gn at 224) from the
    exact ones, above the 1e-6 bound a converted model is held to; in float64 the reference is
    GluonCV's network computed exactly enough to hold others to that bound.
    """
    net, _ = build_resnet(name)
    net.load_parameters(str(params))
    net.cast("float64")

    def forward(x):
        with group_norm_follows_input_dtype():
            return net(mx.nd.array(x, dtype="float64")).asnumpy().astype(np.float32)
    return forward


def write_reference(net, out, name, note=None, forward=None):
    """Save reference inputs and logits (``forward(x)``, default ``net``'s float32 forward);
    return the manifest's ``reference`` entry."""
    sizes = {}
    for tag, (height, width) in catalog.INPUT_SIZES.items():
        x = reference_input(height, width)
        logits = forward(x) if forward else net(mx.nd.array(x)).asnumpy()
        if not np.all(np.isfinite(logits)):
            raise RuntimeError("%s: non-finite logits at %s" % (name, tag))
        input_file, logits_file = "%s.input%s.npy" % (name, tag), "%s.logits%s.npy" % (name, tag)
        save_npy(out / input_file, x)
        save_npy(out / logits_file, logits)
        sizes[tag] = {"input": input_file, "logits": logits_file,
                      "input_shape": list(x.shape), "logits_absmax": float(np.abs(logits).max())}
    reference = {"recipe": INPUT_RECIPE, "sizes": sizes}
    if note:
        reference["note"] = note
    return reference


def reference_files(reference):
    """File names listed in a ``reference`` manifest entry."""
    return [entry[key] for entry in reference["sizes"].values() for key in ("input", "logits")]


def generate_resnet(out, name):
    """Write a v1b-family fixture, plus its fp16/export twin when it has one."""
    net, constructor = build_resnet(name)
    seed = zlib.crc32(name.encode())
    randomise(net, seed)
    params = out / catalog.params_file(name)
    save_params(net, params)
    if name in catalog.GROUP_NORM:
        reference = write_reference(
            net, out, name, forward=float64_forward(name, params),
            note="GluonCV's network in float64 (GroupNorm's constants in the input's dtype), "
                 "logits rounded to float32: GluonCV's float32 GroupNorm is itself 1.5e-6 off")
    else:
        reference = write_reference(net, out, name)
    tensors = describe_tensors(params, {})
    write_manifest(out, name, files=[params.name] + reference_files(reference), tensors=tensors,
                   seed=seed, constructor=constructor, expect=expected_detection(name, "structural"),
                   reference=reference)

    if name == catalog.DERIVED[catalog.EXPORT]:
        export = catalog.EXPORT
        structural = {param.name: key for key, param in net._collect_params_with_prefix().items()}
        net.hybridize()
        net(mx.nd.array(reference_input(224, 224)))
        files = export_params(net, out, export)
        export_names = {}
        for file_name in mx.nd.load(str(out / catalog.params_file(export))):
            export_names[file_name] = structural[file_name.split(":", 1)[1]]
        export_reference = write_reference(net, out, export)
        write_manifest(out, export, files=files + reference_files(export_reference),
                       tensors=describe_tensors(out / catalog.params_file(export), export_names),
                       seed=seed, constructor=constructor + " hybridized, export()",
                       expect=expected_detection(name, "export"), same_weights_as=name,
                       reference=export_reference)

    if name == catalog.DERIVED[catalog.FP16]:
        fp16 = catalog.FP16
        net.cast("float16")
        fp16_params = out / catalog.params_file(fp16)
        save_params(net, fp16_params)
        net.cast("float32")  # float16 -> float32 is exact: the fp16-rounded weights
        fp16_reference = write_reference(
            net, out, fp16, note="float32 forward of the float16-rounded weights (BatchNorm float32)")
        write_manifest(out, fp16, files=[fp16_params.name] + reference_files(fp16_reference),
                       tensors=describe_tensors(fp16_params, {}), seed=seed,
                       constructor=constructor + " cast('float16')",
                       expect=expected_detection(name, "structural"), same_weights_as=name,
                       reference=fp16_reference)


def generate_mobilenet(out, name):
    """GluonCV's MobileNetV2: an ImageNet classifier that is no ResNet."""
    net = gluoncv.model_zoo.get_model(name, pretrained=False)
    seed = zlib.crc32(name.encode())
    randomise(net, seed)
    params = out / catalog.params_file(name)
    save_params(net, params)
    write_manifest(out, name, files=[params.name], tensors=describe_tensors(params, {}),
                   seed=seed, constructor="gluoncv.model_zoo.get_model(%r, pretrained=False)" % name)


def generate_tiny(out, name):
    """A valid NDArray list with only ``fc.weight`` (10, 8) and ``fc.bias`` (10,)."""
    seed = zlib.crc32(name.encode())
    rs = np.random.RandomState(seed)
    arrays = {"fc.weight": mx.nd.array(rs.normal(size=(10, 8))),
              "fc.bias": mx.nd.array(rs.normal(size=(10,)))}
    params = out / catalog.params_file(name)
    with atomic_path(params) as temp:
        mx.nd.save(str(temp), arrays)
    write_manifest(out, name, files=[params.name], tensors=describe_tensors(params, {}),
                   seed=seed, constructor="mx.nd.save({'fc.weight': (10, 8), 'fc.bias': (10,)})")


GENERATORS = {"mobilenetv2_1.0": generate_mobilenet, "tiny_two_tensors": generate_tiny}


# -------------------------------------------------------------------- main ---

def jobs_for(names):
    """Base models to generate for the requested fixture names, in catalog order."""
    wanted = {catalog.DERIVED.get(name, name) for name in names}
    return [name for name in catalog.ALL if name in wanted]


def outputs_of(job):
    """Fixture names a job writes."""
    return [job] + [derived for derived, base in catalog.DERIVED.items() if base == job]


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=None,
                        help="output directory (default: $GLUON2TF_FIXTURES or $GLUON2TF_CACHE/fixtures)")
    parser.add_argument("--models", default=None,
                        help="comma-separated fixture names (default: all): " + ",".join(catalog.ALL))
    parser.add_argument("--force", action="store_true", help="regenerate even when up to date")
    args = parser.parse_args(argv)
    names = catalog.ALL if args.models is None else [n for n in args.models.split(",") if n]
    unknown = sorted(set(names) - set(catalog.ALL))
    if unknown:
        parser.error("unknown fixture(s): %s" % ", ".join(unknown))
    args.names = names
    return args


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    out = (args.out or catalog.default_dir()).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    log("output directory %s (generator version %d, mxnet %s, gluoncv %s)"
        % (out, catalog.GENERATOR_VERSION, mx.__version__, gluoncv.__version__))
    started = time.monotonic()
    with open(out / ".make_fixtures.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        jobs = jobs_for(args.names)
        for index, job in enumerate(jobs, 1):
            outputs = outputs_of(job)
            if not args.force and all(is_current(out, name) for name in outputs):
                log("[%d/%d] %s: up to date" % (index, len(jobs), " + ".join(outputs)))
                continue
            job_started = time.monotonic()
            GENERATORS.get(job, generate_resnet)(out, job)
            log("[%d/%d] %s: written in %.1f s"
                % (index, len(jobs), " + ".join(outputs), time.monotonic() - job_started))
    size = sum(path.stat().st_size for path in out.iterdir() if path.is_file())
    log("done in %.1f s; %s holds %.2f GB" % (time.monotonic() - started, out, size / 1e9))


if __name__ == "__main__":
    main()
