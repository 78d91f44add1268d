scenario-many-servers = Muchos servidores: cuánto se lleva una incautación
scenario-many-servers-briefing =
    Eres Fennel, una de las diez personas de la cooperativa de consumo de Eastside. Las diez habláis
    en la sala de la cooperativa; cuatro de vosotras lleváis además el grupo de compras al por mayor
    en una segunda sala. Elige cómo os repartís: todas en un gran servidor, hub.example, o cada una
    en un servidor pequeño propio (tú en s1.example, Bo en s3.example, etc.). Elige si las dos salas
    van cifradas. A la media hora se incauta un servidor: hub.example si estáis todas en uno, o el
    s3.example de Bo si hay diez.
scenario-many-servers-debrief =
    Un servidor registra las direcciones de sus propios usuarios y de nadie más. En hub.example la
    incautación encontró diez registros de conexión, uno por persona, el tuyo incluido; en
    s3.example encontró uno, el de Bo. Contad las líneas ip-address de los dos informes: esa es la
    parte de los datos de conexión que se lleva una sola incautación, todos o la décima parte. Lo
    mismo pasa con los tokens de acceso, que permiten actuar en nombre de esas cuentas. Las salas
    son otra cosa: cada servidor con un miembro en una sala guarda la sala entera, así que el
    pequeño servidor de Bo tenía completa la sala de la cooperativa: todos los miembros, todos los
    nombres y, sin cifrado, cada palabra. Del grupo de compras no vio nada, porque allí no tiene
    ningún miembro.
    Qué lo evita: repartir a la gente en muchos servidores limita las direcciones y las cuentas que
    expone una incautación; el cifrado es lo que oculta el texto a todos los servidores de la sala,
    grandes o pequeños.
    Lo que ningún reparto evita: la pertenencia, los nombres visibles, las listas de dispositivos y
    la hora de cada mensaje llegan a todos los servidores de la sala, de modo que el servidor
    incautado siempre sabe quién está en la cooperativa y cuándo habla. Muchos servidores son
    también muchas administraciones en las que confiar, y un servidor pequeño puede estar peor
    mantenido: la descentralización reparte el riesgo, no lo elimina.
scenario-many-servers-facilitator =
    Unos 15 minutos. Ejecutad layout=one y layout=ten sin cifrado y pedid al grupo que cuente los
    hallazgos ip-address (10 frente a 1; con run --format json aparecen en exposure.by_code).
    Después preguntad por qué los mensajes de la cooperativa se filtraron en los dos casos y activad
    el cifrado. El grupo de compras es la sorpresa: en el mundo de diez servidores, el servidor
    incautado ni siquiera supo que existía. Relacionadlo con el ejemplo de la guía (100 personas en
    10 servidores) y, para cifras mayores, con glasshouse scale (por ejemplo, scale --servers 100
    --users 1000 --dist zipf:1.1 --compromise top:5). Hablad de quién mantendría diez servidores en
    un grupo real y de lo que cuesta. Error habitual: entender «uno de cada diez» como «diez veces
    más seguro»; para quien está en el servidor incautado no cambió nada.
choice-many-servers-layout = un gran servidor o un servidor pequeño por persona
choice-many-servers-encrypted = las dos salas van cifradas de extremo a extremo
objective-many-servers-your-address-stays-out = El servidor incautado no tiene tu dirección IP.
objective-many-servers-co-op-text-unread = El servidor incautado no puede leer lo que escribiste en la sala de la cooperativa.
objective-many-servers-buying-group-unseen = El servidor incautado no sabe que estás en el grupo de compras.
objective-many-servers-co-op-membership-shows = Mira lo que ningún reparto oculta: el servidor incautado sabe que estás en la sala de la cooperativa.
