"""The source text: the current item's quotes highlighted, search hits marked, uncited
sentences flagged, each sentence numbered as the item view cites it."""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from model import Briefing
from model.search import SearchIndex
from model.text import safe_chars

from ..render.rows import HIT
from ..textual_fixes import line_starts
from .detail_pane import DetailPane

QUOTE = Style(color="black", bgcolor="cyan", bold=True)
UNCITED = Style(color="red", italic=True)
NUMBER = Style(dim=True)
UNCITED_NUMBER = Style(color="red", bold=True)

Span = tuple[int, int]
BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def paragraphs(text: str) -> list[Span]:
    """Where each paragraph is. A text with blank lines has its paragraphs between them (a
    pasted article, hard-wrapped or not); a text without has one paragraph a line."""
    spans: list[Span] = []
    splitter = BLANK_LINE if BLANK_LINE.search(text) else re.compile(r"\n")
    start = 0
    for match in [*splitter.finditer(text), None]:
        end = match.start() if match else len(text)
        if text[start:end].strip():
            spans.append((start, start + len(text[start:end].rstrip())))
        start = match.end() if match else end
    return spans or [(0, len(text))]


class SourceView(DetailPane):
    def __init__(self, briefing: Briefing, index: SearchIndex, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.briefing = briefing
        self.index = index
        self.query = ""
        self._hits: tuple[str, list[Span]] = ("", [])
        self.paragraphs: list[Span] = []
        self.paragraph_starts: list[int] = []
        self.sentence_starts: list[int] = []
        self.blocks: list[Static] = []
        self.quotes: list[Span] = []
        self.rendered: list[Text | None] = []
        self.drawn_marks: list[list[tuple[Style, int, int]]] = []
        self.border_title = "5 Source"

    def _lay_out(self) -> None:
        """Split the source into paragraphs, one Static each, and count what is uncited."""
        briefing = self.briefing
        self.paragraphs = paragraphs(briefing.source_text)
        self.paragraph_starts = [begin for begin, _ in self.paragraphs]
        self.sentence_starts = [sentence.start for sentence in briefing.sentences]
        self.rendered = [None] * len(self.paragraphs)
        self.drawn_marks = [[] for _ in self.paragraphs]
        self.blocks = [Static(classes="paragraph") for _ in self.paragraphs]
        uncited = len(briefing.uncited())
        self.border_subtitle = (f"{uncited} uncited sentence{'s' * (uncited != 1)} in red"
                                if uncited else "every sentence cited")

    async def use(self, briefing: Briefing, index: SearchIndex) -> None:
        """Show another version of the briefing; laid out again at once if it was shown."""
        self.briefing, self.index, self._hits = briefing, index, ("", [])
        if self.blocks:
            await self.remove_children()
            self._lay_out()
            await self.mount_all(self.blocks)
            self.stale = True

    def show(self, quotes: list[Span], query: str) -> None:
        self.quotes, self.query = quotes, query
        self.request_redraw()

    @property
    def hits(self) -> list[Span]:
        """Where the search is found in the source: looked for when drawn, not on every key."""
        if self._hits[0] != self.query:
            self._hits = (self.query, self.index.source_spans(self.query))
        return self._hits[1]

    def on_show(self) -> None:
        # Textual then calls DetailPane.on_show, which redraws.
        self.lay_out_once()

    def lay_out_once(self) -> None:
        # Laid out and mounted the first time the source is shown, not at start: most readers
        # never open it, and a large source takes a while.
        if not self.blocks:
            self._lay_out()
            self.mount_all(self.blocks)

    def appeared(self) -> None:
        """Opened: drawn now if it was not, with or without a Show from Textual (a source
        opened after the item view had scrolled got none, and stayed blank)."""
        self.lay_out_once()
        if self.stale:
            self.redraw()
        else:
            self.scroll_to_quote()

    def redraw(self) -> None:
        if self.blocks:
            self.stale = False
            self.refresh_text()
            self.call_after_refresh(self.scroll_to_quote)

    def _marks(self) -> list[list[tuple[Style, int, int]]]:
        """The quote and hit spans that fall in each paragraph, in one pass over each."""
        marks: list[list[tuple[Style, int, int]]] = [[] for _ in self.paragraphs]
        for style, spans in ((QUOTE, self.quotes), (HIT, self.hits)):
            for start, stop in spans:
                first = max(bisect_right(self.paragraph_starts, start) - 1, 0)
                for index in range(first, len(self.paragraphs)):
                    begin, end = self.paragraphs[index]
                    if begin >= stop:
                        break
                    if start < end:
                        marks[index].append((style, start, stop))
        return marks

    def _paragraph(self, begin: int, end: int, marks: list[tuple[Style, int, int]]) -> Text:
        b = self.briefing
        # a paragraph's own line breaks are reflowed: one character for one, so offsets hold
        text = Text(safe_chars(b.source_text[begin:end].replace("\r", " ").replace("\n", " ")))
        starts: list[int] = []
        first_sentence = max(bisect_right(self.sentence_starts, begin) - 1, 0)
        for at in range(first_sentence, len(b.sentences)):
            sentence = b.sentences[at]
            if sentence.start >= end:
                break
            if sentence.end <= begin:
                continue
            if sentence.index not in b.cited:
                text.stylize(UNCITED, sentence.start - begin, sentence.end - begin)
            if sentence.start >= begin:
                starts.append(sentence.start - begin)
        for style, start, stop in marks:
            text.stylize(style, max(start, begin) - begin, min(stop, end) - begin)
        if not starts:
            return text
        pieces = text.divide(starts)
        out = pieces[0]
        first = bisect_right(self.sentence_starts, begin + starts[0]) - 1
        for number, piece in enumerate(pieces[1:], first):
            cited = number in b.cited
            marker = f"[{number + 1}]" if cited else f"[{number + 1}\u00a0uncited]"
            out.append(marker, style=NUMBER if cited else UNCITED_NUMBER)
            out.append(" ")
            out.append_text(piece)
        return out

    def refresh_text(self) -> None:
        """Draw again only the paragraphs whose quotes or hits changed."""
        marks = self._marks()
        for index, ((begin, end), block) in enumerate(zip(self.paragraphs, self.blocks,
                                                          strict=True)):
            if self.rendered[index] is None or marks[index] != self.drawn_marks[index]:
                self.rendered[index] = self._paragraph(begin, end, marks[index])
                self.drawn_marks[index] = marks[index]
                block.update(self.rendered[index])

    def scroll_to_quote(self) -> None:
        """Bring the first highlighted quote into view, a couple of lines from the top."""
        if not self.quotes or not self.blocks:
            return
        start = min(begin for begin, _ in self.quotes)
        index = max(bisect_right(self.paragraph_starts, start) - 1, 0)
        block = self.blocks[index]
        plain = self.rendered[index].plain
        width = max(self.scrollable_content_region.width, 10)
        offset = start - self.paragraphs[index][0]
        # markers were inserted before the quote: find its words in the rendered paragraph
        needle = self.briefing.source_text[start : start + 20]
        found = plain.find(needle)
        position = found if found != -1 else offset
        line = bisect_right(line_starts(plain, width), position)
        self.scroll_to(y=max(block.virtual_region.y + line - 2, 0), animate=False)
