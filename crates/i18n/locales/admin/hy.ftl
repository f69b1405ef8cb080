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

## desk
admin-new-article = Նոր հոդված
admin-edit-article = Հոդվածի խմբագրում
admin-history = Պատմություն
admin-media = Մեդիադարան

# Field labels; comparisons of two revisions name their fields with these.
field-title = Վերնագիր
field-lead = Ներածություն
field-body = Տեքստ
field-slug = Հասցե (սլագ)
field-section = Բաժին
field-tags = Պիտակներ
field-byline = Հեղինակ
field-flags = Տեղադրում
field-source = Վերահրատարակման աղբյուր
field-cover = Շապիկի նկար
field-seo-title = Վերնագիր որոնողական համակարգերի համար
field-seo-description = Նկարագրություն որոնողական համակարգերի համար

# What a row of an article's history records.
revision-kind-created = Ստեղծվել է
revision-kind-saved = Պահպանվել է
revision-kind-status = Կարգավիճակը փոխվել է
revision-kind-pending = Խմբագրումը պահպանվել է առանց հրապարակման
revision-kind-pending_published = Սպասող խմբագրումը հրապարակվել է
revision-kind-restored = Վերականգնվել է ավելի հին տարբերակը
revision-kind-conflict = Պահպանվել է խմբագրումների բախման ժամանակ
revision-kind-base = Տեքստը մինչև առաջին գրանցված պահպանումը
revision-kind-correction = Ավելացվել է նշում

# Notices after an action
done-restored = Վերականգնված է։ Ավելի հին տեքստն այժմ ընթացիկն է․ պատմությունից ոչինչ չի ջնջվել։
done-translation-made = Թարգմանության սևագիրը ստեղծված է։ Այն պարունակում է բնօրինակի տեքստը՝ թարգմանելու համար պատրաստ։
done-translation-current = Թարգմանությունը նշված է որպես արդիական։
done-correction-added = Նշումն ավելացված է և ցուցադրվում է հոդվածում։
done-article-deleted = Հոդվածը ջնջված է։
done-uploaded = Վերբեռնված է։ Նկարը մեդիադարանի ամենավերևում է։

# Errors a form of the desk can show
autosave-conflict = Այս ընթացքում մեկ ուրիշը պահպանել է այս հոդվածը, ուստի ինքնապահպանումը դադարեցվել է։ Սեղմեք «Պահպանել»՝ տարբերությունները տեսնելու համար․ Ձեր տեքստը չի կորել։
invalid-section = Ընտրեք բաժին։
invalid-author = Ընտրեք հեղինակին ցանկից կամ նշեք «Առանց հեղինակի»։
invalid-alt = Նկարագրեք նկարը նրանց համար, ովքեր չեն կարող այն տեսնել (1-ից 500 նիշ)։
invalid-cover-url = Շապիկի նկարի համար անհրաժեշտ է մեդիադարանի հասցե կամ http(s) հասցե։
invalid-seo-title = Որոնողական համակարգերի համար վերնագիրը կարող է պարունակել առավելագույնը 120 նիշ։
invalid-seo-description = Որոնողական համակարգերի համար նկարագրությունը կարող է պարունակել առավելագույնը 320 նիշ։
invalid-tag-name = Պիտակի անվանումը կարող է պարունակել առավելագույնը 80 նիշ՝ առանց կառավարող նիշերի։
invalid-correction = Գրեք նշումը՝ 1-ից 2000 նիշ։
invalid-correction-kind = Ընտրեք՝ ուղղում, թե լրացում։
invalid-revision = Հոդվածի այս տարբերակը գոյություն չունի։
correction-not-published = Նշումներ կարելի է ավելացնել միայն հրապարակված հոդվածին։
pending-not-published = Չհրապարակված խմբագրում կարող է ունենալ միայն հրապարակված հոդվածը։
translation-same-edition = Թարգմանությունը պետք է լինի այլ խմբագրությունում։
translation-exists = Այս նյութն այդ խմբագրությունում արդեն ունի հոդված։
invalid-media-text = Այլընտրանքային տեքստը, ստորագրությունը և լուսանկարի հեղինակը կարող են պարունակել առավելագույնը 500-ական նիշ։
media-too-large = Ֆայլը չափազանց մեծ է։ Փոքրացրեք նկարը և կրկին փորձեք։
media-unsupported = Վերբեռնեք JPEG, PNG, WebP կամ GIF ձևաչափի նկար։
media-undecodable = Այս ֆայլը հնարավոր չեղավ կարդալ որպես նկար։ Հնարավոր է՝ այն վնասված է։
media-too-many-pixels = Նկարը չափազանց շատ պիքսել ունի։ Փոքրացրեք այն և կրկին փորձեք։
media-store = Նկարը հնարավոր չեղավ պահպանել։ Փորձեք կրկին մեկ րոպեից։
media-bad-name = Նման մեդիաֆայլ չկա։

# The editor
desk-story = Նյութ
desk-edition = Խմբագրություն
desk-kicker = Նախավերնագիր
desk-kicker-hint = Կարճ նշում վերնագրի վերևում, օրինակ՝ «Ընտրություններ»։ Այն նաև նյութի առաջին պիտակն է։
desk-lead-hint = Մեկ-երկու նախադասություն վերնագրի տակ այն մասին, թե ինչ է տեղի ունեցել։
desk-body-hint = Markdown․ դատարկ տողը սկսում է նոր պարբերություն։
desk-words = Բառեր
desk-reading-time = Ընթերցման ժամանակը, րոպե
desk-format = Ձևավորում
desk-md-bold = Թավ
desk-md-italic = Շեղ
desk-md-link = Հղում
desk-md-link-text = տեքստ
desk-md-heading = Ենթավերնագիր
desk-md-quote = Մեջբերում
desk-md-ul = Կետանշված ցանկ
desk-md-ol = Համարակալված ցանկ
desk-md-image = Վերբեռնել նկար
desk-md-image-short = Նկար
desk-md-embed = Տեսանյութ կամ գրառում․ միայն դրա հասցեն՝ առանձին տողում
desk-md-help = Markdown-ի հուշում
desk-md-paragraphs = Պարբերությունների միջև թողեք դատարկ տող։ Նկարները կարելի է նաև քաշել կամ տեղադրել անմիջապես տեքստի մեջ։
desk-md-unsupported = Ինչը չի աջակցվում, և ինչ է տեղի ունենում դրա փոխարեն
desk-taxonomy = Բաժին և պիտակներ
desk-choose-section = Ընտրեք բաժին…
desk-tags-hint = Պիտակներն առանձնացրեք ստորակետերով։ Նոր անունով ստեղծվում է նոր պիտակ։
desk-no-byline = Առանց հեղինակի
desk-publishing = Հրապարակում
desk-publish-at = Հրապարակման ժամանակը
desk-publish-at-hint = Կայքի ժամային գոտով ({ $zone })։ Անհրաժեշտ է պլանավորելու համար․ անմիջապես հրապարակելու համար թողեք դատարկ։
desk-flag-breaking = Շտապ լուր
desk-flag-top = Գլխավոր էջի գլխավոր լուրը
desk-flag-important = Կարևոր
desk-cover-url = Նկարի հասցեն
desk-cover-url-hint = Վերբեռնեք նկարն այստեղ կամ պատճենեք դրա հասցեն բաժնից՝
desk-upload = Վերբեռնել
desk-alt = Այլընտրանքային տեքստ
desk-alt-hint = Նկարագրեք պատկերը նրանց համար, ովքեր չեն կարող այն տեսնել։
desk-caption = Ստորագրություն
desk-credit = Լուսանկարի հեղինակ
desk-source-hint = Միայն այլ լրատվամիջոցից վերցված նյութի համար։
desk-source-name = Լրատվամիջոց
desk-source-url = Բնօրինակի հասցեն
desk-seo = Հասցե և որոնողական համակարգեր
desk-slug-hint = Հոդվածի հասցեի վերջին մասը։ Եթե դաշտը դատարկ թողնեք, այն կկազմվի վերնագրից՝ լատինատառ։
desk-slug-live = Հոդվածը հրապարակված է․ նոր հասցեն կտեղափոխի այն, իսկ հին հասցեն կվերահղի նորին։
desk-seo-hint = Եթե դաշտերը դատարկ թողնեք, կօգտագործվեն վերնագիրը և ներածությունը։
desk-serp = Որոնման արդյունքներում այն կարող է այսպես երևալ
desk-save-draft = Պահպանել սևագիրը
desk-update-live = Թարմացնել հոդվածը կայքում
desk-save-pending = Պահպանել առանց հրապարակելու
desk-schedule = Պլանավորել
desk-publish-now = Հրապարակել հիմա
desk-preview = Նախադիտում
desk-shortcut-hint = Ստեղնային համակցություններ․ Ctrl+B — թավ, Ctrl+I — շեղ, Ctrl+K — հղում, Ctrl+S — պահպանել (հրապարակված հոդվածում՝ պահպանել առանց հրապարակելու)։ Mac-ում Ctrl-ի փոխարեն՝ ⌘։
desk-saved-at = Պահպանված է { $time }-ին
desk-saving = Պահպանվում է…
desk-unsaved = Կան չպահպանված փոփոխություններ
desk-autosave-offline = Չի պահպանվել․ կապ չկա։ Ձեր տեքստը պահվում է այս դիտարկիչում։
desk-autosave-failed = Ինքնապահպանումը չհաջողվեց։ Ձեր տեքստը պահվում է այս դիտարկիչում․ սեղմեք «Պահպանել» (հնարավոր է՝ պետք լինի նորից մուտք գործել)։
desk-autosave-needs = Ինքնապահպանումը կսկսվի, երբ նշվեն վերնագիրը և բաժինը։
desk-form-restored = Նորից մուտք գործելուց հետո Ձեր տեքստը վերադարձվել է։ Պահպանեք այն, որպեսզի չկորցնեք։
desk-restore-offer = Այս դիտարկիչում մնացել է Ձեր չպահպանված տեքստը՝
desk-restore = Վերականգնել
desk-discard = Հեռացնել
desk-pending-badge = Չհրապարակված խմբագրում
desk-pending-text = Սա չհրապարակված խմբագրում է․ կայքում հոդվածը դեռ այլ տեսք ունի։
desk-publish-pending = Հրապարակել խմբագրումը
desk-discard-pending = Հրաժարվել խմբագրումից
desk-confirm-discard-pending = Հրաժարվե՞լ չհրապարակված խմբագրումից։ Կայքում հոդվածը կմնա անփոփոխ․ խմբագրումը կպահպանվի պատմության մեջ։
desk-conflict-title = Այս հոդվածը պահպանել է մեկ ուրիշը
desk-conflict-by = Մինչ Դուք խմբագրում էիք, այս հոդվածը պահպանել է ուրիշը՝ { $by }, { $at }։ Ձեր տեքստը ստորև է, և այն պահպանվել է պատմության մեջ։
desk-conflict-kept = Բացել պատմությունը
desk-conflict-diff = Տարբերություններ ընթացիկ տեքստի (ջնջագծված) և Ձեր տեքստի (նշված) միջև․
desk-conflict-again = Կրկին պահպանեք, որպեսզի Ձեր տեքստը դառնա ընթացիկը։
desk-stale-title = Բնօրինակը ({ $edition }) փոխվել է այս թարգմանությունը կատարելուց հետո
desk-stale-text = Ստորև ցույց է տրված, թե այդ ժամանակից ի վեր ինչ է փոխվել բնօրինակում։ Բնօրինակը՝
desk-stale-changes = Փոփոխությունները բնօրինակում
desk-mark-current = Նշել որպես արդիական
desk-mark-current-hint = Երբ թարգմանությունն արտացոլում է բնօրինակի ներկայիս բովանդակությունը։
desk-corrections = Ուղղումներ և լրացումներ
desk-corrections-hint = Ամսաթվով նշում, որը ցուցադրվում է հրապարակված հոդվածում, ուղղումների էջում և լրահոսերում։
desk-correction-kind = Տեսակ
desk-correction-text = Նշում
desk-correction-text-hint = Գրեք, թե ինչն էր սխալ և ինչպես է ճիշտ, կամ ինչ նորություն կա։
desk-add-note = Ավելացնել նշում
desk-side = Այս հոդվածի մասին
desk-translations = Թարգմանություններ
desk-no-translations = Թարգմանություններ դեռ չկան։
desk-original = բնօրինակ
desk-stale-badge = հնացած
desk-translate-into = Թարգմանել՝ { $language }
desk-this-article = Այս հոդվածը
desk-public-link = Հասցեն կայքում
desk-view-live = Դիտել կայքում
desk-view = դիտել
desk-history-link = Պատմություն․ համեմատել և վերականգնել տարբերակները
desk-delete = Ջնջել հոդվածը
desk-confirm-delete = Ջնջե՞լ «{ $title }»-ը։ Այն կանհետանա կայքից և խմբագրությունից․ գործողությունն անդառնալի է։
desk-preview-width = Նախադիտման լայնությունը
desk-preview-phone = Հեռախոս
desk-preview-desktop = Համակարգիչ
desk-preview-tab = Բացել նոր ներդիրում
desk-preview-frame = Հոդվածի նախադիտումը այնպես, ինչպես այն կտեսնեն ընթերցողները
desk-preview-empty = Սեղմեք «Նախադիտում»՝ հոդվածը տեսնելու այնպես, ինչպես այն կտեսնեն ընթերցողները։
desk-preview-hint = Նախադիտումը թարմացվում է գրելու ընթացքում։ Գիշերային թեման միացվում է հենց նախադիտման ներսում։
desk-upload-title = Նկարի վերբեռնում
desk-uploading = Վերբեռնվում է…
desk-image-inserted = Նկարը վերբեռնվել և տեղադրվել է։
desk-cover-set = Նկարը վերբեռնվել և սահմանվել է որպես շապիկի նկար։
desk-upload-failed = Նկարը հնարավոր չեղավ վերբեռնել։ Ստուգեք կապը և կրկին փորձեք։
desk-diff-none = Տարբերություններ չկան։
desk-diff-unchanged = { $count ->
    [one] { $count } անփոփոխ նիշ
   *[other] { $count } անփոփոխ նիշ
}

# History
desk-back-to-editor = Վերադառնալ խմբագրիչ
desk-revisions = Տարբերակներ
desk-compare = Համեմատել
desk-compare-hint = Ընտրեք ավելի հին և ավելի նոր տարբերակ, ապա սեղմեք «Համեմատել»։
desk-compare-title = Երկու տարբերակի տարբերությունները
desk-compare-older = Ավելի հին
desk-compare-newer = Ավելի նոր
desk-revision = տարբերակ { $revision }
desk-revision-col = Տարբերակ
desk-what = Ինչ
desk-current = ընթացիկ
desk-status-change = Կարգավիճակ՝ { $from } → { $to }
desk-status-now = Կարգավիճակ՝ { $to }
desk-restore-this = Վերականգնել
desk-confirm-restore = Վերականգնե՞լ տեքստը՝ { $when } դրությամբ։ Այն կդառնա նոր տարբերակ․ ոչինչ չի ջնջվի։
desk-no-history = Դեռ ոչինչ չի գրանցվել։

# Media library
desk-file = Նկարի ֆայլ
desk-file-hint = JPEG, PNG, WebP կամ GIF՝ մինչև { $size } ՄԲ։ Ֆայլը ստուգվում և վերակոդավորվում է, իսկ մետատվյալները հեռացվում են։
desk-media-search = Որոնում մեդիադարանում
desk-media-search-hint = Այլընտրանքային տեքստ, ստորագրություն, լուսանկարի հեղինակ կամ ֆայլի անուն
desk-show-all = Ցույց տալ բոլորը
desk-no-alt = Այլընտրանքային տեքստ չկա
desk-kb = { $size } ԿԲ
desk-image-address = Նկարի հասցեն
desk-copy-markdown = Պատճենել Markdown-ը
desk-markdown-copied = Markdown-ը պատճենված է
desk-media-empty = Նկարներ դեռ չկան։ Վերբեռնեք առաջինը վերևի ձևով։
desk-media-none-found = «{ $query }» հարցմանը համապատասխանող նկար չկա։

# Dashboard
desk-my-drafts = Իմ սևագրերը
desk-no-drafts = Դուք սևագրեր չունեք։
desk-stale-translations = Հնացած թարգմանություններ
desk-source-changed = բնօրինակը փոխվել է՝
desk-missing-translations = Բացակայող թարգմանություններ
desk-missing-in = թարգմանություն չկա՝

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

## byline
desk-coauthors = Համահեղինակներ
desk-coauthors-hint = Նյութի մյուս հեղինակները՝ առաջինից հետո։ Մի քանիսն ընտրելու համար սեղմած պահեք Ctrl (Mac-ում՝ ⌘)։
invalid-coauthors = Հեղինակների ցանկում առավելագույնը 10 հեղինակ է, և առաջինը պետք է նշված լինի։

## desk checks
invalid-characters = Հեռացրեք դաշտից անտեսանելի կամ կառավարող նշանները․ դրանք փոխում են տեքստի ընթերցումը։
invalid-publish-at = Նշեք ժամանակը ամսաթվով և ժամով, օրինակ՝ 2026-12-01 07:00։
desk-published-read-only = Նյութը հրապարակված է․ այժմ այն կարող են փոխել հեղինակը կամ խմբագիրը։

## Markdown the site does not render
md-x-footnotes = Ծանոթագրություններ `[^1]`
md-x-footnotes-then = ցուցադրվում են այնպես, ինչպես մուտքագրված են
md-x-tasks = Առաջադրանքների ցանկեր `- [ ]`
md-x-tasks-then = սովորական ցանկ՝ փակագծերով
md-x-deflists = Սահմանումների ցանկեր
md-x-deflists-then = սովորական պարբերություններ
md-x-heading-ids = Վերնագրերի նույնացուցիչներ `{"{"}#id{"}"}`
md-x-heading-ids-then = ցուցադրվում են այնպես, ինչպես մուտքագրված են
md-x-align = Աղյուսակի սյունակների հավասարեցում `:--:`
md-x-align-then = սյունակները հավասարեցվում են ձախ
md-x-html = HTML՝ բացի պարզ ձևավորումից
md-x-html-then = հեռացվում է (սկրիպտներ, շրջանակներ, ոճեր, ձևեր)
md-x-embed-code = Սոցիալական ցանցի ներդրման կոդ `<iframe …>`
md-x-embed-code-then = հեռացվում է․ տեղադրեք հրապարակման հասցեն առանձին պարբերությամբ
method-not-allowed = Այս հասցեն նման հարցում չի ընդունում։
settings-feed-full-text = Ամբողջական տեքստ RSS և Atom հոսքերում
settings-feed-full-text-hint = Անջատված՝ RSS և Atom հոսքերում միայն հոդվածի ներածությունը՝ հղումով, միացված՝ ամբողջ տեքստը։
audit-token_created = Ինտեգրման տոկեն է ստեղծվել
audit-token_revoked = Ինտեգրման տոկենը չեղարկվել է
admin-tokens = Ինտեգրումներ
tokens-intro = Տոկենները թույլ են տալիս գործիքներին և լրահոսի ներմուծիչներին admin API-ով ստեղծել, խմբագրել, հրապարակել և հանել հոդվածներ՝ ձեր ընտրած դերի իրավունքներով (ոչ ավելի, քան ձերը)։ Յուրաքանչյուրը գործում է ձեր անունից, իսկ աուդիտի մատյանը նշում է տոկենը։
tokens-new = Նոր տոկեն
tokens-name = Անվանում
tokens-name-hint = Որ ինտեգրմանն է պատկանում, օրինակ՝ Լրահոսի ներմուծում։
tokens-create = Ստեղծել տոկեն
tokens-made = { $name }-ի տոկենը ստեղծված է։ Պատճենեք այն հիմա․ այն այլևս ցույց չի տրվի։
tokens-made-hint = Ուղարկեք այն Authorization: Bearer վերնագրով։ Պահվում է միայն դրա հեշը։
tokens-token = Տոկեն
tokens-list = Տոկեններ
tokens-prefix = Սկսվում է
tokens-made-by = Ստեղծել է
tokens-last-used = Վերջին օգտագործումը
tokens-never = Երբեք
tokens-revoked = Չեղարկված
tokens-revoke = Չեղարկել
tokens-confirm-revoke = Չեղարկե՞լ { $name }-ի տոկենը։ Դրանով հարցումները կմերժվեն։
tokens-none = Տոկեններ դեռ չկան։
done-token-revoked = Տոկենը չեղարկված է․ դրանով հարցումները մերժվում են։
invalid-token-name = Տվեք տոկենին մինչև 80 նիշանոց մեկտողանի անվանում։

# Static pages and redirects (SPEC R14)
admin-static-pages = Էջեր
admin-redirects = Վերահղումներ
admin-page-new = Նոր էջ
admin-page-edit = Էջի խմբագրում
done-page-saved = Էջը պահպանվեց․ կայքն արդեն ցույց է տալիս այն։
done-page-deleted = Էջը ջնջվեց։ Նրա թարգմանությունները մնացին։
done-redirect-added = Վերահղումն ավելացվեց․ հին հասցեն այժմ տանում է նորին։
done-redirect-deleted = Վերահղումը ջնջվեց։
pages-new = Նոր էջ
pages-intro = «Մեր մասին», «Կոնտակտներ», «Գովազդ», «Գաղտնիություն» և նման էջեր՝ յուրաքանչյուր խմբագրությունում մեկական, թարգմանությունները՝ կողք կողքի։ Նշված էջերի հղումները երևում են իրենց խմբագրության յուրաքանչյուր էջի էջատակում։
pages-in-footer = Էջատակում
pages-not-in-footer = Էջատակում չէ
pages-imported = Ներմուծված
pages-add-translation = Ավելացնել թարգմանություն
pages-none = Էջեր դեռ չկան։ Գրեք առաջինը՝ «Մեր մասին», «Կոնտակտներ», «Գովազդ» կամ «Գաղտնիություն»։
pages-updated-at = Փոխվել է { $when }
pages-page = Էջ
pages-slug-hint = Էջի հասցեի վերջին մասը։ Եթե դաշտը դատարկ թողնեք, այն կկազմվի վերնագրից՝ լատինատառ։
pages-placement = Տեղադրում և թարգմանություններ
pages-in-footer-label = Հղում այս խմբագրության յուրաքանչյուր էջի էջատակում
pages-position = Հերթականությունը էջատակում
pages-position-hint = Փոքր թվերը առաջինն են (0-ից 9999)։
pages-translation-of = Որ էջի թարգմանությունն է
pages-translation-none = Թարգմանություն չէ
pages-translation-hint = Կապված էջերը հղում են միմյանց․ տարբերակների փոխարկիչը և որոնողական համակարգերը ընթերցողին տանում են իր լեզվով էջին։
pages-create = Ստեղծել էջը
pages-side = Այս էջի մասին
pages-no-translations = Թարգմանություններ դեռ չկան։
pages-translate-into = Թարգմանել՝ { $language }
pages-this-page = Այս էջը
pages-confirm-delete = Ջնջե՞լ «{ $title }» էջը։ Նրա հասցեն կպատասխանի «չի գտնվել», թարգմանությունները կմնան։
pages-delete = Ջնջել էջը
pages-preview-frame = Էջի նախադիտումն այնպես, ինչպես այն կտեսնեն ընթերցողները
pages-preview-empty = Սեղմեք «Նախադիտում»՝ էջն ընթերցողի աչքերով տեսնելու համար։
page-invalid-title = Վերնագիրը պետք է լինի 1-ից 200 նիշ՝ մեկ տողով։
page-invalid-body = Տեքստը չափազանց երկար է (առավելագույնը 512 ԿԲ)։
page-invalid-position = Հերթականությունը պետք է լինի ամբողջ թիվ՝ 0-ից 9999։
page-translation-same-edition = Թարգմանությունը պետք է լինի այս էջից տարբեր խմբագրությունում։
page-translation-taken = Այդ էջն արդեն ունի թարգմանություն այս խմբագրությունում։
page-translation-gone = Այդ էջն այլևս գոյություն չունի։ Ընտրեք մեկ ուրիշը։
page-slug-taken = Այս խմբագրության մեկ այլ էջ արդեն ունի այս հասցեն։ Ընտրեք այլ սլագ։
redirects-intro = Հին հասցեները, օրինակ՝ նախորդ կայքի մշտական հղումները, մշտական վերահղումով (301) տանում են իրենց նոր հասցեին։ Ներմուծումը լրացնում է այս ցանկը։ Հասցեում գոյություն ունեցող էջը միշտ գերադասվում է այդ հասցեից վերահղումից։
redirects-new = Ավելացնել վերահղում
redirects-from = Հին հասցե
redirects-from-hint = Այս կայքի ուղի, որը սկսվում է /-ով, օրինակ՝ /2019/05/old-story/ կամ /?p=17։ Վերջի թեք գիծը նշանակություն չունի։
redirects-to = Նոր հասցե
redirects-to-hint = Այս կայքի ուղի (/post/…) կամ ամբողջական հասցե { $site } կայքում։
redirects-add = Ավելացնել վերահղումը
redirects-list = Վերահղումներ
redirects-search = Որոնել վերահղումներ
redirects-search-placeholder = Հին կամ նոր հասցեի մաս
redirects-search-go = Որոնել
redirects-search-clear = Ցույց տալ բոլորը
redirects-origin = Աղբյուր
redirects-imported = Ներմուծված
redirects-manual = Ավելացվել է այստեղ
redirects-confirm-delete = Ջնջե՞լ { $from } հասցեից վերահղումը։ Այդ հասցեն կրկին կպատասխանի «չի գտնվել»։
redirects-delete = Ջնջել
redirects-pager = Ցանկի էջեր
redirects-none-found = «{ $query }» պարունակող վերահղում չկա։
redirects-none = Վերահղումներ դեռ չկան։
redirect-bad-from = Հին հասցեն պետք է լինի այս կայքի ուղի՝ սկսվող մեկ թեք գծով, օրինակ՝ /2019/05/old-story/։
redirect-other-host = Նոր հասցեն պետք է լինի այս կայքում․ /-ով սկսվող ուղի կամ ամբողջական հասցե կայքի տիրույթում։
redirect-loop = Այս վերահղումը կփակվի օղակի մեջ․ դրանով և արդեն պահպանված վերահղումներով անցնելիս կրկին կհասնեք հին հասցեին։
redirect-taken = Այս հին հասցեից արդեն վերահղում կա։ Այն փոխելու համար նախ ջնջեք այդ վերահղումը։
redirect-reserved = Այս հասցեն պատկանում է հենց կայքին (գլխավոր էջ, խմբագրություն, API, ֆայլեր) և չի կարող վերահղվել։
redirect-required = Լրացրեք այս դաշտը։
