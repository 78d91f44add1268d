# Machine-assisted translation (Persian): needs review by a native speaker.
# ترجمهٔ ماشینی‌ـ‌کمکی: یک فارسی‌زبان باید آن را بازبینی کند.
# What adversaries learn: one message per finding code, one per rule.

finding-ip-address = { $account } از نشانی { $ip } ({ $ip_kind }) وصل شده، آخرین بار در { $last_seen }، با { $user_agents }
finding-ip-address-seen = { $account } در { $last_seen } از نشانی { $ip } ({ $ip_kind }) استفاده کرد
finding-contact-detail = { $medium } { $address } به { $account } متصل است
finding-public-handle = { $account } با نام کاربری عمومی { $handle } جور درمی‌آید
finding-device-list = دستگاه‌های { $account }: { $devices }
finding-session-token = مهاجم توکن‌های دسترسی { $account } را دارد (دستگاه‌های { $devices }) و می‌تواند به جای آن کار کند
finding-room-membership = { $account } از { $since } در اتاق { $room } در وضعیت «{ $membership }» است
finding-profile = { $account } نام «{ $display_name }» و تصویر { $avatar } را نشان می‌دهد
finding-social-link = { $account } در اتاق‌های { $rooms } با { $contacts } مشترک است
finding-message-plaintext = { $account } در { $room } نوشت: «{ $text }» (خوانده‌شده از راه { $via })
finding-message-metadata = { $event_kind ->
    [m-room-redaction] { $account } در { $at } یکی از پیام‌هایش را در { $room } پاک کرد: خودِ پاک‌کردن رویدادی است که همهٔ سرورها نگه می‌دارند و نام پیام پاک‌شده را در خود دارد
   *[other] { $account } در { $at } یک پیام رمزنگاری‌شده در { $room } فرستاد ({ $size } بایت متن رمزشده)
}
finding-relation = { $account } یک { $rel_type } برای { $target } در { $room } فرستاد { $key }
finding-presence = { $account } در { $at } «{ $state }» بود (وضعیت: { $status })
finding-read-receipt = { $account } در { $at } اتاق { $room } را تا { $event_id } خواند
finding-typing = { $account } در { $at } در { $room } در حال نوشتن بود
finding-account-link = { $account } و { $other_account } به نظر یک نفرند ({ $via })
finding-traffic = { $subject } بین { $first } و { $last }، { $requests } بار به { $destination } ({ $destination_kind }) وصل شد، { $bytes } بایت

rule-server-ip-log = FACTS §1: جدول‌های user_ips و devices نشانی IP کاربران را نگه می‌دارند
rule-server-registration-ip = FACTS §1: نشانی IP ثبت‌نام ۴۸ ساعت نگه داشته می‌شود
rule-server-sees-exit = FACTS §5: با VPN یا Tor، سرور نقطهٔ خروج را می‌بیند
rule-server-threepid = FACTS §1: ایمیل و شمارهٔ تلفن بدون رمزنگاری ذخیره می‌شوند
rule-server-device-list = FACTS §1: فهرست دستگاه‌ها و نام آن‌ها
rule-server-access-token = FACTS §1: توکن‌های دسترسی بدون رمزنگاری ذخیره می‌شوند
rule-federation-device-list = FACTS §2: شناسه و کلید دستگاه‌ها از فدراسیون می‌گذرد (نام‌ها فقط اگر هم‌رسانی شوند)
rule-federation-state = FACTS §2: عضویت و نمایه‌ها هرگز رمزنگاری نمی‌شوند
rule-federation-envelope = FACTS §2: پاکت هر رویداد آشکار است
rule-federation-cleartext-body = FACTS §2: متن رمزنگاری‌نشده همه‌جا ذخیره (و نمایه‌سازی) می‌شود
rule-federation-relations = FACTS §2: پاسخ‌ها و واکنش‌ها آشکار می‌مانند
rule-federation-edus = FACTS §2: رسید خواندن، «در حال نوشتن» و حضور آشکارند
rule-malicious-device-or-puppet = FACTS §3.1: یک دستگاه جاسازی‌شده یا حساب دست‌نشانده کلید اتاق را گرفت
rule-member-view = FACTS §5: اعضا هر چه را اعضا می‌بینند، می‌بینند
rule-device-store = هر دستگاه کلیدها و تاریخچهٔ خودش را نگه می‌دارد
rule-network-observer = FACTS §5: شبکه می‌بیند کجا و کی
rule-linking = راهنما، بخش ۱: ویژگی‌های مشترک حساب‌ها را به هم پیوند می‌دهند
finding-push-notification = { $unread_only ->
    [true] { $subject }: شمار نخوانده‌ها در { $at } به { $unread } رسید، از راه { push-carrier } — نشانهٔ خواندن
   *[false] اعلانی برای { $subject } در { $at } از { push-carrier } گذشت: اتاق { $room }، رویداد { $event_id }، اتاق‌های نخوانده: { $unread }{ $format ->
        [full] ؛ { $event_type } از { $sender_name } ({ $sender }) در «{ $room_name }»{ $content ->
            [plaintext] ، با متن «{ $text }»
            [ciphertext] ، با متن رمزشده‌اش (بی هیچ کلمه‌ای)
            [membership] ، با محتوای دعوت
           *[none] {""}
        }
       *[event-id-only] {""}
    }
}
push-carrier = { $service ->
    [google] سرویس پوش گوگل (از راه درگاه پوش برنامه)
    [apple] سرویس پوش اپل (از راه درگاه پوش برنامه)
    [unifiedpush] توزیع‌کنندهٔ UnifiedPush { $distributor }
   *[other] { $service }
}
rule-push-gateway = FACTS §1, §5: درگاه پوش و سرویس پوش هر اعلانی را که سرور خانگی می‌فرستد می‌بینند
rule-operator-live-view = FACTS §6: گردانندهٔ سرویسی مانند Signal که زنده نگاه کند نشانی‌ها و ارسال‌های گروهی را می‌بیند
finding-identity-changed = هویت { $account } در { $at } عوض شد: برنامه هشدار می‌دهد { $verified ->
    [true] و چون پیش‌تر او را تأیید کرده بود، تا تأیید دوباره هیچ کلید اتاقی به او نمی‌دهد
   *[other] اما چون هرگز او را تأیید نکرده بود، همچنان به دستگاه‌های تازه‌امضاشده‌اش کلید اتاق می‌دهد
}
rule-invite-key-bundle = FACTS §3 (2026): برنامهٔ دعوت‌کننده کلیدهای پیام‌های پیشین را همراه دعوت فرستاد
rule-server-request-log = FACTS §1: homeserver.log و لاگ دسترسی پراکسی نشانی IP کاربران را با چرخهٔ نگهداری خودشان نگه می‌دارند
rule-mas-session-ip = FACTS §1: MAS آخرین IP هر نشست و IP هر ثبت‌نام را ۳۰ روز نگه می‌دارد
rule-identity-lookup = FACTS §5: ایمیل یا تلفنی که روی سرور هویت («کشف‌پذیری») منتشر شده، شناسهٔ ماتریکس شما را به هر کسی که آن را دارد و جست‌وجو کند می‌دهد
rule-identity-server-bindings = FACTS §5: سرور هویت هر ایمیل و تلفنی را که آنجا منتشر شده، همراه شناسهٔ ماتریکسش نگه می‌دارد
rule-call-peer = FACTS §5: در تماس نقطه‌به‌نقطه (پیش‌فرض Element) برنامهٔ طرف مقابل نشانی شما را می‌گیرد و صدایتان را از همان نشانی دریافت می‌کند
rule-call-candidates-cleartext = FACTS §2 + §5: در اتاق رمزنگاری‌نشده، نامزدهای اتصال تماس، همراه نشانی‌ها، روی همهٔ سرورهای اتاق آشکارا ذخیره می‌شوند
rule-turn-relay = FACTS §5: رلهٔ TURN سرور خانگی که تماس را جابه‌جا می‌کند نشانی هر دو طرف را می‌بیند
finding-key-backup = { $account } کلیدهای اتاق { $room } را روی سرور پشتیبان می‌گیرد: اتاق و { $sessions } شناسهٔ نشست (هر کدام گفت‌وگوی یک فرستنده) آشکارند، حتی جایی که هیچ پیامی خواندنی نیست
finding-recovery-passphrase = بازیابی { $account } از یک عبارت عبور می‌آید که نمک و { $iterations } دور تکرارش آشکارا کنار کلید پشتیبان رمزشده نشسته‌اند: با یک رونوشت از سرور، هر کسی می‌تواند با فراغت و آفلاین حدس بزند. { $weak ->
    [true] این عبارت عبور ضعیف است: حدس زدن پیدایش می‌کند، و با آن { $sessions } کلید اتاقِ درون پشتیبان را
   *[other] یک عبارت عبور بلند و تصادفی تاب می‌آورد
}
rule-server-key-backup = FACTS §1 (پشتیبان کلید): e2e_room_keys شناسهٔ اتاق‌ها و نشست‌ها را آشکارا نگه می‌دارد
rule-server-secret-storage = FACTS §1 (انبار رازها): نمک و تعداد دور تکرار عبارت عبور کنارش ذخیره می‌شوند
