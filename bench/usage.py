"""Wall time, CPU time and peak memory of a block of work, this process and every process it starts.

    with Usage() as usage:
        ...
    print(usage.summary())

Peak RSS is the largest sum of resident memory over this process and its descendants (notebook
kernels included), sampled every 0.1 s from psutil; CPU is this process's and its waited-for
children's user + system time. The machine's load average at the start and end says how shared it was.
"""
from __future__ import annotations

import os
import resource
import threading
import time

import psutil


def tree_rss(process: psutil.Process) -> int:
    """Resident bytes of `process` and its descendants (a process that exits meanwhile counts as 0)."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            pass
    return total


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Usage:
    def __init__(self, interval: float = 0.1):
        self.interval, self.peak = interval, 0
        self._process, self._stop = psutil.Process(), threading.Event()

    def __enter__(self) -> Usage:
        self.load_before = os.getloadavg()[0]
        self.started, self.cpu_before = time.perf_counter(), cpu_seconds()
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()
        return self

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(self._process))
            self._stop.wait(self.interval)

    def __exit__(self, *_exc) -> None:
        self._stop.set()
        self._sampler.join()
        self.wall, self.cpu = time.perf_counter() - self.started, cpu_seconds() - self.cpu_before
        self.load_after = os.getloadavg()[0]

    def summary(self) -> str:
        return (f"wall {self.wall:.1f} s, CPU {self.cpu:.1f} s, peak RSS {self.peak / 1e9:.2f} GB "
                f"(load average {self.load_before:.1f} at start, {self.load_after:.1f} at end, {os.cpu_count()} cores)")
