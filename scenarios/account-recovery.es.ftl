scenario-account-recovery = Perder tu único dispositivo
scenario-account-recovery-briefing =
    Eres Lark. Tu único dispositivo, un móvil, guarda las claves de una sala cifrada que compartes con
    Noor, cuyo cliente solo envía mensajes a las personas que ha verificado, tú entre ellas. A las 0:10
    el móvil cae al río; a las 0:20 inicias sesión en un portátil prestado. Decide si habías creado una
    clave de recuperación, si tu cuenta tiene una dirección de correo y si aún recuerdas tu contraseña.
    A los cuarenta minutos, incautan tu servidor.
scenario-account-recovery-debrief =
    Las claves de las salas viven en los dispositivos. Si pierdes el último y no tienes clave de
    recuperación, el historial que podías leer se va con él: el dispositivo nuevo no tiene claves y,
    como tienes que restablecer tu identidad criptográfica, todas las personas que te verificaron
    deben volver a hacerlo; mientras tanto, una amiga que solo envía a personas verificadas no te manda
    nada que puedas leer. Una clave de recuperación (copia de seguridad segura) restaura las claves y la
    identidad. Olvidar la contraseña es otro problema: restablecerla exige un correo o un teléfono
    vinculado a la cuenta, que el servidor guarda en claro y entrega a quien lo incaute; sin ninguno,
    la cuenta se pierde sin más. Apunta la clave de recuperación y guárdala fuera de línea, lejos del
    dispositivo. La copia tampoco es invisible: el servidor guarda en claro de qué salas tienes claves
    y de cuántas conversaciones, así que una incautación sabe dónde hablas aunque no pueda leer nada.
    Y si tu recuperación sale de una frase, el servidor guarda lo necesario para comprobar intentos:
    quien lo incaute puede probar frases sin conexión, todo el tiempo que quiera. Una frase corta o
    común cae, y con ella todas las claves de la copia. Usa la clave generada o una frase larga de
    palabras al azar.
scenario-account-recovery-facilitator =
    Empezad con los valores por defecto (sin clave de recuperación, sin correo, contraseña olvidada):
    quien aprende se queda fuera. Después, que el grupo encuentre las dos vías de vuelta y lo que cuesta
    cada una, con explain --outcomes. Debatid dónde guardar una clave de recuperación (en papel, en un
    gestor de contraseñas) y si un correo desechable es un término medio aceptable. Después comparad
    recovery=key con recovery=weak-passphrase: la copia nombra la sala en ambos casos, pero solo la
    frase débil entrega las claves. De diez a quince minutos.
choice-account-recovery-recovery = cómo configuraste antes la recuperación: nada, una clave de recuperación generada, una frase larga o una frase corta y fácil de adivinar
choice-account-recovery-email = tu cuenta tiene una dirección de correo (para restablecer la contraseña)
choice-account-recovery-forgot_password = has olvidado tu contraseña
objective-account-recovery-read-old-messages = En el dispositivo nuevo puedes leer lo que Noor envió antes de que perdieras el móvil.
objective-account-recovery-still-trusted = El mensaje posterior de Noor te sigue llegando: su cliente aún confía en tu identidad.
objective-account-recovery-hide-email = La incautación de tu servidor no revela ninguna dirección de correo tuya.
objective-account-recovery-backup-stays-locked = La incautación no consigue abrir tu copia de claves adivinando.
