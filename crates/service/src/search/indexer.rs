//! Keeping the search index in step with the database: a task follows the change log from the
//! sequence the index last committed (so a restart resumes there), re-reads the articles each
//! batch of changes names and replaces them in the index (or drops those readers can no longer
//! see), then purges the cached search pages of the editions touched. A rebuild walks every
//! published article by id and commits once, with the sequence read before it started.

use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::search::{IndexBatch, SearchDoc, SearchError, SearchIndex};
use masthead_core::{ArticleFilter, CacheTag, ChangeKind, Purge};
use masthead_store::IndexableArticle;
use std::collections::{BTreeSet, HashSet};
use std::sync::Arc;
use std::time::Duration;
use tokio::task::JoinHandle;

/// How often the index looks for changes no wake-up announced.
pub const SEARCH_POLL: Duration = Duration::from_millis(250);
/// Changes read per index commit while following.
const BATCH: u32 = 500;
/// Articles read per query during a rebuild.
const REBUILD_BATCH: u32 = 300;
/// Wait before a failed rebuild is tried again.
const RETRY: Duration = Duration::from_secs(5);

/// What the index keeps of an article: its body as text.
fn doc(a: IndexableArticle) -> SearchDoc {
    SearchDoc {
        id: a.id,
        edition: a.edition,
        kicker: a.tags.first().map(|(_, n)| n.clone()),
        body: masthead_markdown::to_text(&a.body_md),
        slug: a.slug,
        title: a.title,
        lead: a.lead,
        section_id: a.section_id,
        section_slug: a.section_slug,
        section_name: a.section_name,
        tag_ids: a.tags.iter().map(|(id, _)| *id).collect(),
        tag_names: a.tags.into_iter().map(|(_, n)| n).collect(),
        author_ids: a.authors.iter().map(|(id, _)| *id).collect(),
        author_names: a.authors.into_iter().map(|(_, n)| n).collect(),
        published_at: a.published_at,
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, SearchError> + Send + 'static,
) -> Result<T, ServiceError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| SearchError::Engine(e.to_string()))?
        .map_err(ServiceError::Search)
}

impl Site {
    fn index_or_err(&self) -> Result<Arc<dyn SearchIndex>, ServiceError> {
        self.search_index()
            .ok_or_else(|| ServiceError::Search(SearchError::Engine("no search index".into())))
    }

    /// Builds the index anew from every article readers can see; `progress(done, total)`
    /// after each batch. Returns the articles indexed.
    ///
    /// # Errors
    /// The store's or the index's; the index then keeps what it had before.
    pub async fn rebuild_search(
        &self,
        progress: &(dyn Fn(u64, u64) + Send + Sync),
    ) -> Result<u64, ServiceError> {
        let index = self.index_or_err()?;
        let _one_at_a_time = self.search_running.lock().await;
        // Changes after this sequence are applied by the follower, over what the walk read.
        let seq = self.store.latest_seq().await?;
        let now = Timestamp::now();
        let total = self.store.count(&ArticleFilter::default(), now).await?;
        let i = index.clone();
        blocking(move || i.start_rebuild(total)).await?;
        let (mut after, mut done) = (0, 0);
        // The next batch is read while the last one is analysed.
        let mut pending: Option<JoinHandle<Result<(), SearchError>>> = None;
        loop {
            let batch = self
                .store
                .indexable_after(after, REBUILD_BATCH, now)
                .await?;
            if let Some(h) = pending.take() {
                h.await
                    .map_err(|e| SearchError::Engine(e.to_string()))?
                    .map_err(ServiceError::Search)?;
                progress(done, total);
            }
            let Some(last) = batch.last() else {
                break;
            };
            after = last.id;
            done += batch.len() as u64;
            let i = index.clone();
            pending = Some(tokio::task::spawn_blocking(move || {
                let n = batch.len() as u64;
                let upserts = batch.into_iter().map(doc).collect();
                i.apply(IndexBatch {
                    upserts,
                    deletes: Vec::new(),
                    seq: None,
                })?;
                i.rebuilt(n);
                Ok(())
            }));
        }
        let i = index.clone();
        blocking(move || i.finish_rebuild(seq)).await?;
        Ok(done)
    }

    /// Applies the change log to the index up to its end; returns the sequence applied.
    ///
    /// # Errors
    /// The store's or the index's; what was committed stays committed.
    pub async fn index_changes(&self) -> Result<i64, ServiceError> {
        let index = self.index_or_err()?;
        let _one_at_a_time = self.search_running.lock().await;
        loop {
            let after = index.applied_seq();
            let changes = self.store.changes_since(after, BATCH).await?;
            let Some(last) = changes.last() else {
                return Ok(after);
            };
            let seq = last.seq;
            let mut ids = BTreeSet::new();
            let mut editions = HashSet::new();
            for c in &changes {
                if let ChangeKind::Article(a) = &c.what {
                    ids.insert(a.id);
                    editions.insert(a.edition);
                }
            }
            let ids: Vec<i64> = ids.into_iter().collect();
            let found = self.store.indexable(&ids, Timestamp::now()).await?;
            let seen: HashSet<i64> = found.iter().map(|a| a.id).collect();
            let deletes = ids.into_iter().filter(|id| !seen.contains(id)).collect();
            let i = index.clone();
            blocking(move || {
                i.apply(IndexBatch {
                    upserts: found.into_iter().map(doc).collect(),
                    deletes,
                    seq: Some(seq),
                })
            })
            .await?;
            if !editions.is_empty() {
                self.purge(&Purge::Tags(
                    editions.into_iter().map(CacheTag::Search).collect(),
                ));
            }
        }
    }

    /// Starts keeping the index in step: first a rebuild when `rebuild` (the site serves
    /// meanwhile; search answers "being rebuilt"), then following the change log, woken by
    /// this process's own changes and polling for others'.
    pub fn follow_search(self: &Arc<Self>, rebuild: bool) -> JoinHandle<()> {
        let site = self.clone();
        tokio::spawn(async move {
            let mut outage = crate::outage::Outage::new("search index");
            if rebuild {
                loop {
                    match site.rebuild_search(&|_, _| {}).await {
                        Ok(n) => {
                            outage.ok();
                            tracing::info!(articles = n, "search index rebuilt");
                            break;
                        }
                        Err(e) => {
                            outage.failed(&e);
                            tokio::time::sleep(RETRY).await;
                        }
                    }
                }
            }
            let mut applied = site.follower.subscribe();
            let mut tick = tokio::time::interval(SEARCH_POLL);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tokio::select! {
                    _ = tick.tick() => {}
                    _ = applied.changed() => {}
                }
                match site.index_changes().await {
                    Ok(_) => outage.ok(),
                    Err(e) => outage.failed(&e),
                }
            }
        })
    }
}
