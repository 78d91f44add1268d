# Textos de los escenarios incluidos: títulos, presentaciones, elecciones y objetivos.

scenario-first-connection = La primera conexión
scenario-first-connection-briefing =
    Eres Rosa, organizadora en un sindicato de inquilinos. Tu grupo habla en una sala compartida por dos servidores:
    bigchat.example, un gran servidor público, y collective.example, un servidor pequeño gestionado por un colectivo.
    Elige tu servidor (homeserver), tu nombre de usuario, cómo te conectas y si das tu correo electrónico.
    A la media hora, la policía incauta bigchat.example, copia su base de datos y lo sigue vigilando.
    Tu alias público en redes sociales es «riverside_rosa».
choice-first-connection-server = tu servidor (homeserver)
choice-first-connection-username = tu nombre de usuario
choice-first-connection-connection = cómo llegas a tu servidor
choice-first-connection-email = dar tu dirección de correo al servidor
objective-first-connection-hide-home-ip = La redada no revela la dirección IP de tu casa.
objective-first-connection-hide-email = La redada no revela tu dirección de correo.
objective-first-connection-no-public-handle = Tras la redada no pueden vincular tu cuenta con tu alias público.

scenario-public-vs-encrypted = Salas públicas y salas cifradas
scenario-public-vs-encrypted-briefing =
    Una asamblea de barrio se reúne en una sala repartida entre tres servidores. Un desconocido amable
    entró al principio. A los diez minutos, uno de los servidores es incautado. Decide si la sala está cifrada
    y si cualquiera puede entrar, y mira qué guarda cada servidor, y qué ve el desconocido en cualquier caso.
choice-public-vs-encrypted-encrypted = cifrar la sala de extremo a extremo
choice-public-vs-encrypted-join_rule = quién puede entrar
choice-public-vs-encrypted-target = qué servidor es incautado
objective-public-vs-encrypted-servers-cannot-read = El servidor incautado no puede leer lo que escribiste.
objective-public-vs-encrypted-assume-a-bad-actor = Compruébalo por tu cuenta: un miembro de la sala lee todo lo que escribes, esté cifrado o no.

scenario-high-trust-room = La sala de máxima confianza
scenario-high-trust-room-briefing =
    Compartes una sala cifrada con Dana y Kit, y todos se han verificado entre sí. El administrador del servidor
    de Dana se vuelve contra el grupo: a las 0:04 añade un dispositivo oculto a la cuenta de Dana y a las 0:05
    añade una cuenta títere a la sala. A las 0:08 publicas el plan. Decide si tu cliente comparte la clave de sala
    con todos los dispositivos o solo con los verificados, y a quién has verificado.
choice-high-trust-room-sends_to = qué dispositivos reciben tus claves de sala
choice-high-trust-room-verified = a quién has verificado
objective-high-trust-room-keep-the-plan-secret = El administrador malicioso no puede leer tus mensajes.
objective-high-trust-room-see-what-verification-cannot-hide = Compruébalo por tu cuenta: la verificación no oculta que estás en la sala.
