scenario-connecting = Conectarse: quién ve el camino de entrada
scenario-connecting-briefing =
    Eres tern, enfermera y organizadora de la huelga de la planta 7, en una sala cifrada con Inés y
    Teo. Elige servidor: riverbank.example guarda 90 días los registros de IP y la última dirección
    de cada dispositivo; lantern.example borra ese historial al día siguiente y no guarda ninguna
    dirección de dispositivo; harbour.example promete «no guardamos registros de IP» y te da acceso
    con su propio servicio de inicio de sesión. Elige cómo te conectas: directamente desde casa, con una VPN o con
    Tor. El día 3, tras una actualización, tu VPN o tu Tor no arranca y escribes unos minutos desde
    casa de todos modos.
    Desde el día 7 tu proveedor de internet registra tu línea por orden judicial; el día 30 la
    policía se lleva tu servidor.
    El día 5 llamas a una periodista que preguntó por la huelga, en vuestro chat directo cifrado. Elige
    si tu aplicación puede conectar las llamadas entre pares (lo predeterminado en Element) o solo a
    través del relé de tu servidor.
scenario-connecting-debrief =
    Hay dos observadores, uno en cada extremo de tu conexión, y cada uno ve cosas distintas.
    Tu proveedor ve el destino de cada conexión que sale de tu línea. Si te conectas directamente,
    sabe cómo se llama tu servidor y a qué horas estuviste activa; con una VPN solo ve a la empresa
    de VPN, y con Tor solo que usas Tor. El cifrado de la sala no interviene aquí: TLS ya oculta tus
    mensajes al proveedor, pero no adónde van, cuándo ni, más o menos, cuánto ocupan.
    El servidor incautado ve el otro extremo: la dirección desde la que llegó cada petición. Si te
    conectas directamente, es la de tu casa; con VPN o Tor es la de la salida, que comparte mucha
    gente. Cuánto duran esos registros lo deciden sus administradores. En riverbank.example, los
    minutos del día 3 seguían en el registro de 90 días cuando llegó la policía; lantern.example ya
    los había borrado y, como no guarda la última dirección de cada dispositivo, nada vinculaba tu
    cuenta con tu casa. Sus registros fuera de la base de datos también habían rotado: dos semanas
    el registro de accesos del servidor web, cuatro días el del propio Synapse.
    harbour.example cumplió su promesa sobre la base de datos y aun así entregó la dirección de tu
    casa: el registro de accesos de su servidor web, que la configuración de Synapse no toca, dura
    90 días, y su línea de tu mensaje del día 3 nombra la sala y el minuto, que el mensaje guardado
    vincula contigo. Su servicio de inicio de sesión (Matrix Authentication Service) guarda 30 días
    la última dirección de cada sesión y 30 días la del alta: la de tu alta había caducado seis
    horas antes de la incautación. Una promesa de no guardar registros de IP suele referirse a la
    base de datos; pregunta también por los registros del servidor web y por el servicio de inicio
    de sesión. Si te conectas directamente, cada petición lleva la dirección de tu casa,
    sea cual sea el tiempo de conservación. La dirección desde la que creaste la cuenta se guarda
    junto al registro solo dos días: una incautación en las primeras 48 horas también la habría
    encontrado; el día 30 ya no estaba.
    Lo que ninguna de estas decisiones oculta: tu proveedor siempre sabe cuándo estás conectada y
    cuánto envías; el servidor sigue sabiendo que eres miembro de la sala, cómo se llaman tus
    contactos y la hora y el tamaño de cada mensaje. Una VPN traslada la confianza a la empresa que
    la ofrece, que conoce a la vez tu dirección de casa y tu servidor; Tor reparte ese conocimiento
    entre varios nodos. Esta simulación no trata a la empresa de VPN como adversaria, y por eso VPN
    y Tor dan el mismo resultado.
    La llamada es una tercera vía de entrada. Entre pares, la aplicación de la periodista recibió tu voz
    directamente desde tu conexión, y el establecimiento de la llamada que descifró incluía esa
    dirección: la de tu casa si te conectas directamente, y también con Tor, porque Tor no lleva
    llamadas y la aplicación las envía por fuera. Con una VPN vio la salida de la VPN. Sin llamadas
    entre pares, la llamada pasó por el relé de tu servidor: la periodista solo vio el relé, y el relé,
    que gestionan los administradores de tu servidor, vio a ambas partes durante la llamada. Una llamada
    puede mostrar tu dirección a quien llamas; desactiva las llamadas entre pares (Ajustes, Voz y vídeo)
    cuando eso importe.
scenario-connecting-facilitator =
    Unos 15 minutos. Ejecutad primero los valores por defecto (directa, riverbank.example) y leed en
    paralelo lo que sabe cada adversario: la línea de tráfico del proveedor nombra el servidor y la
    línea de direcciones de la incautación muestra la IP de casa. Después, que el grupo pase a Tor y
    vea que el descuido del día 3 sigue apareciendo en riverbank.example; luego, que cambie a
    lantern.example y, por último, a harbour.example, cuya promesa de «no guardar registros de IP»
    falla por el registro de accesos de su servidor web. explain connecting --outcomes muestra
    todas las ejecuciones; la opción de llamadas decide lo que sabe la periodista.
    Para debatir: quién puede observar vuestra red (el proveedor de casa, la wifi de un bar o del
    trabajo, la de la universidad); por qué un descuido de hace días puede seguir en un registro;
    cómo averiguar la política de conservación de un servidor antes de abrir una cuenta y qué
    preguntar (la base de datos, los registros del servidor web, el inicio de sesión). Error
    habitual: pensar que una VPN da anonimato. Llevad la conversación hacia en quién se confía y
    hacia los horarios, que el proveedor ve en todos los casos.
choice-connecting-connection = cómo llegas normalmente a tu servidor
choice-connecting-server = tu servidor y su política de registros
objective-connecting-isp-cannot-name-server = Tu proveedor de internet no puede saber qué servidor usas.
objective-connecting-raid-no-home-ip = El servidor incautado no guarda ningún registro de la IP de tu casa.
objective-connecting-isp-sees-when = Mira lo que ninguna herramienta oculta: tu proveedor sigue sabiendo cuándo te conectas.
choice-connecting-calls = cómo conecta tu aplicación una llamada 1:1
objective-connecting-call-no-home-ip = La persona a la que llamas no conoce la IP de tu casa.
