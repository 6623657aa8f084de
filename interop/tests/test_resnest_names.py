"""ResNeSt checkpoints carry the names of docs/naming.md §13, with the source bytes.

The expected name of every tensor is derived here from the fixture manifest's
structural names by the table of §13 (written independently of the Swift code):
the split attention ``conv2.{conv,bn}`` → ``splat/conv``, ``conv2.{fc1,bn1}`` →
``splat/fc0``, ``conv2.fc2`` → ``splat/fc1``; ``conv1``/``bn1`` → ``conv0``,
``conv3``/``bn3`` → ``conv2``, ``downsample.{1,2}`` → ``shortcut``; the deep stem
``C1/conv0…2``; ``fc`` → ``logits``. Every variable must hold exactly its source
tensor's bytes in TF layout (the manifest's digests).
"""

import re

import pytest

import fixture_catalog as catalog
import support

BN = {"gamma": "gamma", "beta": "beta", "running_mean": "moving_mean", "running_var": "moving_variance"}
UNIT_PARTS = {
    "conv1": "conv0", "bn1": "conv0", "conv3": "conv2", "bn3": "conv2",
    "conv2.conv": "splat/conv", "conv2.bn": "splat/conv",
    "conv2.fc1": "splat/fc0", "conv2.bn1": "splat/fc0", "conv2.fc2": "splat/fc1",
    "downsample.1": "shortcut", "downsample.2": "shortcut",
}
UNIT = re.compile(r"layer([1-4])\.(0|[1-9][0-9]*)\.(.+)")


def leaf_path(scope, leaf):
    if leaf == "weight":
        return scope + "/weights"
    if leaf == "bias":
        return scope + "/biases"
    return scope + "/BatchNorm/" + BN[leaf]


def documented_path(structural):
    """The TF path (after the model scope) docs/naming.md §13 gives a structural name."""
    module, leaf = structural.rsplit(".", 1)
    if module == "fc":
        return "logits/" + ("weights" if leaf == "weight" else "biases")
    stem = {"conv1.0": 0, "conv1.1": 0, "conv1.3": 1, "conv1.4": 1, "conv1.6": 2, "bn1": 2}
    if module in stem:
        return leaf_path("C1/conv%d" % stem[module], leaf)
    match = UNIT.fullmatch(module)
    assert match, "no §13 name for %s" % structural
    stage, block, part = match.groups()
    return leaf_path("C%d/bottleneck_%s/%s" % (int(stage) + 1, block, UNIT_PARTS[part]), leaf)


@pytest.mark.parametrize("name", catalog.RESNESTS)
def test_names_and_bytes_follow_the_table(gluon2tf, manifests, checkpoint_digests, name):
    manifest = manifests[name]
    scope = manifest["expect"]["scope"]
    assert scope == name
    mapping = {entry["source"]: "%s/%s" % (scope, documented_path(entry["structural"]))
               for entry in manifest["tensors"]}
    assert len(set(mapping.values())) == len(mapping)
    expected = support.expected_digests(manifest, mapping)
    actual = checkpoint_digests(gluon2tf.convert(name), scope)
    problems = support.digest_problems(actual, expected)
    assert not problems, "\n".join(problems)
