scenario-first-connection = La primera conexión
scenario-first-connection-briefing =
    Eres Rosa, organizadora en un sindicato de inquilinos. Tu grupo habla en una sala compartida por dos servidores:
    bigchat.example, un gran servidor público, y collective.example, un servidor pequeño gestionado por un colectivo.
    Elige tu servidor (homeserver), tu nombre de usuario, cómo te conectas y si das tu correo electrónico.
    A la media hora, la policía incauta bigchat.example, copia su base de datos y lo sigue vigilando.
    Tu alias público en redes sociales es «riverside_rosa».
scenario-first-connection-debrief =
    Un servidor guarda las direcciones, los correos, los tokens de acceso y los nombres de los
    dispositivos solo de sus propios usuarios (los demás servidores de tus salas reciben tu lista de
    dispositivos, pero solo identificadores y claves); por eso lo que expuso la redada en
    bigchat.example dependió ante todo de dónde vive tu cuenta. Conectarte por VPN o Tor deja en sus registros la dirección de salida
    en lugar de la de tu casa; un nombre de usuario tomado de tu perfil público revela quién eres a
    cualquiera que vea un mensaje, en cualquier servidor; un correo que nunca diste no se puede
    incautar. Lo que ninguna decisión oculta: la lista de miembros, los nombres y los mensajes se
    copian en todos los servidores con algún miembro en la sala, así que la redada leyó igualmente
    la sala sin cifrar.
scenario-first-connection-facilitator =
    Ejecutad primero los valores por defecto y leed juntos los hallazgos; luego, por parejas,
    cambiad una decisión cada vez y comparad (explain --outcomes muestra las 24 ejecuciones).
    Señalad que los datos de Sam se filtran haga lo que haga Rosa y que la sala no estaba cifrada:
    ese es el siguiente ejercicio.
choice-first-connection-server = tu servidor (homeserver)
choice-first-connection-username = tu nombre de usuario
choice-first-connection-connection = cómo llegas a tu servidor
choice-first-connection-email = dar tu dirección de correo al servidor
objective-first-connection-hide-home-ip = La redada no revela la dirección IP de tu casa.
objective-first-connection-hide-email = La redada no revela tu dirección de correo.
objective-first-connection-no-public-handle = Tras la redada no pueden vincular tu cuenta con tu alias público.
