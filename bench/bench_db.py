"""The benchmarks' database, read-only: a SQLite file (the default) or a PostgreSQL URL.

    from bench_db import rows
    rows("bench/out-live/data/masthead.db", "SELECT edition, slug FROM sections")
    rows("postgres://postgres@127.0.0.1:5432/masthead_bench", "SELECT ...")

SQLite is read with the sqlite3 module; PostgreSQL through `psql --csv` (no driver to install),
one process per query, so values come back as strings there: convert what you need. Queries
take no parameters: put only constants and numbers in them.
"""
import csv, io, sqlite3, subprocess


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
