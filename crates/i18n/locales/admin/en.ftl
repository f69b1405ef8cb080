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

## desk
admin-new-article = New article
admin-edit-article = Edit article
admin-history = History
admin-media = Media library

# Field labels; comparisons of two revisions name their fields with these.
field-title = Title
field-lead = Lead
field-body = Text
field-slug = Address (slug)
field-section = Section
field-tags = Tags
field-byline = Byline
field-flags = Placement
field-source = Reprint source
field-cover = Cover image
field-seo-title = Search title
field-seo-description = Search description

# What a row of an article's history records.
revision-kind-created = Created
revision-kind-saved = Saved
revision-kind-status = Status changed
revision-kind-pending = Edit saved without publishing
revision-kind-pending_published = Pending edit published
revision-kind-restored = Older version restored
revision-kind-conflict = Kept after a conflict
revision-kind-base = Text before the first recorded save
revision-kind-correction = Note added

# Notices after an action
done-restored = Restored. The older text is now the current one; nothing was deleted from the history.
done-translation-made = Translation draft created. The original's text is in it, ready to translate.
done-translation-current = Marked as up to date with the original.
done-correction-added = The note is added and shown on the article.
done-article-deleted = The article is deleted.
done-uploaded = Uploaded. The image is at the top of the library.

# Errors a form of the desk can show
autosave-conflict = Someone else saved this article meanwhile, so autosave has stopped. Press Save to see the differences; your text is kept.
invalid-section = Choose a section.
invalid-author = Choose a byline from the list, or none.
invalid-alt = Describe the image for people who cannot see it (1 to 500 characters).
invalid-cover-url = The cover image needs an address from the media library or an http(s) address.
invalid-seo-title = The search title may have at most 120 characters.
invalid-seo-description = The search description may have at most 320 characters.
invalid-tag-name = A tag name may have at most 80 characters, without control characters.
invalid-correction = Write the note: 1 to 2,000 characters.
invalid-correction-kind = Choose a correction or an update.
invalid-revision = This version of the article does not exist.
correction-not-published = Notes can be added only to a published article.
pending-not-published = Only a published article can keep an unpublished edit.
translation-same-edition = A translation must be in another edition.
translation-exists = This story already has an article in that edition.
invalid-media-text = Alt text, caption and credit may have at most 500 characters each.
media-too-large = The file is too large. Make the image smaller and try again.
media-unsupported = Upload a JPEG, PNG, WebP or GIF image.
media-undecodable = This file could not be read as an image. It may be damaged.
media-too-many-pixels = The image has too many pixels. Make it smaller and try again.
media-store = The image could not be stored. Try again in a minute.
media-bad-name = There is no such media file.

# The editor
desk-story = Story
desk-edition = Edition
desk-kicker = Kicker
desk-kicker-hint = A short label above the title, such as “Elections”. It is also the story's first tag.
desk-lead-hint = One or two sentences under the title that say what happened.
desk-body-hint = Markdown: an empty line starts a new paragraph.
desk-words = Words
desk-reading-time = Reading time, min
desk-format = Formatting
desk-md-bold = Bold
desk-md-italic = Italic
desk-md-link = Link
desk-md-link-text = text
desk-md-heading = Subheading
desk-md-quote = Quote
desk-md-ul = Bulleted list
desk-md-ol = Numbered list
desk-md-image = Upload an image
desk-md-image-short = Image
desk-md-embed = A video or post: its address alone on a line
desk-md-help = Markdown help
desk-md-paragraphs = Leave an empty line between paragraphs. Images can also be dropped or pasted into the text.
desk-md-unsupported = Not supported, and what happens instead
desk-taxonomy = Section and tags
desk-choose-section = Choose a section…
desk-tags-hint = Separate tags with commas. A new name creates a new tag.
desk-no-byline = No byline
desk-publishing = Publishing
desk-publish-at = Publication time
desk-publish-at-hint = In the site's time zone, { $zone }. Needed to schedule; leave it empty to publish at once.
desk-flag-breaking = Breaking news
desk-flag-top = Top story of the home page
desk-flag-important = Important
desk-cover-url = Image address
desk-cover-url-hint = Upload an image here, or copy an address from the
desk-upload = Upload
desk-alt = Alt text
desk-alt-hint = Describe the picture for people who cannot see it.
desk-caption = Caption
desk-credit = Credit
desk-source-hint = Only for a story taken from another outlet.
desk-source-name = Outlet
desk-source-url = Address of the original
desk-seo = Address and search engines
desk-slug-hint = The last part of the article's address. Left empty, it is made from the title in Latin letters.
desk-slug-live = The article is published: a new address moves it, and the old one redirects to it.
desk-seo-hint = Left empty, the title and the lead are used.
desk-serp = In search results it may look like this
desk-save-draft = Save draft
desk-update-live = Update live article
desk-save-pending = Save without publishing
desk-schedule = Schedule
desk-publish-now = Publish now
desk-preview = Preview
desk-shortcut-hint = Keys: Ctrl+B bold, Ctrl+I italic, Ctrl+K link, Ctrl+S save (on a published article: save without publishing). On a Mac, ⌘ instead of Ctrl.
desk-saved-at = Saved at { $time }
desk-saving = Saving…
desk-unsaved = Unsaved changes
desk-autosave-offline = Not saved: no connection. Your text is kept in this browser.
desk-autosave-failed = Not saved automatically. Your text is kept in this browser; press Save (you may need to sign in again).
desk-autosave-needs = Autosave starts once the title and section are set.
desk-form-restored = Your text was brought back after you signed in again. Save it to keep it.
desk-restore-offer = This browser kept text you had not saved, from
desk-restore = Restore it
desk-discard = Discard
desk-pending-badge = Unpublished edit
desk-pending-text = This shows an unpublished edit; the live article differs.
desk-publish-pending = Publish the edit
desk-discard-pending = Discard the edit
desk-confirm-discard-pending = Discard the unpublished edit? The live article stays as it is; the edit stays in the history.
desk-conflict-title = Someone else saved this article
desk-conflict-by = { $by } saved this article at { $at } while you were editing. Your text is below and was kept in the history.
desk-conflict-kept = Open the history
desk-conflict-diff = Differences between the live text (struck out) and yours (marked):
desk-conflict-again = Save again to make your text live.
desk-stale-title = The { $edition } original changed since this translation was made
desk-stale-text = What changed in the original since then is shown below. Original:
desk-stale-changes = Changes in the original
desk-mark-current = Mark as up to date
desk-mark-current-hint = Once the translation says what the original says now.
desk-corrections = Corrections and updates
desk-corrections-hint = A dated note shown on the published article, on the corrections page and in the feeds.
desk-correction-kind = Kind
desk-correction-text = Note
desk-correction-text-hint = Say what was wrong and what is right now, or what is new.
desk-add-note = Add note
desk-side = About this article
desk-translations = Translations
desk-no-translations = No translations yet.
desk-original = original
desk-stale-badge = out of date
desk-translate-into = Translate into { $language }
desk-this-article = This article
desk-public-link = Public address
desk-view-live = View on the site
desk-view = view
desk-history-link = History: compare and restore versions
desk-delete = Delete article
desk-confirm-delete = Delete “{ $title }”? It disappears from the site and the newsroom; this cannot be undone.
desk-preview-width = Preview width
desk-preview-phone = Phone
desk-preview-desktop = Desktop
desk-preview-tab = Open in a new tab
desk-preview-frame = Preview of the article as readers will see it
desk-preview-empty = Press Preview to see the article as readers will.
desk-preview-hint = The preview follows your typing. The night theme is switched inside it.
desk-upload-title = Upload an image
desk-uploading = Uploading…
desk-image-inserted = Image uploaded and inserted.
desk-cover-set = Image uploaded and set as the cover.
desk-upload-failed = The image could not be uploaded. Check the connection and try again.
desk-diff-none = No differences.
desk-diff-unchanged = { $count ->
    [one] { $count } unchanged character
   *[other] { $count } unchanged characters
}

# History
desk-back-to-editor = Back to the editor
desk-revisions = Versions
desk-compare = Compare
desk-compare-hint = Choose an older and a newer version, then press Compare.
desk-compare-title = Differences between two versions
desk-compare-older = Older
desk-compare-newer = Newer
desk-revision = version { $revision }
desk-revision-col = Version
desk-what = What
desk-current = current
desk-status-change = Status: { $from } → { $to }
desk-status-now = Status: { $to }
desk-restore-this = Restore
desk-confirm-restore = Restore the text of { $when }? It becomes a new version; nothing is deleted.
desk-no-history = Nothing has been recorded yet.

# Media library
desk-file = Image file
desk-file-hint = JPEG, PNG, WebP or GIF, up to { $size } MB. It is checked and re-encoded; its metadata is removed.
desk-media-search = Search the library
desk-media-search-hint = Alt text, caption, credit or file name
desk-show-all = Show all
desk-no-alt = No alt text
desk-kb = { $size } KB
desk-image-address = Image address
desk-copy-markdown = Copy Markdown
desk-markdown-copied = Markdown copied
desk-media-empty = No images yet. Upload the first one above.
desk-media-none-found = No image matches “{ $query }”.

# Dashboard
desk-my-drafts = My drafts
desk-no-drafts = You have no drafts.
desk-stale-translations = Translations out of date
desk-source-changed = the original changed:
desk-missing-translations = Missing translations
desk-missing-in = missing in

## desk audit actions
audit-edit_published = Pending edit published
audit-article_deleted = Article deleted
audit-correction_added = Correction added
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

## parked forms
done-parked = Your session ended while you were writing. Sign in again: your text was kept and will be back in the editor.
session-ended = You were signed out, so autosave has stopped. Your text is kept in this browser; sign in again in another tab, then save.

## byline
desk-coauthors = Also by
desk-coauthors-hint = More authors of the byline, after the first. Hold Ctrl (⌘ on a Mac) to choose several.
invalid-coauthors = A byline has at most 10 authors, and a first author before the others.

## desk checks
invalid-characters = Remove the invisible or control characters from this field (they change how the text reads).
invalid-publish-at = Write the time as date and hours, for example 2026-12-01 07:00.
desk-published-read-only = This article is published: its author or an editor can change it now.

## Markdown the site does not render
md-x-footnotes = Footnotes `[^1]`
md-x-footnotes-then = shown as typed
md-x-tasks = Task lists `- [ ]`
md-x-tasks-then = shown as a plain list with the brackets
md-x-deflists = Definition lists
md-x-deflists-then = shown as plain paragraphs
md-x-heading-ids = Heading ids `{"{"}#id{"}"}`
md-x-heading-ids-then = shown as typed
md-x-align = Column alignment in tables `:--:`
md-x-align-then = columns are left-aligned
md-x-html = Raw HTML other than simple formatting
md-x-html-then = removed (scripts, frames, styles, forms)
md-x-embed-code = A provider's embed code `<iframe …>`
md-x-embed-code-then = removed: paste the post's URL alone in its paragraph instead
method-not-allowed = This address does not take that kind of request.
settings-feed-full-text = Feeds carry whole articles
settings-feed-full-text-hint = Off: RSS and Atom feeds carry each article's lead with a link; on: its whole text.
audit-token_created = Integration token made
audit-token_revoked = Integration token revoked
admin-tokens = Integrations
tokens-intro = Tokens let tools and wire importers create, edit, publish and unpublish articles through the admin API, with the permissions of the role you give them (never more than yours). Each acts on your behalf, and the audit log names the token.
tokens-new = New token
tokens-name = Name
tokens-name-hint = Which integration holds it, such as Wire importer.
tokens-create = Make a token
tokens-made = The token for { $name } is made. Copy it now: it is not shown again.
tokens-made-hint = Send it as Authorization: Bearer and the token. Only its hash is kept.
tokens-token = Token
tokens-list = Tokens
tokens-prefix = Starts with
tokens-made-by = Made by
tokens-last-used = Last used
tokens-never = Never
tokens-revoked = Revoked
tokens-revoke = Revoke
tokens-confirm-revoke = Revoke the token of { $name }? Requests with it will be refused.
tokens-none = No tokens yet.
done-token-revoked = The token is revoked; requests with it are refused.
invalid-token-name = Give the token a name of up to 80 characters on one line.

# Static pages and redirects (SPEC R14)
admin-static-pages = Pages
admin-redirects = Redirects
admin-page-new = New page
admin-page-edit = Edit page
done-page-saved = The page is saved; the site shows it now.
done-page-deleted = The page is deleted. Its translations stay.
done-redirect-added = The redirect is added: the old address leads to the new one now.
done-redirect-deleted = The redirect is deleted.
pages-new = New page
pages-intro = Pages such as About, Contacts, Advertising and Privacy: one per edition, with their translations side by side. Ticked pages are linked from the footer of every page of their edition.
pages-in-footer = In the footer
pages-not-in-footer = Not in the footer
pages-imported = Imported
pages-add-translation = Add a translation
pages-none = No pages yet. Write the first one: About, Contacts, Advertising or Privacy.
pages-updated-at = Changed { $when }
pages-page = Page
pages-slug-hint = The last part of the page's address. Left empty, it is made from the title in Latin letters.
pages-placement = Placement and translations
pages-in-footer-label = Link it from the footer of every page of this edition
pages-position = Order in the footer
pages-position-hint = Smaller numbers come first (0 to 9999).
pages-translation-of = Translation of
pages-translation-none = Not a translation
pages-translation-hint = Linked pages point to each other: the edition switch and search engines lead readers to the page in their language.
pages-create = Create page
pages-side = About this page
pages-no-translations = No translations yet.
pages-translate-into = Translate into { $language }
pages-this-page = This page
pages-confirm-delete = Delete the page "{ $title }"? Its address will answer "not found"; its translations stay.
pages-delete = Delete page
pages-preview-frame = Preview of the page as readers will see it
pages-preview-empty = Press Preview to see the page as readers will.
page-invalid-title = The title must be 1 to 200 characters long, on one line.
page-invalid-body = The text is too long (512 KB at most).
page-invalid-position = The order must be a whole number from 0 to 9999.
page-translation-same-edition = A translation must be in another edition than this page.
page-translation-taken = That page already has a translation in this edition.
page-translation-gone = That page no longer exists. Choose another one.
page-slug-taken = Another page of this edition already has this address. Choose another slug.
redirects-intro = Old addresses, such as the previous site's permalinks, answer with a permanent redirect (301) to their new address. Imports fill this list. A page that lives at an address always wins over a redirect from it.
redirects-new = Add a redirect
redirects-from = Old address
redirects-from-hint = A path of this site starting with /, e.g. /2019/05/old-story/ or /?p=17. A trailing slash makes no difference.
redirects-to = New address
redirects-to-hint = A path of this site (/post/…) or a full address on { $site }.
redirects-add = Add redirect
redirects-list = Redirects
redirects-search = Search redirects
redirects-search-placeholder = Part of an old or new address
redirects-search-go = Search
redirects-search-clear = Show all
redirects-origin = Origin
redirects-imported = Imported
redirects-manual = Added here
redirects-confirm-delete = Delete the redirect from { $from }? That address will answer "not found" again.
redirects-delete = Delete
redirects-pager = Pages of the list
redirects-none-found = No redirect contains "{ $query }".
redirects-none = No redirects yet.
redirect-bad-from = The old address must be a path of this site starting with a single /, e.g. /2019/05/old-story/.
redirect-other-host = The new address must be on this site: a path starting with /, or a full address on this site's host.
redirect-loop = This redirect would loop: following it and the redirects already saved leads back to the old address.
redirect-taken = This old address already redirects. Delete that redirect first to change it.
redirect-reserved = This address belongs to the site itself (the home page, the newsroom, the API, files) and cannot be redirected.
redirect-required = Fill in this field.
