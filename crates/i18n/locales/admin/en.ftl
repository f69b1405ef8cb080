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

## settings page
admin-settings = Settings
admin-strip = Breaking strip and ads
settings-intro = What every page of the site shows around its articles. Changes appear on the site at once.
settings-general = General
settings-site-name = Site name
settings-site-name-hint = Shown in the logo, page titles and the footer. Up to 80 characters.
settings-time-zone = Time zone
settings-time-zone-hint = A name such as Asia/Baku or Europe/Moscow. Dates on the site and in the newsroom are shown in it.
settings-editions = Editions
settings-editions-hint = Tick the editions readers can open. The default edition is served at the site's root address, the others under /en/, /hy/ and so on. Articles of an edition that is turned off are not shown.
settings-edition = Edition
settings-edition-on = Open to readers
settings-edition-default = Default
settings-links = Links
settings-links-hint = Each link is shown in the site's header when filled in. Only https addresses are accepted; leave a field empty to hide its link.
settings-social = Social networks
settings-apps = Mobile apps
settings-reprint = Reprint policy
settings-reprint-hint = The notice shown in the footer of every page of an edition, for example: “Any use of materials is allowed only with a hyperlink to the source.” Plain text, up to 2,000 characters.
settings-save = Save settings
settings-save-hint = One save changes everything on this page; it is recorded in the audit log.
strip-intro = A short line above every page of an edition, for news that cannot wait. While it is shown, it stands in place of the latest article marked as breaking.
strip-title = Breaking strip
strip-hint = One strip per edition. Times are in the site's time zone ({ $zone }).
strip-shown = Shown now
strip-until-when = until { $when }
strip-expired = Expired: readers no longer see it
strip-none = Not set: the latest breaking article is shown, if any
strip-text = Text
strip-text-hint = One line, up to 200 characters.
strip-link = Link (optional)
strip-until = Show until (optional)
strip-until-hint = Date and time in the site's time zone ({ $zone }). Empty: shown until cleared.
strip-save = Show strip
strip-clear = Clear
strip-confirm-clear = Remove this strip from the site now?
ads-title = Ads
ads-hint = An ad is an image with a link, shown in its slot on the pages of one edition or of every edition. An ad for a single edition is shown there in place of one for every edition.
ads-none = There are no ads yet.
ads-slot = Slot
ads-slot-home = Home page
ads-slot-article = Article page
ads-slot-list = Section and tag pages
ads-edition = Edition
ads-every-edition = Every edition
ads-image-url = Image address
ads-link-url = Link address
ads-alt = Text of the image
ads-width = Width, px
ads-height = Height, px
ads-html = HTML (instead of the image)
ads-html-hint = Only links, images, paragraphs and bold or italic text are kept; scripts, frames, styles and event handlers are removed.
ads-html-admins-only = This ad shows HTML, which only an admin can change. Your changes keep it.
ads-save = Save ad
ads-remove = Remove ad
ads-confirm-remove = Remove this ad from the site?
ads-add = New ad
ads-add-button = Add ad
done-settings-saved = Settings saved. The site shows them now.
done-settings-unchanged = Nothing was changed.
done-strip-saved = The breaking strip is shown on the site.
done-strip-cleared = The breaking strip is removed from the site.
done-ad-added = The ad is added.
done-ad-saved = The ad is saved.
done-ad-removed = The ad is removed.
invalid-form = Some fields need correcting; each is marked below.
invalid-site-name = Enter a site name of 1 to 80 characters, without control or invisible characters.
editions-empty = Tick at least one edition.
invalid-default-edition = Choose a default edition among the ticked ones.
invalid-time-zone = Enter a time zone name such as Asia/Baku.
invalid-https-url = Enter an address beginning with https://, or leave the field empty.
invalid-reprint = The text may have at most 2,000 characters, without control or invisible characters.
invalid-strip-text = Enter one line of 1 to 200 characters.
invalid-strip-link = Enter an https address or a path of this site beginning with a single /.
invalid-strip-until = Enter a date and time such as 2026-05-12T18:30.
strip-until-past = This time has already passed.
invalid-ad-slot = Choose one of the slots offered.
invalid-ad-url = Enter an https address or a path of this site beginning with a single /.
invalid-ad-alt = Describe the image in 1 to 200 characters.
invalid-ad-size = Enter a whole number of pixels from 1 to 2,000.
invalid-ad-html = The HTML is too long, or nothing of it can be shown.
