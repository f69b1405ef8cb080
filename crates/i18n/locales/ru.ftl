# Masthead interface strings: Russian.
# Every catalog (en, ru, hy, az) has exactly the same keys; a test checks it.

## Chrome
skip-to-content = Перейти к содержанию
nav-sections = Разделы
nav-home = Главная
menu-open = Меню
edition-switch = Версия
search-open = Поиск
search-prompt = Что вы ищете?
search-placeholder = Поиск по новостям
search-submit = Найти
search-close = Закрыть поиск
theme-toggle = Ночная тема
font-larger = Увеличить шрифт
font-smaller = Уменьшить шрифт
breaking-label = Срочно
follow-us = Мы в соцсетях
get-the-app = Скачайте приложение
app-store = Загрузите в App Store
google-play = Доступно в Google Play
logo-home = { $site }, главная страница
footer-copyright = © { $site } { $year }
footer-rss = RSS-лента

## Dates
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
# How a date and a date-time are written: $day, $month (from month-N), $year, $time
date-format = { $day } { $month } { $year }
datetime-format = { $day } { $month } { $year } { $time }
yesterday-at = Вчера, { $time }
yesterday = Вчера

## Article page
article-published = Опубликовано
article-byline = Автор
article-views = { $count ->
    [one] { $count } просмотр
    [few] { $count } просмотра
   *[many] { $count } просмотров
    [other] { $count } просмотра
}
article-reprint = Перепечатано из { $source }
article-share-prompt = Понравилась новость? Поделитесь ею в соцсетях!
share-on = Поделиться в { $network }
share-email = Отправить по электронной почте
article-print = Распечатать
article-copy-link = Копировать ссылку
article-link-copied = Ссылка скопирована
article-translations = На других языках
article-most-important = Самое важное: { $section }
article-related = По теме
article-tags = Теги
article-address = Адрес статьи
ad-label = Реклама

## Home and listings
home-title = Последние новости
home-top-story = Главная новость
home-latest = Последние новости
home-most-read = Самое читаемое
most-read-day = 24 часа
most-read-week = 7 дней
section-all = Все новости: { $section }
tag-heading = Сюжет: { $name }
author-heading = Материалы автора: { $name }
archive-heading = Новости за { $date }
archive-previous-day = Предыдущий день
archive-next-day = Следующий день
list-count = { $count ->
    [one] { $count } статья
    [few] { $count } статьи
   *[many] { $count } статей
    [other] { $count } статьи
}
page-previous = Более новые
page-next = Более ранние
page-of = Страница { $page } из { $total }
pagination = Страницы
empty-list = Здесь пока ничего не опубликовано.
empty-most-read = Самые популярные у читателей материалы скоро появятся здесь.

## Search
search-title = Поиск
search-results-for = Результаты по запросу «{ $query }»
search-empty-query = Введите одно-два слова, чтобы найти новости.
search-filters = Фильтры
search-section = Раздел
search-any-section = Все разделы
search-from = С
search-to = По
search-count = { $count ->
    [one] Найдена { $count } статья
    [few] Найдено { $count } статьи
   *[many] Найдено { $count } статей
    [other] Найдено { $count } статьи
}
search-rebuilding-progress = Поисковый индекс перестраивается (готово { $percent }%). Попробуйте через минуту, а пока — последние новости.
search-nothing = По запросу «{ $query }» ничего не найдено
search-tip-spelling = Проверьте написание или попробуйте другую форму слова.
search-tip-fewer = Используйте меньше слов или более общие слова.
search-tip-filters = Искать во всех разделах и за все даты
search-too-deep = Больше результатов показать нельзя: поиск показывает не больше тысячи. Уточните запрос или фильтры.
search-past-end = Найдено всего { $count }, эта страница уже за последней.
search-first-page = К первой странице
search-partial = Статей со всеми словами запроса нет; вот статьи с некоторыми из них.
search-page-previous = Назад
search-page-next = Дальше
search-popular = Читатели ищут
search-suggestions = Подходящие заголовки
search-latest = Последние новости
search-dates-swapped = Даты были указаны в обратном порядке — мы их поменяли местами.
search-error-invalid-date = Дату не удалось прочитать (нужен формат ГГГГ-ММ-ДД), она не учтена.
search-error-invalid-number = Номер страницы не удалось прочитать, показана первая страница.

## Errors
error-404-title = Страница не найдена
error-404-text = Страница, которую вы ищете, не существует или была перемещена. Воспользуйтесь поиском или начните с главной страницы.
error-500-title = Что-то пошло не так
error-500-text = Не удалось показать эту страницу. Попробуйте ещё раз через минуту.
error-400-title = Некорректный запрос
error-400-text = Не удалось разобрать запрос.
error-back-home = На главную

## Ошибки со стабильными кодами (в API `error.code` — это ключ)
not-found = По этому адресу ничего не найдено.
internal = У нас что-то пошло не так. Попробуйте через минуту.
unavailable = Сервис ненадолго недоступен. Попробуйте ещё раз.
forbidden = У вас нет прав на это действие.
invalid-lines = В импорте есть неверные строки; ничего не записано.
slug-taken = Этот адрес уже занят другой статьёй. Выберите другой слаг.
stale-revision = Кто-то сохранил эту статью после того, как вы её открыли. Ваш текст сохранён: сравните его с их версией и сохраните снова.
source-key-taken = Эта запись уже импортирована.
conflict = Это противоречит уже сохранённым данным.
invalid-reference = Указанная рубрика, тег или автор не существует.
unknown-edition = Такой редакции нет.
invalid-slug = В слаге допустимы только строчные латинские буквы, цифры и одиночные дефисы.
unknown-status = Такого статуса нет.
transition-refused = Статью нельзя перевести из состояния «{ $from }» в «{ $to }».
invalid-title = Заголовок должен содержать от 1 до 300 символов.
invalid-lead = Лид должен быть не длиннее 2000 символов.
invalid-body = Текст слишком длинный (не больше 1 МБ).
invalid-tags = У статьи может быть не больше 20 тегов.
invalid-source-url = Для источника нужны название и адрес http(s).
invalid-schedule-time = Для отложенной публикации нужно время в будущем.
invalid-article-id = Номер статьи должен быть целым положительным числом.
malformed-beacon = Отчёт о просмотре должен быть объектом JSON.
beacon-too-large = Отчёт о просмотре слишком большой.
cross-site-beacon = Просмотры считаются только со страниц этого сайта.
status-draft = Черновик
status-review = На проверке
status-scheduled = Запланирована
status-published = Опубликована
status-unpublished = Снята с публикации

## corrections (SPEC N9)
corrections-heading = Исправления и дополнения
corrections-intro = Мы открыто исправляем свои ошибки. Здесь перечислены все исправления и дополнения к опубликованным материалам, новые сверху.
corrections-none = Исправлений и дополнений пока нет.
correction-kind-correction = Исправление
correction-kind-update = Дополнение
article-corrections = Исправления и дополнения
embed-load = Загрузить содержимое { $provider }
embed-note = При загрузке { $provider } получит ваш адрес.

## Search and rate limits
too-many-requests = Слишком много запросов. Подождите немного и попробуйте снова.
search-rebuilding = Поисковый индекс перестраивается; попробуйте чуть позже.
search-unavailable = Поиск сейчас недоступен; попробуйте чуть позже.
unknown-parameter = В запросе есть параметр, который этот адрес не принимает.
invalid-date = Дата указана не в формате ГГГГ-ММ-ДД.
invalid-number = Число должно быть целым и положительным.
invalid-limit = Размер страницы больше допустимых 100.
error-429-title = Слишком много запросов
error-429-text = Вы сделали много запросов за короткое время. Подождите немного и попробуйте снова.
feed-description = Последние новости { $site }
feed-section-description = { $section }: последние новости { $site }
feed-rss = Лента RSS
feed-atom = Лента Atom
unknown-section = В этом выпуске нет раздела с таким адресом.
unknown-tag = В этом выпуске нет тега с таким адресом.
unknown-author = В этом выпуске нет автора с таким адресом.
invalid-cursor = Этот курсор не продолжает этот список; начните заново без него.
invalid-date-range = Начальная дата позже конечной.
invalid-period = Период должен быть day или week.
invalid-token = Для этого запроса нужен действующий токен интеграции (Authorization: Bearer …): его нет, он неизвестен или отозван.
invalid-status = Статус должен быть draft, review, scheduled или published.
invalid-json = Тело запроса — не тот JSON, который принимает этот адрес (неизвестное поле, неверный тип или испорченный JSON).
missing-revision = Укажите ревизию, от которой сделано сохранение.
body-too-large = Тело запроса больше, чем принимает этот адрес.
nav-footer-sections = Все разделы
list-description = { $name }: последние новости и статьи на { $site }.
search-description = Поиск по новостям и статьям { $site }.
page-updated = Обновлено
nav-footer-pages = О сайте
