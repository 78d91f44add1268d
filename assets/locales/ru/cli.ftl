# Машинный перевод с последующей правкой (machine-assisted translation); нужна проверка носителем русского языка.
# Words of the glasshouse command line.

list-minutes = { $minutes } мин
list-invalid = (есть проблемы: запустите glasshouse check)
report-title = Отчёт — { $title } (seed { $seed })
report-choices = Ваш выбор: { $choices }
report-adversary = Противник { $id }: { $kind } — { $target }, с { $at }
adversary-compromise = скомпрометированный сервер
adversary-malicious-admin = злонамеренный администратор сервера
adversary-insider = свой человек в комнате
adversary-network-observer = сетевой наблюдатель рядом с
adversary-seized-device = изъятое устройство
report-findings = { $count ->
    [one] Что узнали противники ({ $count } находка):
    [few] Что узнали противники ({ $count } находки):
    [many] Что узнали противники ({ $count } находок):
   *[other] Что узнали противники (находок: { $count }):
}
col-adversary = противник
col-about = о ком
col-finding = находка
col-rule = правило
col-evidence = доказательство
report-evidence = Почему (правило — доказательство):
report-prevented = Что предотвратило бы каждую находку о вас (запустите снова с другим выбором):
prevented-by = предотвращается: { $changes }
prevented-or = или
prevented-by-nothing = это не предотвращает ни один ваш выбор
report-objectives = Цели:
objective-met = [достигнута]
objective-missed = [НЕ ДОСТИГНУТА]
report-exposure = Ваших сообщений прочитано противником: { $read } из { $sent } (всех сообщений: { $all_read } из { $all }).
report-about-learner = Находки о вас: { $list }
evidence-event = событие { $event } у { $holder }
evidence-row = { $table }, строка { $key } на { $holder }
evidence-edu = { $type }, увиденное { $holder } в { $at }
evidence-room-key = ключ комнаты { $session } на устройстве { $device }
evidence-packets = запросов с подключения { $person }: { $count }
evidence-derived = выведено из { $from }
evidence-compared-pictures = изображения по адресам { $urls }, скачанные и сравнённые
evidence-identity-lookup = ответ сервера идентификации на поиск { $address } в { $at }
evidence-turn-relay = пакеты звонка, которые TURN-ретранслятор { $server } передал в { $at }
evidence-group-send = одно сообщение для { $recipients }, отправленное с { $ip }, увиденное { $holder } в реальном времени в { $at }
evidence-log-lines = { $log } на { $holder }: строки с { $first } по { $last } (всего: { $lines })
diag-error = ошибка
diag-help = подсказка
diag-with-choices = при выборе { $choices }
outline-meta = Глава: { $chapter } · около { $minutes } мин · seed { $seed }
outline-servers = Серверы:
outline-server = { $name }: хранит историю IP { $days } дн., хранит последний IP устройства: { $device_ip }, homeserver.log: сегодня + { $log_days } дн., журнал доступа прокси: сегодня + { $proxy_log_days } дн., вход: { $auth }, для регистрации нужно: { $requires }, присутствие: { $presence }
outline-people = Люди (* = вы):
outline-person = { $id }: { $mxid } «{ $name }», подключается через { $via }, делится ключами комнат с устройствами: { $sends }
outline-rooms = Комнаты:
outline-room = { $id }: правило входа { $join }, история { $history }, зашифрована: { $encrypted }, участники: { $members }
outline-timeline = Хронология:
outline-adversaries = Противники:
outline-choices = Ваш выбор:
outline-default = по умолчанию
outline-objectives = Цели:
error-not-found = Сценария «{ $name }» нет: это не файл, его нет в ваших папках сценариев (--scenarios DIR или GLASSHOUSE_SCENARIOS), и он не встроен. Известные сценарии: { $bundled }. Чтобы запустить свой, укажите путь к его файлу .toml или его папку через --scenarios.
error-read = Не удалось прочитать { $path }: { $error }. Проверьте, что путь существует и доступен для чтения.
error-choice-key = В этом сценарии нет выбора «{ $key }». Его варианты выбора: { $known }.
error-choice-value = «{ $value }» недопустимо для { $key }. Допустимо: { $allowed }.
error-choice-malformed = «{ $text }» — не KEY=VALUE, например --choose connection=tor
error-internal = Симуляция не удалась: { $error }. Это ошибка в Glasshouse; пожалуйста, сообщите о ней и приложите файл сценария.
error-dump = Не удалось записать дамп в { $path }: { $error }. Выберите папку, в которую можно записывать.
check-ok = ok: { $file }
check-summary-file = { $file }: проблем: { $count }
check-summary = Проверено файлов: { $files }; с проблемами: { $bad }; всего проблем: { $problems }.
scale-title = Исследование децентрализации — серверов: { $servers }, пользователей: { $users }, комнат: { $rooms }; размеры серверов { $dist }; seed { $seed }
scale-servers = Пользователей на сервер: наибольший { $largest } ({ $largest_share } % от всех), медиана { $median }; серверов без пользователей: { $empty }.
scale-rooms = Участников в комнате: допустимо от { $min } до { $max }, медиана { $median }, среднее { $mean }, наибольшая { $largest }; участий: { $memberships }; серверов на комнату в среднем: { $spread }.
scale-attack-top = Скомпрометированы: k крупнейших серверов (по числу пользователей), до k = { $k }; каждая строка добавляет следующий по величине.
scale-attack-random = Скомпрометированы: k случайно выбранных серверов, до k = { $k } (одни и те же при seed { $seed }); каждая строка добавляет новые к предыдущим.
scale-note-clamped = примечание: K = { $k } больше числа серверов ({ $servers }), поэтому скомпрометирован каждый сервер.
scale-col-k = k
scale-col-servers = % серверов
scale-col-ips = % раскрытых IP пользователей
scale-col-rooms = % раскрытых комнат
scale-col-memberships = % раскрытых участий
scale-why = Почему: скомпрометированный сервер видит IP-адреса только своих пользователей — федерация не передаёт IP (FACTS §1), — но он хранит участие, состояние и «конверты» событий каждой комнаты, в которой есть хотя бы один его пользователь (FACTS §2), так что один участник на скомпрометированном сервере раскрывает метаданные всей комнаты.
error-scale-no-servers = Федерации нужен хотя бы один сервер: укажите --servers 1 или больше (например, --servers 10000).
error-scale-no-users = Федерации нужен хотя бы один пользователь: укажите --users 1 или больше (например, --users 1000000).
error-scale-not-a-count = --{ $field } «{ $text }» — не целое число. Укажите цифры, например 10000, 10_000 или 1e4.
error-scale-too-many = --{ $field } { $given } превышает предел { $max } (исследование держит всю федерацию в памяти). Укажите не больше { $max }.
error-scale-dist-kind = Неизвестное распределение размеров серверов «{ $text }». Используйте --dist uniform, --dist zipf:S (например, zipf:1.1) или --dist giant:SHARE (например, giant:0.4).
error-scale-zipf-exponent = zipf нужен конечный показатель ≥ 0 после двоеточия, а не «{ $text }». Пример: --dist zipf:1.1 (0 — равномерно; чем больше, тем сильнее пользователи сосредоточены на крупнейших серверах).
error-scale-giant-share = giant нужна доля пользователей гигантского сервера, больше 0 и не больше 1, а не «{ $text }». Пример: --dist giant:0.4 (или giant:40%).
error-scale-compromise-malformed = «{ $text }» — не способ компрометации. Используйте top:K для K крупнейших серверов или random:K для K случайных, например --compromise top:5.
error-scale-compromise-zero = «{ $text }» не компрометирует ни одного сервера. Укажите K не меньше 1, например --compromise top:1.
error-scale-too-large = Федерация превысила предел пар комната–сервер ({ $pairs }) — больше, чем можно проиндексировать. Используйте меньше комнат (--rooms) или меньше пользователей.

outcomes-title-all = Исходы — { $title }: все комбинации вашего выбора ({ $count })
outcomes-title-singles = Исходы — { $title }: запусков: { $count } (слишком много комбинаций: значения по умолчанию, затем значения каждого выбора по одному)
outcome-met = достигнута
outcome-missed = НЕ ДОСТИГНУТА
outcome-problems = запуск невозможен: { $codes }
col-choices = выбор
col-about-you = находки о вас
col-read = прочитано ваших сообщений
outcomes-matter = Выбор, меняющий исход: { $list }
outcomes-idle = Выбор, который никогда его не меняет (проверьте сценарий): { $list }
error-new-name = «{ $name }» не может быть именем сценария: используйте строчные латинские буквы, цифры и дефисы, например glasshouse new my-workshop
error-new-exists = { $path } уже существует; выберите другое имя или переместите файл (new никогда ничего не перезаписывает)
error-write = Не удалось записать { $path }: { $error }
new-written = Записаны { $toml } и { $ftl }. Отредактируйте их, затем запустите: glasshouse check { $toml }
adversary-push-gateway = push-шлюз и push-сервис (Google, Apple или дистрибьютор UnifiedPush) для
adversary-contact-lookup = тот, кто ищет это на сервере идентификации:
adversary-identity-server = оператор сервера идентификации
evidence-push = что домашний сервер (homeserver) отправил для { $person } в { $at }
report-debrief = Разбор:
outline-facilitator = Для ведущего:
error-book = Не удалось собрать книгу: { $error }
book-built = Книга собрана в { $path } ({ $ms } мс).
book-serving = Доступна по адресу { $url } — нажмите Ctrl+C, чтобы остановить.
forget-done = Стёрто всё, что Glasshouse сохранил в { $path } (прогресс, последний выбор, экспорт).
error-forget = Не удалось стереть { $path }: { $error }. Проверьте права доступа и при необходимости удалите вручную.
error-no-data-dir = Папка данных неизвестна (HOME не задан): задайте GLASSHOUSE_DATA — папку, которую нужно стереть.

## glasshouse lab
lab-venv-creating = Первый запуск: создаётся окружение Python с Synapse { $version } в { $path } (от полуминуты до нескольких минут; следующие запуски используют его повторно)…
lab-venv-package = {"  "}pip: загрузка { $package }
lab-venv-ready = Synapse установлен за { $seconds } с.
lab-starting = Запуск домашних серверов Synapse ({ $count }) на 127.0.0.1 в { $path }…
lab-server-up = {"  "}{ $name } работает как { $real } (клиентский API { $url })
lab-replaying = Воспроизведение сценария через Client-Server API (прошло { $seconds } с)…
lab-compared = Сравнено то, что, по предсказанию симулятора, хранит каждый сервер, с тем, что хранит его настоящая база данных Synapse. Идентификаторы, которые неизбежно различаются (имена серверов, идентификаторы комнат и событий, токены, ключи, время), нормализованы; собственный аккаунт администратора лаборатории не учитывается.
lab-server-title = ══ { $name } (настоящий Synapse: { $real }) — фактов: { $facts }, различий: { $differences }
lab-gateway-title = ══ push-шлюз (лабораторный, на { $real }) — видов уведомлений: { $facts }, различий: { $differences }
lab-col-what = что
lab-col-value = значение
lab-col-predicted = предсказано
lab-col-real = на деле
lab-subject-local = { $subject } (локальный пользователь)
lab-subject-remote = { $subject } (удалённый пользователь: прошёл через федерацию)
lab-subject-room = комната { $subject }
lab-subject-push = уведомления { $subject }
lab-kind-account = аккаунт
lab-kind-profile = профиль
lab-kind-threepid = почта / телефон
lab-kind-registration-ip = IP регистрации · UA
lab-kind-device = устройство
lab-kind-device-last-ip = последний IP устройства · UA
lab-kind-ip = IP · user agent
lab-kind-log-ip = homeserver.log: IP · user agent
lab-kind-access-token = токен доступа (открыто)
lab-kind-device-keys = ключи устройства
lab-kind-event = событие
lab-kind-search = поисковый индекс
lab-kind-receipt = отметка о прочтении
lab-kind-presence = присутствие
lab-kind-membership = участие
lab-kind-remote-device = список устройств (удалённый)
lab-kind-to-device = входящие на устройство
lab-kind-alias = псевдоним комнаты
lab-kind-media = файл
lab-kind-pusher = pusher (получатель уведомлений)
lab-kind-push = push-уведомление
lab-kind-key-backup = резервная копия ключей
lab-agree = Предсказание и реальность совпадают на каждом сервере ({ $seconds } с).
lab-differ = Различий между предсказанием и реальностью: { $count } (отмечены ≠ выше) ({ $seconds } с).
lab-kept = Папки серверов сохранены в { $path } (конфигурация, ключ подписи, база данных SQLite, журналы и predicted.json / real.json: что хранит каждая сторона).
lab-kept-server = {"  "}{ $name } = { $real }: база данных { $db }; снова запустить: ~/.cache/glasshouse/synapse-venv/bin/python -m synapse.app.homeserver -c { $config } -c { $lab } — затем откройте { $url } в Element («Sign in» → «Edit» homeserver).
lab-kept-element = Пароли аккаунтов — glasshouse-lab-PERSON (например, glasshouse-lab-you). Открыть базу данных: sqlite3 DATABASE 'select * from user_ips'.
lab-note-retention = { $server } хранит историю IP { $days } дн., меньше, чем длится сценарий: воспроизведение занимает секунды, так что в настоящей базе ничего не устаревает, и предсказание тоже хранит всю историю.
lab-note-redaction-retention = { $server } хранит оригинал удалённого сообщения { $days } дн., меньше, чем длится сценарий: воспроизведение занимает секунды, так что настоящий Synapse всё ещё хранит все оригиналы, и предсказание тоже.
lab-note-redactions-ignored = { $server } в сценарии игнорирует удаления (redactions); стандартный Synapse их соблюдает, поэтому лаборатория воспроизводит его как сервер, который их соблюдает.
lab-note-device-ip = { $server } — изменённый сервер, который забывает последний IP каждого устройства; стандартный Synapse его хранит, поэтому предсказание тоже.
lab-note-log-retention = { $server } хранит сегодняшний homeserver.log и ещё { $days } дн., меньше, чем длится сценарий: воспроизведение занимает минуты, так что из настоящего журнала ничего не ротируется, и предсказание тоже хранит каждую строку.
lab-note-mas = { $server } выполняет вход через Matrix Authentication Service, который лаборатория не запускает: он воспроизводится с помощью собственной регистрации и входа Synapse, а таблицы MAS проверяются только чтением исходного кода.
lab-note-lose-device = { $at } { $action }: воспроизводить нечего (потерянное устройство ничего не отправляет серверу).
lab-note-recover = { $at } { $action }: сброс через почту воспроизводится сбросом пароля через admin API (он завершает сеансы всех устройств, как и сброс), затем входом нового устройства по паролю; письмо не отправляется, ключи не восстанавливаются.
lab-note-verify = { $at } { $action }: пропущено (перекрёстная подпись не воспроизводится).
lab-note-call = { $at } { $action }: события сигнализации отправляются по-настоящему; медиа звонка (напрямую или через TURN-ретранслятор) — нет (в лаборатории нет WebRTC).
lab-note-outage = { $at } server_down { $server }: его Synapse останавливается (как при отключении электричества, после записи того, что он держит в памяти) и запускается снова в server_up ({ $until }), через { $minutes } мин по сценарию. Воспроизведение занимает секунды, так что эти часы сжаты: другие серверы отказываются от него после двух быстрых повторов вместо восьми минут повторов, отступают на два часа (больше чем через час Synapse выбрасывает отметки о прочтении, присутствие и набор текста, стоявшие в очереди для этого сервера), пробуют ещё раз, пока он всё ещё недоступен, и получают команду переподключиться, когда он возвращается (reset_connection в admin API). Затем лаборатория ждёт, пока он догрузит пропущенные события. Synapse повторно отправляет присутствие людей в сети каждые 25 минут; если сценарий длится так долго, приложение каждого такого человека меняет подпись статуса и возвращает её обратно, чтобы его сервер сразу отправил текущее присутствие.
lab-note-outage-short = { $at } server_down { $server }: этот сбой длится { $minutes } мин, но лаборатория воспроизводит его как долгий. Настоящий Synapse повторяет попытки около восьми минут, а затем каждые 10, 20, 40… минут, так что отметки о прочтении и присутствие, отправленные незадолго до конца короткого сбоя, всё же могут дойти; и предсказание, и лаборатория могут их пропустить.
lab-error-stop = Не удалось остановить Synapse для { $server }: { $error }.
lab-error-before-outage = { $server } падает в { $at }, но из событий, которые к тому моменту должны были быть у него, за { $seconds } с не дошло { $missing } из { $count }: федерация между серверами лаборатории не работает. Запустите снова с --keep DIR и прочитайте DIR/*/homeserver.log.
lab-error-catch-up = { $server } вернулся в { $at }, но не догрузил события за { $seconds } с: из событий, которые должны у него быть, не хватает { $missing } из { $count }. Запустите снова с --keep DIR и прочитайте файлы homeserver.log (ищите «Catching up» у отправителей и «get_missing_events» на { $server }).
lab-note-inject-device = { $at } { $action }: приближённо через admin API Synapse (создаёт устройство; без токена доступа и без ключей).
lab-note-add-puppet = { $at } { $action }: приближённо через admin API Synapse (создаёт аккаунт и устройство, затем вводит его в комнату).
lab-note-reset-identity = { $at } { $action }: приближённо: новые ключи перекрёстной подписи загружаются от имени аккаунта с токеном из admin API Synapse ("log in as user"). Лаборатория никогда не воспроизводит исходную настройку перекрёстной подписи, поэтому Synapse принимает их как первую загрузку, без интерактивной аутентификации, которой требует настоящий сброс (злонамеренный администратор сам проходит эту проверку, например задав пароль аккаунта через admin API). У устройства администратора в лаборатории нет ключей, поэтому подпись новой личности на нём не загружается; ключи и подписи перекрёстной подписи не сравниваются.
lab-error-no-cache = Папка кэша неизвестна (не задан ни XDG_CACHE_HOME, ни HOME): задайте XDG_CACHE_HOME — папку, куда лаборатория может установить Synapse.
lab-error-no-python = python3 не найден. Лаборатория запускает настоящие серверы Synapse, которым нужен Python 3.10 или новее с venv: установите их (Debian/Ubuntu: apt-get install python3 python3-venv) и запустите команду снова.
lab-error-venv = Не удалось создать окружение Python: { $error }. В Debian/Ubuntu установите python3-venv (apt-get install python3-venv) и попробуйте снова.
lab-error-pip = Не удалось установить matrix-synapse { $version } из PyPI: { $error }. Проверьте сетевой доступ к PyPI; если пакет не собрался, установите инструменты сборки (apt-get install build-essential python3-dev libffi-dev) и попробуйте снова.
lab-error-write = Не удалось записать { $path }: { $error }. Проверьте права доступа к папке и свободное место.
lab-error-ports = Не удалось найти свободные порты на 127.0.0.1: { $error }.
lab-error-generate = Synapse не смог сгенерировать конфигурацию для { $server }: { $error }. Удалите кэшированное окружение (~/.cache/glasshouse/synapse-venv), чтобы следующий запуск переустановил его.
lab-error-openssl = openssl не смог создать сертификат федерации: { $error }. Установите openssl (apt-get install openssl) и попробуйте снова.
lab-error-start = Synapse для { $server } не запустился ({ $error }). Конец его журнала:
    { $log }
lab-error-no-servers = В сценарии нет сервера для запуска.
lab-error-call = Запрос воспроизведения { $what } не удался: { $error }. Это расхождение между моделью симулятора и Synapse или ошибка лаборатории: запустите снова с --keep DIR и прочитайте DIR/*/homeserver.log.
lab-error-event-late = Событие ({ $event }) не дошло до сервера { $who } за 20 с: федерация между серверами лаборатории не работает. Запустите снова с --keep DIR и прочитайте DIR/*/homeserver.log.
lab-error-database = Не удалось прочитать базу данных { $path }: { $error }.
lab-error-keep-not-empty = { $path } не пуста: --keep нужна пустая или новая папка (лаборатория никогда не перезаписывает папку).
lab-error-platform = { $server } в этом сценарии — не сервер Matrix: лаборатория может воспроизводить только домашние серверы Matrix (выберите service=matrix, если сценарий это позволяет).
lab-error-internal = Лаборатория дала сбой: { $error }. Это ошибка; пожалуйста, сообщите о ней вместе с командой, которую вы запускали.
lab-note-unreplayed = { $user } { $device }: устройство противника; его токен доступа, ключи и записи в списке устройств не сравниваются (admin API не может их создать).
lab-note-sign-up-expired = { $user }: к концу сценария регистрации больше 48 часов, поэтому Synapse удалил бы её адрес и user agent (ui_auth_sessions_ips); воспроизведение занимает минуты, поэтому настоящие строки не сравниваются.

# The book's translations (gettext).
book-pot-written = Шаблон перевода записан: { $path } (сообщений: { $count }).
book-pot-current = { $path } актуален (сообщений: { $count }).
book-languages-language = Язык
book-languages-translated = Переведено сообщений
book-languages-complete = Готово
book-languages-status = Статус
book-languages-source = исходный текст
book-languages-machine = машинный перевод, нужна проверка носителем языка
book-languages-human = переведено людьми

# The debrief screen and map (issue 17).
adversary-own-view = { $id } (то, что видит сам участник, а не противник)

## glasshouse class
class-cli-started = Занятие начато; оно сохраняется в { $data } (больше нигде ничего не записывается).
class-cli-resumed = Продолжено: воспроизведено сохранённых действий: { $count }.
class-cli-loopback = Открыть его может только этот ноутбук. Чтобы подключились телефоны и ноутбуки участников, запустите с --listen и адресом этого ноутбука в сети зала (например, --listen 0.0.0.0:8640).
class-cli-lan = Ожидает подключений в сети зала ({ $addr }): присоединиться может любой в этой сети, у кого есть код. Используйте сеть, которой доверяете.
class-cli-join = Участники открывают { $url } и входят с кодом { $code }:
class-cli-trainer = Страница ведущего: { $url } — ключ ведущего (никому не показывайте): { $key }
class-cli-stop = Ctrl-C останавливает занятие; `glasshouse class --resume` продолжает его, `glasshouse class --forget` стирает.
class-cli-bad-listen = «{ $value }» — не адрес для ожидания подключений: укажите IP-адрес и порт, например 127.0.0.1:8640 или 0.0.0.0:8640.
class-cli-listen-failed = Не удалось ожидать подключений на { $addr } ({ $error }). Может быть, этот порт занят другим занятием или программой? Выберите другой через --listen, например 127.0.0.1:8641.
class-cli-unreadable = Не удалось прочитать { $path }: { $error }
class-cli-not-a-class = { $path } — не сценарий занятия ({ $error }): занятию нужен один человек с learner = true и никого с именами l1, l2, …
class-cli-nothing-to-forget = В { $path } нет сохранённого занятия; стирать нечего.
class-cli-forgot = Стёрто занятие, сохранённое в { $path } (файлов: { $count }).
