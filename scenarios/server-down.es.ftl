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
    El apagón ocultó menos de lo que parece. Las confirmaciones de lectura no son eventos de la
    sala: Synapse descarta las que tiene en cola para un servidor al que lleva mucho tiempo sin
    poder llegar, y un servidor que vuelve solo recupera los eventos de la sala, así que
    east.example nunca supo hasta dónde habías leído. South.example, que siguió encendido, sí lo
    supo, pero solo la última: un servidor guarda una confirmación por persona y sala, y cada una
    nueva sustituye a la anterior. Con tu estado es distinto. Tu servidor vuelve a enviar tu
    presencia actual a los servidores de la sala más o menos cada 25 minutos mientras estás
    en línea, así que east.example se enteró de «counting the fund» un cuarto de hora después de
    volver. Solo un estado que ya hubieras cambiado antes de eso habría quedado sin ver.
    Lo que ninguna decisión evita: todos los servidores de la sala, incluido el que estuvo apagado,
    acaban teniendo la lista de miembros, los nombres y el remitente, la hora y el tamaño de cada
    mensaje, cifrado o no.
scenario-server-down-facilitator =
    Unos 15 minutos. Empezad preguntando al grupo qué espera: ¿un mensaje enviado mientras un
    servidor está caído acaba llegándole? Ejecutad los valores por defecto (sin cifrar, incautación
    de east.example) y buscad el mensaje de la lata en el informe. Luego cambiad la incautación a
    south.example y comparad: los mensajes y tu estado son los mismos, pero ahora aparece tu última
    confirmación de lectura. explain server-down --outcomes muestra las cuatro ejecuciones.
    Debatid la resistencia (un chat de grupo que sobrevive a la caída de cualquier servidor) frente
    a la exposición (cada servidor de la sala es una copia completa que hay que proteger), y qué
    borra un apagón y qué no. Error habitual: la confirmación perdida no es una herramienta de
    privacidad; tras un corte breve, los servidores reales pueden seguir entregándola, y tu
    siguiente confirmación o estado llega igualmente a todos los servidores.
choice-server-down-encrypted = la sala está cifrada de extremo a extremo
choice-server-down-seized = el servidor que se lleva la policía a la mañana siguiente
objective-server-down-outage-message-unread = El servidor incautado no puede leer lo que dijiste mientras east.example estaba caído.
objective-server-down-outage-reads-unseen = El servidor incautado no sabe cuándo leíste la sala durante el apagón.
