"""Writes a macOS .icns from PNGs: python3 icns.py OUT.icns 128.png 256.png 512.png 1024.png

An .icns is a header ('icns', total length) and one (type, length, data) entry per size; since
OS X 10.7 the data of the ic07-ic10 entries may be a PNG as is, so no Mac tool is needed.
iconutil on a Mac makes the same kind of file (installers/README.md).
"""
import struct
import sys

# Pixel size of each entry type that holds a plain PNG.
TYPES = {128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit("not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    if width != height or width not in TYPES:
        raise SystemExit(f"a {width}x{height} PNG has no .icns entry; use 128, 256, 512 or 1024")
    return width


def main(out, *pngs):
    entries = b""
    for path in pngs:
        with open(path, "rb") as f:
            data = f.read()
        entries += TYPES[png_size(data)] + struct.pack(">I", 8 + len(data)) + data
    with open(out, "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(entries)) + entries)


if __name__ == "__main__":
    main(*sys.argv[1:])
