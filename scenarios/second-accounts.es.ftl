scenario-second-accounts = Segundas cuentas: dos caras que no se tocan
scenario-second-accounts-briefing =
    Eres Marisol Reyes, portavoz de un sindicato de inquilinas. Como @mreyes:plaza.example respondes
    en el canal público del sindicato con tu nombre, tu foto y tu correo. Para la sala donde se
    prepara la huelga de alquileres (cifrada, con Ana en den.example y Jun en plaza.example) abres
    una segunda cuenta, heron, en un segundo servidor: agora.example, otro gran servidor público, o
    den.example, un servidor pequeño en el extranjero que gestiona gente de confianza. Decide dónde
    vive heron, si muestra tu nombre y tu foto, si se conecta desde la línea de casa o por Tor y si
    le das el mismo correo. A la media hora, una misma operación policial incauta a la vez
    plaza.example y agora.example.
    Cuando añades el correo a heron, Element te ofrece hacerlo localizable en el servidor de identidad
    («Descubrimiento») para que quien lo tenga pueda encontrarte: decide si aceptas. El abogado del
    casero tiene tu correo público de prensa y lo va a buscar.
scenario-second-accounts-debrief =
    En Matrix nada vincula dos cuentas por sí solo: lo hacen los rasgos que les das. Con los valores
    por defecto, la redada encontró cuatro motivos para vincularlas. Un nombre visible o una foto que
    comparten las dos cuentas los ve cualquier servidor con un miembro en cada sala: plaza.example
    tenía a Jun en la sala de la huelga, así que vio el perfil de heron aunque heron viviera en
    den.example. Subir otra vez la misma foto no sirve: cada subida tiene su propio enlace, pero
    cualquiera puede abrir las dos imágenes y compararlas. La misma dirección de casa y el mismo
    correo los ve quien tenga los registros de los servidores de ambas cuentas. En agora.example
    heron estaba en un segundo servidor y no cambió nada: la redada también se llevó agora.example,
    y su registro de IP y su tabla de correos coincidían con los de plaza.example. Llevar a heron a
    den.example, fuera del alcance de la redada, le quitó la dirección y el correo; Tor por sí solo o no dar correo por sí solo eliminaban un rasgo cada uno. Un servidor solo deja
    que un correo pertenezca a una cuenta, así que el mismo correo en el mismo servidor ni siquiera
    es posible; en dos servidores sí, y las vincula para quien consiga los dos.
    Qué evita el vínculo: un segundo servidor fuera del alcance del mismo adversario, un nombre y una
    foto que no uses en ningún otro sitio, ningún correo (o uno distinto) y otra forma de conectarte.
    Lo que ninguna decisión evita aquí: la sala de la huelga está cifrada y sus mensajes siguieron
    ilegibles, pero los servidores incautados vieron igualmente que heron es miembro, quién más está
    en la sala y cuándo escribió heron. La simulación deja fuera otras cosas que en la vida real
    también vinculan cuentas: que tu proveedor vea una misma línea llegar a los dos servidores a la
    vez, tu forma de escribir y tus horarios.
    El descubrimiento es un vínculo por sí solo, y no necesita redada. Compartir el correo de heron en el
    servidor de identidad permitió que cualquiera que tenga esa dirección encontrara la cuenta: el
    abogado del casero escribió tu correo de prensa y obtuvo @heron. Codificar la dirección antes de
    preguntar no oculta nada a quien ya la tiene. El operador del servidor de identidad también guarda
    el par. Deja el descubrimiento desactivado salvo que quieras que te encuentre quien tiene tu correo
    o tu número, y nunca lo actives en una cuenta que mantienes aparte.
scenario-second-accounts-facilitator =
    Unos 20 minutos; hay 64 combinaciones, así que repartid el trabajo. Ejecutad primero los valores
    por defecto: dos hallazgos (uno por cuenta) dicen que las cuentas «parecen la misma persona» y
    dan cuatro motivos. Asignad a cada pareja un motivo que eliminar y dejad que busque la decisión
    que lo consigue; después preguntad qué decisión elimina dos motivos a la vez (den.example, fuera
    del alcance de la redada). Señalad que agora.example ya era un segundo servidor: lo que importa es
    quién puede incautarlo. Mostrad que el nombre y la foto siguen vinculando entre servidores,
    porque el servidor de Jun ve la sala privada. explain second-accounts --outcomes enumera todas
    las ejecuciones; solo unas pocas cumplen todos los objetivos. Hablad de lo que cuesta mantener
    dos identidades separadas a diario (dos aplicaciones o perfiles, dos contraseñas, no reenviar
    nunca de una a otra). Error habitual: cambiar la foto pero dejar el mismo nombre visible, o
    elegir como nombre nuevo tus propias iniciales.
choice-second-accounts-second_server = el servidor de tu segunda cuenta
choice-second-accounts-same_name = tu segunda cuenta muestra tu nombre real
choice-second-accounts-same_avatar = tu segunda cuenta usa tu foto pública
choice-second-accounts-second_connection = cómo se conecta tu segunda cuenta
choice-second-accounts-same_email = dar a la segunda cuenta el mismo correo
objective-second-accounts-accounts-stay-apart = La redada no puede vincular tus dos cuentas por ningún rasgo.
objective-second-accounts-no-link-by-address = La redada no puede vincular tus cuentas por la IP de tu casa.
objective-second-accounts-no-link-by-email = La redada no puede vincular tus cuentas por tu correo.
objective-second-accounts-membership-still-shows = Mira lo que una segunda cuenta no oculta: la lista de miembros de la sala sigue mostrándola.
choice-second-accounts-discovery = compartir el correo de la segunda cuenta en el servidor de identidad (Descubrimiento)
objective-second-accounts-email-finds-no-account = Quien tiene tu correo no puede encontrar tu segunda cuenta.
