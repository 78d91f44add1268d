# Машинный перевод с последующей правкой (machine-assisted translation); нужна проверка носителем русского языка.
# The debrief: what the adversaries learned, grouped by what it means, about you first.

debrief-title = Что они узнали — { $title }
debrief-choices = Ваш выбор: { $choices }
debrief-about-you = { $count ->
    [one] О вас ({ $count } факт)
    [few] О вас ({ $count } факта)
    [many] О вас ({ $count } фактов)
   *[other] О вас (фактов: { $count })
}
debrief-about-you-nothing = О вас: ничего. Никто из противников ничего о вас не узнал.
debrief-at-risk = Люди, которых ваш выбор подверг риску
debrief-others = Все остальные (ваш выбор не изменил того, что о них узнали)
debrief-person-line = { $count ->
    [one] { $name }: { $count } факт — { $severity }
    [few] { $name }: { $count } факта — { $severity }
    [many] { $name }: { $count } фактов — { $severity }
   *[other] { $name }: фактов: { $count } — { $severity }
}
debrief-you = вы
debrief-yes = да
debrief-no = нет
debrief-and-more = (и ещё { $more })
debrief-full-hint = Все находки с доказательствами: glasshouse run { $scenario } --full
debrief-more-people = … и ещё людей: { $count }; см. --full

debrief-group-identity = Кто вы
debrief-group-location = Где вы находитесь
debrief-group-network = С кем вы общаетесь
debrief-group-content = Что вы написали
debrief-group-activity = Когда вы в сети
debrief-group-devices = Ваши устройства и сеансы

debrief-severity-locate = { $you ->
    [true] они могут узнать, где вы находитесь
   *[other] они могут узнать, где находится { $name }
}
debrief-severity-identify = { $you ->
    [true] они могут узнать, кто вы
   *[other] они могут установить личность: { $name }
}
debrief-severity-impersonate = { $you ->
    [true] они могут действовать от вашего имени
   *[other] они могут действовать от имени { $name }
}
debrief-severity-read = { $you ->
    [true] они могут прочитать то, что вы написали
   *[other] они могут прочитать то, что написал(а) { $name }
}
debrief-severity-map-network = { $you ->
    [true] они могут составить карту ваших связей
   *[other] они могут составить карту связей: { $name }
}
debrief-severity-watch = { $you ->
    [true] они могут узнать, когда вы в сети
   *[other] они могут узнать, когда { $name } в сети
}

debrief-item-ip-address = { $kind ->
    [home] домашний интернет-адрес { $ip }, последний раз использован { $at }
    [vpn] адрес VPN { $ip } (не домашний адрес), последний раз использован { $at }
   *[other] адрес выходного узла Tor { $ip } (не домашний адрес), последний раз использован { $at }
}
debrief-item-traffic = подключения к { $destination } { $kind ->
    [server] (сервер чата)
    [vpn] (VPN)
    [tor] (Tor)
   *[other] {""}
} между { $first } и { $last }
debrief-item-contact-detail = { $medium ->
    [phone] номер телефона
   *[other] адрес электронной почты
} { $address }
debrief-item-public-handle = имя пользователя, совпадающее с публичным ником «{ $handle }»
debrief-item-profile = имя «{ $name }»{ $picture ->
    [true] {" "}и фото профиля
   *[other] {""}
}
debrief-item-account-link = { $own ->
    [true] второй аккаунт на { $server } принадлежит тому же человеку
   *[other] аккаунт на { $server } ({ $other }) похоже принадлежит тому же человеку
}; выдаёт { $via ->
    [same-localpart] одинаковое имя пользователя
    [same-display-name] одинаковое отображаемое имя
    [same-avatar] одинаковое фото
    [same-ip] одинаковый интернет-адрес
   *[other] одинаковая почта или телефон
}
debrief-item-room-membership = участие в «{ $room }» (с { $since })
debrief-item-social-link = кто с кем состоит в общих комнатах: { $contacts }
debrief-item-message-plaintext = слова «{ $text }», написанные в «{ $room }» в { $at }
debrief-item-relation = { $kind ->
    [reaction] реакция «{ $key }»
    [edit] правка
    [thread] ответ в ветке
   *[other] ответ
} в «{ $room }» и то, на какое сообщение она отвечает
debrief-item-message-metadata = то, что в «{ $room }» было отправлено сообщение в { $at }{ $encrypted ->
    [true] {" "}(его слова остаются зашифрованными)
   *[other] {""}
}
debrief-item-presence = статус «{ $state ->
    [online] в сети
    [unavailable] отошёл
   *[other] не в сети
}» в { $at }{ $status }
debrief-status = , с подписью статуса «{ $status }»
debrief-item-read-receipt = чтение «{ $room }» в { $at }
debrief-item-typing = набор текста в «{ $room }» в { $at }
debrief-item-push-notification = уведомление через { $service ->
    [google] Google
    [apple] Apple
   *[other] сервер UnifiedPush
} в { $at }{ $shows ->
    [text] {" "}, в котором были видны слова сообщения
    [sender] {" "}, в котором было видно, кто написал
   *[other] {""}
}
debrief-item-device-list = устройства { $devices }
debrief-item-session-token = ключи входа для { $devices }: тот, у кого они есть, может действовать от имени этого аккаунта
debrief-item-identity-changed = новая личность (ключи подтверждения) в { $at }{ $verified ->
    [true] ; приложения, которые её проверили, перестают делиться ключами, пока её не проверят снова
   *[other] ; приложения только предупреждают
}
debrief-item-key-backup = ключи бесед в «{ $room }» (всего: { $sessions }), хранящиеся на сервере в резервной копии, где названия комнат можно прочитать
debrief-item-recovery-passphrase = { $weak ->
    [true] слабая фраза восстановления, которую можно подобрать по копии сервера; она открывает сохранённые ключи (всего: { $sessions })
   *[other] фраза восстановления, хранящаяся вместе со всем, что нужно для подбора (длинная случайная фраза устоит)
}

debrief-prevented = Это предотвратило бы: { $changes }
debrief-prevented-change = { $label } → { $value }
debrief-prevented-items = { $items } из { $count }
debrief-prevented-or = или
debrief-prevented-none = Ни один ваш выбор в этом сценарии этого не предотвращает.
debrief-todo-label = Что сделать:

debrief-todo-hide-address = подключаться к своему серверу через VPN или Tor
debrief-todo-remove-contact = удалить свою почту или телефон
debrief-todo-change-username = взять имя пользователя, имя и фото, которые вы больше нигде не используете
debrief-todo-separate-accounts = держать второй аккаунт отдельно
debrief-todo-review-sessions = завершить сеансы, которыми вы не пользуетесь
debrief-todo-verify-again = проверить их снова, при личной встрече
debrief-todo-encrypt-rooms = общаться в зашифрованных комнатах
debrief-todo-choose-rooms = меньше общих комнат; распределиться по разным серверам
debrief-todo-quiet-activity = отключить отметки о прочтении, индикатор набора и статус присутствия
debrief-todo-private-notifications = скрыть в уведомлениях текст и отправителя
debrief-todo-strong-recovery = использовать ключ восстановления или длинную случайную фразу

# The book's findings blocks.
book-findings-meta = Что узнали противники в { $scenario } при выборе { $choices } (seed { $seed }), по реальному запуску:
book-findings-full = Все находки, с правилом, на котором основана каждая ({ $count })
book-objectives = Цели
book-met = достигнута
book-missed = не достигнута
col-why = почему
