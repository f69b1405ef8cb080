//! Cases for the newsroom's ports: accounts, sessions, one-time links, TOTP steps and recovery
//! codes, the audit log and the dashboard's desk.

use crate::{Conflict, DynStore, LinkUse, NewSession, NewUser, Redeemed, SessionStage, StoreError};
use jiff::{SignedDuration, Timestamp};
use masthead_core::{
    AuditAction, AuditFilter, Lang, LinkPurpose, NewAuditEntry, OneTimeLink, Role,
};

fn new_user(email: &str, role: Role) -> NewUser {
    NewUser {
        email: email.into(),
        name: format!("Name of {email}"),
        role,
        ui_lang: Lang::En,
        password_hash: Some("$argon2id$v=19$stub".into()),
    }
}

fn session(hash: &str, user_id: i64, now: Timestamp) -> NewSession {
    NewSession {
        token_hash: hash.into(),
        user_id,
        stage: SessionStage::Full,
        created_at: now,
        expires_at: now + SignedDuration::from_hours(1),
        ip: "192.0.2.1".into(),
    }
}

pub async fn accounts_and_sessions(s: DynStore) {
    let now = Timestamp::now();
    let a = s
        .create_user(&new_user("a@example.org", Role::Admin), now)
        .await
        .unwrap();
    let err = s
        .create_user(&new_user("a@example.org", Role::Author), now)
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::Conflict(Conflict::EmailTaken)),
        "{err:?}"
    );
    let b = s
        .create_user(&new_user("b@example.org", Role::Author), now)
        .await
        .unwrap();
    assert_eq!(s.count_active_admins().await.unwrap(), 1);
    assert_eq!(s.users().await.unwrap().len(), 2);
    let creds = s
        .credentials_by_email("b@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(creds.user, b);
    assert_eq!(creds.password_hash.as_deref(), Some("$argon2id$v=19$stub"));

    s.create_session(&session("s1", b.id, now)).await.unwrap();
    s.create_session(&session("s2", b.id, now)).await.unwrap();
    s.create_session(&session("s3", a.id, now)).await.unwrap();
    let got = s.session("s1").await.unwrap().unwrap();
    assert_eq!(got.user.id, b.id);
    assert_eq!(got.stage, SessionStage::Full);
    // A role change ends every session of the account, and only its own.
    s.set_role(b.id, Role::Editor).await.unwrap();
    assert!(s.session("s1").await.unwrap().is_none());
    assert!(s.session("s2").await.unwrap().is_none());
    assert!(s.session("s3").await.unwrap().is_some());
    // Disabling too; enabling does not bring sessions back.
    s.create_session(&session("s4", b.id, now)).await.unwrap();
    s.set_disabled(b.id, true).await.unwrap();
    assert!(s.session("s4").await.unwrap().is_none());
    assert!(s.user(b.id).await.unwrap().unwrap().disabled);
    // A new password ends every session but the one kept.
    s.create_session(&session("s5", a.id, now)).await.unwrap();
    s.set_password(a.id, "new-hash", Some("s5")).await.unwrap();
    assert!(s.session("s3").await.unwrap().is_none());
    assert!(s.session("s5").await.unwrap().is_some());
    // Idle and expired sessions are pruned.
    s.touch_session("s5", now).await.unwrap();
    assert_eq!(
        s.prune_sessions(now, now + SignedDuration::from_secs(1))
            .await
            .unwrap(),
        1
    );
    assert!(matches!(
        s.set_role(9999, Role::Admin).await,
        Err(StoreError::NotFound)
    ));
}

pub async fn totp_steps_and_recovery_codes_are_single_use(s: DynStore) {
    let now = Timestamp::now();
    let u = s
        .create_user(&new_user("t@example.org", Role::Editor), now)
        .await
        .unwrap();
    s.set_totp_secret(u.id, Some("JBSWY3DPEHPK3PXP"))
        .await
        .unwrap();
    assert!(
        !s.set_totp_enabled(u.id, Some("OTHERSECRET"), &[])
            .await
            .unwrap(),
        "a code checked against another secret enrols nothing"
    );
    s.set_totp_enabled(u.id, Some("JBSWY3DPEHPK3PXP"), &["h1".into(), "h2".into()])
        .await
        .unwrap();
    assert!(s.user(u.id).await.unwrap().unwrap().totp_enabled);
    assert!(s.accept_totp_step(u.id, 100).await.unwrap());
    assert!(
        !s.accept_totp_step(u.id, 100).await.unwrap(),
        "the same step twice is a replay"
    );
    assert!(
        !s.accept_totp_step(u.id, 99).await.unwrap(),
        "an earlier step too"
    );
    assert!(s.accept_totp_step(u.id, 101).await.unwrap());
    assert_eq!(s.recovery_codes_left(u.id).await.unwrap(), 2);
    assert!(s.use_recovery_code(u.id, "h1").await.unwrap());
    assert!(!s.use_recovery_code(u.id, "h1").await.unwrap());
    assert!(!s.use_recovery_code(u.id, "nope").await.unwrap());
    assert_eq!(s.recovery_codes_left(u.id).await.unwrap(), 1);
    s.set_totp_enabled(u.id, None, &[]).await.unwrap();
    let c = s.credentials(u.id).await.unwrap().unwrap();
    assert!(!c.user.totp_enabled && c.totp_secret.is_none());
    assert_eq!(s.recovery_codes_left(u.id).await.unwrap(), 0);
}

pub async fn one_time_links_are_single_use_and_expire(s: DynStore) {
    let now = Timestamp::now();
    let link = |purpose| OneTimeLink {
        purpose,
        expires_at: now + SignedDuration::from_hours(24),
        created_by: "system:test".into(),
    };
    s.create_link("first", &link(LinkPurpose::FirstAdmin), now)
        .await
        .unwrap();
    s.create_link(
        "invite",
        &link(LinkPurpose::Invite { role: Role::Author }),
        now,
    )
    .await
    .unwrap();
    assert_eq!(
        s.link("first", now).await.unwrap().unwrap().purpose,
        LinkPurpose::FirstAdmin
    );
    // Expired after 24 hours.
    let later = now + SignedDuration::from_hours(25);
    assert!(s.link("first", later).await.unwrap().is_none());
    let admin = LinkUse::CreateUser(new_user("boss@example.org", Role::Admin));
    assert!(
        s.redeem_link("first", later, &admin)
            .await
            .unwrap()
            .is_none()
    );
    // The link's role wins: an invitation for an author cannot make an admin.
    assert!(
        s.redeem_link("invite", now, &admin)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        s.link("invite", now).await.unwrap().is_some(),
        "still unused"
    );
    let done = s.redeem_link("first", now, &admin).await.unwrap().unwrap();
    let Redeemed::Created(boss) = done else {
        panic!("{done:?}")
    };
    assert_eq!(boss.role, Role::Admin);
    assert!(
        s.redeem_link("first", now, &admin).await.unwrap().is_none(),
        "used once"
    );
    // A taken e-mail leaves the link unused.
    let dup = LinkUse::CreateUser(new_user("boss@example.org", Role::Author));
    let err = s.redeem_link("invite", now, &dup).await.unwrap_err();
    assert!(
        matches!(err, StoreError::Conflict(Conflict::EmailTaken)),
        "{err:?}"
    );
    assert!(s.link("invite", now).await.unwrap().is_some());
    // A first-admin link is refused once an admin exists.
    s.create_link("first2", &link(LinkPurpose::FirstAdmin), now)
        .await
        .unwrap();
    let other = LinkUse::CreateUser(new_user("second@example.org", Role::Admin));
    assert!(
        s.redeem_link("first2", now, &other)
            .await
            .unwrap()
            .is_none()
    );
    // A reset sets the password and ends the sessions.
    s.create_link("reset", &link(LinkPurpose::Reset { user_id: boss.id }), now)
        .await
        .unwrap();
    s.create_session(&session("sess", boss.id, now))
        .await
        .unwrap();
    let set = LinkUse::SetPassword {
        user_id: boss.id,
        password_hash: "fresh".into(),
    };
    assert_eq!(
        s.redeem_link("reset", now, &set).await.unwrap(),
        Some(Redeemed::PasswordSet)
    );
    assert!(s.session("sess").await.unwrap().is_none());
    let c = s.credentials(boss.id).await.unwrap().unwrap();
    assert_eq!(c.password_hash.as_deref(), Some("fresh"));
}

pub async fn audit_log_filters(s: DynStore) {
    let t0 = Timestamp::from_second(1_800_000_000).unwrap();
    let entry = |action, user: Option<i64>| NewAuditEntry {
        actor: user.map_or("system:test".into(), |u| format!("user:{u}")),
        actor_user_id: user,
        action,
        target: "user:2".into(),
        detail: "'; DROP TABLE audit_log; --".into(),
        ip: "198.51.100.7".into(),
    };
    s.append_audit(&entry(AuditAction::LoginFailed, None), t0)
        .await
        .unwrap();
    s.append_audit(
        &entry(AuditAction::LoginSucceeded, Some(1)),
        t0 + SignedDuration::from_hours(1),
    )
    .await
    .unwrap();
    s.append_audit(
        &entry(AuditAction::RoleChanged, Some(1)),
        t0 + SignedDuration::from_hours(48),
    )
    .await
    .unwrap();
    let all = s.audit(&AuditFilter::default(), 10, 0).await.unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(
        all[0].entry.action,
        AuditAction::RoleChanged,
        "newest first"
    );
    assert_eq!(all[2].entry.detail, "'; DROP TABLE audit_log; --");
    let by_user = AuditFilter {
        actor_user_id: Some(1),
        ..Default::default()
    };
    assert_eq!(s.count_audit(&by_user).await.unwrap(), 2);
    let day_one = AuditFilter {
        from: Some(t0),
        to: Some(t0 + SignedDuration::from_hours(24)),
        ..Default::default()
    };
    assert_eq!(s.count_audit(&day_one).await.unwrap(), 2);
    let failed = AuditFilter {
        action: Some(AuditAction::LoginFailed),
        ..Default::default()
    };
    let got = s.audit(&failed, 10, 0).await.unwrap();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].at, t0);
    assert_eq!(
        s.audit(&AuditFilter::default(), 1, 2).await.unwrap().len(),
        1,
        "paged"
    );
}

pub(super) async fn integration_tokens_are_found_by_hash_and_revoked(s: DynStore) {
    let now = Timestamp::now();
    let admin = s
        .create_user(&new_user("admin@example.org", Role::Admin), now)
        .await
        .unwrap();
    let new = |name: &str, hash: &str| masthead_core::token::NewApiToken {
        name: name.into(),
        role: Role::Author,
        token_hash: hash.into(),
        prefix: "mh_abcdef".into(),
        created_by: admin.id,
    };
    let wire = s
        .create_token(&new("Wire", &"a".repeat(64)), now)
        .await
        .unwrap();
    assert_eq!((wire.name.as_str(), wire.role), ("Wire", Role::Author));
    assert_eq!(wire.created_by_name, "Name of admin@example.org");
    assert_eq!(wire.last_used_at, None);
    let tool = s
        .create_token(&new("Tool", &"b".repeat(64)), now)
        .await
        .unwrap();
    // The same hash twice is refused (it would make two tokens one).
    assert!(
        s.create_token(&new("Copy", &"a".repeat(64)), now)
            .await
            .is_err()
    );

    let listed: Vec<i64> = s.api_tokens().await.unwrap().iter().map(|t| t.id).collect();
    assert_eq!(listed, vec![tool.id, wire.id], "newest first");
    let found = s.token_by_hash(&"a".repeat(64)).await.unwrap().unwrap();
    assert_eq!(found.id, wire.id);
    assert!(s.token_by_hash(&"c".repeat(64)).await.unwrap().is_none());

    s.token_used(wire.id, now).await.unwrap();
    let used = s.token_by_hash(&"a".repeat(64)).await.unwrap().unwrap();
    assert_eq!(
        used.last_used_at.map(|t| t.as_second()),
        Some(now.as_second())
    );

    assert!(s.revoke_token(wire.id, now).await.unwrap());
    assert!(!s.revoke_token(wire.id, now).await.unwrap(), "once");
    assert!(!s.revoke_token(i64::MAX, now).await.unwrap());
    let revoked = s.token_by_hash(&"a".repeat(64)).await.unwrap().unwrap();
    assert!(revoked.revoked_at.is_some());
    let other = s.token_by_hash(&"b".repeat(64)).await.unwrap().unwrap();
    assert_eq!(other.revoked_at, None, "only that one");
}

/// Failed sign-ins are counted per key in the database (every node sees them), newest first,
/// and rows before the window are forgotten when new ones arrive.
pub async fn login_failures_count_per_key_and_are_forgotten(s: DynStore) {
    let t0 = Timestamp::from_second(1_800_000_000).unwrap();
    let ms = SignedDuration::from_millis;
    let ip = "ip:192.0.2.7".to_string();
    let account = "account:a@example.org".to_string();
    for i in 0..3 {
        s.record_login_failure(&[ip.clone(), account.clone()], t0 + ms(i * 10), t0 - ms(1))
            .await
            .unwrap();
    }
    s.record_login_failure(std::slice::from_ref(&ip), t0 + ms(100), t0 - ms(1))
        .await
        .unwrap();
    let got = s.login_failures(&ip, t0, 10).await.unwrap();
    assert_eq!(got, [t0 + ms(100), t0 + ms(20), t0 + ms(10), t0]);
    assert_eq!(s.login_failures(&ip, t0, 2).await.unwrap().len(), 2);
    assert_eq!(s.login_failures(&account, t0, 10).await.unwrap().len(), 3);
    assert_eq!(
        s.login_failures(&account, t0 + ms(15), 10).await.unwrap(),
        [t0 + ms(20)]
    );
    assert!(
        s.login_failures("ip:198.51.100.1", t0, 10)
            .await
            .unwrap()
            .is_empty()
    );
    // A failure an hour later forgets what came before the window it is given.
    let later = t0 + SignedDuration::from_hours(1);
    s.record_login_failure(
        std::slice::from_ref(&account),
        later,
        later - SignedDuration::from_mins(15),
    )
    .await
    .unwrap();
    assert!(s.login_failures(&ip, t0, 10).await.unwrap().is_empty());
    assert_eq!(s.login_failures(&account, t0, 10).await.unwrap(), [later]);
}
