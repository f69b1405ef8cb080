//! The tantivy index through its port: what a reader's query finds, in which order, with which
//! snippet; filters, phrases, typos, transliteration, paging and hostile input; persistence
//! of the applied sequence and recovery from a damaged directory.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use jiff::{Timestamp, ToSpan};
use masthead_core::Lang;
use masthead_core::search::{
    IndexBatch, IndexState, MAX_DEPTH, SearchDoc, SearchError, SearchIndex, SearchQuery,
    SearchResults,
};
use masthead_search::{TantivyIndex, WriterOptions};

fn now() -> Timestamp {
    "2026-06-01T12:00:00Z".parse().unwrap()
}

fn doc(id: i64, edition: Lang, title: &str, body: &str, days_old: i64) -> SearchDoc {
    SearchDoc {
        id,
        edition,
        slug: format!("a-{id}"),
        title: title.into(),
        kicker: None,
        lead: String::new(),
        body: body.into(),
        section_id: 1,
        section_slug: "news".into(),
        section_name: "News".into(),
        tag_ids: vec![],
        tag_names: vec![],
        author_ids: vec![],
        author_names: vec![],
        published_at: now() - (days_old * 24).hours(),
    }
}

fn index(docs: Vec<SearchDoc>) -> TantivyIndex {
    let i = TantivyIndex::in_memory().unwrap();
    i.apply(IndexBatch {
        upserts: docs,
        deletes: vec![],
        seq: Some(1),
    })
    .unwrap();
    i
}

fn ask(i: &TantivyIndex, lang: Lang, text: &str) -> SearchResults {
    i.search(&query(lang, text)).unwrap()
}

fn query(lang: Lang, text: &str) -> SearchQuery {
    SearchQuery {
        edition: lang,
        text: text.into(),
        section: None,
        from: None,
        until: None,
        offset: 0,
        limit: 10,
        now: now(),
    }
}

fn ids(r: &SearchResults) -> Vec<i64> {
    r.hits.iter().map(|h| h.id).collect()
}

#[test]
fn inflected_forms_find_each_other_in_every_language() {
    let i = index(vec![
        doc(
            1,
            Lang::En,
            "Elections held in the north",
            "Voters went to the polls.",
            1,
        ),
        doc(
            2,
            Lang::Ru,
            "Выборы в городской совет",
            "Избиратели пришли на участки.",
            1,
        ),
        doc(
            3,
            Lang::Hy,
            "Ընտրությունները կայացան",
            "Քաղաքացիները քվեարկեցին։",
            1,
        ),
        doc(
            4,
            Lang::Az,
            "Seçkilərdə yeni rekord",
            "Seçicilər səs verdi.",
            1,
        ),
        doc(5, Lang::Ru, "Ёлка на главной площади", "Праздник.", 1),
    ]);
    assert_eq!(ids(&ask(&i, Lang::En, "election")), vec![1]);
    assert_eq!(ids(&ask(&i, Lang::Ru, "выборах")), vec![2]);
    assert_eq!(ids(&ask(&i, Lang::Hy, "ընտրություններ")), vec![3]);
    assert_eq!(ids(&ask(&i, Lang::Az, "seçkilər")), vec![4]);
    assert_eq!(ids(&ask(&i, Lang::Az, "SECKILER")), vec![4], "folded");
    assert_eq!(ids(&ask(&i, Lang::Ru, "елка")), vec![5], "ё is е");
    assert_eq!(ids(&ask(&i, Lang::Ru, "ЁЛКИ")), vec![5]);
    // Each edition searches only its own articles.
    assert!(ask(&i, Lang::En, "выборы").hits.is_empty());
}

#[test]
fn latin_letters_find_russian_and_armenian_articles() {
    let i = index(vec![
        doc(1, Lang::Ru, "Выборы в Москве", "Текст.", 1),
        doc(2, Lang::Hy, "Երևանում բացվեց նոր այգի", "Տեքստ։", 1),
        doc(3, Lang::Ru, "Погода", "Дождь.", 1),
    ]);
    assert_eq!(ids(&ask(&i, Lang::Ru, "vybory")), vec![1]);
    assert_eq!(ids(&ask(&i, Lang::Ru, "moskve")), vec![1]);
    assert_eq!(ids(&ask(&i, Lang::Hy, "yerevanum")), vec![2]);
    assert_eq!(ids(&ask(&i, Lang::Hy, "erevanum")), vec![2]);
}

#[test]
fn a_fresh_story_beats_an_old_one_of_equal_relevance() {
    let i = index(vec![
        doc(
            1,
            Lang::En,
            "Bridge reopens",
            "The bridge reopens to traffic.",
            400,
        ),
        doc(
            2,
            Lang::En,
            "Bridge reopens",
            "The bridge reopens to traffic.",
            2,
        ),
        doc(
            3,
            Lang::En,
            "Bridge reopens",
            "The bridge reopens to traffic.",
            40,
        ),
    ]);
    assert_eq!(ids(&ask(&i, Lang::En, "bridge")), vec![2, 3, 1]);
}

#[test]
fn title_matches_outrank_body_mentions() {
    let i = index(vec![
        doc(
            1,
            Lang::En,
            "Weather",
            "The minister spoke about the floods and the minister said more.",
            1,
        ),
        doc(2, Lang::En, "Minister resigns", "She left.", 1),
    ]);
    assert_eq!(ids(&ask(&i, Lang::En, "ministers"))[0], 2);
}

#[test]
fn filters_by_section_and_dates() {
    let mut sport = doc(2, Lang::En, "Derby ends in a draw", "The derby.", 10);
    sport.section_slug = "sport".into();
    let i = index(vec![
        doc(1, Lang::En, "Derby day traffic", "The derby.", 100),
        sport,
    ]);
    let mut q = query(Lang::En, "derby");
    q.section = Some("sport".into());
    assert_eq!(ids(&i.search(&q).unwrap()), vec![2]);
    let mut q = query(Lang::En, "derby");
    q.from = Some(now() - (30 * 24).hours());
    assert_eq!(ids(&i.search(&q).unwrap()), vec![2]);
    q.from = None;
    q.until = Some(now() - (30 * 24).hours());
    assert_eq!(ids(&i.search(&q).unwrap()), vec![1]);
    q.section = Some("no-such-section".into());
    assert_eq!(i.search(&q).unwrap().total, 0);
}

#[test]
fn phrases_in_quotes_keep_their_words_together() {
    let i = index(vec![
        doc(1, Lang::En, "Council of the city meets", "Talks.", 1),
        doc(2, Lang::En, "City council meets", "Talks.", 1),
    ]);
    assert_eq!(ids(&ask(&i, Lang::En, "\"city council\"")), vec![2]);
    assert_eq!(ask(&i, Lang::En, "city council").total, 2);
    // A phrase matches other forms of its words too.
    assert_eq!(ids(&ask(&i, Lang::En, "\"city councils\"")), vec![2]);
}

#[test]
fn one_typo_is_forgiven_in_words_of_five_letters_or_more() {
    let i = index(vec![
        doc(1, Lang::En, "Parliament votes on the budget", "Text.", 1),
        doc(2, Lang::Ru, "Парламент принял бюджет", "Текст.", 1),
        doc(3, Lang::En, "Cat rescued", "Text.", 1),
    ]);
    assert_eq!(ids(&ask(&i, Lang::En, "parliment")), vec![1]);
    assert_eq!(
        ids(&ask(&i, Lang::En, "budgte")),
        vec![1],
        "a transposition is one edit"
    );
    assert_eq!(ids(&ask(&i, Lang::Ru, "порламент")), vec![2]);
    assert!(
        ask(&i, Lang::En, "cot").hits.is_empty(),
        "short words must match exactly"
    );
    assert!(
        ask(&i, Lang::En, "parlaimnet").hits.is_empty(),
        "two edits are too many"
    );
}

#[test]
fn excluded_words_and_all_words_required() {
    let i = index(vec![
        doc(1, Lang::En, "Fire in the harbour", "Text.", 1),
        doc(2, Lang::En, "Harbour reopens", "Text.", 1),
    ]);
    assert_eq!(ids(&ask(&i, Lang::En, "harbour -fire")), vec![2]);
    assert_eq!(ids(&ask(&i, Lang::En, "harbour fire")), vec![1]);
    // No article has every word: the ones with most of them.
    assert_eq!(ask(&i, Lang::En, "harbour fire zebra").total, 2);
}

#[test]
fn snippets_mark_the_matches_and_carry_no_markup() {
    let i = index(vec![doc(
        1,
        Lang::En,
        "Report",
        "Nothing here.\n\nThe <b>elections</b> & the results were announced.",
        1,
    )]);
    let hit = &ask(&i, Lang::En, "election").hits[0];
    let marked: Vec<&str> = hit
        .snippet
        .iter()
        .filter(|m| m.hit)
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(marked, vec!["elections"]);
    let text: String = hit.snippet.iter().map(|m| m.text.as_str()).collect();
    assert!(
        text.contains("<b>"),
        "text stays text (the page escapes it): {text}"
    );
}

#[test]
fn pages_and_depth() {
    let docs = (1..=25)
        .map(|n| doc(n, Lang::En, &format!("Storm report {n}"), "Storm.", n))
        .collect();
    let i = index(docs);
    let mut q = query(Lang::En, "storm");
    q.limit = 10;
    q.offset = 20;
    let r = i.search(&q).unwrap();
    assert_eq!((r.total, r.hits.len()), (25, 5));
    q.offset = MAX_DEPTH;
    let r = i.search(&q).unwrap();
    assert_eq!(
        (r.total, r.hits.len()),
        (25, 0),
        "past the depth: count only"
    );
    q.offset = usize::MAX;
    assert!(i.search(&q).unwrap().hits.is_empty());
}

#[test]
fn hostile_queries_are_answered_quickly_and_calmly() {
    let i = index(vec![doc(1, Lang::En, "Open data", "Text.", 1)]);
    let nested = format!("{}open{}", "(".repeat(5_000), ")".repeat(5_000));
    let long = "open ".repeat(2_000);
    for q in [
        "",
        "   ",
        "\"",
        "\"open",
        "open\"",
        "((open",
        "open AND OR NOT",
        "title:open",
        "*",
        "?",
        "~open",
        "open^9",
        "\u{0}\u{1b}[31mopen",
        nested.as_str(),
        long.as_str(),
        "-",
        "--open",
    ] {
        let started = std::time::Instant::now();
        let r = i.search(&query(Lang::En, q));
        assert!(r.is_ok(), "{q:.40}: {r:?}");
        assert!(
            started.elapsed() < std::time::Duration::from_secs(2),
            "{q:.40}"
        );
    }
    assert!(ask(&i, Lang::En, "").hits.is_empty());
    assert_eq!(
        ids(&ask(&i, Lang::En, "\"open")),
        vec![1],
        "an open quote runs to the end"
    );
}

#[test]
fn edits_replace_and_deletes_remove() {
    let i = index(vec![doc(1, Lang::En, "Old headline", "Text.", 1)]);
    i.apply(IndexBatch {
        upserts: vec![doc(1, Lang::En, "New headline", "Text.", 1)],
        deletes: vec![],
        seq: Some(2),
    })
    .unwrap();
    assert!(ask(&i, Lang::En, "old").hits.is_empty());
    assert_eq!(ids(&ask(&i, Lang::En, "new")), vec![1]);
    i.apply(IndexBatch {
        upserts: vec![],
        deletes: vec![1],
        seq: Some(3),
    })
    .unwrap();
    assert!(ask(&i, Lang::En, "new").hits.is_empty());
    assert_eq!((i.applied_seq(), i.doc_count()), (3, 0));
}

#[test]
fn the_sequence_survives_a_restart_and_a_damaged_index_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("search");
    {
        let opened = TantivyIndex::open(&path, WriterOptions::default()).unwrap();
        assert!(opened.needs_rebuild, "a new index has no sequence");
        opened
            .index
            .apply(IndexBatch {
                upserts: vec![doc(1, Lang::En, "Kept headline", "Text.", 1)],
                deletes: vec![],
                seq: Some(42),
            })
            .unwrap();
    }
    {
        let opened = TantivyIndex::open(&path, WriterOptions::default()).unwrap();
        assert!(!opened.needs_rebuild);
        assert_eq!(opened.index.applied_seq(), 42);
        assert_eq!(ids(&ask(&opened.index, Lang::En, "kept")), vec![1]);
    }
    std::fs::write(path.join("meta.json"), b"{ not json").unwrap();
    let opened = TantivyIndex::open(&path, WriterOptions::default()).unwrap();
    assert!(opened.needs_rebuild);
    assert_eq!(
        (opened.index.applied_seq(), opened.index.doc_count()),
        (0, 0)
    );
}

#[test]
fn a_rebuild_answers_rebuilding_until_it_ends() {
    let i = index(vec![doc(1, Lang::En, "Before", "Text.", 1)]);
    i.start_rebuild(2).unwrap();
    assert!(matches!(
        i.search(&query(Lang::En, "before")),
        Err(SearchError::Rebuilding)
    ));
    i.apply(IndexBatch {
        upserts: vec![doc(2, Lang::En, "After", "Text.", 1)],
        deletes: vec![],
        seq: None,
    })
    .unwrap();
    i.rebuilt(1);
    assert_eq!(i.state(), IndexState::Rebuilding { done: 1, total: 2 });
    i.finish_rebuild(7).unwrap();
    assert_eq!(i.state(), IndexState::Ready);
    assert!(
        ask(&i, Lang::En, "before").hits.is_empty(),
        "the old index is gone"
    );
    assert_eq!(ids(&ask(&i, Lang::En, "after")), vec![2]);
    assert_eq!(i.applied_seq(), 7);
}

#[test]
fn armenian_singular_and_plural_meet_and_yev_has_one_form() {
    let i = index(vec![
        doc(1, Lang::Hy, "Ընտրությունները կայացան", "Տեքստ։", 1),
        doc(2, Lang::Hy, "Գիշերային գնացքը մեկնեց", "Տեքստ։", 1),
        doc(3, Lang::Hy, "Երևանում բացվեց այգի", "Տեքստ։", 1),
    ]);
    assert_eq!(ids(&ask(&i, Lang::Hy, "ընտրություն")), vec![1]);
    assert_eq!(ids(&ask(&i, Lang::Hy, "գնացքներ")), vec![2]);
    assert_eq!(ids(&ask(&i, Lang::Hy, "գնացքով")), vec![2]);
    assert_eq!(ids(&ask(&i, Lang::Hy, "Երեւանում")), vec![3], "եւ is և");
}

#[test]
fn a_typo_is_forgiven_in_the_body_too_but_known_words_are_taken_as_meant() {
    let i = index(vec![
        doc(
            1,
            Lang::En,
            "Border reopens",
            "Trucks cross from Kazakhstan again.",
            1,
        ),
        doc(2, Lang::En, "City libraries extend hours", "Text.", 1),
    ]);
    assert_eq!(ids(&ask(&i, Lang::En, "Kazakstan")), vec![1]);
    assert_eq!(ids(&ask(&i, Lang::En, "libary")), vec![2]);
    // "border" is a word the articles use: "boarder" (also a word, and absent) is forgiven,
    // but "borders" is simply another form of it.
    assert_eq!(ids(&ask(&i, Lang::En, "borders")), vec![1]);
}
