"""Slack's end of a Socket Mode link on 127.0.0.1: a WebSocket server that sends envelopes.

Just enough of RFC 6455 for slack_sdk's built-in Socket Mode client: the handshake, text
frames out, masked frames in, pongs to its pings.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import struct
import threading
import uuid

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class SocketModeLink:
    """Accepts one Socket Mode client, sends it envelopes and collects its acknowledgements."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"ws://127.0.0.1:{self.listener.getsockname()[1]}/link"
        self.acks: dict[str, dict] = {}
        self.connected = threading.Event()
        self._changed = threading.Condition()
        self._sock: socket.socket | None = None
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        sock, _ = self.listener.accept()
        request = b""
        while b"\r\n\r\n" not in request:
            request += sock.recv(4096)
        key = next(line.split(b":", 1)[1].strip() for line in request.split(b"\r\n")
                   if line.lower().startswith(b"sec-websocket-key:"))
        accept = base64.b64encode(hashlib.sha1(key + GUID).digest())
        sock.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                     b"Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept + b"\r\n\r\n")
        self._sock = sock
        self.send({"type": "hello", "num_connections": 1})
        self.connected.set()
        try:
            self._read(sock)
        except OSError:
            return

    def _exactly(self, sock: socket.socket, size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = sock.recv(size - len(data))
            if not chunk:
                raise OSError("closed")
            data += chunk
        return data

    def _read(self, sock: socket.socket) -> None:
        while True:
            first, second = self._exactly(sock, 2)
            size = second & 0x7F
            if size == 126:
                size = struct.unpack(">H", self._exactly(sock, 2))[0]
            elif size == 127:
                size = struct.unpack(">Q", self._exactly(sock, 8))[0]
            mask = self._exactly(sock, 4) if second & 0x80 else b"\0\0\0\0"
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(self._exactly(sock, size)))
            opcode = first & 0x0F
            if opcode == 0x9:
                self._frame(0xA, payload)
            elif opcode == 0x8:
                return
            elif opcode == 0x1:
                message = json.loads(payload)
                with self._changed:
                    self.acks[message["envelope_id"]] = message
                    self._changed.notify_all()

    def _frame(self, opcode: int, payload: bytes) -> None:
        size = len(payload)
        head = bytes([0x80 | opcode])
        if size < 126:
            head += bytes([size])
        elif size < 65536:
            head += bytes([126]) + struct.pack(">H", size)
        else:
            head += bytes([127]) + struct.pack(">Q", size)
        self._sock.sendall(head + payload)

    def send(self, envelope: dict) -> str:
        """Send an envelope (an id is added if missing); returns its envelope_id."""
        envelope.setdefault("envelope_id", str(uuid.uuid4()))
        self._frame(0x1, json.dumps(envelope).encode())
        return envelope["envelope_id"]

    def ack(self, envelope_id: str, timeout: float = 5.0) -> dict:
        """The client's acknowledgement of an envelope."""
        with self._changed:
            if not self._changed.wait_for(lambda: envelope_id in self.acks, timeout):
                raise AssertionError(f"no acknowledgement of {envelope_id} in {timeout}s")
            return self.acks[envelope_id]

    def close(self) -> None:
        """Stop listening and drop the connection."""
        for sock in (self._sock, self.listener):
            if sock is not None:
                sock.close()
