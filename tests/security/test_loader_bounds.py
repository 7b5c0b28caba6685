"""Issue 13, cases 5 and 10 to 14: what a briefing, its source or the cache can make the loader
do. Each test replays an attack that worked, bounded in time (and memory where it grew)."""

import hashlib
import json
import os
import pickle
import subprocess
import sys
import textwrap

import pytest

from model import BriefingError, Limits, default_briefing_path, load_briefing, split_sentences
from model import cache as cache_module
from tests.support.briefings import MILL_SOURCE, MILL_YAML, write_mill
from tests.support.paths import REPO
from tests.support.paths import cli as briefing

MB = 1024 * 1024


def bounded(*args: object, seconds: float = 15) -> dict:
    """`briefing ARGS` in a child process: its exit code, output and peak memory (bytes).
    The address space is capped at 2 GB so a regression fails the test, not the machine."""
    code = textwrap.dedent("""
        import contextlib, io, json, resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
        from tui.cli import main
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(sys.argv[1:])
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        print(json.dumps({"code": code, "stderr": err.getvalue(), "peak": peak}))
    """)
    env = dict(os.environ, BRIEFING_NO_CACHE="1")
    done = subprocess.run([sys.executable, "-c", code, *map(str, args)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=seconds)
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def with_source_path(tmp_path, path: str):
    """The mill briefing with its source.path replaced; the source's hash is the mill's."""
    write_mill(tmp_path)
    target = tmp_path / "mill.yaml"
    target.write_text(MILL_YAML.replace("path: mill.txt", f"path: {path}")
                      .replace("{sha}", sha(MILL_SOURCE)))
    return target


# Case 5: a source outside the briefing's folder -------------------------------------------

@pytest.mark.parametrize("where", ["absolute", "dotdot", "symlink"])
def test_source_outside_the_folder_is_refused_unopened(tmp_path, where):
    secret = tmp_path / "secret.txt"
    secret.write_text("The private text.\n")
    folder = tmp_path / "story"
    folder.mkdir()
    path = {"absolute": str(secret), "dotdot": "../secret.txt", "symlink": "link.txt"}[where]
    (folder / "link.txt").symlink_to(secret)
    yaml_path = with_source_path(folder, path)
    done = briefing("check", yaml_path)
    assert done.returncode == 1
    assert f"{yaml_path}:6:9: error: " in done.stderr
    assert "outside" in done.stderr and "--source-root" in done.stderr
    assert sha("The private text.\n") not in done.stderr + done.stdout
    done = briefing("show", yaml_path)
    assert done.returncode == 1 and "The private text" not in done.stdout


def test_source_root_widens_the_folder(tmp_path):
    (tmp_path / "mill.txt").write_text(MILL_SOURCE)
    folder = tmp_path / "story"
    folder.mkdir()
    yaml_path = with_source_path(folder, "../mill.txt")
    assert briefing("check", yaml_path).returncode == 1
    done = briefing("check", "--source-root", tmp_path, yaml_path)
    assert done.returncode == 0, done.stderr
    assert briefing("show", "--source-root", tmp_path, yaml_path).returncode == 0


def test_shipped_seed_lies_beside_its_briefing():
    shipped = default_briefing_path()
    seed = shipped.with_suffix(".txt")
    assert seed.read_bytes() == (REPO / "seeds" / seed.name).read_bytes()
    assert load_briefing(shipped).source_path.resolve() == seed.resolve()


def test_serve_gives_its_readers_the_served_folder(tmp_path, monkeypatch):
    import tui.serve

    seen = []
    monkeypatch.setattr(tui.serve, "serve", lambda args, reader: seen.append(reader) or 0)
    path = write_mill(tmp_path)
    assert briefing("serve", "web", path).returncode == 0
    reader = seen[0]
    assert reader[reader.index("--source-root") + 1] == str(tmp_path.resolve())


def test_draft_elsewhere_obeys_the_rule_or_says_how(tmp_path):
    (tmp_path / "seed").mkdir()
    (tmp_path / "out").mkdir()
    seed = tmp_path / "seed" / "story.txt"
    seed.write_text(MILL_SOURCE)
    out = tmp_path / "out" / "story.yaml"
    done = briefing("draft", seed, "-o", out)
    assert done.returncode == 1 and not out.exists()
    assert "--source-root" in done.stderr
    done = briefing("draft", seed, "-o", out, "--source-root", tmp_path)
    assert done.returncode == 0, done.stderr
    assert briefing("check", "--source-root", tmp_path, out).returncode == 0


# Case 10: slow within the default limits --------------------------------------------------

@pytest.mark.timeout(5)
@pytest.mark.parametrize("text", ["." * 40_000, "!?" * 20_000, "Ab.\t" * 50_000],
                         ids=["dots", "marks", "no-space-nor-line-break"])
def test_sentence_splitter_is_linear_in_punctuation(text):
    assert split_sentences(text)


def ten_mb_paragraph() -> str:
    sentence = "The union said the mill in Dunmore would close in March of next year. "
    return sentence * (10 * MB // len(sentence)) + MILL_SOURCE


@pytest.mark.timeout(15)
def test_ten_megabyte_paragraph_loads_in_seconds(tmp_path):
    path = write_mill(tmp_path, source=ten_mb_paragraph())
    ran = bounded("check", path)
    assert ran["code"] == 0, ran["stderr"][:300]
    assert ran["peak"] < 500 * MB, ran


@pytest.mark.timeout(15)
def test_three_hundred_missing_quotes_in_a_large_source(tmp_path):
    missing = "".join(f"          - quote: Nobody said words number {n} here at all\n"
                      for n in range(300))
    yaml_text = MILL_YAML.replace(
        "          - quote: Acme Corp. said in a statement that it will close the Dunmore "
        "mill in March.\n", "          - quote: Acme Corp. said in a statement that it will "
        "close the Dunmore mill in March.\n" + missing)
    path = write_mill(tmp_path, yaml_text, ten_mb_paragraph())
    ran = bounded("check", path)
    assert ran["code"] == 1 and ran["stderr"].count("quote not found") == 300
    assert ran["peak"] < 500 * MB, ran


@pytest.mark.timeout(8)
def test_forty_thousand_unknown_keys_are_placed_in_one_pass(tmp_path):
    keys = "".join(f"  k{n:05d}: 1\n" for n in range(40_000))
    path = write_mill(tmp_path, MILL_YAML.replace("  kind: news article\n",
                                                  "  kind: news article\n" + keys))
    ran = bounded("check", path)
    assert ran["code"] == 1 and ran["stderr"].count("unknown key") == 40_000


@pytest.mark.timeout(8)
@pytest.mark.parametrize("command", ["check", "show"])
def test_a_list_of_four_million_entries_is_refused_early(tmp_path, command):
    entries = ", ".join(["a"] * 4_000_000)
    path = write_mill(tmp_path, MILL_YAML.replace("watch_for: [A closing notice]",
                                                  f"watch_for: [{entries}]"))
    ran = bounded(command, path)
    assert ran["code"] == 1 and ":70:16: error: " in ran["stderr"], ran["stderr"][:300]
    assert ran["peak"] < 500 * MB, ran


@pytest.mark.timeout(10)
def test_drafting_a_repeated_sentence_is_linear(tmp_path):
    seed = tmp_path / "same.txt"
    seed.write_text("Acme said the Dunmore mill will close in March. " * 1000 + "\n")
    ran = bounded("draft", seed, "-o", tmp_path / "same.yaml")
    assert ran["code"] in (0, 1)


# Case 11: memory within the limits -------------------------------------------------------

@pytest.mark.timeout(20)
@pytest.mark.parametrize("megabytes", [16, 64])
def test_a_huge_flow_list_is_refused_before_memory_grows(tmp_path, megabytes):
    path = write_mill(tmp_path)
    count = (megabytes * MB - 4096) // 2  # just within --max-bytes
    with path.open("a") as out:
        out.write("extra: [" + "1," * count + "1]\n")
    ran = bounded("check", path, seconds=20)
    assert ran["code"] == 1 and "error:" in ran["stderr"]
    assert ran["peak"] < 500 * MB, ran


# Case 12: tracebacks --------------------------------------------------------------------

@pytest.mark.parametrize("command", ["check", "show", "read"])
def test_nul_in_the_source_path_is_a_clear_error(tmp_path, command):
    path = with_source_path(tmp_path, '"mill\\0.txt"')
    done = bounded(command, path)
    assert done["code"] == 1
    assert f"{path}:6:9: error: " in done["stderr"] and "NUL" in done["stderr"]


def test_nul_in_the_briefing_path_is_a_clear_error():
    done = briefing("check", "mill\0.yaml")
    assert done.returncode == 1 and "NUL" in done.stderr


def test_a_briefing_rewritten_while_it_loads_is_placed_from_what_was_read(tmp_path,
                                                                          monkeypatch):
    from model import yamltree

    path = write_mill(tmp_path, MILL_YAML.replace("kind: company", "kind: comapny"))
    parse = yamltree.parse

    def parse_then_rewrite(*args, **kwargs):
        built = parse(*args, **kwargs)
        path.write_text("{[: not yaml at all\n" * 3)
        return built

    monkeypatch.setattr(yamltree, "parse", parse_then_rewrite)
    with pytest.raises(BriefingError) as caught:
        load_briefing(path)
    assert [(p.line, p.column) for p in caught.value.problems] == [(14, 11)]


# Case 13: a FIFO swapped in between a stat and an open ----------------------------------

@pytest.mark.timeout(5)
@pytest.mark.parametrize("which", ["mill.txt", "mill.yaml"])
def test_a_fifo_swapped_in_is_refused_not_waited_on(tmp_path, monkeypatch, which):
    import pathlib

    path = write_mill(tmp_path)
    regular = (tmp_path / which).stat()
    (tmp_path / which).unlink()
    os.mkfifo(tmp_path / which)
    real_stat = pathlib.Path.stat

    def stat_before_the_swap(self, *args, **kwargs):
        return regular if self.name == which else real_stat(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "stat", stat_before_the_swap)
    with pytest.raises(BriefingError) as caught:
        load_briefing(path)
    assert "regular file" in str(caught.value)


# Case 14: the cache reads its entries through descriptors -------------------------------

class _Proof:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return os.mkdir, (str(self.marker),)


@pytest.mark.parametrize("swapped", ["folder", "entry"])
def test_the_cache_follows_no_symlink_to_an_entry(tmp_path, monkeypatch, swapped):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = write_mill(tmp_path)
    key = cache_module._key(path.read_bytes(), Limits())
    planted = tmp_path / "planted"
    planted.mkdir(mode=0o700)
    marker = tmp_path / "code-ran"
    (planted / key).write_bytes(pickle.dumps(_Proof(marker)))
    (planted / key).chmod(0o600)
    folder = tmp_path / "cache" / "briefing"
    if swapped == "folder":
        folder.parent.mkdir()
        folder.symlink_to(planted)
    else:
        folder.mkdir(parents=True, mode=0o700)
        (folder / key).symlink_to(planted / key)
    assert cache_module.open_briefing(path).file.id == "acme-mill"
    assert not marker.exists()


def test_many_short_lists_are_refused_at_the_node_bound(tmp_path):
    """No list is over --max-list, so --max-nodes refuses it: distinct strings, the dearest
    node to keep. Refused at a third of the default bound, it stays within the 500 MB the
    default bound is held to (the whole bound took a minute here)."""
    path = write_mill(tmp_path)
    row = "[" + ",".join(f"v{n}" for n in range(9_999)) + "]"
    with path.open("a") as out:
        out.write("extra:\n" + "".join(f"  - {row}\n" for _ in range(110)))
    ran = bounded("check", "--max-nodes", 1_000_000, path, seconds=60)
    assert ran["code"] == 1 and "more than the limit of 1,000,000 values" in ran["stderr"]
    assert ran["peak"] < 500 * MB, ran


@pytest.mark.slow
def test_a_source_of_sentences_built_from_the_drafters_own_patterns_drafts_in_bounded_time(
        tmp_path):
    """Each sentence is 90,000 characters (under --max-string) of one pattern the drafting
    rules look for: names over commas and brackets, verbs of saying, rebuttals, titles,
    hearsay, counted people, another's things. Every pattern is anchored or bounded, so the
    whole text drafts in seconds (about 4 here); a rule that backtracks would not."""
    patterns = ["Acme said the union would close, ", "Ab Cd (EF) said ",
                "a claim the union rejected as false, ", "x and y Minister Ab Cd ",
                "it is understood that ", "iTaukei Chief alleged that ",
                "dust from KRB's trucks said ", "about 14 midwives and support workers, "]
    seed = tmp_path / "seed.txt"
    seed.write_text("".join("Acme said " + p * (90_000 // len(p)) + "end.\n" for p in patterns))
    ran = bounded("draft", seed, "-o", tmp_path / "out.yaml", seconds=60)
    assert ran["code"] == 0, ran["stderr"]
    assert load_briefing(tmp_path / "out.yaml").file.plant is not None
