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
