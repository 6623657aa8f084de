#!/usr/bin/env python3
"""Side-by-side benchmark of gluon2tf against what users run today; writes BENCHMARKS.md.

Not a test: nothing here asserts on time. ``scripts/benchmarks.sh`` builds the
release binary, makes the venvs and fixtures, and runs this script.

For each model (default resnet50_v1d, resnet101_v1d and resnet152_v1d fixtures) these commands
run, each as a fresh process, N rounds (default 5), interleaved (round 1 runs
every command of every model once, then round 2, ...), on a warm page cache,
with ``sync`` (untimed) before every timed command:

  cp            ``cp SRC DST`` -- the I/O floor
  convert       ``gluon2tf convert SRC --out D --no-verify``
  convert+verify ``gluon2tf convert SRC --out D``
  lz4 -d        ``lz4 -d -c SRC.lz4 > /dev/null`` -- the LZ4 decoding floor
  convert lz4   ``gluon2tf convert SRC.lz4 --out D --no-verify`` (file made by
                ``lz4 SRC``), and again for a file made by ``lz4 --no-frame-crc SRC``
  pipeline      the plain Python pipeline (venv-pipeline: mxnet 1.9.1, numpy 1.23.5,
                tensorflow-cpu 2.15.1): ``mx.nd.load`` -> numpy transposes (conv
                (2,3,1,0), dense .T) -> ``tf.compat.v1.Variable`` under gluon2TF's
                names (interop/gluon2tf_oracle.py) -> ``Saver.save``; imports included
and, at each input size of ``--sizes`` (default 224 and 448; 224 is GluonCV's
reference image of the fixture, other sizes a fixed random image whose reference
logits are MXNet's own):
  verify        ``gluon2tf verify CKPT --params SRC --input X --report R``: both
                forward paths and their comparison, the whole process
  MXNet         (venv-mx) build the GluonCV net, ``load_parameters``, 4 forwards
                in one process, each timed to ``wait_to_read``: the first forward,
                and warm (median of the other three), imperative
  MXNet hybrid  the same after ``hybridize(static_alloc=True, static_shape=True)``
  TF            (venv-tf) ``gluon2tf_tf.model_from_checkpoint`` on the converted
                checkpoint, 4 forwards on the same input (NHWC)
The target line per model and size: verify's whole process ≤ 2.0× MXNet's warm
imperative forward (issue 13), with the ratios to the other forwards.

Then, for each model, ``gluon2tf watch`` runs as a daemon (one worker, default
settle 500 ms, verification on, ``--on-success delete``) and the source is
dropped N times (copied to a hidden name in the watch folder, then renamed in);
the latency is from the rename to ``OUT/<scope>/report.json`` existing (it is
published with the checkpoint by one rename). With ``--load-test JSON`` the
figures of ``interop/tests/test_load.py`` (500 resnet18_v1b dropped at once,
run by ``scripts/benchmarks.sh`` just before) are added.

Wall time is ``time.perf_counter`` around the child; peak RSS is GNU
``/usr/bin/time -f %M`` of the child (required). Reported: median wall, min-max,
MB/s (source bytes / median wall, MB = 10^6 B), the largest peak RSS of the N
runs, and ratios. Before the timed rounds one untimed warm-up round runs, the
pipeline's checkpoint is checked bit-for-bit against gluon2tf's, and the
forwards' logits are compared with GluonCV's reference logits.

Any missing tool, venv, package or fixture, and any failing command, stops the
script with a non-zero exit: no row is ever skipped.

Usage::

    interop/bench.py [--bin PATH] [--runs N] [--models a,b] [--sizes 224,448] [--output BENCHMARKS.md]
                     [--json RAW.json] [--build-command TEXT] [--work DIR]

Standard library only (the children run inside the venvs: ``bench.py child ...``).
"""

import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

INTEROP = Path(__file__).resolve().parent
REPO = INTEROP.parent
SELF = Path(__file__).resolve()
sys.path.insert(0, str(INTEROP))

import fixture_catalog as catalog  # noqa: E402  (needs sys.path above)

GNU_TIME = Path("/usr/bin/time")
MIB = 1024 * 1024

# ------------------------------------------------------------------ children --
# Each runs inside a venv as ``python bench.py child KIND ...`` and prints one JSON
# line on stdout. Heavy imports happen inside, so they are part of the child's wall.


def _rel_l2(a, b):
    import numpy as np
    a, b = np.asarray(a, np.float64).ravel(), np.asarray(b, np.float64).ravel()
    return float(np.linalg.norm(a - b) / np.linalg.norm(b))


def child_pipeline(args):
    """The plain Python pipeline: mx.nd.load -> transposes -> tf.compat.v1 variables -> Saver.save."""
    started = time.perf_counter()
    import mxnet as mx
    import numpy as np
    import tensorflow as tf
    import gluon2tf_oracle as oracle
    imported = time.perf_counter()

    loaded = mx.nd.load(str(args.params))
    names = oracle.name_map(args.model, list(loaded))
    read = time.perf_counter()

    graph = tf.Graph()
    with graph.as_default():
        variables = []
        for key, array in loaded.items():
            value = array.asnumpy()
            if value.ndim == 4:
                value = np.transpose(value, (2, 3, 1, 0))  # OIHW -> HWIO
            elif value.ndim == 2:
                value = value.T  # dense (out, in) -> (in, out)
            variable = tf.compat.v1.Variable(value, name=names[key])
            if variable.op.name != names[key]:
                raise SystemExit("variable %s was created as %s" % (names[key], variable.op.name))
            variables.append(variable)
        saver = tf.compat.v1.train.Saver(var_list=variables)
        built = time.perf_counter()
        with tf.compat.v1.Session(graph=graph) as session:
            session.run(tf.compat.v1.global_variables_initializer())
            prefix = saver.save(session, str(args.out / (args.model + ".ckpt")), write_meta_graph=False)
    saved = time.perf_counter()
    result = {"import_s": imported - started, "load_s": read - imported,
              "graph_s": built - read, "save_s": saved - built, "tensors": len(names)}

    if args.check:  # untimed use only: the pipeline's checkpoint must equal gluon2tf's bit for bit
        ours, theirs = tf.train.load_checkpoint(prefix), tf.train.load_checkpoint(str(args.check))
        ours_keys = set(ours.get_variable_to_shape_map())
        theirs_keys = set(theirs.get_variable_to_shape_map())
        if ours_keys != theirs_keys:
            raise SystemExit("pipeline and gluon2tf checkpoints differ in names: %s"
                             % sorted(ours_keys ^ theirs_keys)[:5])
        for key in sorted(ours_keys):
            a, b = ours.get_tensor(key), theirs.get_tensor(key)
            if a.dtype != b.dtype or a.shape != b.shape or a.tobytes() != b.tobytes():
                raise SystemExit("pipeline and gluon2tf checkpoints differ at %s" % key)
        result["checked_equal"] = len(ours_keys)
    print(json.dumps(result))


def _forward_result(times, logits, args):
    """The child's JSON line: every forward's time, and the logits checked against the reference."""
    import numpy as np
    if args.save:
        np.save(args.save, logits)
    result = {"forward_s": times}
    if args.reference:
        reference = np.load(args.reference)
        result.update(rel_l2=_rel_l2(logits, reference), top1_equal=bool(logits.argmax() == reference.argmax()))
    print(json.dumps(result))


def child_mxnet_forward(args):
    """Build the GluonCV net, load_parameters, N forwards (imperative, or hybridized with
    ``static_alloc`` and ``static_shape``); each forward is timed to ``wait_to_read``."""
    import mxnet as mx
    import numpy as np
    from gluoncv import model_zoo
    net = model_zoo.get_model(args.model, pretrained=False)
    net.load_parameters(str(args.params))
    if args.hybridize:
        net.hybridize(static_alloc=True, static_shape=True)
    x = mx.nd.array(np.load(args.input))
    x.wait_to_read()
    times = []
    for _ in range(args.forwards):
        started = time.perf_counter()
        out = net(x)
        out.wait_to_read()
        times.append(time.perf_counter() - started)
    _forward_result(times, out.asnumpy(), args)


def child_tf_forward(args):
    """gluon2tf_tf.model_from_checkpoint on the converted checkpoint, N forwards (NHWC)."""
    import numpy as np
    sys.path.insert(0, str(REPO / "python"))
    import gluon2tf_tf
    net = gluon2tf_tf.model_from_checkpoint(str(args.ckpt))
    x = np.ascontiguousarray(np.load(args.input).transpose(0, 2, 3, 1))
    times = []
    for _ in range(args.forwards):
        started = time.perf_counter()
        out = net(x)
        times.append(time.perf_counter() - started)
    _forward_result(times, out.numpy(), args)


def child_make_input(args):
    """A deterministic NCHW float32 image of size ``args.size`` (normalised like ImageNet input)."""
    import numpy as np
    image = np.random.RandomState(13).standard_normal((1, 3, args.size, args.size)).astype(np.float32)
    np.save(args.out, image)


def child_versions(args):
    """Python version and the versions of the named distributions (fails if one is missing)."""
    import importlib.metadata as metadata
    versions = {"python": platform.python_version()}
    missing = []
    for name in args.dists:
        alternatives = name.split("|")
        for candidate in alternatives:
            try:
                versions[candidate] = metadata.version(candidate)
                break
            except metadata.PackageNotFoundError:
                continue
        else:
            missing.append(name)
    if missing:
        raise SystemExit("missing package(s) in %s: %s" % (sys.prefix, ", ".join(missing)))
    print(json.dumps(versions))


def child_main(argv):
    parser = argparse.ArgumentParser(prog="bench.py child")
    sub = parser.add_subparsers(dest="kind", required=True)
    p = sub.add_parser("pipeline")
    p.add_argument("--model", required=True)
    p.add_argument("--params", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--check", type=Path, default=None, help="gluon2tf checkpoint prefix to compare with")
    for kind in ("mxnet-forward", "tf-forward"):
        p = sub.add_parser(kind)
        p.add_argument("--model", required=True)
        p.add_argument("--params", type=Path)
        p.add_argument("--ckpt", type=Path)
        p.add_argument("--input", type=Path, required=True)
        p.add_argument("--reference", type=Path, default=None)
        p.add_argument("--save", type=Path, default=None, help="write the last logits here (.npy)")
        p.add_argument("--forwards", type=int, default=1)
        p.add_argument("--hybridize", action="store_true")
    p = sub.add_parser("make-input")
    p.add_argument("--size", type=int, required=True)
    p.add_argument("--out", type=Path, required=True)
    p = sub.add_parser("versions")
    p.add_argument("dists", nargs="+")
    args = parser.parse_args(argv)
    {"pipeline": child_pipeline, "mxnet-forward": child_mxnet_forward,
     "tf-forward": child_tf_forward, "make-input": child_make_input,
     "versions": child_versions}[args.kind](args)


# -------------------------------------------------------------------- parent --

def log(message):
    print("[bench] " + message, file=sys.stderr, flush=True)


def die(message):
    raise SystemExit("bench.py: error: " + message)


def default_binary():
    explicit = os.environ.get("GLUON2TF_BIN")
    if explicit:
        return Path(explicit)
    return REPO / ".build" / "release" / "gluon2tf"


def cache_dir():
    return Path(os.environ.get("GLUON2TF_CACHE") or Path.home() / ".cache" / "gluon2tf")


def measure(command, capture=False, env=None):
    """Run ``command`` under GNU time; return ``(wall s, peak RSS KiB, stdout)``. Dies on failure.

    stdout goes to /dev/null unless ``capture`` (then it is returned as text).
    """
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        started = time.perf_counter()
        result = subprocess.run([str(GNU_TIME), "-f", "%M", "-o", report.name, *map(str, command)],
                                stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                                stderr=subprocess.PIPE, env=env)
        wall = time.perf_counter() - started
        rss_text = report.read().split()
    if result.returncode != 0:
        die("command failed (%s): %s\n%s" % (exit_text(result.returncode), " ".join(map(str, command)),
                                            result.stderr.decode(errors="replace")[-4000:]))
    try:
        rss_kib = int(rss_text[-1])
    except (IndexError, ValueError):
        die("GNU time wrote no peak RSS for: %s" % " ".join(map(str, command)))
    return wall, rss_kib, result.stdout.decode(errors="replace") if capture else ""


def exit_text(code):
    """``exit 3``, or the signal for a negative code (GNU time re-raises its child's signal)."""
    if code < 0:
        try:
            return "killed by %s" % signal.Signals(-code).name
        except ValueError:
            return "killed by signal %d" % -code
    if code > 128 and code - 128 in {s.value for s in signal.Signals}:
        return "exit %d, probably %s" % (code, signal.Signals(code - 128).name)
    return "exit %d" % code


def run_checked(command, **kwargs):
    result = subprocess.run(list(map(str, command)), capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        die("command failed (%s): %s\n%s" % (exit_text(result.returncode), " ".join(map(str, command)),
                                            (result.stderr or result.stdout)[-4000:]))
    return result.stdout


def last_json(stdout, command):
    for line in reversed(stdout.strip().splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    die("no JSON result from: %s" % command)


def warm(path):
    """Read a file (or every file of a directory) twice so it is in the page cache."""
    paths = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
    for _ in range(2):
        for p in paths:
            with open(p, "rb") as handle:
                while handle.read(1 << 24):
                    pass


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def first_line(command):
    try:
        result = subprocess.run(command, capture_output=True, text=True)
    except OSError:
        return "not available"
    text = (result.stdout or result.stderr).strip().splitlines()
    return text[0].strip() if text else "unknown"


def cpu_model():
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def meminfo():
    values = {}
    for line in Path("/proc/meminfo").read_text().splitlines():
        key, rest = line.split(":", 1)
        values[key] = int(rest.split()[0]) * 1024
    return values


def loadavg():
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


# ------------------------------------------------------------ preflight ---

def preflight(args):
    """Every tool, venv, package and fixture the rows need; dies naming what is missing."""
    if not GNU_TIME.exists():
        die("%s not found (Debian package `time`); peak RSS needs GNU time" % GNU_TIME)
    if "GNU" not in first_line([str(GNU_TIME), "--version"]):
        die("%s is not GNU time" % GNU_TIME)
    for tool in ("cp", "lz4", "sync"):
        if shutil.which(tool) is None:
            die("`%s` not found on PATH%s" % (tool, " (Debian package lz4)" if tool == "lz4" else ""))
    if not os.access(args.bin, os.X_OK):
        die("gluon2tf binary not found at %s (run scripts/benchmarks.sh, or build it and pass --bin)"
            % args.bin)
    help_text = run_checked([args.bin, "convert", "--help"])
    if "--no-verify" not in help_text or ".lz4" not in help_text:
        die("%s convert does not offer --no-verify and .params.lz4 input" % args.bin)
    venvs = {
        "mx": (args.venv_mx, ["mxnet", "gluoncv", "numpy"], "mx"),
        "tf": (args.venv_tf, ["tensorflow-cpu|tensorflow", "numpy"], "tf"),
    }
    if not args.quick:
        venvs["pipeline"] = (args.venv_pipeline, ["mxnet", "numpy", "tensorflow-cpu|tensorflow"], "pipeline")
    versions = {}
    for key, (venv, dists, target) in venvs.items():
        python = venv / "bin" / "python"
        if not os.access(python, os.X_OK):
            die("venv %s missing; create it with: interop/venvs.sh %s" % (venv, target))
        versions[key] = last_json(run_checked([python, SELF, "child", "versions", *dists]), "versions")
    for model in args.models:
        for name in (catalog.params_file(model), model + ".input224.npy", model + ".logits224.npy"):
            if not (args.fixtures / name).is_file():
                die("fixture %s not found; run: venv-mx/bin/python interop/make_fixtures.py --models %s"
                    % (args.fixtures / name, model))
    return versions


# --------------------------------------------------------------- commands ---

class Row:
    """One benchmarked command for one model: how to run it, and its samples."""

    def __init__(self, key, label, command, cleanup=None, parse=None, capture=False, env=None):
        self.key, self.label, self.command = key, label, command
        self.cleanup, self.parse, self.capture, self.env = cleanup, parse, capture, env
        self.samples = []  # (wall s, rss KiB, parsed extra dict)

    def run(self, keep):
        os.sync()
        wall, rss, stdout = measure(self.command, capture=self.capture, env=self.env)
        extra = self.parse(stdout) if self.parse else {}
        if self.cleanup:
            self.cleanup()
        if keep:
            self.samples.append((wall, rss, extra))
        return wall

    @property
    def wall(self):
        return statistics.median(s[0] for s in self.samples)

    @property
    def rss_mib(self):
        return max(s[1] for s in self.samples) / 1024

    def extra_median(self, name):
        values = [s[2][name] for s in self.samples if name in s[2]]
        return statistics.median(values) if values else None


def remove(path):
    def cleanup():
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
        else:
            die("expected output %s was not written" % path)
    return cleanup


def report_reader(report_path):
    def parse(_stdout):
        report = json.loads(report_path.read_text())
        if not report.get("passed"):
            die("verification failed: %s" % report_path)
        return {"duration_s": report["durationMs"] / 1000.0, "self_rss_mib": report["peakRSSBytes"] / MIB,
                "rel_l2": report["logits"]["relL2"]}
    return parse


def forward_reader():
    """A forward child's figures: its first forward, and the warm one (median of the later ones)."""
    def parse(stdout):
        result = last_json(stdout, "forward")
        times = result["forward_s"]
        if "rel_l2" in result and (not result["top1_equal"] or result["rel_l2"] > 1e-5):
            die("forward disagrees with the reference logits: %s" % result)
        return {"first_s": times[0], "forward_s": statistics.median(times[1:]) if len(times) > 1 else times[0],
                "rel_l2": result.get("rel_l2")}
    return parse


def pipeline_reader(stdout):
    return last_json(stdout, "pipeline")


# Forwards per framework child: the first is the "first forward"; warm is the median of the rest.
FRAMEWORK_FORWARDS = 4


def forward_key(kind, size):
    """Row key of a forward-pass row: ``verify@224``, ``mxnet_hybrid@448``, ..."""
    return "%s@%d" % (kind, size)


def verify_key(args):
    """The verify row shown with the conversions: at 224×224 when measured, else the first size."""
    return forward_key("verify", 224 if 224 in args.sizes else args.sizes[0])


def make_rows(args, model, work):
    source = args.fixtures / catalog.params_file(model)
    bin_ = args.bin_snapshot
    out = work / (model + "-out")
    ckpt = work / (model + "-ckpt")            # made once, untimed; used by verify and the TF forward
    lz4_default = work / "lz4-default" / (catalog.params_file(model) + ".lz4")
    lz4_nocrc = work / "lz4-no-frame-crc" / (catalog.params_file(model) + ".lz4")
    py = {name: venv / "bin" / "python" for name, venv in
          (("pipeline", args.venv_pipeline), ("mx", args.venv_mx), ("tf", args.venv_tf))}

    def image(size):
        # 224: GluonCV's reference input of the fixture; other sizes: made once by setup().
        return args.fixtures / (model + ".input224.npy") if size == 224 else work / ("input%d.npy" % size)

    def reference(size):
        # 224: GluonCV's logits of the fixture; other sizes: MXNet's, computed once by setup().
        return args.fixtures / (model + ".logits224.npy") if size == 224 else work / (
            "%s.logits%d.npy" % (model, size))

    def framework(kind, python, size, extra):
        return [python, SELF, "child", kind, "--model", model, "--input", image(size),
                "--reference", reference(size), "--forwards", str(FRAMEWORK_FORWARDS), *extra]

    rows = [
        Row("cp", "`cp SRC DST`", ["cp", source, out], remove(out)),
        Row("convert", "`gluon2tf convert SRC --no-verify`",
            [bin_, "convert", "-q", source, "--out", out, "--no-verify"], remove(out)),
        Row("convert_verify", "`gluon2tf convert SRC` (convert + verify)",
            [bin_, "convert", "-q", source, "--out", out], remove(out), report_reader(out / "report.json")),
        Row("lz4_decode", "`lz4 -d -c SRC.lz4 >/dev/null` (decode floor)", ["lz4", "-d", "-c", lz4_default]),
        Row("convert_lz4", "`gluon2tf convert SRC.lz4 --no-verify` (`lz4` defaults)",
            [bin_, "convert", "-q", lz4_default, "--out", out, "--no-verify"], remove(out)),
        Row("convert_lz4_nocrc", "`gluon2tf convert SRC.lz4 --no-verify` (`lz4 --no-frame-crc`)",
            [bin_, "convert", "-q", lz4_nocrc, "--out", out, "--no-verify"], remove(out)),
    ]
    if not args.quick:
        rows.append(Row("pipeline", "Python pipeline (mx.nd.load → numpy → tf.compat.v1 → Saver.save)",
                        [py["pipeline"], SELF, "child", "pipeline", "--model", model, "--params", source,
                         "--out", out], remove(out), pipeline_reader, capture=True))
    for size in args.sizes:
        report = work / ("%s-verify-report-%d.json" % (model, size))  # verify writes nothing into CKPT
        rows += [
            Row(forward_key("verify", size), "`gluon2tf verify CKPT --params SRC --input X --report R`",
                [bin_, "verify", "-q", ckpt, "--params", source, "--input", image(size), "--report", report],
                None, report_reader(report)),
            Row(forward_key("mxnet", size), "MXNet, imperative",
                framework("mxnet-forward", py["mx"], size, ["--params", source]), None, forward_reader(),
                capture=True),
            Row(forward_key("mxnet_hybrid", size),
                "MXNet, `hybridize(static_alloc=True, static_shape=True)`",
                framework("mxnet-forward", py["mx"], size, ["--params", source, "--hybridize"]), None,
                forward_reader(), capture=True),
            Row(forward_key("tf", size), "TF (`gluon2tf_tf`) on the converted checkpoint",
                framework("tf-forward", py["tf"], size, ["--ckpt", ckpt]), None, forward_reader(),
                capture=True),
        ]

    def setup():
        log("%s: preparing (lz4 copies, reference checkpoint, inputs, pipeline check)" % model)
        for target, flags in ((lz4_default, []), (lz4_nocrc, ["--no-frame-crc"])):
            target.parent.mkdir(parents=True, exist_ok=True)
            run_checked(["lz4", "-q", "-f", *flags, source, target])
        run_checked([bin_, "convert", "-q", source, "--out", ckpt])
        for size in args.sizes:
            if size == 224:
                continue
            if not image(size).exists():
                run_checked([py["mx"], SELF, "child", "make-input", "--size", str(size), "--out", image(size)])
            # MXNet's own imperative logits are the reference at sizes GluonCV gave none for.
            run_checked([py["mx"], SELF, "child", "mxnet-forward", "--model", model, "--params", source,
                         "--input", image(size), "--save", reference(size)])
        for path in (source, lz4_default, lz4_nocrc, ckpt, *map(image, args.sizes), *map(reference, args.sizes)):
            warm(path)
        if args.quick:
            return
        checked = last_json(run_checked([py["pipeline"], SELF, "child", "pipeline", "--model", model,
                                         "--params", source, "--out", out,
                                         "--check", ckpt / (model + ".ckpt")]), "pipeline check")
        shutil.rmtree(out)
        log("%s: pipeline checkpoint equals gluon2tf's (%d tensors, bit for bit)"
            % (model, checked["checked_equal"]))

    info = {"model": model, "source": source, "size": source.stat().st_size,
            "lz4_default_size": None, "lz4_nocrc_size": None}

    def sizes():
        info["lz4_default_size"] = lz4_default.stat().st_size
        info["lz4_nocrc_size"] = lz4_nocrc.stat().st_size

    return rows, setup, sizes, info


# ---------------------------------------------------------------- watchd ---

WATCHD_FIELD = re.compile(r"\b(GLUON2TF_[A-Z_]+)=(\S+)")


def status_kib(pid, field):
    """``field`` (VmHWM, VmRSS) of /proc/PID/status in KiB, or None once the process is gone.

    Also used by interop/tests/test_load.py.
    """
    try:
        for line in Path("/proc/%d/status" % pid).read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def measure_watchd(args, model, work):
    """Drop ``model`` into a running ``gluon2tf watch`` ``args.runs`` times (plus one warm-up).

    Returns ``{"latency_s": [...], "job_ms": [...], "peak_rss_mib": float}``.
    """
    source = args.fixtures / catalog.params_file(model)
    base = work / ("watchd-" + model)
    watch, out = base / "in", base / "out"
    watch.mkdir(parents=True)
    out.mkdir()
    log_path = base / "watchd.log"
    with open(log_path, "w") as log_file:
        daemon = subprocess.Popen([str(args.bin_snapshot), "watch", "--watch", str(watch), "--out", str(out),
                                   "--on-success", "delete", "--log", "stderr"],
                                  stdout=subprocess.DEVNULL, stderr=log_file)
    latencies, jobs = [], []
    try:
        deadline = time.monotonic() + 60
        while "watching" not in log_path.read_text():
            if daemon.poll() is not None or time.monotonic() > deadline:
                die("gluon2tf watch did not start:\n" + log_path.read_text()[-4000:])
            time.sleep(0.01)
        for drop in range(args.runs + 1):
            hidden = watch / (".incoming-" + source.name)
            shutil.copyfile(source, hidden)
            os.sync()
            report = out / model / "report.json"
            started = time.perf_counter()
            os.rename(hidden, watch / source.name)
            deadline = time.monotonic() + 300
            while not report.exists():
                if daemon.poll() is not None or time.monotonic() > deadline:
                    die("watchd did not publish %s:\n%s" % (model, log_path.read_text()[-4000:]))
                time.sleep(0.002)
            latency = time.perf_counter() - started
            # The daemon logs the job just after publishing it.
            deadline = time.monotonic() + 30
            while True:
                converted = [line for line in log_path.read_text().splitlines()
                             if line.startswith("info: converted ")]
                if len(converted) > drop or time.monotonic() > deadline:
                    break
                time.sleep(0.01)
            fields = dict(WATCHD_FIELD.findall(converted[-1])) if converted else {}
            if len(converted) != drop + 1 or "GLUON2TF_DURATION_MS" not in fields:
                die("watchd log has no converted entry for drop %d:\n%s" % (drop, log_path.read_text()[-4000:]))
            if not json.loads(report.read_text()).get("passed"):
                die("watchd published a checkpoint that failed verification: %s" % report)
            shutil.rmtree(out / model)
            if drop > 0:  # the first drop warms up
                latencies.append(latency)
                jobs.append(int(fields["GLUON2TF_DURATION_MS"]))
            log("watchd %s drop %d: %.3f s" % (model, drop, latency))
        peak_kib = status_kib(daemon.pid, "VmHWM")
        if peak_kib is None:
            die("watchd is gone before its peak RSS was read:\n" + log_path.read_text()[-4000:])
        peak = peak_kib / 1024
    finally:
        daemon.send_signal(signal.SIGTERM)
        try:
            daemon.wait(timeout=120)
        except subprocess.TimeoutExpired:
            daemon.kill()
    return {"latency_s": latencies, "job_ms": jobs, "peak_rss_mib": peak}


# ---------------------------------------------------------------- report ---

def fmt_ratio(value):
    if value >= 100:
        return "%.0f×" % value
    if value >= 10:
        return "%.1f×" % value
    return "%.2f×" % value


def spread(row):
    walls = [s[0] for s in row.samples]
    return "%.3f–%.3f" % (min(walls), max(walls))


# The largest GluonCV fixtures (resnest269 the deepest, the ResNeXt-101 64x4d pair with 16 MiB
# 2048→2048 kernels) and a
# head that dwarfs the rest.
MEMORY_FIXTURES = ("resnest269", "se_resnext101_64x4d", "resnext101_64x4d", "resnet152_v1d")
MEMORY_SOURCES = MEMORY_FIXTURES + ("resnet18_v1b, 300,000 classes",)


def measure_memory_bounds(args, work, runs=3):
    """Peak RSS of convert (without and with verification) on the largest fixtures
    and on a sample whose 300,000-class head (586 MiB of fc.weight) dwarfs the rest.

    Returns ``{source: {"size": bytes, "convert": [(wall, kib)], "verify": [...]}}``.
    """
    huge_dir = work / "huge-head"
    run_checked([args.bin_snapshot, "demo", "--model", "resnet18_v1b", "--classes", "300000",
                 "--out", huge_dir])
    shutil.rmtree(huge_dir / "resnet18_v1b-300000")
    sources = {name: args.fixtures / (name + ".params") for name in MEMORY_FIXTURES}
    sources[MEMORY_SOURCES[-1]] = huge_dir / "resnet18_v1b-300000.params"
    figures = {}
    for label, params in sources.items():
        if not params.is_file():
            log("memory bounds: %s missing; skipped" % params)
            continue
        entry = figures[label] = {"size": params.stat().st_size, "convert": [], "verify": []}
        for _ in range(runs):
            for key, extra in (("convert", ["--no-verify"]), ("verify", [])):
                out = work / "memory-out"
                os.sync()
                wall, kib, _ = measure([args.bin_snapshot, "convert", params, "--out", out, "--quiet", *extra])
                shutil.rmtree(out, ignore_errors=True)
                entry[key].append((wall, kib))
        log("memory bounds %s: convert %.1f MiB, convert+verify %.1f MiB"
            % (label, max(k for _, k in entry["convert"]) / 1024, max(k for _, k in entry["verify"]) / 1024))
    shutil.rmtree(huge_dir, ignore_errors=True)
    return figures


def render(args, env, results, loads, started_at, finished_at, watchd=None, load_test=None,
           memory=None):
    lines = []
    w = lines.append
    runs = args.runs
    w("# Benchmarks")
    w("")
    w("Generated by `scripts/benchmarks.sh` (`interop/bench.py`) on %s UTC (%.0f min). "
      "Every figure is from the same machine and the same session: **%d rounds, interleaved** "
      "(each round runs every command of every model once, in the order of the tables below), "
      "after one untimed warm-up round; warm page cache; `sync` (untimed) before every timed "
      "command; every command is a fresh process. Wall is `time.perf_counter` around the child "
      "(median of %d); peak RSS is GNU `/usr/bin/time -f %%M` of the child (the largest of %d). "
      "MB = 10^6 bytes, MiB = 2^20 bytes; MB/s is source `.params` bytes (for `.lz4` rows: "
      "decompressed bytes) / median wall."
      % (started_at.strftime("%Y-%m-%d %H:%M"), (finished_at - started_at).total_seconds() / 60,
         runs, runs, runs))
    w("")
    w("## Machine and software")
    w("")
    for key, value in env["machine"]:
        w("- %s: %s" % (key, value))
    w("")
    for key, value in env["software"]:
        w("- %s: %s" % (key, value))
    w("")

    for info, rows in results:
        by = {row.key: row for row in rows}
        size = info["size"]
        cp, convert = by["cp"], by["convert"]
        w("## %s (`%s`, %.1f MB)" % (info["model"], info["source"].name, size / 1e6))
        w("")
        w("### Conversion")
        w("")
        w("| command | median wall s | min–max s | MB/s | peak RSS MiB | throughput vs cp "
          "| wall ÷ convert | peak RSS ÷ convert |")
        w("|---|---:|---:|---:|---:|---:|---:|---:|")
        for key in ("cp", "convert", "convert_verify", verify_key(args), "lz4_decode", "convert_lz4",
                    "convert_lz4_nocrc", "pipeline"):
            if key not in by:
                continue
            row = by[key]
            w("| %s | %.3f | %s | %.0f | %.1f | %s | %s | %s |"
              % (row.label, row.wall, spread(row), size / 1e6 / row.wall, row.rss_mib,
                 fmt_ratio(cp.wall / row.wall), fmt_ratio(row.wall / convert.wall),
                 fmt_ratio(row.rss_mib / convert.rss_mib)))
        w("")
        w("`.lz4` files: `lz4 SRC` %.1f MB (ratio %.3f), `lz4 --no-frame-crc SRC` %.1f MB; fixture "
          "weights are random normal/uniform floats, which LZ4 cannot compress; the `.lz4` rows therefore "
          "measure the streaming decode path, not a smaller read."
          % (info["lz4_default_size"] / 1e6, size / info["lz4_default_size"], info["lz4_nocrc_size"] / 1e6))
        pipe = by.get("pipeline")
        if pipe:
            w("Python pipeline, median per stage inside the child: imports %.2f s, `mx.nd.load` %.2f s, "
              "transposes + variables %.2f s, session init + `Saver.save` %.2f s (the rest of the wall "
              "is interpreter start-up and exit)."
              % tuple(pipe.extra_median(k) for k in ("import_s", "load_s", "graph_s", "save_s")))
        w("")
        w("### Verification and the frameworks' forward passes (batch 1)")
        w("")
        w("`gluon2tf verify` runs two forward passes (NCHW on the source, NHWC on the checkpoint, one per "
          "core) and compares them; its wall is the whole process. Each framework child builds the net and "
          "loads the weights (not timed), then runs %d forwards in one process: *first* is the first "
          "forward, *warm* the median of the others; each is timed to the result being ready "
          "(MXNet `wait_to_read`). Peak RSS is the whole process's. Inputs: GluonCV's reference image at "
          "224×224, a fixed random image at other sizes (reference logits there: MXNet's imperative "
          "forward)." % FRAMEWORK_FORWARDS)
        w("")
        w("| size | run | process wall s (median) | min–max s | first forward s | warm forward s "
          "| peak RSS MiB | logits rel L2 | verify wall ÷ warm forward |")
        w("|---|---|---:|---:|---:|---:|---:|---:|---:|")
        for side in args.sizes:
            verify = by[forward_key("verify", side)]
            w("| %d² | %s | %.3f | %s | – | – | %.1f | %.1e (checkpoint vs source path) | – |"
              % (side, verify.label, verify.wall, spread(verify), verify.rss_mib, verify.extra_median("rel_l2")))
            for kind in ("mxnet", "mxnet_hybrid", "tf"):
                row = by[forward_key(kind, side)]
                rel = row.extra_median("rel_l2")
                w("| %d² | %s | %.3f | %s | %.3f | %.3f | %.1f | %s | %s |"
                  % (side, row.label, row.wall, spread(row), row.extra_median("first_s"),
                     row.extra_median("forward_s"), row.rss_mib, "–" if rel is None else "%.1e" % rel,
                     fmt_ratio(verify.wall / row.extra_median("forward_s"))))
        w("")

    if watchd:
        w("## watchd: drop to published")
        w("")
        w("`gluon2tf watch --watch IN --out OUT --on-success delete`: one worker, default `settle` "
          "(500 ms: a file must be unchanged that long before it is claimed), verification on. Each "
          "drop copies the source to a hidden name in IN, then renames it in; the clock runs from the "
          "rename to `OUT/<scope>/report.json` existing (published with the checkpoint by one "
          "rename). %d drops per model after one warm-up; the daemon runs throughout. Job is the "
          "journal field `GLUON2TF_DURATION_MS` (claim → published)." % args.runs)
        w("")
        w("| model | median drop → published s | min–max s | median job (claim → published) s "
          "| daemon peak RSS MiB |")
        w("|---|---:|---:|---:|---:|")
        for model, figures in watchd.items():
            lat = figures["latency_s"]
            w("| %s | %.3f | %.3f–%.3f | %.3f | %.1f |"
              % (model, statistics.median(lat), min(lat), max(lat),
                 statistics.median(figures["job_ms"]) / 1000, figures["peak_rss_mib"]))
        w("")
    if load_test:
        w("## watchd under load")
        w("")
        w("`interop/tests/test_load.py`, run by `scripts/benchmarks.sh` just before this script: %d "
          "real `%s` files (%.1f MB each) dropped into the watch folder at once (renames), %d workers, "
          "verification %s, `--on-success delete`; a consumer takes each published checkpoint away. "
          "The test checks that every file is converted exactly once and that the daemon's RSS does "
          "not grow from the first half of the run to the second."
          % (load_test["files"], load_test["model"], load_test["source_bytes"] / 1e6,
             load_test["workers"], "on" if load_test["verify"] else "off"))
        w("")
        w("| files | wall s (first drop → last published) | files/min | MB/s of source "
          "| daemon peak RSS MiB | max RSS 1st half / 2nd half MiB |")
        w("|---:|---:|---:|---:|---:|---|")
        w("| %d | %.1f | %.0f | %.0f | %.1f | %.1f / %.1f |"
          % (load_test["files"], load_test["seconds"], load_test["files_per_minute"],
             load_test["mb_per_second"], load_test["peak_rss_mib"], load_test["rss_first_half_mib"],
             load_test["rss_second_half_mib"]))
        w("")
    if memory:
        render_memory(w, memory)
    w("## Targets")
    w("")
    w("```")
    verdicts = targets(results, memory, args.sizes)
    for line in verdicts:
        w(line)
    w("```")
    w("")
    w("Notes on the targets:")
    w("")
    w("- Issue 13's target compares the whole `verify` process (start-up, both forward paths, weight "
      "reads with their CRC checks, comparisons) with MXNet's warm imperative forward alone: two forward "
      "passes in at most twice the time of one, start-up included. The two paths run at once, one per "
      "core, with OpenBLAS single-threaded in each.")
    w("- Issue 5's target is stated for resnet101_v1d; both models are shown. \"Output\" is the "
      "decompressed `.params` bytes per second of wall, for the whole process.")
    w("- Issue 2's RSS bound (≤ 32 MiB) is stated for resnet152_v1d; here it is checked on the two "
      "benchmarked models.")
    w("")
    w("## Load and method notes")
    w("")
    w("- " + load_note(loads, os.cpu_count()))
    w("- Threads: library defaults, nothing pinned (%s). MXNet and TensorFlow use both CPUs; "
      "gluon2tf's verify runs its two paths on two threads, each calling OpenBLAS (pthread build) "
      "single-threaded whatever the environment says."
      % ", ".join("%s=%s" % (k, os.environ.get(k, "unset"))
                  for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MXNET_ENGINE_TYPE")))
    w("- The Python children (pipeline, forwards) are `python interop/bench.py child …` in their venv: "
      "the wall includes interpreter start-up and every import, as a user running a script pays them. "
      "The pipeline and the MXNet forward use mxnet 1.9.1 in different venvs (venv-pipeline has no "
      "gluoncv; venv-mx has no TensorFlow).")
    w("- Correctness of what is timed is checked too: before the rounds, the pipeline's checkpoint is "
      "compared with gluon2tf's tensor by tensor (same names, bit-identical); every forward's logits are "
      "compared with the fixture's GluonCV reference logits (rel L2 column); every `verify` must pass.")
    w("- The pipeline builds the variables from numpy constants in a `tf.compat.v1` graph "
      "(`tf.compat.v1.Variable(value, name=...)`), the straightforward way; cleverer scripts "
      "(placeholders + assign, one tensor at a time) would use less memory.")
    w("")
    w("## How to reproduce")
    w("")
    w("```sh")
    w("scripts/benchmarks.sh            # builds, makes venvs + fixtures, runs N=5, writes BENCHMARKS.md")
    w("BENCH_RUNS=2 scripts/benchmarks.sh --output /tmp/bench.md   # quicker; extra args go to bench.py")
    w("```")
    w("")
    w("`scripts/benchmarks.sh` runs `swift build -c release --static-swift-stdlib --product gluon2tf`, "
      "`interop/venvs.sh mx tf pipeline` (venv-pipeline from `interop/requirements-pipeline.txt`), "
      "`interop/make_fixtures.py --models resnet50_v1d,resnet101_v1d,resnet152_v1d`, then `interop/bench.py` "
      "(standard-library Python; `--help` for options). It needs GNU time (`/usr/bin/time`) and the "
      "`lz4` tool (`scripts/setup.sh` installs both) and fails if anything is missing. Scratch files go "
      "to a temporary directory beside the fixtures (about 4× the largest model) and are removed.")
    w("")
    return "\n".join(lines), verdicts


def load_note(loads, cpus):
    """The load situation, stated from the load averages sampled before, after each round and after."""
    peak = max(float(load.split()[0]) for load in loads)
    sampled = ("Load average (1/5/15 min) before: %s; after each round: %s; after: %s."
               % (loads[0], "; ".join(loads[1:-1]) or "–", loads[-1]))
    own = ("These include the benchmark's own child (at most %d busy threads: the Python rows, and OpenBLAS in "
           "`verify`, can use every CPU)." % cpus)
    if peak > cpus + 1:
        return ("**The machine was busy.** %s %s The 1-minute load reached %.1f on %d CPUs, so other jobs "
                "competed for the CPUs during the measurement. Medians are inflated by that contention "
                "(multi-threaded rows suffer more), interleaving spreads it over all rows, and the min "
                "column is the closest figure to an idle machine: read verdicts within about 20%% of "
                "their threshold as inconclusive." % (sampled, own, peak, cpus))
    return ("%s %s The 1-minute load stayed at or below %.1f on %d CPUs; interleaving spreads any "
            "remaining noise over all rows alike, and the min–max columns show it."
            % (sampled, own, peak, cpus))


def render_memory(w, memory):
    """The "Memory bounds" section: one row per source, from measure_memory_bounds."""
    w("## Memory bounds")
    w("")
    w("`gluon2tf convert` (`--no-verify`, then with its verification) on the largest fixtures and "
      "on a `gluon2tf demo --classes 300000` resnet18_v1b, whose `fc.weight` alone is 586 MiB: "
      "3 runs each, peak RSS the largest of them.")
    w("")
    w("| source | MB | convert --no-verify: median wall s | peak RSS MiB "
      "| convert + verify: median wall s | peak RSS MiB |")
    w("|---|---:|---:|---:|---:|---:|")
    for label, entry in memory.items():
        w("| %s | %.1f | %.3f | %.1f | %.3f | %.1f |"
          % (label, entry["size"] / 1e6, statistics.median(x for x, _ in entry["convert"]),
             max(k for _, k in entry["convert"]) / 1024,
             statistics.median(x for x, _ in entry["verify"]),
             max(k for _, k in entry["verify"]) / 1024))
    w("")


def targets(results, memory=None, sizes=(224,)):
    out = []

    def verdict(ok, text):
        out.append("%s  %s" % ("PASS" if ok else "MISS", text))

    for label, entry in (memory or {}).items():
        convert_mib = max(k for _, k in entry["convert"]) / 1024
        verify_mib = max(k for _, k in entry["verify"]) / 1024
        verdict(convert_mib <= 32 and verify_mib <= 64,
                "[issues 11, 12] %s (%.0f MB): convert peak RSS %.1f MiB (target ≤ 32), with verification "
                "%.1f MiB (target ≤ 64)" % (label, entry["size"] / 1e6, convert_mib, verify_mib))

    for info, rows in results:
        by = {row.key: row for row in rows}
        m, size = info["model"], info["size"]
        cp, convert, cv, pipe = by["cp"], by["convert"], by["convert_verify"], by.get("pipeline")
        share = cp.wall / convert.wall
        verdict(share >= 0.5 and convert.rss_mib <= 32,
                "[issue 2] %s: convert at %.0f%% of cp throughput (%.0f vs %.0f MB/s; target ≥ 50%%), "
                "peak RSS %.1f MiB (target ≤ 32)"
                % (m, 100 * share, size / 1e6 / convert.wall, size / 1e6 / cp.wall, convert.rss_mib))
        verify224 = by.get(forward_key("verify", 224))
        if verify224 is not None:
            mx_rss = by[forward_key("mxnet", 224)].rss_mib
            verdict(verify224.rss_mib * 10 <= mx_rss,
                    "[issue 3] %s: verify peak RSS %.1f MiB = 1/%.1f of MXNet's %.1f MiB (target ≤ 1/10)"
                    % (m, verify224.rss_mib, mx_rss / verify224.rss_mib, mx_rss))
        for side in sizes:
            verify = by[forward_key("verify", side)]
            warm, hybrid, tf = (by[forward_key(k, side)] for k in ("mxnet", "mxnet_hybrid", "tf"))
            ratio = verify.wall / warm.extra_median("forward_s")
            # The RSS bound is stated for 224×224; activations grow with the input's area.
            rss_ok = verify.rss_mib <= 64 or side != 224
            verdict(ratio <= 2.0 and rss_ok,
                    "[issue 13] %s %d×%d: verify ≤ 2.0× MXNet warm forward: verify %.3f s (whole process, "
                    "peak RSS %.1f MiB%s) vs MXNet warm imperative %.3f s = %.2f×; vs hybridized "
                    "%.3f s %.2f×, vs MXNet first forward %.3f s %.2f×, vs TF warm %.3f s %.2f×"
                    % (m, side, side, verify.wall, verify.rss_mib, "; target ≤ 64" if side == 224 else "",
                       warm.extra_median("forward_s"), ratio,
                       hybrid.extra_median("forward_s"), verify.wall / hybrid.extra_median("forward_s"),
                       warm.extra_median("first_s"), verify.wall / warm.extra_median("first_s"),
                       tf.extra_median("forward_s"), verify.wall / tf.extra_median("forward_s")))
        for key, what in (("convert_lz4", "lz4 defaults"), ("convert_lz4_nocrc", "lz4 --no-frame-crc")):
            row = by[key]
            rate = size / 1e9 / row.wall
            verdict(row.rss_mib <= 32 and rate >= 1.0,
                    "[issue 5] %s .params.lz4 (%s): %.2f GB/s output (target ≥ 1), peak RSS %.1f MiB "
                    "(target ≤ 32); .params convert %.2f GB/s" % (m, what, rate, row.rss_mib,
                                                                  size / 1e9 / convert.wall))
        if pipe is None:
            continue
        speed, rss = pipe.wall / convert.wall, pipe.rss_mib / convert.rss_mib
        verdict(speed >= 20 and rss >= 20,
                "[issue 6] %s: convert %.1f× faster than the Python pipeline (%.3f vs %.2f s; target ≥ 20×) "
                "at 1/%.0f of its peak RSS (%.1f vs %.0f MiB; target ≤ 1/20)"
                % (m, speed, convert.wall, pipe.wall, rss, convert.rss_mib, pipe.rss_mib))
        verdict(cv.wall < pipe.wall,
                "[issue 6] %s: convert+verify %.3f s vs pipeline conversion alone %.2f s (%.1f× faster; "
                "target: faster)" % (m, cv.wall, pipe.wall, pipe.wall / cv.wall))
    return out


def environment(args, versions, binary_sha):
    mem = meminfo()
    ldd = run_checked(["ldd", args.bin_snapshot]) if shutil.which("ldd") else ""
    static_stdlib = "libswiftCore" not in ldd
    git = subprocess.run(["git", "-C", str(REPO), "describe", "--always", "--dirty", "--abbrev=12"],
                         capture_output=True, text=True).stdout.strip() or "unknown"
    dpkg = {}
    if shutil.which("dpkg-query"):
        for package in ("libopenblas0-pthread", "liblz4-1", "libxxhash0", "libisal2", "time"):
            result = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True)
            dpkg[package] = result.stdout.strip() or "not installed"
    machine = [
        ("CPU", "%s, `nproc` = %d" % (cpu_model(), os.cpu_count())),
        ("Kernel", "Linux %s (%s)" % (platform.release(), platform.machine())),
        ("Memory", "%.1f GiB total, %.1f GiB available at start (MemAvailable), no swap"
         % (mem["MemTotal"] / 2**30, mem["MemAvailable"] / 2**30) if mem.get("SwapTotal", 0) == 0 else
         "%.1f GiB total, %.1f GiB available at start (MemAvailable), %.1f GiB swap"
         % (mem["MemTotal"] / 2**30, mem["MemAvailable"] / 2**30, mem["SwapTotal"] / 2**30)),
        ("OS", platform.freedesktop_os_release().get("PRETTY_NAME", "unknown")
         if hasattr(platform, "freedesktop_os_release") else "unknown"),
        ("Rounds", "N = %d, interleaved, plus 1 untimed warm-up round" % args.runs),
    ]
    software = [
        ("gluon2tf", "git `%s`, binary sha256 `%s…`, built with `%s`%s"
         % (git, binary_sha[:16], args.build_command,
            "; Swift runtime linked statically (no libswiftCore in `ldd`)" if static_stdlib else "")),
        ("Swift", first_line(["swift", "--version"]) if shutil.which("swift") else "not on PATH"),
        ("Libraries (Debian)", ", ".join("%s %s" % item for item in dpkg.items() if item[0] != "time")
         or "unknown"),
        ("Tools", "%s; %s; GNU time (Debian package `time` %s)"
         % (first_line(["cp", "--version"]), first_line(["lz4", "--version"]).strip("* "),
            dpkg.get("time", "version unknown"))),
        ("venv-pipeline", "Python %s: mxnet %s, numpy %s, tensorflow-cpu %s"
         % (versions["pipeline"]["python"], versions["pipeline"]["mxnet"], versions["pipeline"]["numpy"],
            versions["pipeline"].get("tensorflow-cpu") or versions["pipeline"].get("tensorflow"))
         if "pipeline" in versions else "not used (--quick)"),
        ("venv-mx (MXNet forward)", "Python %s: mxnet %s, gluoncv %s, numpy %s"
         % (versions["mx"]["python"], versions["mx"]["mxnet"], versions["mx"]["gluoncv"], versions["mx"]["numpy"])),
        ("venv-tf (TF forward, `python/gluon2tf_tf`)", "Python %s: tensorflow-cpu %s, numpy %s"
         % (versions["tf"]["python"], versions["tf"].get("tensorflow-cpu") or versions["tf"].get("tensorflow"),
            versions["tf"]["numpy"])),
    ]
    return {"machine": machine, "software": software}


def memory_only(args):
    """``--memory-only``: the memory-bounds section alone, for a quick check of the largest models."""
    work = Path(tempfile.mkdtemp(prefix="bench-memory-", dir=args.work or args.fixtures.parent))
    try:
        args.bin_snapshot = work / "gluon2tf"
        shutil.copy2(args.bin, args.bin_snapshot)
        log("load average at start: %s" % loadavg())
        memory = measure_memory_bounds(args, work)
        log("load average at end: %s" % loadavg())
        lines = []
        render_memory(lines.append, memory)
        lines.append("```")
        lines.extend(targets([], memory))
        lines.append("```")
        print("\n".join(lines))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["child"]:
        sys.path.insert(0, str(INTEROP))
        return child_main(argv[1:])

    cache = cache_dir()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", type=Path, default=default_binary(), help="gluon2tf release binary")
    parser.add_argument("--fixtures", type=Path, default=catalog.default_dir(), help="fixture directory")
    parser.add_argument("--models", default="resnet50_v1d,resnet101_v1d,resnet152_v1d",
                        help="comma-separated fixtures")
    parser.add_argument("--runs", type=int, default=5, help="interleaved rounds (default 5)")
    parser.add_argument("--sizes", default="224,448",
                        help="comma-separated input sizes of the forward-pass rows (default 224,448)")
    parser.add_argument("--quick", action="store_true",
                        help="leave out the Python pipeline rows (no venv-pipeline needed), the watchd "
                             "latency and the memory bounds: a check of the script, not a benchmark")
    parser.add_argument("--memory-only", action="store_true",
                        help="measure only the memory bounds on the largest fixtures and print that "
                             "section with its target lines")
    parser.add_argument("--output", type=Path, default=None, help="write the Markdown here (default: stdout)")
    parser.add_argument("--json", type=Path, default=None, help="also write every raw sample as JSON")
    parser.add_argument("--build-command", default="not recorded (run through scripts/benchmarks.sh)",
                        help="how the binary was built, for the report")
    parser.add_argument("--venv-pipeline", type=Path, default=cache / "venv-pipeline")
    parser.add_argument("--venv-mx", type=Path, default=cache / "venv-mx")
    parser.add_argument("--venv-tf", type=Path, default=cache / "venv-tf")
    parser.add_argument("--load-test", type=Path, default=None,
                        help="figures of interop/tests/test_load.py (load-test.json) to include")
    parser.add_argument("--work", type=Path, default=None,
                        help="scratch directory (default: a temporary directory beside the fixtures)")
    args = parser.parse_args(argv)
    args.models = [name for name in args.models.split(",") if name]
    try:
        args.sizes = [int(size) for size in args.sizes.split(",") if size]
    except ValueError:
        parser.error("--sizes takes integers, e.g. 224,448")
    if not args.sizes or min(args.sizes) < 32:
        parser.error("--sizes needs at least one size, each at least 32")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    unknown = [name for name in args.models if name not in catalog.RESNETS]
    if unknown:
        parser.error("not a ResNet fixture: %s" % ", ".join(unknown))
    missing_oracle = [name for name in args.models if name not in __import__("gluon2tf_oracle").GLUON2TF_MODELS]
    if missing_oracle:
        parser.error("the Python pipeline needs gluon2TF names, which exist only for %s"
                     % ", ".join(__import__("gluon2tf_oracle").GLUON2TF_MODELS))

    if args.memory_only:
        return memory_only(args)

    started_at = datetime.datetime.now(datetime.timezone.utc)
    loads = [loadavg()]
    log("load average at start: %s" % loads[0])
    versions = preflight(args)
    scratch_parent = args.work or args.fixtures.parent
    scratch_parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-", dir=scratch_parent))
    try:
        # A private copy: a rebuild of .build/release during the run cannot change what is measured.
        args.bin_snapshot = work / "gluon2tf"
        shutil.copy2(args.bin, args.bin_snapshot)
        binary_sha = sha256(args.bin_snapshot)
        env = environment(args, versions, binary_sha)

        results = []
        for model in args.models:
            rows, setup, sizes, info = make_rows(args, model, work)
            setup()
            sizes()
            results.append((info, rows))

        total = args.runs + 1
        for round_index in range(total):
            keep = round_index > 0
            tag = "round %d/%d" % (round_index, args.runs) if keep else "warm-up round"
            for info, rows in results:
                walls = ["%s %.2f" % (row.key, row.run(keep)) for row in rows]
                log("%s %s: %s" % (tag, info["model"], ", ".join(walls)))
            if keep:
                loads.append(loadavg())
        if args.quick:
            watchd, memory = None, None
        else:
            watchd = {model: measure_watchd(args, model, work) for model in args.models}
            memory = measure_memory_bounds(args, work)
        load_test = json.loads(args.load_test.read_text()) if args.load_test else None
        loads.append(loadavg())
        finished_at = datetime.datetime.now(datetime.timezone.utc)
        log("load average at end: %s" % loads[-1])

        text, verdicts = render(args, env, results, loads, started_at, finished_at, watchd, load_test,
                                memory)
        if args.json:
            raw = {"started": started_at.isoformat(), "finished": finished_at.isoformat(), "runs": args.runs,
                   "watchd": watchd, "load_test": load_test, "memory": memory,
                   "loadavg": loads, "environment": env, "verdicts": verdicts,
                   "models": {info["model"]: {"size": info["size"], "rows": {
                       row.key: {"label": row.label, "command": [str(c) for c in row.command],
                                 "samples": [{"wall_s": s[0], "rss_kib": s[1], **s[2]} for s in row.samples]}
                       for row in rows}} for info, rows in results}}
            args.json.write_text(json.dumps(raw, indent=1, default=str) + "\n")
        if args.output:
            temp = args.output.with_name(args.output.name + ".tmp")
            temp.write_text(text)
            temp.replace(args.output)
            log("wrote %s" % args.output)
        else:
            print(text)
        for line in verdicts:
            log(line)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
