# ترجمة بمساعدة آلية (machine-assisted translation)؛ تحتاج إلى مراجعة من متحدث/ة أصلي/ة باللغة العربية.
# The live class (`glasshouse class`): the learners' pages, the trainer's page and the refusals.
class-title = صف Glasshouse
class-join-intro = اكتب الرمز المعروض على جهاز العرض واسمًا لهذا اليوم. استخدم اسمًا مختلَقًا: الصف كله يراه.
class-join-code = رمز الصف
class-join-pseudonym = اسمك لهذا اليوم
class-join-button = انضم إلى الصف
class-you-are = أنت { $pseudonym }.
class-phase-joining = اختر حسابك في الأسفل. ستبدأ المحادثة قريبًا.
class-phase-chat = الغرفة مفتوحة: قل شيئًا بكلماتك الخاصة.
class-phase-closed = أُغلقت المحادثة. انتظر المدرّب.
class-phase-raided = حدث شيء للاتحاد (federation). انتظر الكشف.
class-phase-revealed = هذا ما عُرف عنك.
class-phase-replay = غيّر اختياراتك إن شئت؛ سيُعاد تشغيل الصف.
class-account-heading = حسابك
class-username = اسم المستخدم (حروف لاتينية صغيرة وأرقام و . _ = -)
class-display-name = الاسم الظاهر
class-choose-button = احفظ حسابي
class-room-heading = غرفة الورشة
class-room-empty = لا رسائل بعد.
class-say-label = رسالتك
class-say-button = أرسل
class-react-label = تفاعل
class-debrief-heading = ما عرفوه عنك
class-debrief-waiting = انضممت بعد هذه الجولة: ستصلك الخلاصة مع الجولة التالية.
class-field-pseudonym = اسمك لهذا اليوم
class-field-username = اسم المستخدم
class-field-display-name = الاسم الظاهر
class-field-message = الرسالة
class-refused-empty = يُرجى ملء { $field }.
class-refused-too-long = { $field } طويل جدًا: عدد الحروف { $length }، والحد الأقصى { $max }.
class-refused-direction = يحتوي { $field } على حروف غير مرئية تعكس اتجاه النص؛ يُرجى كتابته مجددًا من دونها.
class-refused-control = يحتوي { $field } على حروف تحكّم أو فواصل أسطر؛ يُرجى كتابته في سطر واحد.
class-refused-username = لا يمكن أن يحتوي اسم المستخدم إلا على حروف لاتينية صغيرة وأرقام و . _ = -
class-refused-username-taken = اسم المستخدم هذا مأخوذ؛ اختر اسمًا آخر.
class-refused-pseudonym-taken = شخص في الصف يستخدم هذا الاسم بالفعل؛ اختر اسمًا آخر.
class-refused-code = هذا ليس رمز هذا الصف. تحقّق من جهاز العرض وحاول مجددًا.
class-refused-code-rate = كُتبت رموز خاطئة كثيرة للتو؛ انتظر دقيقة وحاول مجددًا.
class-refused-full = الصف ممتلئ ({ $max } شخصًا). اسأل المدرّب.
class-refused-token = تعذّر الانضمام؛ يُرجى المحاولة مجددًا.
class-refused-not-joined = انضم إلى الصف أولًا.
class-refused-phase = ليس الآن: الصف في خطوة «{ $phase }».
class-refused-phase-unknown = هذه الخطوة غير موجودة.
class-refused-choice = «{ $choice }» ليس من اختياراتك.
class-refused-value = «{ $value }» ليست قيمة ممكنة لـ { $choice }.
class-refused-message = هذه الرسالة غير موجودة.
class-refused-messages = أرسلت الحد الأقصى من الرسائل المسموح به للشخص الواحد في هذا الصف ({ $max }).
class-refused-reaction = هذا التفاعل غير ممكن (أو سبق أن أضفته).
class-refused-reactions = أضفت الحد الأقصى من التفاعلات المسموح به للشخص الواحد في هذا الصف ({ $max }).
class-refused-rate = على مهلك: الحد الأقصى { $max } من الرسائل في الدقيقة.
class-refused-body = ما أُرسل كبير جدًا (الحد الأقصى { $max } بايت).
class-refused-body-read = تعذّرت قراءة ما أُرسل؛ يُرجى المحاولة مجددًا.
class-refused-busy = خادم الصف مشغول؛ حاول مجددًا بعد لحظة.
class-refused-not-found = لا توجد صفحة كهذه.
class-refused-trainer-key = هذا يتطلب مفتاح المدرّب.
class-refused-no-learners = لم ينضم أحد بعد.
class-refused-adversary = «{ $adversary }» ليس خصمًا في هذا السيناريو.
class-refused-raid-running = المداهمة ما زالت جارية؛ اكشف النتائج بعد لحظة.
class-refused-raid-failed = تعذّر تنفيذ المداهمة: { $error }
class-refused-journal = تعذّر حفظ الصف على القرص ({ $error })؛ لم يتغير شيء.
class-refused-journal-start = الصف المحفوظ لا يبدأ كما يجب أن يبدأ الصف.
class-refused-journal-scenario = الصف المحفوظ يعود إلى السيناريو «{ $scenario }»، لا إلى هذا السيناريو.
class-journal-io = تعذّرت قراءة { $path } أو الكتابة فيه: { $error }
class-journal-exists = يوجد صف محفوظ بالفعل في { $path }. تابعه باستخدام --resume، أو امسحه باستخدام --forget.
class-journal-missing = لا يوجد صف محفوظ في { $path }.
class-journal-corrupt = السطر { $line } من { $path } تالف؛ لا يمكن متابعة الصف منه.
class-journal-replay = السطر { $line } من { $path } لا يتوافق مع الصف ({ $reason })؛ هل عُدّل الملف، أم أنه يعود إلى سيناريو آخر؟
class-listen-failed = تعذّر الاستماع للصف: { $error }
class-trainer-heading = المدرّب
class-trainer-key = مفتاح المدرّب (مطبوع في الطرفية)
class-trainer-login = افتح صفحة المدرّب
class-trainer-code = رمز الانضمام: { $code }
class-trainer-learners = انضم { $count } من المتعلّمين، من أصل { $max } كحد أقصى.
class-trainer-to-joining = افتح الانضمام
class-trainer-to-chat = ابدأ المحادثة
class-trainer-to-closed = أغلق المحادثة
class-trainer-to-replay = غيّر وأعد التشغيل
class-trainer-adversary = الخصم
class-trainer-raid = داهِم
class-trainer-reveal = اكشف
class-trainer-raid-running = المداهمة جارية…
class-trainer-raid-failed = فشلت المداهمة: { $error }
class-trainer-export-heading = تصدير
class-trainer-export = السيناريو (مع استبدال الرسائل)
class-trainer-export-keep = السيناريو (مع الإبقاء على الرسائل)
class-trainer-summary = ملخص الصف (JSON)
class-summary-heading = الجولة { $round }: { $adversary }
class-summary-server = الخادم
class-summary-learners = المتعلّمون
class-summary-home-ips = عناوين المنازل
class-summary-contacts = عناوين بريد إلكتروني أو أرقام هواتف
class-summary-public-handles = الأسماء العلنية
class-summary-linked-accounts = الحسابات المربوطة
class-summary-readable-messages = الرسائل القابلة للقراءة
class-trainer-summary-md = ملخّص الصف (Markdown)
class-md-title = ملخّص الصف: { $title }
class-md-counts = المشاركون: { $learners }. الرسائل في الغرفة: { $messages }.
class-md-anonymous = أعداد فقط: لا يُذكر اسم أحد.
class-md-no-raid = لم تحدث أي مداهمة بعد.
class-md-running = ما زال حساب ما عرفته المداهمة جاريًا.
class-md-what-it-means = ماذا يعني ذلك
class-md-discuss = للنقاش
class-projector-title = جهاز العرض
class-projector-join = انضمّ عبر { $url } بالرمز { $code }
class-projector-learners = المشاركون: { $count }، الرسائل في الغرفة: { $messages }
class-projector-on-server = { $count ->
    [zero] لا مشاركين
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
class-projector-before-after = قبل وبعد: الجدول الأول هو الجولة السابقة.
class-projector-anonymous = أعداد فقط: لا يُذكر اسم أحد على هذه الشاشة.
class-trainer-projector = صفحة جهاز العرض
class-reconnecting = جارٍ إعادة الاتصال بالصف… ستلحق صفحتك بالمستجدات وحدها.
