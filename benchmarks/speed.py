"""How fast tidings codes articles, against the speed limit of its parser, and at what memory.

    python benchmarks/speed.py [--articles 2000] [--memory 1000 10000] [--configs a b c d]
                               [--source ../shared/eval/voa/voa_stories.jsonl] [--out FILE.md]

Builds a corpus of N articles: the bundled examples, then the VOA stories repeated (each
copy with its own id and one word changed, so no two texts are alike and the store's
content-hash dedup skips none). Each configuration runs in a fresh child process:

    a  bare spaCy: the same model's ``nlp.pipe`` over the article texts (the ceiling)
    b  ``tidings.process`` in one process (what ``tidings extract`` runs)
    c  ``Store.ingest`` with ``n_process=2`` into a fresh database, merge included
    d  ``tidings.scale.ingest_ray`` with 2 workers on a local Ray with 2 CPUs, merge included

The spaCy model (and Ray) is loaded before the clock starts; reading the corpus is timed.
While a child runs, this process samples its whole process tree (parsing workers and
Ray's processes included) from /proc: the peak of their summed proportional set size
(PSS: shared pages counted once), their median over the second half of the run (the
working set), and their CPU seconds. ``b`` is also run at each size of ``--memory`` to show
whether memory stays flat as the corpus grows. Prints Markdown.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "eval" / "voa" / "voa_stories.jsonl"
CONFIGS = {
    "a": "bare spaCy `nlp.pipe` (ceiling)",
    "b": "`tidings.process`, 1 process",
    "c": "`Store.ingest`, n_process=2",
    "d": "Ray engine, 2 workers",
}
# PETRARCH2's published speed: ~150 sentences/s of coding, after a CoreNLP parse at 2-5 sentences/s
PETRARCH2 = {"coding": 150.0, "parse": (2.0, 5.0)}
TICK = os.sysconf("SC_CLK_TCK")


# -- the corpus ----------------------------------------------------------------------------------

def build_corpus(source: Path, n: int, out: Path) -> Path:
    """Write ``n`` articles as JSON lines: the bundled examples, then ``source`` repeated."""
    import tidings
    from tidings.read import read

    examples = [a for a in read([Path(tidings.__file__).parent / "examples"]) if isinstance(a, tidings.Article)]
    records = [{"id": a.id, "published": a.published.isoformat() if a.published else None, "text": a.text,
                "source": "tidings examples"} for a in examples]
    stories = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out.open("w", encoding="utf-8") as handle:
        for i in range(n):
            if i < len(records):
                record = records[i]
            else:
                k, copy = divmod(i - len(records), len(stories))
                record = dict(stories[copy])
                if k:
                    record["id"] = f"{record.get('id', copy)}-{k}"
                    record["text"] = _vary(record["text"], k)
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def _vary(text: str, k: int) -> str:
    """The text with one word changed: its last full stop becomes "(copy K)."."""
    at = text.rfind(".")
    return f"{text[:at]} (copy {k}){text[at:]}" if at >= 0 else f"{text} (copy {k})"


# -- one configuration, in a child process -------------------------------------------------------

def run_child(config: str, corpus: Path) -> dict:
    """Run one configuration over ``corpus`` in this process; return what it did and took."""
    from tidings import nlp
    from tidings.read import read

    nlp.load()
    result: dict = {}
    if config == "a":
        model = nlp.load()
        texts = [a.text for a in read([corpus])]
        with model.select_pipes(disable=[name for name in model.pipe_names if name.startswith("tidings")]):
            started = time.perf_counter()
            sentences = sum(len(list(doc.sents)) for doc in model.pipe(texts, batch_size=64))
            seconds = time.perf_counter() - started
        result = {"articles": len(texts), "sentences": sentences}
    elif config == "b":
        from tidings import process

        started = time.perf_counter()
        articles = events = 0
        for article in process(read([corpus])):
            articles += 1
            events += len(article.events)
        seconds = time.perf_counter() - started
        result = {"articles": articles, "events": events}
    elif config in ("c", "d"):
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.duckdb"
            if config == "c":
                from tidings.store import Store

                started = time.perf_counter()
                with Store(db) as store:
                    done = store.ingest([corpus], n_process=2)
            else:
                import ray

                from tidings.scale import ingest_ray

                # Ray starts its workers at niceness 15; the other configurations run at 0
                os.environ.setdefault("RAY_worker_niceness", "0")
                ray.init(num_cpus=2, include_dashboard=False, logging_level="warning")
                ray.data.DataContext.get_current().enable_progress_bars = False
                started = time.perf_counter()
                done = ingest_ray([corpus], db=db, num_workers=2)
            seconds = time.perf_counter() - started
        result = {"articles": done.articles, "events": done.events}
    # ru_maxrss is in kilobytes on Linux
    return {**result, "seconds": seconds, "self_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def measure(config: str, corpus: Path, log: Path) -> dict:
    """Run a configuration in a fresh child; sample its process tree's memory and CPU until it ends."""
    load_before = os.getloadavg()[0]
    with log.open("w") as err, tempfile.TemporaryFile("w+") as out:
        child = subprocess.Popen([sys.executable, __file__, "--child", config, "--corpus", str(corpus)],
                                 stdout=out, stderr=err)
        samples, cpu = [0], {}
        while child.poll() is None:
            kb = 0
            for pid in _tree(child.pid):
                kb += _pss_kb(pid)
                ticks = _cpu_ticks(pid)
                if ticks is not None:
                    cpu[pid] = max(cpu.get(pid, 0), ticks)
            samples.append(kb)
            time.sleep(0.25)
        if child.returncode:
            raise SystemExit(f"configuration {config} failed (exit {child.returncode}); see {log}")
        out.seek(0)
        result = json.loads(out.read().strip().splitlines()[-1])
    # the median of the second half: the working set once the model is loaded and the run under way
    settled = sorted(samples[len(samples) // 2:])
    return {**result, "config": config, "peak_mb": max(samples) / 1024, "median_mb": settled[len(settled) // 2] / 1024,
            "cpu_seconds": sum(cpu.values()) / TICK,
            "load": (load_before + os.getloadavg()[0]) / 2}


def _tree(root: int) -> list[int]:
    """``root`` and every process descended from it."""
    parents: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(f"/proc/{entry.name}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += parents.get(pid, [])
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _cpu_ticks(pid: int) -> int | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[11]) + int(fields[12])  # utime, stime


# -- the report ----------------------------------------------------------------------------------

def report(rows: list[dict], memory: list[dict], sentences_per_article: float | None) -> str:
    lines = [("| configuration | articles | seconds | articles/s | sentences/s | CPU s per 1,000 articles | "
              "peak memory MB (PSS, all processes) | load average |"), "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        rate = r["articles"] / r["seconds"]
        per_sentence = f"{rate * sentences_per_article:.0f}" if sentences_per_article else "-"
        lines.append(f"| ({r['config']}) {CONFIGS[r['config']]} | {r['articles']} | {r['seconds']:.1f} | {rate:.2f} | "
                     f"{per_sentence} | {1000 * r['cpu_seconds'] / r['articles']:.0f} | {r['peak_mb']:.0f} | "
                     f"{r['load']:.1f} |")
    by = {r["config"]: r for r in rows}

    def ratio(x: str, y: str, cpu: bool = False) -> str:
        if x not in by or y not in by:
            return "-"
        if cpu:  # work per article, whatever else the machine was doing
            return f"{(by[y]['cpu_seconds'] / by[y]['articles']) / (by[x]['cpu_seconds'] / by[x]['articles']):.2f}"
        return f"{(by[x]['articles'] / by[x]['seconds']) / (by[y]['articles'] / by[y]['seconds']):.2f}"

    lines += ["", "| ratio | articles/s | CPU per article, inverted |", "|---|---|---|",
              f"| (b)/(a): tidings against bare spaCy (goal >= 0.8) | {ratio('b', 'a')} | {ratio('b', 'a', True)} |",
              f"| (c)/(b): 2 processes against 1 (goal >= 1.6) | {ratio('c', 'b')} | - |",
              f"| (d)/(b): Ray, 2 workers, against 1 process | {ratio('d', 'b')} | - |"]
    if memory:
        lines += ["", "| (b) at | articles/s | peak memory MB | median memory MB, second half of the run |",
                  "|---|---|---|---|"]
        lines += [f"| {m['articles']} articles | {m['articles'] / m['seconds']:.2f} | {m['peak_mb']:.0f} | "
                  f"{m['median_mb']:.0f} |" for m in memory]
        if len(memory) > 1:
            peak, median = (memory[-1][k] / memory[0][k] - 1 for k in ("peak_mb", "median_mb"))
            lines.append(f"\nFrom {memory[0]['articles']} to {memory[-1]['articles']} articles: peak memory "
                         f"{peak:+.1%}, median {median:+.1%} (goal: within 10%).")
    if sentences_per_article and "b" in by:
        ours = by["b"]["articles"] / by["b"]["seconds"] * sentences_per_article
        low, high = PETRARCH2["parse"]
        end_to_end = (1 / (1 / low + 1 / PETRARCH2["coding"]), 1 / (1 / high + 1 / PETRARCH2["coding"]))
        lines.append(f"\nPETRARCH2 codes about {PETRARCH2['coding']:.0f} sentences/s after a separate CoreNLP parse "
                     f"at {low:.0f}-{high:.0f} sentences/s, so {end_to_end[0]:.1f}-{end_to_end[1]:.1f} sentences/s "
                     f"end to end; tidings parses and codes {ours:.0f} sentences/s on one core "
                     f"({ours / end_to_end[1]:.0f}-{ours / end_to_end[0]:.0f} times as fast).")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--configs", nargs="*", choices=sorted(CONFIGS), default=sorted(CONFIGS))
    parser.add_argument("--memory", type=int, nargs="*", default=[1000, 10000],
                        help="corpus sizes at which to run (b) for its peak memory; none to skip")
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, help="also write the Markdown here")
    parser.add_argument("--child", choices=sorted(CONFIGS), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(run_child(args.child, args.corpus)))
        return 0
    if not args.source.exists():
        print(f"no corpus source at {args.source}; give one with --source FILE.jsonl", file=sys.stderr)
        return 1
    import spacy

    print(f"{platform.node()}: {os.cpu_count()} CPUs, Python {platform.python_version()}, spaCy {spacy.__version__}",
          file=sys.stderr)
    rows, memory = [], []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = build_corpus(args.source, args.articles, Path(tmp) / f"corpus-{args.articles}.jsonl")
        for config in args.configs:
            rows.append(measure(config, corpus, Path(tmp) / f"{config}.log"))
            print(json.dumps(rows[-1]), file=sys.stderr)
        for n in args.memory:
            sized = build_corpus(args.source, n, Path(tmp) / f"corpus-{n}.jsonl")
            memory.append(measure("b", sized, Path(tmp) / f"b-{n}.log"))
            print(json.dumps(memory[-1]), file=sys.stderr)
    by = {r["config"]: r for r in rows}
    per_article = by["a"]["sentences"] / by["a"]["articles"] if "a" in by else None
    text = report(rows, memory, per_article)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
