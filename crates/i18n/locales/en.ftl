# Masthead interface strings: English.
# Every catalog (en, ru, hy, az) has exactly the same keys; a test checks it.

## Chrome
skip-to-content = Skip to content
nav-sections = Sections
nav-home = Home
menu-open = Menu
edition-switch = Edition
search-open = Search
search-prompt = What are you looking for?
search-placeholder = Search the news
search-submit = Search
search-close = Close search
theme-toggle = Night theme
font-larger = Larger text
font-smaller = Smaller text
breaking-label = Breaking
follow-us = Follow us
get-the-app = Get the app
app-store = Download on the App Store
google-play = Get it on Google Play
logo-home = { $site }, home page
footer-copyright = © { $site } { $year }
footer-rss = RSS feed

## Dates
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# How a date and a date-time are written: $day, $month (from month-N), $year, $time
date-format = { $day } { $month } { $year }
datetime-format = { $day } { $month } { $year } { $time }
yesterday-at = Yesterday, { $time }
yesterday = Yesterday

## Article page
article-published = Published
article-byline = Author
article-views = { $count ->
    [one] { $count } view
   *[other] { $count } views
}
article-reprint = Reprinted from { $source }
article-share-prompt = Liked the story? Share it on social media!
share-on = Share on { $network }
share-email = Send by e-mail
article-print = Print
article-copy-link = Copy link
article-link-copied = Link copied
article-translations = Also in
article-most-important = The most important news: { $section }
article-related = Related articles
article-tags = Tags
article-address = Address of this article
ad-label = Advertisement

## Home and listings
home-title = Latest news
home-top-story = Top story
home-latest = Latest news
home-most-read = Most read
most-read-day = 24 hours
most-read-week = 7 days
section-all = All news: { $section }
tag-heading = Story: { $name }
author-heading = Articles by { $name }
archive-heading = News of { $date }
archive-previous-day = Previous day
archive-next-day = Next day
list-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
page-previous = Newer
page-next = Older
page-of = Page { $page } of { $total }
pagination = Pages
empty-list = Nothing has been published here yet.
empty-most-read = Reader favourites will appear here soon.

## Search
search-title = Search
search-results-for = Results for “{ $query }”
search-empty-query = Type a word or two to search the news.
search-filters = Filters
search-section = Section
search-any-section = All sections
search-from = From
search-to = To
search-count = { $count ->
    [one] { $count } article found
   *[other] { $count } articles found
}
search-rebuilding-progress = The search index is being rebuilt ({ $percent }% done). Please try again in a minute; meanwhile, here is the latest news.
search-nothing = Nothing found for “{ $query }”
search-tip-spelling = Check the spelling, or try another form of the word.
search-tip-fewer = Use fewer or more general words.
search-tip-filters = Search all sections and dates
search-too-deep = There are no more results to show: search shows at most a thousand. Narrow the search with more words or filters.
search-past-end = { $count ->
    [one] There is only { $count } result, on the first page.
   *[other] There are only { $count } results: this page is past the last one.
}
search-first-page = Back to the first page
search-partial = No article has all the words; these have some of them.
search-page-previous = Previous
search-page-next = Next
search-popular = Readers are searching for
search-suggestions = Matching headlines
search-latest = Latest news
search-dates-swapped = The dates were the wrong way round; they have been swapped.
search-error-invalid-date = A date could not be read (use the form YYYY-MM-DD); it was left out.
search-error-invalid-number = The page number could not be read; the first page is shown.

## Errors
error-404-title = Page not found
error-404-text = The page you are looking for does not exist or has moved. Try a search or start from the home page.
error-500-title = Something went wrong
error-500-text = We could not show this page. Please try again in a minute.
error-400-title = Bad request
error-400-text = The request could not be understood.
error-back-home = Go to the home page

## Errors with stable codes (the API's `error.code` is the key)
not-found = Nothing was found at this address.
internal = Something went wrong on our side. Please try again in a minute.
unavailable = The service is unavailable for a moment. Please try again.
forbidden = You are not allowed to do this.
invalid-lines = Some lines of the import are invalid; nothing was written.
slug-taken = This address is already taken by another article. Choose another slug.
stale-revision = Someone else saved this article after you opened it. Your text is kept: compare it with theirs before saving again.
source-key-taken = This record has already been imported.
conflict = This clashes with something already saved.
invalid-reference = A section, tag or author named here does not exist.
unknown-edition = There is no such edition.
invalid-slug = A slug may use only lowercase Latin letters, digits and single hyphens.
unknown-status = There is no such status.
transition-refused = An article cannot go from “{ $from }” to “{ $to }”.
invalid-title = The title must be 1 to 300 characters long.
invalid-lead = The lead must be at most 2,000 characters long.
invalid-body = The text is too long (1 MB at most).
invalid-tags = An article can have at most 20 tags.
invalid-source-url = The source needs a name and an http(s) address.
invalid-schedule-time = A scheduled article needs a publication time in the future.
invalid-article-id = The article id must be a positive whole number.
malformed-beacon = The view report must be a JSON object.
beacon-too-large = The view report is too large.
cross-site-beacon = Views are counted only from this site's own pages.
status-draft = Draft
status-review = In review
status-scheduled = Scheduled
status-published = Published
status-unpublished = Unpublished

## corrections (SPEC N9)
corrections-heading = Corrections and updates
corrections-intro = We correct our mistakes openly. Every correction and update to a published story is listed here, newest first.
corrections-none = No corrections or updates yet.
correction-kind-correction = Correction
correction-kind-update = Update
article-corrections = Corrections and updates
embed-load = Load content from { $provider }
embed-note = Loading it sends your address to { $provider }.

## Search and rate limits
too-many-requests = Too many requests. Please wait a moment and try again.
search-rebuilding = The search index is being rebuilt; try again shortly.
search-unavailable = Search is unavailable right now; try again shortly.
unknown-parameter = The request has a parameter this address does not take.
invalid-date = A date is not in the form YYYY-MM-DD.
invalid-number = A number is not a positive whole number.
invalid-limit = The page size is over the limit of 100.
error-429-title = Too many requests
error-429-text = You have made many requests in a short time. Please wait a moment and try again.
feed-description = Latest news from { $site }
feed-section-description = { $section }: latest news from { $site }
feed-rss = RSS feed
feed-atom = Atom feed
unknown-section = This edition has no section with that address.
unknown-tag = This edition has no tag with that address.
unknown-author = This edition has no author with that address.
invalid-cursor = This cursor does not continue this list; start again without it.
invalid-date-range = The start date comes after the end date.
invalid-period = The period must be day or week.
invalid-token = This request needs a valid integration token (Authorization: Bearer …); it is missing, unknown or revoked.
invalid-status = The status must be draft, review, scheduled or published.
invalid-json = The body is not the JSON this endpoint takes (an unknown field, a wrong type or malformed JSON).
missing-revision = Name the revision this save starts from.
body-too-large = The body is larger than this endpoint takes.
nav-footer-sections = All sections
list-description = { $name }: the latest news and articles on { $site }.
search-description = Search the news and articles of { $site }.
page-updated = Updated
nav-footer-pages = About the site
