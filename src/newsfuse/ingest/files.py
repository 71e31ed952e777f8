"""Find and open input files without leaving the folders given or blocking on special files.

A folder is walked in sorted order. A symbolic link is followed only when its target lies inside
one of the paths given (``follow_symlinks`` lifts that), so a link to ``/etc/passwd`` planted in
an input tree is reported, never read; a folder reached twice through links is walked once. Only
regular files are read: a FIFO would block the batch forever, a device never ends, and the
virtual files of ``/proc``, ``/sys`` and ``/dev`` describe the machine, not the news. Files are
opened non-blocking and checked again on the open descriptor, so a file swapped for a FIFO after
the walk is refused too.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError

VIRTUAL = ("/proc", "/sys", "/dev")
_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFDIR: "a folder",
}


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _kind(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def iter_files(
    paths: Iterable[str | Path], suffixes: set[str], follow_symlinks: bool = False
) -> Iterator[Path | InputError]:
    """Files under ``paths`` in a stable order: folders walked recursively (sorted), keeping
    files whose suffix is in ``suffixes`` and not hidden; a path given explicitly is kept."""
    given = [Path(p) for p in paths]
    roots = [os.path.realpath(p) for p in given]
    seen: set[tuple[int, int]] = set()
    for path in given:
        if not os.path.lexists(path):
            yield InputError(str(path), "no such file or folder")
        elif not path.exists():
            yield InputError(str(path), "broken symbolic link")
        elif path.is_dir():
            yield from _walk(path, roots, suffixes, follow_symlinks, seen)
        else:
            yield path


def _walk(
    folder: Path,
    roots: list[str],
    suffixes: set[str],
    follow: bool,
    seen: set[tuple[int, int]],
) -> Iterator[Path | InputError]:
    try:
        info = folder.stat()
        if (info.st_dev, info.st_ino) in seen:  # a link loop, or a folder linked twice
            return
        seen.add((info.st_dev, info.st_ino))
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        yield InputError(str(folder), f"cannot list folder ({exc.strerror or exc})")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            linked = entry.is_symlink()
            is_dir = entry.is_dir()
        except OSError:
            linked, is_dir = False, False
        if not is_dir and (entry.name.startswith(".") or path.suffix.lower() not in suffixes):
            continue
        if linked:
            target = os.path.realpath(path)
            if not os.path.exists(target):
                yield InputError(str(path), "broken symbolic link")
                continue
            if not follow and not any(_inside(target, root) for root in roots):
                yield InputError(
                    str(path),
                    "symbolic link out of the input folders, not followed "
                    "(--follow-symlinks reads it)",
                )
                continue
        if is_dir:
            yield from _walk(path, roots, suffixes, follow, seen)
        else:
            yield path


def open_input(path: Path, max_bytes: int) -> tuple[BinaryIO, int]:
    """``(binary file, size)`` of a regular file of at most ``max_bytes``; an InputError names
    anything else (missing, unreadable, special, virtual, oversized or empty)."""
    where = str(path)
    real = os.path.realpath(path)
    if any(_inside(real, folder) for folder in VIRTUAL):
        raise InputError(where, f"{real} is in a virtual file system (/proc, /sys, /dev): not read")
    try:
        before = os.stat(path)
        if not stat.S_ISREG(before.st_mode):
            raise InputError(where, f"{_kind(before.st_mode)}, not a regular file: not read")
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except PermissionError:
        raise InputError(where, "permission denied") from None
    except OSError as exc:
        raise InputError(where, f"cannot read ({exc.strerror or exc})") from None
    handle = os.fdopen(fd, "rb")
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):  # swapped for a special file since the walk
        handle.close()
        raise InputError(where, f"{_kind(info.st_mode)}, not a regular file: not read")
    if info.st_size > max_bytes:
        handle.close()
        raise InputError(
            where,
            f"file is {info.st_size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for "
            "one input",
        )
    if info.st_size == 0:
        handle.close()
        raise InputError(where, "empty file")
    return handle, info.st_size


def read_input(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (see :func:`open_input`)."""
    handle, _ = open_input(path, max_bytes)
    with handle:
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(str(path), f"cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:  # grew since it was measured
        raise InputError(str(path), f"file is over the {max_bytes / 1e6:.0f} MB limit")
    return data
