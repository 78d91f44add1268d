scenario-class-federation = Federación de la clase: una sala, cuatro servidores, un registro
scenario-class-federation-briefing =
    Te unes a una pequeña federación junto con el resto de la clase. Elige un servidor:
    bigchat.example guarda durante 28 días las direcciones desde las que se conectan sus usuarios;
    collective.example no guarda ninguna; harbour.example promete «sin registros de IP», pero su proxy
    web guarda un registro de accesos durante 90 días; campus.example guarda las direcciones durante
    todo un trimestre. Elige cómo te conectas (directamente desde casa, con una VPN o con Tor) y si
    das tu correo electrónico al servidor. Luego conversa en la sala del taller con tus propias
    palabras. Más tarde se incauta un servidor, o Sunny, la persona recién llegada tan amable,
    resulta pasar a otros lo que ve.
scenario-class-federation-debrief =
    El servidor incautado supo de las personas cuyas cuentas aloja: las direcciones desde las que se
    conectaron, mientras sus ajustes y sus registros las guardaron, y los correos que dieron. También
    guarda toda la sala del taller, porque una de sus cuentas es miembro: en una sala sin cifrar son
    todos los mensajes, desde el servidor que sea. Sunny, dentro de la sala, vio cada mensaje y cada
    miembro, hicieran lo que hicieran los servidores. Compara tu informe con el de la persona de al
    lado: la misma sala, otros servidores y conexiones, otra exposición.
scenario-class-federation-facilitator =
    Entre 30 y 45 minutos para una clase de 10 a 60 personas. Abre la entrada y deja que cada cual
    elija; abre la conversación cinco minutos; ciérrala; registra el servidor que más gente eligió y
    revela. Deja que cada persona lea primero su propio informe y muestra luego el panorama de la clase.
    Para conversar: quién eligió el servidor incautado y por qué; qué perdieron y qué conservaron
    quienes estaban en collective.example; por qué se leyeron los mensajes de todo el mundo aunque
    solo se incautó un servidor; qué supo Sunny que ningún ajuste del servidor evita. Después,
    cambiar y repetir: que cada persona cambie sus elecciones (o active el cifrado) y registra otra
    vez el mismo servidor.
    Trampa: la gente se cree la promesa de «sin registros de IP»; señala el registro de accesos del proxy.
choice-class-federation-server = tu servidor
choice-class-federation-connection = cómo te conectas a tu servidor
choice-class-federation-email = dar tu correo electrónico al servidor
choice-class-federation-encrypted = la sala del taller está cifrada
