import pytest


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch):
    """Snapshots and colours must not depend on the developer's shell."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
