# ترجمة بمساعدة آلية (machine-assisted translation)؛ تحتاج إلى مراجعة من متحدث/ة أصلي/ة باللغة العربية.
# Scenario diagnostics: diag-<code> says what is wrong, diag-<code>-help what to do.

diag-toml-syntax = هذا ليس TOML صالحًا: { $detail }
diag-toml-syntax-help = أصلح صياغة TOML هنا (علامات الاقتباس، الأقواس، «key = value»)؛ الأمر `glasshouse check FILE` يعيد فحصها
diag-unknown-field = حقل غير معروف: { $detail }
diag-unknown-field-help = احذف الحقل أو صحّح تهجئته؛ مرجع صيغة السيناريو يسرد كل الحقول
diag-missing-field = حقل مطلوب مفقود: { $detail }
diag-missing-field-help = أضف الحقل المفقود إلى هذا الجدول
diag-wrong-type = نوع قيمة خاطئ: { $detail }
diag-wrong-type-help = اكتب القيمة بالنوع المتوقع (علامات اقتباس للنص، true/false، أعداد صحيحة، [قوائم])
diag-invalid-id = «{ $id }» ليس معرّفًا صالحًا
diag-invalid-id-help = استخدم حروفًا لاتينية صغيرة وأرقامًا و«-» و«_» (معرّفات الأجهزة: حروف وأرقام و«-» و«_»)، بحد أقصى 64 حرفًا
diag-duplicate-id = المعرّف «{ $id }» من نوع { $kind } مستخدم مرتين
diag-duplicate-id-help = أعطِ كل { $kind } معرّفًا خاصًا به
diag-no-servers = لا خوادم في السيناريو
diag-no-servers-help = أضف جدول [[servers]] واحدًا على الأقل فيه اسم
diag-no-learner = لا يوجد شخص هو المتعلم
diag-no-learner-help = علّم حساب المتعلم نفسه بـ «learner = true» في [[people]]
diag-many-learners = «{ $id }» متعلم ثانٍ
diag-many-learners-help = مدخل واحد فقط في [[people]] يمكن أن يحمل «learner = true»؛ استخدم alias_of للحساب الثاني للمتعلم
diag-invalid-server-name = «{ $value }» ليس اسم خادم صالحًا
diag-invalid-server-name-help = استخدم اسم مضيف مثل «chat.example» (حروف صغيرة، أرقام، نقاط، شرطات)، مع «:port» اختياريًا
diag-invalid-username = «{ $value }» ليس جزءًا محليًا (localpart) صالحًا في Matrix
diag-invalid-username-help = استخدم حروفًا لاتينية صغيرة وأرقامًا و . _ = - / +
diag-duplicate-account = حسابان سيكون كلاهما { $mxid }
diag-duplicate-account-help = غيّر اسم المستخدم أو الخادم لأحدهما
diag-invalid-ip = «{ $value }» ليس عنوان IP
diag-invalid-ip-help = اكتب عنوان IPv4 أو IPv6؛ استخدم نطاقات التوثيق مثل 203.0.113.0/24
diag-invalid-value = «{ $value }» غير مسموح به هنا
diag-invalid-value-help = استخدم واحدًا من: { $allowed }
diag-unknown-server = لا يوجد خادم «{ $name }»
diag-unknown-server-help = عرّفه في [[servers]] أو استخدم واحدًا من: { $known }
diag-unknown-person = لا يوجد شخص «{ $id }»
diag-unknown-person-help = عرّفه في [[people]] أو استخدم معرّفًا موجودًا
diag-unknown-room = لا توجد غرفة «{ $id }»
diag-unknown-room-help = عرّفها في [[rooms]] أو استخدم واحدة من: { $known }
diag-unknown-adversary = لا يوجد خصم «{ $id }»
diag-unknown-adversary-help = عرّفه في [[adversaries]] بهذا المعرّف، أو استخدم واحدًا من: { $known }
diag-unknown-message = لا توجد رسالة سابقة بالتسمية «{ $label }» في الغرفة { $room }
diag-unknown-message-help = أعطِ خطوة «say» السابقة في تلك الغرفة «label = “{ $label }”» أو أصلح التسمية
diag-unknown-device = ليس لدى { $person } جهاز «{ $id }»
diag-unknown-device-help = سمِّ أحد أجهزة الشخص، أو أضفه بخطوة new_device
diag-duplicate-device = معرّف الجهاز «{ $id }» مستخدم مرتين لهذا الحساب
diag-duplicate-device-help = أعطِ كل جهاز في الحساب معرّفًا خاصًا به (الجهاز المفقود أو الذي سُجّل خروجه يحتفظ بمعرّفه)
diag-unknown-choice = «{"{"}{ $key }{"}"}» لا يسمّي أي اختيار
diag-unknown-choice-help = عرّفه تحت [choices]، مثلًا { $key } = { "{" } values = [...], default = ... { "}" }
diag-choice-empty = الاختيار { $key } بلا قيم
diag-choice-empty-help = اذكر قيمة واحدة على الأقل في «values»
diag-choice-no-default = الاختيار { $key } بلا قيمة افتراضية
diag-choice-no-default-help = أضف «default = …» بإحدى قيمه؛ تُستخدم حين لا يختار المتعلم
diag-choice-default-not-allowed = القيمة الافتراضية «{ $value }» لـ { $key } ليست من قيمه
diag-choice-default-not-allowed-help = استخدم واحدة من: { $allowed }
diag-choice-duplicate-value = { $key } يذكر القيمة «{ $value }» مرتين
diag-choice-duplicate-value-help = احذف القيمة المكررة
diag-choice-unused = الاختيار { $key } غير مستخدم أبدًا
diag-choice-unused-help = استخدمه بالشكل «{"{"}{ $key }{"}"}» في حقل، أو احذفه
diag-choice-mixed-types = { $key } يخلط قيمًا من نوع { $expected } وقيمًا من نوع { $found }
diag-choice-mixed-types-help = كل قيم الاختيار يجب أن تكون من النوع نفسه
diag-invalid-time = «{ $value }» ليس وقتًا
diag-invalid-time-help = اكتب H:MM أو H:MM:SS أو «Nd H:MM» (بعد N يوم)، مثلًا "0:05" أو "30d 9:00"
diag-time-backwards = هذه الخطوة في { $at } تأتي بعد خطوة في { $previous }
diag-time-backwards-help = حافظ على ترتيب النص زمنيًا
diag-step-no-action = هذه الخطوة لا تفعل شيئًا
diag-step-no-action-help = أضف إجراءً واحدًا: say أو react أو read أو typing أو presence أو join أو leave أو connect أو new_device أو verify أو server_down أو server_up أو inject_device أو add_puppet
diag-step-many-actions = هذه الخطوة فيها أكثر من إجراء
diag-step-many-actions-help = قسّمها إلى خطوة [[script]] واحدة لكل إجراء
diag-server-offline = { $name } متوقف في { $at }، لذا لا يمكن أن يحدث هذا
diag-server-offline-help = انقل الخطوة إلى ما بعد server_up المقابلة، أو شغّل الخادم في وقت أبكر
diag-server-already-offline = { $name } متوقف أصلًا
diag-server-already-offline-help = احذف server_down هذه أو أضف server_up قبلها
diag-server-already-online = { $name } يعمل أصلًا
diag-server-already-online-help = احذف server_up هذه أو أضف server_down قبلها
diag-not-a-member = { $id } ليس عضوًا في { $room } في هذه اللحظة
diag-not-a-member-help = أضفه إلى أعضاء الغرفة، أو أضف خطوة join قبل هذه الخطوة
diag-already-member = { $id } عضو أصلًا في { $room }
diag-already-member-help = احذف العضوية المكررة
diag-room-no-members = الغرفة { $id } بلا أعضاء
diag-room-no-members-help = اذكر عضوًا واحدًا على الأقل؛ العضو الأول ينشئ الغرفة
diag-missing-required-contact = يجب أن يربط { $id } ‏{ $medium } على { $server } لكن ليس لديه أي منهما
diag-missing-required-contact-help = أعطِ الشخص { $medium } ‏(email = "…" / phone = "…") أو اختر خادمًا لا يتطلبه
diag-contact-already-bound = يربط { $id } العنوان { $address } على { $server }، الذي يربطه أصلًا بـ { $first }: الخادم يربط البريد الإلكتروني أو رقم الهاتف بحساب واحد فقط، لذا يرفض Synapse الحساب الثاني
diag-contact-already-bound-help = ضع الحساب الثاني على خادم آخر، أو أعطه عنوانًا آخر، أو لا تربط أي عنوان (bind_email = false / bind_phone = false)
diag-call-not-one-to-one = في { $room } عدد الأعضاء { $count }: المكالمة هنا مكالمة ثنائية، مع العضو الآخر الوحيد في غرفة من شخصين (محادثة مباشرة)
diag-call-not-one-to-one-help = أجرِ المكالمة في غرفة فيها عضوان بالضبط في ذلك الوقت، مثلًا محادثة مباشرة أُنشئت للشخصين
diag-passphrase-without-recovery = لدى { $id } عبارة مرور للاسترداد لكن بلا مفتاح استرداد: عبارة المرور لا تفتح إلا مفتاح استرداد (Secure Backup)
diag-passphrase-without-recovery-help = اضبط recovery_key = true لهذا الشخص، أو احذف recovery_passphrase
diag-adversary-no-kind = هذا الخصم بلا نوع
diag-adversary-no-kind-help = أضف واحدًا من: compromise، malicious_admin، insider، network_observer، seized_device، push_gateway، contact_lookup، identity_server
diag-adversary-many-kinds = لهذا الخصم أكثر من نوع
diag-adversary-many-kinds-help = عرّف جدول [[adversaries]] واحدًا لكل نوع
diag-adversary-wrong-kind = { $id } ليس من نوع { $needed }
diag-adversary-wrong-kind-help = وحده الخصم من نوع malicious_admin يستطيع حقن الأجهزة وإضافة حسابات دمية
diag-adversary-too-early = { $id } يتصرف في { $at } لكنه لا يبدأ إلا في { $starts }
diag-adversary-too-early-help = انقل الخطوة إلى وقت لاحق أو اجعل الخصم يبدأ أبكر (at = …)
diag-admin-foreign-account = { $id } موجود على { $server }، لا على خادم المدير { $admin_server }
diag-admin-foreign-account-help = الخادم لا يستطيع إضافة أجهزة إلا لمستخدميه هو (FACTS §3)؛ اختر حسابًا على { $admin_server }
diag-reset-signs-own-device = «{ $id }» أحد أجهزة { $who } نفسه، وليس جهازًا أضافه المدير: إعادة ضبط الهوية توقّع جهاز المدير
diag-reset-signs-own-device-help = سمِّ الجهاز الذي أضافته خطوة inject_device سابقة إلى { $who }، أو معرّفًا جديدًا لجهاز تضيفه إعادة الضبط
diag-account-missing = ليس لـ { $id } حساب في هذا التشغيل
diag-account-missing-help = الحساب غير موجود مع هذه الاختيارات (exists = false)؛ اختر حسابًا موجودًا
diag-unknown-finding = «{ $value }» ليس رمز نتيجة
diag-unknown-finding-help = استخدم واحدًا من: { $known }
diag-objective-no-condition = الهدف { $id } بلا شرط
diag-objective-no-condition-help = أضف adversary_must_not_learn = { "{" } … { "}" } أو adversary_learns = { "{" } … { "}" }
diag-objective-many-conditions = للهدف { $id } شرطان
diag-objective-many-conditions-help = قسّمه إلى هدفين
diag-self-verification = لا يستطيع { $id } التحقق من نفسه
diag-self-verification-help = اذكر أشخاصًا آخرين هنا
diag-unknown-chapter = «{ $chapter }» ليس فصلًا من فصول الكتاب
diag-unknown-chapter-help = استخدم واحدًا من: { $known }
diag-switch-malformed = هذا المبدّل (switch) ليس بالشكل { "{" } choice = "…", cases = { "{" } … { "}" } { "}" }
diag-switch-malformed-help = اكتبه بالشكل { "{" } choice = "KEY", cases = { "{" } VALUE = …, OTHER = … { "}" } { "}" }، مع حالة واحدة لكل قيمة من قيم الاختيار ولا شيء غير ذلك
diag-switch-case-missing = المبدّل على { $key } بلا حالة للقيمة { $value }
diag-switch-case-missing-help = أضف { $value } = … إلى حالاته (القوائم تُكتب مفصولة بفواصل، مثلًا "dana,kit")
diag-switch-case-unknown = المبدّل على { $key } فيه حالة «{ $value }» لا يمكن أن يأخذها الاختيار
diag-switch-case-unknown-help = قيم الاختيار هي { $allowed }؛ أعد تسمية الحالة أو احذفها
diag-choice-value-unused = القيمة { $value } لـ { $key } تبني العالم نفسه تمامًا الذي تبنيه { $same }
diag-choice-value-unused-help = يجب أن يُحدث اختيار المتعلم فرقًا: استخدم القيمة في مكان ما (حالة في مبدّل أو حقل)، أو احذفها
diag-prose-syntax = ملف النصوص لا يمكن تحليله ({ $detail })
diag-prose-syntax-help = أصلح صياغة Fluent هنا: الرسالة هي «key = text» في بداية السطر، وأسطر المتابعة تبدأ بمسافة بادئة
diag-prose-missing = ليس في { $file } الرسالة { $key }
diag-prose-missing-help = أضف «{ $key } = …» إلى { $file } (الأمر glasshouse new NAME يكتب ملفًا فيه كل المفاتيح)
diag-prose-unknown-key = { $key } ليست رسالة يستخدمها هذا السيناريو
diag-prose-unknown-key-help = تحقق من التهجئة؛ مفاتيح السيناريو هي: { $expected }
diag-no-device = لم يبقَ لدى { $id } أي جهاز في { $at }: فُقدت كلها
diag-no-device-help = أضف خطوة recover لـ { $id } قبل هذه الخطوة، أو اجعل فقدان الجهاز لاحقًا
diag-push-service-unavailable = الجهاز الأول لـ { $id } ‏({ $device }) لا يستطيع تلقي الإشعارات عبر { $service }: { $reason ->
    [f-droid] نسخة F-Droid لا تحمل أي شيفرة من Google، فلا إشعارات عبر Google
    [apple-device] iPhone أو iPad لا يملك إلا خدمة الإشعارات من Apple
    [android-device] خدمة الإشعارات من Apple لا تصل إلا إلى أجهزة Apple
   *[other] { $reason }
}
diag-push-service-unavailable-help = { $reason ->
    [f-droid] استخدم push = "unifiedpush" مع push_distributor (وهو ما تتيحه نسخ F-Droid)، أو push = "none" (يتحقق التطبيق من الرسائل بنفسه)
    [apple-device] استخدم push = "apple"، أو push = "none"
   *[other] استخدم push = "google" أو "unifiedpush" على هاتف Android، أو push = "none"
}
diag-push-distributor-missing = يتلقى { $id } الإشعارات عبر UnifiedPush، لكن لم يُذكر أي موزّع
diag-push-distributor-missing-help = أضف push_distributor = "SERVER"، أي خادم الموزّع الذي اختاره الشخص (مثلًا "ntfy.sh"): إنه يرى كل إشعار
