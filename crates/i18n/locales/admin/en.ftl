## The newsroom at /admin: interface strings (admin-*), roles, audit actions, notices after an
## action (done-*) and the errors of signing in and managing staff (stable codes).

admin-newsroom = Newsroom
admin-nav = Newsroom sections
admin-view-site = View site
admin-sign-out = Sign out
admin-dashboard = Dashboard
admin-staff = Staff
admin-audit = Audit log
admin-profile = Profile
admin-you = you

## Signing in
admin-sign-in-title = Sign in to the newsroom
admin-sign-in = Sign in
admin-sign-in-help = Forgot your password? Ask an admin for a reset link.
admin-email = E-mail
admin-password = Password
admin-new-password = New password
admin-current-password = Current password
admin-password-rule = At least 12 characters. A phrase of several words is easy to remember and hard to guess.
admin-totp-title = Two-step verification
admin-totp-hint = Enter the 6-digit code from your authenticator app, or one of your recovery codes.
admin-totp-code = Code
admin-totp-submit = Verify
admin-cancel = Cancel

## One-time links
admin-link-title = Newsroom account
admin-link-invalid-title = This link cannot be used
admin-first-admin-title = Create the first admin
admin-first-admin-hint = This account will manage the site, its staff and its settings.
admin-invite-title = Join the newsroom
admin-invite-hint = You are invited as { $role }. Choose your name and password.
admin-reset-title = Set a new password
admin-reset-for = For the account { $email }.
admin-name = Name
admin-language = Language of the newsroom
admin-create-account = Create account
admin-set-password = Set password

## Dashboard
admin-dashboard-own = You see your own articles.
admin-counts = Articles by status
admin-scheduled-queue = Scheduled queue
admin-nothing-scheduled = Nothing is scheduled.
admin-read-today = Most read today
admin-read-week = Most read this week
admin-no-views = No views counted yet.
admin-none = None.
admin-views = { $count ->
    [one] { $count } view
   *[other] { $count } views
}
admin-send-to-review = Send to review
admin-unpublish = Unpublish
admin-back-to-draft = Back to draft

## Staff
admin-invite = Invite a colleague
admin-make-invite = Make invitation link
admin-invite-made = Invitation link for a new { $role }. Send it to them: it works once.
admin-reset-made = Password reset link for { $email }. Send it to them: it works once.
admin-link = Link
admin-copy = Copy
admin-copied = Copied
admin-link-expires = Valid until { $when }.
admin-people = People
admin-role = Role
admin-role-of = Role of { $name }
admin-state = State
admin-actions = Actions
admin-active = Active
admin-disabled = Disabled
admin-totp-on = two-step on
admin-change-role = Change
admin-confirm-role = Change the role of { $name }? They will be signed out everywhere.
admin-disable = Disable
admin-enable = Enable
admin-confirm-disable = Disable { $name }? They will be signed out everywhere and cannot sign in until enabled again.
admin-reset-password = Reset password
admin-totp-required = Two-step verification required
admin-totp-required-hint = People with these roles must turn on two-step verification before they can work.
admin-save = Save

## Profile
admin-about-you = About you
admin-change-password = Change password
admin-totp = Two-step verification
admin-totp-is-on = Two-step verification is on.
admin-totp-is-off = Two-step verification is off. With it, a stolen password alone is not enough to sign in as you.
admin-totp-turn-on = Turn on
admin-totp-turn-off = Turn off
admin-confirm-totp-off = Turn off two-step verification?
admin-totp-scan = Scan this code with an authenticator app, then enter the 6-digit code it shows.
admin-totp-qr-alt = QR code for your authenticator app
admin-totp-manual = Or type this key:
admin-totp-confirm = Confirm
admin-totp-must-enrol = Your role requires two-step verification. Turn it on to continue.
admin-recovery-codes-hint = Your recovery codes. Each works once, if you lose your phone. Keep them somewhere safe: they are shown only now.
admin-recovery-left = { $count ->
    [one] { $count } recovery code left.
   *[other] { $count } recovery codes left.
}

## Audit log
admin-filter = Filter the audit log
admin-action = Action
admin-any = Any
admin-who = Who
admin-anyone = Anyone
admin-from = From
admin-to = To
admin-apply = Apply
admin-export = Export (JSON Lines)
admin-when = When
admin-target = Target
admin-address = Address
admin-audit-empty = Nothing matches this filter.
admin-pages = Pages
admin-newer = Newer
admin-older = Older
admin-page-of = Page { $page } of { $pages }

## Refusals
admin-forbidden-title = Not allowed
admin-csrf-title = The form has expired
admin-too-large-title = Too much data
admin-error-title = Something went wrong
admin-back-to-dashboard = Back to the dashboard

## Roles
role-contributor = Contributor
role-author = Author
role-editor = Editor
role-admin = Admin

## Audit actions
audit-login_succeeded = Signed in
audit-login_failed = Sign-in failed
audit-login_limited = Sign-in throttled
audit-logout = Signed out
audit-user_created = Account created
audit-user_invited = Invitation made
audit-user_disabled = Account disabled
audit-user_enabled = Account enabled
audit-role_changed = Role changed
audit-password_changed = Password changed
audit-password_reset_issued = Password reset link made
audit-totp_enabled = Two-step verification on
audit-totp_disabled = Two-step verification off
audit-recovery_code_used = Recovery code used
audit-profile_changed = Profile changed
audit-settings_changed = Settings changed
audit-article_status_changed = Article status changed

## Notices after an action
done-saved = Saved.
done-password-changed = Your password is changed. Your other sessions were signed out.
done-totp-on = Two-step verification is on.
done-totp-off = Two-step verification is off.
done-role-changed = The role is changed; that person was signed out everywhere.
done-user-disabled = The account is disabled and signed out everywhere.
done-user-enabled = The account is enabled.
done-article-moved = The article's status is changed.
done-account-created = Your account is ready. Sign in.
done-password-set = Your new password is set. Sign in.
done-signed-out = You are signed out.
done-totp-roles-saved = Saved: the roles that must use two-step verification.

## Errors with stable codes
login-failed = The e-mail or password is wrong.
login-limited = Too many failed attempts. Try again in { $seconds } seconds.
account-disabled = This account is disabled. Ask an admin to enable it.
link-invalid = This link is unknown, has already been used or has expired. Ask an admin for a new one.
totp-invalid = The code is wrong or has already been used.
last-admin = The site must keep at least one active admin.
current-password-wrong = The current password is wrong.
email-taken = An account with this e-mail already exists.
invalid-email = Enter an e-mail address like name@example.org.
invalid-name = Enter a name of 1 to 100 characters, without tabs, control or invisible characters.
invalid-role = There is no such role.
invalid-language = Choose one of the languages offered.
invalid-action = There is no such action.
invalid-date = Enter a date as YYYY-MM-DD.
invalid-user = There is no such person.
password-too-short = The password must have at least 12 characters.
password-too-long = The password may have at most 1,024 characters.
password-common = This password is too common or too easy to guess. Try a phrase of several unrelated words.
csrf-refused = The form could not be accepted: it came from another site or has expired. Open the page again and retry.
form-too-large = The form sent too much data.
admin-system = System
admin-anonymous = Not signed in
admin-confirm-unpublish = Unpublish “{ $title }”? Readers will no longer find it; it is kept and can be published again.
admin-totp-reset = Turn off two-step
admin-confirm-totp-reset = Turn off two-step verification for { $name }? They will be signed out and can sign in with their password alone until they turn it on again.
done-totp-reset = Two-step verification is off for that person; they were signed out.
totp-required-for-role = Your role requires two-step verification: it cannot be turned off.
admin-by-reset-link = by a reset link
