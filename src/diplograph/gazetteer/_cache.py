"""On-disk cache of the compiled gazetteer, so a command does not pay the build.

Building folds ~10^5 pycountry forms and takes seconds; every CLI command and
worker would pay it. The compiled result is a flat payload (the automaton with
integer values, tuples of strings/ints/bools) written with pickle under the
user's cache directory and keyed by a hash of everything it is made from: the
data files, the gazetteer's own source, and the pycountry/pyahocorasick/Python
versions. A stale or unreadable file is simply rebuilt; writes go to a temporary
file renamed into place, so concurrent processes never see a half-written cache.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from importlib.metadata import PackageNotFoundError, version
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

# The files (relative to the data root) whose content the compiled gazetteer depends on.
_LANG_KINDS = ("countries", "regions", "region_words", "cities", "orgs")
_FORMAT = 1
ENV_DIR = "DIPLOGRAPH_CACHE_DIR"
# Values of DIPLOGRAPH_CACHE_DIR that switch the cache off.
_OFF = frozenset({"", "0", "off", "none", "no"})


def cache_dir() -> Path | None:
    """Where compiled caches live: $DIPLOGRAPH_CACHE_DIR, else the XDG/user cache dir."""
    override = os.environ.get(ENV_DIR)
    if override is not None:
        return None if override.strip().lower() in _OFF else Path(override).expanduser()
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "diplograph"
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "diplograph" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "diplograph"
    return Path.home() / ".cache" / "diplograph"


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def _walk(node: Traversable, prefix: str) -> list[tuple[str, Traversable]]:
    if not node.is_dir():
        return []
    return sorted(
        ((prefix + child.name, child) for child in node.iterdir() if child.is_file()),
        key=lambda item: item[0],
    )


def fingerprint(root: Traversable) -> str:
    """Hash of the inputs of a build from data root ``root``."""
    h = hashlib.sha256()
    h.update(f"format={_FORMAT};py={sys.version_info[:2]}".encode())
    h.update(f";pycountry={_version('pycountry')};ac={_version('pyahocorasick')}".encode())
    here = Path(__file__).parent
    for src in sorted(here.glob("*.py")):
        h.update(src.name.encode() + b"\0" + src.read_bytes())
    files = _walk(root / "gazetteer", "gazetteer/")
    lang_root = root / "lang"
    if lang_root.is_dir():
        for lang in sorted(lang_root.iterdir(), key=lambda t: t.name):
            for kind in _LANG_KINDS:
                f = lang / f"{kind}.yaml"
                if f.is_file():
                    files.append((f"lang/{lang.name}/{kind}.yaml", f))
    for name, f in files:
        h.update(b"\0" + name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:32]


def load(path: Path, *, freeze: bool = True) -> Any | None:
    """The payload stored at ``path``, or None when absent or unreadable.

    The cyclic garbage collector is paused while the payload is read and the objects read
    are then moved out of its reach (``gc.freeze``): a cache is millions of long-lived
    tuples and sets that hold no garbage, and the collections their allocation triggered
    (scanning all of them, more than once) were a third of a command's startup.
    ``freeze=False`` for a small payload read later in a run (``_regex_store``): freezing
    then would also pin whatever the host program has allocated by that moment.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as fh:
            payload = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError):
        return None
    finally:
        if enabled:
            gc.enable()
    if freeze:
        gc.freeze()
    return payload


def save(path: Path, payload: Any) -> bool:
    """Write atomically (temp file + rename); False when the directory is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
    _prune(path)
    return True


def _prune(keep: Path) -> None:
    """Remove caches of older inputs (best effort: another process may race us)."""
    prefix = keep.name.split("-", 1)[0] + "-"
    for old in keep.parent.glob(prefix + "*" + keep.suffix):
        if old != keep:
            with contextlib.suppress(OSError):
                old.unlink()
