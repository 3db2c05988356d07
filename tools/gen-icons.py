#!/usr/bin/env python3
"""Draws Klippvakt's icons (a shield with a tick, pause bars or an exclamation mark) as RGBA
PNGs and a PNG-embedded icon.ico, with nothing but the standard library. Run from the
repository root: python3 tools/gen-icons.py"""
import struct
import zlib
from pathlib import Path

OUT = Path("icons")
STATES = {
    "active": (0x1B, 0x6E, 0x3C),   # green: protecting
    "paused": (0x5F, 0x63, 0x68),   # grey: paused
    "problem": (0xB3, 0x5C, 0x00),  # dark orange: feed problem
}


def shield(x, y):
    """Inside the shield outline, in unit coordinates (0..1)."""
    if y < 0.08 or y > 0.95 or x < 0.12 or x > 0.88:
        return False
    if y < 0.55:
        return True
    # The lower half narrows to a point.
    half = 0.38 * (0.95 - y) / 0.40
    return abs(x - 0.5) <= half


def mark(state, x, y):
    """The white sign on the shield."""
    if state == "active":  # a tick
        def near(ax, ay, bx, by, w=0.07):
            dx, dy = bx - ax, by - ay
            t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
            px, py = ax + t * dx, ay + t * dy
            return (x - px) ** 2 + (y - py) ** 2 <= w * w
        return near(0.30, 0.45, 0.45, 0.62) or near(0.45, 0.62, 0.72, 0.30)
    if state == "paused":  # two bars
        return 0.25 <= y <= 0.65 and (0.33 <= x <= 0.44 or 0.56 <= x <= 0.67)
    return (0.44 <= x <= 0.56 and 0.22 <= y <= 0.55) or (
        (x - 0.5) ** 2 + (y - 0.66) ** 2 <= 0.065 ** 2)


def render(state, size):
    color = STATES[state]
    rows = []
    samples = 4
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            inside = white = 0
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) / size
                    y = (py + (sy + 0.5) / samples) / size
                    if shield(x, y):
                        inside += 1
                        white += mark(state, x, y)
            n = samples * samples
            alpha = round(255 * inside / n)
            if inside:
                w = white / inside
                rgb = [round(c * (1 - w) + 255 * w) for c in color]
            else:
                rgb = [0, 0, 0]
            row += bytes(rgb + [alpha])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def ico(images):
    """An .ico whose entries are PNGs (Windows Vista and later read these)."""
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, data = b"", b""
    for size, png in images:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return head + entries + data


def main():
    OUT.mkdir(exist_ok=True)
    for state in STATES:
        (OUT / f"tray-{state}.png").write_bytes(render(state, 64))
    sizes = {32: "32x32.png", 128: "128x128.png", 256: "icon.png"}
    pngs = {}
    for size, name in sizes.items():
        pngs[size] = render("active", size)
        (OUT / name).write_bytes(pngs[size])
    (OUT / "icon.ico").write_bytes(ico([(16, render("active", 16)), (32, pngs[32]), (48, render("active", 48)), (256, pngs[256])]))


if __name__ == "__main__":
    main()
