# ترجمة بمساعدة آلية (machine-assisted translation)؛ تحتاج إلى مراجعة من متحدث/ة أصلي/ة باللغة العربية.
# The simulator window (glasshouse-game), its Markdown export and the window commands.

ui-app-name = Glasshouse
ui-tagline = ما الذي يمكن لخصم أن يعرفه عنك على Matrix؟ اختر، شغّل، واكتشف — مع الأدلة.
ui-progress = السيناريوهات المكتملة: { $done } من { $total }
ui-start-first = ابدأ: { $title }
ui-library-empty = لم يتم تحميل أي سيناريو.
ui-open-scenarios = كل السيناريوهات
ui-open-explorer = مستكشف اللامركزية
ui-offline-note = كل شيء يعمل على هذا الحاسوب: بلا حساب وبلا شبكة. يُحفظ التقدم محليًا.
ui-settings = الإعدادات
ui-settings-key = مفتاح F2 يفتح الإعدادات ويغلقها
ui-back = رجوع
ui-back-key = Alt+← للرجوع
ui-continue-key = Alt+→ للمتابعة
ui-keys = Tab للتنقل بين عناصر التحكم · Space أو Enter للضغط · Alt+← / Alt+→ للرجوع والمتابعة · F2 للإعدادات
ui-start = ابدأ
ui-to-setup = الإعداد
ui-to-run = تشغيل السيناريو
ui-to-notebook = فتح دفتر ملاحظات الخصم
ui-to-debrief = الخلاصة
ui-to-scenarios = العودة إلى السيناريوهات
ui-step-briefing = الإحاطة
ui-step-setup = الإعداد
ui-step-run = التشغيل
ui-step-notebook = الدفتر
ui-step-debrief = الخلاصة
ui-yes = نعم
ui-no = لا
ui-nobody = لا أحد
ui-met = تحقق
ui-missed = لم يتحقق
ui-done = مكتمل
ui-minutes = { $minutes ->
    [one] دقيقة واحدة تقريبًا
    [two] دقيقتان تقريبًا
    [few] نحو { $minutes } دقائق
    [many] نحو { $minutes } دقيقة
   *[other] نحو { $minutes } د
}

ui-scenarios-title = السيناريوهات
ui-chapter-other = سيناريوهاتك
ui-reload-failed = في { $file } مشكلات؛ تبقى آخر نسخة سليمة قيد الاستخدام:

ui-story = القصة
ui-objectives = الأهداف
ui-you-control = ما يمكنك التحكم فيه

ui-setup-title = اختياراتك
ui-setup-intro = كل عنصر تحكم هو أحد اختيارات هذا السيناريو. غيّر واحدًا، شغّل، وقارن ما يعرفه الخصم.
ui-reset-choices = العودة إلى الإعدادات الافتراضية
ui-platform-matrix = خادم Matrix منزلي (homeserver)
ui-platform-signal-like = خدمة شبيهة بـ Signal
ui-platform-telegram-like = خدمة شبيهة بـ Telegram
ui-platform-discord-like = خدمة شبيهة بـ Discord
ui-server-country = الولاية القضائية للجهة المشغّلة: { $country }
ui-server-keeps-ips = يحتفظ بسجل لعناوين IP الخاصة بالعملاء لعدد أيام قدره { $days }
ui-server-keeps-device-ip = يحتفظ بآخر عنوان IP لكل جهاز
ui-server-shares-device-names = يرسل أسماء أجهزة مستخدميه إلى خوادم أخرى
ui-server-requires-email = التسجيل يتطلب بريدًا إلكترونيًا
ui-server-requires-phone = التسجيل يتطلب رقم هاتف
ui-server-requires-both = التسجيل يتطلب بريدًا إلكترونيًا ورقم هاتف
ui-server-requires-nothing = التسجيل لا يتطلب بريدًا إلكترونيًا ولا رقم هاتف
ui-server-presence-on = يشارك حالة الاتصال (الحضور)
ui-server-presence-off = حالة الحضور معطّلة
ui-type-name = اكتب اسمًا
ui-name-matches-own-handle = هذا هو اسمك العلني «{ $handle }» — أي شخص يرى اسم المستخدم الخاص بك يمكنه ربط هذا الحساب به.
ui-name-matches-handle = هذا يطابق الاسم العلني لـ { $person } «{ $handle }» — أي شخص يراه يمكنه الربط بينهما.
ui-name-matches-display-name = هذا هو الاسم الظاهر لـ { $person } — سيخلط الناس بينكما أو يربطون بينكما.
ui-name-unlinked = لا شيء في هذا السيناريو يربط هذا الاسم بأي شخص.
ui-name-not-offered = هذا السيناريو يعمل بإحدى هذه القيم: { $values }. يبقى اختيارك كما كان.
ui-name-suggestions = المقترح:
ui-error-unknown-scenario = لا يوجد سيناريو باسم { $name }.
ui-error-no-scenario = افتح سيناريو أولًا.
ui-error-run = فشلت المحاكاة: { $detail }. هذا خطأ برمجي في Glasshouse؛ يُرجى الإبلاغ عنه مع ملف السيناريو.

ui-play = ▶ تشغيل
ui-pause = ⏸ إيقاف مؤقت
ui-play-key = Space للتشغيل والإيقاف المؤقت
ui-step = ⏭ خطوة
ui-step-key = → للانتقال إلى اللحظة التالية التي ينتقل فيها شيء ما
ui-restart = ⟲ إعادة البدء
ui-to-end = ⏩ إلى النهاية
ui-speed = السرعة:
ui-timeline = اسحب للتنقل عبر التشغيل
ui-event-log = ما الذي يحدث
ui-log-request = { $at } · { $from } → { $to }: طلب ({ $what })
ui-log-pdu = { $at } · { $from } → { $to }: حدث في الغرفة { $what }
ui-log-edu = { $at } · { $from } → { $to }: { $what } (عابر)
ui-log-to-device = { $at } · { $from } → { $to }: رسالة من جهاز إلى جهاز { $what } (بهذه الطريقة تنتقل مفاتيح الغرف)
ui-log-backfill = { $at } · { $from } → { $to }: استدراك { $what }
ui-log-media = { $at } · { $from } → { $to }: جلب ملف مرفوع ({ $what }؛ حزمة مفاتيح، مشفّرة)
ui-log-adversary = { $at } · ⚠ { $kind }: { $target }. من الآن فصاعدًا يحتفظ الخصم بما وقع في يده.
ui-map-server-seized = (مُخترَق)
ui-map-node = الخادم { $server }. اختره لترى ما سيعرفه الخصم لو سقط.
ui-map-node-seized = الخادم { $server }، في يد الخصم.
ui-legend-request = جهازك ← خادمك
ui-legend-pdu = حدث في الغرفة بين الخوادم
ui-legend-edu = الكتابة، إيصالات القراءة، الحضور، قوائم الأجهزة
ui-legend-to-device = من جهاز إلى جهاز (مفاتيح الغرف)

ui-notebook-what-if = ماذا لو سقط { $server }
ui-notebook-empty = لم يعرف الخصم شيئًا هنا.
ui-reveal-all = إظهار الكل
ui-what-if-reset = العودة إلى خصم هذا السيناريو
ui-what-if = ماذا لو سقطت عقدة أخرى؟
ui-what-if-help = اختر خادمًا على الخريطة أو أدناه: يُعاد إعداد الدفتر كما لو أن ذلك الخادم كان مُخترَقًا منذ البداية.
ui-what-if-server = لو سقط { $server }
ui-finding = النتيجة
ui-found-by = اكتشفها: { $adversary }
ui-rule = لماذا يستطيع الخصم معرفة هذا
ui-evidence = الأدلة
ui-stored-ciphertext = كما يخزّنها الخادم — مشفّرة: يرى الخادم الغلاف، لا الكلمات.
ui-stored-plaintext = كما يخزّنها الخادم — بنص واضح.

ui-what-leaked = ما الذي تسرّب، ولماذا
ui-compare = المقارنة مع اختيارات أخرى
ui-compare-run = التشغيل بهذه الاختيارات
ui-compare-yours = تشغيلك
ui-compare-other = الاختيارات الأخرى
ui-compare-objectives = { $run }: الأهداف المتحققة { $met } من { $total }
ui-export = تصدير الخلاصة
ui-export-to = الملف (بدون امتداد):
ui-export-markdown = حفظ بصيغة Markdown
ui-export-json = حفظ بصيغة JSON
ui-export-no-path = اكتب أولًا مكان حفظ الملف.
ui-exported = حُفظ في { $path }
ui-export-failed = تعذّر حفظ { $path }: { $error }. اختر مجلدًا يمكنك الكتابة فيه.
ui-book = اقرأ المزيد
ui-open-chapter = افتح الفصل «{ $chapter }» في الكتاب
ui-opened = فُتح { $url }
ui-no-book = الكتاب غير متاح من هنا: شغّل «glasshouse book serve» في مجلد المشروع.

ui-explorer-title = مستكشف اللامركزية
ui-explorer-intro = اتحاد خوادم افتراضي: اختر عدد الخوادم، وكيف يتوزع المستخدمون عليها، وكم منها يسقط. مستخدمو الخادم الساقط تنكشف عناوين IP الخاصة بهم؛ وتنكشف الغرفة عندما يسقط أحد خوادمها.
ui-explorer-servers = الخوادم
ui-explorer-users = المستخدمون
ui-explorer-dist = كيف يتوزع المستخدمون
ui-explorer-uniform = بالتساوي
ui-explorer-zipf = قليل من الخوادم الكبيرة، وكثير من الصغيرة (Zipf)
ui-explorer-giant = خادم عملاق واحد
ui-explorer-exponent = الأُس
ui-explorer-share = حصة العملاق
ui-explorer-strategy = المهاجم يستولي على
ui-explorer-top = أكبر الخوادم أولًا
ui-explorer-random = خوادم عشوائية
ui-explorer-k = الخوادم المخترَقة
ui-explorer-result = ما الذي يسقط معها
ui-explorer-summary = عدد الخوادم المخترَقة: { $k }؛ عدد المستخدمين الذين انكشفت عناوين IP الخاصة بهم: { $users } ({ $users_pct } %)، وعدد الغرف المكشوفة: { $rooms } ({ $rooms_pct } %).
ui-explorer-line-users = المستخدمون الذين انكشف عنوان IP الخاص بهم
ui-explorer-line-rooms = الغرف المكشوفة
ui-explorer-axis = الخوادم المخترَقة (من 0 إلى { $max })
ui-explorer-axis-log = الخوادم المخترَقة (من 1 إلى { $max }، مقياس لوغاريتمي)

ui-language = اللغة
ui-text-size = حجم النص
ui-palette = الألوان
ui-palette-standard = قياسية
ui-palette-safe = مناسبة لعمى الألوان (Okabe–Ito)
ui-reduced-motion = تقليل الحركة (بلا حزم متنقلة)
ui-saved-where = يُحفظ التقدم والإعدادات في { $dir }
ui-forget = انسَني على هذا الحاسوب…
ui-forget-confirm = هل تريد مسح التقدم والاختيارات والإعدادات والملفات المصدَّرة المحفوظة؟
ui-forget-yes = مسح
ui-cancel = إلغاء
ui-forgotten = تم المسح.
ui-forget-failed = تعذّر المسح: { $error }

chapter-first-connection = اختيار خادم، وما الذي يحتفظ به
chapter-connecting = كيف تتصل
chapter-usernames = اختيار اسم مستخدم
chapter-second-accounts = الحسابات الثانية
chapter-many-servers = لماذا خوادم كثيرة
chapter-public-rooms = الغرف العامة
chapter-high-trust-rooms = غرف الثقة العالية
chapter-account-recovery = استرداد الحساب
chapter-what-others-know = ما يعرفه الآخرون
chapter-other-platforms = منصات أخرى

md-title = الخلاصة: { $title }
md-choices = الاختيارات: { $choices }
md-objectives = الأهداف
md-findings = ما عرفه الخصوم ({ $count })
md-rule = السبب: { $rule }
md-debrief = ما معنى ذلك

error-no-display = لا توجد شاشة لفتح النافذة عليها (المتغير DISPLAY غير مضبوط). كل ما عدا ذلك يعمل بدونها: glasshouse run وexplain وlist وcheck وscale وbook build. لالتقاط النافذة على خادم، شغّلها عبر xvfb-run، مثلًا: xvfb-run -a glasshouse screenshot first-connection --screen debrief --out debrief.png
error-window-size = «{ $size }» ليس حجمًا صالحًا للنافذة: اكتب WIDTHxHEIGHT، مثلًا 1280x800 (من 320x240 إلى 7680x4320).
screenshot-saved = حُفظ { $path }
error-screenshot-blank = خرجت اللقطة فارغة: لم يُرسم شيء. مع العرض البرمجي، جرّب WGPU_BACKEND=vulkan مع lavapipe من Mesa (في Debian: mesa-vulkan-drivers).
error-screenshot-write = تعذّرت كتابة { $path }: { $error }. اختر مجلدًا يمكنك الكتابة فيه.
error-screenshot-timeout = لم تصل النافذة إلى تلك الشاشة قط. شغّل الأمر نفسه مع RUST_LOG=info لمعرفة السبب.
error-screenshot-refused = رفض السيناريو أن يُفتح: { $detail }

bench-first-frame = من البدء حتى أول إطار مرسوم: { $ms } ms
bench-screen = { $screen }: الإطارات { $frames }، p50 { $p50 } ms، p99 { $p99 } ms، الحد الأقصى { $max } ms (أنظمة العالم الرئيسي لكل إطار)
book-web-built = المحاكي الخاص بالمتصفح موجود في { $path } ({ $mb } MB من WebAssembly، بُني في { $s } s).
ui-language-rtl = { $language }: لا تستطيع هذه النافذة بعدُ عرض النص من اليمين إلى اليسار (egui، الأداة التي تُرسم بها، لا تدعم النص ثنائي الاتجاه)، لذلك قد تظهر الكلمات بترتيب خاطئ. العب في متصفحك بدلًا من ذلك: زر «Play in your browser» في صفحة كل سيناريو في الكتاب.

# The debrief screen and map (issue 17).
ui-learned-about-you = { $count ->
    [zero] ما عرفوه عنك (لا شيء)
    [one] ما عرفوه عنك (أمر واحد)
    [two] ما عرفوه عنك (أمران)
    [few] ما عرفوه عنك ({ $count } أمور)
    [many] ما عرفوه عنك ({ $count } أمرًا)
   *[other] ما عرفوه عنك (عدد الأمور: { $count })
}
ui-learned-about-you-nothing = ما عرفوه عنك: لا شيء. لم يعرف أيٌّ من الخصوم أي شيء عنك.
ui-everyone-else = { $count ->
    [zero] بقية الأشخاص (لا أحد)
    [one] بقية الأشخاص (شخص واحد)
    [two] بقية الأشخاص (شخصان)
    [few] بقية الأشخاص ({ $count } أشخاص)
    [many] بقية الأشخاص ({ $count } شخصًا)
   *[other] بقية الأشخاص (عددهم: { $count })
}
ui-items-count = { $count ->
    [zero] لم يُعرف شيء في هذه المجموعة
    [one] أمر واحد عُرف في هذه المجموعة
    [two] أمران عُرفا في هذه المجموعة
    [few] { $count } أمور عُرفت في هذه المجموعة
    [many] { $count } أمرًا عُرف في هذه المجموعة
   *[other] عدد الأمور المعروفة في هذه المجموعة: { $count }
}
ui-evidence-count = عرض الأدلة ({ $count })
ui-select-group = اختر مجموعة على اليسار لترى ما تستند إليه.
ui-what-to-change = ما الذي ينبغي تغييره
ui-what-to-change-help = لكل مجموعة: الاختيارات في هذا السيناريو التي كانت ستُخفيها عنهم، وما الذي تفعله الآن في الحياة الواقعية.
ui-do-now = افعل هذا الآن:
ui-do-now-how = الطريقة، في الكتاب ←
ui-compare-groups-help = اختر قيمًا أخرى وشغّل مجددًا: كل مجموعة مما يعرفونه عنك، جنبًا إلى جنب.
ui-compare-changed = ما الذي يتغيّر
ui-compare-gone = ✔ لم يعد: { $item }
ui-compare-new = ✘ بدلًا من ذلك: { $item }
ui-compare-nothing = لا شيء
ui-compare-same = كما هو
ui-notebook-groups-title = دفتر ملاحظات الخصم
ui-notebook-groups-help = ما يعرفه الخصم، مجمّعًا بحسب معناه، أولًا بأول (مجموع النتائج: { $count }). اختر مجموعة لترى أدلتها.
ui-learning-now = ما عرفوه حتى الآن
ui-learning-nothing-yet = لا شيء بعد.
ui-learning-others = … وأمور أخرى (عددها { $count }) عن أشخاص آخرين (عددهم { $people })
ui-map-you = أنت
ui-legend-you = أنت (نجمة)
ui-legend-server-size = خادم: كلما كبر، زاد عدد الأشخاص عليه
ui-legend-compromised = خادم مخترَق (أحمر، علامة تحذير)
