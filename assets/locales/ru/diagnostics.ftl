# Машинный перевод с последующей правкой (machine-assisted translation); нужна проверка носителем русского языка.
# Scenario diagnostics: diag-<code> says what is wrong, diag-<code>-help what to do.

diag-toml-syntax = это не корректный TOML: { $detail }
diag-toml-syntax-help = исправьте здесь синтаксис TOML (кавычки, скобки, «key = value»); `glasshouse check FILE` проверит снова
diag-unknown-field = неизвестное поле: { $detail }
diag-unknown-field-help = удалите поле или исправьте его написание; в справочнике по формату сценария перечислены все поля
diag-missing-field = не хватает обязательного поля: { $detail }
diag-missing-field-help = добавьте недостающее поле в эту таблицу
diag-wrong-type = неверный тип значения: { $detail }
diag-wrong-type-help = запишите значение ожидаемого типа (текст в кавычках, true/false, целые числа, [списки])
diag-invalid-id = «{ $id }» — недопустимый идентификатор
diag-invalid-id-help = используйте строчные латинские буквы, цифры, «-» и «_» (идентификаторы устройств: буквы, цифры, «-», «_»), не больше 64 символов
diag-duplicate-id = идентификатор { $kind } «{ $id }» используется дважды
diag-duplicate-id-help = дайте каждому { $kind } свой идентификатор
diag-no-servers = в сценарии нет серверов
diag-no-servers-help = добавьте хотя бы одну таблицу [[servers]] с именем
diag-no-learner = никто не отмечен как участник обучения
diag-no-learner-help = отметьте собственный аккаунт участника обучения строкой «learner = true» в [[people]]
diag-many-learners = «{ $id }» — второй участник обучения
diag-many-learners-help = «learner = true» может быть только у одной записи [[people]]; для второго аккаунта участника используйте alias_of
diag-invalid-server-name = «{ $value }» — недопустимое имя сервера
diag-invalid-server-name-help = используйте имя хоста вроде «chat.example» (строчные буквы, цифры, точки, дефисы), при необходимости с «:port»
diag-invalid-username = «{ $value }» — недопустимая локальная часть (localpart) Matrix
diag-invalid-username-help = используйте строчные латинские буквы, цифры и . _ = - / +
diag-duplicate-account = оба аккаунта были бы { $mxid }
diag-duplicate-account-help = измените имя пользователя или сервер одного из них
diag-invalid-ip = «{ $value }» — не IP-адрес
diag-invalid-ip-help = запишите адрес IPv4 или IPv6; используйте документационные диапазоны, например 203.0.113.0/24
diag-invalid-value = «{ $value }» здесь недопустимо
diag-invalid-value-help = используйте одно из: { $allowed }
diag-unknown-server = сервера «{ $name }» нет
diag-unknown-server-help = объявите его в [[servers]] или используйте один из: { $known }
diag-unknown-person = человека «{ $id }» нет
diag-unknown-person-help = объявите его в [[people]] или используйте существующий идентификатор
diag-unknown-room = комнаты «{ $id }» нет
diag-unknown-room-help = объявите её в [[rooms]] или используйте одну из: { $known }
diag-unknown-adversary = противника «{ $id }» нет
diag-unknown-adversary-help = объявите его в [[adversaries]] с этим идентификатором или используйте один из: { $known }
diag-unknown-message = в комнате { $room } нет более раннего сообщения с меткой «{ $label }»
diag-unknown-message-help = задайте более раннему шагу «say» в этой комнате «label = “{ $label }”» или исправьте метку
diag-unknown-device = у { $person } нет устройства «{ $id }»
diag-unknown-device-help = укажите одно из устройств этого человека или добавьте его шагом new_device
diag-duplicate-device = идентификатор устройства «{ $id }» используется в этом аккаунте дважды
diag-duplicate-device-help = дайте каждому устройству аккаунта свой идентификатор (потерянное устройство или устройство, из которого вышли, сохраняет свой идентификатор)
diag-unknown-choice = «{"{"}{ $key }{"}"}» не называет ни одного выбора
diag-unknown-choice-help = объявите его в [choices], например { $key } = { "{" } values = [...], default = ... { "}" }
diag-choice-empty = у выбора { $key } нет значений
diag-choice-empty-help = укажите хотя бы одно значение в «values»
diag-choice-no-default = у выбора { $key } нет значения по умолчанию
diag-choice-no-default-help = добавьте «default = …» с одним из его значений; оно используется, когда участник ничего не выбирает
diag-choice-default-not-allowed = значение по умолчанию «{ $value }» для { $key } не входит в его значения
diag-choice-default-not-allowed-help = используйте одно из: { $allowed }
diag-choice-duplicate-value = { $key } перечисляет значение «{ $value }» дважды
diag-choice-duplicate-value-help = удалите повторяющееся значение
diag-choice-unused = выбор { $key } нигде не используется
diag-choice-unused-help = используйте его как «{"{"}{ $key }{"}"}» в каком-нибудь поле или удалите
diag-choice-mixed-types = { $key } смешивает значения типов { $expected } и { $found }
diag-choice-mixed-types-help = все значения одного выбора должны быть одного типа
diag-invalid-time = «{ $value }» — не время
diag-invalid-time-help = пишите H:MM, H:MM:SS или «Nd H:MM» (через N дней), например "0:05" или "30d 9:00"
diag-time-backwards = этот шаг в { $at } идёт после шага в { $previous }
diag-time-backwards-help = держите сценарий в хронологическом порядке
diag-step-no-action = этот шаг ничего не делает
diag-step-no-action-help = добавьте одно действие: say, react, read, typing, presence, join, leave, connect, new_device, verify, server_down, server_up, inject_device или add_puppet
diag-step-many-actions = в этом шаге больше одного действия
diag-step-many-actions-help = разбейте его на отдельные шаги [[script]], по одному на действие
diag-server-offline = { $name } недоступен в { $at }, поэтому это не может произойти
diag-server-offline-help = перенесите шаг после соответствующего server_up или поднимите сервер раньше
diag-server-already-offline = { $name } уже недоступен
diag-server-already-offline-help = удалите этот server_down или добавьте перед ним server_up
diag-server-already-online = { $name } уже в сети
diag-server-already-online-help = удалите этот server_up или добавьте перед ним server_down
diag-not-a-member = { $id } в этот момент не участник { $room }
diag-not-a-member-help = добавьте его в участники комнаты или добавьте перед этим шагом шаг join
diag-already-member = { $id } уже участник { $room }
diag-already-member-help = удалите повторное участие
diag-room-no-members = в комнате { $id } нет участников
diag-room-no-members-help = укажите хотя бы одного участника; первый создаёт комнату
diag-missing-required-contact = { $id } должен привязать { $medium } на { $server }, но не имеет его
diag-missing-required-contact-help = дайте человеку { $medium } (email = "…" / phone = "…") или выберите сервер, который этого не требует
diag-contact-already-bound = { $id } привязывает { $address } на { $server }, где этот адрес уже привязан к { $first }: сервер привязывает почту или номер телефона только к одному аккаунту, поэтому Synapse отклоняет второй
diag-contact-already-bound-help = перенесите второй аккаунт на другой сервер, дайте ему другой адрес или ничего не привязывайте (bind_email = false / bind_phone = false)
diag-call-not-one-to-one = в { $room } участников: { $count }; звонок здесь — звонок один на один, единственному другому участнику комнаты из двух человек (личного чата)
diag-call-not-one-to-one-help = звоните в комнате, где в этот момент ровно два участника, например в личном чате, созданном для этих двоих
diag-passphrase-without-recovery = у { $id } есть фраза восстановления, но нет ключа восстановления: фраза лишь открывает ключ восстановления (Secure Backup)
diag-passphrase-without-recovery-help = задайте этому человеку recovery_key = true или удалите recovery_passphrase
diag-adversary-no-kind = у этого противника нет вида
diag-adversary-no-kind-help = добавьте один из: compromise, malicious_admin, insider, network_observer, seized_device, push_gateway, contact_lookup, identity_server
diag-adversary-many-kinds = у этого противника больше одного вида
diag-adversary-many-kinds-help = объявите по одной таблице [[adversaries]] на каждый вид
diag-adversary-wrong-kind = { $id } — не { $needed }
diag-adversary-wrong-kind-help = только противник malicious_admin может внедрять устройства и добавлять подставные аккаунты
diag-adversary-too-early = { $id } действует в { $at }, но начинает только в { $starts }
diag-adversary-too-early-help = перенесите шаг позже или пусть противник начинает раньше (at = …)
diag-admin-foreign-account = { $id } находится на { $server }, а не на сервере администратора { $admin_server }
diag-admin-foreign-account-help = сервер может добавлять устройства только своим пользователям (FACTS §3); выберите аккаунт на { $admin_server }
diag-reset-signs-own-device = «{ $id }» — собственное устройство { $who }, а не добавленное администратором: сброс личности подписывает устройство администратора
diag-reset-signs-own-device-help = укажите устройство, которое более ранний шаг inject_device добавил { $who }, или новый идентификатор для устройства, которое добавляет сброс
diag-account-missing = у { $id } нет аккаунта в этом запуске
diag-account-missing-help = при таком выборе аккаунта не существует (exists = false); выберите существующий аккаунт
diag-unknown-finding = «{ $value }» — не код находки
diag-unknown-finding-help = используйте один из: { $known }
diag-objective-no-condition = у цели { $id } нет условия
diag-objective-no-condition-help = добавьте adversary_must_not_learn = { "{" } … { "}" } или adversary_learns = { "{" } … { "}" }
diag-objective-many-conditions = у цели { $id } два условия
diag-objective-many-conditions-help = разделите её на две цели
diag-self-verification = { $id } не может проверить сам себя
diag-self-verification-help = перечислите здесь других людей
diag-unknown-chapter = «{ $chapter }» — не глава книги
diag-unknown-chapter-help = используйте одну из: { $known }
diag-switch-malformed = этот переключатель (switch) не имеет вида { "{" } choice = "…", cases = { "{" } … { "}" } { "}" }
diag-switch-malformed-help = запишите его как { "{" } choice = "KEY", cases = { "{" } VALUE = …, OTHER = … { "}" } { "}" }, по одному случаю на каждое значение выбора и ничего больше
diag-switch-case-missing = в переключателе по { $key } нет случая для { $value }
diag-switch-case-missing-help = добавьте { $value } = … в его случаи (списки пишутся через запятую, например "dana,kit")
diag-switch-case-unknown = в переключателе по { $key } есть случай «{ $value }», которого выбор не может принять
diag-switch-case-unknown-help = значения выбора: { $allowed }; переименуйте или удалите случай
diag-choice-value-unused = значение { $value } для { $key } строит ровно тот же мир, что и { $same }
diag-choice-value-unused-help = выбор участника должен что-то менять: используйте значение где-нибудь (в случае переключателя или в поле) или удалите его
diag-prose-syntax = файл с текстами не разбирается ({ $detail })
diag-prose-syntax-help = исправьте здесь синтаксис Fluent: сообщение — это «key = text» в начале строки, строки продолжения пишутся с отступом
diag-prose-missing = в { $file } нет сообщения { $key }
diag-prose-missing-help = добавьте «{ $key } = …» в { $file } (glasshouse new NAME создаёт файл со всеми ключами)
diag-prose-unknown-key = { $key } — не сообщение, которое использует этот сценарий
diag-prose-unknown-key-help = проверьте написание; ключи сценария: { $expected }
diag-no-device = у { $id } в { $at } не осталось устройств: все потеряны
diag-no-device-help = добавьте перед этим шагом шаг recover для { $id } или потеряйте устройство позже
diag-push-service-unavailable = первое устройство { $id } ({ $device }) не может получать push через { $service }: { $reason ->
    [f-droid] в сборке из F-Droid нет кода Google, поэтому нет push от Google
    [apple-device] у iPhone или iPad есть только push-сервис Apple
    [android-device] push-сервис Apple доходит только до устройств Apple
   *[other] { $reason }
}
diag-push-service-unavailable-help = { $reason ->
    [f-droid] используйте push = "unifiedpush" с push_distributor (это то, что предлагают сборки F-Droid) или push = "none" (приложение само проверяет сообщения)
    [apple-device] используйте push = "apple" или push = "none"
   *[other] используйте push = "google" или "unifiedpush" на телефоне Android или push = "none"
}
diag-push-distributor-missing = { $id } получает push через UnifiedPush, но дистрибьютор не указан
diag-push-distributor-missing-help = добавьте push_distributor = "SERVER" — сервер дистрибьютора, которого выбрал человек (например, "ntfy.sh"): он видит каждое уведомление
