scenario-high-trust-room = La sala de máxima confianza
scenario-high-trust-room-briefing =
    Compartes una sala cifrada con Dana y Kit, y todos se han verificado entre sí. El administrador del servidor
    de Dana se vuelve contra el grupo: a las 0:04 añade un dispositivo oculto a la cuenta de Dana y a las 0:05
    añade una cuenta títere a la sala. A las 0:08 publicas el plan. Decide si tu cliente comparte la clave de sala
    con todos los dispositivos, solo con los que su dueño ha firmado con la firma cruzada (lo habitual hoy)
    o solo con las personas que has verificado, y a quién has verificado.
scenario-high-trust-room-debrief =
    Un administrador malicioso no puede leer directamente los mensajes cifrados, pero puede añadir
    un dispositivo a una cuenta de su servidor o meter en la sala una cuenta propia. Los clientes
    que comparten las claves de sala con todos los dispositivos se las entregan al intruso; «enviar
    solo a verificados» se las niega a todo dispositivo sin verificar, incluido el del
    administrador. Lo que la verificación no oculta: la pertenencia, los nombres, las horas y los
    tamaños siguen a la vista de todos los servidores de la sala.
scenario-high-trust-room-facilitator =
    Mostrad el dispositivo sin verificar que aparece en la lista de Dana a las 0:04 y la cuenta
    títere que entra a las 0:05; luego comparad sends_to=all, cross-signed y verified (cross-signed frena el
    dispositivo oculto pero no la cuenta títere). Debatid el
    coste: las amistades sin verificar tampoco pueden leer, así que todo el mundo debe verificar a
    todo el mundo.
choice-high-trust-room-sends_to = qué dispositivos reciben tus claves de sala
choice-high-trust-room-verified = a quién has verificado
objective-high-trust-room-keep-the-plan-secret = El administrador malicioso no puede leer tus mensajes.
objective-high-trust-room-see-what-verification-cannot-hide = Compruébalo por tu cuenta: la verificación no oculta que estás en la sala.
objective-high-trust-room-dana-still-reads = Dana, tu compañera, aún puede leer el plan en su propio móvil.
