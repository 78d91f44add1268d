# Diagnósticos de escenarios: diag-<code> dice qué está mal; diag-<code>-help, qué hacer.

diag-toml-syntax = esto no es TOML válido: { $detail }
diag-toml-syntax-help = corrige aquí la sintaxis TOML (comillas, corchetes, «clave = valor»); `glasshouse check FILE` lo vuelve a comprobar
diag-unknown-field = campo desconocido: { $detail }
diag-unknown-field-help = elimina el campo o corrige cómo está escrito; la referencia del formato de escenarios enumera todos los campos
diag-missing-field = falta un campo obligatorio: { $detail }
diag-missing-field-help = añade el campo que falta a esta tabla
diag-wrong-type = tipo de valor incorrecto: { $detail }
diag-wrong-type-help = escribe el valor con el tipo esperado (comillas para texto, true/false, números enteros, [listas])
diag-invalid-id = «{ $id }» no es un identificador válido
diag-invalid-id-help = usa letras minúsculas, dígitos, «-» y «_» (ids de dispositivo: letras, dígitos, «-», «_»), 64 caracteres como máximo
diag-duplicate-id = el id «{ $id }» ({ $kind }) se usa dos veces
diag-duplicate-id-help = da a cada elemento de tipo { $kind } su propio id
diag-no-servers = el escenario no tiene servidores
diag-no-servers-help = añade al menos una tabla [[servers]] con un nombre
diag-no-learner = ninguna persona está marcada como aprendiz
diag-no-learner-help = marca la cuenta propia del aprendiz con «learner = true» en [[people]]
diag-many-learners = «{ $id }» es un segundo aprendiz
diag-many-learners-help = solo una entrada de [[people]] puede tener «learner = true»; usa alias_of para la segunda cuenta del aprendiz
diag-invalid-server-name = «{ $value }» no es un nombre de servidor válido
diag-invalid-server-name-help = usa un nombre de host como «chat.example» (minúsculas, dígitos, puntos, guiones), opcionalmente con «:puerto»
diag-invalid-username = «{ $value }» no es una parte local (localpart) de Matrix válida
diag-invalid-username-help = usa letras minúsculas, dígitos y . _ = - / +
diag-duplicate-account = dos cuentas tendrían el mismo identificador { $mxid }
diag-duplicate-account-help = cambia el nombre de usuario o el servidor de una de ellas
diag-invalid-ip = «{ $value }» no es una dirección IP
diag-invalid-ip-help = escribe una dirección IPv4 o IPv6; usa rangos de documentación como 203.0.113.0/24
diag-invalid-value = «{ $value }» no está permitido aquí
diag-invalid-value-help = usa uno de: { $allowed }
diag-unknown-server = no existe el servidor «{ $name }»
diag-unknown-server-help = decláralo en [[servers]] o usa uno de: { $known }
diag-unknown-person = no existe la persona «{ $id }»
diag-unknown-person-help = declárala en [[people]] o usa un id existente
diag-unknown-room = no existe la sala «{ $id }»
diag-unknown-room-help = declárala en [[rooms]] o usa una de: { $known }
diag-unknown-adversary = no existe el adversario «{ $id }»
diag-unknown-adversary-help = decláralo en [[adversaries]] con este id, o usa uno de: { $known }
diag-unknown-message = no hay ningún mensaje anterior con la etiqueta «{ $label }» en la sala { $room }
diag-unknown-message-help = pon al paso «say» anterior de esa sala «label = "{ $label }"» o corrige la etiqueta
diag-unknown-device = { $person } no tiene ningún dispositivo «{ $id }»
diag-unknown-device-help = indica uno de los dispositivos de esa persona, o añádelo con un paso new_device
diag-duplicate-device = el id de dispositivo «{ $id }» se usa dos veces en esta cuenta
diag-duplicate-device-help = da a cada dispositivo de una cuenta su propio id (un dispositivo perdido o desconectado conserva el suyo)
diag-unknown-choice = «{"{"}{ $key }{"}"}» no corresponde a ninguna elección
diag-unknown-choice-help = declárala en [choices], p. ej. { $key } = { "{" } values = [...], default = ... { "}" }
diag-choice-empty = la elección { $key } no tiene valores
diag-choice-empty-help = indica al menos un valor en «values»
diag-choice-no-default = la elección { $key } no tiene valor por defecto
diag-choice-no-default-help = añade «default = …» con uno de sus valores; se usa cuando el aprendiz no elige
diag-choice-default-not-allowed = el valor por defecto «{ $value }» de { $key } no es uno de sus valores
diag-choice-default-not-allowed-help = usa uno de: { $allowed }
diag-choice-duplicate-value = { $key } incluye dos veces el valor «{ $value }»
diag-choice-duplicate-value-help = elimina el valor repetido
diag-choice-unused = la elección { $key } no se usa nunca
diag-choice-unused-help = úsala como «{"{"}{ $key }{"}"}» en algún campo, o elimínala
diag-choice-mixed-types = { $key } mezcla valores de tipo { $expected } y { $found }
diag-choice-mixed-types-help = todos los valores de una elección deben ser del mismo tipo
diag-invalid-time = «{ $value }» no es una hora
diag-invalid-time-help = escribe H:MM, H:MM:SS o «Nd H:MM» (N días después), p. ej. "0:05" o "30d 9:00"
diag-time-backwards = este paso a las { $at } va después de un paso a las { $previous }
diag-time-backwards-help = mantén el guion en orden cronológico
diag-step-no-action = este paso no hace nada
diag-step-no-action-help = añade una acción: say, react, read, typing, presence, join, leave, connect, new_device, verify, server_down, server_up, inject_device o add_puppet
diag-step-many-actions = este paso tiene más de una acción
diag-step-many-actions-help = divídelo en un paso [[script]] por acción
diag-server-offline = { $name } está fuera de línea a las { $at }, así que esto no puede ocurrir
diag-server-offline-help = mueve el paso después del server_up correspondiente, o vuelve a poner en línea el servidor antes
diag-server-already-offline = { $name } ya está fuera de línea
diag-server-already-offline-help = elimina este server_down o añade un server_up antes
diag-server-already-online = { $name } ya está en línea
diag-server-already-online-help = elimina este server_up o añade un server_down antes
diag-not-a-member = { $id } no es miembro de { $room } en este momento
diag-not-a-member-help = añade a esa persona a los miembros de la sala, o añade un paso join antes de este
diag-already-member = { $id } ya es miembro de { $room }
diag-already-member-help = elimina la membresía repetida
diag-room-no-members = la sala { $id } no tiene miembros
diag-room-no-members-help = indica al menos un miembro; el primero crea la sala
diag-missing-required-contact = { $id } debe vincular un dato de contacto ({ $medium }) en { $server }, pero no tiene ninguno
diag-missing-required-contact-help = dale a esa persona un dato de contacto { $medium } (email = "…" / phone = "…") o elige un servidor que no lo exija
diag-contact-already-bound = { $id } vincula { $address } en { $server }, que ya lo tiene vinculado a { $first }: un servidor vincula cada correo o número de teléfono a una sola cuenta, así que Synapse rechaza el segundo
diag-contact-already-bound-help = pon la segunda cuenta en otro servidor, dale otra dirección o no vincules ninguna (bind_email = false / bind_phone = false)
diag-call-not-one-to-one = { $room } tiene { $count } miembros: aquí una llamada es una llamada 1:1, al otro miembro de una sala de dos personas (un chat directo)
diag-call-not-one-to-one-help = llama en una sala con exactamente dos miembros en ese momento, p. ej. un chat directo creado para las dos personas
diag-passphrase-without-recovery = { $id } tiene una frase de recuperación pero no una clave de recuperación: la frase solo desbloquea una clave de recuperación (copia segura)
diag-passphrase-without-recovery-help = pon recovery_key = true para esta persona o quita recovery_passphrase
diag-adversary-no-kind = este adversario no tiene tipo
diag-adversary-no-kind-help = añade uno de: compromise, malicious_admin, insider, network_observer, seized_device, push_gateway, contact_lookup, identity_server
diag-adversary-many-kinds = este adversario tiene más de un tipo
diag-adversary-many-kinds-help = declara una tabla [[adversaries]] por cada tipo
diag-adversary-wrong-kind = { $id } no es de tipo { $needed }
diag-adversary-wrong-kind-help = solo un adversario malicious_admin puede inyectar dispositivos y añadir cuentas títere
diag-adversary-too-early = { $id } actúa a las { $at }, pero no empieza hasta las { $starts }
diag-adversary-too-early-help = mueve el paso a más tarde o haz que el adversario empiece antes (at = …)
diag-admin-foreign-account = { $id } está en { $server }, no en el servidor del administrador, { $admin_server }
diag-admin-foreign-account-help = un servidor solo puede añadir dispositivos a sus propios usuarios (FACTS §3); elige una cuenta de { $admin_server }
diag-reset-signs-own-device = «{ $id }» es un dispositivo propio de { $who }, no uno que añadió el administrador: un reinicio de identidad firma el dispositivo del administrador
diag-reset-signs-own-device-help = indica el dispositivo que un paso inject_device anterior añadió a { $who }, o un id nuevo para un dispositivo que añade el propio reinicio
diag-account-missing = { $id } no tiene cuenta en esta ejecución
diag-account-missing-help = la cuenta no existe con estas elecciones (exists = false); elige una cuenta que exista
diag-unknown-finding = «{ $value }» no es un código de hallazgo
diag-unknown-finding-help = usa uno de: { $known }
diag-objective-no-condition = el objetivo { $id } no tiene condición
diag-objective-no-condition-help = añade adversary_must_not_learn = { "{" } … { "}" } o adversary_learns = { "{" } … { "}" }
diag-objective-many-conditions = el objetivo { $id } tiene dos condiciones
diag-objective-many-conditions-help = divídelo en dos objetivos
diag-self-verification = { $id } no puede verificar su propia cuenta
diag-self-verification-help = indica aquí a otras personas
diag-unknown-chapter = «{ $chapter }» no es un capítulo del libro
diag-unknown-chapter-help = usa uno de: { $known }
diag-switch-malformed = este selector no tiene la forma { "{" } choice = "…", cases = { "{" } … { "}" } { "}" }
diag-switch-malformed-help = escríbelo como { "{" } choice = "CLAVE", cases = { "{" } VALOR = …, OTRO = … { "}" } { "}" }, con un caso por cada valor de la decisión y nada más
diag-switch-case-missing = el selector sobre { $key } no tiene caso para { $value }
diag-switch-case-missing-help = añade { $value } = … a sus casos (las listas se escriben separadas por comas, p. ej. "dana,kit")
diag-switch-case-unknown = el selector sobre { $key } tiene un caso «{ $value }» que la decisión no puede tomar
diag-switch-case-unknown-help = los valores de la decisión son { $allowed }; cambia el nombre del caso o elimínalo
diag-choice-value-unused = el valor { $value } de { $key } construye exactamente el mismo mundo que { $same }
diag-choice-value-unused-help = lo que elija quien aprende debe marcar una diferencia: usa el valor en algún sitio (un caso o un campo) o elimínalo
diag-prose-syntax = el archivo de textos no se puede analizar ({ $detail })
diag-prose-syntax-help = corrige aquí la sintaxis Fluent: un mensaje es «clave = texto» al principio de una línea y las líneas de continuación van sangradas
diag-prose-missing = a { $file } le falta el mensaje { $key }
diag-prose-missing-help = añade «{ $key } = …» a { $file } (glasshouse new NOMBRE escribe un archivo con todas las claves)
diag-prose-unknown-key = { $key } no es un mensaje que use este escenario
diag-prose-unknown-key-help = revisa la ortografía; las claves del escenario son: { $expected }
diag-no-device = a { $id } no le queda ningún dispositivo a las { $at }: los perdió todos
diag-no-device-help = añade antes un paso recover para { $id }, o pierde el dispositivo más tarde
diag-push-service-unavailable = el primer dispositivo de { $id } ({ $device }) no puede recibir notificaciones a través de { $service }: { $reason ->
    [f-droid] una versión de F-Droid no lleva código de Google, así que no tiene las notificaciones de Google
    [apple-device] un iPhone o iPad solo tiene el servicio de notificaciones de Apple
    [android-device] el servicio de notificaciones de Apple solo llega a dispositivos de Apple
   *[other] { $reason }
}
diag-push-service-unavailable-help = { $reason ->
    [f-droid] usa push = "unifiedpush" con un push_distributor (lo que ofrecen las versiones de F-Droid), o push = "none" (la aplicación consulta los mensajes por su cuenta)
    [apple-device] usa push = "apple", o push = "none"
   *[other] usa push = "google" o "unifiedpush" en un móvil Android, o push = "none"
}
diag-push-distributor-missing = { $id } recibe notificaciones por UnifiedPush, pero no se indica ningún distribuidor
diag-push-distributor-missing-help = añade push_distributor = "SERVIDOR", el servidor del distribuidor que eligió esa persona (por ejemplo "ntfy.sh"): ve todas las notificaciones
