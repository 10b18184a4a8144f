"""Reading the TSV data files every stage keeps beside its code (and users' own files)."""
from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from ._exceptions import DataError


def rows(path: Path, fields: tuple[str, ...] = ()) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) of a tab-separated file with a header, skipping blank and
    `#` lines; raise DataError naming the file when it cannot be read or lacks a column."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise DataError(f"{path}: cannot open ({exc.strerror})") from None
    with handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None) or []
        missing = [f for f in fields if f not in header]
        if missing:
            raise DataError(f"{path}: the header must name the columns {', '.join(fields)}; "
                            f"missing {', '.join(missing)}")
        for number, values in enumerate(reader, start=2):
            values += [""] * (len(header) - len(values))
            yield number, {k: v.strip() for k, v in zip(header, values, strict=False)}
