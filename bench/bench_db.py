"""The benchmarks' database, read-only: a SQLite file (the default) or a PostgreSQL URL.

    from bench_db import rows
    rows("bench/out-live/data/masthead.db", "SELECT edition, slug FROM sections")
    rows("postgres://postgres@127.0.0.1:5432/masthead_bench", "SELECT ...")

SQLite is read with the sqlite3 module; PostgreSQL through `psql --csv` (no driver to install),
one process per query, so values come back as strings there: convert what you need. Queries
take no parameters: put only constants and numbers in them.
"""
import csv, datetime, io, json, os, re, sqlite3, subprocess, sys, time


def is_postgres(target):
    return target.startswith(("postgres://", "postgresql://"))


def rows(target, sql):
    if is_postgres(target):
        p = subprocess.run(["psql", "-X", "-q", "--csv", "-t", "-v", "ON_ERROR_STOP=1", target, "-c", sql],
                           capture_output=True, text=True)
        if p.returncode != 0:
            raise RuntimeError(f"psql: {p.stderr.strip()}")
        return [tuple(r) for r in csv.reader(io.StringIO(p.stdout))]
    con = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def import_one(binary, data_dir, env, jsonl, label, i, sections):
    """Writes one English article with a unique title through `masthead import jsonl` (the
    database only, no node) and returns (title, change-log sequence, started, returned) with
    time.monotonic() instants around the import; exits the benchmark when the import fails."""
    title = f"{label} {os.getpid()} {i} {time.time_ns()}"
    record = {
        "title": title,
        "body": f"A short note written by the benchmark, number {i}.\n\nIt has two paragraphs.",
        "section": sections[i % len(sections)],
        "published_at": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    with open(jsonl, "w") as f:
        f.write(json.dumps(record) + "\n")
    started = time.monotonic()
    p = subprocess.run([binary, "import", "jsonl", jsonl, "--edition", "en", "--data-dir", data_dir],
                       env=env, capture_output=True, text=True)
    returned = time.monotonic()
    if p.returncode != 0 or "change log at" not in p.stdout:
        sys.exit(f"import failed ({p.returncode}): {p.stdout}{p.stderr}")
    seq = int(re.search(r"change log at (\d+)", p.stdout).group(1))
    return title, seq, started, returned
