#!/usr/bin/env python3
"""Writes JSON Lines for `masthead import jsonl`: N articles made from ../shared/data/news when
it is present (records replicated under new titles to reach N), generated text otherwise."""
import json, os, random, sys

out_dir, total = sys.argv[1], int(sys.argv[2])
news = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "news")
random.seed(7)

def load(lang):
    path = os.path.join(news, f"{lang}.jsonl")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]

WORDS = ("council harbour minister railway market festival energy water school bridge museum "
         "report season budget summit village river airport station theatre league").split()

def synthetic(n):
    recs = []
    for i in range(n):
        words = [random.choice(WORDS) for _ in range(8)]
        body = "\n\n".join(" ".join(random.choice(WORDS) for _ in range(60)).capitalize() + "." for _ in range(6))
        recs.append({"title": " ".join(words).capitalize(), "body": body, "category": random.choice(["politics", "economy", "sport", "culture"])})
    return recs

plan = {"en": load("en"), "ru": load("ru")}
if not plan["en"] and not plan["ru"]:
    plan = {"en": synthetic(500), "ru": []}
have = sum(len(v) for v in plan.values())
for lang, recs in plan.items():
    if not recs:
        continue
    n = round(total * len(recs) / have)
    with open(os.path.join(out_dir, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i in range(n):
            r = recs[i % len(recs)]
            copy = i // len(recs)
            day = 1 + random.randrange(700)
            title = r["title"] if len(r["title"]) <= 200 else r["title"][:200].rsplit(" ", 1)[0] + "…"
            line = {
                # A key of its own per copy: the import matches records by id, then source URL.
                "doc_id": f"bench-{lang}-{i}",
                "title": title if copy == 0 else f"{title} ({copy + 1})",
                "body": r["body"],
                "section": r.get("category") or None,
                "published_at": f"{2025 - day // 365}-{1 + (day // 28) % 12:02d}-{1 + day % 28:02d}",
            }
            if r.get("source_url"):
                line["source_name"], line["source_url"] = r.get("source_name") or "Source", r["source_url"]
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{lang}: {n} articles")
