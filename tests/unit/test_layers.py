"""The fact model stands alone: every module of model/ imports without Textual, Rich or the
app, and no module imports from a layer above its own."""

import ast
import subprocess
import sys

import pytest

from tests.support.paths import REPO

MODEL = sorted(p for p in (REPO / "model").rglob("*.py"))
# each folder of tui/ and what it may import from tui/: nothing from a layer above it
LAYERS = {
    "render": {"render", "textual_fixes"},
    "widgets": {"render", "widgets", "keys", "textual_fixes"},
    "screens": {"render", "widgets", "screens", "keys", "textual_fixes"},
    "reader": {"render", "widgets", "screens", "reader", "keys", "textual_fixes"},
    "serve": {"serve"},
    "commands": {"commands", "render", "keys", "app", "config", "theme_memory"},
}


def module_name(path) -> str:
    return ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")


@pytest.mark.slow  # a new interpreter
def test_model_imports_without_textual():
    """One fresh interpreter imports every module of model/ in turn; the first whose import
    brings in Textual, Rich or the app is named (anything it imports would be named before it)."""
    code = ("import importlib, sys\n"
            f"for name in {[module_name(path) for path in MODEL]!r}:\n"
            "    importlib.import_module(name)\n"
            "    bad = sorted({m.split('.')[0] for m in sys.modules} & {'textual','rich','tui'})\n"
            "    if bad:\n"
            "        raise SystemExit(f'{name} imports {bad}')\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(MODEL) > 20


def imported(path) -> set[str]:
    """The tui/ folders (or top modules) a file imports, relative imports resolved."""
    package = path.relative_to(REPO).parent.parts
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                parts = [*base, *(node.module or "").split(".")] if node.module else list(base)
            else:
                parts = (node.module or "").split(".")
            if parts and parts[0] == "tui" and len(parts) > 1 and parts[1]:
                found.add(parts[1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "tui" and len(parts) > 1:
                    found.add(parts[1])
    return found


@pytest.mark.parametrize("folder", sorted(LAYERS))
def test_no_module_imports_from_a_layer_above(folder):
    for path in (REPO / "tui" / folder).glob("*.py"):
        above = imported(path) - LAYERS[folder]
        assert not above, f"{path.relative_to(REPO)} imports tui.{', tui.'.join(above)}"


def test_model_imports_nothing_from_tui():
    for path in MODEL:
        assert not imported(path), path


def test_every_package_and_data_file_is_installed():
    """A plain (non-editable) install carries every package of model/ and tui/, and the data
    files they read: the shipped briefing and seed, the cue lexicon, the stylesheet."""
    import tomllib

    from setuptools import find_packages

    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    installed = set(find_packages(str(REPO), **config["packages"]["find"]))
    on_disk = {".".join(p.parent.relative_to(REPO).parts)
               for top in ("model", "tui") for p in (REPO / top).rglob("__init__.py")}
    assert on_disk <= installed
    data = config["package-data"]
    for package, patterns in data.items():
        folder = REPO.joinpath(*package.split("."))
        assert all(any(folder.glob(pattern)) for pattern in patterns), package
    assert "cues.yaml" in data["model.draft"] and "*.tcss" in data["tui"]
