"""Every use of Textual's and Rich's private internals, in one place.

Each entry names the private attribute it touches, why, and what it buys. A Textual upgrade can
change any of them without notice, so tests/unit/test_textual_fixes.py fails loudly on a Textual
outside the versions they were written against (`check_textual`; not at start, where reading
the installed version costs 35 ms), and each has a behaviour test that fails if it stops
working.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from rich._wrap import divide_line
from textual.app import App
from textual.cache import LRUCache
from textual.css.model import RuleSet
from textual.css.stylesheet import Stylesheet
from textual.events import Click, Resize
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, OptionList
from textual.widgets._footer import FooterKey
from textual.widgets.option_list import Option

TESTED = ((8, 2), (8, 2))  # first and last Textual (major, minor) these were checked against


def textual_version() -> tuple[int, int]:
    from importlib.metadata import version

    major, minor = version("textual").split(".")[:2]
    return int(major), int(minor)


def check_textual() -> None:
    if not TESTED[0] <= textual_version() <= TESTED[1]:
        raise RuntimeError(f"tui/textual_fixes.py was written for Textual {TESTED}, not "
                           f"{textual_version()}: check each entry, then widen TESTED")


# 1. OptionList._move_page, Textual 8.2: pgup/pgdn before a list has measured its lines raises
#    KeyError. Keys typed ahead of a list that has just opened (the command palette, over SSH)
#    do exactly that. Uses OptionList._index_to_line.
_move_page = OptionList._move_page


def _page_when_measured(self: OptionList, direction: int) -> None:
    if (self.highlighted or 0) in self._index_to_line:
        _move_page(self, direction)


OptionList._move_page = _page_when_measured


# 2. OptionList measures every option by drawing it (_update_lines fills _line_cache with a
#    tuple per line). When every option is one line, the list is measured without drawing:
#    opening 100,000 items went from seconds to nothing. Uses OptionList._line_cache,
#    _option_render_cache, _get_left_gutter_width, _scroll_update and _on_resize.
class _Lines(Sequence[tuple[int, int]]):
    """OptionList's list of (option, line) when every option is one line: no tuple stored."""

    def __init__(self, count: int) -> None:
        self.count = count

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, line: int) -> tuple[int, int]:  # type: ignore[override]
        index = line + self.count if line < 0 else line
        if not 0 <= index < self.count:
            raise IndexError(line)
        return index, 0

    def clear(self) -> None:
        self.count = 0


class _OneLine(Mapping[int, int]):
    """OptionList's per-option heights or first lines when every option is one line."""

    def __init__(self, count: int, value: Callable[[int], int]) -> None:
        self.count = count
        self.value = value

    def __getitem__(self, index: int) -> int:
        if not (isinstance(index, int) and 0 <= index < self.count):
            raise KeyError(index)
        return self.value(index)

    def __iter__(self) -> Iterator[int]:
        return iter(range(self.count))

    def __len__(self) -> int:
        return self.count

    def clear(self) -> None:
        self.count = 0


class OneLineOptionList(OptionList):
    """An OptionList whose options are all one line, measured without being drawn, and whose
    drawn rows are forgotten only when the width they were drawn to changes."""

    drawn_width = 0  # the width of the rows in OptionList's cache of drawn rows

    def _update_lines(self) -> None:
        if not self.scrollable_content_region:
            return
        cache = self._line_cache
        count = len(self.options)
        if len(cache.lines) != count:
            cache.lines = _Lines(count)
            cache.heights = _OneLine(count, lambda _: 1)
            cache.index_to_line = _OneLine(count, lambda index: index)
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        if width != self.drawn_width:  # the rows drawn so far were drawn to another width
            self._option_render_cache.clear()
            self.drawn_width = width
        if self.virtual_size != (size := Size(width, count)):
            self.virtual_size = size
            self._scroll_update(size)

    def _on_resize(self, event: Resize) -> None:
        # OptionList forgets every drawn row on any resize, and repaints the pane. Rows are
        # forgotten above when the width changes, and a new size repaints the pane anyway:
        # without this each pane was sent twice at start, as it learned its size just after
        # its first frame.
        event.prevent_default()  # OptionList's own handler, next in line, is not called

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.options)

    async def _on_click(self, event: Click) -> None:
        # OptionList opens whatever row is clicked, which at 80 columns replaces the whole
        # screen with the item: a click selects, a click on the selected row (or a double
        # click) opens. Replaces OptionList._on_click; reads OptionList._options.
        event.prevent_default()  # OptionList's own handler, next in line, is not called
        clicked = event.style.meta.get("option")
        if clicked is None or self._options[clicked].disabled:
            return
        if clicked == self.highlighted or event.chain >= 2:
            self.action_select()
        else:
            self.highlighted = clicked

    def forget_rows(self, stale: Callable[[Option], bool]) -> None:
        """Forget the drawn rows for which `stale` is true, and repaint those on screen."""
        cache = self._option_render_cache
        for key in list(cache.keys()):
            if stale(key[0]):
                cache.discard(key)
                self.refresh_lines(self._option_to_index[key[0]])

    def refresh_option(self, index: int) -> None:
        """Repaint one option's lines, when it has been measured."""
        if index in self._index_to_line:
            self.refresh_lines(self._index_to_line[index], self._heights[index])


class LazyOption(Option):
    """An Option whose prompt is drawn when asked for, and drawn again when `look()` changes.
    OptionList keeps each option's drawn visual in Option._visual and its prompt in
    Option._prompt; both are made to follow `look()` here."""

    drawn: object = None

    def look(self) -> object:
        raise NotImplementedError

    def draw(self) -> object:
        raise NotImplementedError

    @property
    def prompt(self):  # noqa: ANN201
        if self.drawn != (look := self.look()):
            self.drawn = look
            self._prompt = self.draw()
            self.__dict__["_visual"] = None
        return self._prompt

    @property
    def _visual(self):  # noqa: ANN202
        return self.__dict__["_visual"] if self.drawn == self.look() else None

    @_visual.setter
    def _visual(self, visual) -> None:  # noqa: ANN001
        self.__dict__["_visual"] = visual


# 3. App.theme's watcher (_watch_theme) reads every stylesheet a second time once the app
#    runs: 30 ms of the first screen. Before anything is styled, the theme's colours are all
#    the stylesheet needs. Skipping the watcher also skips the theme's CSS classes and
#    theme_changed_signal, which the reader does not use; a theme chosen later goes through it.
def set_first_theme(app: App, name: str) -> None:
    app.set_reactive(App.theme, name)
    app.stylesheet.set_variables(app.get_css_variables())


# 4. rich._wrap.divide_line: where Rich breaks a paragraph into lines at a width, so the source
#    view can scroll a quote to a known line without drawing the paragraph.
def line_starts(text: str, width: int) -> list[int]:
    return divide_line(text, width, fold=True)


# 5. Stylesheet._parse_rules caches the rules it parses per Stylesheet, and every App has its
#    own: each App tokenized and parsed every DEFAULT_CSS and app.tcss again. Here the cache is
#    the process's, keyed by the same arguments plus the CSS variables (the theme), so an App
#    after the first, in the warm helper's forks and in every Pilot test, parses nothing. The
#    rules are shared as one App already shares them among its nodes: nothing changes a parsed
#    RuleSet (Stylesheet.apply reads them, and copies their values into each node's styles).
#    A forked reader's CPU to its first screen went from 0.16-0.18 s to 0.14-0.15 s (paired).
#    Uses Stylesheet._parse_rules and Stylesheet._variables.
_parse_rules = Stylesheet._parse_rules
_parsed: LRUCache[tuple, list[RuleSet]] = LRUCache(1024)  # ~100 sources for each theme used


def _theme_key(stylesheet: Stylesheet) -> frozenset:
    """The stylesheet's variables as a key, made once for each dict set_variables() gives."""
    variables = stylesheet._variables
    kept = stylesheet.__dict__.get("_shared_key")
    if kept is None or kept[0] is not variables:
        kept = stylesheet._shared_key = (variables, frozenset(variables.items()))
    return kept[1]


def _parse_rules_shared(self: Stylesheet, css: str, read_from: tuple[str, str],
                        is_default_rules: bool = False, tie_breaker: int = 0,
                        scope: str = "") -> list[RuleSet]:
    key = (css, read_from, is_default_rules, tie_breaker, scope, _theme_key(self))
    rules = _parsed.get(key)
    if rules is None:
        rules = _parsed[key] = _parse_rules(self, css, read_from, is_default_rules,
                                            tie_breaker, scope)
    return rules


Stylesheet._parse_rules = _parse_rules_shared


# 6. Footer.compose yields each FooterKey at its default compact (True) and binds it to the
#    footer's (False unless folded): once mounted, each key restyled itself twice, adding
#    -compact and taking it off again, 14 of the 57 style applications of a reader's start
#    (5 to 10 ms of its CPU). A bound key is given the footer's value before it mounts; the
#    palette's key, which Textual leaves unbound and compact, is left as it is.
#    Uses textual.widgets._footer.FooterKey and DOMNode._reactive_connect.
def keys_as_compact_as(footer: Footer, widgets: list[Widget]) -> None:
    for widget in widgets:
        if isinstance(widget, FooterKey) and "compact" in (widget._reactive_connect or {}):
            widget.set_reactive(FooterKey.compact, footer.compact)
            widget.set_class(footer.compact, "-compact", update=False)


# 7. App._on_resize keeps a Resize to the size it already has, and hands it to the screen when
#    idle; Screen._on_resize lays the screen out again and redraws it whatever the size. A
#    reader's start brought three such (the app's first size, the driver's first reading of the
#    terminal, the screen's own first layout), each a layout and a full frame after the first
#    (12 to 25 ms of a forked reader's CPU). Skipped when the size is the one laid out; a
#    change that needs a layout (a class set for a new size) asks for its own.
#    Resizes also arrive out of date: the web driver reports a page's size from two threads,
#    and a screen's own layout posts the screen a Resize of the size it laid out. A page that
#    asked for a second size at once left two sizes in flight that answered each other for
#    ever: the screen was laid out at each in turn, 50 times a second, and drew halves of both
#    (1 start in 6; 5 in 6 once readers waited for the others' first screens). And a Resize
#    still queued is replaced by the next one posted, so the one for the size asked last may
#    never come. A Resize for a size that is no longer the driver's (to the App) or the app's
#    (to a screen) is taken as one for the current size. Only the web driver (which sets
#    its _size before it posts each Resize) and the headless one (Pilot sets it) keep the size
#    they reported last; a terminal's driver keeps the first size App.size read.
#    Uses App._size, App._driver, Driver._size, WebDriver, HeadlessDriver, Screen._on_resize.
SIZE_KEEPING_DRIVERS = {"WebDriver", "HeadlessDriver"}


def _current_size(node: App | Widget) -> Size | None:
    """The size a Resize to `node` should carry now; None where any is current (a terminal's
    driver reports its sizes in order, from one thread)."""
    if isinstance(node, App):
        latest = getattr(node._driver, "_size", None)
        kept = type(node._driver).__name__ in SIZE_KEEPING_DRIVERS
        return Size(*latest) if kept and latest is not None else None
    return node.app.size


def _out_of_date(node: App | Widget, event: Resize) -> bool:
    """Whether `event` is for a size `node` no longer has: it is then dropped, and a Resize
    for the current size posted in its place (at most one for each one dropped)."""
    current = _current_size(node)
    if current is None or event.size == current:
        return False
    event.prevent_default()
    node.post_message(Resize(current, current))
    return True


def unless_resized(node: App | Widget, event: Resize) -> bool:
    """Called from an App's or Screen's on_resize, before Textual's own handler: whether the
    event is current."""
    if _out_of_date(node, event):
        return False
    if event.size == (node._size if isinstance(node, App) else node.outer_size):
        event.prevent_default()
    return True


_screen_on_resize = Screen._on_resize


async def _on_resize_if_current(self: Screen, event: Resize) -> None:
    if not _out_of_date(self, event):
        await _screen_on_resize(self, event)


Screen._on_resize = _on_resize_if_current
