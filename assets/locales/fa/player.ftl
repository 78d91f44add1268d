# Machine-assisted translation (Persian): needs review by a native speaker.
# واژه‌های خودِ پخش‌کنندهٔ مرورگر (player/, player/www/).

player-language-name = فارسی
player-title = Glasshouse
player-skip = رفتن به محتوا
player-language = زبان
player-loading = در حال بارگذاری شبیه‌ساز…
player-load-failed = شبیه‌ساز در این مرورگر اجرا نشد. صفحه را دوباره بارگذاری کنید، یا از جدول‌های کتاب و پنجرهٔ رومیزی استفاده کنید.
player-steps-label = مرحله‌ها
player-step-scenarios = سناریوها
player-step-briefing = شرح وضعیت
player-step-setup = انتخاب‌ها
player-step-run = اجرا
player-step-notebook = دفترچه
player-step-debrief = جمع‌بندی
player-current-step = (مرحلهٔ کنونی)
player-scenarios-heading = یک سناریو انتخاب کنید
player-scenarios-intro = هر سناریو یک تمرین کوتاه است. چند انتخاب می‌کنید، می‌بینید چه پیش می‌آید، و بعد می‌بینید یک مهاجم دربارهٔ شما چه فهمید.
player-minutes = { $minutes } دقیقه
player-completed = انجام شد
player-open = باز کردن { $title }
player-briefing-heading = شرح وضعیت
player-continue = ادامه
player-back = بازگشت
player-setup-heading = انتخاب‌های شما
player-setup-intro = برای هر پرسش یک پاسخ انتخاب کنید. پاسخ‌های معمول سناریو از پیش انتخاب شده‌اند.
player-objectives-heading = آنچه می‌خواهید به دست آورید
player-start = شروع اجرا
player-running = شبیه‌سازی روی همین دستگاه در حال اجراست…
player-error-summary = مشکلی وجود دارد
player-run-heading = اجرا
player-map-heading = نقشهٔ سرورها، افراد و اتاق‌ها
player-map-summary = نقشه به صورت فهرست
player-map-legend-server = جعبه: یک سرور
player-map-legend-you = حاشیهٔ ضخیم: شما
player-map-legend-compromised = خط‌های قرمز: در دست یک مهاجم
player-map-legend-encrypted = قفل: اتاق رمزگذاری‌شده
player-map-taken = در دست یک مهاجم
player-rooms-heading = اتاق‌ها
player-controls = پخش
player-play = پخش
player-pause = مکث
player-step = گام
player-restart = از نو
player-to-end = رفتن به پایان
player-speed = سرعت
player-speed-slow = آهسته
player-speed-normal = عادی
player-speed-fast = تند
player-clock = زمان در سناریو: { $at } از { $end }
player-log-heading = چه پیش می‌آید
player-log-empty = هنوز چیزی پیش نیامده است. «پخش» یا «گام» را بزنید.
player-log-same-moment = …و { $count } مورد دیگر در همان لحظه.
player-run-done = اجرا تمام شد. دفترچه نشان می‌دهد مهاجمان چه فهمیدند.
player-to-notebook = باز کردن دفترچه
player-notebook-heading = دفترچهٔ مهاجمان
player-notebook-intro = آنچه مهاجمان فهمیدند، گروه به گروه، به ترتیبی که به دستشان رسید.
player-notebook-empty = هنوز چیزی نیست: هیچ مهاجمی شروع نکرده است.
player-notebook-hidden = { $count } گروه دیگر در ادامهٔ اجرا نمایان می‌شود.
player-notebook-about = دربارهٔ { $name }
player-to-debrief = دیدن جمع‌بندی
player-debrief-heading = آنچه فهمیدند
player-your-choices = انتخاب‌های شما
player-lesson-heading = درس
player-evidence = شواهد ({ $count })
player-objectives-result = هدف‌های شما
player-objective-met = به دست آمد
player-objective-missed = به دست نیامد
player-try-again = انتخاب‌ها را تغییر دهید و دوباره اجرا کنید
player-other-scenario = انتخاب سناریوی دیگر
player-book-link = خواندن فصل در کتاب
player-forget = فراموشم کن
player-forget-done = پیشرفت شما روی این دستگاه پاک شد.
player-privacy = همه چیز روی همین دستگاه اجرا می‌شود. هیچ چیز به جایی فرستاده نمی‌شود؛ پیشرفت شما فقط در همین مرورگر نگه داشته می‌شود، تا وقتی «فراموشم کن» را بزنید.
player-none = هیچ
player-you-named = شما ({ $name })

player-error-unknown-scenario = سناریویی به نام «{ $scenario }» در این پخش‌کننده نیست. یکی را از فهرست انتخاب کنید.
player-error-run = شبیه‌سازی متوقف شد: { $error }
player-error-choices = انتخاب‌ها خوانده نشد: { $error }
player-error-choose = برای «{ $label }» یک پاسخ انتخاب کنید.

player-map-server = سرور { $server }، { $count ->
    [one] یک حساب
   *[other] { $count } حساب
}.
player-map-server-yours = حساب شما اینجاست.
player-map-compromised-at = از { $at } در دست یک مهاجم.
player-map-person = { $name }، روی { $server }.
player-map-watched-at = از { $at } زیر نظر یک مهاجم.
player-map-room = اتاق «{ $room }»، بدون رمزگذاری: { $count } عضو روی { $servers ->
    [one] یک سرور
   *[other] { $servers } سرور
}.
player-map-room-encrypted = اتاق «{ $room }»، رمزگذاری‌شده: { $count } عضو روی { $servers ->
    [one] یک سرور
   *[other] { $servers } سرور
}.

player-what-message = یک پیام
player-what-encrypted = یک پیام رمزگذاری‌شده
player-what-member = یک تغییر در اعضا
player-what-reaction = یک واکنش
player-what-redaction = یک حذف
player-what-typing = یک اعلان «در حال نوشتن»
player-what-receipt = یک رسید خواندن
player-what-presence = یک وضعیت آنلاین بودن
player-what-device-list = یک تغییر در فهرست دستگاه‌ها
player-what-call = یک سیگنال تماس
player-what-room-state = یک تغییر در تنظیمات اتاق
player-what-other = یک اعلان

player-log-request = برنامهٔ { $from } با { $to } تماس می‌گیرد.
player-log-pdu = { $to } { $what } از { $from } دریافت می‌کند.
player-log-pdu-room = { $to } { $what } در «{ $room }» از { $from } دریافت می‌کند.
player-log-edu = { $to } { $what } از { $from } دریافت می‌کند.
player-log-to-device = { $to } یک پیام خصوصی میان دستگاه‌ها از { $from } را می‌رساند (کلیدهای رمزگذاری این‌گونه جابه‌جا می‌شوند).
player-log-backfill = { $to } آنچه را از دست داده بود ({ $what }) از { $from } می‌گیرد.
player-log-media = { $to } یک فایل رمزگذاری‌شده را از { $from } می‌گیرد.
player-log-adversary = هشدار: { $kind } { $target }. از این پس مهاجم هر آنچه آنجاست را در دست دارد.
