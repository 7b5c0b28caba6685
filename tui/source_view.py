"""The source text: the current item's quotes highlighted, search hits marked, uncited
sentences flagged, each sentence numbered as the item view cites it."""

from __future__ import annotations

from bisect import bisect_right

from rich._wrap import divide_line
from rich.style import Style
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from model import Briefing
from model.text import safe_chars

from .item_view import SCROLL_BINDINGS
from .rows import HIT

QUOTE = Style(color="black", bgcolor="cyan", bold=True)
UNCITED = Style(color="red", italic=True)
NUMBER = Style(dim=True)
UNCITED_NUMBER = Style(color="red", bold=True)

Span = tuple[int, int]


class SourceView(VerticalScroll):
    BINDINGS = SCROLL_BINDINGS

    def __init__(self, briefing: Briefing, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.briefing = briefing
        text = briefing.source_text
        self.paragraphs: list[Span] = []
        start = 0
        for line in text.split("\n"):
            self.paragraphs.append((start, start + len(line)))
            start += len(line) + 1
        self.blocks: list[Static] = []
        self.quotes: list[Span] = []
        self.hits: list[Span] = []
        self.rendered: list[Text] = []
        self.stale = True
        uncited = len(briefing.uncited())
        self.border_title = "5 Source"
        self.border_subtitle = (f"{uncited} uncited sentence{'s' * (uncited != 1)} in red"
                                if uncited else "every sentence cited")

    def on_mount(self) -> None:
        self.blocks = [Static(classes="paragraph") for _ in self.paragraphs]
        self.mount_all(self.blocks)
        self.refresh_text()

    def show(self, quotes: list[Span], hits: list[Span]) -> None:
        self.quotes, self.hits = quotes, hits
        self.stale = True
        if self.is_on_screen:  # hidden, it waits until shown: every cursor move calls this
            self.redraw()

    def on_show(self) -> None:
        if self.stale:
            self.redraw()

    def redraw(self) -> None:
        if self.blocks:
            self.stale = False
            self.refresh_text()
            self.call_after_refresh(self.scroll_to_quote)

    def _paragraph(self, begin: int, end: int) -> Text:
        b = self.briefing
        text = Text(safe_chars(b.source_text[begin:end]))
        starts: list[int] = []
        for sentence in b.sentences:
            if sentence.end <= begin or sentence.start >= end:
                continue
            if sentence.index not in b.cited:
                text.stylize(UNCITED, sentence.start - begin, sentence.end - begin)
            if sentence.start >= begin:
                starts.append(sentence.start - begin)
        for style, spans in ((QUOTE, self.quotes), (HIT, self.hits)):
            for start, stop in spans:
                if start < end and stop > begin:
                    text.stylize(style, max(start, begin) - begin, min(stop, end) - begin)
        if not starts:
            return text
        pieces = text.divide(starts)
        out = pieces[0]
        first = bisect_right([s.start for s in b.sentences], begin + starts[0]) - 1
        for number, piece in enumerate(pieces[1:], first):
            cited = number in b.cited
            marker = f"[{number + 1}]" if cited else f"[{number + 1} uncited]"
            out.append(marker, style=NUMBER if cited else UNCITED_NUMBER)
            out.append(" ")
            out.append_text(piece)
        return out

    def refresh_text(self) -> None:
        self.rendered = [self._paragraph(begin, end) for begin, end in self.paragraphs]
        for block, text in zip(self.blocks, self.rendered, strict=True):
            block.update(text)

    def scroll_to_quote(self) -> None:
        """Bring the first highlighted quote into view, a couple of lines from the top."""
        if not self.quotes or not self.blocks:
            return
        start = min(begin for begin, _ in self.quotes)
        index = max(bisect_right([p[0] for p in self.paragraphs], start) - 1, 0)
        block = self.blocks[index]
        plain = self.rendered[index].plain
        width = max(self.scrollable_content_region.width, 10)
        offset = start - self.paragraphs[index][0]
        # markers were inserted before the quote: find its words in the rendered paragraph
        needle = self.briefing.source_text[start : start + 20]
        found = plain.find(needle)
        position = found if found != -1 else offset
        line = bisect_right(divide_line(plain, width, fold=True), position)
        self.scroll_to(y=max(block.virtual_region.y + line - 2, 0), animate=False)
