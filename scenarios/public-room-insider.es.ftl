scenario-public-room-insider = El infiltrado en la sala pública
scenario-public-room-insider-briefing =
    Eres Marta, inquilina del número 14 de la calle Olmo, con una cuenta en plaza.example. Tus vecinos
    hablan en una sala abierta a cualquiera; sus miembros están repartidos en cuatro servidores y uno de
    ellos es un desconocido muy amable, «helper», que pregunta dónde es la reunión. Elige el nombre de
    usuario con el que te registras, el nombre y la foto que muestras en la sala abierta, dónde va la
    dirección de la reunión (una sala pública de seguimiento o una sala cifrada solo por invitación para
    ti, Lee y Kai) y, como eres tú quien crea esa sala, si quienes entren más tarde pueden leer lo que se
    dijo antes de que llegaran. A los 40 minutos sales de la sala abierta. Al día siguiente, el
    desconocido aparece también en la sala de seguimiento: encuentra la pública, o Kai, a quien le gustó
    su oferta de ayuda, lo invita a la privada. A las 0:30 puede que te lo pienses mejor y borres el
    mensaje de la reunión. Seis semanas después, la policía incauta tiny.example, el pequeño servidor de
    Kai.
scenario-public-room-insider-debrief =
    Todo lo dicho en la sala abierta se copió en los cuatro servidores, y cada copia lleva la firma de
    tu servidor, así que quien tenga una puede demostrar que es auténtica. Salir de la sala solo añadió
    un evento de salida («leave»): seis semanas después, el servidor incautado conservaba cada palabra.
    Al desconocido no le hizo falta ningún ataque: la pantalla de cualquier miembro muestra los
    mensajes, los nombres, las fotos, la lista de miembros, las respuestas, las reacciones, la presencia
    y las confirmaciones de lectura. Un nombre de usuario reciclado de tus redes sociales, o tu nombre y
    tu foto reales en el perfil, les dijeron a ambos adversarios quién está detrás de la cuenta; un
    nombre de usuario nuevo y un seudónimo rompen ese vínculo. La dirección de la reunión solo estuvo a
    salvo en la sala cifrada por invitación, y solo si la sala no mostraba a quien llegaba nada de antes
    de su entrada. Con el historial compartido, el ajuste habitual, las aplicaciones entregan desde 2026
    el pasado al invitar: la aplicación de Kai envió al desconocido, junto con la invitación, las claves
    de los mensajes que ya había en la sala, y él leyó la dirección como si hubiera estado allí. Con el
    historial desde la entrada, la aplicación de Kai no compartió nada, y la sala solo le mostró al
    desconocido que habías escrito algo, cuándo y cuánto ocupaba. El servidor incautado no guardó más
    que eso: el texto cifrado, su tamaño, la hora y el remitente (y, cuando la aplicación de Kai
    compartió el historial, el paquete cifrado de claves que subió allí, que el servidor no puede
    abrir). Ninguna decisión oculta lo que dijiste en la sala abierta, que estabas en las dos salas ni
    tu respuesta al desconocido: en público, di solo lo que aceptarías ver citado con tu nombre. Borrar
    el mensaje de la reunión tampoco fue borrarlo: el borrado es también un evento que todos los
    servidores guardan, así que ambos adversarios supieron que retiraste algo, y cuándo. Lee y Kai ya
    habían visto la dirección. El desconocido, que llegó al día siguiente, solo vio «mensaje eliminado»:
    eso sí lo consiguió. Pero cada servidor guardó el original siete días, y el índice de búsqueda de
    Synapse conserva las palabras de un mensaje sin cifrar incluso después: seis semanas más tarde, el
    servidor incautado aún podía leer la dirección en la sala pública. Solo el cifrado se la ocultó al
    servidor.
scenario-public-room-insider-facilitator =
    Empezad con los valores por defecto y leed en voz alta lo que averiguó el desconocido: es lo que ve
    cualquier miembro. Después, en grupos pequeños, probad las treinta y dos combinaciones (explain
    --outcomes las muestra) y buscad la que cumple los dos objetivos de «no debe saber». Señalad el tercer objetivo: se
    cumple siempre, porque salir de una sala no borra nada. Hablad de quién podría ser «helper» en
    vuestras propias salas públicas, qué seguiríais publicando allí, por qué la respuesta de Marta a su
    pregunta ya es, por sí misma, un hallazgo, y por qué la sala por invitación solo protegió la
    dirección cuando su historial empezaba con la entrada de cada miembro: en cuanto el desconocido
    consiguió entrar, la propia aplicación de Kai le entregó el pasado.
choice-public-room-insider-username = el nombre de usuario con el que te registras en plaza.example
choice-public-room-insider-face = el nombre y la foto que muestras en la sala abierta
choice-public-room-insider-follow_up = dónde va la dirección de la reunión
choice-public-room-insider-delete = si borras el mensaje de la reunión a las 0:30, antes de que llegue el desconocido
choice-public-room-insider-history = qué pueden leer quienes entren más tarde en la sala de seguimiento: todo lo dicho antes (shared) o solo lo que sigue a su entrada (joined)
objective-public-room-insider-not-tied-to-you = Nadie puede vincular la cuenta con tu nombre o tu alias públicos en redes sociales.
objective-public-room-insider-address-stays-private = Ni el desconocido ni el servidor incautado leen la dirección de la reunión.
objective-public-room-insider-leaving-erases-nothing = Compruébalo: semanas después de que salieras, el servidor incautado sigue leyendo lo que dijiste en la sala abierta.
