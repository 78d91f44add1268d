scenario-other-platforms = La misma conversación en otros servicios
scenario-other-platforms-briefing =
    Eres Juniper y organizas un grupo por la vivienda con Ravi y Tess. Elige dónde habla el grupo:
    una sala de Matrix repartida entre dos servidores comunitarios, una mensajería al estilo de
    Signal, un grupo al estilo de Telegram o un servidor al estilo de Discord, y si te conectas
    directamente o a través de Tor. Quien opera el servicio del que dependes (o, en Matrix, tu propio
    servidor) está comprometido desde el principio.
scenario-other-platforms-debrief =
    Lo que ve quien opera un servicio lo decide su diseño, no sus promesas. Los servicios al estilo
    de Signal cifran de extremo a extremo todas las conversaciones, mantienen cifrados los perfiles
    y las listas de los grupos y apenas guardan nada, pero la cuenta es tu número de teléfono, y el
    propio tráfico habla: cada mensaje de grupo sale como una sola petición que enumera a todos los
    destinatarios, enviada desde la dirección de quien escribe. Un operador que vigila en directo
    sabe quién está en el grupo y cuándo habla, y, desde una dirección de casa, quién escribió; Tor
    oculta quién escribe, no quién recibe. Los
    grupos al estilo de Telegram y los servidores al estilo de Discord no se cifran de extremo a
    extremo: el operador guarda cada palabra, cada miembro y tu número o tu correo. Matrix queda en
    medio: en una sala cifrada ningún servidor lee las palabras, pero cada servidor de la sala ve
    quién está, cuándo escribe y a quién responde; y puedes elegir un servidor de confianza o
    montar el tuyo. En todos los servicios el operador ve tu dirección IP salvo que te conectes por
    Tor o una VPN. Los chats secretos uno a uno de Telegram, que sí se cifran de extremo a extremo,
    no están modelados aquí.
scenario-other-platforms-facilitator =
    Ejecutad los cuatro servicios a la vez (explain --outcomes) y rellenad una tabla en la pizarra:
    palabras, pertenencia al grupo, teléfono o correo, IP. Después debatid lo que la tabla no
    muestra: el número de teléfono como identidad, la moderación, los bots, quién puede montar un
    servidor. Quince minutos.
choice-other-platforms-service = dónde habla el grupo
choice-other-platforms-connection = cómo te conectas
objective-other-platforms-hide-the-words = El operador no puede leer lo que escribiste.
objective-other-platforms-hide-the-group = El operador no puede saber que estás en el grupo.
objective-other-platforms-hide-number-and-email = El operador no tiene tu número de teléfono ni tu correo.
objective-other-platforms-hide-home-ip = El operador no conoce la dirección IP de tu casa.
