# Lo que averiguan los adversarios: un mensaje por código de hallazgo y uno por regla.

finding-ip-address = { $account } se conectó desde { $ip } ({ $ip_kind }), la última vez a las { $last_seen }, con { $user_agents }
finding-ip-address-seen = { $account } usó la dirección { $ip } ({ $ip_kind }) a las { $last_seen }
finding-contact-detail = { $account } tiene vinculado el dato de contacto { $address } ({ $medium })
finding-public-handle = { $account } coincide con el alias público { $handle }
finding-device-list = { $account } tiene los dispositivos { $devices }
finding-session-token = el adversario tiene tokens de acceso de { $account } (dispositivos { $devices }) y puede actuar en su nombre
finding-room-membership = { $account } figura como «{ $membership }» en la sala { $room } desde { $since }
finding-profile = { $account } muestra el nombre «{ $display_name }» y el avatar { $avatar }
finding-social-link = { $account } comparte las salas { $rooms } con { $contacts }
finding-message-plaintext = { $account } escribió en { $room }: «{ $text }» (leído mediante { $via })
finding-message-metadata = { $event_kind ->
    [m-room-redaction] { $account } borró uno de sus mensajes en { $room } a las { $at }: el borrado es también un evento que todos los servidores guardan y que nombra el mensaje borrado
   *[other] { $account } envió un mensaje cifrado en { $room } a las { $at } ({ $size } bytes de texto cifrado)
}
finding-relation = { $account } envió una relación { $rel_type } sobre { $target } en { $room } { $key }
finding-presence = { $account } figuraba como { $state } a las { $at } (mensaje de estado: { $status })
finding-read-receipt = { $account } leyó { $room } hasta { $event_id } a las { $at }
finding-typing = { $account } estaba escribiendo en { $room } a las { $at }
finding-account-link = { $account } y { $other_account } parecen ser la misma persona ({ $via })
finding-traffic = { $subject } se conectó a { $destination } ({ $destination_kind }) { $requests } veces entre { $first } y { $last }, { $bytes } bytes

rule-server-ip-log = FACTS §1: user_ips y devices guardan las IP de los clientes
rule-server-registration-ip = FACTS §1: se guarda la IP de registro durante 48 horas
rule-server-sees-exit = FACTS §5: VPN/Tor: el servidor ve la salida
rule-server-threepid = FACTS §1: email/teléfono guardados en claro
rule-server-device-list = FACTS §1: lista y nombres de dispositivos
rule-server-access-token = FACTS §1: tokens de acceso guardados en claro
rule-federation-device-list = FACTS §2: los identificadores y claves de dispositivo cruzan la federación (los nombres, solo si se comparten)
rule-federation-state = FACTS §2: membresías y perfiles nunca van cifrados
rule-federation-envelope = FACTS §2: el sobre de cada evento va en claro
rule-federation-cleartext-body = FACTS §2: el texto sin cifrar se guarda (e indexa) en todas partes
rule-federation-relations = FACTS §2: respuestas y reacciones van en claro
rule-federation-edus = FACTS §2: avisos de lectura, escritura y presencia van en claro
rule-malicious-device-or-puppet = FACTS §3.1: un dispositivo o títere infiltrado obtuvo la clave de sala
rule-member-view = FACTS §5: un miembro ve lo que ve cualquier miembro
rule-device-store = Un dispositivo guarda sus claves y su historial
rule-network-observer = FACTS §5: la red ve adónde y cuándo
rule-linking = Guía, parte 1: los rasgos comunes vinculan cuentas
finding-push-notification = { $unread_only ->
    [true] { $subject }: el número de salas sin leer bajó a { $unread } a las { $at }, enviado a través de { push-carrier }: señal de que acababa de leer
   *[false] una notificación para { $subject } pasó por { push-carrier } a las { $at }: sala { $room }, evento { $event_id }, salas sin leer: { $unread }{ $format ->
        [full] ; { $event_type } de { $sender_name } ({ $sender }) en «{ $room_name }»{ $content ->
            [plaintext] , con el texto «{ $text }»
            [ciphertext] , con su texto cifrado (sin palabras)
            [membership] , con el contenido de la invitación
           *[none] {""}
        }
       *[event-id-only] {""}
    }
}
push-carrier = { $service ->
    [google] Google (su servicio de notificaciones, tras la pasarela de la aplicación)
    [apple] Apple (su servicio de notificaciones, tras la pasarela de la aplicación)
    [unifiedpush] UnifiedPush (el distribuidor { $distributor })
   *[other] { $service }
}
rule-push-gateway = FACTS §1, §5: la pasarela y el servicio de notificaciones ven cada notificación que envía el servidor
rule-operator-live-view = FACTS §6: un operador tipo Signal que vigila en directo ve direcciones y envíos al grupo
finding-identity-changed = la identidad de { $account } cambió a las { $at }: la aplicación avisa { $verified ->
    [true] y, como la había verificado, no le da claves de sala hasta que vuelva a verificarla
   *[other] pero, como nunca la verificó, sigue dando claves de sala a sus dispositivos recién firmados
}
rule-invite-key-bundle = FACTS §3 (2026): la aplicación de quien invitó envió con la invitación las claves de los mensajes anteriores
rule-server-request-log = FACTS §1: homeserver.log y el registro de accesos del proxy guardan las IP de los clientes con su propia rotación
rule-mas-session-ip = FACTS §1: MAS guarda la última IP de cada sesión y la IP de cada alta durante 30 días
rule-identity-lookup = FACTS §5: un correo o teléfono publicado en el servidor de identidad («Descubrimiento») da tu ID de Matrix a cualquiera que lo tenga y lo busque
rule-identity-server-bindings = FACTS §5: el servidor de identidad guarda cada correo y teléfono publicado allí, con su ID de Matrix
rule-call-peer = FACTS §5: en una llamada entre pares (lo predeterminado en Element) la aplicación de la otra persona recibe tu dirección y tu voz desde ella
rule-call-candidates-cleartext = FACTS §2 + §5: en una sala sin cifrar los candidatos de la llamada, con las direcciones, se guardan en claro en todos los servidores de la sala
rule-turn-relay = FACTS §5: el relé TURN del servidor que lleva una llamada ve la dirección de ambos extremos
finding-key-backup = { $account } guarda en el servidor la copia de las claves de la sala { $room }: la sala y { $sessions } identificadores de sesión (cada uno, la conversación de un remitente) están en claro, aunque no se pueda leer ningún mensaje
finding-recovery-passphrase = la recuperación de { $account } sale de una frase cuya sal y { $iterations } iteraciones están en claro junto a la clave cifrada de la copia: con una copia del servidor cualquiera puede probar frases sin prisa y sin conexión. { $weak ->
    [true] Esta frase es débil: al probar se encuentra, y con ella las { $sessions } claves de sala de la copia
   *[other] Una frase larga y aleatoria resiste
}
rule-server-key-backup = FACTS §1 (copia de claves): e2e_room_keys guarda en claro los identificadores de sala y de sesión
rule-server-secret-storage = FACTS §1 (almacenamiento secreto): la sal y las iteraciones de la frase se guardan a su lado
