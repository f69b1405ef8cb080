#!/usr/bin/env python3
"""Search quality of a running Masthead against the judged queries of ../shared/data/news, next
to a plain exact-word search over the same articles (run by bench/search-quality).

Usage: search_quality.py BASE_URL DB NEWS OUT LANG...
  BASE_URL  http://127.0.0.1:PORT of a `masthead serve` holding NEWS/LANG.jsonl in edition LANG
  DB        its masthead.db (article id -> source key `id:<doc_id>` -> line of LANG.jsonl)
  OUT       directory for results.tsv and per-query.tsv
"""
import collections, json, os, re, sqlite3, sys, time
sys.dont_write_bytecode = True  # no __pycache__ in bench/ for the import below
from search_util import error_code, get_json, load_queries, search_path, wait_ready

LIMIT = 100  # one request per query: the top 100


def load_corpus(news, lang):
    with open(os.path.join(news, f"{lang}.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def line_of_id(db, lang, corpus):
    """Article id -> 0-based line number of LANG.jsonl, for the articles of edition LANG."""
    line_of_doc = {}
    for i, r in enumerate(corpus):
        line_of_doc.setdefault(str(r.get("doc_id")), i)  # a repeated doc_id is imported once
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    out = {}
    for aid, key in con.execute("SELECT id, source_key FROM articles WHERE edition = ?", (lang,)):
        if key and key.startswith("id:") and key[3:] in line_of_doc:
            out[aid] = line_of_doc[key[3:]]
    con.close()
    return out


def words(text):
    return re.findall(r"\w+", text.lower())


class ExactWord:
    """What a plain site search does: every query word as a whole word of title + body, newest
    first (no date: the import stamps the import time, so newest), then by line number."""

    def __init__(self, corpus, lines):
        self.docs = [(i, set(words(corpus[i]["title"] + " " + corpus[i]["body"]))) for i in sorted(lines)]
        self.date = {i: corpus[i].get("published_at") or "9999" for i in lines}

    def search(self, q):
        qw = words(q)
        hits = [i for i, ws in self.docs if qw and all(w in ws for w in qw)]
        hits.sort(key=lambda i: self.date[i], reverse=True)  # stable: line order within a date
        return hits


def metrics(ranked, relevant):
    rel = set(relevant)
    first = next((k for k, i in enumerate(ranked, 1) if i in rel), None)
    return (len(rel & set(ranked[:10])) / len(rel),
            len(rel & set(ranked[:100])) / len(rel),
            1 / first if first else 0.0)


def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0


def main():
    base, db, news, out, langs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
    queries = {lang: load_queries(news, lang) for lang in langs}
    t0 = time.monotonic()
    if wait_ready(base, [(lang, queries[lang][0]["q"]) for lang in langs]):
        print(f"search ready after {time.monotonic() - t0:.1f} s")
    else:
        print("WARNING: the search index may not be complete; figures below may be low")
    rows, problems = [], []
    per_query = open(os.path.join(out, "per-query.tsv"), "w", encoding="utf-8")
    per_query.write("lang\tq\trelevant\ttotal\tr@10\tr@100\trr\texact_hits\texact_r@10\texact_r@100\texact_rr\n")
    for lang in langs:
        corpus = load_corpus(news, lang)
        line_of = line_of_id(db, lang, corpus)
        exact = ExactWord(corpus, set(line_of.values()))
        missing = len(corpus) - len(set(line_of.values()))
        if missing:
            print(f"{lang}: {missing} of {len(corpus)} corpus lines are not in the database "
                  "(skipped as invalid on import); a relevant one counts as not found")
        ours, theirs = [], []
        errors, short, foreign = collections.Counter(), 0, 0
        for item in queries[lang]:
            q, relevant = item["q"], item["relevant"]
            status, body = get_json(base + search_path(q, lang, limit=LIMIT))
            results = body.get("results", []) if status == 200 and body else []
            if status != 200 or not body or body.get("status") == "rebuilding":
                errors["rebuilding" if status == 200 and body else error_code(status, body)] += 1
            total = body.get("total", 0) if body else 0
            if len(results) < min(total, LIMIT):
                short += 1  # fewer results than asked although there are more: limit capped?
            ranked = []
            for r in results:
                if r.get("id") in line_of:
                    ranked.append(line_of[r["id"]])
                else:
                    foreign += 1  # not an article of this edition's corpus
            ex = exact.search(q)
            m, e = metrics(ranked, relevant), metrics(ex, relevant)
            ours.append(m)
            theirs.append(e)
            per_query.write("\t".join(map(str, (lang, q, len(relevant), total, *(f"{x:.3f}" for x in m),
                                                len(ex), *(f"{x:.3f}" for x in e)))) + "\n")
        if errors:
            why = ", ".join(f"{n} {k}" for k, n in errors.most_common())
            problems.append(f"{lang}: {sum(errors.values())} of {len(queries[lang])} searches failed ({why})")
        if short:
            problems.append(f"{lang}: {short} searches returned fewer than min(total, {LIMIT}) results")
        if foreign:
            problems.append(f"{lang}: {foreign} results were not articles of the {lang} corpus")
        rows.append((lang, len(queries[lang]), *(mean([m[k] for m in ours]) for k in range(3)),
                     *(mean([e[k] for e in theirs]) for k in range(3))))
    per_query.close()

    head = ("lang", "queries", "recall@10", "recall@100", "MRR", "exact recall@10", "exact recall@100", "exact MRR")
    print("| " + " | ".join(head) + " |")
    print("| --- | ---: | " + " | ".join("---:" for _ in head[2:]) + " |")
    with open(os.path.join(out, "results.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(head) + "\n")
        for row in rows:
            cells = [row[0], str(row[1])] + [f"{x:.3f}" for x in row[2:]]
            print("| " + " | ".join(cells) + " |")
            f.write("\t".join(cells) + "\n")

    failed = []
    for lang, _, r10, r100, _, e10, _, _ in rows:
        if lang in ("en", "ru") and r100 < 0.9:
            failed.append(f"{lang} recall@100 {r100:.3f} < 0.9")
        if r10 < 2 * e10 or r10 == 0:
            failed.append(f"{lang} recall@10 {r10:.3f} is not 2 x exact-word's {e10:.3f} (= {2 * e10:.3f}) or more")
    for p in problems:
        print("NOTE: " + p)
    print("targets (recall@100 >= 0.9 for en and ru; recall@10 >= 2 x exact-word, each language): "
          + ("HOLD" if not failed else "FAIL: " + "; ".join(failed)))
    print(f"per-query figures in {os.path.join(out, 'per-query.tsv')}")


if __name__ == "__main__":
    main()
