"""`briefing add URL` against servers that never answer (issue 16, round 10): a real socket that
accepts and then sends nothing, a listening port whose queue is full so that no connection is ever
accepted, and a closed port. Each is one line naming the address, exit 1, nothing written, within a
few seconds of the timeout the test sets.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from build_site import importer_fetch
from tests.test_intake import add, written

TIMEOUT = 0.5  # seconds, set for the test in place of the command's own
SLACK = 5.0  # the command must give up within this many seconds of the timeout


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A socket that accepts every connection and never sends a byte; its address."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            with contextlib.suppress(TimeoutError, OSError):
                held.append(listener.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/story"
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    listener.close()


@pytest.fixture
def full_queue() -> Iterator[str]:
    """A port that listens but never accepts, its queue filled: a new connection is never made; its address."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(8):
        filler = socket.socket()
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            filler.connect(("127.0.0.1", port))
        fillers.append(filler)
    time.sleep(0.2)  # the handshakes that can complete do
    yield f"http://127.0.0.1:{port}/story"
    for filler in fillers:
        filler.close()
    listener.close()


def closed_port() -> str:
    """An address on this machine where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/story"


def _one_line(err: str, url: str) -> str:
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert err.startswith(f"{url}: error: ")
    return err


def test_a_server_that_accepts_and_never_answers_is_a_read_timeout(
    silent_server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer_fetch, "READ_TIMEOUT", TIMEOUT)
    started = time.monotonic()
    code, _, err = add(capsys, tmp_path, silent_server)
    assert code == 1 and time.monotonic() - started < TIMEOUT + SLACK
    assert "connected, then nothing for 0.5 s (read timeout)" in _one_line(err, silent_server)
    assert written(tmp_path) == []


def test_a_port_that_never_accepts_is_a_connect_timeout(
    full_queue: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer_fetch, "CONNECT_TIMEOUT", TIMEOUT)
    started = time.monotonic()
    code, _, err = add(capsys, tmp_path, full_queue)
    assert code == 1 and time.monotonic() - started < TIMEOUT + SLACK
    assert "no connection within 0.5 s (connect timeout)" in _one_line(err, full_queue)
    assert written(tmp_path) == []


def test_a_closed_port_is_one_line_saying_the_connection_was_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = closed_port()
    code, _, err = add(capsys, tmp_path, url)
    assert code == 1 and "cannot be reached (the connection was refused)" in _one_line(err, url)
    assert written(tmp_path) == []
