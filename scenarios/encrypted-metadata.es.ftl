scenario-encrypted-metadata = Cifrado, pero vigilado
scenario-encrypted-metadata-briefing =
    Eres Ana, enfermera del turno de noche, y ayudas a organizar un sindicato en el hospital St Mary's.
    La campaña se lleva en «Ward 4 organising», una sala cifrada de extremo a extremo con Sam (en tu
    servidor, carers.example), Rafa (en nightowl.example) y Jo. Sin que lo sepas, el operador de
    bigchat.example entrega desde el principio todo lo que recibe su servidor a los investigadores del
    hospital. Jo solo tiene cuenta allí. Elige el nombre y la imagen de tu perfil, si carers.example
    comparte la presencia o no, y si Jo entra desde bigchat.example o se abre antes una cuenta en
    carers.example.
    Tu móvil usa Element X instalado desde Google Play. Elige quién lleva sus notificaciones (el
    servicio de Google, un distribuidor de UnifiedPush que tú elijas, o nadie), qué le pide la
    aplicación que lleve cada una, y si carers.example deja entrar el contenido de los mensajes en
    sus notificaciones. Además de la sala del sindicato, compartes con Sam una sala cotidiana y sin
    cifrar: «Night shift swaps».
scenario-encrypted-metadata-debrief =
    Nadie leyó ni una palabra: los mensajes viajaron como texto cifrado con Megolm y solo los
    dispositivos de los miembros tenían las claves. Pero todo lo que rodea a las palabras llegó igualmente
    a cada servidor con algún miembro en la sala. El evento de miembro lleva tu nombre visible y tu
    imagen sin cifrar, así que un nombre que dice quién eres y dónde trabajas te delata, y uno neutro no.
    La presencia y su mensaje de estado se envían a todos los servidores con los que compartes sala,
    salvo que tu servidor tenga la presencia desactivada. Cada mensaje cifrado sigue mostrando quién lo
    envía, desde qué dispositivo, cuándo y cuánto ocupa el texto cifrado; una respuesta indica sin cifrar
    a qué mensaje contesta; una reacción viaja sin cifrar con su emoji; las confirmaciones de lectura y
    los avisos de «está escribiendo» son eventos efímeros en claro; el nombre y el tema de la sala son
    estado sin cifrar. Todo eso salió de tus propias acciones, que en este ejercicio son fijas: en un
    cliente real, desactivar «enviar confirmaciones de lectura» las deja como privadas en tu propio
    servidor, desactivar los avisos de escritura los elimina, y menos reacciones y respuestas dejan menos
    rastro. La única decisión que lo quitó todo fue dejar bigchat.example fuera de la sala: un servidor
    sin ningún miembro en una sala no recibe nada de ella. Tu propio servidor, en cambio, siempre ve todo
    esto sobre ti.
    Las notificaciones son un segundo canal que no tiene nada que ver con el servidor vigilante. Tu
    servidor envía una a una pasarela de notificaciones por cada mensaje que recibes, cifrado o no, y
    Google (o Apple, o el distribuidor de UnifiedPush que elegiste) la lleva a tu móvil. Element X pide
    solo identificadores: el servicio ve entonces el id de la sala, el del mensaje y tu número de
    mensajes sin leer; es decir, cuándo te llegó cada mensaje y, cuando ese número baja, cuándo los
    leíste. Una aplicación que pide el formato completo le entrega además quién escribe, su nombre
    visible y el nombre de la sala y, con el valor por defecto de Synapse (push.include_content), el
    propio mensaje: texto cifrado en una sala cifrada, pero las palabras de Sam en «Night shift
    swaps». Desactivar las notificaciones no le deja nada a ese servicio, a cambio de un móvil que solo
    se entera de los mensajes cuando la aplicación los consulta por su cuenta.
scenario-encrypted-metadata-facilitator =
    Ejecutad los valores por defecto y proyectad lo que el servidor vigilante averiguó sobre Ana: ni un
    solo texto de mensaje y, aun así, la cronología de su noche. Preguntad al grupo qué podría deducir
    de ahí un investigador. Después cambiad una decisión cada vez (explain --outcomes tiene todas las
    combinaciones) y anotad qué desaparece. Para terminar, haced una lista de los ajustes del cliente y del
    servidor que un grupo podría acordar, y pensad quién, en vuestras propias salas, está en un servidor
    del que no sabéis nada.
choice-encrypted-metadata-profile = el nombre visible y la imagen de tu perfil
choice-encrypted-metadata-presence = si carers.example comparte la presencia (si estás conectada y tu mensaje de estado)
choice-encrypted-metadata-jo_joins_from = dónde está la cuenta de Jo cuando entra en la sala
objective-encrypted-metadata-words-stay-secret = El servidor vigilante no lee ninguno de tus mensajes.
objective-encrypted-metadata-profile-gives-nothing-away = Tu perfil no le dice al servidor vigilante tu nombre, tu trabajo ni tu planta.
objective-encrypted-metadata-no-presence = El servidor vigilante no sabe cuándo estás conectada ni qué dice tu estado.
objective-encrypted-metadata-no-reply-trail = El servidor vigilante no sabe a qué mensajes respondiste o reaccionaste.
choice-encrypted-metadata-push = quién lleva las notificaciones de tu móvil: Google, un distribuidor de UnifiedPush (ntfy.sh) o nadie
choice-encrypted-metadata-push_format = qué le pide la aplicación que lleve cada notificación: solo identificadores, o la notificación completa
choice-encrypted-metadata-include_content = si carers.example mete el contenido de los mensajes en las notificaciones completas (push.include_content de Synapse)
objective-encrypted-metadata-push-shows-no-names = Quien lleva tus notificaciones nunca ve el nombre de la sala del sindicato.
objective-encrypted-metadata-push-carries-no-words = Quien lleva tus notificaciones nunca lee un mensaje que te envían.
objective-encrypted-metadata-push-sees-no-timeline = Quien lleva tus notificaciones no sabe cuándo te llegan los mensajes ni cuándo los lees.
