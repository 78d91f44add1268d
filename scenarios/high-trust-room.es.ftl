scenario-high-trust-room = La sala de máxima confianza
scenario-high-trust-room-briefing =
    Compartes una sala cifrada con Dana y Kit, y todos se han verificado entre sí. El administrador del
    servidor de Dana se vuelve contra el grupo: a las 0:04 añade un dispositivo oculto a la cuenta de
    Dana. A las 0:06 pasas lista. A las 0:07 el administrador va más allá: su servidor sustituye la
    identidad criptográfica de Dana por una propia y firma con ella el dispositivo oculto. A las 0:08
    publicas el plan. Decide a quién da tu aplicación la clave de sala: a los dispositivos que su dueño
    ha firmado con la firma cruzada (lo que hacen hoy las aplicaciones, el valor por defecto), a todos
    los dispositivos (el comportamiento antiguo) o solo a las personas que verificaste; y decide a quién
    habías verificado.
scenario-high-trust-room-debrief =
    Un administrador malicioso no puede leer directamente los mensajes cifrados, pero controla las
    cuentas de su servidor. Un dispositivo que mete en la cuenta de Dana no lleva la firma de Dana, así
    que una aplicación de 2026 le niega la clave; solo el comportamiento antiguo de «todos los
    dispositivos» se la entrega. Por eso el administrador reinicia la identidad de Dana: su servidor hace
    la comprobación de contraseña que protege las claves de firma cruzada, sube unas claves propias y
    firma con ellas su dispositivo. Entonces todas las aplicaciones de la sala muestran que la identidad
    de Dana ha cambiado. Una aplicación que había verificado a Dana deja de darle claves hasta que la
    vuelvas a verificar; una que no la había verificado solo avisa, y da la clave al dispositivo que el
    administrador acaba de firmar. Por eso sigue importando verificar en persona, y por eso una
    identidad cambiada es una alarma: llama a Dana antes de escribir nada más. Mientras dura el aviso,
    el móvil de verdad de Dana tampoco recibe claves. Lo que la verificación no oculta: la pertenencia,
    los nombres, las horas y los tamaños siguen a la vista de todos los servidores de la sala.
scenario-high-trust-room-facilitator =
    Ejecutad primero los valores por defecto: el dispositivo oculto aparece en la lista de Dana a las
    0:04 pero no recibe clave, y a las 0:07 tu pantalla avisa de que la identidad de Dana ha cambiado.
    Después ejecutad verified=kit: el mismo aviso, pero ahora el plan llega al dispositivo del
    administrador. Comparad sends_to=all (el comportamiento antiguo: el dispositivo oculto lee también
    el pase de lista) y sends_to=verified. Debatid qué haría vuestro grupo al ver «la identidad ha
    cambiado», y el coste de los ajustes estrictos: una amistad sin verificar tampoco lee nada.
choice-high-trust-room-sends_to = qué dispositivos reciben tus claves de sala
choice-high-trust-room-verified = a quién habías verificado
objective-high-trust-room-keep-the-plan-secret = El administrador malicioso no puede leer tus mensajes.
objective-high-trust-room-see-what-verification-cannot-hide = Compruébalo por tu cuenta: la verificación no oculta que estás en la sala.
objective-high-trust-room-dana-still-reads = Dana, tu compañera, aún puede leer tus mensajes en su propio móvil.
objective-high-trust-room-see-the-warning = Compruébalo por tu cuenta: tu aplicación te avisa de que la identidad de Dana ha cambiado.
