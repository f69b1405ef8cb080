## Редакция в /admin: строки интерфейса (admin-*), роли, действия журнала, уведомления после
## действия (done-*) и ошибки входа и управления сотрудниками (стабильные коды).

admin-newsroom = Редакция
admin-nav = Разделы редакции
admin-view-site = Открыть сайт
admin-sign-out = Выйти
admin-dashboard = Сводка
admin-staff = Сотрудники
admin-audit = Журнал действий
admin-profile = Профиль
admin-you = вы

## Вход
admin-sign-in-title = Вход в редакцию
admin-sign-in = Войти
admin-sign-in-help = Забыли пароль? Попросите администратора прислать ссылку для его сброса.
admin-email = Эл. почта
admin-password = Пароль
admin-new-password = Новый пароль
admin-current-password = Текущий пароль
admin-password-rule = Не меньше 12 символов. Фразу из нескольких слов легко запомнить и трудно подобрать.
admin-totp-title = Двухэтапная проверка
admin-totp-hint = Введите шестизначный код из приложения-аутентификатора или один из ваших резервных кодов.
admin-totp-code = Код
admin-totp-submit = Подтвердить
admin-cancel = Отмена

## Одноразовые ссылки
admin-link-title = Учётная запись в редакции
admin-link-invalid-title = Эта ссылка недействительна
admin-first-admin-title = Создание первого администратора
admin-first-admin-hint = С этой учётной записи вы будете управлять сайтом, его сотрудниками и настройками.
admin-invite-title = Присоединяйтесь к редакции
admin-invite-hint = Вас приглашают в редакцию на роль «{ $role }». Укажите своё имя и придумайте пароль.
admin-reset-title = Задайте новый пароль
admin-reset-for = Для учётной записи { $email }.
admin-name = Имя
admin-language = Язык интерфейса редакции
admin-create-account = Создать учётную запись
admin-set-password = Сохранить пароль

## Сводка
admin-dashboard-own = Здесь показаны только ваши статьи.
admin-counts = Статьи по статусам
admin-scheduled-queue = Очередь публикаций
admin-nothing-scheduled = Запланированных публикаций нет.
admin-read-today = Самое читаемое за сегодня
admin-read-week = Самое читаемое за неделю
admin-no-views = Просмотров пока нет.
admin-none = Пусто.
admin-views = { $count ->
    [one] { $count } просмотр
    [few] { $count } просмотра
   *[many] { $count } просмотров
    [other] { $count } просмотра
}
admin-send-to-review = Отправить на проверку
admin-unpublish = Снять с публикации
admin-back-to-draft = Вернуть в черновики

## Сотрудники
admin-invite = Пригласить коллегу
admin-make-invite = Создать ссылку-приглашение
admin-invite-made = Ссылка-приглашение на роль «{ $role }». Отправьте её новому сотруднику: она действует один раз.
admin-reset-made = Ссылка для сброса пароля учётной записи { $email }. Отправьте её владельцу: она действует один раз.
admin-link = Ссылка
admin-copy = Копировать
admin-copied = Скопировано
admin-link-expires = Действует до { $when }.
admin-people = Список сотрудников
admin-role = Роль
admin-role-of = Роль: { $name }
admin-state = Состояние
admin-actions = Действия
admin-active = Доступ открыт
admin-disabled = Доступ закрыт
admin-totp-on = двухэтапная проверка включена
admin-change-role = Изменить
admin-confirm-role = Изменить роль: { $name }? Все сеансы этой учётной записи будут завершены.
admin-disable = Закрыть доступ
admin-enable = Открыть доступ
admin-confirm-disable = Закрыть доступ: { $name }? Все сеансы этой учётной записи будут завершены, и войти не получится, пока доступ снова не откроют.
admin-reset-password = Сбросить пароль
admin-totp-required = Обязательная двухэтапная проверка
admin-totp-required-hint = Сотрудники с этими ролями должны включить двухэтапную проверку, прежде чем приступить к работе.
admin-save = Сохранить

## Профиль
admin-about-you = О вас
admin-change-password = Сменить пароль
admin-totp = Двухэтапная проверка
admin-totp-is-on = Двухэтапная проверка включена.
admin-totp-is-off = Двухэтапная проверка выключена. Когда она включена, одного украденного пароля недостаточно, чтобы войти от вашего имени.
admin-totp-turn-on = Включить
admin-totp-turn-off = Выключить
admin-confirm-totp-off = Выключить двухэтапную проверку?
admin-totp-scan = Отсканируйте этот код приложением-аутентификатором и введите шестизначный код, который оно покажет.
admin-totp-qr-alt = QR-код для приложения-аутентификатора
admin-totp-manual = Или введите этот ключ вручную:
admin-totp-confirm = Подтвердить
admin-totp-must-enrol = Для вашей роли обязательна двухэтапная проверка. Включите её, чтобы продолжить.
admin-recovery-codes-hint = Ваши резервные коды. Они пригодятся, если вы потеряете телефон; каждый действует один раз. Сохраните их в надёжном месте: они показываются только сейчас.
admin-recovery-left = { $count ->
    [one] Остался { $count } резервный код.
    [few] Осталось { $count } резервных кода.
   *[many] Осталось { $count } резервных кодов.
    [other] Осталось { $count } резервного кода.
}

## Журнал действий
admin-filter = Фильтр журнала действий
admin-action = Действие
admin-any = Любое
admin-who = Кто
admin-anyone = Все сотрудники
admin-from = С даты
admin-to = По дату
admin-apply = Применить
admin-export = Экспорт (JSON Lines)
admin-when = Когда
admin-target = Объект
admin-address = IP-адрес
admin-audit-empty = По этому фильтру ничего не найдено.
admin-pages = Страницы журнала
admin-newer = Более новые
admin-older = Более ранние
admin-page-of = Страница { $page } из { $pages }

## Отказы
admin-forbidden-title = Доступ запрещён
admin-csrf-title = Срок действия формы истёк
admin-too-large-title = Слишком много данных
admin-error-title = Что-то пошло не так
admin-back-to-dashboard = Вернуться к сводке

## Роли
role-contributor = Внештатный автор
role-author = Автор
role-editor = Редактор
role-admin = Администратор

## Действия в журнале
audit-login_succeeded = Вход в систему
audit-login_failed = Неудачная попытка входа
audit-login_limited = Вход временно заблокирован
audit-logout = Выход из системы
audit-user_created = Учётная запись создана
audit-user_invited = Создано приглашение
audit-user_disabled = Доступ закрыт
audit-user_enabled = Доступ открыт
audit-role_changed = Роль изменена
audit-password_changed = Пароль изменён
audit-password_reset_issued = Создана ссылка для сброса пароля
audit-totp_enabled = Двухэтапная проверка включена
audit-totp_disabled = Двухэтапная проверка выключена
audit-recovery_code_used = Использован резервный код
audit-profile_changed = Профиль изменён
audit-settings_changed = Настройки изменены
audit-article_status_changed = Статус статьи изменён

## Уведомления после действия
done-saved = Сохранено.
done-password-changed = Пароль изменён. Другие ваши сеансы завершены.
done-totp-on = Двухэтапная проверка включена.
done-totp-off = Двухэтапная проверка выключена.
done-role-changed = Роль изменена; все сеансы этого сотрудника завершены.
done-user-disabled = Доступ закрыт, все сеансы этой учётной записи завершены.
done-user-enabled = Доступ открыт.
done-article-moved = Статус статьи изменён.
done-account-created = Учётная запись готова. Войдите в систему.
done-password-set = Новый пароль сохранён. Войдите в систему.
done-signed-out = Вы вышли из системы.
done-totp-roles-saved = Сохранено: роли, для которых обязательна двухэтапная проверка.

## Ошибки со стабильными кодами
login-failed = Неверный адрес эл. почты или пароль.
login-limited = Слишком много неудачных попыток. Попробуйте снова через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
   *[many] { $seconds } секунд
    [other] { $seconds } секунды
}.
account-disabled = Доступ для этой учётной записи закрыт. Попросите администратора открыть его.
link-invalid = Ссылка неизвестна, уже использована или срок её действия истёк. Попросите у администратора новую.
totp-invalid = Код неверный или уже использован.
last-admin = На сайте должен остаться хотя бы один активный администратор.
current-password-wrong = Текущий пароль указан неверно.
email-taken = Учётная запись с этим адресом эл. почты уже существует.
invalid-email = Введите адрес эл. почты, например name@example.org.
invalid-name = Укажите имя длиной от 1 до 100 символов, без табуляции, управляющих и невидимых символов.
invalid-role = Такой роли нет.
invalid-language = Выберите один из предложенных языков.
invalid-action = Такого действия нет.
invalid-date = Введите дату в формате ГГГГ-ММ-ДД.
invalid-user = Такого сотрудника нет.
password-too-short = Пароль должен содержать не меньше 12 символов.
password-too-long = Пароль может содержать не больше 1024 символов.
password-common = Этот пароль слишком распространён или его легко угадать. Попробуйте фразу из нескольких не связанных между собой слов.
csrf-refused = Не удалось принять форму: она отправлена с другого сайта или срок её действия истёк. Откройте страницу заново и повторите попытку.
form-too-large = Форма отправила слишком много данных.
admin-system = Система
admin-anonymous = Без входа
admin-confirm-unpublish = Снять с публикации «{ $title }»? Читатели больше не увидят материал; он сохранится, и его можно будет опубликовать снова.
admin-totp-reset = Отключить двухэтапную проверку
admin-confirm-totp-reset = Отключить двухэтапную проверку для { $name }? Сеансы этого сотрудника завершатся, и до повторного включения он сможет входить только по паролю.
done-totp-reset = Двухэтапная проверка для сотрудника отключена, его сеансы завершены.
totp-required-for-role = Для вашей роли двухэтапная проверка обязательна: отключить её нельзя.
admin-by-reset-link = по ссылке для сброса

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
audit-edit_published = Опубликована отложенная правка
audit-article_deleted = Материал удалён
audit-correction_added = Добавлено исправление
## settings page
admin-settings = Настройки
admin-strip = Срочная строка и реклама
settings-intro = То, что каждая страница сайта показывает вокруг статей. Изменения появляются на сайте сразу.
settings-general = Общие
settings-site-name = Название сайта
settings-site-name-hint = Показывается в логотипе, заголовках страниц и подвале. До 80 символов.
settings-time-zone = Часовой пояс
settings-time-zone-hint = Название вроде Asia/Baku или Europe/Moscow. Даты на сайте и в редакции показываются в этом поясе.
settings-editions = Редакции
settings-editions-hint = Отметьте редакции, открытые читателям. Основная редакция открывается по корневому адресу сайта, остальные — по /en/, /hy/ и так далее. Статьи выключенной редакции не показываются.
settings-edition = Редакция
settings-edition-on = Открыта читателям
settings-edition-default = Основная
settings-links = Ссылки
settings-links-hint = Заполненная ссылка показывается в шапке сайта. Принимаются только адреса https; чтобы скрыть ссылку, оставьте поле пустым.
settings-social = Социальные сети
settings-apps = Мобильные приложения
settings-reprint = Условия перепечатки
settings-reprint-hint = Текст в подвале каждой страницы редакции, например: «Любое использование материалов допускается только при наличии гиперссылки на источник». Простой текст, до 2000 символов.
settings-save = Сохранить настройки
settings-save-hint = Одно сохранение меняет всё на этой странице; оно записывается в журнал действий.
strip-intro = Короткая строка над каждой страницей редакции — для новостей, которые не ждут. Пока она показана, она заменяет последнюю статью с пометкой «срочно».
strip-title = Срочная строка
strip-hint = Своя строка у каждой редакции. Время указывается в часовом поясе сайта ({ $zone }).
strip-shown = Показана сейчас
strip-until-when = до { $when }
strip-expired = Срок истёк: читатели её больше не видят
strip-none = Не задана: показывается последняя срочная статья, если она есть
strip-text = Текст
strip-text-hint = Одна строка, до 200 символов.
strip-link = Ссылка (необязательно)
strip-until = Показывать до (необязательно)
strip-until-hint = Дата и время в часовом поясе сайта ({ $zone }). Пусто — показывается, пока её не уберут.
strip-save = Показать строку
strip-clear = Убрать
strip-confirm-clear = Убрать эту строку с сайта сейчас?
ads-title = Реклама
ads-hint = Рекламный блок — это картинка со ссылкой в своём месте на страницах одной редакции или всех редакций. Блок для одной редакции показывается там вместо блока для всех.
ads-none = Рекламы пока нет.
ads-slot = Место
ads-slot-home = Главная страница
ads-slot-article = Страница статьи
ads-slot-list = Страницы рубрик и тегов
ads-edition = Редакция
ads-every-edition = Все редакции
ads-image-url = Адрес картинки
ads-link-url = Адрес ссылки
ads-alt = Текст картинки
ads-width = Ширина, px
ads-height = Высота, px
ads-html = HTML (вместо картинки)
ads-html-hint = Сохраняются только ссылки, картинки, абзацы и полужирный или курсивный текст; скрипты, фреймы, стили и обработчики событий удаляются.
ads-html-admins-only = Этот блок показывает HTML, который может изменить только администратор. Ваши правки его сохранят.
ads-save = Сохранить блок
ads-remove = Удалить блок
ads-confirm-remove = Удалить этот рекламный блок с сайта?
ads-add = Новый блок
ads-add-button = Добавить блок
done-settings-saved = Настройки сохранены. Сайт уже показывает их.
done-settings-unchanged = Ничего не изменилось.
done-strip-saved = Срочная строка показана на сайте.
done-strip-cleared = Срочная строка убрана с сайта.
done-ad-added = Рекламный блок добавлен.
done-ad-saved = Рекламный блок сохранён.
done-ad-removed = Рекламный блок удалён.
invalid-form = Некоторые поля нужно исправить; каждое отмечено ниже.
invalid-site-name = Укажите название длиной от 1 до 80 символов, без управляющих и невидимых символов.
editions-empty = Отметьте хотя бы одну редакцию.
invalid-default-edition = Выберите основную редакцию среди отмеченных.
invalid-time-zone = Укажите часовой пояс, например Asia/Baku.
invalid-https-url = Укажите адрес, начинающийся с https://, или оставьте поле пустым.
invalid-reprint = Текст может содержать не более 2000 символов, без управляющих и невидимых символов.
invalid-strip-text = Введите одну строку длиной от 1 до 200 символов.
invalid-strip-link = Укажите адрес https или путь на этом сайте, начинающийся с одной косой черты /.
invalid-strip-until = Укажите дату и время, например 2026-05-12T18:30.
strip-until-past = Это время уже прошло.
invalid-ad-slot = Выберите одно из предложенных мест.
invalid-ad-url = Укажите адрес https или путь на этом сайте, начинающийся с одной косой черты /.
invalid-ad-alt = Опишите картинку, от 1 до 200 символов.
invalid-ad-size = Укажите целое число пикселей от 1 до 2000.
invalid-ad-html = HTML слишком длинный, или из него ничего нельзя показать.

## parked forms
done-parked = Сеанс завершился, пока вы писали. Войдите снова — ваш текст сохранён и вернётся в редактор.
session-ended = Вы вышли из системы, поэтому автосохранение остановлено. Текст сохранён в этом браузере: войдите снова в другой вкладке и сохраните.
