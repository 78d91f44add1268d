# Machine-assisted translation (Arabic): needs review by a native speaker.
# الكلمات الخاصة بمشغّل المتصفح (player/, player/www/).

player-language-name = العربية
player-title = Glasshouse
player-skip = انتقل إلى المحتوى
player-language = اللغة
player-loading = جارٍ تحميل المحاكي…
player-load-failed = تعذّر تشغيل المحاكي في هذا المتصفح. أعد تحميل الصفحة للمحاولة مجددًا، أو استخدم جداول الكتاب ونافذة سطح المكتب.
player-steps-label = الخطوات
player-step-scenarios = السيناريوهات
player-step-briefing = الإحاطة
player-step-setup = الخيارات
player-step-run = التشغيل
player-step-notebook = الدفتر
player-step-debrief = الحصيلة
player-current-step = (الخطوة الحالية)
player-scenarios-heading = اختر سيناريو
player-scenarios-intro = كل سيناريو تمرين قصير. تتخذ بعض الخيارات، وتشاهد ما يحدث، ثم ترى ما عرفه خصمٌ عنك.
player-minutes = { $minutes } دقيقة
player-completed = مكتمل
player-open = افتح { $title }
player-briefing-heading = الإحاطة
player-continue = متابعة
player-back = رجوع
player-setup-heading = خياراتك
player-setup-intro = اختر إجابة واحدة لكل سؤال. الإجابات المعتادة للسيناريو محددة مسبقًا.
player-objectives-heading = ما تحاول تحقيقه
player-start = ابدأ التشغيل
player-running = تجري المحاكاة على هذا الجهاز…
player-error-summary = هناك مشكلة
player-run-heading = التشغيل
player-map-heading = خريطة الخوادم والأشخاص والغرف
player-map-summary = الخريطة على شكل قائمة
player-map-legend-server = مربع: خادم
player-map-legend-you = إطار سميك: أنت
player-map-legend-compromised = خطوط حمراء: في يد خصم
player-map-legend-encrypted = قفل: غرفة مشفّرة
player-map-taken = في يد خصم
player-rooms-heading = الغرف
player-controls = التشغيل
player-play = تشغيل
player-pause = إيقاف مؤقت
player-step = خطوة
player-restart = من البداية
player-to-end = انتقل إلى النهاية
player-speed = السرعة
player-speed-slow = بطيئة
player-speed-normal = عادية
player-speed-fast = سريعة
player-clock = الوقت في السيناريو: { $at } من { $end }
player-log-heading = ما يحدث
player-log-empty = لم يحدث شيء بعد. اضغط «تشغيل» أو «خطوة».
player-log-same-moment = …و{ $count } غيرها في اللحظة نفسها.
player-run-done = انتهى التشغيل. يعرض الدفتر ما عرفه الخصوم.
player-to-notebook = افتح الدفتر
player-notebook-heading = دفتر الخصوم
player-notebook-intro = ما عرفه الخصوم، مجموعةً بعد مجموعة، بالترتيب الذي وصل به إليهم.
player-notebook-empty = لا شيء بعد: لم يبدأ أي خصم.
player-notebook-hidden = تظهر { $count } مجموعات أخرى مع تقدّم التشغيل.
player-notebook-about = عن { $name }
player-to-debrief = اعرض الحصيلة
player-debrief-heading = ما عرفوه
player-your-choices = خياراتك
player-lesson-heading = الدرس
player-evidence = الأدلة ({ $count })
player-objectives-result = أهدافك
player-objective-met = تحقق
player-objective-missed = لم يتحقق
player-try-again = غيّر خياراتك وشغّل من جديد
player-other-scenario = اختر سيناريو آخر
player-book-link = اقرأ الفصل في الكتاب
player-forget = انسَني
player-forget-done = حُذف تقدّمك على هذا الجهاز.
player-privacy = كل شيء يعمل على هذا الجهاز. لا يُرسل شيء إلى أي مكان؛ يبقى تقدّمك في هذا المتصفح فقط، حتى تضغط «انسَني».
player-none = لا شيء
player-you-named = أنت ({ $name })

player-error-unknown-scenario = لا يوجد سيناريو باسم «{ $scenario }» في هذا المشغّل. اختر واحدًا من القائمة.
player-error-run = توقفت المحاكاة: { $error }
player-error-choices = تعذّرت قراءة الخيارات: { $error }
player-error-choose = اختر إجابة عن «{ $label }».

player-map-server = الخادم { $server }، { $count ->
    [one] حساب واحد
    [two] حسابان
   *[other] عدد الحسابات: { $count }
}.
player-map-server-yours = حسابك هنا.
player-map-compromised-at = في يد خصم منذ { $at }.
player-map-person = { $name }، على { $server }.
player-map-watched-at = تحت مراقبة خصم منذ { $at }.
player-map-room = الغرفة «{ $room }»، غير مشفّرة: عدد الأعضاء { $count } على { $servers ->
    [one] خادم واحد
    [two] خادمين
   *[other] { $servers } خوادم
}.
player-map-room-encrypted = الغرفة «{ $room }»، مشفّرة: عدد الأعضاء { $count } على { $servers ->
    [one] خادم واحد
    [two] خادمين
   *[other] { $servers } خوادم
}.

player-what-message = رسالة
player-what-encrypted = رسالة مشفّرة
player-what-member = تغييرًا في الأعضاء
player-what-reaction = تفاعلًا
player-what-redaction = حذفًا
player-what-typing = إشعار كتابة
player-what-receipt = إشعار قراءة
player-what-presence = حالة اتصال
player-what-device-list = تغييرًا في قائمة الأجهزة
player-what-call = إشارة مكالمة
player-what-room-state = تغييرًا في إعدادات الغرفة
player-what-other = إشعارًا

player-log-request = تطبيق { $from } يتصل بـ { $to }.
player-log-pdu = يستلم { $to } { $what } من { $from }.
player-log-pdu-room = يستلم { $to } { $what } في «{ $room }» من { $from }.
player-log-edu = يستلم { $to } { $what } من { $from }.
player-log-to-device = ينقل { $to } رسالة خاصة بين الأجهزة من { $from } (هكذا تنتقل مفاتيح التشفير).
player-log-backfill = يستدرك { $to } ما فاته ({ $what }) من { $from }.
player-log-media = يجلب { $to } ملفًا مشفّرًا من { $from }.
player-log-adversary = تحذير: { $kind } { $target }. من الآن يملك الخصم كل ما هناك.
