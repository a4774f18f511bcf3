"""`make lab`, a notebook run the way JupyterLab runs it, then `make report`: the sequence that used to fail.

A notebook run by hand once wrote its figures into `report/figures/`; the next `make report` then found a
`report/` folder without its `build.json` and refused to replace it. Now `make lab` starts (as root too,
common in containers), a notebook's figures go beside the notebook, `report/` is left alone, and
`make report` builds.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request

import nbformat
import pytest

from helpers import paths
from helpers.figures import FIGURES_DIR_ENV
from helpers.report import BUILD_MANIFEST, GuardedClient
from helpers.store import CORPUS_ENV

pytestmark = pytest.mark.notebooks

LAB_START_SECONDS = 90  # a deadline for the server to answer, not a speed requirement
TOKEN = "lab-then-report"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def lab_answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={TOKEN}", timeout=2) as reply:
            return reply.status == 200
    except OSError:
        return False


def report_folder_state() -> list[str]:
    return sorted(str(p.relative_to(paths.REPORT)) for p in paths.REPORT.rglob("*")) if paths.REPORT.exists() else []


def test_make_lab_then_a_notebook_then_make_report(tmp_path):
    report_before = report_folder_state()
    env = {key: value for key, value in os.environ.items() if key not in (FIGURES_DIR_ENV, CORPUS_ENV)}
    port = free_port()
    lab_args = f"--no-browser --ip=127.0.0.1 --port={port} --ServerApp.token={TOKEN} --ServerApp.root_dir={paths.NOTEBOOKS}"
    lab = subprocess.Popen(["make", "lab", f"LAB_ARGS={lab_args}"], cwd=paths.ROOT, env={**env, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")},
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True, text=True)
    try:
        deadline = time.monotonic() + LAB_START_SECONDS
        while not lab_answers(port) and lab.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        answered = lab_answers(port)
    finally:
        os.killpg(lab.pid, signal.SIGTERM)  # the process group of the `make lab` this test started
        output = lab.communicate(timeout=30)[0]
    assert answered, f"`make lab` did not start:\n{output[-2000:]}"

    # A notebook run as JupyterLab runs it: a kernel in the notebook's folder, no HELPERS_* variables.
    folder = tmp_path / "notebooks"
    folder.mkdir()
    notebook = shutil.copy(paths.NOTEBOOKS / "01_corpus_overview.ipynb", folder)
    nb = nbformat.read(notebook, as_version=4)
    GuardedClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(folder)}}).execute(env=env)
    assert (folder / "figures" / "01_corpus_overview-documents.html").exists(), "the figures are not beside the notebook"
    assert report_folder_state() == report_before, "running a notebook wrote into report/"

    out = tmp_path / "report"
    built = subprocess.run(["make", "report", f"OUT={out}"], cwd=paths.ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-2000:]
    assert (out / BUILD_MANIFEST).exists() and (out / "index.html").exists()
