"""`briefing show` as text: the whole title, and a party's kind and stance kept together."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from tests.support.briefings import MILL_YAML, write_mill
from tests.support.paths import cli as briefing

TITLE = ("Thyssenkrupp Steel Europe AG and 中国宝武钢铁集团 in talks over the Duisburg plant "
         "and the future of its thirteen thousand workers")
NAME = "Acme Corporation Steel Europe Aktiengesellschaft (Duisburg Holding 有限公司 Limited)"
META = "company · stance toward the deal: favor"


@pytest.fixture
def long_names(tmp_path):
    return write_mill(tmp_path, MILL_YAML.replace("title: Acme to close the Dunmore mill",
                                                  f"title: {TITLE}")
                      .replace("name: Acme Corp.", f"name: {NAME}"))


@pytest.mark.parametrize("columns", [60, 80, 200])
def test_the_whole_title_and_every_meta_line_whole(long_names, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    done = briefing("show", long_names)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert all(cell_len(line) <= min(columns, 80) for line in lines)
    heading = lines[:lines.index(next(line for line in lines if line.startswith("╭")))]
    assert " ".join(heading) == TITLE  # wrapped at spaces, every word kept
    assert "╭─" + "─" * (min(columns, 80) - 4) + "─╮" == lines[len(heading)]  # a plain border
    assert f"  {META}" in lines or any(line.endswith(f"  {META}") for line in lines)
    assert not any(line.strip().startswith("· stance") for line in lines)


def test_kind_and_stance_stay_on_the_name_line_when_they_fit(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    lines = briefing("show", write_mill(tmp_path)).stdout.splitlines()
    assert f"Acme Corp.  {META}" in lines
    assert "The union  union · stance toward the deal: against" in lines


def test_a_long_name_puts_kind_and_stance_on_a_line_of_their_own(long_names, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    lines = briefing("show", long_names).stdout.splitlines()
    at = lines.index(f"  {META}")
    assert " ".join(lines[at - 2:at]) == NAME
