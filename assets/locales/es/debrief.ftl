# El resumen: lo que averiguaron los adversarios, agrupado por lo que significa, primero sobre ti.

debrief-title = Lo que averiguaron — { $title }
debrief-choices = Tus elecciones: { $choices }
debrief-about-you = Sobre ti ({ $count } cosas)
debrief-about-you-nothing = Sobre ti: nada. Ningún adversario averiguó nada sobre ti.
debrief-at-risk = Personas a las que tus elecciones pusieron en riesgo
debrief-others = Las demás personas (tus elecciones no cambiaron lo que se supo de ellas)
debrief-person-line = { $name }: { $count } cosas — { $severity }
debrief-you = tú
debrief-yes = sí
debrief-no = no
debrief-and-more = (y { $more } más)
debrief-full-hint = Todos los hallazgos con sus pruebas: glasshouse run { $scenario } --full
debrief-more-people = … y { $count } personas más: véase --full

debrief-group-identity = Quién eres
debrief-group-location = Dónde estás
debrief-group-network = Con quién hablas
debrief-group-content = Lo que dijiste
debrief-group-activity = Cuándo estás activa o activo
debrief-group-devices = Tus dispositivos y sesiones

debrief-severity-locate = { $you ->
    [true] pueden saber dónde estás
   *[other] pueden saber dónde está { $name }
}
debrief-severity-identify = { $you ->
    [true] pueden saber quién eres
   *[other] pueden saber quién es { $name }
}
debrief-severity-impersonate = { $you ->
    [true] pueden hacerse pasar por ti
   *[other] pueden hacerse pasar por { $name }
}
debrief-severity-read = { $you ->
    [true] pueden leer lo que dijiste
   *[other] pueden leer lo que dijo { $name }
}
debrief-severity-map-network = { $you ->
    [true] pueden trazar con quién te relacionas
   *[other] pueden trazar con quién se relaciona { $name }
}
debrief-severity-watch = { $you ->
    [true] pueden saber cuándo estás activa o activo
   *[other] pueden saber cuándo está activa o activo { $name }
}

debrief-item-ip-address = { $kind ->
    [home] la dirección de internet de casa { $ip }, usada por última vez a las { $at }
    [vpn] la dirección de una VPN { $ip } (no es la de casa), usada por última vez a las { $at }
   *[other] la dirección de una salida de Tor { $ip } (no es la de casa), usada por última vez a las { $at }
}
debrief-item-traffic = conexiones a { $destination } { $kind ->
    [server] (un servidor de chat)
    [vpn] (una VPN)
    [tor] (Tor)
   *[other] {""}
} entre las { $first } y las { $last }
debrief-item-contact-detail = { $medium ->
    [phone] el número de teléfono
   *[other] la dirección de correo
} { $address }
debrief-item-public-handle = un nombre de usuario que coincide con el alias público «{ $handle }»
debrief-item-profile = el nombre «{ $name }»{ $picture ->
    [true] {" "}y una foto de perfil
   *[other] {""}
}
debrief-item-account-link = { $own ->
    [true] una segunda cuenta en { $server } es de la misma persona
   *[other] una cuenta en { $server } ({ $other }) parece de la misma persona
}; la delata { $via ->
    [same-localpart] el mismo nombre de usuario
    [same-display-name] el mismo nombre visible
    [same-avatar] la misma imagen
    [same-ip] la misma dirección de internet
   *[other] el mismo correo o teléfono
}
debrief-item-room-membership = la pertenencia a «{ $room }» (desde las { $since })
debrief-item-social-link = quién comparte salas con quién: { $contacts }
debrief-item-message-plaintext = las palabras «{ $text }», escritas en «{ $room }» a las { $at }
debrief-item-relation = { $kind ->
    [reaction] la reacción «{ $key }»
    [edit] una edición
    [thread] una respuesta en hilo
   *[other] una respuesta
} en «{ $room }», y a qué mensaje contesta
debrief-item-message-metadata = que se envió un mensaje en «{ $room }» a las { $at }{ $encrypted ->
    [true] {" "}(sus palabras siguen cifradas)
   *[other] {""}
}
debrief-item-presence = estar { $state ->
    [online] en línea
    [unavailable] ausente
   *[other] desconectada o desconectado
} a las { $at }{ $status }
debrief-status = , con el estado «{ $status }»
debrief-item-read-receipt = leer «{ $room }» a las { $at }
debrief-item-typing = escribir en «{ $room }» a las { $at }
debrief-item-push-notification = una notificación a través de { $service ->
    [google] Google
    [apple] Apple
   *[other] un servidor UnifiedPush
} a las { $at }{ $shows ->
    [text] {" "}que mostraba las palabras del mensaje
    [sender] {" "}que mostraba quién escribió
   *[other] {""}
}
debrief-item-device-list = los dispositivos { $devices }
debrief-item-session-token = las llaves de sesión de { $devices }: quien las tenga puede actuar como esta cuenta
debrief-item-identity-changed = una identidad nueva a las { $at }{ $verified ->
    [true] ; las apps que la habían verificado dejan de compartir claves hasta verificarla de nuevo
   *[other] ; las apps solo avisan
}
debrief-item-key-backup = las claves de { $sessions } conversaciones en «{ $room }», guardadas en el servidor en una copia cuyos nombres de sala se leen
debrief-item-recovery-passphrase = { $weak ->
    [true] una frase de recuperación débil que se adivina con una copia del servidor y abre { $sessions } claves de la copia
   *[other] una frase de recuperación guardada con lo necesario para probar a adivinarla (una larga y aleatoria resiste)
}

debrief-prevented = Lo habría evitado: { $changes }
debrief-prevented-change = { $label } → { $value }
debrief-prevented-items = { $items } de { $count }
debrief-prevented-or = o
debrief-prevented-none = Ninguna elección tuya en este escenario lo evita.
debrief-todo-label = Ahora:

debrief-todo-hide-address = conéctate mediante una VPN o Tor
debrief-todo-remove-contact = quita tu correo o teléfono
debrief-todo-change-username = usa un nombre, alias e imagen que no uses en otro sitio
debrief-todo-separate-accounts = mantén aparte tu segunda cuenta
debrief-todo-review-sessions = cierra las sesiones que no usas
debrief-todo-verify-again = verifica de nuevo, en persona
debrief-todo-encrypt-rooms = habla en salas cifradas
debrief-todo-choose-rooms = menos salas; servidores variados
debrief-todo-quiet-activity = quita avisos de lectura, escritura y presencia
debrief-todo-private-notifications = oculta palabras y remitente en avisos
debrief-todo-strong-recovery = usa una clave de recuperación o una frase larga y aleatoria

# Los bloques de hallazgos del libro.
book-findings-meta = Lo que averiguaron los adversarios en { $scenario } con { $choices } (semilla { $seed }), en una ejecución real:
book-findings-full = Todos los hallazgos, con la regla en que se basan ({ $count })
book-objectives = Objetivos
book-met = cumplido
book-missed = no cumplido
col-why = por qué
