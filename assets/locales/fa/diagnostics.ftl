# Machine-assisted translation (Persian): needs review by a native speaker.
# ترجمهٔ ماشینی‌ـ‌کمکی: یک فارسی‌زبان باید آن را بازبینی کند.
# Scenario diagnostics: diag-<code> says what is wrong, diag-<code>-help what to do.

diag-toml-syntax = این TOML معتبر نیست: { $detail }
diag-toml-syntax-help = نحو TOML را اینجا درست کنید (نقل‌قول‌ها، کروشه‌ها، «key = value»)؛ `glasshouse check FILE` دوباره بررسی‌اش می‌کند
diag-unknown-field = فیلد ناشناخته: { $detail }
diag-unknown-field-help = فیلد را بردارید یا املایش را درست کنید؛ مرجع قالب سناریو همهٔ فیلدها را فهرست می‌کند
diag-missing-field = یک فیلد لازم نیست: { $detail }
diag-missing-field-help = فیلد جاافتاده را به این جدول بیفزایید
diag-wrong-type = نوع مقدار نادرست است: { $detail }
diag-wrong-type-help = مقدار را با نوع مورد انتظار بنویسید (نقل‌قول برای متن، true/false، عدد صحیح، [فهرست])
diag-invalid-id = «{ $id }» شناسهٔ معتبری نیست
diag-invalid-id-help = از حروف کوچک لاتین، رقم، «-» و «_» استفاده کنید (شناسهٔ دستگاه: حروف، رقم، «-»، «_»)، حداکثر ۶۴ نویسه
diag-duplicate-id = شناسهٔ { $kind } «{ $id }» دو بار به کار رفته
diag-duplicate-id-help = به هر { $kind } شناسهٔ خودش را بدهید
diag-no-servers = سناریو هیچ سروری ندارد
diag-no-servers-help = دست‌کم یک جدول [[servers]] با یک نام بیفزایید
diag-no-learner = هیچ‌کس یادگیرنده نیست
diag-no-learner-help = حساب خود یادگیرنده را در [[people]] با «learner = true» نشان بگذارید
diag-many-learners = «{ $id }» یادگیرندهٔ دوم است
diag-many-learners-help = فقط یک ورودی [[people]] می‌تواند «learner = true» داشته باشد؛ برای حساب دوم یادگیرنده از alias_of استفاده کنید
diag-invalid-server-name = «{ $value }» نام سرور معتبری نیست
diag-invalid-server-name-help = از نام میزبانی مانند «chat.example» استفاده کنید (حروف کوچک، رقم، نقطه، خط تیره)، در صورت نیاز با «:port»
diag-invalid-username = «{ $value }» بخش محلی معتبری برای ماتریکس نیست
diag-invalid-username-help = از حروف کوچک لاتین، رقم و . _ = - / + استفاده کنید
diag-duplicate-account = دو حساب هر دو { $mxid } می‌شدند
diag-duplicate-account-help = نام کاربری یا سرور یکی از آن‌ها را عوض کنید
diag-invalid-ip = «{ $value }» نشانی IP نیست
diag-invalid-ip-help = یک نشانی IPv4 یا IPv6 بنویسید؛ از بازه‌های مستندسازی مانند 203.0.113.0/24 استفاده کنید
diag-invalid-value = «{ $value }» اینجا مجاز نیست
diag-invalid-value-help = یکی از این‌ها را به کار ببرید: { $allowed }
diag-unknown-server = سروری به نام «{ $name }» نیست
diag-unknown-server-help = آن را در [[servers]] تعریف کنید یا یکی از این‌ها را به کار ببرید: { $known }
diag-unknown-person = کسی با شناسهٔ «{ $id }» نیست
diag-unknown-person-help = او را در [[people]] تعریف کنید یا شناسهٔ موجودی را به کار ببرید
diag-unknown-room = اتاقی به نام «{ $id }» نیست
diag-unknown-room-help = آن را در [[rooms]] تعریف کنید یا یکی از این‌ها را به کار ببرید: { $known }
diag-unknown-adversary = مهاجمی به نام «{ $id }» نیست
diag-unknown-adversary-help = آن را با همین شناسه در [[adversaries]] تعریف کنید، یا یکی از این‌ها را به کار ببرید: { $known }
diag-unknown-message = در اتاق { $room } پیام پیشینی با برچسب «{ $label }» نیست
diag-unknown-message-help = به گام «say» پیشین در آن اتاق «label = “{ $label }”» بدهید یا برچسب را درست کنید
diag-unknown-device = { $person } دستگاهی به نام «{ $id }» ندارد
diag-unknown-device-help = یکی از دستگاه‌های این شخص را نام ببرید، یا با گام new_device آن را بیفزایید
diag-duplicate-device = شناسهٔ دستگاه «{ $id }» برای این حساب دو بار به کار رفته
diag-duplicate-device-help = به هر دستگاه یک حساب شناسهٔ خودش را بدهید (دستگاه گم‌شده یا خارج‌شده شناسه‌اش را نگه می‌دارد)
diag-unknown-choice = «{"{"}{ $key }{"}"}» به هیچ انتخابی اشاره نمی‌کند
diag-unknown-choice-help = آن را زیر [choices] تعریف کنید، مثلاً { $key } = { "{" } values = [...], default = ... { "}" }
diag-choice-empty = انتخاب { $key } هیچ مقداری ندارد
diag-choice-empty-help = دست‌کم یک مقدار در «values» فهرست کنید
diag-choice-no-default = انتخاب { $key } پیش‌فرض ندارد
diag-choice-no-default-help = «default = …» را با یکی از مقدارهایش بیفزایید؛ وقتی یادگیرنده انتخاب نکند به کار می‌رود
diag-choice-default-not-allowed = پیش‌فرض «{ $value }» برای { $key } جزو مقدارهایش نیست
diag-choice-default-not-allowed-help = یکی از این‌ها را به کار ببرید: { $allowed }
diag-choice-duplicate-value = { $key } مقدار «{ $value }» را دو بار فهرست کرده
diag-choice-duplicate-value-help = مقدار تکراری را بردارید
diag-choice-unused = انتخاب { $key } هرگز به کار نمی‌رود
diag-choice-unused-help = آن را به صورت «{"{"}{ $key }{"}"}» در یک فیلد به کار ببرید، یا بردارید
diag-choice-mixed-types = { $key } مقدارهای { $expected } و { $found } را با هم قاطی کرده
diag-choice-mixed-types-help = همهٔ مقدارهای یک انتخاب باید یک نوع باشند
diag-invalid-time = «{ $value }» زمان نیست
diag-invalid-time-help = به شکل H:MM، H:MM:SS یا «Nd H:MM» (N روز بعد) بنویسید، مثلاً "0:05" یا "30d 9:00"
diag-time-backwards = این گام در { $at } پس از گامی در { $previous } آمده
diag-time-backwards-help = فیلم‌نامه را به ترتیب زمان نگه دارید
diag-step-no-action = این گام کاری نمی‌کند
diag-step-no-action-help = یک کنش بیفزایید: say، react، read، typing، presence، join، leave، connect، new_device، verify، server_down، server_up، inject_device یا add_puppet
diag-step-many-actions = این گام بیش از یک کنش دارد
diag-step-many-actions-help = آن را به ازای هر کنش به یک گام [[script]] بشکنید
diag-server-offline = { $name } در { $at } خاموش است، پس این نمی‌تواند رخ دهد
diag-server-offline-help = گام را به پس از server_up مربوط ببرید، یا سرور را زودتر روشن کنید
diag-server-already-offline = { $name } از قبل خاموش است
diag-server-already-offline-help = این server_down را بردارید یا پیش از آن یک server_up بیفزایید
diag-server-already-online = { $name } از قبل روشن است
diag-server-already-online-help = این server_up را بردارید یا پیش از آن یک server_down بیفزایید
diag-not-a-member = { $id } در این لحظه عضو { $room } نیست
diag-not-a-member-help = او را به اعضای اتاق بیفزایید، یا پیش از این گام یک گام join بگذارید
diag-already-member = { $id } از قبل عضو { $room } است
diag-already-member-help = عضویت تکراری را بردارید
diag-room-no-members = اتاق { $id } هیچ عضوی ندارد
diag-room-no-members-help = دست‌کم یک عضو فهرست کنید؛ نخستین عضو اتاق را می‌سازد
diag-missing-required-contact = { $id } باید روی { $server } یک { $medium } ثبت کند اما هیچ ندارد
diag-missing-required-contact-help = به این شخص یک { $medium } بدهید (email = "…" / phone = "…") یا سروری برگزینید که آن را لازم ندارد
diag-contact-already-bound = { $id } نشانی { $address } را روی { $server } ثبت می‌کند، که از قبل آن را به { $first } بسته است: هر سرور یک ایمیل یا شمارهٔ تلفن را فقط به یک حساب می‌بندد، پس Synapse دومی را نمی‌پذیرد
diag-contact-already-bound-help = حساب دوم را روی سرور دیگری بگذارید، نشانی دیگری به آن بدهید، یا هیچ نشانی‌ای ثبت نکنید (bind_email = false / bind_phone = false)
diag-call-not-one-to-one = { $room } { $count } عضو دارد: تماس در اینجا تماس دونفره است، با تنها عضو دیگرِ اتاقی دونفره (گفت‌وگوی مستقیم)
diag-call-not-one-to-one-help = در اتاقی تماس بگیرید که آن لحظه دقیقاً دو عضو دارد، مثلاً گفت‌وگوی مستقیمی که برای این دو نفر ساخته شده
diag-passphrase-without-recovery = { $id } عبارت عبور بازیابی دارد اما کلید بازیابی ندارد: عبارت عبور فقط یک کلید بازیابی را باز می‌کند (Secure Backup)
diag-passphrase-without-recovery-help = برای این شخص recovery_key = true بگذارید، یا recovery_passphrase را بردارید
diag-adversary-no-kind = این مهاجم نوع ندارد
diag-adversary-no-kind-help = یکی از این‌ها را بیفزایید: compromise، malicious_admin، insider، network_observer، seized_device، push_gateway، contact_lookup، identity_server
diag-adversary-many-kinds = این مهاجم بیش از یک نوع دارد
diag-adversary-many-kinds-help = برای هر نوع یک جدول [[adversaries]] تعریف کنید
diag-adversary-wrong-kind = { $id } یک { $needed } نیست
diag-adversary-wrong-kind-help = فقط مهاجم malicious_admin می‌تواند دستگاه جاسازی کند و حساب دست‌نشانده بیفزاید
diag-adversary-too-early = { $id } در { $at } کاری می‌کند اما تازه از { $starts } آغاز می‌کند
diag-adversary-too-early-help = گام را دیرتر ببرید یا آغاز مهاجم را زودتر کنید (at = …)
diag-admin-foreign-account = { $id } روی { $server } است، نه روی سرور مدیر، { $admin_server }
diag-admin-foreign-account-help = یک سرور فقط می‌تواند به کاربران خودش دستگاه بیفزاید (FACTS §3)؛ حسابی روی { $admin_server } برگزینید
diag-reset-signs-own-device = «{ $id }» یکی از دستگاه‌های خود { $who } است، نه دستگاهی که مدیر افزوده: بازنشانی هویت دستگاه مدیر را امضا می‌کند
diag-reset-signs-own-device-help = دستگاهی را نام ببرید که یک گام inject_device پیشین به { $who } افزوده، یا شناسهٔ تازه‌ای برای دستگاهی که بازنشانی می‌افزاید
diag-account-missing = { $id } در این اجرا حسابی ندارد
diag-account-missing-help = با این انتخاب‌ها این حساب وجود ندارد (exists = false)؛ حسابی را برگزینید که وجود دارد
diag-unknown-finding = «{ $value }» کد یافته نیست
diag-unknown-finding-help = یکی از این‌ها را به کار ببرید: { $known }
diag-objective-no-condition = هدف { $id } هیچ شرطی ندارد
diag-objective-no-condition-help = adversary_must_not_learn = { "{" } … { "}" } یا adversary_learns = { "{" } … { "}" } را بیفزایید
diag-objective-many-conditions = هدف { $id } دو شرط دارد
diag-objective-many-conditions-help = آن را به دو هدف بشکنید
diag-self-verification = { $id } نمی‌تواند خودش را تأیید کند
diag-self-verification-help = اینجا آدم‌های دیگر را فهرست کنید
diag-unknown-chapter = «{ $chapter }» فصلی از کتاب نیست
diag-unknown-chapter-help = یکی از این‌ها را به کار ببرید: { $known }
diag-switch-malformed = این switch به شکل { "{" } choice = "…", cases = { "{" } … { "}" } { "}" } نیست
diag-switch-malformed-help = آن را به شکل { "{" } choice = "KEY", cases = { "{" } VALUE = …, OTHER = … { "}" } { "}" } بنویسید، با یک case برای هر مقدار انتخاب و نه چیز دیگری
diag-switch-case-missing = switch روی { $key } برای { $value } هیچ case ندارد
diag-switch-case-missing-help = { $value } = … را به caseهایش بیفزایید (فهرست‌ها با ویرگول جدا می‌شوند، مثلاً "dana,kit")
diag-switch-case-unknown = switch روی { $key } یک case به نام «{ $value }» دارد که انتخاب نمی‌تواند آن مقدار را بگیرد
diag-switch-case-unknown-help = مقدارهای انتخاب { $allowed } است؛ case را تغییر نام دهید یا بردارید
diag-choice-value-unused = مقدار { $value } از { $key } دقیقاً همان جهانی را می‌سازد که { $same }
diag-choice-value-unused-help = انتخاب یادگیرنده باید فرقی ایجاد کند: مقدار را جایی به کار ببرید (یک case از switch یا یک فیلد)، یا بردارید
diag-prose-syntax = فایل متن تجزیه نمی‌شود ({ $detail })
diag-prose-syntax-help = نحو Fluent را اینجا درست کنید: هر پیام «key = text» در آغاز یک سطر است، و سطرهای ادامه تورفتگی دارند
diag-prose-missing = { $file } پیام { $key } را ندارد
diag-prose-missing-help = «{ $key } = …» را به { $file } بیفزایید (glasshouse new NAME فایلی با همهٔ کلیدها می‌نویسد)
diag-prose-unknown-key = { $key } پیامی نیست که این سناریو به کار ببرد
diag-prose-unknown-key-help = املا را بررسی کنید؛ کلیدهای سناریو این‌هاست: { $expected }
diag-no-device = { $id } در { $at } هیچ دستگاهی برایش نمانده: همه گم شده‌اند
diag-no-device-help = پیش از این گام یک گام recover برای { $id } بیفزایید، یا دستگاه را دیرتر گم کنید
diag-push-service-unavailable = نخستین دستگاه { $id } ({ $device }) نمی‌تواند از راه { $service } پوش بگیرد: { $reason ->
    [f-droid] نسخهٔ F-Droid هیچ کد گوگلی ندارد، پس پوش گوگل ندارد
    [apple-device] آیفون یا آیپد فقط سرویس پوش اپل را دارد
    [android-device] سرویس پوش اپل فقط به دستگاه‌های اپل می‌رسد
   *[other] { $reason }
}
diag-push-service-unavailable-help = { $reason ->
    [f-droid] از push = "unifiedpush" همراه یک push_distributor (آنچه نسخه‌های F-Droid پیشنهاد می‌دهند) یا push = "none" (برنامه خودش پیام‌ها را بررسی می‌کند) استفاده کنید
    [apple-device] از push = "apple" یا push = "none" استفاده کنید
   *[other] روی گوشی اندروید از push = "google" یا "unifiedpush" استفاده کنید، یا push = "none"
}
diag-push-distributor-missing = { $id } از راه UnifiedPush پوش می‌گیرد، اما هیچ توزیع‌کننده‌ای نام برده نشده
diag-push-distributor-missing-help = push_distributor = "SERVER" را بیفزایید، سرورِ توزیع‌کننده‌ای که شخص برگزیده (مثلاً "ntfy.sh"): هر اعلانی را می‌بیند
