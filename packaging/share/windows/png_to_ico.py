#!/usr/bin/env python3
"""png_to_ico.py OUT.ico IN.png...: one Windows icon holding the PNGs as
they are (PNG-compressed icon images, which Windows reads since Vista), each
size once. The sizes come from the PNG headers."""
import struct
import sys


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise SystemExit(f"png_to_ico: not a PNG file")
    return struct.unpack(">II", data[16:24])


def main(out, inputs):
    images = []
    for name in inputs:
        with open(name, "rb") as f:
            data = f.read()
        width, height = png_size(data)
        if width > 256 or height > 256:
            raise SystemExit(f"png_to_ico: {name} is {width}x{height}; icons go up to 256x256")
        images.append((width, height, data))
    images.sort()
    offset = 6 + 16 * len(images)
    header = struct.pack("<HHH", 0, 1, len(images))
    entries = b""
    for width, height, data in images:
        # 0 in the width or height byte means 256.
        entries += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    with open(out, "wb") as f:
        f.write(header + entries + b"".join(data for _, _, data in images))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit("usage: png_to_ico.py OUT.ico IN.png...")
    main(sys.argv[1], sys.argv[2:])
