scenario-server-down = Un servidor se cae: la sala sigue adelante
scenario-server-down-briefing =
    Eres moss (en north.example) y estás en la sala de la caja de resistencia de la huelga de
    alquileres con Lee (south.example) y Kai, cuyo servidor, east.example, funciona en un pequeño
    ordenador de su piso. A los veinte minutos, un apagón deja east.example sin conexión más de seis
    horas. Mientras está caído, cuentas en la sala dónde está guardado el dinero y lees la sala dos
    veces. Elige si la sala está cifrada y qué servidor se lleva la policía a la mañana siguiente:
    east.example, que estaba caído cuando hablaste, o south.example, que nunca se cayó.
scenario-server-down-debrief =
    Ningún servidor es dueño de una sala de Matrix. Mientras east.example estaba apagado, north y
    south mantuvieron la sala; al volver, pidió lo que se había perdido y guardó todos los mensajes,
    también tu aviso sobre la lata azul («blue tin»). Decir algo «mientras ese servidor está caído» no se lo oculta:
    sin cifrado, el east.example incautado leyó el mensaje de la lata igual que lo habría leído
    south.example.
    Qué lo evita: el cifrado. Los dispositivos de Kai recibieron las claves de la sala cuando
    east.example volvió, pero una copia de la base de datos del servidor solo contiene texto
    cifrado.
    El apagón sí ocultó otra cosa. Las confirmaciones de lectura y la presencia no son eventos de la
    sala: Synapse descarta las que tiene en cola para un servidor al que lleva mucho tiempo sin
    poder llegar, y un servidor que vuelve solo recupera los eventos de la sala. Por eso
    east.example nunca supo cuándo leíste la sala ni tu estado mientras estuvo caído, y
    south.example, que siguió encendido, sí lo supo.
    Lo que ninguna decisión evita: todos los servidores de la sala, incluido el que estuvo apagado,
    acaban teniendo la lista de miembros, los nombres y el remitente, la hora y el tamaño de cada
    mensaje, cifrado o no.
scenario-server-down-facilitator =
    Unos 15 minutos. Empezad preguntando al grupo qué espera: ¿un mensaje enviado mientras un
    servidor está caído acaba llegándole? Ejecutad los valores por defecto (sin cifrar, incautación
    de east.example) y buscad el mensaje de la lata en el informe. Luego cambiad la incautación a
    south.example y comparad: los mensajes son los mismos, pero ahora aparecen tus confirmaciones de
    lectura y tu estado. explain server-down --outcomes muestra las cuatro ejecuciones.
    Debatid la resistencia (un chat de grupo que sobrevive a la caída de cualquier servidor) frente
    a la exposición (cada servidor de la sala es una copia completa que hay que proteger), y qué
    borra un apagón y qué no. Error habitual: las confirmaciones perdidas no son una herramienta de
    privacidad; tras un corte breve, los servidores reales pueden seguir entregándolas.
choice-server-down-encrypted = la sala está cifrada de extremo a extremo
choice-server-down-seized = el servidor que se lleva la policía a la mañana siguiente
objective-server-down-outage-message-unread = El servidor incautado no puede leer lo que dijiste mientras east.example estaba caído.
objective-server-down-outage-reads-unseen = El servidor incautado no sabe cuándo leíste la sala durante el apagón.
