# ترجمة بمساعدة آلية (machine-assisted translation)؛ تحتاج إلى مراجعة من متحدث/ة أصلي/ة باللغة العربية.
# What adversaries learn: one message per finding code, one per rule.

finding-ip-address = اتصل { $account } من { $ip } ({ $ip_kind })، آخر مرة في { $last_seen }، باستخدام { $user_agents }
finding-ip-address-seen = استخدم { $account } العنوان { $ip } ({ $ip_kind }) في { $last_seen }
finding-contact-detail = الحساب { $account } مرتبط به { $medium } { $address }
finding-public-handle = الحساب { $account } يطابق الاسم العلني { $handle }
finding-device-list = الحساب { $account } لديه الأجهزة { $devices }
finding-session-token = لدى الخصم رموز الوصول (access tokens) الخاصة بـ { $account } (الأجهزة { $devices }) ويمكنه التصرف باسمه
finding-room-membership = الحساب { $account } في حالة «{ $membership }» في الغرفة { $room } منذ { $since }
finding-profile = الحساب { $account } يعرض الاسم «{ $display_name }» والصورة الرمزية { $avatar }
finding-social-link = الحساب { $account } يتشارك الغرف { $rooms } مع { $contacts }
finding-message-plaintext = كتب { $account } في { $room }: «{ $text }» (قُرئت عبر { $via })
finding-message-metadata = { $event_kind ->
    [m-room-redaction] حذف { $account } إحدى رسائله في { $room } في { $at }: الحذف نفسه حدث (event) يحتفظ به كل خادم، ويذكر الرسالة المحذوفة
   *[other] أرسل { $account } رسالة مشفّرة في { $room } في { $at } ({ $size } بايت من النص المشفّر)
}
finding-relation = أرسل { $account } ‏{ $rel_type } إلى { $target } في { $room } { $key }
finding-presence = كان { $account } بحالة { $state } في { $at } (الحالة: { $status })
finding-read-receipt = قرأ { $account } الغرفة { $room } حتى { $event_id } في { $at }
finding-typing = كان { $account } يكتب في { $room } في { $at }
finding-account-link = يبدو أن { $account } و{ $other_account } هما الشخص نفسه ({ $via })
finding-traffic = اتصل { $subject } بـ { $destination } ({ $destination_kind }) عدد المرات { $requests } بين { $first } و{ $last }، بحجم { $bytes } بايت

rule-server-ip-log = FACTS §1: جدولا user_ips وdevices يحتفظان بعناوين IP للعملاء
rule-server-registration-ip = FACTS §1: عنوان IP المستخدم عند التسجيل يُحفظ لمدة 48 ساعة
rule-server-sees-exit = FACTS §5: مع VPN أو Tor يرى الخادم نقطة الخروج فقط
rule-server-threepid = FACTS §1: البريد الإلكتروني والهاتف محفوظان بنص واضح
rule-server-device-list = FACTS §1: قائمة الأجهزة وأسماؤها
rule-server-access-token = FACTS §1: رموز الوصول محفوظة بنص واضح
rule-federation-device-list = FACTS §2: معرّفات الأجهزة ومفاتيحها تعبر الاتحاد بين الخوادم (الأسماء فقط إن كانت مُشارَكة)
rule-federation-state = FACTS §2: العضوية والملفات الشخصية لا تُشفَّر أبدًا
rule-federation-envelope = FACTS §2: غلاف كل حدث (event) مكشوف بنص واضح
rule-federation-cleartext-body = FACTS §2: النص غير المشفّر يُحفظ (ويُفهرَس) في كل مكان
rule-federation-relations = FACTS §2: الردود والتفاعلات تبقى بنص واضح
rule-federation-edus = FACTS §2: إيصالات القراءة ومؤشر الكتابة وحالة الحضور بنص واضح
rule-malicious-device-or-puppet = FACTS §3.1: جهاز مزروع أو حساب دمية حصل على مفتاح الغرفة
rule-member-view = FACTS §5: الأعضاء يرون ما يراه الأعضاء
rule-device-store = الجهاز يحتفظ بمفاتيحه وبسجل المحادثات
rule-network-observer = FACTS §5: الشبكة ترى أين ومتى
rule-linking = الدليل، الجزء 1: السمات المشتركة تربط الحسابات ببعضها
finding-push-notification = { $unread_only ->
    [true] { $subject }: انخفض عدد غير المقروء إلى { $unread } في { $at }، وأُرسل عبر { push-carrier } — وهذه علامة على القراءة
   *[false] مرّ إشعار لـ { $subject } عبر { push-carrier } في { $at }: الغرفة { $room }، الحدث { $event_id }، الغرف غير المقروءة: { $unread }{ $format ->
        [full] ؛ { $event_type } من { $sender_name } ({ $sender }) في «{ $room_name }»{ $content ->
            [plaintext] ، ونصه «{ $text }»
            [ciphertext] ، مع نصه المشفّر (بلا كلمات)
            [membership] ، مع محتوى الدعوة
           *[none] {""}
        }
       *[event-id-only] {""}
    }
}
push-carrier = { $service ->
    [google] خدمة الإشعارات من Google (عبر بوابة الإشعارات الخاصة بالتطبيق)
    [apple] خدمة الإشعارات من Apple (عبر بوابة الإشعارات الخاصة بالتطبيق)
    [unifiedpush] موزّع UnifiedPush ‏{ $distributor }
   *[other] { $service }
}
rule-push-gateway = FACTS §1، §5: بوابة الإشعارات وخدمة الإشعارات تريان كل إشعار يرسله خادمك المنزلي (homeserver)
rule-operator-live-view = FACTS §6: مشغّل خدمة شبيهة بـ Signal يراقب مباشرة يرى العناوين والرسائل المرسلة إلى المجموعات
finding-identity-changed = تغيّرت هوية { $account } في { $at }: التطبيق يحذّر { $verified ->
    [true] ، ولأنه كان قد تحقق منها، لا يعطيها مفاتيح الغرف إلى أن يتم التحقق منها مجددًا
   *[other] ، لكنه، لأنه لم يتحقق منها قط، يستمر في إعطاء مفاتيح الغرف لأجهزتها الموقّعة حديثًا
}
rule-invite-key-bundle = FACTS §3 (2026): تطبيق الشخص الذي أرسل الدعوة أرسل مع الدعوة مفاتيح الرسائل السابقة
rule-server-request-log = FACTS §1: ملف homeserver.log وسجل الوصول في الوكيل (proxy) يحتفظان بعناوين IP للعملاء وفق دورة حذف خاصة بكل منهما
rule-mas-session-ip = FACTS §1: خدمة MAS تحتفظ بآخر عنوان IP لكل جلسة وبعنوان IP لكل تسجيل لمدة 30 يومًا
rule-identity-lookup = FACTS §5: البريد الإلكتروني أو الهاتف المنشور على خادم الهوية («الاكتشاف» / Discovery) يكشف معرّف Matrix الخاص بك لأي شخص يملكه ويبحث عنه
rule-identity-server-bindings = FACTS §5: خادم الهوية يحتفظ بكل بريد إلكتروني وهاتف نُشر عليه، مع معرّف Matrix المرتبط به
rule-call-peer = FACTS §5: في مكالمة مباشرة بين طرفين (الوضع الافتراضي في Element) يحصل تطبيق الطرف الآخر على عنوانك ويستقبل صوتك منه
rule-call-candidates-cleartext = FACTS §2 + §5: في غرفة غير مشفّرة تُحفظ «مرشّحات» المكالمة (candidates)، مع العناوين، بنص واضح على كل خادم في الغرفة
rule-turn-relay = FACTS §5: مرحّل TURN التابع للخادم المنزلي الذي ينقل المكالمة يرى عنوان الطرفين
finding-key-backup = الحساب { $account } يحفظ نسخة احتياطية من مفاتيح الغرفة { $room } على الخادم: الغرفة و{ $sessions } من معرّفات الجلسات (كل منها محادثة مرسِل واحد) مكشوفة بنص واضح، حتى حيث لا يمكن قراءة أي رسالة
finding-recovery-passphrase = استرداد الحساب { $account } يأتي من عبارة مرور يُحفظ «ملحها» (salt) وعدد تكراراتها { $iterations } بنص واضح بجانب مفتاح النسخة الاحتياطية المشفّر: نسخة من الخادم تسمح لأي شخص بالتخمين على مهل، دون اتصال. { $weak ->
    [true] عبارة المرور هذه ضعيفة: التخمين يجدها، ومعها مفاتيح الغرف الموجودة في النسخة الاحتياطية وعددها { $sessions }
   *[other] العبارة الطويلة العشوائية تصمد
}
rule-server-key-backup = FACTS §1 (النسخ الاحتياطي للمفاتيح): جدول e2e_room_keys يحتفظ بمعرّفات الغرف والجلسات بنص واضح
rule-server-secret-storage = FACTS §1 (التخزين السري): «ملح» عبارة المرور وعدد تكراراتها محفوظان بجانبها
