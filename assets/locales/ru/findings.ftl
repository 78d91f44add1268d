# Машинный перевод с последующей правкой (machine-assisted translation); нужна проверка носителем русского языка.
# What adversaries learn: one message per finding code, one per rule.

finding-ip-address = { $account } подключался с { $ip } ({ $ip_kind }), последний раз { $last_seen }, через { $user_agents }
finding-ip-address-seen = { $account } использовал адрес { $ip } ({ $ip_kind }) в { $last_seen }
finding-contact-detail = к { $account } привязан(а) { $medium } { $address }
finding-public-handle = { $account } совпадает с публичным ником { $handle }
finding-device-list = у { $account } есть устройства { $devices }
finding-session-token = у противника есть токены доступа (access tokens) { $account } (устройства { $devices }), и он может действовать от имени этого аккаунта
finding-room-membership = { $account } в состоянии «{ $membership }» в комнате { $room } с { $since }
finding-profile = { $account } показывает имя «{ $display_name }» и аватар { $avatar }
finding-social-link = { $account } состоит в общих комнатах { $rooms } с { $contacts }
finding-message-plaintext = { $account } написал(а) в { $room }: «{ $text }» (прочитано через { $via })
finding-message-metadata = { $event_kind ->
    [m-room-redaction] { $account } удалил(а) одно из своих сообщений в { $room } в { $at }: само удаление — это событие (event), которое хранит каждый сервер, и в нём указано удалённое сообщение
   *[other] { $account } отправил(а) зашифрованное сообщение в { $room } в { $at } (шифротекст, байт: { $size })
}
finding-relation = { $account } отправил(а) { $rel_type } к { $target } в { $room } { $key }
finding-presence = { $account }: статус { $state } в { $at } (подпись: { $status })
finding-read-receipt = { $account } прочитал(а) { $room } до { $event_id } в { $at }
finding-typing = { $account } набирал(а) текст в { $room } в { $at }
finding-account-link = { $account } и { $other_account } похожи на одного и того же человека ({ $via })
finding-traffic = { $subject } подключался к { $destination } ({ $destination_kind }) между { $first } и { $last }; запросов: { $requests }, байт: { $bytes }

rule-server-ip-log = FACTS §1: таблицы user_ips и devices хранят IP-адреса клиентов
rule-server-registration-ip = FACTS §1: IP-адрес при регистрации хранится 48 часов
rule-server-sees-exit = FACTS §5: с VPN/Tor сервер видит только точку выхода
rule-server-threepid = FACTS §1: почта и телефон хранятся открытым текстом
rule-server-device-list = FACTS §1: список устройств и их названия
rule-server-access-token = FACTS §1: токены доступа хранятся открытым текстом
rule-federation-device-list = FACTS §2: идентификаторы и ключи устройств передаются между серверами федерации (названия — только если ими поделились)
rule-federation-state = FACTS §2: участие в комнатах и профили никогда не шифруются
rule-federation-envelope = FACTS §2: «конверт» каждого события открыт
rule-federation-cleartext-body = FACTS §2: незашифрованный текст хранится (и индексируется) везде
rule-federation-relations = FACTS §2: ответы и реакции остаются открытыми
rule-federation-edus = FACTS §2: отметки о прочтении, набор текста и присутствие передаются открыто
rule-malicious-device-or-puppet = FACTS §3.1: подброшенное устройство или подставной аккаунт получил ключ комнаты
rule-member-view = FACTS §5: участники видят то, что видят участники
rule-device-store = Устройство хранит свои ключи и историю
rule-network-observer = FACTS §5: сеть видит, откуда и когда
rule-linking = Руководство, часть 1: общие черты связывают аккаунты
finding-push-notification = { $unread_only ->
    [true] { $subject }: число непрочитанных упало до { $unread } в { $at }, передано через { push-carrier } — признак чтения
   *[false] уведомление для { $subject } прошло через { push-carrier } в { $at }: комната { $room }, событие { $event_id }, непрочитанных комнат: { $unread }{ $format ->
        [full] ; { $event_type } от { $sender_name } ({ $sender }) в «{ $room_name }»{ $content ->
            [plaintext] , с текстом «{ $text }»
            [ciphertext] , с шифротекстом (без слов)
            [membership] , с содержимым приглашения
           *[none] {""}
        }
       *[event-id-only] {""}
    }
}
push-carrier = { $service ->
    [google] push-сервис Google (через push-шлюз приложения)
    [apple] push-сервис Apple (через push-шлюз приложения)
    [unifiedpush] дистрибьютор UnifiedPush { $distributor }
   *[other] { $service }
}
rule-push-gateway = FACTS §1, §5: push-шлюз и push-сервис видят каждое уведомление, которое отправляет ваш домашний сервер (homeserver)
rule-operator-live-view = FACTS §6: оператор сервиса вроде Signal, наблюдающий в реальном времени, видит адреса и отправку сообщений в группы
finding-identity-changed = Личность (ключи подтверждения) { $account } изменилась в { $at }: приложение предупреждает { $verified ->
    [true] и, поскольку оно её проверило, не даёт ключей комнат, пока её не проверят снова
   *[other] , но, так как никогда её не проверяло, продолжает выдавать ключи комнат её новым подписанным устройствам
}
rule-invite-key-bundle = FACTS §3 (2026): приложение пригласившего отправило вместе с приглашением ключи к прежним сообщениям
rule-server-request-log = FACTS §1: homeserver.log и журнал доступа прокси хранят IP-адреса клиентов, каждый со своим сроком ротации
rule-mas-session-ip = FACTS §1: MAS хранит последний IP каждого сеанса и IP каждой регистрации 30 дней
rule-identity-lookup = FACTS §5: почта или телефон, опубликованные на сервере идентификации («Обнаружение», Discovery), выдают ваш Matrix ID любому, у кого они есть и кто их поищет
rule-identity-server-bindings = FACTS §5: сервер идентификации хранит каждую опубликованную там почту и телефон вместе с Matrix ID
rule-call-peer = FACTS §5: в прямом звонке (peer-to-peer, по умолчанию в Element) приложение собеседника получает ваш адрес и принимает ваш голос с него
rule-call-candidates-cleartext = FACTS §2 + §5: в незашифрованной комнате «кандидаты» звонка (candidates) вместе с адресами хранятся открытым текстом на каждом сервере комнаты
rule-turn-relay = FACTS §5: TURN-ретранслятор домашнего сервера, через который идёт звонок, видит адреса обеих сторон
finding-key-backup = { $account } хранит резервную копию ключей комнаты { $room } на сервере: комната и идентификаторы сеансов (всего: { $sessions }; каждый — переписка одного отправителя) видны открыто, даже там, где ни одно сообщение не прочитать
finding-recovery-passphrase = Восстановление { $account } основано на фразе, «соль» (salt) и число итераций ({ $iterations }) которой лежат открыто рядом с зашифрованным ключом резервной копии: имея копию сервера, кто угодно может подбирать её без спешки, офлайн. { $weak ->
    [true] Эта фраза слабая: подбор её находит, а вместе с ней и ключи комнат из резервной копии (всего: { $sessions })
   *[other] Длинная случайная фраза устоит
}
rule-server-key-backup = FACTS §1 (Резервная копия ключей): таблица e2e_room_keys хранит идентификаторы комнат и сеансов открыто
rule-server-secret-storage = FACTS §1 (Секретное хранилище): «соль» и число итераций фразы хранятся рядом с ней
