#!/usr/bin/env python3
"""Benchmark ``gluon2tf convert`` against ``cp`` of the same file (not a test).

For each model (default resnet50_v1d and resnet101_v1d fixtures) the source is
read twice to warm the page cache, then N rounds (default 5) run, interleaved:

    cp SRC DST                       (then DST is removed, untimed)
    gluon2tf convert SRC --out DIR   (then DIR is removed, untimed)

``convert`` gets ``--no-verify`` when the binary's help lists it, so only the
conversion itself is timed. ``sync`` runs (untimed) before every timed command
so earlier dirty pages are not flushed inside a measurement. Wall time is
``time.perf_counter`` around the child process; peak RSS comes from GNU
``/usr/bin/time -f %M`` (Debian package ``time``) when present, else from
``os.wait4``'s per-child rusage (which also counts the forked Python before
``exec``, a floor of ~15 MiB; ``getrusage(RUSAGE_CHILDREN)`` would report the
maximum over all children so far, not per run). The output is a Markdown table
on stdout: median wall, throughput (source bytes / median wall, MB = 10^6 B),
the largest peak RSS of the N runs, and throughput relative to cp. Progress
goes to stderr.

Usage::

    interop/bench_convert.py [--bin PATH] [--fixtures DIR] [--models a,b] [--runs N] [--work DIR]

Standard library only; any Python 3.8+ runs it. Build the binary with
``swift build -c release`` first: the default is ``<repo>/.build/release/gluon2tf``
(``GLUON2TF_BIN`` overrides), falling back to the debug build with a warning.
"""

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

INTEROP = Path(__file__).resolve().parent
REPO = INTEROP.parent
sys.path.insert(0, str(INTEROP))

import fixture_catalog as catalog  # noqa: E402  (needs sys.path above)

GNU_TIME = Path("/usr/bin/time")


def log(message):
    print("[bench] " + message, file=sys.stderr, flush=True)


def default_binary():
    explicit = os.environ.get("GLUON2TF_BIN")
    if explicit:
        return Path(explicit)
    release = REPO / ".build" / "release" / "gluon2tf"
    return release if release.exists() else REPO / ".build" / "debug" / "gluon2tf"


def measure(command):
    """Run ``command``; return ``(wall seconds, peak RSS KiB)``. Fails on a non-zero exit."""
    if GNU_TIME.exists():
        with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
            started = time.perf_counter()
            result = subprocess.run([str(GNU_TIME), "-f", "%M", "-o", report.name, *command],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            wall = time.perf_counter() - started
            rss_kib = int(report.read().split()[-1]) if result.returncode == 0 else 0
        returncode, stderr = result.returncode, result.stderr
    else:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        returncode, stderr, rss_kib = process.returncode, process.stderr.read(), usage.ru_maxrss
        process.stderr.close()
    if returncode != 0:
        raise SystemExit("command failed (exit %d): %s\n%s" % (returncode, " ".join(command), stderr))
    return wall, rss_kib


def warm(path):
    """Read a file twice so it is in the page cache."""
    for _ in range(2):
        with open(path, "rb") as handle:
            while handle.read(1 << 24):
                pass


def supports_no_verify(binary):
    result = subprocess.run([str(binary), "convert", "--help"], capture_output=True, text=True)
    return "--no-verify" in result.stdout + result.stderr


def bench_model(binary, convert_options, source, work, runs):
    """Interleaved runs of cp and convert; return ``{tool: [(wall, rss_kib), ...]}``."""
    samples = {"cp": [], "convert": []}
    warm(source)
    for index in range(1, runs + 1):
        copy = work / ("copy-" + source.name)
        os.sync()
        samples["cp"].append(measure(["cp", str(source), str(copy)]))
        copy.unlink()
        out = work / "ckpt"
        os.sync()
        samples["convert"].append(measure([str(binary), "convert", str(source), "--out", str(out),
                                           *convert_options]))
        shutil.rmtree(out)
        log("%s run %d/%d: cp %.3f s, convert %.3f s"
            % (source.name, index, runs, samples["cp"][-1][0], samples["convert"][-1][0]))
    return samples


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", type=Path, default=default_binary(), help="gluon2tf binary")
    parser.add_argument("--fixtures", type=Path, default=catalog.default_dir(), help="fixture directory")
    parser.add_argument("--models", default="resnet50_v1d,resnet101_v1d", help="comma-separated fixtures")
    parser.add_argument("--runs", type=int, default=5, help="rounds per model (default 5)")
    parser.add_argument("--work", type=Path, default=None,
                        help="scratch directory for copies and checkpoints (default: beside the fixtures)")
    args = parser.parse_args(argv)

    if not os.access(args.bin, os.X_OK):
        raise SystemExit("gluon2tf binary not found at %s (build it or pass --bin)" % args.bin)
    if "release" not in args.bin.parts:
        log("warning: %s does not look like a release build" % args.bin)
    convert_options = ["--no-verify"] if supports_no_verify(args.bin) else []
    rss_method = "GNU time %M" if GNU_TIME.exists() else "os.wait4 ru_maxrss"
    scratch_parent = args.work or args.fixtures.parent
    scratch_parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-", dir=scratch_parent))

    rows = []
    try:
        for model in [name for name in args.models.split(",") if name]:
            source = args.fixtures / catalog.params_file(model)
            if not source.is_file():
                raise SystemExit("fixture %s not found; run interop/make_fixtures.py" % source)
            size = source.stat().st_size
            samples = bench_model(args.bin, convert_options, source, work, args.runs)
            medians = {tool: statistics.median(wall for wall, _ in runs) for tool, runs in samples.items()}
            for tool, runs in samples.items():
                rows.append((model, size, tool, medians[tool], max(rss for _, rss in runs),
                             medians["cp"] / medians[tool]))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    command = "gluon2tf convert" + "".join(" " + option for option in convert_options)
    print("gluon2tf convert vs cp: median of %d interleaved runs, warm page cache, `sync` before each run."
          % args.runs)
    print("Binary `%s`; %s, %d CPUs, Linux %s; peak RSS via %s."
          % (args.bin, cpu_model(), os.cpu_count(), platform.release(), rss_method))
    print()
    print("| model | file MB | command | median wall s | MB/s | peak RSS MiB | throughput vs cp |")
    print("|---|---:|---|---:|---:|---:|---:|")
    for model, size, tool, wall, rss_kib, ratio in rows:
        print("| %s | %.1f | `%s` | %.3f | %.0f | %.1f | %.2f× |"
              % (model, size / 1e6, "cp" if tool == "cp" else command, wall, size / 1e6 / wall,
                 rss_kib / 1024, ratio))


if __name__ == "__main__":
    main()
