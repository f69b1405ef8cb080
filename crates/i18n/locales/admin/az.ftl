## /admin ünvanındakı redaksiya: interfeys sətirləri (admin-*), rollar, jurnal əməliyyatları, əməliyyatdan
## sonrakı bildirişlər (done-*) və giriş ilə əməkdaşların idarə edilməsi xətaları (sabit kodlar).

admin-newsroom = Redaksiya
admin-nav = Redaksiya bölmələri
admin-view-site = Sayta bax
admin-sign-out = Çıxış
admin-dashboard = İdarə paneli
admin-staff = Əməkdaşlar
admin-audit = Əməliyyat jurnalı
admin-profile = Profil
admin-you = siz

## Giriş
admin-sign-in-title = Redaksiyaya giriş
admin-sign-in = Daxil ol
admin-sign-in-help = Parolu unutmusunuz? Administratordan parolu sıfırlamaq üçün link istəyin.
admin-email = E-poçt
admin-password = Parol
admin-new-password = Yeni parol
admin-current-password = Cari parol
admin-password-rule = Ən azı 12 simvol. Bir neçə sözdən ibarət ifadəni yadda saxlamaq asan, təxmin etmək isə çətindir.
admin-totp-title = İki mərhələli doğrulama
admin-totp-hint = Autentifikator tətbiqindəki 6 rəqəmli kodu və ya bərpa kodlarınızdan birini daxil edin.
admin-totp-code = Kod
admin-totp-submit = Təsdiqlə
admin-cancel = Ləğv et

## Birdəfəlik linklər
admin-link-title = Redaksiya hesabı
admin-link-invalid-title = Bu linkdən istifadə etmək mümkün deyil
admin-first-admin-title = İlk administratorun yaradılması
admin-first-admin-hint = Bu hesabla saytı, onun əməkdaşlarını və ayarlarını idarə edəcəksiniz.
admin-invite-title = Redaksiyaya qoşulun
admin-invite-hint = Siz «{ $role }» rolunda dəvət olunmusunuz. Adınızı yazın və parol seçin.
admin-reset-title = Yeni parol təyin edin
admin-reset-for = { $email } hesabı üçün.
admin-name = Ad
admin-language = Redaksiya interfeysinin dili
admin-create-account = Hesab yarat
admin-set-password = Parolu təyin et

## İdarə paneli
admin-dashboard-own = Yalnız öz məqalələrinizi görürsünüz.
admin-counts = Statuslara görə məqalələr
admin-scheduled-queue = Dərc növbəsi
admin-nothing-scheduled = Planlaşdırılmış heç nə yoxdur.
admin-read-today = Bu gün ən çox oxunanlar
admin-read-week = Bu həftə ən çox oxunanlar
admin-no-views = Hələ baxış sayılmayıb.
admin-none = Boşdur.
admin-views = { $count ->
    [one] { $count } baxış
   *[other] { $count } baxış
}
admin-send-to-review = Yoxlamaya göndər
admin-unpublish = Dərcdən çıxar
admin-back-to-draft = Qaralamaya qaytar

## Əməkdaşlar
admin-invite = Həmkarınızı dəvət edin
admin-make-invite = Dəvət linki yarat
admin-invite-made = «{ $role }» rolu üçün dəvət linki. Onu yeni əməkdaşa göndərin: link yalnız bir dəfə işləyir.
admin-reset-made = { $email } üçün parol sıfırlama linki. Onu hesabın sahibinə göndərin: link yalnız bir dəfə işləyir.
admin-link = Link ünvanı
admin-copy = Kopyala
admin-copied = Kopyalandı
admin-link-expires = { $when } tarixinədək etibarlıdır.
admin-people = Heyət
admin-role = Rol
admin-role-of = Rol: { $name }
admin-state = Vəziyyət
admin-actions = Əməliyyatlar
admin-active = Aktiv
admin-disabled = Deaktiv
admin-totp-on = iki mərhələli doğrulama aktivdir
admin-change-role = Dəyiş
admin-confirm-role = { $name } üçün rol dəyişdirilsin? Hesabın bütün seansları bağlanacaq.
admin-disable = Deaktiv et
admin-enable = Aktiv et
admin-confirm-disable = { $name } deaktiv edilsin? Hesabın bütün seansları bağlanacaq və hesab yenidən aktiv edilənədək daxil olmaq mümkün olmayacaq.
admin-reset-password = Parolu sıfırla
admin-totp-required = Məcburi iki mərhələli doğrulama
admin-totp-required-hint = Bu rollardakı əməkdaşlar işə başlamazdan əvvəl iki mərhələli doğrulamanı aktiv etməlidir.
admin-save = Yadda saxla

## Profil
admin-about-you = Haqqınızda
admin-change-password = Parolu dəyiş
admin-totp = İki mərhələli doğrulama
admin-totp-is-on = İki mərhələli doğrulama aktivdir.
admin-totp-is-off = İki mərhələli doğrulama aktiv deyil. Onu aktiv etsəniz, oğurlanmış parol sizin adınızdan daxil olmaq üçün kifayət etməyəcək.
admin-totp-turn-on = Aktiv et
admin-totp-turn-off = Deaktiv et
admin-confirm-totp-off = İki mərhələli doğrulama deaktiv edilsin?
admin-totp-scan = Bu kodu autentifikator tətbiqi ilə skan edin, sonra tətbiqin göstərdiyi 6 rəqəmli kodu daxil edin.
admin-totp-qr-alt = Autentifikator tətbiqiniz üçün QR kod
admin-totp-manual = Və ya bu açarı daxil edin:
admin-totp-confirm = Təsdiq et
admin-totp-must-enrol = Rolunuz iki mərhələli doğrulama tələb edir. Davam etmək üçün onu aktiv edin.
admin-recovery-codes-hint = Bərpa kodlarınız. Telefonunuzu itirsəniz, onlar lazım olacaq; hər biri bir dəfə işləyir. Onları etibarlı yerdə saxlayın: kodlar yalnız indi göstərilir.
admin-recovery-left = { $count ->
    [one] { $count } bərpa kodu qalıb.
   *[other] { $count } bərpa kodu qalıb.
}

## Əməliyyat jurnalı
admin-filter = Jurnalı filtrlə
admin-action = Əməliyyat
admin-any = İstənilən
admin-who = Kim
admin-anyone = Hamı
admin-from = Başlanğıc tarixi
admin-to = Son tarix
admin-apply = Tətbiq et
admin-export = İxrac (JSON Lines)
admin-when = Nə vaxt
admin-target = Obyekt
admin-address = IP ünvanı
admin-audit-empty = Bu filtrə uyğun heç nə tapılmadı.
admin-pages = Jurnal səhifələri
admin-newer = Daha yeni
admin-older = Daha köhnə
admin-page-of = Səhifə { $page } / { $pages }

## İmtinalar
admin-forbidden-title = İcazə verilmir
admin-csrf-title = Formanın vaxtı bitib
admin-too-large-title = Həddindən artıq məlumat
admin-error-title = Xəta baş verdi
admin-back-to-dashboard = İdarə panelinə qayıt

## Rollar
role-contributor = Ştatdankənar müəllif
role-author = Müəllif
role-editor = Redaktor
role-admin = Administrator

## Jurnal əməliyyatları
audit-login_succeeded = Sistemə daxil olub
audit-login_failed = Uğursuz giriş cəhdi
audit-login_limited = Giriş müvəqqəti məhdudlaşdırılıb
audit-logout = Sistemdən çıxıb
audit-user_created = Hesab yaradılıb
audit-user_invited = Dəvət yaradılıb
audit-user_disabled = Hesab deaktiv edilib
audit-user_enabled = Hesab aktiv edilib
audit-role_changed = Rol dəyişdirilib
audit-password_changed = Parol dəyişdirilib
audit-password_reset_issued = Parol sıfırlama linki yaradılıb
audit-totp_enabled = İki mərhələli doğrulama aktiv edilib
audit-totp_disabled = İki mərhələli doğrulama deaktiv edilib
audit-recovery_code_used = Bərpa kodu istifadə olunub
audit-profile_changed = Profil dəyişdirilib
audit-settings_changed = Ayarlar dəyişdirilib
audit-article_status_changed = Məqalənin statusu dəyişdirilib

## Əməliyyatdan sonrakı bildirişlər
done-saved = Yadda saxlanıldı.
done-password-changed = Parolunuz dəyişdirildi. Digər seanslarınız bağlandı.
done-totp-on = İki mərhələli doğrulama aktiv edildi.
done-totp-off = İki mərhələli doğrulama deaktiv edildi.
done-role-changed = Rol dəyişdirildi; həmin əməkdaşın bütün seansları bağlandı.
done-user-disabled = Hesab deaktiv edildi və onun bütün seansları bağlandı.
done-user-enabled = Hesab aktiv edildi.
done-article-moved = Məqalənin statusu dəyişdirildi.
done-account-created = Hesabınız hazırdır. Daxil olun.
done-password-set = Yeni parolunuz təyin edildi. Daxil olun.
done-signed-out = Sistemdən çıxdınız.
done-totp-roles-saved = Yadda saxlanıldı: iki mərhələli doğrulama tələb olunan rollar.

## Sabit kodlu xətalar
login-failed = E-poçt və ya parol yanlışdır.
login-limited = Həddindən artıq uğursuz cəhd. { $seconds } saniyədən sonra yenidən cəhd edin.
account-disabled = Bu hesab deaktiv edilib. Onu aktiv etmək üçün administratora müraciət edin.
link-invalid = Bu link naməlumdur, artıq istifadə olunub və ya vaxtı bitib. Administratordan yenisini istəyin.
totp-invalid = Kod yanlışdır və ya artıq istifadə olunub.
last-admin = Saytda ən azı bir aktiv administrator qalmalıdır.
current-password-wrong = Cari parol yanlışdır.
email-taken = Bu e-poçt ünvanı ilə hesab artıq mövcuddur.
invalid-email = E-poçt ünvanını name@example.org formatında daxil edin.
invalid-name = 1–100 simvoldan ibarət ad daxil edin; tabulyasiya, idarəedici və görünməz simvollar olmadan.
invalid-role = Belə rol yoxdur.
invalid-language = Təklif olunan dillərdən birini seçin.
invalid-action = Belə əməliyyat yoxdur.
invalid-date = Tarixi İİİİ-AA-GG formatında daxil edin.
invalid-user = Belə əməkdaş yoxdur.
password-too-short = Parol ən azı 12 simvoldan ibarət olmalıdır.
password-too-long = Parol ən çoxu 1024 simvoldan ibarət ola bilər.
password-common = Bu parol çox geniş yayılıb və ya asanlıqla təxmin edilir. Bir-biri ilə əlaqəsi olmayan bir neçə sözdən ibarət ifadə sınayın.
csrf-refused = Forma qəbul edilmədi: o, başqa saytdan göndərilib və ya vaxtı bitib. Səhifəni yenidən açın və təkrar cəhd edin.
form-too-large = Forma həddindən artıq məlumat göndərdi.
admin-system = Sistem
admin-anonymous = Girişsiz
admin-confirm-unpublish = «{ $title }» dərcdən çıxarılsın? Oxucular onu artıq görməyəcək; material saxlanılır və yenidən dərc oluna bilər.
admin-totp-reset = İki mərhələli doğrulamanı söndür
admin-confirm-totp-reset = { $name } üçün iki mərhələli doğrulama söndürülsün? Onun seansları bitəcək və yenidən aktivləşdirənə qədər yalnız parolla daxil ola biləcək.
done-totp-reset = Əməkdaşın iki mərhələli doğrulaması söndürüldü, seansları bitdi.
totp-required-for-role = Rolunuz üçün iki mərhələli doğrulama məcburidir: onu söndürmək olmaz.
admin-by-reset-link = sıfırlama linki ilə

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
audit-edit_published = Gözləyən düzəliş dərc olundu
audit-article_deleted = Material silindi
audit-correction_added = Düzəliş əlavə olundu
## settings page
admin-settings = Parametrlər
admin-strip = Təcili xəbər zolağı və reklam
settings-intro = Saytın hər səhifəsinin məqalələrin ətrafında göstərdikləri. Dəyişikliklər saytda dərhal görünür.
settings-general = Ümumi
settings-site-name = Saytın adı
settings-site-name-hint = Loqoda, səhifə başlıqlarında və aşağı hissədə göstərilir. 80 simvola qədər.
settings-time-zone = Saat qurşağı
settings-time-zone-hint = Asia/Baku və ya Europe/Moscow kimi ad. Saytda və redaksiyada tarixlər bu qurşaqda göstərilir.
settings-editions = Nəşrlər
settings-editions-hint = Oxucular üçün açıq olan nəşrləri qeyd edin. Əsas nəşr saytın kök ünvanında, digərləri /en/, /hy/ və s. ünvanlarda açılır. Söndürülmüş nəşrin məqalələri göstərilmir.
settings-edition = Nəşr
settings-edition-on = Oxuculara açıqdır
settings-edition-default = Əsas
settings-links = Keçidlər
settings-links-hint = Doldurulmuş keçid saytın yuxarı hissəsində göstərilir. Yalnız https ünvanları qəbul edilir; keçidi gizlətmək üçün sahəni boş buraxın.
settings-social = Sosial şəbəkələr
settings-apps = Mobil tətbiqlər
settings-reprint = Təkrar nəşr qaydaları
settings-reprint-hint = Nəşrin hər səhifəsinin aşağı hissəsindəki mətn, məsələn: «Materiallardan istifadəyə yalnız mənbəyə hiperkeçid olduqda icazə verilir». Sadə mətn, 2000 simvola qədər.
settings-save = Parametrləri yadda saxla
settings-save-hint = Bir dəfə yadda saxlamaq bu səhifədəki hər şeyi dəyişir; bu, əməliyyatlar jurnalına yazılır.
strip-intro = Gözləyə bilməyən xəbərlər üçün nəşrin hər səhifəsinin üstündə qısa zolaq. Göstərildiyi müddətdə «təcili» qeyd olunmuş son məqalənin yerinə keçir.
strip-title = Təcili xəbər zolağı
strip-hint = Hər nəşrin öz zolağı var. Vaxt saytın saat qurşağında göstərilir ({ $zone }).
strip-shown = İndi göstərilir
strip-until-when = { $when } tarixinədək
strip-expired = Müddəti bitib: oxucular onu artıq görmür
strip-none = Təyin edilməyib: varsa, son təcili məqalə göstərilir
strip-text = Mətn
strip-text-hint = Bir sətir, 200 simvola qədər.
strip-link = Keçid (istəyə bağlı)
strip-until = Bu vaxtadək göstər (istəyə bağlı)
strip-until-hint = Saytın saat qurşağında tarix və vaxt ({ $zone }). Boş: silinənədək göstərilir.
strip-save = Zolağı göstər
strip-clear = Sil
strip-confirm-clear = Bu zolaq saytdan indi silinsin?
ads-title = Reklam
ads-hint = Reklam bloku bir nəşrin və ya bütün nəşrlərin səhifələrində öz yerində göstərilən keçidli şəkildir. Bir nəşr üçün olan blok orada bütün nəşrlər üçün olan blokun yerinə göstərilir.
ads-none = Hələ reklam yoxdur.
ads-slot = Yer
ads-slot-home = Ana səhifə
ads-slot-article = Məqalə səhifəsi
ads-slot-list = Bölmə və teq səhifələri
ads-edition = Nəşr
ads-every-edition = Bütün nəşrlər
ads-image-url = Şəklin ünvanı
ads-link-url = Keçidin ünvanı
ads-alt = Şəklin mətni
ads-width = En, px
ads-height = Hündürlük, px
ads-html = HTML (şəklin yerinə)
ads-html-hint = Yalnız keçidlər, şəkillər, abzaslar və qalın və ya kursiv mətn saxlanılır; skriptlər, çərçivələr, üslublar və hadisə işləyiciləri silinir.
ads-html-admins-only = Bu blok yalnız administratorun dəyişə biləcəyi HTML göstərir. Sizin dəyişiklikləriniz onu saxlayacaq.
ads-save = Bloku yadda saxla
ads-remove = Bloku sil
ads-confirm-remove = Bu reklam bloku saytdan silinsin?
ads-add = Yeni blok
ads-add-button = Blok əlavə et
done-settings-saved = Parametrlər yadda saxlanıldı. Sayt onları artıq göstərir.
done-settings-unchanged = Heç nə dəyişmədi.
done-strip-saved = Təcili xəbər zolağı saytda göstərilir.
done-strip-cleared = Təcili xəbər zolağı saytdan silindi.
done-ad-added = Reklam bloku əlavə edildi.
done-ad-saved = Reklam bloku yadda saxlanıldı.
done-ad-removed = Reklam bloku silindi.
invalid-form = Bəzi sahələri düzəltmək lazımdır; hər biri aşağıda qeyd olunub.
invalid-site-name = İdarəedici və görünməz simvollar olmadan 1–80 simvoldan ibarət ad daxil edin.
editions-empty = Ən azı bir nəşr qeyd edin.
invalid-default-edition = Qeyd olunanlar arasından əsas nəşri seçin.
invalid-time-zone = Asia/Baku kimi saat qurşağı adı daxil edin.
invalid-https-url = https:// ilə başlayan ünvan daxil edin və ya sahəni boş buraxın.
invalid-reprint = Mətn idarəedici və görünməz simvollar olmadan ən çoxu 2000 simvoldan ibarət ola bilər.
invalid-strip-text = 1–200 simvoldan ibarət bir sətir daxil edin.
invalid-strip-link = https ünvanı və ya bu saytın tək / ilə başlayan yolunu daxil edin.
invalid-strip-until = 2026-05-12T18:30 kimi tarix və vaxt daxil edin.
strip-until-past = Bu vaxt artıq keçib.
invalid-ad-slot = Təklif olunan yerlərdən birini seçin.
invalid-ad-url = https ünvanı və ya bu saytın tək / ilə başlayan yolunu daxil edin.
invalid-ad-alt = Şəkli 1–200 simvolla təsvir edin.
invalid-ad-size = 1-dən 2000-dək tam piksel sayı daxil edin.
invalid-ad-html = HTML çox uzundur və ya ondan heç nə göstərmək mümkün deyil.

## parked forms
done-parked = Siz yazarkən sessiya başa çatdı. Yenidən daxil olun: mətniniz saxlanılıb və redaktora qayıdacaq.
session-ended = Sistemdən çıxmısınız, ona görə avtomatik saxlama dayandı. Mətn bu brauzerdə saxlanılıb: başqa vərəqdə yenidən daxil olun və yadda saxlayın.
