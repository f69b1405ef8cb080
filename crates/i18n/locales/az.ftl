# Masthead interface strings: Azerbaijani.
# Every catalog (en, ru, hy, az) has exactly the same keys; a test checks it.

## Chrome
skip-to-content = Məzmuna keç
nav-sections = Bölmələr
nav-home = Ana səhifə
menu-open = Menyu
edition-switch = Versiya
search-open = Axtarış
search-prompt = Nə axtarırsınız?
search-placeholder = Xəbərlərdə axtar
search-submit = Axtar
search-close = Axtarışı bağla
theme-toggle = Gecə rejimi
font-larger = Şrifti böyüt
font-smaller = Şrifti kiçilt
breaking-label = Təcili
follow-us = Bizi izləyin
get-the-app = Tətbiqi yükləyin
app-store = App Store-dan yükləyin
google-play = Google Play-dən əldə edin
logo-home = { $site }, ana səhifə
footer-copyright = © { $site } { $year }
footer-rss = RSS lenti

## Dates
month-1 = yanvar
month-2 = fevral
month-3 = mart
month-4 = aprel
month-5 = may
month-6 = iyun
month-7 = iyul
month-8 = avqust
month-9 = sentyabr
month-10 = oktyabr
month-11 = noyabr
month-12 = dekabr
# How a date and a date-time are written: $day, $month (from month-N), $year, $time
date-format = { $day } { $month } { $year }
datetime-format = { $day } { $month } { $year } { $time }
yesterday-at = Dünən, { $time }
yesterday = Dünən

## Article page
article-published = Dərc olunub
article-byline = Müəllif
article-views = { $count ->
    [one] { $count } baxış
   *[other] { $count } baxış
}
article-reprint = Mənbə: { $source }
article-share-prompt = Xəbəri bəyəndiniz? Sosial şəbəkələrdə paylaşın!
share-on = Paylaş: { $network }
share-email = E-poçtla göndər
article-print = Çap et
article-copy-link = Linki kopyala
article-link-copied = Link kopyalandı
article-translations = Digər dillərdə
article-most-important = Ən vacib xəbərlər: { $section }
article-related = Mövzuya aid
article-tags = Teqlər
article-address = Məqalənin ünvanı
ad-label = Reklam

## Home and listings
home-title = Son xəbərlər
home-top-story = Əsas xəbər
home-latest = Son xəbərlər
home-most-read = Ən çox oxunanlar
most-read-day = 24 saat
most-read-week = 7 gün
section-all = Bütün xəbərlər: { $section }
tag-heading = Mövzu: { $name }
author-heading = Müəllifin yazıları: { $name }
archive-heading = { $date } tarixli xəbərlər
archive-previous-day = Əvvəlki gün
archive-next-day = Növbəti gün
list-count = { $count ->
    [one] { $count } məqalə
   *[other] { $count } məqalə
}
page-previous = Daha yeni
page-next = Daha köhnə
page-of = Səhifə { $page } / { $total }
pagination = Səhifələr
empty-list = Burada hələ heç nə dərc olunmayıb.
empty-most-read = Oxucuların sevimliləri tezliklə burada görünəcək.

## Search
search-title = Axtarış
search-results-for = “{ $query }” üzrə nəticələr
search-empty-query = Xəbərlərdə axtarmaq üçün bir-iki söz yazın.
search-filters = Filtrlər
search-section = Bölmə
search-any-section = Bütün bölmələr
search-from = Başlanğıc
search-to = Son
search-count = { $count } məqalə tapıldı
search-rebuilding-progress = Axtarış indeksi yenidən qurulur ({ $percent }% hazırdır). Bir dəqiqədən sonra yenidən cəhd edin; hələlik son xəbərlər.
search-nothing = “{ $query }” üzrə heç nə tapılmadı
search-tip-spelling = Yazılışı yoxlayın və ya sözün başqa formasını sınayın.
search-tip-fewer = Daha az və ya daha ümumi sözlər işlədin.
search-tip-filters = Bütün bölmələrdə və bütün tarixlərdə axtarın
search-too-deep = Daha çox nəticə göstərmək mümkün deyil: axtarış ən çox min nəticə göstərir. Sorğunu və ya filtrləri dəqiqləşdirin.
search-past-end = Cəmi { $count } nəticə tapıldı; bu səhifə sonuncudan sonradır.
search-first-page = Birinci səhifəyə qayıt
search-partial = Bütün sözləri olan məqalə yoxdur; bunlarda onların bəziləri var.
search-page-previous = Əvvəlki
search-page-next = Növbəti
search-popular = Oxucular bunları axtarır
search-suggestions = Uyğun başlıqlar
search-latest = Son xəbərlər
search-dates-swapped = Tarixlər tərs ardıcıllıqla verilmişdi; yerləri dəyişdirildi.
search-error-invalid-date = Tarixi oxumaq mümkün olmadı (İİİİ-AA-GG formatından istifadə edin); nəzərə alınmadı.
search-error-invalid-number = Səhifə nömrəsini oxumaq mümkün olmadı; birinci səhifə göstərilir.

## Errors
error-404-title = Səhifə tapılmadı
error-404-text = Axtardığınız səhifə mövcud deyil və ya köçürülüb. Axtarışdan istifadə edin və ya ana səhifədən başlayın.
error-500-title = Nəsə səhv getdi
error-500-text = Bu səhifəni göstərə bilmədik. Bir dəqiqədən sonra yenidən cəhd edin.
error-400-title = Yanlış sorğu
error-400-text = Sorğu başa düşülmədi.
error-back-home = Ana səhifəyə keç

## Sabit kodlu xətalar (API-də `error.code` açardır)
not-found = Bu ünvanda heç nə tapılmadı.
internal = Bizim tərəfdə nəsə səhv getdi. Bir dəqiqədən sonra yenidən cəhd edin.
unavailable = Xidmət qısa müddətə əlçatan deyil. Yenidən cəhd edin.
forbidden = Bu əməliyyat üçün icazəniz yoxdur.
invalid-lines = İdxalın bəzi sətirləri yanlışdır; heç nə yazılmadı.
slug-taken = Bu ünvan artıq başqa məqaləyə məxsusdur. Başqa sluq seçin.
stale-revision = Siz açandan sonra bu məqaləni başqası yadda saxlayıb. Mətniniz qorunur: onu onların versiyası ilə müqayisə edib yenidən yadda saxlayın.
source-key-taken = Bu qeyd artıq idxal olunub.
conflict = Bu, artıq yadda saxlanmış məlumatla ziddiyyət təşkil edir.
invalid-reference = Göstərilən bölmə, teq və ya müəllif mövcud deyil.
unknown-edition = Belə nəşr yoxdur.
invalid-slug = Sluqda yalnız kiçik latın hərfləri, rəqəmlər və tək defislər ola bilər.
unknown-status = Belə status yoxdur.
transition-refused = Məqalə «{ $from }» vəziyyətindən «{ $to }» vəziyyətinə keçə bilməz.
invalid-title = Başlıq 1-dən 300-ə qədər simvol olmalıdır.
invalid-lead = Giriş ən çoxu 2000 simvol ola bilər.
invalid-body = Mətn çox uzundur (ən çoxu 1 MB).
invalid-tags = Məqalənin ən çoxu 20 teqi ola bilər.
invalid-source-url = Mənbə üçün ad və http(s) ünvanı lazımdır.
invalid-schedule-time = Planlaşdırılmış məqalə üçün gələcək vaxt lazımdır.
invalid-article-id = Məqalə nömrəsi müsbət tam ədəd olmalıdır.
malformed-beacon = Baxış hesabatı JSON obyekti olmalıdır.
beacon-too-large = Baxış hesabatı çox böyükdür.
cross-site-beacon = Baxışlar yalnız bu saytın öz səhifələrindən sayılır.
status-draft = Qaralama
status-review = Yoxlamada
status-scheduled = Planlaşdırılıb
status-published = Dərc olunub
status-unpublished = Dərcdən çıxarılıb

## corrections (SPEC N9)
corrections-heading = Düzəlişlər və əlavələr
corrections-intro = Səhvlərimizi açıq şəkildə düzəldirik. Dərc olunmuş materiallara edilən bütün düzəlişlər və əlavələr burada, yeniləri yuxarıda göstərilir.
corrections-none = Hələ düzəliş və ya əlavə yoxdur.
correction-kind-correction = Düzəliş
correction-kind-update = Əlavə
article-corrections = Düzəlişlər və əlavələr
embed-load = { $provider } məzmununu yüklə
embed-note = Yükləndikdə { $provider } ünvanınızı əldə edəcək.

## Search and rate limits
too-many-requests = Çox sayda sorğu. Bir az gözləyin və yenidən cəhd edin.
search-rebuilding = Axtarış indeksi yenidən qurulur; bir azdan yenidən cəhd edin.
search-unavailable = Axtarış hazırda əlçatan deyil; bir azdan yenidən cəhd edin.
unknown-parameter = Sorğuda bu ünvanın qəbul etmədiyi parametr var.
invalid-date = Tarix İİİİ-AA-GG formatında deyil.
invalid-number = Ədəd müsbət tam ədəd olmalıdır.
invalid-limit = Səhifə ölçüsü 100 həddini aşır.
error-429-title = Çox sayda sorğu
error-429-text = Qısa müddətdə çox sorğu göndərdiniz. Bir az gözləyin və yenidən cəhd edin.
feed-description = { $site } saytının son xəbərləri
feed-section-description = { $section }: { $site } saytının son xəbərləri
feed-rss = RSS lenti
feed-atom = Atom lenti
unknown-section = Bu buraxılışda belə ünvanlı bölmə yoxdur.
unknown-tag = Bu buraxılışda belə ünvanlı teq yoxdur.
unknown-author = Bu buraxılışda belə ünvanlı müəllif yoxdur.
invalid-cursor = Bu kursor bu siyahını davam etdirmir; onsuz yenidən başlayın.
invalid-date-range = Başlanğıc tarixi son tarixdən sonradır.
invalid-period = Dövr day və ya week olmalıdır.
invalid-token = Bu sorğu üçün etibarlı inteqrasiya tokeni lazımdır (Authorization: Bearer …): yoxdur, naməlumdur və ya ləğv edilib.
invalid-status = Status draft, review, scheduled və ya published olmalıdır.
invalid-json = Sorğunun gövdəsi bu ünvanın qəbul etdiyi JSON deyil (naməlum sahə, yanlış tip və ya pozulmuş JSON).
missing-revision = Yadda saxlamanın başladığı revizyanı göstərin.
body-too-large = Sorğunun gövdəsi bu ünvanın qəbul etdiyindən böyükdür.
nav-footer-sections = Bütün bölmələr
list-description = { $name }: { $site } saytında son xəbərlər və məqalələr.
search-description = { $site } saytının xəbər və məqalələrində axtarış.
page-updated = Yenilənib
nav-footer-pages = Sayt haqqında
