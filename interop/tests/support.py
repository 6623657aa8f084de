"""Helpers shared by the interop test modules (no pytest fixtures here)."""

import hashlib
import re
from collections import namedtuple

import numpy as np

import fixture_catalog as catalog
import gluon2tf_oracle as oracle

# What a checkpoint holds for one variable: TF dtype name, shape, SHA-256 of the bytes.
Digest = namedtuple("Digest", "dtype shape sha256")

DATA_FILE = re.compile(r"\.ckpt\.data-(\d{5})-of-(\d{5})$")


def array_sha256(array):
    """SHA-256 of an array's bytes in C order."""
    return hashlib.sha256(np.ascontiguousarray(array).tobytes()).hexdigest()


def file_sha256(path):
    """SHA-256 of a file's contents."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def bytewise_sorted(names):
    """Names in the order of a TF checkpoint index (UTF-8 bytes)."""
    return sorted(names, key=lambda name: name.encode())


def checkpoint_data_files(out_dir, scope):
    """Check the file set of a converted checkpoint; return its data files in order.

    The directory must hold exactly ``checkpoint``, ``<scope>.ckpt.index`` and
    ``<scope>.ckpt.data-0000K-of-0000N`` for K = 0 … N-1, plus the verification
    ``report.json`` unless the conversion ran with ``--no-verify``.
    """
    names = sorted(path.name for path in out_dir.iterdir())
    data = [name for name in names if name.startswith(scope + ".ckpt.data-")]
    expected = ["checkpoint", scope + ".ckpt.index"] + data
    if "report.json" in names:
        expected.append("report.json")
    assert names == sorted(expected), (
        "unexpected files in %s: %s" % (out_dir, names))
    assert data, "no data file in %s" % out_dir
    counts = {DATA_FILE.search(name).group(2) for name in data}
    assert len(counts) == 1, "data files disagree on the shard count: %s" % data
    total = int(counts.pop())
    expected = ["%s.ckpt.data-%05d-of-%05d" % (scope, k, total) for k in range(total)]
    assert data == expected, "data files %s, expected %s" % (data, expected)
    return [out_dir / name for name in data]


def expected_digests(manifest, mapping, keep=False):
    """Expected ``{tf_name: Digest}`` from a manifest and a ``{source: tf_name}`` map.

    ``keep`` selects the ``--dtype keep`` expectation (source dtype) instead of
    the default float32 upcast.
    """
    expected = {}
    for entry in manifest["tensors"]:
        dtype = entry["dtype"] if keep else "float32"
        sha = entry["sha256_keep"] if keep else entry["sha256"]
        expected[mapping[entry["source"]]] = Digest(dtype, tuple(entry["tf_shape"]), sha)
    return expected


def digest_problems(actual, expected, limit=20):
    """Human-readable differences between two ``{tf_name: Digest}`` maps."""
    owner = {digest.sha256: name for name, digest in expected.items()}
    problems = ["missing variable %s" % name for name in bytewise_sorted(set(expected) - set(actual))]
    problems += ["unexpected variable %s" % name for name in bytewise_sorted(set(actual) - set(expected))]
    for name in bytewise_sorted(set(actual) & set(expected)):
        have, want = actual[name], expected[name]
        if have.dtype != want.dtype:
            problems.append("%s: dtype %s, expected %s" % (name, have.dtype, want.dtype))
        elif have.shape != want.shape:
            problems.append("%s: shape %s, expected %s" % (name, have.shape, want.shape))
        elif have.sha256 != want.sha256:
            if have.sha256 in owner:
                problems.append("%s: holds the bytes expected for %s" % (name, owner[have.sha256]))
            else:
                problems.append("%s: bytes differ from the source tensor" % name)
    if len(problems) > limit:
        problems = problems[:limit] + ["… %d more" % (len(problems) - limit)]
    return problems


def oracle_names(manifest):
    """``{source: tf_name}`` from the independent oracle, or None where it defines no names.

    gluon2TF's own models: the map ``make_fixtures`` stored in the manifest.
    resnet18/34_v1b: RotationDetection's basic-block names; ResNetV2 and SE-ResNetV2:
    slim resnet_v2's words (docs/naming.md §15); both mapped here from the manifest's
    structural names.
    """
    model = (manifest["expect"] or {}).get("model")
    maps = {**{name: oracle.basic_name_map for name in oracle.DOWNSTREAM_BASIC_MODELS},
            **{name: oracle.v2_name_map for name in oracle.V2_MODELS}}
    if model in maps:
        structural = {entry["structural"]: entry["source"] for entry in manifest["tensors"]}
        return {structural[key]: name for key, name in maps[model](model, list(structural)).items()}
    return manifest["gluon2tf_names"]


def inspect_mapping(inspection):
    """``{source: tf_name}`` from ``gluon2tf inspect --json`` output."""
    return {tensor["source"]: tensor["tf"] for tensor in inspection["tensors"]}


def rescoped(mapping, scope):
    """Replace the first path component (the scope) of every TF name."""
    return {source: scope + "/" + name.split("/", 1)[1] for source, name in mapping.items()}


# ------------------------------------------------ numerics and result tables ---

def rel_l2(actual, reference):
    """gluon2TF's metric ‖actual − reference‖₂ / ‖reference‖₂, in float64."""
    actual = np.asarray(actual, dtype=np.float64).reshape(-1)
    reference = np.asarray(reference, dtype=np.float64).reshape(-1)
    assert actual.shape == reference.shape, "shapes %s and %s" % (actual.shape, reference.shape)
    return float(np.linalg.norm(actual - reference) / np.linalg.norm(reference))


def reference(fixture_dir, manifests, name, tag):
    """``(NCHW input, logits (classes,))`` saved by make_fixtures for ``name`` at size ``tag``."""
    entry = manifests[name]["reference"]["sizes"][tag]
    x = np.load(fixture_dir / entry["input"])
    logits = np.load(fixture_dir / entry["logits"])
    height, width = catalog.INPUT_SIZES[tag]
    assert x.dtype == np.float32 and x.shape == (1, 3, height, width), (x.dtype, x.shape)
    assert logits.shape == (1, 1000), logits.shape
    return x, logits.reshape(-1)


def last_one(load):
    """``load(name)`` that keeps the last result only: consecutive tests share a model, one at a time in memory."""
    cache = {}

    def cached(name):
        if name not in cache:
            cache.clear()
            cache[name] = load(name)
        return cache[name]

    return cached


# title -> {"rows": [row, …], "columns": [column, …], "cells": {(row, column): text}}
SUMMARY_TABLES = {}


def record(title, row, column, value):
    """Remember one cell of a result table printed at the end of the session."""
    table = SUMMARY_TABLES.setdefault(title, {"rows": [], "columns": [], "cells": {}})
    if row not in table["rows"]:
        table["rows"].append(row)
    if column not in table["columns"]:
        table["columns"].append(column)
    table["cells"][(row, column)] = value if isinstance(value, str) else "%.2e" % value


def summary_markdown():
    """All recorded tables as Markdown, ``[(title, text)]`` in recording order."""
    result = []
    for title, table in SUMMARY_TABLES.items():
        lines = ["| model | " + " | ".join(table["columns"]) + " |",
                 "|---|" + "---:|" * len(table["columns"])]
        for row in table["rows"]:
            cells = [table["cells"].get((row, column), "—") for column in table["columns"]]
            lines.append("| %s | %s |" % (row, " | ".join(cells)))
        result.append((title, "\n".join(lines)))
    return result
