"""The floor the reader is measured against: a bare Textual app (Header, one Static, Footer)."""

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Static


class BareApp(App):
    BINDINGS = [Binding("q", "quit", "Quit", id="quit")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("A bare Textual app, the floor for the first screen.")
        yield Footer()


if __name__ == "__main__":
    BareApp().run()
