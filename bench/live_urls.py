#!/usr/bin/env python3
"""URL list for bench/live.sh and bench/nodes.sh, read from the Masthead database.

    live_urls.py DB URLS_FILE [MIRROR_DIR BASE_URL CURL_CONFIG]

DB is the SQLite file or a postgres:// URL (bench/bench_db.py).

Writes every published article of the ru and en editions plus both editions' home and section
pages to URLS_FILE, one path a line, home pages first. With MIRROR_DIR, also writes a curl
config that fetches every path from BASE_URL into MIRROR_DIR/<path>/index.html (the static copy
nginx serves). Prints the English section slugs (for the writer) on stdout.
"""
import os, sys
from bench_db import rows

DEFAULT_EDITION = "ru"
EDITIONS = ("ru", "en")


def prefix(edition):
    return "" if edition == DEFAULT_EDITION else f"/{edition}"


db, urls_file = sys.argv[1], sys.argv[2]
editions = ",".join(f"'{e}'" for e in EDITIONS)  # constants, so written into the SQL
homes = [prefix(e) + "/" for e in EDITIONS]
sections = rows(db, f"SELECT edition, slug FROM sections WHERE edition IN ({editions}) ORDER BY edition, position, slug")
articles = rows(db, f"SELECT edition, slug FROM articles WHERE status = 'published' AND edition IN ({editions}) ORDER BY id")
paths = homes + [f"{prefix(e)}/category/{s}" for e, s in sections] + [f"{prefix(e)}/post/{s}" for e, s in articles]

with open(urls_file, "w") as f:
    f.write("\n".join(paths) + "\n")

if len(sys.argv) > 3:
    mirror, base, config = sys.argv[3], sys.argv[4].rstrip("/"), sys.argv[5]
    with open(config, "w") as f:
        for p in paths:
            out = os.path.join(mirror, p.strip("/"), "index.html")
            f.write(f'url = "{base}{p}"\noutput = "{out}"\n')

print(" ".join(s for e, s in sections if e == "en"))
print(f"{len(paths)} URLs: {len(homes)} home, {len(sections)} section, {len(articles)} article pages",
      file=sys.stderr)
