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
