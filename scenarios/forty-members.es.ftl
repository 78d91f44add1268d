scenario-forty-members = Cuarenta miembros, diez verificados
scenario-forty-members-briefing =
    Eres Linden, con cuenta en collective.example, y estás en «Depot action assembly»: una sala cifrada
    y solo por invitación con otros 40 miembros repartidos en cinco servidores. Has comparado los emojis
    en persona con diez de ellos, entre ellos Dana. A las 0:02 pasas lista. A las 0:04, el administrador
    de shady.example, el servidor de Dana, añade sin avisar un teléfono a la cuenta de Dana; a las 0:05
    mete en la sala una cuenta suya, «support-team». A las 0:08 publicas el plan. Decide a quién da tu
    aplicación las claves de la sala: a los dispositivos que su dueño ha firmado con la firma cruzada (lo
    que hacen hoy las aplicaciones, el valor por defecto), a todos los dispositivos (el comportamiento
    antiguo) o solo a usuarios verificados; y si verificaste a diez personas o a las cuarenta.
scenario-forty-members-debrief =
    El administrador no puede romper el cifrado, pero controla las cuentas de su propio servidor: puede
    iniciar sesión con un dispositivo nuevo en la cuenta de uno de sus usuarios y añadir a la sala un
    miembro propio. Las aplicaciones actuales solo dan claves de sala a los dispositivos que su dueño ha
    firmado con la firma cruzada: Dana nunca firmó el teléfono nuevo, así que no recibe nada, pero la
    cuenta títere es del propio administrador, que firma sus dispositivos, así que recibe la clave del
    plan y el administrador lo lee. El comportamiento antiguo, compartir con todos los dispositivos,
    entrega la clave a los dos intrusos. El pase de lista siguió en secreto: su
    clave salió antes de que existieran los intrusos. «Enviar solo a usuarios verificados» retiene la
    clave para cualquier dispositivo que tus contactos verificados no hayan firmado ellos mismos y para
    toda cuenta que nunca verificaste: el teléfono de la cuenta de Dana y la cuenta títere reciben una
    negativa (m.unverified) en lugar de la clave. El precio lo pagan tus compañeros: con diez personas
    verificadas, las otras treinta, Noor incluida, solo ven «no se puede descifrar». Verificar a todo el
    mundo elimina ese precio, y es mucho trabajo. Lo que ningún ajuste oculta: el servidor del
    administrador está en la sala, así que sigue viendo la lista de miembros y sus nombres, los
    dispositivos de cada cual, cuándo publicas y cuánto ocupa cada mensaje, la reacción de Kit, la
    confirmación de lectura y la presencia de Noor, y además tiene el token de acceso de Dana. La
    verificación tampoco sirve de nada si una de las diez personas en quienes confías pasa la
    información a otros.
scenario-forty-members-facilitator =
    Ejecutadlo con los valores por defecto, después con sends_to=verified y luego añadid
    verify=everyone: con tres ejecuciones se entiende la historia (explain --outcomes muestra las seis;
    sends_to=all muestra el comportamiento antiguo).
    Enseñad el nuevo GHOSTPHONE en la lista de dispositivos de Dana, visible incluso desde la pantalla
    de Noor, y preguntad quién lo habría visto a tiempo. Debatid el compromiso: ¿vuestro grupo
    verificaría a cuarenta personas, llevaría los planes delicados a una sala más pequeña o aceptaría
    que treinta miembros no lean nada? Preguntad qué demuestra «verificado» y qué no.
choice-forty-members-sends_to = a qué dispositivos envía tu cliente las claves de la sala
choice-forty-members-verify = a cuántos de los 40 miembros has verificado
objective-forty-members-admin-reads-nothing = El administrador malicioso de shady.example no puede leer tus mensajes.
objective-forty-members-the-room-still-reads-you = Noor, una miembro auténtica a la que nunca verificaste, sigue pudiendo leer tus mensajes.
objective-forty-members-membership-is-no-secret = Compruébalo: el administrador sabe que estás en la sala elijas lo que elijas.
