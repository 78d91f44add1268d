# Machine-assisted translation (Persian): needs review by a native speaker.
# ترجمهٔ ماشینی‌ـ‌کمکی: یک فارسی‌زبان باید آن را بازبینی کند.
# Words of the glasshouse command line.

list-minutes = { $minutes } دقیقه
list-invalid = (ایراد دارد: glasshouse check را اجرا کنید)
report-title = گزارش — { $title } (بذر { $seed })
report-choices = انتخاب‌های شما: { $choices }
report-adversary = مهاجم { $id }: { $kind } — { $target }، از { $at }
adversary-compromise = سرورِ به‌دست‌مهاجم‌افتاده
adversary-malicious-admin = مدیر بدخواه سرور
adversary-insider = نفوذی درون اتاق
adversary-network-observer = ناظر شبکه در نزدیکی
adversary-seized-device = دستگاه توقیف‌شده
report-findings = آنچه مهاجمان فهمیدند ({ $count } یافته):
col-adversary = مهاجم
col-about = دربارهٔ
col-finding = یافته
col-rule = قاعده
col-evidence = شواهد
report-evidence = چرا (قاعده — شواهد):
report-prevented = چه چیزی جلوی هر یافته دربارهٔ شما را می‌گرفت (با انتخاب‌های دیگر دوباره اجرا کنید):
prevented-by = جلویش را می‌گرفت: { $changes }
prevented-or = یا
prevented-by-nothing = هیچ انتخابی از شما جلوی این را نمی‌گیرد
report-objectives = هدف‌ها:
objective-met = [برآورده شد]
objective-missed = [برآورده نشد]
report-exposure = پیام‌های شما که مهاجمی خواند: { $read } از { $sent } (همهٔ پیام‌ها: { $all_read } از { $all }).
report-about-learner = یافته‌ها دربارهٔ شما: { $list }
evidence-event = رویداد { $event } در دست { $holder }
evidence-row = ردیف { $key } از جدول { $table } روی { $holder }
evidence-edu = { $type } که { $holder } در { $at } دید
evidence-room-key = کلید اتاق { $session } در دست دستگاه { $device }
evidence-packets = { $count } درخواست از اتصال { $person }
evidence-derived = برگرفته از { $from }
evidence-compared-pictures = تصویرهای { $urls }، دانلودشده و مقایسه‌شده
evidence-identity-lookup = پاسخ سرور هویت به جست‌وجوی { $address } در { $at }
evidence-turn-relay = بسته‌های تماسی که رلهٔ TURN سرور { $server } در { $at } جابه‌جا کرد
evidence-group-send = یک پیام برای { $recipients }، فرستاده از { $ip }، که { $holder } در { $at } زنده دید
evidence-log-lines = { $log } روی { $holder }: سطرهای { $first } تا { $last } (شمار: { $lines })
diag-error = خطا
diag-help = راهنما
diag-with-choices = با انتخاب‌های { $choices }
outline-meta = فصل: { $chapter } · حدود { $minutes } دقیقه · بذر { $seed }
outline-servers = سرورها:
outline-server = { $name }: تاریخچهٔ IP را { $days } روز نگه می‌دارد، آخرین IP دستگاه را نگه می‌دارد: { $device_ip }، homeserver.log: امروز + { $log_days } روز، لاگ دسترسی پراکسی: امروز + { $proxy_log_days } روز، ورود: { $auth }، ثبت‌نام لازم دارد: { $requires }، حضور: { $presence }
outline-people = آدم‌ها (* = شما):
outline-person = { $id }: { $mxid } «{ $name }»، از راه { $via } وصل می‌شود، کلیدهای اتاق را با { $sends } دستگاه هم‌رسانی می‌کند
outline-rooms = اتاق‌ها:
outline-room = { $id }: قاعدهٔ پیوستن { $join }، تاریخچه { $history }، رمزنگاری‌شده: { $encrypted }، اعضا: { $members }
outline-timeline = خط زمانی:
outline-adversaries = مهاجمان:
outline-choices = انتخاب‌های شما:
outline-default = پیش‌فرض
outline-objectives = هدف‌ها:
error-not-found = سناریویی به نام «{ $name }» نیست: نه فایل است، نه در پوشه‌های سناریوی شما (--scenarios DIR یا GLASSHOUSE_SCENARIOS) و نه همراه برنامه. سناریوهای شناخته‌شده: { $bundled }. برای اجرای سناریوی خودتان، مسیر فایل ‎.toml‎ آن یا پوشه‌اش را با --scenarios بدهید.
error-read = خواندن { $path } ممکن نیست: { $error }. بررسی کنید که مسیر وجود دارد و خواندنی است.
error-choice-key = این سناریو انتخابی به نام «{ $key }» ندارد. انتخاب‌هایش این‌هاست: { $known }.
error-choice-value = «{ $value }» برای { $key } مجاز نیست. مجازها: { $allowed }.
error-choice-malformed = «{ $text }» به شکل KEY=VALUE نیست، مثلاً --choose connection=tor
error-internal = شبیه‌سازی شکست خورد: { $error }. این یک اشکال در Glasshouse است؛ لطفاً آن را همراه فایل سناریو گزارش کنید.
error-dump = نوشتن خروجی در { $path } ممکن نیست: { $error }. پوشه‌ای را انتخاب کنید که بتوانید در آن بنویسید.
check-ok = درست: { $file }
check-summary-file = { $file }: { $count } ایراد
check-summary = { $files } فایل بررسی شد: { $bad } فایل ایراددار، روی هم { $problems } ایراد.
scale-title = کاوشگر تمرکززدایی — سرورها: { $servers }، کاربران: { $users }، اتاق‌ها: { $rooms }؛ اندازهٔ سرورها { $dist }؛ بذر { $seed }
scale-servers = کاربر در هر سرور: بیشترین { $largest } ({ $largest_share } ٪ کل)، میانه { $median }؛ سرورهای بی‌کاربر: { $empty }.
scale-rooms = عضو در هر اتاق: مجاز از { $min } تا { $max }، میانه { $median }، میانگین { $mean }، بیشترین { $largest }؛ عضویت‌ها: { $memberships }؛ میانگین سرور در هر اتاق: { $spread }.
scale-attack-top = افتاده: k سرور بزرگ‌تر (بر پایهٔ شمار کاربران)، تا k = { $k }؛ هر سطر سرور بزرگ بعدی را می‌افزاید.
scale-attack-random = افتاده: k سرور تصادفی، تا k = { $k } (با بذر { $seed } همیشه همان‌ها)؛ هر سطر چند سرور به قبلی‌ها می‌افزاید.
scale-note-clamped = توجه: K = { $k } از شمار سرورها ({ $servers }) بیشتر است، پس همهٔ سرورها افتاده‌اند.
scale-col-k = k
scale-col-servers = ٪ سرورها
scale-col-ips = ٪ IP کاربرانِ لورفته
scale-col-rooms = ٪ اتاق‌های لورفته
scale-col-memberships = ٪ عضویت‌های لورفته
scale-why = چرا: سرورِ افتاده فقط نشانی IP کاربران خودش را می‌بیند — فدراسیون IP جابه‌جا نمی‌کند (FACTS §1) — اما عضویت، وضعیت و پاکت رویدادهای هر اتاقی را که یکی از کاربرانش در آن است نگه می‌دارد (FACTS §2)، پس یک عضو روی سرورِ افتاده فراداده‌های کل اتاق را لو می‌دهد.
error-scale-no-servers = یک فدراسیون دست‌کم یک سرور لازم دارد: --servers را ۱ یا بیشتر بدهید (مثلاً --servers 10000).
error-scale-no-users = یک فدراسیون دست‌کم یک کاربر لازم دارد: --users را ۱ یا بیشتر بدهید (مثلاً --users 1000000).
error-scale-not-a-count = --{ $field } «{ $text }» عدد صحیح نیست. رقم بدهید، مانند 10000، 10_000 یا 1e4.
error-scale-too-many = --{ $field } { $given } از سقف { $max } بیشتر است (کاوشگر کل فدراسیون را در حافظه نگه می‌دارد). حداکثر { $max } بدهید.
error-scale-dist-kind = توزیع اندازهٔ سرور «{ $text }» ناشناخته است. از --dist uniform، --dist zipf:S (مثلاً zipf:1.1) یا --dist giant:SHARE (مثلاً giant:0.4) استفاده کنید.
error-scale-zipf-exponent = zipf پس از دونقطه یک نمای متناهی ≥ 0 لازم دارد، نه «{ $text }». نمونه: --dist zipf:1.1 (0 یکنواخت است؛ مقدار بزرگ‌تر کاربران را در بزرگ‌ترین سرورها جمع می‌کند).
error-scale-giant-share = giant سهم سرور غول‌پیکر از کاربران را لازم دارد، بیشتر از 0 و حداکثر 1، نه «{ $text }». نمونه: --dist giant:0.4 (یا giant:40%).
error-scale-compromise-malformed = «{ $text }» یک نفوذ نیست. از top:K برای K سرور بزرگ‌تر یا random:K برای K سرور تصادفی استفاده کنید، مثلاً --compromise top:5.
error-scale-compromise-zero = «{ $text }» هیچ سروری را نمی‌اندازد. K را دست‌کم ۱ بدهید، مثلاً --compromise top:1.
error-scale-too-large = فدراسیون از { $pairs } جفت اتاق–سرور بزرگ‌تر شد، بیش از آنچه می‌شود نمایه کرد. اتاق‌های کمتر (--rooms) یا کاربران کمتری بدهید.

outcomes-title-all = پیامدها — { $title }: همهٔ { $count } ترکیب انتخاب‌های شما
outcomes-title-singles = پیامدها — { $title }: { $count } اجرا (ترکیب‌ها بیش از حد زیادند: پیش‌فرض‌ها، سپس مقدارهای هر انتخاب یکی‌یکی)
outcome-met = برآورده شد
outcome-missed = برآورده نشد
outcome-problems = اجرا نمی‌شود: { $codes }
col-choices = انتخاب‌ها
col-about-you = یافته‌ها دربارهٔ شما
col-read = پیام‌های خوانده‌شدهٔ شما
outcomes-matter = انتخاب‌هایی که پیامد را عوض می‌کنند: { $list }
outcomes-idle = انتخاب‌هایی که هرگز آن را عوض نمی‌کنند (سناریو را بررسی کنید): { $list }
error-new-name = «{ $name }» نمی‌تواند نام سناریو باشد: از حروف کوچک لاتین، رقم و خط تیره استفاده کنید، مثلاً glasshouse new my-workshop
error-new-exists = { $path } از قبل وجود دارد؛ نام دیگری برگزینید یا فایل را جابه‌جا کنید (new هرگز بازنویسی نمی‌کند)
error-write = نوشتن { $path } ممکن نشد: { $error }
new-written = { $toml } و { $ftl } نوشته شدند. ویرایششان کنید، سپس اجرا کنید: glasshouse check { $toml }
adversary-push-gateway = درگاه و سرویس پوش (گوگل، اپل یا یک توزیع‌کنندهٔ UnifiedPush) برای
adversary-contact-lookup = کسی که این‌ها را روی سرور هویت جست‌وجو می‌کند:
adversary-identity-server = گردانندهٔ سرور هویت
evidence-push = آنچه سرور خانگی در { $at } برای { $person } فرستاد
report-debrief = جمع‌بندی:
outline-facilitator = برای تسهیل‌گر:
error-book = کتاب ساخته نشد: { $error }
book-built = کتاب در { $path } ساخته شد ({ $ms } ms).
book-serving = در { $url } در دسترس است — برای توقف Ctrl+C را بزنید.
forget-done = هر چه Glasshouse در { $path } ذخیره کرده بود پاک شد (پیشرفت، آخرین انتخاب‌ها، خروجی‌ها).
error-forget = پاک کردن { $path } ممکن نشد: { $error }. دسترسی‌هایش را بررسی کنید و اگر لازم شد دستی پاکش کنید.
error-no-data-dir = هیچ پوشهٔ داده‌ای شناخته نیست (HOME تنظیم نشده): GLASSHOUSE_DATA را برابر پوشه‌ای بگذارید که باید پاک شود.

## glasshouse lab
lab-venv-creating = نخستین استفاده: ساختن یک محیط پایتون با Synapse { $version } در { $path } (از نیم دقیقه تا چند دقیقه؛ اجراهای بعدی از همین استفاده می‌کنند)…
lab-venv-package = {"  "}pip: دریافت { $package }
lab-venv-ready = Synapse در { $seconds } ثانیه نصب شد.
lab-starting = راه‌اندازی { $count } سرور خانگی Synapse روی 127.0.0.1 در { $path }…
lab-server-up = {"  "}{ $name } به نام { $real } اجرا می‌شود (API کلاینت { $url })
lab-replaying = بازپخش سناریو از راه API کلاینت–سرور ({ $seconds } ثانیه تا اینجا)…
lab-compared = آنچه شبیه‌ساز پیش‌بینی می‌کند هر سرور نگه می‌دارد با آنچه پایگاه دادهٔ Synapse واقعی‌اش نگه می‌دارد مقایسه شد. شناسه‌هایی که ناگزیر فرق دارند (نام سرورها، شناسهٔ اتاق‌ها و رویدادها، توکن‌ها، کلیدها، زمان‌ها) یکدست شده‌اند؛ حساب مدیر خود آزمایشگاه کنار گذاشته شده است.
lab-server-title = ══ { $name } (Synapse واقعی: { $real }) — { $facts } واقعیت، { $differences } تفاوت
lab-gateway-title = ══ درگاه پوش (مال آزمایشگاه، روی { $real }) — { $facts } نوع اعلان، { $differences } تفاوت
lab-col-what = چه
lab-col-value = مقدار
lab-col-predicted = پیش‌بینی
lab-col-real = واقعی
lab-subject-local = { $subject } (کاربر محلی)
lab-subject-remote = { $subject } (کاربر دوردست: از فدراسیون گذشته)
lab-subject-room = اتاق { $subject }
lab-subject-push = اعلان‌های { $subject }
lab-kind-account = حساب
lab-kind-profile = نمایه
lab-kind-threepid = ایمیل / تلفن
lab-kind-registration-ip = IP ثبت‌نام · UA
lab-kind-device = دستگاه
lab-kind-device-last-ip = آخرین IP دستگاه · UA
lab-kind-ip = IP · عامل کاربر
lab-kind-log-ip = homeserver.log: IP · عامل کاربر
lab-kind-access-token = توکن دسترسی (آشکار)
lab-kind-device-keys = کلیدهای دستگاه
lab-kind-event = رویداد
lab-kind-search = نمایهٔ جست‌وجو
lab-kind-receipt = رسید خواندن
lab-kind-presence = حضور
lab-kind-membership = عضویت
lab-kind-remote-device = فهرست دستگاه‌ها (دوردست)
lab-kind-to-device = صندوق دستگاه‌به‌دستگاه
lab-kind-alias = نام مستعار
lab-kind-media = فایل
lab-kind-pusher = پوشر
lab-kind-push = اعلان پوش
lab-kind-key-backup = پشتیبان کلید
lab-agree = پیش‌بینی و واقعیت روی همهٔ سرورها یکی‌اند ({ $seconds } ثانیه).
lab-differ = { $count } تفاوت میان پیش‌بینی و واقعیت (با ≠ در بالا نشان داده شده) ({ $seconds } ثانیه).
lab-kept = پوشه‌های سرورها در { $path } نگه داشته شده‌اند (پیکربندی، کلید امضا، پایگاه دادهٔ SQLite، لاگ‌ها، و predicted.json / real.json: آنچه هر طرف نگه می‌دارد).
lab-kept-server = {"  "}{ $name } = { $real }: پایگاه داده { $db }؛ برای راه‌اندازی دوباره: ~/.cache/glasshouse/synapse-venv/bin/python -m synapse.app.homeserver -c { $config } -c { $lab } — سپس { $url } را در Element باز کنید («Sign in» ← «Edit» سرور خانگی).
lab-kept-element = گذرواژهٔ حساب‌ها glasshouse-lab-PERSON است (مثلاً glasshouse-lab-you). یک پایگاه داده را این‌طور باز کنید: sqlite3 DATABASE 'select * from user_ips'.
lab-note-retention = { $server } تاریخچهٔ IP را { $days } روز نگه می‌دارد، کمتر از طول سناریو: بازپخش چند ثانیه طول می‌کشد، پس چیزی از پایگاه دادهٔ واقعی کهنه و پاک نمی‌شود و پیش‌بینی هم کل تاریخچه را نگه می‌دارد.
lab-note-redaction-retention = { $server } اصل پیام پاک‌شده را { $days } روز نگه می‌دارد، کمتر از طول سناریو: بازپخش چند ثانیه طول می‌کشد، پس Synapse واقعی هنوز همهٔ اصل‌ها را دارد و پیش‌بینی هم نگهشان می‌دارد.
lab-note-redactions-ignored = { $server } در سناریو پاک‌کردن‌ها را نادیده می‌گیرد؛ Synapse معمولی آن‌ها را اجرا می‌کند، پس آزمایشگاه آن را مانند سروری که اجرا می‌کند بازپخش می‌کند.
lab-note-device-ip = { $server } سروری وصله‌شده است که آخرین IP هر دستگاه را فراموش می‌کند؛ Synapse معمولی نگهش می‌دارد، پس پیش‌بینی هم نگه می‌دارد.
lab-note-log-retention = { $server } homeserver.log امروز و { $days } روز قدیمی‌تر را نگه می‌دارد، کمتر از طول سناریو: بازپخش چند دقیقه طول می‌کشد، پس چیزی از لاگ واقعی بیرون نمی‌چرخد و پیش‌بینی هم همهٔ سطرها را نگه می‌دارد.
lab-note-mas = { $server } ورود کاربران را از راه Matrix Authentication Service انجام می‌دهد که آزمایشگاه اجرایش نمی‌کند: با ثبت‌نام و ورود خود Synapse بازپخش می‌شود، و جدول‌های MAS فقط با خواندن کد منبع بررسی می‌شوند.
lab-note-lose-device = { $at } { $action }: چیزی برای بازپخش نیست (دستگاه گم‌شده چیزی به سرور نمی‌فرستد).
lab-note-recover = { $at } { $action }: بازنشانی با ایمیل با بازنشانی گذرواژه از راه API مدیر بازپخش می‌شود (که مانند خود بازنشانی همهٔ دستگاه‌ها را خارج می‌کند)، سپس ورود دستگاه تازه با گذرواژه؛ هیچ ایمیلی فرستاده نمی‌شود و هیچ کلیدی بازگردانده نمی‌شود.
lab-note-verify = { $at } { $action }: رد شد (امضای متقابل بازپخش نمی‌شود).
lab-note-call = { $at } { $action }: رویدادهای سیگنال‌دهی واقعاً فرستاده می‌شوند؛ رسانهٔ تماس (نقطه‌به‌نقطه یا از راه رلهٔ TURN) نه (آزمایشگاه WebRTC ندارد).
lab-note-outage = { $at } server_down { $server }: Synapse آن متوقف می‌شود (مانند قطع برق، پس از نوشتن آنچه در حافظه دارد) و در server_up ({ $until })، { $minutes } دقیقه بعد در سناریو، دوباره راه می‌افتد. بازپخش چند ثانیه طول می‌کشد، پس آن ساعت‌ها فشرده می‌شوند: سرورهای دیگر پس از دو تلاش سریع به جای هشت دقیقه تلاش از آن دست می‌کشند، دو ساعت عقب می‌نشینند (پس از یک ساعت، Synapse رسیدها، حضور و «در حال نوشتن»ِ صف‌شده برای آن سرور را دور می‌ریزد)، یک بار دیگر وقتی هنوز خاموش است تلاش می‌کنند، و وقتی برگشت به آن‌ها گفته می‌شود دوباره وصل شوند (reset_connection در API مدیر). سپس آزمایشگاه صبر می‌کند تا رویدادهایی را که از دست داده بگیرد. Synapse حضور آدم‌های آنلاین را هر ۲۵ دقیقه دوباره می‌فرستد؛ اگر سناریو این‌قدر ادامه یابد، برنامهٔ هر کدام از این آدم‌ها پیام وضعیتشان را عوض می‌کند و برمی‌گرداند، تا سرورشان حضور کنونی‌شان را فوراً بفرستد.
lab-note-outage-short = { $at } server_down { $server }: این قطعی { $minutes } دقیقه طول می‌کشد، ولی آزمایشگاه آن را قطعی طولانی بازپخش می‌کند. Synapse واقعی حدود هشت دقیقه تلاش می‌کند و سپس هر ۱۰، ۲۰، ۴۰… دقیقه، پس رسیدها و حضوری که کمی پیش از پایان یک قطعی کوتاه فرستاده شده‌اند ممکن است باز هم برسند؛ پیش‌بینی و آزمایشگاه هر دو ممکن است از دستشان بدهند.
lab-error-stop = توقف Synapse برای { $server } ممکن نشد: { $error }.
lab-error-before-outage = { $server } در { $at } خاموش می‌شود، اما { $missing } از { $count } رویدادی که تا آن زمان باید داشته باشد در { $seconds } ثانیه به آن نرسید: فدراسیون میان سرورهای آزمایشگاه کار نمی‌کند. با --keep DIR دوباره اجرا کنید و DIR/*/homeserver.log را بخوانید.
lab-error-catch-up = { $server } در { $at } برگشت اما در { $seconds } ثانیه عقب‌ماندگی را جبران نکرد: { $missing } از { $count } رویدادی که باید داشته باشد نیست. با --keep DIR دوباره اجرا کنید و فایل‌های homeserver.log را بخوانید (در فرستنده‌ها دنبال «Catching up» و در { $server } دنبال «get_missing_events» بگردید).
lab-note-inject-device = { $at } { $action }: با API مدیر Synapse تقریب زده شد (دستگاه را می‌سازد؛ بی توکن دسترسی، بی کلید).
lab-note-add-puppet = { $at } { $action }: با API مدیر Synapse تقریب زده شد (حساب و دستگاه را می‌سازد، سپس آن را به اتاق می‌پیوندد).
lab-note-reset-identity = { $at } { $action }: تقریبی: کلیدهای تازهٔ امضای متقابل به نام حساب با توکنی از API مدیر Synapse («log in as user») بارگذاری می‌شوند. آزمایشگاه هرگز راه‌اندازی اصلی امضای متقابل را بازپخش نمی‌کند، پس Synapse آن‌ها را نخستین بارگذاری می‌گیرد، بدون احراز هویت تعاملی‌ای که بازنشانی واقعی لازم دارد (مدیر بدخواه خودش از این بررسی می‌گذرد، مثلاً پس از گذاشتن گذرواژهٔ حساب از راه API مدیر). دستگاه مدیر در آزمایشگاه کلیدی ندارد، پس امضای هویت تازه روی آن بارگذاری نمی‌شود؛ کلیدها و امضاهای امضای متقابل مقایسه نمی‌شوند.
lab-error-no-cache = هیچ پوشهٔ کشی شناخته نیست (نه XDG_CACHE_HOME تنظیم شده نه HOME): XDG_CACHE_HOME را برابر پوشه‌ای بگذارید که آزمایشگاه بتواند Synapse را در آن نصب کند.
lab-error-no-python = python3 پیدا نشد. آزمایشگاه سرورهای واقعی Synapse را اجرا می‌کند که پایتون 3.10 یا تازه‌تر با venv لازم دارند: نصبشان کنید (Debian/Ubuntu: apt-get install python3 python3-venv) و فرمان را دوباره اجرا کنید.
lab-error-venv = ساختن محیط پایتون ممکن نشد: { $error }. در Debian/Ubuntu بستهٔ python3-venv را نصب کنید (apt-get install python3-venv) و دوباره امتحان کنید.
lab-error-pip = نصب matrix-synapse { $version } از PyPI ممکن نشد: { $error }. دسترسی شبکه به PyPI را بررسی کنید؛ اگر ساخت بسته‌ای شکست خورد، ابزار ساخت را نصب کنید (apt-get install build-essential python3-dev libffi-dev) و دوباره امتحان کنید.
lab-error-write = نوشتن { $path } ممکن نشد: { $error }. دسترسی‌های پوشه و فضای آزاد را بررسی کنید.
lab-error-ports = پورت آزادی روی 127.0.0.1 پیدا نشد: { $error }.
lab-error-generate = Synapse نتوانست برای { $server } پیکربندی بسازد: { $error }. محیط کش‌شده (~/.cache/glasshouse/synapse-venv) را پاک کنید تا اجرای بعدی دوباره نصبش کند.
lab-error-openssl = openssl نتوانست گواهی فدراسیون را بسازد: { $error }. openssl را نصب کنید (apt-get install openssl) و دوباره امتحان کنید.
lab-error-start = Synapse برای { $server } راه نیفتاد ({ $error }). پایان لاگش:
    { $log }
lab-error-no-servers = سناریو هیچ سروری برای راه‌اندازی ندارد.
lab-error-call = درخواست بازپخش { $what } شکست خورد: { $error }. این تفاوتی میان مدل شبیه‌ساز و Synapse است، یا اشکالی در آزمایشگاه: با --keep DIR دوباره اجرا کنید و DIR/*/homeserver.log را بخوانید.
lab-error-event-late = یک رویداد ({ $event }) در ۲۰ ثانیه به سرور { $who } نرسید: فدراسیون میان سرورهای آزمایشگاه کار نمی‌کند. با --keep DIR دوباره اجرا کنید و DIR/*/homeserver.log را بخوانید.
lab-error-database = خواندن پایگاه دادهٔ { $path } ممکن نشد: { $error }.
lab-error-keep-not-empty = { $path } خالی نیست: --keep پوشه‌ای خالی یا تازه لازم دارد (آزمایشگاه هرگز پوشه‌ای را بازنویسی نمی‌کند).
lab-error-platform = { $server } در این سناریو سرور ماتریکس نیست: آزمایشگاه فقط سرورهای خانگی ماتریکس را بازپخش می‌کند (اگر سناریو پیشنهاد می‌دهد service=matrix را انتخاب کنید).
lab-error-internal = آزمایشگاه شکست خورد: { $error }. این یک اشکال است؛ لطفاً آن را همراه فرمانی که اجرا کردید گزارش کنید.
lab-note-unreplayed = { $user } { $device }: دستگاه یک مهاجم؛ توکن دسترسی، کلیدها و ورودی‌های فهرست دستگاهش مقایسه نمی‌شوند (API مدیر نمی‌تواند آن‌ها را بسازد).
lab-note-sign-up-expired = { $user }: ثبت‌نام در پایان سناریو بیش از ۴۸ ساعت قدمت دارد، پس Synapse نشانی و عامل کاربرش را پاک کرده بود (ui_auth_sessions_ips)؛ بازپخش چند دقیقه طول می‌کشد، پس ردیف‌های واقعی مقایسه نمی‌شوند.

# The book's translations (gettext).
book-pot-written = الگوی ترجمه نوشته شد: { $path } ({ $count } پیام).
book-pot-current = { $path } به‌روز است ({ $count } پیام).
book-languages-language = زبان
book-languages-translated = پیام‌های ترجمه‌شده
book-languages-complete = کامل
book-languages-status = وضعیت
book-languages-source = متن اصلی
book-languages-machine = ترجمه با کمک ماشین، نیازمند بازبینی یک گویشور بومی
book-languages-human = ترجمه‌شده به دست انسان

# The debrief screen and map (issue 17).
adversary-own-view = { $id } (آنچه خودِ یک عضو می‌بیند، نه یک مهاجم)

## glasshouse class
class-cli-started = کلاس آغاز شد؛ در { $data } ذخیره می‌شود (هیچ چیز جای دیگری نوشته نمی‌شود).
class-cli-resumed = ادامه یافت: { $count } کنش ذخیره‌شده دوباره اجرا شد.
class-cli-loopback = فقط همین لپ‌تاپ می‌تواند آن را باز کند. برای تلفن‌ها و لپ‌تاپ‌های شرکت‌کنندگان، آن را با --listen و نشانی این لپ‌تاپ در شبکهٔ اتاق آغاز کنید (مثلاً --listen 0.0.0.0:8640).
class-cli-lan = در حال گوش دادن روی شبکهٔ اتاق ({ $addr }): هر کسی در این شبکه که کد را داشته باشد می‌تواند بپیوندد. از شبکه‌ای مطمئن استفاده کنید.
class-cli-join = شرکت‌کنندگان { $url } را باز می‌کنند و با کد { $code } می‌پیوندند:
class-cli-trainer = صفحهٔ مربی: { $url } — کلید مربی (نزد خودتان نگه دارید): { $key }
class-cli-stop = Ctrl-C کلاس را متوقف می‌کند؛ `glasshouse class --resume` آن را ادامه می‌دهد و `glasshouse class --forget` آن را پاک می‌کند.
class-cli-bad-listen = «{ $value }» نشانی‌ای برای گوش دادن نیست: یک نشانی IP و یک درگاه بدهید، مثلاً 127.0.0.1:8640 یا 0.0.0.0:8640.
class-cli-listen-failed = گوش دادن روی { $addr } ممکن نشد ({ $error }). آیا کلاس یا برنامهٔ دیگری از آن درگاه استفاده می‌کند؟ با --listen درگاه دیگری برگزینید، مثلاً 127.0.0.1:8641.
class-cli-unreadable = خواندن { $path } ممکن نشد: { $error }
class-cli-not-a-class = { $path } سناریوی کلاس نیست ({ $error }): کلاس به یک نفر با learner = true نیاز دارد، و هیچ فردی نباید l1، l2، … نام داشته باشد.
class-cli-nothing-to-forget = هیچ کلاسی در { $path } ذخیره نشده است؛ چیزی برای پاک کردن نیست.
class-cli-forgot = کلاس ذخیره‌شده در { $path } پاک شد ({ $count } پرونده).
