scenario-usernames = Nombres de usuario: un nombre que te delata
scenario-usernames-briefing =
    Eres Sol, inquilina del bloque C. En una red social pública publicas como @saltmarsh_sol, con el
    nombre Sol Marsh en tu perfil. Vas a abrir una cuenta de Matrix en quietnest.example, un
    servidor pequeño al que nadie ataca aquí, para hablar en el foro de vivienda de Eastside, una
    sala pública de megahub.example. Elige tu nombre de usuario (lo que va antes de los dos puntos
    en tu ID de Matrix) y el nombre visible que mostrará la sala. Un «vecino» muy amable que entra
    en el foro informa al casero, y más tarde megahub.example entrega todo lo que tiene.
scenario-usernames-debrief =
    Tu nombre de usuario y tu nombre visible viajan con cada mensaje y figuran en la lista de
    miembros de la sala, que nunca se cifra. Todos los servidores con algún miembro en la sala
    guardan una copia y todos los miembros la ven; por eso el desconocido del foro vinculó tu cuenta
    con tu perfil público tan rápido como el servidor grande, sin forzar nada y sin que nadie tocara
    tu propio servidor. Los dos campos delatan por separado: si cambias el nombre de usuario pero
    mantienes Sol Marsh como nombre visible (o al revés), el rastro sigue llevando hasta ti.
    Qué lo evita: un nombre nuevo que no uses en ningún otro sitio, en los dos campos. Un sustantivo
    corto elegido al azar no dice nada de ti, y tampoco un nombre visible distinto del de tu perfil
    público.
    Lo que ningún nombre evita: el foro es público y no está cifrado, así que el desconocido y el
    servidor leen todo lo que escribes, y los detalles de lo que cuentas (tu bloque, las facturas,
    la reunión) pueden identificarte por sí solos. Un buen nombre solo impide que tus mensajes
    queden archivados automáticamente bajo tu identidad real.
scenario-usernames-facilitator =
    Unos 10 minutos. Antes de ejecutar nada, pedid a cada persona que anote los nombres de usuario
    que usa en otros sitios y compruebe si ha repetido alguno en Matrix. Ejecutad los valores por
    defecto y señalad a los dos adversarios: el desconocido sabe de la identidad de Sol lo mismo que
    el servidor incautado. Cambiad un campo cada vez (explain usernames --outcomes muestra las
    cuatro ejecuciones) para que se vea que los dos cuentan. Hablad de cómo buscarían un nombre
    reutilizado (buscadores, webs que rastrean nombres de usuario) y de cómo el contenido puede
    identificar a alguien incluso con un seudónimo perfecto. Error habitual: un nombre «parecido» al
    antiguo (saltmarsh, s.marsh) no lo marca la simulación, pero quien lo busque lo encontrará.
choice-usernames-username = tu nombre de usuario de Matrix
choice-usernames-display_name = el nombre visible que muestra la sala
objective-usernames-handle-stays-apart = Nadie puede vincular tu cuenta con tu alias público @saltmarsh_sol.
objective-usernames-profile-name-stays-apart = Nadie puede vincular tu cuenta con el nombre de tu perfil público.
objective-usernames-strangers-read-public-rooms = Mira lo que ningún nombre oculta: un desconocido en una sala pública lee lo que publicas.
