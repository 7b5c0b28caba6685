"""`briefing draft`: write a checked draft, never over a file by surprise."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from model import BriefingError, Limits, load_briefing, one_line
from model.draft import Drafted, DraftProblem
from model.draft import draft as draft_yaml
from model.provenance import SourceProblem, read_text_file, source_path


def _fail(where: Path, message: str) -> int:
    print(one_line(f"{where}: error: {message}"), file=sys.stderr)
    return 1


def draft(seed: Path, output: Path | None, force: bool, limits: Limits) -> int:
    try:
        source = read_text_file(seed, limits.max_bytes)
    except SourceProblem as problem:
        return _fail(seed, str(problem))
    if output is not None:
        if output.exists() and output.resolve() == seed.resolve():
            return _fail(output, "is the source text itself; choose another output file")
        if output.exists() and not force:
            return _fail(output, "already exists; pass --force to replace it")
        if not output.parent.is_dir():
            return _fail(output, f"no such directory: {output.parent}")
    base = (output.parent if output else Path.cwd()).resolve()
    relative = Path(os.path.relpath(seed.resolve(), base)).as_posix()
    try:
        source_path(base, relative, limits)
    except SourceProblem:
        # A draft that names a source outside its folder would be refused when read.
        where = f"the folder of {output}" if output else "the current folder"
        return _fail(seed, f"lies outside {where}, and a briefing's source must lie in its "
                     "folder: write the draft beside the source (-o "
                     f"{seed.parent / (seed.stem + '.yaml')}), or pass --source-root DIR "
                     "naming a folder that holds both, here and to read, check and show")
    try:
        drafted = draft_yaml(source.text, relative, source.sha256, seed.stem,
                             longest=limits.max_string)
    except DraftProblem as problem:
        return _fail(seed, str(problem))
    if output is None:
        sys.stdout.write(drafted.yaml)
        return 0
    return _write(output, drafted, limits)


def _write(output: Path, drafted: Drafted, limits: Limits) -> int:
    """Write beside the target, check what was written, then rename it into place."""
    temporary = output.with_name(f".{output.name}.draft-{os.getpid()}")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(drafted.yaml)
        briefing = load_briefing(temporary, limits=limits)
        os.replace(temporary, output)
    except BriefingError as error:
        for problem in error.problems:
            print(one_line(f"the draft does not pass its own check: {problem}"), file=sys.stderr)
        return 1
    except OSError as error:
        return _fail(output, f"cannot write: {error.strerror}")
    finally:
        temporary.unlink(missing_ok=True)
    asked = len(briefing.of_kind("question"))
    print(f"{output}: drafted {drafted.sentences} sentences into {drafted.parties} parties and "
          f"the plant; {drafted.hedged} hedged, asking {asked} open question"
          f"{'' if asked == 1 else 's'}; coverage {briefing.coverage}", file=sys.stderr)
    print(f"next: finish the TODO lines, then run: briefing read {output}", file=sys.stderr)
    return 0
