# Machine-assisted translation (Spanish): needs review by a native speaker.
# Las palabras propias del reproductor del navegador (player/, player/www/).

player-language-name = Español
player-title = Glasshouse
player-skip = Saltar al contenido
player-language = Idioma
player-loading = Cargando el simulador…
player-load-failed = El simulador no pudo arrancar en este navegador. Recarga la página para intentarlo de nuevo, o usa las tablas del libro y la ventana de escritorio.
player-steps-label = Pasos
player-step-scenarios = Escenarios
player-step-briefing = Situación
player-step-setup = Decisiones
player-step-run = Simulación
player-step-notebook = Cuaderno
player-step-debrief = Balance
player-current-step = (paso actual)
player-scenarios-heading = Elige un escenario
player-scenarios-intro = Cada escenario es un ejercicio breve. Tomas unas pocas decisiones, miras lo que pasa y luego ves lo que un adversario supo de ti.
player-minutes = { $minutes } minutos
player-completed = Hecho
player-open = Abrir { $title }
player-briefing-heading = Situación
player-continue = Continuar
player-back = Atrás
player-setup-heading = Tus decisiones
player-setup-intro = Elige una respuesta para cada pregunta. Las respuestas habituales del escenario ya están marcadas.
player-objectives-heading = Lo que intentas lograr
player-start = Empezar la simulación
player-running = Simulando en este dispositivo…
player-error-summary = Hay un problema
player-run-heading = La simulación
player-map-heading = Mapa de servidores, personas y salas
player-map-summary = El mapa como lista
player-map-legend-server = caja: un servidor
player-map-legend-you = borde grueso: tú
player-map-legend-compromised = rayas rojas: en manos de un adversario
player-map-legend-encrypted = candado: una sala cifrada
player-map-taken = en manos de un adversario
player-rooms-heading = Salas
player-controls = Reproducción
player-play = Reproducir
player-pause = Pausa
player-step = Paso
player-restart = Volver a empezar
player-to-end = Saltar al final
player-speed = Velocidad
player-speed-slow = lenta
player-speed-normal = normal
player-speed-fast = rápida
player-clock = Hora en el escenario: { $at } de { $end }
player-log-heading = Qué pasa
player-log-empty = Todavía no ha pasado nada. Pulsa Reproducir o Paso.
player-log-same-moment = …y { $count } más en el mismo momento.
player-run-done = La simulación ha terminado. El cuaderno muestra lo que supieron los adversarios.
player-to-notebook = Abrir el cuaderno
player-notebook-heading = El cuaderno de los adversarios
player-notebook-intro = Lo que supieron los adversarios, grupo por grupo, en el orden en que lo obtuvieron.
player-notebook-empty = Nada todavía: ningún adversario ha empezado.
player-notebook-hidden = { $count } grupos más aparecen a medida que avanza la simulación.
player-notebook-about = Sobre { $name }
player-to-debrief = Ver el balance
player-debrief-heading = Lo que supieron
player-your-choices = Tus decisiones
player-lesson-heading = La lección
player-evidence = Las pruebas ({ $count })
player-objectives-result = Tus objetivos
player-objective-met = Logrado
player-objective-missed = No logrado
player-try-again = Cambia tus decisiones y vuelve a simular
player-other-scenario = Elegir otro escenario
player-book-link = Leer el capítulo en el libro
player-forget = Olvídame
player-forget-done = Tu progreso en este dispositivo se ha borrado.
player-privacy = Todo se ejecuta en este dispositivo. No se envía nada a ningún sitio; tu progreso solo se guarda en este navegador, hasta que pulses «Olvídame».
player-none = ninguno
player-you-named = tú ({ $name })

player-error-unknown-scenario = No hay ningún escenario llamado «{ $scenario }» en este reproductor. Elige uno de la lista.
player-error-run = La simulación se detuvo: { $error }
player-error-choices = No se pudieron leer las decisiones: { $error }
player-error-choose = Elige una respuesta para «{ $label }».

player-map-server = Servidor { $server }, { $count ->
    [one] una cuenta
   *[other] { $count } cuentas
}.
player-map-server-yours = Tu cuenta está aquí.
player-map-compromised-at = En manos de un adversario desde las { $at }.
player-map-person = { $name }, en { $server }.
player-map-watched-at = Vigilado por un adversario desde las { $at }.
player-map-room = Sala «{ $room }», sin cifrar: { $count } miembros en { $servers ->
    [one] un servidor
   *[other] { $servers } servidores
}.
player-map-room-encrypted = Sala «{ $room }», cifrada: { $count } miembros en { $servers ->
    [one] un servidor
   *[other] { $servers } servidores
}.

player-what-message = un mensaje
player-what-encrypted = un mensaje cifrado
player-what-member = un cambio de miembros
player-what-reaction = una reacción
player-what-redaction = un borrado
player-what-typing = un aviso de escritura
player-what-receipt = una confirmación de lectura
player-what-presence = un estado de conexión
player-what-device-list = un cambio en una lista de dispositivos
player-what-call = una señal de llamada
player-what-room-state = un cambio en los ajustes de la sala
player-what-other = un aviso

player-log-request = La aplicación de { $from } habla con { $to }.
player-log-pdu = { $to } recibe { $what } de { $from }.
player-log-pdu-room = { $to } recibe { $what } en «{ $room }» de { $from }.
player-log-edu = { $to } recibe { $what } de { $from }.
player-log-to-device = { $to } transmite un mensaje privado entre dispositivos de { $from } (así viajan las claves de cifrado).
player-log-backfill = { $to } recupera { $what } que se perdió, desde { $from }.
player-log-media = { $to } descarga un archivo cifrado de { $from }.
player-log-adversary = Atención: { $kind } { $target }. A partir de ahora el adversario tiene lo que hay allí.
