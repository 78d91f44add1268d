# Machine-assisted translation (Persian): needs review by a native speaker.
# ترجمهٔ ماشینی‌ـ‌کمکی: یک فارسی‌زبان باید آن را بازبینی کند.
# The debrief: what the adversaries learned, grouped by what it means, about you first.

debrief-title = آنچه فهمیدند — { $title }
debrief-choices = انتخاب‌های شما: { $choices }
debrief-about-you = دربارهٔ شما ({ $count } مورد)
debrief-about-you-nothing = دربارهٔ شما: هیچ. هیچ‌کدام از مهاجمان چیزی دربارهٔ شما نفهمید.
debrief-at-risk = کسانی که انتخاب‌های شما در خطرشان انداخت
debrief-others = بقیه (انتخاب‌های شما آنچه را دربارهٔ آن‌ها فهمیده شد تغییر نداد)
debrief-person-line = { $name }: { $count } مورد — { $severity }
debrief-you = شما
debrief-yes = بله
debrief-no = نه
debrief-and-more = (و { $more } مورد دیگر)
debrief-full-hint = همهٔ یافته‌ها با شواهدشان: glasshouse run { $scenario } --full
debrief-more-people = … و { $count } نفر دیگر: --full را ببینید

debrief-group-identity = شما که هستید
debrief-group-location = شما کجا هستید
debrief-group-network = با چه کسانی حرف می‌زنید
debrief-group-content = چه گفتید
debrief-group-activity = کی فعال هستید
debrief-group-devices = دستگاه‌ها و نشست‌های شما

debrief-severity-locate = { $you ->
    [true] می‌توانند پیدا کنند شما کجا هستید
   *[other] می‌توانند پیدا کنند { $name } کجاست
}
debrief-severity-identify = { $you ->
    [true] می‌توانند بفهمند شما که هستید
   *[other] می‌توانند بفهمند { $name } کیست
}
debrief-severity-impersonate = { $you ->
    [true] می‌توانند به جای شما کار کنند
   *[other] می‌توانند به جای { $name } کار کنند
}
debrief-severity-read = { $you ->
    [true] می‌توانند آنچه گفتید را بخوانند
   *[other] می‌توانند آنچه { $name } گفت را بخوانند
}
debrief-severity-map-network = { $you ->
    [true] می‌توانند نقشهٔ آدم‌های دور و برتان را بکشند
   *[other] می‌توانند نقشهٔ آدم‌های دور و بر { $name } را بکشند
}
debrief-severity-watch = { $you ->
    [true] می‌توانند بفهمند کی فعال هستید
   *[other] می‌توانند بفهمند { $name } کی فعال است
}

debrief-item-ip-address = { $kind ->
    [home] نشانی اینترنت خانه، { $ip }، آخرین بار در { $at }
    [vpn] نشانی یک VPN، { $ip } (نه نشانی خانه)، آخرین بار در { $at }
   *[other] نشانی یک گره خروجی Tor، { $ip } (نه نشانی خانه)، آخرین بار در { $at }
}
debrief-item-traffic = اتصال به { $destination } { $kind ->
    [server] (یک سرور گفت‌وگو)
    [vpn] (یک VPN)
    [tor] (Tor)
   *[other] {""}
} بین { $first } و { $last }
debrief-item-contact-detail = { $medium ->
    [phone] شمارهٔ تلفن
   *[other] نشانی ایمیل
} { $address }
debrief-item-public-handle = نام کاربری‌ای که با نام عمومی «{ $handle }» جور درمی‌آید
debrief-item-profile = نام «{ $name }»{ $picture ->
    [true] {" "}و یک تصویر نمایه
   *[other] {""}
}
debrief-item-account-link = { $own ->
    [true] حساب دومی روی { $server } مال همین آدم است
   *[other] حسابی روی { $server } ({ $other }) به نظر مال همین آدم است
}، لو رفته از راه { $via ->
    [same-localpart] نام کاربری یکسان
    [same-display-name] نام نمایشی یکسان
    [same-avatar] تصویر یکسان
    [same-ip] نشانی اینترنت یکسان
   *[other] ایمیل یا تلفن یکسان
}
debrief-item-room-membership = عضویت در «{ $room }» (از { $since })
debrief-item-social-link = چه کسی با چه کسی در اتاق‌ها شریک است: { $contacts }
debrief-item-message-plaintext = «{ $text }»، در «{ $room }» ساعت { $at }
debrief-item-relation = { $kind ->
    [reaction] واکنش «{ $key }»
    [edit] یک ویرایش
    [thread] یک پاسخ در رشته
   *[other] یک پاسخ
} در «{ $room }»، و اینکه به کدام پیام جواب می‌دهد
debrief-item-message-metadata = اینکه پیامی در «{ $room }» در { $at } فرستاده شد{ $encrypted ->
    [true] {" "}(کلماتش رمزنگاری‌شده می‌مانند)
   *[other] {""}
}
debrief-item-presence = { $state ->
    [online] آنلاین
    [unavailable] دور از دستگاه
   *[other] آفلاین
} بودن در { $at }{ $status }
debrief-status = ، با وضعیت «{ $status }»
debrief-item-read-receipt = خواندن «{ $room }» در { $at }
debrief-item-typing = نوشتن در «{ $room }» در { $at }
debrief-item-push-notification = اعلانی از راه { $service ->
    [google] گوگل
    [apple] اپل
   *[other] یک سرور UnifiedPush
} در { $at }{ $shows ->
    [text] {" "}که کلمات پیام را نشان می‌داد
    [sender] {" "}که نشان می‌داد چه کسی نوشته
   *[other] {""}
}
debrief-item-device-list = دستگاه‌های { $devices }
debrief-item-session-token = کلیدهای ورود { $devices }: هر کس آن‌ها را داشته باشد می‌تواند به جای این حساب کار کند
debrief-item-identity-changed = هویتی تازه در { $at }{ $verified ->
    [true] ؛ برنامه‌هایی که آن را تأیید کرده بودند تا تأیید دوباره کلیدی به اشتراک نمی‌گذارند
   *[other] ؛ برنامه‌ها فقط هشدار می‌دهند
}
debrief-item-key-backup = کلیدهای { $sessions } گفت‌وگو در «{ $room }»، نگه‌داشته روی سرور در پشتیبانی که نام اتاق‌هایش خواندنی است
debrief-item-recovery-passphrase = { $weak ->
    [true] عبارت عبور بازیابی ضعیفی که از روی رونوشت سرور قابل حدس است و { $sessions } کلید پشتیبان‌گرفته را باز می‌کند
   *[other] عبارت عبور بازیابی‌ای که کنار آنچه برای حدس زدن لازم است ذخیره شده (یک عبارت بلند و تصادفی تاب می‌آورد)
}

debrief-prevented = جلویش را می‌گرفت: { $changes }
debrief-prevented-change = { $label } ← { $value }
debrief-prevented-items = { $items } از { $count }
debrief-prevented-or = یا
debrief-prevented-none = هیچ انتخابی از شما در این سناریو جلویش را نمی‌گیرد.
debrief-todo-label = کار لازم:

debrief-todo-hide-address = از راه VPN یا Tor به سرورتان وصل شوید
debrief-todo-remove-contact = ایمیل یا تلفنتان را بردارید
debrief-todo-change-username = نام کاربری، نام و تصویری به کار ببرید که هیچ جای دیگر به کار نمی‌برید
debrief-todo-separate-accounts = حساب دومتان را جدا نگه دارید
debrief-todo-review-sessions = نشست‌های بی‌استفاده را ببندید
debrief-todo-verify-again = دوباره، حضوری، تأییدشان کنید
debrief-todo-encrypt-rooms = در اتاق‌های رمزنگاری‌شده حرف بزنید
debrief-todo-choose-rooms = اتاق مشترک کمتر، سرورهای پراکنده‌تر
debrief-todo-quiet-activity = رسید خواندن، «در حال نوشتن» و حضور را ببندید
debrief-todo-private-notifications = کلمات و فرستنده را در اعلان‌ها پنهان کنید
debrief-todo-strong-recovery = از کلید بازیابی، یا یک عبارت عبور بلند و تصادفی استفاده کنید

# The book's findings blocks.
book-findings-meta = آنچه مهاجمان در { $scenario } با { $choices } (بذر { $seed }) فهمیدند، از یک اجرای واقعی:
book-findings-full = همهٔ یافته‌ها، با قاعدهٔ پشت هر کدام ({ $count })
book-objectives = هدف‌ها
book-met = برآورده شد
book-missed = برآورده نشد
col-why = چرا
