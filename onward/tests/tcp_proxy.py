"""A TCP proxy on loopback that a test can cut and restore, to take a server away for a while.

Put in front of PostgreSQL, it is the database going away as the app sees it: `cut()` closes
every connection it carries and, until `restore()`, closes each new one as soon as it is
accepted (the client reads "server closed the connection unexpectedly", as when PostgreSQL
restarts or a network drops). Threads, one pair per connection; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class CuttableProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port: int = self.listener.getsockname()[1]
        self.up = threading.Event()
        self.up.set()
        self.stopped = threading.Event()
        self.lock = threading.Lock()
        self.carried: set[socket.socket] = set()
        self.refused = 0  # connections closed at once while cut
        self.accepting = threading.Thread(target=self._accept, daemon=True)

    def start(self) -> CuttableProxy:
        self.accepting.start()
        return self

    def cut(self) -> None:
        """The database is away: every open connection ends, new ones end at once."""
        self.up.clear()
        with self.lock:
            carried, self.carried = self.carried, set()
        for sock in carried:
            _close(sock)

    def restore(self) -> None:
        self.up.set()

    def stop(self) -> None:
        self.stopped.set()
        self.cut()
        self.accepting.join(timeout=5)
        self.listener.close()

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if not self.up.is_set():
                self.refused += 1
                _close(client)
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                _close(client)
                continue
            server.settimeout(None)
            with self.lock:
                self.carried.update((client, server))
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            with self.lock:
                self.carried.difference_update((source, sink))
            _close(source)
            _close(sink)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


@contextmanager
def cuttable_proxy(target_host: str, target_port: int) -> Iterator[CuttableProxy]:
    proxy = CuttableProxy(target_host, target_port).start()
    try:
        yield proxy
    finally:
        proxy.stop()
