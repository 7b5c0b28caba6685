"""The briefing reader: command line and Textual app. Textual is imported only by the reader."""
