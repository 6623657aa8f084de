"""Session fixtures of gluon2tf's interop tests (run inside venv-tf).

The suite drives the real ``gluon2tf`` binary on the fixtures written by
``interop/make_fixtures.py`` and reads the results with TensorFlow.

Environment:

* ``GLUON2TF_BIN`` — the binary; default ``<repo>/.build/release/gluon2tf`` if it
  exists, else ``<repo>/.build/debug/gluon2tf``.
* ``GLUON2TF_FIXTURES`` / ``GLUON2TF_CACHE`` — fixture directory, as in
  ``fixture_catalog.default_dir``.
* ``GLUON2TF_INTEROP_NO_VERIFY=1`` — pass ``--no-verify`` to the main
  conversions (for a binary that verifies by default).
* ``GLUON2TF_KEEP_OUTPUTS=1`` — keep converted checkpoints after the session.

Missing or stale fixtures and a missing binary make the tests fail (never skip).
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

INTEROP = Path(__file__).resolve().parents[1]
REPO = INTEROP.parent
sys.path[:0] = [str(INTEROP), str(INTEROP / "tests")]

import fixture_catalog as catalog  # noqa: E402  (needs sys.path above)
import support  # noqa: E402

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

CONVERT_TIMEOUT = 900


def resolve_binary():
    """Path of the gluon2tf binary under test."""
    explicit = os.environ.get("GLUON2TF_BIN")
    if explicit:
        return Path(explicit)
    release = REPO / ".build" / "release" / "gluon2tf"
    return release if release.exists() else REPO / ".build" / "debug" / "gluon2tf"


class Gluon2TF:
    """Runs the binary and caches conversions and ``inspect`` results per session."""

    def __init__(self, binary, fixture_dir, work_dir, default_options):
        self.binary = binary
        self.fixture_dir = fixture_dir
        self.work_dir = work_dir
        self.default_options = list(default_options)
        self._conversions = {}
        self._inspections = {}

    def run(self, *args, timeout=CONVERT_TIMEOUT):
        """Run ``gluon2tf ARGS``; return the CompletedProcess (text mode)."""
        return subprocess.run([str(self.binary), *map(str, args)], capture_output=True,
                              text=True, timeout=timeout)

    def source(self, name):
        """Path of fixture ``name``'s ``.params`` file."""
        return self.fixture_dir / catalog.params_file(name)

    def convert(self, name, *options):
        """Convert fixture ``name`` once per option set; return the output directory."""
        key = (name, options)
        if key not in self._conversions:
            slug = "-".join([name, *(option.strip("-") for option in options)])
            out = self.work_dir / slug / "ckpt"
            out.parent.mkdir(parents=True)
            args = ["convert", self.source(name), "--out", out, *options]
            if not options:
                args += self.default_options
            result = self.run(*args)
            assert result.returncode == 0, (
                "gluon2tf %s failed with exit code %d\nstdout:\n%s\nstderr:\n%s"
                % (" ".join(map(str, args)), result.returncode, result.stdout, result.stderr))
            self._conversions[key] = out
        return self._conversions[key]

    def inspect(self, name):
        """Parsed ``gluon2tf inspect SRC --json`` of fixture ``name``."""
        if name not in self._inspections:
            result = self.run("inspect", self.source(name), "--json")
            assert result.returncode == 0, (
                "gluon2tf inspect failed with exit code %d\nstderr:\n%s" % (result.returncode, result.stderr))
            self._inspections[name] = json.loads(result.stdout)
        return self._inspections[name]


@pytest.fixture(scope="session")
def fixture_dir():
    """Directory holding the fixture files."""
    return catalog.default_dir()


@pytest.fixture(scope="session")
def manifests(fixture_dir):
    """All fixture manifests, by fixture name; fails when any is missing or stale."""
    loaded, problems = {}, []
    for name in catalog.ALL:
        path = fixture_dir / catalog.manifest_file(name)
        try:
            manifest = json.loads(path.read_text())
        except (OSError, ValueError) as error:
            problems.append("%s: %s" % (name, error))
            continue
        if manifest.get("generator_version") != catalog.GENERATOR_VERSION:
            problems.append("%s: generator version %s, expected %s"
                            % (name, manifest.get("generator_version"), catalog.GENERATOR_VERSION))
        missing = [f for f in manifest["files"] if not (fixture_dir / f).is_file()]
        if missing:
            problems.append("%s: missing %s" % (name, ", ".join(missing)))
        loaded[name] = manifest
    if problems:
        pytest.fail("interop fixtures missing or stale in %s:\n  %s\nGenerate them with:\n"
                    "  interop/venvs.sh && ${GLUON2TF_CACHE:-~/.cache/gluon2tf}/venv-mx/bin/python "
                    "interop/make_fixtures.py" % (fixture_dir, "\n  ".join(problems)), pytrace=False)
    return loaded


@pytest.fixture(scope="session")
def binary():
    """The gluon2tf executable; fails clearly when it has not been built."""
    path = resolve_binary()
    if not (path.is_file() and os.access(path, os.X_OK)):
        pytest.fail("gluon2tf binary not found at %s; build it (swift build [-c release]) "
                    "or set GLUON2TF_BIN" % path, pytrace=False)
    return path


@pytest.fixture(scope="session")
def gluon2tf(binary, fixture_dir, manifests, tmp_path_factory):
    """Session-wide :class:`Gluon2TF`; converted outputs are deleted at the end."""
    work_dir = tmp_path_factory.mktemp("conversions")
    options = ["--no-verify"] if os.environ.get("GLUON2TF_INTEROP_NO_VERIFY") == "1" else []
    yield Gluon2TF(binary, fixture_dir, work_dir, options)
    if os.environ.get("GLUON2TF_KEEP_OUTPUTS") != "1":
        shutil.rmtree(work_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def tf():
    """TensorFlow, imported once per session."""
    import tensorflow
    return tensorflow


@pytest.fixture(scope="session")
def g2tf(tf):
    """The ``gluon2tf_tf`` package of the repository's ``python/`` (imports TensorFlow once)."""
    sys.path.insert(0, str(REPO / "python"))
    import gluon2tf_tf
    return gluon2tf_tf


@pytest.fixture(scope="session")
def checkpoint_digests(tf):
    """``digests(out_dir, scope)`` → ``{tf_name: Digest}`` of a checkpoint, read once."""
    cache = {}

    def digests(out_dir, scope):
        prefix = str(out_dir / (scope + ".ckpt"))
        if prefix not in cache:
            reader = tf.train.load_checkpoint(prefix)
            dtypes = reader.get_variable_to_dtype_map()
            shapes = reader.get_variable_to_shape_map()
            table = {}
            for name in support.bytewise_sorted(shapes):
                value = reader.get_tensor(name)
                assert list(value.shape) == list(shapes[name]), name
                table[name] = support.Digest(dtypes[name].name, value.shape, support.array_sha256(value))
            cache[prefix] = table
        return cache[prefix]

    return digests


def pytest_terminal_summary(terminalreporter):
    """Print the result tables tests recorded with ``support.record`` (Markdown).

    With ``GLUON2TF_INTEROP_TABLES=PATH`` they are also written to PATH.
    """
    tables = support.summary_markdown()
    if not tables:
        return
    for title, text in tables:
        terminalreporter.write_sep("-", title)
        terminalreporter.write_line(text)
    path = os.environ.get("GLUON2TF_INTEROP_TABLES")
    if path:
        Path(path).write_text("".join("### %s\n\n%s\n\n" % item for item in tables))
