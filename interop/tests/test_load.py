"""Load: 500 real resnet18_v1b files dropped at once into a running watchd.

The files are the GluonCV-made ``resnet18_v1b`` fixture: 50 copies, each
hard-linked under 10 names, so 500 distinct drops cost 2.3 GB of disk rather
than 23 GB (two names of one inode are never converted at the same moment: the
claim locks the inode). A consumer thread takes each published checkpoint as
it appears (checks it is complete, reads its ``report.json``, deletes it), as a
downstream job would, so the output stays small too.

Checked: every file is converted exactly once (one published checkpoint and one
``converted`` log line per name, none failed, none left), every checkpoint
passed verification, and the daemon's memory stays bounded: its peak RSS is
reported, and the peak of the second half of the run may not exceed the first
half's by more than 25 % + 16 MiB (a leak per file would show there).

Reported (in the summary table, and as JSON in ``$GLUON2TF_LOAD_REPORT``, default
``$GLUON2TF_CACHE/load-test.json``, for BENCHMARKS.md): files per minute, MB/s of
source, daemon peak RSS.

``GLUON2TF_LOAD_FILES`` changes the number of drops (default 500).
"""

import json
import os
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import fixture_catalog as catalog
import support
from bench import status_kib

FILES = int(os.environ.get("GLUON2TF_LOAD_FILES", "500"))
WORKERS = int(os.environ.get("GLUON2TF_LOAD_WORKERS", "2"))
LINKS_PER_COPY = 10
RSS_LIMIT_MIB = 256
TIMEOUT_S = 1800


class Consumer(threading.Thread):
    """Takes published checkpoints out of OUT as they appear."""

    def __init__(self, out):
        super().__init__(daemon=True)
        self.out = out
        self.reports = []
        self.problems = []
        self.last_published = None
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set():
            for entry in list(os.scandir(self.out)):
                if entry.name.startswith(".") or not entry.is_dir(follow_symlinks=False):
                    continue
                files = set(os.listdir(entry.path))
                has_index = any(f.endswith(".ckpt.index") for f in files)
                has_data = any(".data-" in f for f in files)
                if not ({"report.json", "checkpoint"} <= files and has_index and has_data):
                    self.problems.append("incomplete checkpoint %s: %s" % (entry.name, sorted(files)))
                self.reports.append(json.loads(Path(entry.path, "report.json").read_text()))
                self.last_published = time.monotonic()
                shutil.rmtree(entry.path)
            time.sleep(0.05)


def test_five_hundred_drops_at_once(binary, fixture_dir, tmp_path):
    source = fixture_dir / catalog.params_file("resnet18_v1b")
    assert source.is_file(), "fixture %s missing: run interop/make_fixtures.py" % source
    source_bytes = source.stat().st_size
    stage, watch, out = tmp_path / "stage", tmp_path / "in", tmp_path / "out"
    for folder in (stage, watch, out):
        folder.mkdir()
    names = ["m%03d.params" % index for index in range(FILES)]
    for index, name in enumerate(names):
        if index % LINKS_PER_COPY == 0:
            first = stage / name
            shutil.copyfile(source, first)
        else:
            os.link(first, stage / name)

    log_path = tmp_path / "watchd.log"
    with open(log_path, "w") as log:
        daemon = subprocess.Popen(
            [str(binary), "watch", "--watch", str(watch), "--out", str(out), "--workers", str(WORKERS),
             "--on-success", "delete", "--settle", "200ms", "--log", "stderr"],
            stderr=log, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while "watching" not in log_path.read_text():
            assert daemon.poll() is None and time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.05)
        consumer = Consumer(out)
        consumer.start()
        started = time.monotonic()
        for name in names:  # "at once": 500 renames in a few milliseconds
            os.rename(stage / name, watch / name)
        rss_samples = []  # (seconds since the drop, VmRSS KiB)
        deadline = started + TIMEOUT_S
        while len(consumer.reports) < FILES and time.monotonic() < deadline:
            assert daemon.poll() is None, "watchd exited:\n" + log_path.read_text()[-4000:]
            rss = status_kib(daemon.pid, "VmRSS")
            if rss is not None:
                rss_samples.append((time.monotonic() - started, rss))
            time.sleep(0.25)
        peak_kib = status_kib(daemon.pid, "VmHWM")
        consumer.stop.set()
        consumer.join()
        assert daemon.poll() is None, "watchd exited:\n" + log_path.read_text()[-4000:]
    finally:
        daemon.send_signal(signal.SIGTERM)
        try:
            daemon.wait(timeout=120)
        except subprocess.TimeoutExpired:
            daemon.kill()
    log_text = log_path.read_text()
    assert daemon.returncode == 0, log_text[-4000:]

    # Exactly once: each name published once, logged once, nothing failed or left.
    assert not consumer.problems, consumer.problems[:5]
    published = sorted(report["watchd"]["sourceName"] for report in consumer.reports)
    assert published == names, "missing %s, duplicated %s" % (
        sorted(set(names) - set(published))[:10],
        sorted({n for n in published if published.count(n) > 1})[:10])
    converted_lines = [line for line in log_text.splitlines() if line.startswith("info: converted ")]
    assert len(converted_lines) == FILES, "%d 'converted' log lines" % len(converted_lines)
    assert all(report["passed"] for report in consumer.reports)
    assert not [n for n in os.listdir(watch) if n.endswith(".params")]
    assert not os.listdir(watch / "failed")
    assert not os.listdir(watch / ".claimed")
    assert not [n for n in os.listdir(out) if n.startswith(".gluon2tf-staging-")]

    # Bounded memory: a fixed ceiling, and no growth from the first half to the second.
    assert peak_kib is not None
    peak_mib = peak_kib / 1024
    assert peak_mib <= RSS_LIMIT_MIB, "daemon peak RSS %.1f MiB" % peak_mib
    elapsed = consumer.last_published - started
    half = elapsed / 2
    first = max((rss for t, rss in rss_samples if t <= half), default=0) / 1024
    second = max((rss for t, rss in rss_samples if t > half), default=0) / 1024
    assert second <= first * 1.25 + 16, "RSS grew from %.1f to %.1f MiB" % (first, second)

    figures = {
        "files": FILES, "model": "resnet18_v1b", "source_bytes": source_bytes,
        "workers": WORKERS, "verify": True, "seconds": round(elapsed, 2),
        "files_per_minute": round(FILES / elapsed * 60, 1),
        "mb_per_second": round(FILES * source_bytes / elapsed / 1e6, 1),
        "peak_rss_mib": round(peak_mib, 1),
        "rss_first_half_mib": round(first, 1), "rss_second_half_mib": round(second, 1),
    }
    report = os.environ.get("GLUON2TF_LOAD_REPORT")
    cache = Path(os.environ.get("GLUON2TF_CACHE", Path.home() / ".cache" / "gluon2tf"))
    if report or cache.is_dir():
        Path(report or cache / "load-test.json").write_text(json.dumps(figures, indent=2) + "\n")
    title = "watchd load: %d × resnet18_v1b dropped at once (%d workers, verification on)" % (FILES, WORKERS)
    for key in ("seconds", "files_per_minute", "mb_per_second", "peak_rss_mib",
                "rss_first_half_mib", "rss_second_half_mib"):
        support.record(title, "resnet18_v1b", key, "%s" % figures[key])
