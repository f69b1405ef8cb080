//! The conformance kit: behaviour every storage backend must show. A backend's tests call
//! [`run`] with a factory that returns a fresh, empty, migrated store for each case.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod ads;
mod changes;
mod discovery;
mod log;
mod newsroom;
mod pages;
mod reading;
mod search;
mod staff;
mod transfer;
mod writing;

use crate::DynStore;
use jiff::{SignedDuration, Timestamp};
use masthead_core::{
    Actor, ArticleContent, ArticleFilter, ContentBundle, Flags, Lang, NewArticle, NewAuthor,
    NewSection, NewTag, Status,
};
use std::future::Future;
use std::pin::Pin;

type Case = fn(DynStore) -> Pin<Box<dyn Future<Output = ()> + Send>>;

/// Every case, by name.
pub const CASES: &[(&str, Case)] = &[
    ("import_and_read_back", |s| {
        Box::pin(reading::import_and_read_back(s))
    }),
    ("only_published_and_due_are_visible", |s| {
        Box::pin(reading::only_published_and_due_are_visible(s))
    }),
    ("filters_narrow_listings", |s| {
        Box::pin(reading::filters_narrow_listings(s))
    }),
    ("old_slug_redirects", |s| {
        Box::pin(reading::old_slug_redirects(s))
    }),
    ("translations_link_editions", |s| {
        Box::pin(reading::translations_link_editions(s))
    }),
    ("related_prefers_shared_tags", |s| {
        Box::pin(reading::related_prefers_shared_tags(s))
    }),
    ("views_add_up_and_rank", |s| {
        Box::pin(writing::views_add_up_and_rank(s))
    }),
    ("import_is_all_or_nothing", |s| {
        Box::pin(writing::import_is_all_or_nothing(s))
    }),
    ("duplicate_slug_is_conflict", |s| {
        Box::pin(writing::duplicate_slug_is_conflict(s))
    }),
    ("settings_round_trip", |s| {
        Box::pin(writing::settings_round_trip(s))
    }),
    ("ads_by_edition", |s| Box::pin(writing::ads_by_edition(s))),
    ("hostile_strings_are_data", |s| {
        Box::pin(writing::hostile_strings_are_data(s))
    }),
    ("list_many_answers_each_query", |s| {
        Box::pin(reading::list_many_answers_each_query(s))
    }),
    ("stale_revision_is_a_conflict", |s| {
        Box::pin(changes::stale_revision_is_a_conflict(s))
    }),
    ("transitions_follow_the_rules", |s| {
        Box::pin(changes::transitions_follow_the_rules(s))
    }),
    ("slug_conflicts_are_typed", |s| {
        Box::pin(changes::slug_conflicts_are_typed(s))
    }),
    ("a_changed_slug_redirects", |s| {
        Box::pin(changes::a_changed_slug_redirects(s))
    }),
    ("source_keys_are_unique_per_edition", |s| {
        Box::pin(changes::source_keys_are_unique_per_edition(s))
    }),
    ("change_log_is_ordered_and_complete", |s| {
        Box::pin(log::change_log_is_ordered_and_complete(s))
    }),
    ("change_log_catches_up_from_any_sequence", |s| {
        Box::pin(log::change_log_catches_up_from_any_sequence(s))
    }),
    ("article_changes_say_what_they_touch", |s| {
        Box::pin(log::article_changes_say_what_they_touch(s))
    }),
    ("accounts_and_sessions", |s| {
        Box::pin(staff::accounts_and_sessions(s))
    }),
    ("totp_steps_and_recovery_codes_are_single_use", |s| {
        Box::pin(staff::totp_steps_and_recovery_codes_are_single_use(s))
    }),
    ("static_pages_and_redirects", |s| {
        Box::pin(pages::static_pages_and_redirects(s))
    }),
    ("login_failures_count_per_key_and_are_forgotten", |s| {
        Box::pin(staff::login_failures_count_per_key_and_are_forgotten(s))
    }),
    ("one_time_links_are_single_use_and_expire", |s| {
        Box::pin(staff::one_time_links_are_single_use_and_expire(s))
    }),
    ("audit_log_filters", |s| {
        Box::pin(staff::audit_log_filters(s))
    }),
    ("ads_are_written_and_logged", |s| {
        Box::pin(ads::ads_are_written_and_logged(s))
    }),
    ("every_save_is_a_history_row", |s| {
        Box::pin(newsroom::every_save_is_a_history_row(s))
    }),
    ("pending_edits_wait_for_publishing", |s| {
        Box::pin(newsroom::pending_edits_wait_for_publishing(s))
    }),
    ("translations_record_their_source_revision", |s| {
        Box::pin(newsroom::translations_record_their_source_revision(s))
    }),
    ("corrections_and_the_schedule", |s| {
        Box::pin(newsroom::corrections_and_the_schedule(s))
    }),
    ("indexable_articles_are_the_visible_ones", |s| {
        Box::pin(search::indexable_articles_are_the_visible_ones(s))
    }),
    ("searches_are_counted_per_edition_and_day", |s| {
        Box::pin(search::searches_are_counted_per_edition_and_day(s))
    }),
    (
        "sitemaps_see_months_translations_and_taxonomy_in_use",
        |s| Box::pin(discovery::sitemaps_see_months_translations_and_taxonomy_in_use(s)),
    ),
    ("integration_tokens_are_found_by_hash_and_revoked", |s| {
        Box::pin(staff::integration_tokens_are_found_by_hash_and_revoked(s))
    }),
    ("keyset_paging_walks_ties_once", |s| {
        Box::pin(discovery::keyset_paging_walks_ties_once(s))
    }),
    ("export_reads_everything_and_restore_keeps_ids", |s| {
        Box::pin(transfer::export_reads_everything_and_restore_keeps_ids(s))
    }),
];

/// Runs every case against a fresh store from `fresh`.
pub async fn run<F, Fut>(fresh: F)
where
    F: Fn() -> Fut,
    Fut: Future<Output = DynStore>,
{
    for (name, case) in CASES {
        eprintln!("conformance: {name}");
        case(fresh().await).await;
    }
}

pub(crate) fn now() -> Timestamp {
    Timestamp::now()
}

pub(crate) fn hours_ago(h: i64) -> Timestamp {
    now() - SignedDuration::from_hours(h)
}

/// The actor the kit writes as.
pub fn actor() -> Actor {
    Actor::system("conformance")
}

/// Imports a bundle that must land; the new articles' ids.
pub(crate) async fn import(s: &DynStore, b: &ContentBundle) -> Vec<i64> {
    s.import(&actor(), b)
        .await
        .unwrap_or_else(|e| panic!("import: {e}"))
        .ids
}

/// The content of an article in `section` with the given slug.
pub fn content(section: &str, slug: &str) -> ArticleContent {
    ArticleContent {
        slug: slug.into(),
        title: format!("Title of {slug}"),
        lead: format!("Lead of {slug}"),
        body_md: "Body.".into(),
        body_html: "<p>Body.</p>".into(),
        section_slug: section.into(),
        tag_slugs: vec![],
        author_slug: None,
        coauthor_slugs: vec![],
        flags: Flags::default(),
        source: None,
        cover: None,
        seo: Default::default(),
    }
}

/// A published article in `edition`/`section` with the given slug and age.
pub fn article(edition: Lang, section: &str, slug: &str, age_hours: i64) -> NewArticle {
    NewArticle {
        edition,
        content: content(section, slug),
        status: Status::Published,
        published_at: Some(hours_ago(age_hours)),
        translation_key: None,
        views: 0,
        old_slugs: vec![],
        source_key: None,
    }
}

/// Sections `news` and `sport`, tags `alpha`, `beta`, author `ann`, in ru and en.
pub fn taxonomy() -> ContentBundle {
    let mut b = ContentBundle::default();
    for ed in [Lang::Ru, Lang::En] {
        for (i, s) in ["news", "sport"].iter().enumerate() {
            b.sections.push(NewSection {
                edition: ed,
                slug: (*s).into(),
                name: format!("{s} {ed}"),
                position: i as i64,
            });
        }
        for t in ["alpha", "beta"] {
            b.tags.push(NewTag {
                edition: ed,
                slug: t.into(),
                name: format!("Tag {t}"),
            });
        }
        b.authors.push(NewAuthor {
            edition: ed,
            slug: "ann".into(),
            name: "Ann Lee".into(),
            bio: "Writes.".into(),
        });
    }
    b
}

pub(crate) fn filter(edition: Lang) -> ArticleFilter {
    ArticleFilter {
        edition: Some(edition),
        ..Default::default()
    }
}
