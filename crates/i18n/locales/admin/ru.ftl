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

## desk
admin-new-article = Новая статья
admin-edit-article = Редактирование статьи
admin-history = История
admin-media = Медиатека

# Field labels; comparisons of two revisions name their fields with these.
field-title = Заголовок
field-lead = Лид
field-body = Текст
field-slug = Адрес (слаг)
field-section = Рубрика
field-tags = Теги
field-byline = Автор
field-flags = Размещение
field-source = Источник перепечатки
field-cover = Обложка
field-seo-title = Заголовок для поисковиков
field-seo-description = Описание для поисковиков

# What a row of an article's history records.
revision-kind-created = Создана
revision-kind-saved = Сохранена
revision-kind-status = Изменён статус
revision-kind-pending = Правка сохранена без публикации
revision-kind-pending_published = Отложенная правка опубликована
revision-kind-restored = Восстановлена прежняя версия
revision-kind-conflict = Текст сохранён при конфликте
revision-kind-base = Текст до первого сохранения в истории
revision-kind-correction = Добавлено примечание

# Notices after an action
done-restored = Восстановлено. Прежний текст снова стал текущим; из истории ничего не удалено.
done-translation-made = Черновик перевода создан. В нём уже есть текст оригинала, готовый к переводу.
done-translation-current = Перевод отмечен как актуальный.
done-correction-added = Примечание добавлено и показывается в статье.
done-article-deleted = Статья удалена.
done-uploaded = Загружено. Изображение находится в начале медиатеки.

# Errors a form of the desk can show
autosave-conflict = Тем временем эту статью сохранил кто-то другой, поэтому автосохранение остановлено. Нажмите «Сохранить», чтобы увидеть различия; ваш текст не потерян.
invalid-section = Выберите рубрику.
invalid-author = Выберите автора из списка или вариант «Без автора».
invalid-alt = Опишите изображение для тех, кто не может его увидеть (от 1 до 500 символов).
invalid-cover-url = Для обложки нужен адрес из медиатеки или адрес http(s).
invalid-seo-title = Заголовок для поисковиков может содержать не больше 120 символов.
invalid-seo-description = Описание для поисковиков может содержать не больше 320 символов.
invalid-tag-name = Название тега может содержать не больше 80 символов, без управляющих символов.
invalid-correction = Напишите текст примечания: от 1 до 2000 символов.
invalid-correction-kind = Выберите исправление или дополнение.
invalid-revision = Такой версии статьи нет.
correction-not-published = Примечания можно добавлять только к опубликованной статье.
pending-not-published = Неопубликованную правку можно сохранить только для опубликованной статьи.
translation-same-edition = Перевод должен относиться к другой редакции.
translation-exists = В этой редакции уже есть статья по этому материалу.
invalid-media-text = Альтернативный текст, подпись и автор фото могут содержать не больше 500 символов каждый.
media-too-large = Файл слишком большой. Уменьшите изображение и попробуйте снова.
media-unsupported = Загрузите изображение в формате JPEG, PNG, WebP или GIF.
media-undecodable = Не удалось прочитать файл как изображение. Возможно, он повреждён.
media-too-many-pixels = В изображении слишком много пикселей. Уменьшите его и попробуйте снова.
media-store = Не удалось сохранить изображение. Попробуйте ещё раз через минуту.
media-bad-name = Такого медиафайла нет.

# The editor
desk-story = Материал
desk-edition = Редакция
desk-kicker = Надзаголовок
desk-kicker-hint = Короткая пометка над заголовком, например «Выборы». Она же становится первым тегом материала.
desk-lead-hint = Одно-два предложения под заголовком о том, что произошло.
desk-body-hint = Markdown: пустая строка начинает новый абзац.
desk-words = Слов
desk-reading-time = Время чтения, мин
desk-format = Форматирование
desk-md-bold = Полужирный
desk-md-italic = Курсив
desk-md-link = Ссылка
desk-md-link-text = текст
desk-md-heading = Подзаголовок
desk-md-quote = Цитата
desk-md-ul = Маркированный список
desk-md-ol = Нумерованный список
desk-md-image = Загрузить изображение
desk-md-image-short = Изображение
desk-md-embed = Видео или пост: только его адрес на отдельной строке
desk-md-help = Справка по Markdown
desk-md-paragraphs = Между абзацами оставляйте пустую строку. Изображения можно также перетащить или вставить прямо в текст.
desk-md-unsupported = Что не поддерживается и что происходит вместо этого
desk-taxonomy = Рубрика и теги
desk-choose-section = Выберите рубрику…
desk-tags-hint = Теги разделяются запятыми. Новое название создаёт новый тег.
desk-no-byline = Без автора
desk-publishing = Публикация
desk-publish-at = Время публикации
desk-publish-at-hint = По часовому поясу сайта ({ $zone }). Нужно для отложенной публикации; оставьте пустым, чтобы опубликовать сразу.
desk-flag-breaking = Срочная новость
desk-flag-top = Главная новость на главной странице
desk-flag-important = Важное
desk-cover-url = Адрес изображения
desk-cover-url-hint = Загрузите изображение здесь или скопируйте адрес в разделе
desk-upload = Загрузить
desk-alt = Альтернативный текст
desk-alt-hint = Опишите изображение для тех, кто не может его увидеть.
desk-caption = Подпись
desk-credit = Автор фото
desk-source-hint = Только для материала, взятого из другого издания.
desk-source-name = Издание
desk-source-url = Адрес оригинала
desk-seo = Адрес и поисковые системы
desk-slug-hint = Последняя часть адреса статьи. Если оставить поле пустым, адрес будет составлен из заголовка латиницей.
desk-slug-live = Статья опубликована: при смене адреса она переедет, а со старого адреса будет настроено перенаправление на новый.
desk-seo-hint = Если оставить эти поля пустыми, будут использованы заголовок и лид.
desk-serp = В результатах поиска это может выглядеть так
desk-save-draft = Сохранить черновик
desk-update-live = Обновить статью на сайте
desk-save-pending = Сохранить без публикации
desk-schedule = Запланировать
desk-publish-now = Опубликовать сейчас
desk-preview = Предпросмотр
desk-shortcut-hint = Сочетания клавиш: Ctrl+B — полужирный, Ctrl+I — курсив, Ctrl+K — ссылка, Ctrl+S — сохранить (в опубликованной статье — сохранить без публикации). На Mac вместо Ctrl — ⌘.
desk-saved-at = Сохранено в { $time }
desk-saving = Сохранение…
desk-unsaved = Есть несохранённые изменения
desk-autosave-offline = Не сохранено: нет соединения. Ваш текст хранится в этом браузере.
desk-autosave-failed = Автосохранение не удалось. Ваш текст хранится в этом браузере; нажмите «Сохранить» (возможно, придётся войти снова).
desk-autosave-needs = Автосохранение начнётся, когда будут указаны заголовок и рубрика.
desk-form-restored = Ваш текст восстановлен после повторного входа. Сохраните его, чтобы не потерять.
desk-restore-offer = В этом браузере остался несохранённый текст от
desk-restore = Восстановить
desk-discard = Отбросить
desk-pending-badge = Неопубликованная правка
desk-pending-text = Здесь показана неопубликованная правка; статья на сайте пока выглядит иначе.
desk-publish-pending = Опубликовать правку
desk-discard-pending = Отбросить правку
desk-confirm-discard-pending = Отбросить неопубликованную правку? Статья на сайте останется как есть; правка сохранится в истории.
desk-conflict-title = Эту статью сохранил кто-то другой
desk-conflict-by = Пока вы редактировали статью, её сохранили: { $by }, { $at }. Ваш текст — ниже; он сохранён в истории.
desk-conflict-kept = Открыть историю
desk-conflict-diff = Различия между текущим текстом (зачёркнуто) и вашим (выделено):
desk-conflict-again = Сохраните ещё раз, чтобы ваш текст стал текущим.
desk-stale-title = Оригинал ({ $edition }) изменился после того, как был сделан этот перевод
desk-stale-text = Ниже показано, что с тех пор изменилось в оригинале. Оригинал:
desk-stale-changes = Изменения в оригинале
desk-mark-current = Отметить как актуальный
desk-mark-current-hint = Когда перевод передаёт то, что сейчас сказано в оригинале.
desk-corrections = Исправления и дополнения
desk-corrections-hint = Примечание с датой: оно показывается в опубликованной статье, на странице исправлений и в лентах.
desk-correction-kind = Тип
desk-correction-text = Примечание
desk-correction-text-hint = Напишите, в чём была ошибка и как правильно, или что появилось нового.
desk-add-note = Добавить примечание
desk-side = Об этой статье
desk-translations = Переводы
desk-no-translations = Переводов пока нет.
desk-original = оригинал
desk-stale-badge = устарел
desk-translate-into = Перевести: { $language }
desk-this-article = Эта статья
desk-public-link = Адрес на сайте
desk-view-live = Открыть на сайте
desk-view = на сайте
desk-history-link = История: сравнение и восстановление версий
desk-delete = Удалить статью
desk-confirm-delete = Удалить «{ $title }»? Статья исчезнет с сайта и из редакции; отменить это нельзя.
desk-preview-width = Ширина предпросмотра
desk-preview-phone = Телефон
desk-preview-desktop = Компьютер
desk-preview-tab = Открыть в новой вкладке
desk-preview-frame = Предпросмотр статьи в том виде, в каком её увидят читатели
desk-preview-empty = Нажмите «Предпросмотр», чтобы увидеть статью так, как её увидят читатели.
desk-preview-hint = Предпросмотр обновляется по мере набора текста. Ночная тема переключается внутри него.
desk-upload-title = Загрузка изображения
desk-uploading = Загрузка…
desk-image-inserted = Изображение загружено и вставлено.
desk-cover-set = Изображение загружено и выбрано обложкой.
desk-upload-failed = Не удалось загрузить изображение. Проверьте соединение и попробуйте снова.
desk-diff-none = Различий нет.
desk-diff-unchanged = { $count ->
    [one] { $count } символ без изменений
    [few] { $count } символа без изменений
   *[many] { $count } символов без изменений
    [other] { $count } символа без изменений
}

# History
desk-back-to-editor = Вернуться в редактор
desk-revisions = Версии
desk-compare = Сравнить
desk-compare-hint = Выберите более раннюю и более новую версии, затем нажмите «Сравнить».
desk-compare-title = Различия между двумя версиями
desk-compare-older = Более ранняя
desk-compare-newer = Более новая
desk-revision = версия { $revision }
desk-revision-col = Версия
desk-what = Что
desk-current = текущая
desk-status-change = Статус: { $from } → { $to }
desk-status-now = Статус: { $to }
desk-restore-this = Восстановить
desk-confirm-restore = Восстановить текст от { $when }? Он станет новой версией; ничего не удаляется.
desk-no-history = Пока ничего не записано.

# Media library
desk-file = Файл изображения
desk-file-hint = JPEG, PNG, WebP или GIF, до { $size } МБ. Файл проверяется и перекодируется, метаданные удаляются.
desk-media-search = Поиск в медиатеке
desk-media-search-hint = Альтернативный текст, подпись, автор фото или имя файла
desk-show-all = Показать все
desk-no-alt = Нет альтернативного текста
desk-kb = { $size } КБ
desk-image-address = Адрес изображения
desk-copy-markdown = Копировать Markdown
desk-markdown-copied = Markdown скопирован
desk-media-empty = Изображений пока нет. Загрузите первое в форме выше.
desk-media-none-found = По запросу «{ $query }» изображений не найдено.

# Dashboard
desk-my-drafts = Мои черновики
desk-no-drafts = У вас нет черновиков.
desk-stale-translations = Устаревшие переводы
desk-source-changed = изменился оригинал:
desk-missing-translations = Недостающие переводы
desk-missing-in = нет перевода:

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

## byline
desk-coauthors = Соавторы
desk-coauthors-hint = Другие авторы материала после первого. Чтобы выбрать несколько, удерживайте Ctrl (⌘ на Mac).
invalid-coauthors = В подписи не больше 10 авторов, и первым должен быть основной автор.

## desk checks
invalid-characters = Уберите из поля невидимые или управляющие символы: они меняют то, как читается текст.
invalid-publish-at = Укажите время датой и часами, например 2026-12-01 07:00.
desk-published-read-only = Материал опубликован: изменить его теперь могут автор или редактор.

## Markdown the site does not render
md-x-footnotes = Сноски `[^1]`
md-x-footnotes-then = показываются как набраны
md-x-tasks = Списки задач `- [ ]`
md-x-tasks-then = обычный список со скобками
md-x-deflists = Списки определений
md-x-deflists-then = обычные абзацы
md-x-heading-ids = Метки заголовков `{"{"}#id{"}"}`
md-x-heading-ids-then = показываются как набраны
md-x-align = Выравнивание столбцов таблиц `:--:`
md-x-align-then = столбцы выравниваются по левому краю
md-x-html = HTML, кроме простого оформления
md-x-html-then = удаляется (скрипты, фреймы, стили, формы)
md-x-embed-code = Код встраивания соцсети `<iframe …>`
md-x-embed-code-then = удаляется: вставьте адрес публикации отдельным абзацем
method-not-allowed = Этот адрес не принимает такой запрос.
settings-feed-full-text = Полный текст в RSS и Atom
settings-feed-full-text-hint = Выключено: в лентах RSS и Atom только лид статьи со ссылкой; включено: весь текст.
audit-token_created = Создан токен интеграции
audit-token_revoked = Токен интеграции отозван
admin-tokens = Интеграции
tokens-intro = Токены позволяют инструментам и импортёрам лент создавать, править, публиковать и снимать статьи через admin API с правами выбранной роли (не больше ваших). Каждый действует от вашего имени, а журнал аудита называет токен.
tokens-new = Новый токен
tokens-name = Название
tokens-name-hint = Какой интеграции он принадлежит, например «Импорт ленты».
tokens-create = Создать токен
tokens-made = Токен для «{ $name }» создан. Скопируйте его сейчас: больше он не будет показан.
tokens-made-hint = Передавайте его в заголовке Authorization: Bearer. Хранится только его хеш.
tokens-token = Токен
tokens-list = Токены
tokens-prefix = Начинается с
tokens-made-by = Создал
tokens-last-used = Последнее использование
tokens-never = Ни разу
tokens-revoked = Отозван
tokens-revoke = Отозвать
tokens-confirm-revoke = Отозвать токен «{ $name }»? Запросы с ним будут отклоняться.
tokens-none = Токенов пока нет.
done-token-revoked = Токен отозван; запросы с ним отклоняются.
invalid-token-name = Назовите токен — до 80 символов в одну строку.

# Static pages and redirects (SPEC R14)
admin-static-pages = Страницы
admin-redirects = Переадресации
admin-page-new = Новая страница
admin-page-edit = Правка страницы
done-page-saved = Страница сохранена; сайт уже показывает её.
done-page-deleted = Страница удалена. Её переводы остались.
done-redirect-added = Переадресация добавлена: старый адрес теперь ведёт на новый.
done-redirect-deleted = Переадресация удалена.
pages-new = Новая страница
pages-intro = Страницы вроде «О нас», «Контакты», «Реклама» и «Конфиденциальность»: по одной в каждой редакции, переводы — рядом. Отмеченные страницы появляются в подвале каждой страницы своей редакции.
pages-in-footer = В подвале
pages-not-in-footer = Не в подвале
pages-imported = Импортирована
pages-add-translation = Добавить перевод
pages-none = Страниц пока нет. Напишите первую: «О нас», «Контакты», «Реклама» или «Конфиденциальность».
pages-updated-at = Изменена { $when }
pages-page = Страница
pages-slug-hint = Последняя часть адреса страницы. Если оставить поле пустым, адрес будет составлен из заголовка латиницей.
pages-placement = Размещение и переводы
pages-in-footer-label = Ссылка в подвале каждой страницы этой редакции
pages-position = Порядок в подвале
pages-position-hint = Меньшие числа идут первыми (от 0 до 9999).
pages-translation-of = Перевод страницы
pages-translation-none = Не перевод
pages-translation-hint = Связанные страницы ссылаются друг на друга: переключатель версий и поисковики ведут читателя к странице на его языке.
pages-create = Создать страницу
pages-side = Об этой странице
pages-no-translations = Переводов пока нет.
pages-translate-into = Перевести: { $language }
pages-this-page = Эта страница
pages-confirm-delete = Удалить страницу «{ $title }»? Её адрес будет отвечать «не найдено»; переводы останутся.
pages-delete = Удалить страницу
pages-preview-frame = Предпросмотр страницы такой, какой её увидят читатели
pages-preview-empty = Нажмите «Предпросмотр», чтобы увидеть страницу глазами читателя.
page-invalid-title = Заголовок — от 1 до 200 символов в одну строку.
page-invalid-body = Текст слишком длинный (не больше 512 КБ).
page-invalid-position = Порядок — целое число от 0 до 9999.
page-translation-same-edition = Перевод должен быть в другой редакции, чем эта страница.
page-translation-taken = У той страницы уже есть перевод в этой редакции.
page-translation-gone = Той страницы больше нет. Выберите другую.
page-slug-taken = Этот адрес уже занят другой страницей этой редакции. Выберите другой слаг.
redirects-intro = Старые адреса — например, постоянные ссылки прежнего сайта — отвечают постоянной переадресацией (301) на новый адрес. Импорт заполняет этот список. Страница, которая есть по адресу, всегда важнее переадресации с него.
redirects-new = Добавить переадресацию
redirects-from = Старый адрес
redirects-from-hint = Путь на этом сайте, начинается с /, например /2019/05/old-story/ или /?p=17. Косая черта в конце не важна.
redirects-to = Новый адрес
redirects-to-hint = Путь на этом сайте (/post/…) или полный адрес на { $site }.
redirects-add = Добавить переадресацию
redirects-list = Переадресации
redirects-search = Поиск переадресаций
redirects-search-placeholder = Часть старого или нового адреса
redirects-search-go = Найти
redirects-search-clear = Показать все
redirects-origin = Источник
redirects-imported = Импорт
redirects-manual = Добавлена здесь
redirects-confirm-delete = Удалить переадресацию с { $from }? Этот адрес снова будет отвечать «не найдено».
redirects-delete = Удалить
redirects-pager = Страницы списка
redirects-none-found = Нет переадресаций, содержащих «{ $query }».
redirects-none = Переадресаций пока нет.
redirect-bad-from = Старый адрес должен быть путём на этом сайте и начинаться с одной косой черты, например /2019/05/old-story/.
redirect-other-host = Новый адрес должен быть на этом сайте: путь, начинающийся с /, или полный адрес на домене сайта.
redirect-loop = Переадресация зациклится: если пройти по ней и по уже сохранённым переадресациям, снова придёшь на старый адрес.
redirect-taken = С этого старого адреса уже есть переадресация. Чтобы изменить её, сначала удалите ту.
redirect-reserved = Этот адрес принадлежит самому сайту (главная, редакция, API, файлы), его нельзя переадресовать.
redirect-required = Заполните это поле.
