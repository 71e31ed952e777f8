"""A script that makes a pipeline outside ``if __name__ == "__main__":`` gets a clear error in its
spawned worker (which imports the script again), not a worker waiting for ever on the store's
work lock that its parent holds while it waits for the worker."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

UNGUARDED = """
import sys
from newsfuse.engine.beside import Beside
from newsfuse.store import Store

beside = Beside()  # as Pipeline() makes one, at the script's top level
with Store(sys.argv[1]) as store, store.exclusive():
    queued = beside.queued(sorted, [3, 1, 2])
    print(list(beside.collect(sorted, [queued])))
"""


def test_unguarded_script_fails_clearly_in_its_worker_instead_of_hanging(tmp_path: Path) -> None:
    script = tmp_path / "unguarded.py"
    script.write_text(UNGUARDED)
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "store.db")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[1, 2, 3]"  # the caller did the batch the worker could not
    assert 'put the script\'s work under `if __name__ == "__main__":`' in done.stderr
