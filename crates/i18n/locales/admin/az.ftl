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

## desk
admin-new-article = Yeni məqalə
admin-edit-article = Məqalənin redaktəsi
admin-history = Tarixçə
admin-media = Media kitabxanası

# Field labels; comparisons of two revisions name their fields with these.
field-title = Başlıq
field-lead = Giriş
field-body = Mətn
field-slug = Ünvan (sluq)
field-section = Bölmə
field-tags = Teqlər
field-byline = Müəllif
field-flags = Yerləşdirmə
field-source = Təkrar nəşr mənbəyi
field-cover = Örtük şəkli
field-seo-title = Axtarış sistemləri üçün başlıq
field-seo-description = Axtarış sistemləri üçün təsvir

# What a row of an article's history records.
revision-kind-created = Yaradılıb
revision-kind-saved = Yadda saxlanılıb
revision-kind-status = Status dəyişdirilib
revision-kind-pending = Redaktə dərc olunmadan yadda saxlanılıb
revision-kind-pending_published = Gözləyən redaktə dərc olunub
revision-kind-restored = Köhnə versiya bərpa olunub
revision-kind-conflict = Konflikt zamanı saxlanılıb
revision-kind-base = İlk qeydə alınmış yadda saxlamadan əvvəlki mətn
revision-kind-correction = Qeyd əlavə olunub

# Notices after an action
done-restored = Bərpa edildi. Köhnə mətn indi cari mətndir; tarixçədən heç nə silinmədi.
done-translation-made = Tərcümə qaralaması yaradıldı. Orijinalın mətni artıq onun içindədir və tərcüməyə hazırdır.
done-translation-current = Tərcümə aktual kimi qeyd edildi.
done-correction-added = Qeyd əlavə edildi və məqalədə göstərilir.
done-article-deleted = Məqalə silindi.
done-uploaded = Yükləndi. Şəkil media kitabxanasının ən yuxarısındadır.

# Errors a form of the desk can show
autosave-conflict = Bu arada məqaləni başqası yadda saxlayıb, ona görə avtomatik yadda saxlama dayandırıldı. Fərqləri görmək üçün «Yadda saxla» düyməsini basın; mətniniz qorunur.
invalid-section = Bölmə seçin.
invalid-author = Siyahıdan müəllif seçin və ya «Müəllifsiz» variantını seçin.
invalid-alt = Şəkli onu görə bilməyənlər üçün təsvir edin (1–500 simvol).
invalid-cover-url = Örtük şəkli üçün media kitabxanasından ünvan və ya http(s) ünvanı lazımdır.
invalid-seo-title = Axtarış sistemləri üçün başlıq ən çoxu 120 simvol ola bilər.
invalid-seo-description = Axtarış sistemləri üçün təsvir ən çoxu 320 simvol ola bilər.
invalid-tag-name = Teq adı idarəedici simvollar olmadan ən çoxu 80 simvol ola bilər.
invalid-correction = Qeydi yazın: 1–2000 simvol.
invalid-correction-kind = Düzəliş və ya əlavə seçin.
invalid-revision = Məqalənin belə versiyası yoxdur.
correction-not-published = Qeyd yalnız dərc olunmuş məqaləyə əlavə edilə bilər.
pending-not-published = Dərc olunmamış redaktə yalnız dərc olunmuş məqalədə saxlanıla bilər.
translation-same-edition = Tərcümə başqa nəşrdə olmalıdır.
translation-exists = Bu materialın həmin nəşrdə artıq məqaləsi var.
invalid-media-text = Alternativ mətn, şəkilaltı yazı və foto müəllifinin hər biri ən çoxu 500 simvol ola bilər.
media-too-large = Fayl çox böyükdür. Şəkli kiçildib yenidən cəhd edin.
media-unsupported = JPEG, PNG, WebP və ya GIF formatında şəkil yükləyin.
media-undecodable = Bu faylı şəkil kimi oxumaq mümkün olmadı. O, zədələnmiş ola bilər.
media-too-many-pixels = Şəkildə piksel sayı həddindən artıqdır. Onu kiçildib yenidən cəhd edin.
media-store = Şəkli saxlamaq mümkün olmadı. Bir dəqiqədən sonra yenidən cəhd edin.
media-bad-name = Belə media faylı yoxdur.

# The editor
desk-story = Material
desk-edition = Nəşr
desk-kicker = Üst başlıq
desk-kicker-hint = Başlığın üstündə qısa qeyd, məsələn, «Seçkilər». Bu, həm də materialın ilk teqidir.
desk-lead-hint = Başlığın altında nə baş verdiyini bildirən bir-iki cümlə.
desk-body-hint = Markdown: boş sətir yeni abzas başladır.
desk-words = Söz sayı
desk-reading-time = Oxuma müddəti, dəq
desk-format = Formatlama
desk-md-bold = Qalın
desk-md-italic = Kursiv
desk-md-link = Keçid
desk-md-link-text = mətn
desk-md-heading = Yarımbaşlıq
desk-md-quote = Sitat
desk-md-ul = Markerli siyahı
desk-md-ol = Nömrəli siyahı
desk-md-image = Şəkil yüklə
desk-md-image-short = Şəkil
desk-md-embed = Video və ya paylaşım: ayrıca sətirdə yalnız onun ünvanı
desk-md-help = Markdown üzrə arayış
desk-md-paragraphs = Abzaslar arasında boş sətir buraxın. Şəkilləri birbaşa mətnə sürükləyib atmaq və ya yapışdırmaq da olar.
desk-md-unsupported = Nə dəstəklənmir və əvəzində nə baş verir
desk-taxonomy = Bölmə və teqlər
desk-choose-section = Bölmə seçin…
desk-tags-hint = Teqləri vergüllə ayırın. Yeni ad yeni teq yaradır.
desk-no-byline = Müəllifsiz
desk-publishing = Dərc
desk-publish-at = Dərc vaxtı
desk-publish-at-hint = Saytın saat qurşağında ({ $zone }). Planlaşdırmaq üçün lazımdır; dərhal dərc etmək üçün boş buraxın.
desk-flag-breaking = Təcili xəbər
desk-flag-top = Ana səhifənin əsas xəbəri
desk-flag-important = Vacib
desk-cover-url = Şəklin ünvanı
desk-cover-url-hint = Şəkli burada yükləyin və ya ünvanını bu bölmədən kopyalayın:
desk-upload = Yüklə
desk-alt = Alternativ mətn
desk-alt-hint = Şəkli onu görə bilməyənlər üçün təsvir edin.
desk-caption = Şəkilaltı yazı
desk-credit = Foto müəllifi
desk-source-hint = Yalnız başqa KİV-dən götürülmüş material üçün.
desk-source-name = KİV
desk-source-url = Orijinalın ünvanı
desk-seo = Ünvan və axtarış sistemləri
desk-slug-hint = Məqalə ünvanının son hissəsi. Boş buraxılsa, başlıqdan latın hərfləri ilə yaradılır.
desk-slug-live = Məqalə dərc olunub: yeni ünvan onu köçürəcək, köhnə ünvan isə yenisinə yönləndirəcək.
desk-seo-hint = Boş buraxılsa, başlıq və giriş istifadə olunur.
desk-serp = Axtarış nəticələrində bu, belə görünə bilər
desk-save-draft = Qaralamanı yadda saxla
desk-update-live = Saytdakı məqaləni yenilə
desk-save-pending = Dərc etmədən yadda saxla
desk-schedule = Planlaşdır
desk-publish-now = İndi dərc et
desk-preview = Önbaxış
desk-shortcut-hint = Klaviş kombinasiyaları: Ctrl+B — qalın, Ctrl+I — kursiv, Ctrl+K — keçid, Ctrl+S — yadda saxla (dərc olunmuş məqalədə: dərc etmədən yadda saxla). Mac-da Ctrl əvəzinə ⌘.
desk-saved-at = Yadda saxlanıldı: { $time }
desk-saving = Yadda saxlanılır…
desk-unsaved = Yadda saxlanılmamış dəyişikliklər var
desk-autosave-offline = Yadda saxlanılmadı: bağlantı yoxdur. Mətniniz bu brauzerdə saxlanılır.
desk-autosave-failed = Avtomatik yadda saxlanılmadı. Mətniniz bu brauzerdə saxlanılır; «Yadda saxla» düyməsini basın (yenidən daxil olmaq lazım ola bilər).
desk-autosave-needs = Avtomatik yadda saxlama başlıq və bölmə təyin edildikdən sonra başlayır.
desk-form-restored = Yenidən daxil olduqdan sonra mətniniz geri qaytarıldı. İtirməmək üçün onu yadda saxlayın.
desk-restore-offer = Bu brauzerdə yadda saxlamadığınız mətn qalıb. Tarix:
desk-restore = Bərpa et
desk-discard = İmtina et
desk-pending-badge = Dərc olunmamış redaktə
desk-pending-text = Burada dərc olunmamış redaktə göstərilir; saytdakı məqalə fərqlidir.
desk-publish-pending = Redaktəni dərc et
desk-discard-pending = Redaktədən imtina et
desk-confirm-discard-pending = Dərc olunmamış redaktədən imtina edilsin? Saytdakı məqalə olduğu kimi qalacaq; redaktə tarixçədə saxlanılacaq.
desk-conflict-title = Bu məqaləni başqası yadda saxlayıb
desk-conflict-by = Siz redaktə edərkən bu məqaləni başqası yadda saxlayıb: { $by }, { $at }. Mətniniz aşağıdadır və tarixçədə saxlanılıb.
desk-conflict-kept = Tarixçəni aç
desk-conflict-diff = Cari mətnlə (üstündən xətt çəkilmiş) sizin mətniniz (işarələnmiş) arasındakı fərqlər:
desk-conflict-again = Mətninizin cari olması üçün yenidən yadda saxlayın.
desk-stale-title = Bu tərcümə ediləndən sonra orijinal ({ $edition }) dəyişib
desk-stale-text = O vaxtdan bəri orijinalda nələrin dəyişdiyi aşağıda göstərilir. Orijinal:
desk-stale-changes = Orijinaldakı dəyişikliklər
desk-mark-current = Aktual kimi qeyd et
desk-mark-current-hint = Tərcümə orijinalın indiki məzmununu əks etdirdikdə.
desk-corrections = Düzəlişlər və əlavələr
desk-corrections-hint = Dərc olunmuş məqalədə, düzəlişlər səhifəsində və lentlərdə göstərilən tarixli qeyd.
desk-correction-kind = Növ
desk-correction-text = Qeyd
desk-correction-text-hint = Nəyin səhv olduğunu və indi necə düzgün olduğunu, yaxud nəyin yeni olduğunu yazın.
desk-add-note = Qeyd əlavə et
desk-side = Bu məqalə haqqında
desk-translations = Tərcümələr
desk-no-translations = Hələ tərcümə yoxdur.
desk-original = orijinal
desk-stale-badge = köhnəlib
desk-translate-into = Tərcümə et: { $language }
desk-this-article = Bu məqalə
desk-public-link = Saytdakı ünvan
desk-view-live = Saytda bax
desk-view = bax
desk-history-link = Tarixçə: versiyaları müqayisə və bərpa et
desk-delete = Məqaləni sil
desk-confirm-delete = «{ $title }» silinsin? O, saytdan və redaksiyadan yox olacaq; bunu geri qaytarmaq mümkün deyil.
desk-preview-width = Önbaxışın eni
desk-preview-phone = Telefon
desk-preview-desktop = Kompüter
desk-preview-tab = Yeni vərəqdə aç
desk-preview-frame = Məqalənin oxucuların görəcəyi kimi önbaxışı
desk-preview-empty = Məqaləni oxucuların görəcəyi kimi görmək üçün «Önbaxış» düyməsini basın.
desk-preview-hint = Önbaxış siz yazdıqca yenilənir. Gecə rejimi onun öz içində dəyişdirilir.
desk-upload-title = Şəklin yüklənməsi
desk-uploading = Yüklənir…
desk-image-inserted = Şəkil yükləndi və mətnə əlavə olundu.
desk-cover-set = Şəkil yükləndi və örtük şəkli kimi təyin olundu.
desk-upload-failed = Şəkli yükləmək mümkün olmadı. Bağlantını yoxlayın və yenidən cəhd edin.
desk-diff-none = Fərq yoxdur.
desk-diff-unchanged = { $count ->
    [one] { $count } dəyişməmiş simvol
   *[other] { $count } dəyişməmiş simvol
}

# History
desk-back-to-editor = Redaktora qayıt
desk-revisions = Versiyalar
desk-compare = Müqayisə et
desk-compare-hint = Daha köhnə və daha yeni versiyanı seçin, sonra «Müqayisə et» düyməsini basın.
desk-compare-title = İki versiya arasındakı fərqlər
desk-compare-older = Daha köhnə
desk-compare-newer = Daha yeni
desk-revision = versiya { $revision }
desk-revision-col = Versiya
desk-what = Nə
desk-current = cari
desk-status-change = Status: { $from } → { $to }
desk-status-now = Status: { $to }
desk-restore-this = Bərpa et
desk-confirm-restore = { $when } tarixli mətn bərpa edilsin? O, yeni versiya olacaq; heç nə silinmir.
desk-no-history = Hələ heç nə qeydə alınmayıb.

# Media library
desk-file = Şəkil faylı
desk-file-hint = JPEG, PNG, WebP və ya GIF, ən çoxu { $size } MB. Fayl yoxlanılır və yenidən kodlaşdırılır, metaməlumatları silinir.
desk-media-search = Kitabxanada axtarış
desk-media-search-hint = Alternativ mətn, şəkilaltı yazı, foto müəllifi və ya fayl adı
desk-show-all = Hamısını göstər
desk-no-alt = Alternativ mətn yoxdur
desk-kb = { $size } KB
desk-image-address = Şəklin ünvanı
desk-copy-markdown = Markdown-u kopyala
desk-markdown-copied = Markdown kopyalandı
desk-media-empty = Hələ şəkil yoxdur. İlkini yuxarıdakı formadan yükləyin.
desk-media-none-found = «{ $query }» sorğusuna uyğun şəkil tapılmadı.

# Dashboard
desk-my-drafts = Qaralamalarım
desk-no-drafts = Qaralamanız yoxdur.
desk-stale-translations = Köhnəlmiş tərcümələr
desk-source-changed = orijinal dəyişib:
desk-missing-translations = Çatışmayan tərcümələr
desk-missing-in = tərcümə yoxdur:

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

## byline
desk-coauthors = Həmmüəlliflər
desk-coauthors-hint = Birincidən sonra materialın digər müəllifləri. Bir neçəsini seçmək üçün Ctrl (Mac-da ⌘) düyməsini basılı saxlayın.
invalid-coauthors = Müəlliflər siyahısında ən çox 10 müəllif olur və birinci müəllif göstərilməlidir.

## desk checks
invalid-characters = Sahədən görünməz və ya idarəedici simvolları silin: onlar mətnin oxunuşunu dəyişir.
invalid-publish-at = Vaxtı tarix və saatla yazın, məsələn, 2026-12-01 07:00.
desk-published-read-only = Material dərc olunub: indi onu müəllif və ya redaktor dəyişə bilər.

## Markdown the site does not render
md-x-footnotes = Haşiyələr `[^1]`
md-x-footnotes-then = yazıldığı kimi göstərilir
md-x-tasks = Tapşırıq siyahıları `- [ ]`
md-x-tasks-then = mötərizəli adi siyahı kimi
md-x-deflists = Tərif siyahıları
md-x-deflists-then = adi abzaslar kimi
md-x-heading-ids = Başlıq identifikatorları `{"{"}#id{"}"}`
md-x-heading-ids-then = yazıldığı kimi göstərilir
md-x-align = Cədvəl sütunlarının düzləndirilməsi `:--:`
md-x-align-then = sütunlar sola düzləndirilir
md-x-html = Sadə formatlamadan başqa HTML
md-x-html-then = silinir (skriptlər, çərçivələr, üslublar, formalar)
md-x-embed-code = Sosial şəbəkənin yerləşdirmə kodu `<iframe …>`
md-x-embed-code-then = silinir: paylaşımın ünvanını ayrıca abzasda yapışdırın
method-not-allowed = Bu ünvan belə sorğunu qəbul etmir.
settings-feed-full-text = Lentlərdə tam mətn
settings-feed-full-text-hint = Söndürülüb: RSS və Atom lentlərində yalnız məqalənin girişi və keçid; yandırılıb: bütün mətn.
audit-token_created = İnteqrasiya tokeni yaradıldı
audit-token_revoked = İnteqrasiya tokeni ləğv edildi
admin-tokens = İnteqrasiyalar
tokens-intro = Tokenlər alətlərə və lent idxalçılarına admin API vasitəsilə verdiyiniz rolun hüquqları ilə (sizinkindən çox olmamaqla) məqalələr yaratmağa, redaktə etməyə, dərc etməyə və dərcdən çıxarmağa imkan verir. Hər biri sizin adınızdan işləyir, audit jurnalı tokeni göstərir.
tokens-new = Yeni token
tokens-name = Ad
tokens-name-hint = Hansı inteqrasiyaya aiddir, məsələn, Lent idxalı.
tokens-create = Token yarat
tokens-made = { $name } üçün token yaradıldı. İndi kopyalayın: bir daha göstərilməyəcək.
tokens-made-hint = Onu Authorization: Bearer başlığında göndərin. Yalnız onun heşi saxlanılır.
tokens-token = Token
tokens-list = Tokenlər
tokens-prefix = Başlanğıcı
tokens-made-by = Yaradan
tokens-last-used = Son istifadə
tokens-never = Heç vaxt
tokens-revoked = Ləğv edilib
tokens-revoke = Ləğv et
tokens-confirm-revoke = { $name } tokeni ləğv edilsin? Onunla sorğular rədd ediləcək.
tokens-none = Hələ token yoxdur.
done-token-revoked = Token ləğv edildi; onunla sorğular rədd edilir.
invalid-token-name = Tokenə bir sətirdə 80 simvoladək ad verin.

# Static pages and redirects (SPEC R14)
admin-static-pages = Səhifələr
admin-redirects = Yönləndirmələr
admin-page-new = Yeni səhifə
admin-page-edit = Səhifənin redaktəsi
done-page-saved = Səhifə yadda saxlanıldı; sayt onu artıq göstərir.
done-page-deleted = Səhifə silindi. Onun tərcümələri qalır.
done-redirect-added = Yönləndirmə əlavə edildi: köhnə ünvan indi yenisinə aparır.
done-redirect-deleted = Yönləndirmə silindi.
pages-new = Yeni səhifə
pages-intro = «Haqqımızda», «Əlaqə», «Reklam» və «Məxfilik» kimi səhifələr: hər nəşrdə bir dənə, tərcümələri yan-yana. İşarələnmiş səhifələrin keçidləri öz nəşrinin hər səhifəsinin aşağı hissəsində göstərilir.
pages-in-footer = Aşağı hissədə
pages-not-in-footer = Aşağı hissədə deyil
pages-imported = İdxal edilib
pages-add-translation = Tərcümə əlavə et
pages-none = Hələ səhifə yoxdur. Birincisini yazın: «Haqqımızda», «Əlaqə», «Reklam» və ya «Məxfilik».
pages-updated-at = Dəyişdirilib: { $when }
pages-page = Səhifə
pages-slug-hint = Səhifə ünvanının son hissəsi. Boş buraxılsa, başlıqdan latın hərfləri ilə yaradılır.
pages-placement = Yerləşmə və tərcümələr
pages-in-footer-label = Bu nəşrin hər səhifəsinin aşağı hissəsində keçid göstər
pages-position = Aşağı hissədə sıra
pages-position-hint = Kiçik rəqəmlər əvvəl gəlir (0-dan 9999-a qədər).
pages-translation-of = Hansı səhifənin tərcüməsidir
pages-translation-none = Tərcümə deyil
pages-translation-hint = Əlaqəli səhifələr bir-birinə istinad edir: versiya dəyişdiricisi və axtarış sistemləri oxucunu öz dilindəki səhifəyə aparır.
pages-create = Səhifəni yarat
pages-side = Bu səhifə haqqında
pages-no-translations = Hələ tərcümə yoxdur.
pages-translate-into = Tərcümə et: { $language }
pages-this-page = Bu səhifə
pages-confirm-delete = «{ $title }» səhifəsi silinsin? Onun ünvanı «tapılmadı» cavabı verəcək; tərcümələri qalacaq.
pages-delete = Səhifəni sil
pages-preview-frame = Səhifənin oxucuların görəcəyi kimi önbaxışı
pages-preview-empty = Səhifəni oxucu gözü ilə görmək üçün «Önbaxış» düyməsini basın.
page-invalid-title = Başlıq bir sətirdə 1-dən 200-ə qədər simvol olmalıdır.
page-invalid-body = Mətn çox uzundur (ən çoxu 512 KB).
page-invalid-position = Sıra 0-dan 9999-a qədər tam ədəd olmalıdır.
page-translation-same-edition = Tərcümə bu səhifədən fərqli nəşrdə olmalıdır.
page-translation-taken = O səhifənin bu nəşrdə artıq tərcüməsi var.
page-translation-gone = O səhifə artıq yoxdur. Başqasını seçin.
page-slug-taken = Bu nəşrin başqa səhifəsi artıq bu ünvana malikdir. Başqa sluq seçin.
redirects-intro = Köhnə ünvanlar, məsələn, əvvəlki saytın daimi keçidləri, yeni ünvana daimi yönləndirmə (301) ilə cavab verir. İdxal bu siyahını doldurur. Ünvanda mövcud olan səhifə həmişə ondan edilən yönləndirmədən üstündür.
redirects-new = Yönləndirmə əlavə et
redirects-from = Köhnə ünvan
redirects-from-hint = Bu saytın / ilə başlayan yolu, məsələn /2019/05/old-story/ və ya /?p=17. Sondakı əyri xəttin fərqi yoxdur.
redirects-to = Yeni ünvan
redirects-to-hint = Bu saytın yolu (/post/…) və ya { $site } üzərində tam ünvan.
redirects-add = Yönləndirməni əlavə et
redirects-list = Yönləndirmələr
redirects-search = Yönləndirmələrdə axtarış
redirects-search-placeholder = Köhnə və ya yeni ünvanın bir hissəsi
redirects-search-go = Axtar
redirects-search-clear = Hamısını göstər
redirects-origin = Mənbə
redirects-imported = İdxal
redirects-manual = Burada əlavə edilib
redirects-confirm-delete = { $from } ünvanından yönləndirmə silinsin? O ünvan yenidən «tapılmadı» cavabı verəcək.
redirects-delete = Sil
redirects-pager = Siyahının səhifələri
redirects-none-found = «{ $query }» olan yönləndirmə yoxdur.
redirects-none = Hələ yönləndirmə yoxdur.
redirect-bad-from = Köhnə ünvan bu saytın tək əyri xətlə başlayan yolu olmalıdır, məsələn /2019/05/old-story/.
redirect-other-host = Yeni ünvan bu saytda olmalıdır: / ilə başlayan yol və ya saytın domenində tam ünvan.
redirect-loop = Bu yönləndirmə dövrə yaradar: onunla və artıq saxlanılmış yönləndirmələrlə getdikdə yenidən köhnə ünvana gəlinir.
redirect-taken = Bu köhnə ünvandan artıq yönləndirmə var. Onu dəyişmək üçün əvvəlcə həmin yönləndirməni silin.
redirect-reserved = Bu ünvan saytın özünə məxsusdur (ana səhifə, redaksiya, API, fayllar) və yönləndirilə bilməz.
redirect-required = Bu sahəni doldurun.
