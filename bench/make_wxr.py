#!/usr/bin/env python3
"""Writes a WordPress WXR 1.2 export of N published posts for `masthead import wordpress`:
block-editor bodies (paragraphs, a heading, a list, a quote, a link), an excerpt, one of ten
categories (two of them children), three of 200 tags, one of five authors; written as it goes,
never held whole. Usage: make_wxr.py FILE N"""
import random, sys

path, total = sys.argv[1], int(sys.argv[2])
random.seed(11)
WORDS = ("council harbour minister railway market festival energy water school bridge museum "
         "report season budget summit village river airport station theatre league").split()
CATS = [("politics", "Politics", ""), ("economy", "Economy", ""), ("sport", "Sport", ""),
        ("culture", "Culture", ""), ("world", "World", ""), ("region", "Region", ""),
        ("science", "Science", ""), ("health", "Health", ""),
        ("ajara", "Ajara", "region"), ("football", "Football", "sport")]
AUTHORS = [("desk", "News Desk"), ("ann", "Ann Lee"), ("olga", "Olga Reporter"),
           ("karen", "Karen Petrosyan"), ("ilham", "Ilham Aliyev")]

def words(n):
    return " ".join(random.choice(WORDS) for _ in range(n))

with open(path, "w", encoding="utf-8") as f:
    w = f.write
    w('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
      'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
      'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
      'xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Bench news</title>\n'
      '<link>http://old.example</link>\n<wp:wxr_version>1.2</wp:wxr_version>\n'
      '<wp:base_site_url>http://old.example</wp:base_site_url>\n')
    for i, (login, name) in enumerate(AUTHORS, 1):
        w(f'<wp:author><wp:author_id>{i}</wp:author_id><wp:author_login><![CDATA[{login}]]></wp:author_login>'
          f'<wp:author_email><![CDATA[{login}@old.example]]></wp:author_email>'
          f'<wp:author_display_name><![CDATA[{name}]]></wp:author_display_name></wp:author>\n')
    for i, (slug, name, parent) in enumerate(CATS, 1):
        w(f'<wp:category><wp:term_id>{i}</wp:term_id><wp:category_nicename><![CDATA[{slug}]]></wp:category_nicename>'
          f'<wp:category_parent><![CDATA[{parent}]]></wp:category_parent><wp:cat_name><![CDATA[{name}]]></wp:cat_name></wp:category>\n')
    for i in range(200):
        w(f'<wp:tag><wp:term_id>{100 + i}</wp:term_id><wp:tag_slug><![CDATA[tag-{i}]]></wp:tag_slug>'
          f'<wp:tag_name><![CDATA[Tag {i}]]></wp:tag_name></wp:tag>\n')
    for i in range(1, total + 1):
        slug = f"{words(4).replace(' ', '-')}-{i}"
        cat = random.choice(CATS)
        tags = random.sample(range(200), 3)
        login = random.choice(AUTHORS)[0]
        day = 1 + i % 28
        body = (f'<!-- wp:paragraph --><p>{words(40).capitalize()} with <a href="https://example.org/{i}">a link</a> '
                f'and <strong>{words(2)}</strong>.</p><!-- /wp:paragraph -->\n'
                f'<!-- wp:heading --><h2>{words(3).capitalize()}</h2><!-- /wp:heading -->\n'
                f'<!-- wp:paragraph --><p>{words(60).capitalize()}.</p><!-- /wp:paragraph -->\n'
                f'<!-- wp:list --><ul><li>{words(4)}</li><li>{words(5)}</li><li>{words(3)}</li></ul><!-- /wp:list -->\n'
                f'<!-- wp:quote --><blockquote class="wp-block-quote"><p>{words(12).capitalize()}.</p></blockquote><!-- /wp:quote -->\n'
                f'<!-- wp:paragraph --><p>{words(50).capitalize()}.</p><!-- /wp:paragraph -->')
        cats = f'<category domain="category" nicename="{cat[0]}"><![CDATA[{cat[1]}]]></category>'
        cats += "".join(f'<category domain="post_tag" nicename="tag-{t}"><![CDATA[Tag {t}]]></category>' for t in tags)
        w(f'<item><title><![CDATA[{words(7).capitalize()} {i}]]></title>'
          f'<link>http://old.example/2025/06/{day:02}/{slug}/</link>'
          f'<dc:creator><![CDATA[{login}]]></dc:creator>'
          f'<content:encoded><![CDATA[{body}]]></content:encoded>'
          f'<excerpt:encoded><![CDATA[{words(20).capitalize()}.]]></excerpt:encoded>'
          f'<wp:post_id>{i}</wp:post_id>'
          f'<wp:post_date><![CDATA[2025-06-{day:02} 08:00:00]]></wp:post_date>'
          f'<wp:post_date_gmt><![CDATA[2025-06-{day:02} {i % 24:02}:{i % 60:02}:{(i // 60) % 60:02}]]></wp:post_date_gmt>'
          f'<wp:post_modified_gmt><![CDATA[2025-06-29 08:00:00]]></wp:post_modified_gmt>'
          f'<wp:post_name><![CDATA[{slug}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status>'
          f'<wp:post_parent>0</wp:post_parent><wp:post_type><![CDATA[post]]></wp:post_type>{cats}</item>\n')
    w("</channel>\n</rss>\n")
