scenario-public-vs-encrypted = Salas públicas y salas cifradas
scenario-public-vs-encrypted-briefing =
    Una asamblea de barrio se reúne en una sala pública repartida entre tres servidores; cualquiera
    puede entrar, y un desconocido amable lo hizo al principio. A los diez minutos, uno de los
    servidores es incautado. Decide si la sala está cifrada y qué servidor cae, y mira qué guarda cada
    servidor y qué ve el desconocido en cualquier caso.
scenario-public-vs-encrypted-debrief =
    Todos los servidores con algún miembro en la sala guardan la sala entera: quién está, cuándo se
    envió cada mensaje y, si la sala no está cifrada, cada palabra, en una base de datos que puede
    copiarse o requerirse judicialmente mucho después. El cifrado le quitó las palabras al servidor
    incautado, pero dejó el sobre: remitentes, horas, tamaños, respuestas. El desconocido, como
    miembro, lo leyó todo en ambos casos: el cifrado protege frente a los servidores, no frente a
    la gente a la que dejas entrar.
scenario-public-vs-encrypted-facilitator =
    Preguntad al grupo antes de ejecutar: «¿quién puede leer esta sala?». Después incautad cada
    servidor por turnos. Los hallazgos del infiltrado son el punto de debate: en una sala pública,
    da por hecho que hay alguien con malas intenciones.
choice-public-vs-encrypted-encrypted = cifrar la sala de extremo a extremo
choice-public-vs-encrypted-target = qué servidor es incautado
objective-public-vs-encrypted-servers-cannot-read = El servidor incautado no puede leer lo que escribiste.
objective-public-vs-encrypted-assume-a-bad-actor = Compruébalo por tu cuenta: un miembro de la sala lee todo lo que escribes, esté cifrado o no.
