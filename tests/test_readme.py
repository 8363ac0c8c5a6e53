"""Every Python example in the README type-checks with ``mypy --strict``, as an app's code would.

Apps copy these blocks: one that fails ``mypy --strict`` (a ``**dict`` against
keyword arguments of other types, an iterator without ``close()``) teaches
them code that their own checks reject.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from _support import ROOT

BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks(text: str) -> list[str]:
    """The source of each ```python block of *text*."""
    return BLOCK.findall(text)


def test_blocks_are_found() -> None:
    assert python_blocks("x\n```python\na = 1\n```\n```sh\nls\n```\n") == ["a = 1\n"]


def test_every_python_example_passes_mypy_strict(tmp_path: Path) -> None:
    blocks = python_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(blocks) >= 2
    files = []
    for number, block in enumerate(blocks):
        path = tmp_path / f"readme_example_{number}.py"
        path.write_text(block, encoding="utf-8")
        files.append(str(path))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            *files,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
