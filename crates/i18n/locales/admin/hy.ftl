## Խմբագրությունը /admin հասցեում․ միջերեսի տողեր (admin-*), դերեր, մատյանի գործողություններ,
## գործողությունից հետո ծանուցումներ (done-*) և մուտքի ու աշխատակիցների կառավարման սխալներ (կայուն կոդեր)։

admin-newsroom = Խմբագրություն
admin-nav = Խմբագրության բաժիններ
admin-view-site = Դիտել կայքը
admin-sign-out = Դուրս գալ
admin-dashboard = Վահանակ
admin-staff = Աշխատակիցներ
admin-audit = Գործողությունների մատյան
admin-profile = Պրոֆիլ
admin-you = Դուք

## Մուտք
admin-sign-in-title = Մուտք խմբագրություն
admin-sign-in = Մուտք գործել
admin-sign-in-help = Մոռացե՞լ եք գաղտնաբառը։ Խնդրեք ադմինիստրատորին ուղարկել վերականգնման հղում։
admin-email = Էլ. փոստ
admin-password = Գաղտնաբառ
admin-new-password = Նոր գաղտնաբառ
admin-current-password = Ընթացիկ գաղտնաբառ
admin-password-rule = Առնվազն 12 նիշ։ Մի քանի բառից կազմված արտահայտությունը հեշտ է հիշել և դժվար՝ գուշակել։
admin-totp-title = Երկքայլ վավերացում
admin-totp-hint = Մուտքագրեք նույնականացման հավելվածի վեցանիշ կոդը կամ Ձեր վերականգնման կոդերից մեկը։
admin-totp-code = Կոդ
admin-totp-submit = Ստուգել
admin-cancel = Չեղարկել

## Մեկանգամյա հղումներ
admin-link-title = Խմբագրության հաշիվ
admin-link-invalid-title = Այս հղումը հնարավոր չէ օգտագործել
admin-first-admin-title = Առաջին ադմինիստրատորի ստեղծում
admin-first-admin-hint = Այս հաշվով Դուք կկառավարեք կայքը, նրա աշխատակիցներին և կարգավորումները։
admin-invite-title = Միացեք խմբագրությանը
admin-invite-hint = Դուք հրավիրված եք «{ $role }» դերով։ Նշեք Ձեր անունը և ստեղծեք գաղտնաբառ։
admin-reset-title = Սահմանեք նոր գաղտնաբառ
admin-reset-for = { $email } հաշվի համար։
admin-name = Անուն
admin-language = Խմբագրության միջերեսի լեզուն
admin-create-account = Ստեղծել հաշիվ
admin-set-password = Պահպանել գաղտնաբառը

## Վահանակ
admin-dashboard-own = Դուք տեսնում եք միայն Ձեր հոդվածները։
admin-counts = Հոդվածներն ըստ կարգավիճակի
admin-scheduled-queue = Հրապարակումների հերթ
admin-nothing-scheduled = Պլանավորված հրապարակումներ չկան։
admin-read-today = Այսօրվա ամենաընթերցվածը
admin-read-week = Շաբաթվա ամենաընթերցվածը
admin-no-views = Դիտումներ դեռ չկան։
admin-none = Դատարկ է։
admin-views = { $count ->
    [one] { $count } դիտում
   *[other] { $count } դիտում
}
admin-send-to-review = Ուղարկել ստուգման
admin-unpublish = Հանել հրապարակումից
admin-back-to-draft = Վերադարձնել սևագրերի մեջ

## Աշխատակիցներ
admin-invite = Հրավիրել գործընկերոջ
admin-make-invite = Ստեղծել հրավերի հղում
admin-invite-made = Հրավերի հղում «{ $role }» դերով նոր աշխատակցի համար։ Ուղարկեք այն նրան․ հղումը գործում է մեկ անգամ։
admin-reset-made = Գաղտնաբառի վերականգնման հղում { $email } հաշվի համար։ Ուղարկեք այն հաշվի տիրոջը․ հղումը գործում է մեկ անգամ։
admin-link = Հղում
admin-copy = Պատճենել
admin-copied = Պատճենված է
admin-link-expires = Գործում է մինչև { $when }։
admin-people = Աշխատակազմ
admin-role = Դեր
admin-role-of = Դերը՝ { $name }
admin-state = Վիճակ
admin-actions = Գործողություններ
admin-active = Ակտիվ
admin-disabled = Անջատված
admin-totp-on = երկքայլ վավերացումը միացված է
admin-change-role = Փոխել
admin-confirm-role = Փոխե՞լ դերը՝ { $name }։ Այս հաշվի բոլոր նիստերը կփակվեն բոլոր սարքերում։
admin-disable = Անջատել
admin-enable = Միացնել
admin-confirm-disable = Անջատե՞լ հաշիվը՝ { $name }։ Հաշվի բոլոր նիստերը կփակվեն, և մուտք գործել հնարավոր չի լինի, քանի դեռ այն նորից չի միացվել։
admin-reset-password = Վերականգնել գաղտնաբառը
admin-totp-required = Պարտադիր երկքայլ վավերացում
admin-totp-required-hint = Այս դերերով աշխատակիցները պետք է միացնեն երկքայլ վավերացումը՝ նախքան աշխատանքը սկսելը։
admin-save = Պահպանել

## Պրոֆիլ
admin-about-you = Ձեր մասին
admin-change-password = Փոխել գաղտնաբառը
admin-totp = Երկքայլ վավերացում
admin-totp-is-on = Երկքայլ վավերացումը միացված է։
admin-totp-is-off = Երկքայլ վավերացումն անջատված է։ Երբ այն միացված է, միայն գողացված գաղտնաբառով հնարավոր չէ մուտք գործել Ձեր անունից։
admin-totp-turn-on = Միացնել
admin-totp-turn-off = Անջատել
admin-confirm-totp-off = Անջատե՞լ երկքայլ վավերացումը։
admin-totp-scan = Սկանավորեք այս կոդը նույնականացման հավելվածով, ապա մուտքագրեք նրա ցույց տված վեցանիշ կոդը։
admin-totp-qr-alt = QR կոդ Ձեր նույնականացման հավելվածի համար
admin-totp-manual = Կամ մուտքագրեք այս բանալին՝
admin-totp-confirm = Հաստատել
admin-totp-must-enrol = Ձեր դերի համար երկքայլ վավերացումը պարտադիր է։ Միացրեք այն՝ շարունակելու համար։
admin-recovery-codes-hint = Ձեր վերականգնման կոդերը։ Դրանք պետք կգան, եթե կորցնեք հեռախոսը․ յուրաքանչյուրը գործում է մեկ անգամ։ Պահեք դրանք ապահով տեղում․ դրանք ցուցադրվում են միայն հիմա։
admin-recovery-left = { $count ->
    [one] Մնացել է { $count } վերականգնման կոդ։
   *[other] Մնացել է { $count } վերականգնման կոդ։
}

## Գործողությունների մատյան
admin-filter = Մատյանի զտիչ
admin-action = Գործողություն
admin-any = Ցանկացած
admin-who = Ով
admin-anyone = Բոլորը
admin-from = Սկսած
admin-to = Մինչև
admin-apply = Կիրառել
admin-export = Արտահանել (JSON Lines)
admin-when = Երբ
admin-target = Օբյեկտ
admin-address = IP հասցե
admin-audit-empty = Այս զտիչով ոչինչ չի գտնվել։
admin-pages = Մատյանի էջեր
admin-newer = Ավելի նոր
admin-older = Ավելի հին
admin-page-of = Էջ { $page }՝ { $pages }-ից

## Մերժումներ
admin-forbidden-title = Թույլատրված չէ
admin-csrf-title = Ձևի ժամկետն անցել է
admin-too-large-title = Չափազանց շատ տվյալներ
admin-error-title = Ինչ-որ բան սխալ գնաց
admin-back-to-dashboard = Վերադառնալ վահանակ

## Դերեր
role-contributor = Արտահաստիքային հեղինակ
role-author = Հեղինակ
role-editor = Խմբագիր
role-admin = Ադմինիստրատոր

## Մատյանի գործողություններ
audit-login_succeeded = Մուտք համակարգ
audit-login_failed = Անհաջող մուտքի փորձ
audit-login_limited = Մուտքը ժամանակավորապես սահմանափակվել է
audit-logout = Ելք համակարգից
audit-user_created = Հաշիվը ստեղծվել է
audit-user_invited = Հրավեր է ստեղծվել
audit-user_disabled = Հաշիվն անջատվել է
audit-user_enabled = Հաշիվը միացվել է
audit-role_changed = Դերը փոխվել է
audit-password_changed = Գաղտնաբառը փոխվել է
audit-password_reset_issued = Ստեղծվել է գաղտնաբառի վերականգնման հղում
audit-totp_enabled = Երկքայլ վավերացումը միացվել է
audit-totp_disabled = Երկքայլ վավերացումն անջատվել է
audit-recovery_code_used = Օգտագործվել է վերականգնման կոդ
audit-profile_changed = Պրոֆիլը փոխվել է
audit-settings_changed = Կարգավորումները փոխվել են
audit-article_status_changed = Հոդվածի կարգավիճակը փոխվել է

## Ծանուցումներ գործողությունից հետո
done-saved = Պահպանված է։
done-password-changed = Գաղտնաբառը փոխված է։ Ձեր մյուս նիստերը փակվել են։
done-totp-on = Երկքայլ վավերացումը միացված է։
done-totp-off = Երկքայլ վավերացումն անջատված է։
done-role-changed = Դերը փոխված է․ այդ աշխատակցի բոլոր նիստերը փակվել են։
done-user-disabled = Հաշիվն անջատված է, և նրա բոլոր նիստերը փակվել են։
done-user-enabled = Հաշիվը միացված է։
done-article-moved = Հոդվածի կարգավիճակը փոխված է։
done-account-created = Ձեր հաշիվը պատրաստ է։ Մուտք գործեք։
done-password-set = Նոր գաղտնաբառը սահմանված է։ Մուտք գործեք։
done-signed-out = Դուք դուրս եկաք համակարգից։
done-totp-roles-saved = Պահպանված է․ դերերը, որոնց համար երկքայլ վավերացումը պարտադիր է։

## Կայուն կոդերով սխալներ
login-failed = Էլ. փոստը կամ գաղտնաբառը սխալ է։
login-limited = Չափազանց շատ անհաջող փորձեր։ Փորձեք կրկին { $seconds } վայրկյանից։
account-disabled = Այս հաշիվն անջատված է։ Խնդրեք ադմինիստրատորին միացնել այն։
link-invalid = Այս հղումն անհայտ է, արդեն օգտագործվել է կամ ժամկետանց է։ Խնդրեք ադմինիստրատորից նորը։
totp-invalid = Կոդը սխալ է կամ արդեն օգտագործվել է։
last-admin = Կայքում պետք է մնա առնվազն մեկ ակտիվ ադմինիստրատոր։
current-password-wrong = Ընթացիկ գաղտնաբառը սխալ է։
email-taken = Այս էլ. փոստով հաշիվ արդեն գոյություն ունի։
invalid-email = Մուտքագրեք էլ. փոստի հասցե, օրինակ՝ name@example.org։
invalid-name = Նշեք 1-ից 100 նիշ պարունակող անուն՝ առանց ներդիրի, կառավարող և անտեսանելի նիշերի։
invalid-role = Նման դեր չկա։
invalid-language = Ընտրեք առաջարկվող լեզուներից մեկը։
invalid-action = Նման գործողություն չկա։
invalid-date = Մուտքագրեք ամսաթիվը ՏՏՏՏ-ԱԱ-ՕՕ ձևաչափով։
invalid-user = Նման աշխատակից չկա։
password-too-short = Գաղտնաբառը պետք է պարունակի առնվազն 12 նիշ։
password-too-long = Գաղտնաբառը կարող է պարունակել առավելագույնը 1024 նիշ։
password-common = Այս գաղտնաբառը չափազանց տարածված է կամ հեշտ է գուշակել։ Փորձեք մի քանի իրար հետ չկապված բառերից կազմված արտահայտություն։
csrf-refused = Ձևը չընդունվեց․ այն ուղարկվել է այլ կայքից, կամ դրա ժամկետն անցել է։ Նորից բացեք էջը և կրկին փորձեք։
form-too-large = Ձևով ուղարկվել են չափազանց շատ տվյալներ։
admin-system = Համակարգ
admin-anonymous = Առանց մուտքի
admin-confirm-unpublish = Հանե՞լ հրապարակումից «{ $title }»-ը։ Ընթերցողներն այլևս չեն տեսնի այն․ նյութը կպահպանվի, և այն կարելի է կրկին հրապարակել։
admin-totp-reset = Անջատել երկքայլ վավերացումը
admin-confirm-totp-reset = Անջատե՞լ երկքայլ վավերացումը { $name }-ի համար։ Նրա նիստերը կավարտվեն, և մինչև կրկին միացնելը նա կմտնի միայն գաղտնաբառով։
done-totp-reset = Աշխատակցի երկքայլ վավերացումն անջատված է, նրա նիստերն ավարտված են։
totp-required-for-role = Ձեր դերի համար երկքայլ վավերացումը պարտադիր է․ այն հնարավոր չէ անջատել։
admin-by-reset-link = վերակայման հղումով

## desk (to translate)
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
desk-current = live
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
audit-edit_published = Հրապարակվել է սպասող խմբագրումը
audit-article_deleted = Նյութը ջնջվել է
audit-correction_added = Ավելացվել է ուղղում
## settings page
admin-settings = Կարգավորումներ
admin-strip = Շտապ տող և գովազդ
settings-intro = Այն, ինչ կայքի յուրաքանչյուր էջ ցույց է տալիս հոդվածների շուրջ։ Փոփոխությունները կայքում երևում են անմիջապես։
settings-general = Ընդհանուր
settings-site-name = Կայքի անվանումը
settings-site-name-hint = Ցուցադրվում է լոգոյում, էջերի վերնագրերում և ստորին մասում։ Մինչև 80 նիշ։
settings-time-zone = Ժամային գոտի
settings-time-zone-hint = Անվանում, օրինակ՝ Asia/Baku կամ Asia/Yerevan։ Կայքում և խմբագրությունում ամսաթվերը ցույց են տրվում այս գոտով։
settings-editions = Խմբագրություններ
settings-editions-hint = Նշեք ընթերցողների համար բաց խմբագրությունները։ Հիմնական խմբագրությունը բացվում է կայքի արմատային հասցեով, մյուսները՝ /en/, /hy/ և այլն։ Անջատված խմբագրության հոդվածները չեն ցուցադրվում։
settings-edition = Խմբագրություն
settings-edition-on = Բաց է ընթերցողների համար
settings-edition-default = Հիմնական
settings-links = Հղումներ
settings-links-hint = Լրացված հղումը ցուցադրվում է կայքի վերնամասում։ Ընդունվում են միայն https հասցեներ․ հղումը թաքցնելու համար դաշտը թողեք դատարկ։
settings-social = Սոցիալական ցանցեր
settings-apps = Բջջային հավելվածներ
settings-reprint = Վերահրատարակման պայմաններ
settings-reprint-hint = Խմբագրության յուրաքանչյուր էջի ստորին մասի տեքստը, օրինակ՝ «Նյութերի ցանկացած օգտագործում թույլատրվում է միայն աղբյուրին հիպերհղում լինելու դեպքում»։ Պարզ տեքստ, մինչև 2000 նիշ։
settings-save = Պահպանել կարգավորումները
settings-save-hint = Մեկ պահպանումը փոխում է այս էջի ամեն ինչ․ այն գրանցվում է գործողությունների մատյանում։
strip-intro = Կարճ տող խմբագրության յուրաքանչյուր էջի վերևում՝ այն լուրերի համար, որոնք չեն սպասում։ Քանի դեռ այն ցուցադրվում է, փոխարինում է «շտապ» նշված վերջին հոդվածին։
strip-title = Շտապ տող
strip-hint = Յուրաքանչյուր խմբագրություն ունի իր տողը։ Ժամանակը նշվում է կայքի ժամային գոտով ({ $zone })։
strip-shown = Ցուցադրվում է հիմա
strip-until-when = մինչև { $when }
strip-expired = Ժամկետն անցել է․ ընթերցողներն այն այլևս չեն տեսնում
strip-none = Նշված չէ․ ցուցադրվում է վերջին շտապ հոդվածը, եթե այն կա
strip-text = Տեքստ
strip-text-hint = Մեկ տող, մինչև 200 նիշ։
strip-link = Հղում (ըստ ցանկության)
strip-until = Ցուցադրել մինչև (ըստ ցանկության)
strip-until-hint = Ամսաթիվ և ժամ կայքի ժամային գոտով ({ $zone })։ Դատարկ՝ ցուցադրվում է, մինչև այն հեռացնեն։
strip-save = Ցուցադրել տողը
strip-clear = Հեռացնել
strip-confirm-clear = Հեռացնե՞լ այս տողը կայքից հիմա։
ads-title = Գովազդ
ads-hint = Գովազդային բլոկը հղումով նկար է իր տեղում՝ մեկ խմբագրության կամ բոլոր խմբագրությունների էջերում։ Մեկ խմբագրության բլոկն այնտեղ ցուցադրվում է բոլորի համար նախատեսված բլոկի փոխարեն։
ads-none = Գովազդ դեռ չկա։
ads-slot = Տեղ
ads-slot-home = Գլխավոր էջ
ads-slot-article = Հոդվածի էջ
ads-slot-list = Բաժինների և պիտակների էջեր
ads-edition = Խմբագրություն
ads-every-edition = Բոլոր խմբագրությունները
ads-image-url = Նկարի հասցեն
ads-link-url = Հղման հասցեն
ads-alt = Նկարի տեքստը
ads-width = Լայնություն, px
ads-height = Բարձրություն, px
ads-html = HTML (նկարի փոխարեն)
ads-html-hint = Պահպանվում են միայն հղումները, նկարները, պարբերությունները և թավ կամ շեղ տեքստը․ սկրիպտները, շրջանակները, ոճերը և իրադարձությունների մշակիչները հեռացվում են։
ads-html-admins-only = Այս բլոկը ցույց է տալիս HTML, որը կարող է փոխել միայն ադմինիստրատորը։ Ձեր փոփոխությունները այն կպահպանեն։
ads-save = Պահպանել բլոկը
ads-remove = Ջնջել բլոկը
ads-confirm-remove = Ջնջե՞լ այս գովազդային բլոկը կայքից։
ads-add = Նոր բլոկ
ads-add-button = Ավելացնել բլոկ
done-settings-saved = Կարգավորումները պահպանված են։ Կայքն արդեն ցույց է տալիս դրանք։
done-settings-unchanged = Ոչինչ չի փոխվել։
done-strip-saved = Շտապ տողը ցուցադրվում է կայքում։
done-strip-cleared = Շտապ տողը հեռացված է կայքից։
done-ad-added = Գովազդային բլոկն ավելացված է։
done-ad-saved = Գովազդային բլոկը պահպանված է։
done-ad-removed = Գովազդային բլոկը ջնջված է։
invalid-form = Որոշ դաշտեր պետք է ուղղել․ յուրաքանչյուրը նշված է ստորև։
invalid-site-name = Նշեք 1-ից 80 նիշ պարունակող անվանում՝ առանց կառավարող և անտեսանելի նիշերի։
editions-empty = Նշեք առնվազն մեկ խմբագրություն։
invalid-default-edition = Ընտրեք հիմնական խմբագրությունը նշվածներից։
invalid-time-zone = Նշեք ժամային գոտու անվանումը, օրինակ՝ Asia/Baku։
invalid-https-url = Նշեք https://-ով սկսվող հասցե կամ դաշտը թողեք դատարկ։
invalid-reprint = Տեքստը կարող է պարունակել առավելագույնը 2000 նիշ՝ առանց կառավարող և անտեսանելի նիշերի։
invalid-strip-text = Մուտքագրեք մեկ տող՝ 1-ից 200 նիշ։
invalid-strip-link = Նշեք https հասցե կամ այս կայքի ուղի, որը սկսվում է մեկ / նշանով։
invalid-strip-until = Նշեք ամսաթիվ և ժամ, օրինակ՝ 2026-05-12T18:30։
strip-until-past = Այս ժամն արդեն անցել է։
invalid-ad-slot = Ընտրեք առաջարկված տեղերից մեկը։
invalid-ad-url = Նշեք https հասցե կամ այս կայքի ուղի, որը սկսվում է մեկ / նշանով։
invalid-ad-alt = Նկարագրեք նկարը 1-ից 200 նիշով։
invalid-ad-size = Նշեք պիքսելների ամբողջ թիվ 1-ից 2000։
invalid-ad-html = HTML-ը չափազանց երկար է, կամ դրանից ոչինչ հնարավոր չէ ցուցադրել։

## parked forms
done-parked = Նստաշրջանն ավարտվեց, մինչ դուք գրում էիք։ Մուտք գործեք կրկին․ ձեր տեքստը պահպանվել է և կվերադառնա խմբագրիչ։
session-ended = Դուք դուրս եք եկել համակարգից, ուստի ինքնապահպանումը դադարեցվել է։ Տեքստը պահպանված է այս դիտարկիչում․ մուտք գործեք մեկ այլ ներդիրում և պահպանեք։
