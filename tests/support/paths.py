"""Where things are: the repository, the hostile corpus, the installed command."""

from __future__ import annotations

import contextlib
import io
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HOSTILE = REPO / "tests" / "hostile"
BRIEFING = Path(sys.executable).parent / "briefing"


def corpus() -> list[tuple[str, str, str]]:
    """The hostile corpus as (file name, open|refuse, message) from expected.tsv."""
    rows = []
    for line in (HOSTILE / "expected.tsv").read_text().splitlines():
        if line and not line.startswith("#"):
            name, outcome, message = (line.split("\t") + [""])[:3]
            rows.append((name, outcome, message))
    return rows


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def cli(*args: object) -> Ran:
    """`briefing ARGS` in this process (not `read`, which would open the reader)."""
    from tui.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(arg) for arg in args])
        except SystemExit as exit:  # argparse's usage errors
            code = exit.code
    return Ran(code, out.getvalue(), err.getvalue())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def copied(folder: Path, name: str = "harbour") -> Path:
    """A briefing written for the tests and its source, copied into `folder` to be edited;
    the copy's YAML path."""
    import shutil

    for suffix in (".yaml", ".txt"):
        shutil.copy(REPO / "tests" / "briefings" / f"{name}{suffix}", folder / f"{name}{suffix}")
    return folder / f"{name}.yaml"
