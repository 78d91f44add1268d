# Machine-assisted translation (Russian): needs review by a native speaker.
# Собственные слова проигрывателя в браузере (player/, player/www/).

player-language-name = Русский
player-title = Glasshouse
player-skip = Перейти к содержанию
player-language = Язык
player-loading = Загрузка симулятора…
player-load-failed = Симулятор не смог запуститься в этом браузере. Обновите страницу, чтобы попробовать ещё раз, или используйте таблицы в книге и настольное окно.
player-steps-label = Шаги
player-step-scenarios = Сценарии
player-step-briefing = Вводная
player-step-setup = Выбор
player-step-run = Прогон
player-step-notebook = Блокнот
player-step-debrief = Итоги
player-current-step = (текущий шаг)
player-scenarios-heading = Выберите сценарий
player-scenarios-intro = Каждый сценарий — короткое упражнение. Вы делаете несколько выборов, смотрите, что происходит, а потом видите, что противник узнал о вас.
player-minutes = { $minutes } мин.
player-completed = Пройдено
player-open = Открыть «{ $title }»
player-briefing-heading = Вводная
player-continue = Продолжить
player-back = Назад
player-setup-heading = Ваш выбор
player-setup-intro = Выберите один ответ на каждый вопрос. Обычные ответы сценария уже отмечены.
player-objectives-heading = Чего вы хотите добиться
player-start = Начать прогон
player-running = Симуляция идёт на этом устройстве…
player-error-summary = Есть проблема
player-run-heading = Прогон
player-map-heading = Карта серверов, людей и комнат
player-map-summary = Карта в виде списка
player-map-legend-server = рамка: сервер
player-map-legend-you = толстая рамка: вы
player-map-legend-compromised = красная штриховка: в руках противника
player-map-legend-encrypted = замок: зашифрованная комната
player-map-taken = в руках противника
player-rooms-heading = Комнаты
player-controls = Воспроизведение
player-play = Пуск
player-pause = Пауза
player-step = Шаг
player-restart = Сначала
player-to-end = В конец
player-speed = Скорость
player-speed-slow = медленно
player-speed-normal = обычно
player-speed-fast = быстро
player-clock = Время в сценарии: { $at } из { $end }
player-log-heading = Что происходит
player-log-empty = Пока ничего не произошло. Нажмите «Пуск» или «Шаг».
player-log-same-moment = …и ещё { $count } в тот же момент.
player-run-done = Прогон окончен. Блокнот показывает, что узнали противники.
player-to-notebook = Открыть блокнот
player-notebook-heading = Блокнот противников
player-notebook-intro = Что узнали противники, группа за группой, в том порядке, в каком это попало к ним в руки.
player-notebook-empty = Пока ничего: ни один противник ещё не начал.
player-notebook-hidden = Ещё групп по ходу прогона: { $count }.
player-notebook-about = О человеке: { $name }
player-to-debrief = Смотреть итоги
player-debrief-heading = Что они узнали
player-your-choices = Ваш выбор
player-lesson-heading = Урок
player-evidence = Доказательства ({ $count })
player-objectives-result = Ваши цели
player-objective-met = Достигнута
player-objective-missed = Не достигнута
player-try-again = Изменить выбор и запустить снова
player-other-scenario = Выбрать другой сценарий
player-book-link = Читать главу в книге
player-forget = Забыть меня
player-forget-done = Ваш прогресс на этом устройстве удалён.
player-privacy = Всё работает на этом устройстве. Ничего никуда не отправляется; ваш прогресс хранится только в этом браузере, пока вы не нажмёте «Забыть меня».
player-none = нет
player-you-named = вы ({ $name })

player-error-unknown-scenario = В этом проигрывателе нет сценария «{ $scenario }». Выберите сценарий из списка.
player-error-run = Симуляция остановилась: { $error }
player-error-choices = Не удалось прочитать выбор: { $error }
player-error-choose = Выберите ответ на вопрос «{ $label }».

player-map-server = Сервер { $server }, { $count ->
    [one] { $count } учётная запись
    [few] { $count } учётные записи
    [many] { $count } учётных записей
   *[other] { $count } учётной записи
}.
player-map-server-yours = Здесь ваша учётная запись.
player-map-compromised-at = В руках противника с { $at }.
player-map-person = { $name }, на { $server }.
player-map-watched-at = Под наблюдением противника с { $at }.
player-map-room = Комната «{ $room }», без шифрования: участников — { $count }, серверов — { $servers }.
player-map-room-encrypted = Комната «{ $room }», зашифрована: участников — { $count }, серверов — { $servers }.

player-what-message = сообщение
player-what-encrypted = зашифрованное сообщение
player-what-member = изменение состава участников
player-what-reaction = реакцию
player-what-redaction = удаление
player-what-typing = уведомление о наборе текста
player-what-receipt = отметку о прочтении
player-what-presence = статус присутствия
player-what-device-list = изменение списка устройств
player-what-call = сигнал звонка
player-what-room-state = изменение настроек комнаты
player-what-other = уведомление

player-log-request = Приложение пользователя { $from } обращается к { $to }.
player-log-pdu = { $to } получает { $what } от { $from }.
player-log-pdu-room = { $to } получает { $what } в комнате «{ $room }» от { $from }.
player-log-edu = { $to } получает { $what } от { $from }.
player-log-to-device = { $to } передаёт личное сообщение между устройствами от { $from } (так передаются ключи шифрования).
player-log-backfill = { $to } догоняет пропущенное ({ $what }) от { $from }.
player-log-media = { $to } загружает зашифрованный файл с { $from }.
player-log-adversary = Внимание: { $kind } { $target }. С этого момента у противника всё, что там есть.
