"""The reader's main screen: four panes, the item view, the source, the search line."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal
from textual.events import DescendantFocus, Resize
from textual.geometry import Size
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Header, OptionList, Static, Tab, Tabs

from model import Briefing, Item, one_line
from model.filters import EVERYTHING, Filter
from model.search import SearchIndex

from ..keys import READER, bindings
from ..render.text import literal
from ..textual_fixes import unless_resized
from ..widgets.detail_pane import DetailPane
from ..widgets.footer import Footer
from ..widgets.item_list import ItemList
from ..widgets.item_view import ItemView
from ..widgets.problems import Problems
from ..widgets.search_bar import SearchBar
from ..widgets.source_view import SourceView
from .history import History
from .navigation import Navigation
from .panes import PANES, TITLES, grid_rows, rows
from .reading import Reading
from .reload import Reloading
from .search import Search
from .searching import Searching

WIDE = 120  # columns from which the item view sits beside the panes
FOLD = (80, 24)  # below this size the panes fold into tabs, one at a time


class ReaderScreen(Navigation, Searching, Reloading, Reading, Screen[None]):
    # Textual repaints the whole screen when focus moves. The widgets whose look changes with
    # focus repaint themselves; the rest was a screenful sent again (7.6 kB at 80x24) on
    # every change of pane.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    BINDINGS = bindings(READER)

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing
        self.index = SearchIndex(briefing)
        self.lists = {pane: ItemList(pane, n, TITLES[pane]) for n, pane in enumerate(PANES, 1)}
        self.pane = "parties"
        self.filter: Filter = EVERYTHING
        self.search = Search(briefing, self.index)
        self.history = History()
        self.typed_ahead: list[str] | None = None
        self.item_view = ItemView(briefing, id="item")
        self.source_view = SourceView(briefing, self.index, id="source")
        # mounted when first needed: at 80 columns neither view shows until asked for
        self.detail = ContentSwitcher(self.item_view, self.source_view, initial="item",
                                      id="detail")
        self.search_bar = SearchBar()  # mounted by the first "/"
        self.tabs: Tabs | None = None  # mounted when first folded: most screens never need it
        self.problems = Problems()  # mounted by the first save that does not load
        self.fitted: Size | None = None  # the size the layout below was last chosen for
        self.pane_rows: str | None = None  # the heights size_panes set, if not the stylesheet's

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        yield Static(literal(self.briefing.bluf, lines=True), id="bluf")
        with Horizontal(id="body"), Grid(id="panes"):
            yield from self.lists.values()
        yield Footer()

    def on_mount(self) -> None:
        self.fill_panes()
        # the first pane with rows: a briefing without parties opened on an empty pane
        self.action_focus_pane(next((pane for pane in PANES if self.lists[pane].items),
                                    "plant"))
        self.status_update()
        self.call_after_refresh(self.index.build)  # after the first frame, before any search
        if self.app.watching:
            self.start_watching()
        self.call_after_refresh(self.read_again)

    def read_again(self) -> None:
        self.run_worker(self.start_reading(), group="reading", exclusive=True)

    async def use(self, briefing: Briefing, index: SearchIndex) -> None:
        """Show `briefing` in place of the one on screen, as it was being read: the same pane,
        row (by id), open view, filter and search."""
        self.briefing = self.app.briefing = briefing
        self.app.title = one_line(briefing.title)
        self.index = index
        self.query_one("#bluf", Static).update(literal(briefing.bluf, lines=True))
        self.item_view.briefing = briefing
        await self.source_view.use(briefing, index)
        self.fill_panes()
        text, self.search = self.search.text, Search(briefing, index)
        self.search.notes = self.item_notes()  # by ids that may have moved: read again below
        self.search.find(text, self.is_shown)
        self.show_hits()
        self.show_current()
        self.status_update()
        self.refresh_bindings()
        self.read_again()

    # layout ---------------------------------------------------------------------------------
    @property
    def wide(self) -> bool:
        return self.size.width >= WIDE and not self.folded

    @property
    def folded(self) -> bool:
        return self.size.width < FOLD[0] or self.size.height < FOLD[1]

    async def on_resize(self, event: Resize) -> None:
        if not unless_resized(self, event) or event.size == self.fitted:
            return
        self.fitted = event.size
        # What was being read stays in front: the item view or source, open beside the panes
        # when wide, opens in their place when not; nothing is left without focus.
        reading = self.focused if self.focused in (self.item_view, self.source_view) else None
        self.set_class(self.wide, "-wide")
        self.size_panes()
        self.set_class(self.folded, "-folded")
        footer = self.query_one(Footer)  # q and ? still fit at 60 columns
        footer.compact = self.folded
        footer.show_command_palette = not self.folded
        self.call_after_refresh(self.status_update)  # the bottom line may be cut, or no more
        if self.folded and self.tabs is None:
            tabs = (Tab(f"{n} {TITLES[p]}", id=f"tab-{p}") for n, p in enumerate(PANES, 1))
            self.tabs = Tabs(*tabs, active=f"tab-{self.pane}", id="tabs")
            self.tabs.can_focus = False
            self.mount(self.tabs, before="#body")
        if self.wide:
            self.remove_class("-detail")
            await self.mount_detail()
        elif reading is not None:
            self.add_class("-detail")
        self.set_focus(reading or self.focused or self.current_list)

    def size_panes(self) -> None:
        """Wide, the current pane is the tallest, and a short pane has only what it needs
        (panes.grid_rows). Classes only when wide: a class changed on the grid restyles all
        four panes, a screenful sent again on every change of pane."""
        if not self.wide and self.pane_rows is None:
            return  # nothing to set or undo: a change of pane at 80 columns costs nothing here
        panes = self.query_one("#panes")
        counts = {name: len(widget.items) for name, widget in self.lists.items()}
        rows = grid_rows(counts, self.pane, self.query_one("#body").size.height) \
            if self.wide else None
        if rows != self.pane_rows:
            self.pane_rows = rows
            if rows is None:  # the stylesheet's again
                panes.styles.clear_rule("grid_rows")
                panes.refresh(layout=True)
            else:
                panes.styles.grid_rows = rows
        if self.wide:
            for name in self.lists:
                panes.set_class(name == self.pane, f"-current-{name}")

    async def mount_detail(self) -> None:
        if not self.detail.is_mounted:
            await self.query_one("#body").mount(self.detail)

    async def open_detail(self, which: str) -> None:
        await self.mount_detail()
        self.detail.current = which
        if not self.wide:
            self.add_class("-detail")

    def close_detail(self) -> bool:
        closed = bool(self.reading)
        self.remove_class("-detail")
        if self.detail.is_mounted:
            self.detail.current = "item"
        if closed:
            self.set_focus(self.current_list)
        return closed

    # selection --------------------------------------------------------------------------------
    @property
    def current_list(self) -> ItemList:
        return self.lists[self.pane]

    @property
    def current_item(self) -> Item | None:
        return self.current_list.current

    def action_focus_pane(self, pane: str) -> None:
        self.remove_class("-detail")
        self.select_pane(pane)
        # at once, not later: keys typed ahead ("3" then enter) must reach this pane
        self.set_focus(self.lists[pane])

    def select_pane(self, pane: str) -> None:
        self.pane = pane
        for name, widget in self.lists.items():
            widget.set_class(name == pane, "-current")
        self.size_panes()
        if self.tabs is not None:
            self.tabs.active = f"tab-{pane}"
        self.show_current()

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        focused = event.widget
        if isinstance(focused, ItemList) and focused.pane != self.pane:
            self.select_pane(focused.pane)
        # maximized, what is read next fills the screen in its turn: another pane, the item
        if self.maximized not in (None, focused) and isinstance(focused, (ItemList, DetailPane)):
            self.maximize(focused, container=False)

    def action_maximize(self) -> None:
        if self.maximized is not None:
            self.minimize()
        elif self.focused is not None:
            self.maximize(self.focused, container=False)

    @on(Tabs.TabActivated)
    def _tab_clicked(self, event: Tabs.TabActivated) -> None:
        pane = event.tab.id.removeprefix("tab-") if event.tab and event.tab.id else None
        if pane in self.lists and pane != self.pane:
            self.action_focus_pane(pane)

    @on(OptionList.OptionHighlighted, "ItemList")
    def _row_changed(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list is self.current_list:
            self.show_current()

    @on(OptionList.OptionSelected, "ItemList")
    async def _row_opened(self) -> None:
        self.item_view.from_top()  # opened by hand: not at a fact a jump marked before
        await self.open_view("item")
        self.history.step("view")

    def show_current(self) -> None:
        item = self.current_item
        self.item_view.show(item, self.search.text, self.filter, self.search.notes)
        quotes = [ev.span for ev in item.evidence if ev.span] if item else []
        if item:
            quotes += [ev.span for fact in self.briefing.facts_of(item.id)
                       for ev in fact.evidence if ev.span]
        self.source_view.show(quotes, self.search.text)

    def action_cycle(self, step: int) -> None:
        position = (PANES.index(self.pane) + step) % len(PANES)
        self.action_focus_pane(PANES[position])

    async def action_source(self) -> None:
        if self.focused is self.source_view and self.detail.current == "source":
            self.close_detail()
            return
        await self.open_view("source")
        self.history.step("view")

    # filter -------------------------------------------------------------------------------------
    def fill_panes(self) -> None:
        for pane, widget in self.lists.items():
            shown = rows(self.briefing, pane, self.filter)
            hidden = not shown and bool(rows(self.briefing, pane, EVERYTHING))
            widget.fill(shown, hidden)
        self.size_panes()

    def set_filter(self, only: Filter) -> None:
        self.filter = only
        self.fill_panes()
        self.search.find(self.search.text, self.is_shown)
        self.show_hits()
        self.show_current()
        self.status_update()

    def status_update(self) -> None:
        """Coverage and the filter, under the bottom line: the header cuts them at 80 columns,
        and a reader must always see that items are hidden."""
        label = "" if self.filter is EVERYTHING else f" · showing {self.filter.name} only"
        since = self.since
        if since is not None and since.older:
            label += " · an older version: not compared"
        elif since is not None and not since.first_read:
            counts = [f"{len(since.new)} new"] if since.new or not since.changed else []
            counts += [f"{len(since.changed)} changed"] if since.changed else []
            label += f" · {', '.join(counts)}"
        coverage = self.briefing.coverage
        status = f"{coverage.cited}/{coverage.total} cited{label}"
        bluf = self.query_one("#bluf", Static)
        if self.bluf_cut(bluf):  # nothing else would say that the bottom line goes on
            status = f"b: all of the bottom line · {status}"
        bluf.border_subtitle = Text(status)

    def bluf_cut(self, bluf: Static) -> bool:
        width = bluf.content_region.width
        if width <= 0 or self.has_class("-bluf-open"):
            return False
        lines = literal(self.briefing.bluf, lines=True).wrap(self.app.console, width)
        return len(lines) > bluf.content_region.height
