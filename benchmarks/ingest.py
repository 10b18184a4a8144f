"""Ingest rate and peak memory of the event database.

    python benchmarks/ingest.py [--articles 1000 3000] [--processes 1 2] [--batch-size 32]
                                [--source ../shared/eval/voa/voa_stories.jsonl]

Builds a corpus of N articles by repeating a JSON-lines file (each copy gets its own id
and a slightly different text, so the content-hash dedup does not skip it), then for
every size and process count ingests it into a fresh database in a child process of
its own (so each run's peak memory is its own) and prints a Markdown table: articles
per second (spaCy model loaded beforehand, merge excluded), the merge's time and its
"reports -> events", and the peak resident memory of the ingesting process and of its
parsing workers.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "eval" / "voa" / "voa_stories.jsonl"


def build_corpus(source: Path, n: int, out: Path) -> Path:
    """Write ``n`` articles made by repeating the records of ``source``."""
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out.open("w", encoding="utf-8") as handle:
        for i in range(n):
            record = dict(records[i % len(records)])
            copy = i // len(records)
            if copy:
                record["id"] = f"{record.get('id', i)}-copy{copy}"
                record["text"] = f"{record['text']}\n\n(Republished, copy {copy}.)"
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def run_one(corpus: Path, n_process: int, batch_size: int) -> dict:
    """Ingest ``corpus`` into a fresh store in this process; return the measurements."""
    from tidings import nlp
    from tidings.store import Store

    nlp.load()
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "bench.duckdb") as store:
            started = time.perf_counter()
            result = store.ingest([corpus], n_process=n_process, batch_size=batch_size, merge=False)
            ingest_seconds = time.perf_counter() - started
            started = time.perf_counter()
            merged = store.merge()
            merge_seconds = time.perf_counter() - started
        size = (Path(tmp) / "bench.duckdb").stat().st_size  # after closing: the log is checkpointed
    return {
        "articles": result.articles, "events": result.events, "errors": result.errors,
        "seconds": round(ingest_seconds, 1), "rate": round(result.articles / ingest_seconds, 2),
        "merge_seconds": round(merge_seconds, 2), "merged": f"{merged.reports} -> {merged.events}",
        "db_mb": round(size / 2**20, 1),
        # ru_maxrss is in kilobytes on Linux
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "workers_peak_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # internal: ingest this corpus
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(run_one(args.child, args.processes[0], args.batch_size)))
        return 0
    if not args.source.exists():
        print(f"no corpus source at {args.source}; give one with --source FILE.jsonl", file=sys.stderr)
        return 1
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.articles:
            corpus = build_corpus(args.source, n, Path(tmp) / f"corpus-{n}.jsonl")
            for n_process in args.processes:
                child = subprocess.run(
                    [sys.executable, __file__, "--child", str(corpus), "--processes", str(n_process),
                     "--batch-size", str(args.batch_size)], capture_output=True, text=True, check=True)
                row = {"n_process": n_process, **json.loads(child.stdout.strip().splitlines()[-1])}
                print(json.dumps(row), file=sys.stderr)
                rows.append(row)
    print("| articles | processes | ingest s | articles/s | events | merge s | reports -> events | "
          "database MB | peak RSS MB | workers' peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['articles']} | {r['n_process']} | {r['seconds']} | {r['rate']} | {r['events']} | "
              f"{r['merge_seconds']} | {r['merged']} | {r['db_mb']} | {r['peak_mb']} | "
              f"{r['workers_peak_mb'] if r['n_process'] > 1 else '-'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
