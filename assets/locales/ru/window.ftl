# Машинный перевод с последующей правкой (machine-assisted translation); нужна проверка носителем русского языка.
# The simulator window (glasshouse-game), its Markdown export and the window commands.

ui-app-name = Glasshouse
ui-tagline = Что противник может узнать о вас в Matrix? Выбирайте, запускайте, смотрите — с доказательствами.
ui-progress = Пройдено сценариев: { $done } из { $total }
ui-start-first = Начать: { $title }
ui-library-empty = Не загружено ни одного сценария.
ui-open-scenarios = Все сценарии
ui-open-explorer = Исследование децентрализации
ui-offline-note = Всё работает на этом компьютере: без аккаунта, без сети. Прогресс сохраняется локально.
ui-settings = Настройки
ui-settings-key = F2 открывает и закрывает настройки
ui-back = Назад
ui-back-key = Alt+← — назад
ui-continue-key = Alt+→ — дальше
ui-keys = Tab — переход между элементами · Space или Enter — нажать · Alt+← / Alt+→ — назад и дальше · F2 — настройки
ui-start = Начать
ui-to-setup = Настроить
ui-to-run = Запустить сценарий
ui-to-notebook = Открыть блокнот противника
ui-to-debrief = Разбор
ui-to-scenarios = Назад к сценариям
ui-step-briefing = Вводная
ui-step-setup = Настройка
ui-step-run = Запуск
ui-step-notebook = Блокнот
ui-step-debrief = Разбор
ui-yes = да
ui-no = нет
ui-nobody = никто
ui-met = достигнута
ui-missed = не достигнута
ui-done = пройдено
ui-minutes = { $minutes ->
    [one] около { $minutes } минуты
    [few] около { $minutes } минут
    [many] около { $minutes } минут
   *[other] около { $minutes } мин
}

ui-scenarios-title = Сценарии
ui-chapter-other = Ваши сценарии
ui-reload-failed = В { $file } есть проблемы; используется последняя исправная версия:

ui-story = История
ui-objectives = Цели
ui-you-control = Чем вы управляете

ui-setup-title = Ваш выбор
ui-setup-intro = Каждый элемент — один из вариантов выбора в этом сценарии. Измените один, запустите и сравните, что узнаёт противник.
ui-reset-choices = Вернуть значения по умолчанию
ui-platform-matrix = Домашний сервер Matrix (homeserver)
ui-platform-signal-like = Сервис вроде Signal
ui-platform-telegram-like = Сервис вроде Telegram
ui-platform-discord-like = Сервис вроде Discord
ui-server-country = Юрисдикция оператора: { $country }
ui-server-keeps-ips = Хранит журнал IP-адресов клиентов { $days } дн.
ui-server-keeps-device-ip = Хранит последний IP-адрес каждого устройства
ui-server-shares-device-names = Отправляет названия устройств своих пользователей другим серверам
ui-server-requires-email = Для регистрации нужна электронная почта
ui-server-requires-phone = Для регистрации нужен номер телефона
ui-server-requires-both = Для регистрации нужны электронная почта и номер телефона
ui-server-requires-nothing = Для регистрации не нужны ни почта, ни телефон
ui-server-presence-on = Показывает статус «в сети» (присутствие)
ui-server-presence-off = Присутствие отключено
ui-type-name = введите имя
ui-name-matches-own-handle = Это ваш публичный ник «{ $handle }» — любой, кто увидит ваше имя пользователя, сможет связать с ним этот аккаунт.
ui-name-matches-handle = Это совпадает с публичным ником «{ $handle }» ({ $person }) — любой, кто это увидит, сможет связать одно с другим.
ui-name-matches-display-name = Это отображаемое имя { $person } — вас будут путать или связывать.
ui-name-unlinked = В этом сценарии ничто не связывает это имя ни с кем.
ui-name-not-offered = Этот сценарий работает с одним из значений: { $values }. Ваш выбор остаётся прежним.
ui-name-suggestions = Предлагается:
ui-error-unknown-scenario = Сценария с именем { $name } нет.
ui-error-no-scenario = Сначала откройте сценарий.
ui-error-run = Симуляция не удалась: { $detail }. Это ошибка в Glasshouse; пожалуйста, сообщите о ней и приложите файл сценария.

ui-play = ▶ Пуск
ui-pause = ⏸ Пауза
ui-play-key = Space — пуск и пауза
ui-step = ⏭ Шаг
ui-step-key = → — перейти к следующему моменту, когда что-то передаётся
ui-restart = ⟲ Сначала
ui-to-end = ⏩ До конца
ui-speed = Скорость:
ui-timeline = Перетащите, чтобы перемещаться по запуску
ui-event-log = Что происходит
ui-log-request = { $at } · { $from } → { $to }: запрос ({ $what })
ui-log-pdu = { $at } · { $from } → { $to }: событие комнаты { $what }
ui-log-edu = { $at } · { $from } → { $to }: { $what } (временное)
ui-log-to-device = { $at } · { $from } → { $to }: сообщение на устройство { $what } (так передаются ключи комнат)
ui-log-backfill = { $at } · { $from } → { $to }: догрузка { $what }
ui-log-media = { $at } · { $from } → { $to }: получение загруженного файла ({ $what }; пакет ключей, зашифрованный)
ui-log-adversary = { $at } · ⚠ { $kind }: { $target }. С этого момента у противника есть всё, что там хранится.
ui-map-server-seized = (захвачен)
ui-map-node = Сервер { $server }. Выберите, чтобы увидеть, что стало бы известно при его захвате.
ui-map-node-seized = Сервер { $server } в руках противника.
ui-legend-request = ваше устройство → ваш сервер
ui-legend-pdu = событие комнаты между серверами
ui-legend-edu = набор текста, отметки о прочтении, присутствие, списки устройств
ui-legend-to-device = на устройство (ключи комнат)

ui-notebook-what-if = Что, если захватят { $server }
ui-notebook-empty = Здесь противник ничего не узнал.
ui-reveal-all = Показать всё
ui-what-if-reset = Вернуться к противнику этого сценария
ui-what-if = Что, если захватят другой узел?
ui-what-if-help = Выберите сервер на карте или ниже: блокнот будет составлен заново, как если бы этот сервер был захвачен с самого начала.
ui-what-if-server = Если захватят { $server }
ui-finding = Находка
ui-found-by = Кто нашёл: { $adversary }
ui-rule = Почему противник может это знать
ui-evidence = Доказательства
ui-stored-ciphertext = Как это хранит сервер — зашифровано: сервер видит «конверт», но не слова.
ui-stored-plaintext = Как это хранит сервер — открытым текстом.

ui-what-leaked = Что утекло и почему
ui-compare = Сравнить с другим выбором
ui-compare-run = Запустить с этим выбором
ui-compare-yours = Ваш запуск
ui-compare-other = Другой выбор
ui-compare-objectives = { $run }: достигнуто целей { $met } из { $total }
ui-export = Экспортировать разбор
ui-export-to = Файл (без расширения):
ui-export-markdown = Сохранить как Markdown
ui-export-json = Сохранить как JSON
ui-export-no-path = Сначала укажите, куда сохранить файл.
ui-exported = Сохранено в { $path }
ui-export-failed = Не удалось сохранить { $path }: { $error }. Выберите папку, в которую можно записывать.
ui-book = Подробнее
ui-open-chapter = Открыть главу «{ $chapter }» в книге
ui-opened = Открыто: { $url }
ui-no-book = Книга отсюда недоступна: выполните «glasshouse book serve» в папке проекта.

ui-explorer-title = Исследование децентрализации
ui-explorer-intro = Условная федерация: выберите, сколько серверов, как по ним распределены пользователи и сколько из них захвачено. У пользователей захваченного сервера раскрываются IP-адреса; комната раскрыта, когда захвачен один из её серверов.
ui-explorer-servers = Серверы
ui-explorer-users = Пользователи
ui-explorer-dist = Как распределены пользователи
ui-explorer-uniform = равномерно
ui-explorer-zipf = несколько крупных, много мелких (Ципф)
ui-explorer-giant = один гигантский сервер
ui-explorer-exponent = показатель
ui-explorer-share = доля гиганта
ui-explorer-strategy = Атакующий захватывает
ui-explorer-top = сначала самые крупные серверы
ui-explorer-random = случайные серверы
ui-explorer-k = Захвачено серверов
ui-explorer-result = Что раскрывается вместе с ними
ui-explorer-summary = Захвачено серверов: { $k }; раскрыты IP-адреса пользователей: { $users } ({ $users_pct } %) и комнаты: { $rooms } ({ $rooms_pct } %).
ui-explorer-line-users = пользователи, чей IP-адрес раскрыт
ui-explorer-line-rooms = раскрытые комнаты
ui-explorer-axis = захвачено серверов (от 0 до { $max })
ui-explorer-axis-log = захвачено серверов (от 1 до { $max }, логарифмическая шкала)

ui-language = Язык
ui-text-size = Размер текста
ui-palette = Цвета
ui-palette-standard = Стандартные
ui-palette-safe = Для людей с дальтонизмом (Okabe–Ito)
ui-reduced-motion = Меньше движения (без летящих пакетов)
ui-saved-where = Прогресс и настройки сохраняются в { $dir }
ui-forget = Забыть меня на этом компьютере…
ui-forget-confirm = Стереть сохранённый прогресс, выбор, настройки и экспортированные файлы?
ui-forget-yes = Стереть
ui-cancel = Отмена
ui-forgotten = Стёрто.
ui-forget-failed = Не удалось стереть: { $error }

chapter-first-connection = Выбор сервера и что он хранит
chapter-connecting = Как вы подключаетесь
chapter-usernames = Выбор имени пользователя
chapter-second-accounts = Вторые аккаунты
chapter-many-servers = Зачем много серверов
chapter-public-rooms = Публичные комнаты
chapter-high-trust-rooms = Комнаты высокого доверия
chapter-account-recovery = Восстановление аккаунта
chapter-what-others-know = Что знают другие
chapter-other-platforms = Другие платформы

md-title = Разбор: { $title }
md-choices = Выбор: { $choices }
md-objectives = Цели
md-findings = Что узнали противники ({ $count })
md-rule = почему: { $rule }
md-debrief = Что это значит

error-no-display = Нет дисплея, на котором можно открыть окно (DISPLAY не задан). Всё остальное работает и без него: glasshouse run, explain, list, check, scale, book build. Чтобы снять окно на сервере, запустите его через xvfb-run, например: xvfb-run -a glasshouse screenshot first-connection --screen debrief --out debrief.png
error-window-size = «{ $size }» — не размер окна: укажите ШИРИНАxВЫСОТА (WIDTHxHEIGHT, латинская x), например 1280x800 (от 320x240 до 7680x4320).
screenshot-saved = Сохранено: { $path }
error-screenshot-blank = Снимок получился пустым: ничего не было отрисовано. При программной отрисовке попробуйте WGPU_BACKEND=vulkan и lavapipe из Mesa (Debian: mesa-vulkan-drivers).
error-screenshot-write = Не удалось записать { $path }: { $error }. Выберите папку, в которую можно записывать.
error-screenshot-timeout = Окно так и не дошло до этого экрана. Запустите ту же команду с RUST_LOG=info, чтобы понять почему.
error-screenshot-refused = Сценарий не открылся: { $detail }

bench-first-frame = от запуска до первого отрисованного кадра: { $ms } мс
bench-screen = { $screen }: кадров { $frames }, p50 { $p50 } мс, p99 { $p99 } мс, максимум { $max } мс (системы основного мира на кадр)
book-web-built = Симулятор для браузера находится в { $path } ({ $mb } МБ WebAssembly, собран за { $s } с).
ui-language-rtl = { $language }: это окно пока не умеет показывать текст справа налево (в egui, на котором оно нарисовано, нет двунаправленного текста), поэтому слова могут идти в неверном порядке. Играйте в браузере: кнопка «Play in your browser» на странице каждого сценария в книге.

# The debrief screen and map (issue 17).
ui-learned-about-you = { $count ->
    [one] Что о вас узнали ({ $count } факт)
    [few] Что о вас узнали ({ $count } факта)
    [many] Что о вас узнали ({ $count } фактов)
   *[other] Что о вас узнали (фактов: { $count })
}
ui-learned-about-you-nothing = Что о вас узнали: ничего. Никто из противников ничего о вас не узнал.
ui-everyone-else = { $count ->
    [one] Все остальные ({ $count } человек)
    [few] Все остальные ({ $count } человека)
    [many] Все остальные ({ $count } человек)
   *[other] Все остальные (человек: { $count })
}
ui-items-count = { $count ->
    [one] В этой группе узнан { $count } факт
    [few] В этой группе узнано { $count } факта
    [many] В этой группе узнано { $count } фактов
   *[other] Фактов, узнанных в этой группе: { $count }
}
ui-evidence-count = Показать доказательства ({ $count })
ui-select-group = Выберите группу слева, чтобы увидеть, на чём она основана.
ui-what-to-change = Что изменить
ui-what-to-change-help = Для каждой группы: какие решения в этом сценарии скрыли бы это от них и что сделать в реальной жизни уже сейчас.
ui-do-now = Сделайте это сейчас:
ui-do-now-how = Как это сделать — в книге →
ui-compare-groups-help = Выберите другие значения и запустите снова: все группы того, что о вас узнают, бок о бок.
ui-compare-changed = Что меняется
ui-compare-gone = ✔ больше нет: { $item }
ui-compare-new = ✘ вместо этого: { $item }
ui-compare-nothing = ничего
ui-compare-same = то же самое
ui-notebook-groups-title = Блокнот противника
ui-notebook-groups-help = Что узнаёт противник, сгруппированное по смыслу, по мере того как он это узнаёт (всего находок: { $count }). Выберите группу, чтобы увидеть её доказательства.
ui-learning-now = Что они узнали к этому моменту
ui-learning-nothing-yet = Пока ничего.
ui-learning-others = … и ещё { $count } { $count ->
    [one] факт
    [few] факта
    [many] фактов
   *[other] факта
} о других людях ({ $people } чел.)
ui-map-you = вы
ui-legend-you = вы (звезда)
ui-legend-server-size = сервер: чем он больше, тем больше на нём людей
ui-legend-compromised = скомпрометированный сервер (красный, предупреждающий знак)
