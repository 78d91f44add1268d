# ترجمة بمساعدة آلية (machine-assisted translation)؛ تحتاج إلى مراجعة من متحدث/ة أصلي/ة باللغة العربية.
# The debrief: what the adversaries learned, grouped by what it means, about you first.

debrief-title = ما عرفوه — { $title }
debrief-choices = اختياراتك: { $choices }
debrief-about-you = { $count ->
    [zero] عنك (لا شيء)
    [one] عنك (أمر واحد)
    [two] عنك (أمران)
    [few] عنك ({ $count } أمور)
    [many] عنك ({ $count } أمرًا)
   *[other] عنك (عدد الأمور: { $count })
}
debrief-about-you-nothing = عنك: لا شيء. لم يعرف أيٌّ من الخصوم أي شيء عنك.
debrief-at-risk = أشخاص عرّضتهم اختياراتك للخطر
debrief-others = بقية الأشخاص (اختياراتك لم تغيّر ما عُرف عنهم)
debrief-person-line = { $count ->
    [zero] { $name }: لا شيء — { $severity }
    [one] { $name }: أمر واحد — { $severity }
    [two] { $name }: أمران — { $severity }
    [few] { $name }: { $count } أمور — { $severity }
    [many] { $name }: { $count } أمرًا — { $severity }
   *[other] { $name }: عدد الأمور { $count } — { $severity }
}
debrief-you = أنت
debrief-yes = نعم
debrief-no = لا
debrief-and-more = (و{ $more } غيرها)
debrief-full-hint = كل النتائج مع أدلتها: glasshouse run { $scenario } --full
debrief-more-people = … وأشخاص آخرون عددهم { $count }: انظر --full

debrief-group-identity = من أنت
debrief-group-location = أين أنت
debrief-group-network = شبكة تواصلك
debrief-group-content = ما قلته
debrief-group-activity = أوقات نشاطك
debrief-group-devices = أجهزتك وجلساتك

debrief-severity-locate = { $you ->
    [true] يمكنهم معرفة مكانك
   *[other] يمكنهم معرفة مكان { $name }
}
debrief-severity-identify = { $you ->
    [true] يمكنهم معرفة هويتك
   *[other] يمكنهم معرفة هوية { $name }
}
debrief-severity-impersonate = { $you ->
    [true] يمكنهم التصرف باسمك
   *[other] يمكنهم التصرف باسم { $name }
}
debrief-severity-read = { $you ->
    [true] يمكنهم قراءة ما قلته
   *[other] يمكنهم قراءة ما قاله { $name }
}
debrief-severity-map-network = { $you ->
    [true] يمكنهم رسم خريطة علاقاتك
   *[other] يمكنهم رسم خريطة علاقات { $name }
}
debrief-severity-watch = { $you ->
    [true] يمكنهم معرفة أوقات نشاطك
   *[other] يمكنهم معرفة أوقات نشاط { $name }
}

debrief-item-ip-address = { $kind ->
    [home] عنوان الإنترنت المنزلي { $ip }، آخر استخدام له في { $at }
    [vpn] عنوان شبكة VPN ‏{ $ip } (ليس عنوانًا منزليًا)، آخر استخدام له في { $at }
   *[other] عنوان نقطة خروج من شبكة Tor ‏{ $ip } (ليس عنوانًا منزليًا)، آخر استخدام له في { $at }
}
debrief-item-traffic = اتصالات بـ { $destination } { $kind ->
    [server] (خادم محادثة)
    [vpn] (شبكة VPN)
    [tor] (شبكة Tor)
   *[other] {""}
} بين { $first } و{ $last }
debrief-item-contact-detail = { $medium ->
    [phone] رقم الهاتف
   *[other] عنوان البريد الإلكتروني
} { $address }
debrief-item-public-handle = اسم مستخدم يطابق الاسم العلني «{ $handle }»
debrief-item-profile = الاسم «{ $name }»{ $picture ->
    [true] {" "}وصورة الملف الشخصي
   *[other] {""}
}
debrief-item-account-link = { $own ->
    [true] حساب ثانٍ على { $server } يعود إلى الشخص نفسه
   *[other] حساب على { $server } ({ $other }) يبدو أنه للشخص نفسه
}، وقد كشفه { $via ->
    [same-localpart] اسم المستخدم نفسه
    [same-display-name] الاسم الظاهر نفسه
    [same-avatar] الصورة نفسها
    [same-ip] عنوان الإنترنت نفسه
   *[other] البريد الإلكتروني أو الهاتف نفسه
}
debrief-item-room-membership = العضوية في «{ $room }» (منذ { $since })
debrief-item-social-link = من يتشارك الغرف مع من: { $contacts }
debrief-item-message-plaintext = الكلمات «{ $text }»، المكتوبة في «{ $room }» في { $at }
debrief-item-relation = { $kind ->
    [reaction] التفاعل «{ $key }»
    [edit] تعديل
    [thread] رد في سلسلة
   *[other] رد
} في «{ $room }»، وأي رسالة يجيب عنها
debrief-item-message-metadata = أن رسالة أُرسلت في «{ $room }» في { $at }{ $encrypted ->
    [true] {" "}(كلماتها تبقى مشفّرة)
   *[other] {""}
}
debrief-item-presence = الظهور بحالة { $state ->
    [online] متصل
    [unavailable] غائب مؤقتًا
   *[other] غير متصل
} في { $at }{ $status }
debrief-status = ، مع الحالة «{ $status }»
debrief-item-read-receipt = قراءة «{ $room }» في { $at }
debrief-item-typing = الكتابة في «{ $room }» في { $at }
debrief-item-push-notification = إشعار عبر { $service ->
    [google] Google
    [apple] Apple
   *[other] خادم UnifiedPush
} في { $at }{ $shows ->
    [text] {" "}أظهر كلمات الرسالة
    [sender] {" "}أظهر من كتبها
   *[other] {""}
}
debrief-item-device-list = الأجهزة { $devices }
debrief-item-session-token = مفاتيح تسجيل الدخول لـ { $devices }: من يملكها يمكنه التصرف باسم هذا الحساب
debrief-item-identity-changed = هوية جديدة في { $at }{ $verified ->
    [true] ؛ التطبيقات التي كانت قد تحققت منها تتوقف عن مشاركة المفاتيح إلى أن يتم التحقق منها مجددًا
   *[other] ؛ التطبيقات تكتفي بالتحذير
}
debrief-item-key-backup = مفاتيح محادثات في «{ $room }» (عددها { $sessions })، محفوظة على الخادم في نسخة احتياطية أسماء الغرف فيها مقروءة
debrief-item-recovery-passphrase = { $weak ->
    [true] عبارة مرور استرداد ضعيفة يمكن تخمينها من نسخة من الخادم، وهي تفتح { $sessions } من المفاتيح المحفوظة احتياطيًا
   *[other] عبارة مرور استرداد محفوظة مع ما يلزم لتجربة التخمينات (العبارة الطويلة العشوائية تصمد)
}

debrief-prevented = كان سيمنع ذلك: { $changes }
debrief-prevented-change = { $label } ← { $value }
debrief-prevented-items = { $items } من { $count }
debrief-prevented-or = أو
debrief-prevented-none = لا يوجد أي اختيار لك في هذا السيناريو يمنع ذلك.
debrief-todo-label = ما يمكن فعله:

debrief-todo-hide-address = الوصول إلى خادمك عبر VPN أو Tor
debrief-todo-remove-contact = حذف بريدك الإلكتروني أو رقم هاتفك
debrief-todo-change-username = استخدام اسم مستخدم واسم وصورة لا تُستخدم في أي مكان آخر
debrief-todo-separate-accounts = إبقاء حسابك الثاني منفصلًا
debrief-todo-review-sessions = تسجيل الخروج من الجلسات غير المستخدمة
debrief-todo-verify-again = التحقق منهم مجددًا، وجهًا لوجه
debrief-todo-encrypt-rooms = التحدث في غرف مشفّرة
debrief-todo-choose-rooms = مشاركة غرف أقل؛ وتوزيع الخوادم
debrief-todo-quiet-activity = إيقاف إيصالات القراءة ومؤشر الكتابة وحالة الحضور
debrief-todo-private-notifications = إخفاء الكلمات والمرسل في الإشعارات
debrief-todo-strong-recovery = استخدام مفتاح استرداد، أو عبارة مرور طويلة وعشوائية

# The book's findings blocks.
book-findings-meta = ما عرفه الخصوم في { $scenario } مع { $choices } (البذرة { $seed })، من تشغيل حقيقي:
book-findings-full = كل النتائج، مع القاعدة وراء كل منها ({ $count })
book-objectives = الأهداف
book-met = تحقق
book-missed = لم يتحقق
col-why = السبب
