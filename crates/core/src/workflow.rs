//! The editorial workflow (SPEC N4): which status an article may move to from which, and what
//! readers see. Every writer path asks [`check_transition`] before it changes a status.

use crate::{CoreError, Status};
use jiff::Timestamp;

impl Status {
    /// Every status, in workflow order.
    pub const ALL: [Status; 5] = [
        Status::Draft,
        Status::Review,
        Status::Scheduled,
        Status::Published,
        Status::Unpublished,
    ];

    /// The statuses an article in `self` may be moved to.
    ///
    /// - draft → in review, scheduled, published
    /// - in review → draft (sent back), scheduled, published
    /// - scheduled → draft, in review (held back), published (its time came, or "publish now")
    /// - published → unpublished (a published story is withdrawn, never silently made a draft)
    /// - unpublished → draft (reworked), published (restored)
    pub fn next(self) -> &'static [Status] {
        use Status::*;
        match self {
            Draft => &[Review, Scheduled, Published],
            Review => &[Draft, Scheduled, Published],
            Scheduled => &[Draft, Review, Published],
            Published => &[Unpublished],
            Unpublished => &[Draft, Published],
        }
    }

    /// Whether readers can see an article in this status once its publication time has come.
    pub fn is_public(self) -> bool {
        self == Status::Published
    }
}

/// Checks a status change. `at` is the publication time the change sets (for scheduling it
/// must lie after `now`). Errors name both statuses: `CoreError::Transition`.
pub fn check_transition(
    from: Status,
    to: Status,
    at: Option<Timestamp>,
    now: Timestamp,
) -> Result<(), CoreError> {
    if !from.next().contains(&to) {
        return Err(CoreError::Transition { from, to });
    }
    if to == Status::Scheduled && at.is_none_or(|t| t <= now) {
        return Err(CoreError::Invalid {
            field: "published_at",
            key: "invalid-schedule-time",
        });
    }
    Ok(())
}

/// Whether an article with this status and publication time is visible to readers at `now`.
pub fn is_visible(status: Status, published_at: Option<Timestamp>, now: Timestamp) -> bool {
    status.is_public() && published_at.is_some_and(|t| t <= now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::SignedDuration;

    /// The whole table, written out: (from, to, allowed).
    #[test]
    fn every_transition_is_allowed_or_refused() {
        use Status::*;
        let allowed = [
            (Draft, Review),
            (Draft, Scheduled),
            (Draft, Published),
            (Review, Draft),
            (Review, Scheduled),
            (Review, Published),
            (Scheduled, Draft),
            (Scheduled, Review),
            (Scheduled, Published),
            (Published, Unpublished),
            (Unpublished, Draft),
            (Unpublished, Published),
        ];
        let now = Timestamp::now();
        let later = Some(now + SignedDuration::from_hours(2));
        let mut checked = 0;
        for from in Status::ALL {
            for to in Status::ALL {
                let got = check_transition(from, to, later, now);
                if allowed.contains(&(from, to)) {
                    assert_eq!(got, Ok(()), "{from:?} → {to:?} must be allowed");
                } else {
                    assert_eq!(
                        got,
                        Err(CoreError::Transition { from, to }),
                        "{from:?} → {to:?} must be refused"
                    );
                }
                checked += 1;
            }
        }
        assert_eq!(checked, 25);
    }

    #[test]
    fn the_refusal_names_both_states() {
        let Err(e) = check_transition(Status::Published, Status::Draft, None, Timestamp::now())
        else {
            panic!("published → draft must be refused");
        };
        let text = e.to_string();
        assert!(
            text.contains("published") && text.contains("draft"),
            "{text}"
        );
        assert_eq!(e.key(), "transition-refused");
    }

    #[test]
    fn scheduling_needs_a_future_time() {
        let now = Timestamp::now();
        for at in [None, Some(now), Some(now - SignedDuration::from_mins(1))] {
            assert!(check_transition(Status::Draft, Status::Scheduled, at, now).is_err());
        }
    }

    #[test]
    fn only_published_and_due_is_visible() {
        let now = Timestamp::now();
        let past = Some(now - SignedDuration::from_mins(1));
        let future = Some(now + SignedDuration::from_mins(1));
        assert!(is_visible(Status::Published, past, now));
        assert!(!is_visible(Status::Published, future, now));
        assert!(!is_visible(Status::Published, None, now));
        for s in [
            Status::Draft,
            Status::Review,
            Status::Scheduled,
            Status::Unpublished,
        ] {
            assert!(!is_visible(s, past, now), "{s:?}");
        }
    }
}
