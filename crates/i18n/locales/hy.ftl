# Masthead interface strings: Armenian (Eastern).
# Every catalog (en, ru, hy, az) has exactly the same keys; a test checks it.

## Chrome
skip-to-content = Անցնել բովանդակությանը
nav-sections = Բաժիններ
nav-home = Գլխավոր
menu-open = Մենյու
edition-switch = Տարբերակ
search-open = Որոնում
search-prompt = Ի՞նչ եք փնտրում
search-placeholder = Որոնել լուրերում
search-submit = Որոնել
search-close = Փակել որոնումը
theme-toggle = Գիշերային թեմա
font-larger = Մեծացնել տառաչափը
font-smaller = Փոքրացնել տառաչափը
breaking-label = Շտապ
follow-us = Հետևեք մեզ
get-the-app = Ներբեռնեք հավելվածը
app-store = Ներբեռնեք App Store-ից
google-play = Հասանելի է Google Play-ում
logo-home = { $site }, գլխավոր էջ
footer-copyright = © { $site } { $year }
footer-rss = RSS հոսք

## Dates
month-1 = հունվարի
month-2 = փետրվարի
month-3 = մարտի
month-4 = ապրիլի
month-5 = մայիսի
month-6 = հունիսի
month-7 = հուլիսի
month-8 = օգոստոսի
month-9 = սեպտեմբերի
month-10 = հոկտեմբերի
month-11 = նոյեմբերի
month-12 = դեկտեմբերի
# How a date and a date-time are written: $day, $month (from month-N), $year, $time
date-format = { $day } { $month } { $year }
datetime-format = { $day } { $month } { $year } { $time }
yesterday-at = Երեկ, { $time }
yesterday = Երեկ

## Article page
article-published = Հրապարակվել է
article-byline = Հեղինակ
article-views = { $count ->
    [one] { $count } դիտում
   *[other] { $count } դիտում
}
article-reprint = Աղբյուրը՝ { $source }
article-share-prompt = Հավանեցի՞ք լուրը։ Կիսվեք այն սոցցանցերում։
share-on = Կիսվել { $network }-ում
share-email = Ուղարկել էլ. փոստով
article-print = Տպել
article-copy-link = Պատճենել հղումը
article-link-copied = Հղումը պատճենված է
article-translations = Այլ լեզուներով
article-most-important = Ամենակարևորը՝ { $section }
article-related = Նույն թեմայով
article-tags = Պիտակներ
article-address = Հոդվածի հասցեն
ad-label = Գովազդ

## Home and listings
home-title = Վերջին լուրեր
home-top-story = Գլխավոր լուրը
home-latest = Վերջին լուրեր
home-most-read = Ամենաընթերցվածը
most-read-day = 24 ժամ
most-read-week = 7 օր
section-all = Բոլոր լուրերը՝ { $section }
tag-heading = Թեմա՝ { $name }
author-heading = Հեղինակի նյութերը՝ { $name }
archive-heading = Լուրերը՝ { $date }
archive-previous-day = Նախորդ օրը
archive-next-day = Հաջորդ օրը
list-count = { $count ->
    [one] { $count } հոդված
   *[other] { $count } հոդված
}
page-previous = Ավելի նոր
page-next = Ավելի հին
page-of = Էջ { $page }՝ { $total }-ից
pagination = Էջեր
empty-list = Այստեղ դեռ ոչինչ չի հրապարակվել։
empty-most-read = Ընթերցողների սիրելի նյութերը շուտով կհայտնվեն այստեղ։

## Search
search-title = Որոնում
search-results-for = Որոնման արդյունքները՝ «{ $query }»
search-empty-query = Լուրերում որոնելու համար մուտքագրեք մեկ-երկու բառ։
search-filters = Զտիչներ
search-section = Բաժին
search-any-section = Բոլոր բաժինները
search-from = Սկսած
search-to = Մինչև
search-count = Գտնվել է { $count } հոդված
search-rebuilding-progress = Որոնման ինդեքսը վերակառուցվում է (պատրաստ է { $percent }%)։ Փորձեք մեկ րոպեից, իսկ մինչ այդ՝ վերջին լուրերը։
search-nothing = «{ $query }» հարցմամբ ոչինչ չի գտնվել
search-tip-spelling = Ստուգեք ուղղագրությունը կամ փորձեք բառի այլ ձև։
search-tip-fewer = Օգտագործեք ավելի քիչ կամ ավելի ընդհանուր բառեր։
search-tip-filters = Որոնել բոլոր բաժիններում և բոլոր ամսաթվերով
search-too-deep = Ավելի շատ արդյունք ցույց տալ հնարավոր չէ․ որոնումը ցույց է տալիս առավելագույնը հազար արդյունք։ Ճշգրտեք հարցումը կամ զտիչները։
search-past-end = Գտնվել է ընդամենը { $count } արդյունք, այս էջը վերջինից հետո է։
search-first-page = Վերադառնալ առաջին էջ
search-partial = Բոլոր բառերով հոդված չկա․ ահա դրանցից մի քանիսով հոդվածներ։
search-page-previous = Նախորդ
search-page-next = Հաջորդ
search-popular = Ընթերցողները որոնում են
search-suggestions = Համապատասխան վերնագրեր
search-latest = Վերջին լուրեր
search-dates-swapped = Ամսաթվերը նշված էին հակառակ հերթականությամբ և փոխատեղվել են։
search-error-invalid-date = Ամսաթիվը հնարավոր չեղավ կարդալ (օգտագործեք ՏՏՏՏ-ԱԱ-ՕՕ ձևը), այն հաշվի չի առնվել։
search-error-invalid-number = Էջի համարը հնարավոր չեղավ կարդալ, ցուցադրվում է առաջին էջը։

## Errors
error-404-title = Էջը չի գտնվել
error-404-text = Ձեր փնտրած էջը գոյություն չունի կամ տեղափոխվել է։ Փորձեք որոնել կամ սկսեք գլխավոր էջից։
error-500-title = Տեղի է ունեցել սխալ
error-500-text = Չհաջողվեց ցուցադրել այս էջը։ Խնդրում ենք կրկին փորձել մեկ րոպեից։
error-400-title = Սխալ հարցում
error-400-text = Հարցումը հնարավոր չեղավ մշակել։
error-back-home = Գլխավոր էջ

## Կայուն կոդերով սխալներ (API-ում `error.code`-ը բանալին է)
not-found = Այս հասցեով ոչինչ չի գտնվել։
internal = Մեր կողմում ինչ-որ բան սխալ գնաց։ Փորձեք մեկ րոպեից։
unavailable = Ծառայությունը կարճ ժամանակով անհասանելի է։ Փորձեք կրկին։
forbidden = Դուք այս գործողության իրավունք չունեք։
invalid-lines = Ներմուծման որոշ տողեր սխալ են․ ոչինչ չի գրանցվել։
slug-taken = Այս հասցեն արդեն զբաղեցված է այլ հոդվածով։ Ընտրեք այլ սլագ։
stale-revision = Ինչ-որ մեկը պահպանել է այս հոդվածը այն բացելուց հետո։ Ձեր տեքստը պահպանված է․ համեմատեք այն նրանց տարբերակի հետ և նորից պահպանեք։
source-key-taken = Այս գրառումն արդեն ներմուծված է։
conflict = Սա հակասում է արդեն պահպանված տվյալներին։
invalid-reference = Նշված բաժինը, պիտակը կամ հեղինակը գոյություն չունի։
unknown-edition = Նման խմբագրություն չկա։
invalid-slug = Սլագում թույլատրվում են միայն լատինական փոքրատառեր, թվեր և մեկական գծիկներ։
unknown-status = Նման կարգավիճակ չկա։
transition-refused = Հոդվածը չի կարող «{ $from }» վիճակից անցնել «{ $to }» վիճակի։
invalid-title = Վերնագիրը պետք է լինի 1-ից 300 նիշ։
invalid-lead = Ներածությունը պետք է լինի առավելագույնը 2000 նիշ։
invalid-body = Տեքստը չափազանց երկար է (առավելագույնը 1 ՄԲ)։
invalid-tags = Հոդվածը կարող է ունենալ առավելագույնը 20 պիտակ։
invalid-source-url = Աղբյուրի համար անհրաժեշտ են անուն և http(s) հասցե։
invalid-schedule-time = Պլանավորված հոդվածի համար անհրաժեշտ է ապագա ժամանակ։
invalid-article-id = Հոդվածի համարը պետք է լինի դրական ամբողջ թիվ։
malformed-beacon = Դիտման հաշվետվությունը պետք է լինի JSON օբյեկտ։
beacon-too-large = Դիտման հաշվետվությունը չափազանց մեծ է։
cross-site-beacon = Դիտումները հաշվվում են միայն այս կայքի էջերից։
status-draft = Սևագիր
status-review = Ստուգման մեջ
status-scheduled = Պլանավորված
status-published = Հրապարակված
status-unpublished = Հանված հրապարակումից

## corrections (SPEC N9)
corrections-heading = Ուղղումներ և լրացումներ
corrections-intro = Մենք բացահայտ ենք ուղղում մեր սխալները։ Այստեղ թվարկված են հրապարակված նյութերի բոլոր ուղղումներն ու լրացումները՝ նորերը վերևում։
corrections-none = Ուղղումներ և լրացումներ դեռ չկան։
correction-kind-correction = Ուղղում
correction-kind-update = Լրացում
article-corrections = Ուղղումներ և լրացումներ
embed-load = Բեռնել { $provider }-ի բովանդակությունը
embed-note = Բեռնելիս { $provider }-ը կստանա ձեր հասցեն։

## Search and rate limits
too-many-requests = Չափազանց շատ հարցումներ։ Սպասեք մի պահ և կրկին փորձեք։
search-rebuilding = Որոնման ինդեքսը վերակառուցվում է․ փորձեք քիչ անց։
search-unavailable = Որոնումը հիմա հասանելի չէ․ փորձեք քիչ անց։
unknown-parameter = Հարցումն ունի պարամետր, որը այս հասցեն չի ընդունում։
invalid-date = Ամսաթիվը ՏՏՏՏ-ԱԱ-ՕՕ ձևով չէ։
invalid-number = Թիվը պետք է լինի դրական ամբողջ թիվ։
invalid-limit = Էջի չափը գերազանցում է 100-ի սահմանը։
error-429-title = Չափազանց շատ հարցումներ
error-429-text = Դուք կարճ ժամանակում շատ հարցումներ եք արել։ Սպասեք մի պահ և կրկին փորձեք։
feed-description = { $site }-ի վերջին լուրերը
feed-section-description = { $section }. { $site }-ի վերջին լուրերը
feed-rss = RSS հոսք
feed-atom = Atom հոսք
unknown-section = Այս թողարկումում այդ հասցեով բաժին չկա։
unknown-tag = Այս թողարկումում այդ հասցեով պիտակ չկա։
unknown-author = Այս թողարկումում այդ հասցեով հեղինակ չկա։
invalid-cursor = Այս կուրսորը չի շարունակում այս ցանկը․ սկսեք նորից՝ առանց դրա։
invalid-date-range = Սկզբի ամսաթիվը վերջինից հետո է։
invalid-period = Ժամանակահատվածը պետք է լինի day կամ week։
invalid-token = Այս հարցման համար անհրաժեշտ է գործող ինտեգրման տոկեն (Authorization: Bearer …)․ այն բացակայում է, անհայտ է կամ չեղարկված։
invalid-status = Կարգավիճակը պետք է լինի draft, review, scheduled կամ published։
invalid-json = Հարցման մարմինը այն JSON-ը չէ, որն ընդունում է այս հասցեն (անհայտ դաշտ, սխալ տեսակ կամ վնասված JSON)։
missing-revision = Նշեք այն խմբագրությունը, որից սկսվում է պահպանումը։
body-too-large = Հարցման մարմինն ավելի մեծ է, քան ընդունում է այս հասցեն։
nav-footer-sections = Բոլոր բաժինները
list-description = { $name }. վերջին լուրերն ու հոդվածները { $site }-ում։
search-description = Որոնում { $site }-ի լուրերում և հոդվածներում։
page-updated = Թարմացվել է
nav-footer-pages = Կայքի մասին
