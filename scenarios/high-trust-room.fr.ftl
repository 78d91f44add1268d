# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).
scenario-high-trust-room = Le salon de haute confiance
scenario-high-trust-room-briefing =
    Vous, Dana et Kit partagez un salon chiffré et vous êtes vérifiés mutuellement. L'administrateur du serveur de Dana
    se retourne contre vous : à 0:04 il ajoute un appareil caché au compte de Dana. À 0:06 vous publiez un
    point d'étape. À 0:07 l'administrateur va plus loin : son serveur remplace l'identité cryptographique de Dana par
    une identité à lui et signe l'appareil caché avec elle. À 0:08 vous publiez le plan. Décidez à qui votre
    application donne la clé du salon : aux appareils que leur propriétaire a signés par signature croisée (ce que font les applications aujourd'hui, le
    réglage par défaut), à tous les appareils (l'ancien comportement), ou seulement aux personnes que vous avez vérifiées ; et décidez qui vous
    aviez vérifié.
scenario-high-trust-room-debrief =
    Un administrateur de serveur malveillant ne peut pas lire directement les messages chiffrés, mais il contrôle les comptes qu'il
    héberge. Un appareil qu'il glisse dans le compte de Dana n'est pas signé par Dana, donc une application de 2026 lui refuse la
    clé ; seul l'ancien comportement « tous les appareils » la lui donne. L'administrateur réinitialise donc l'identité de Dana :
    son serveur effectue la vérification du mot de passe qui protège les nouvelles clés de signature croisée, envoie des clés à lui
    et signe son appareil avec elles. Chaque application du salon montre alors que l'identité de Dana a changé.
    Une application qui avait vérifié Dana cesse de lui donner des clés jusqu'à ce que vous la vérifiiez à nouveau ; une application qui ne
    l'avait pas vérifiée ne fait qu'avertir, et donne la clé à l'appareil nouvellement signé de l'administrateur. C'est pourquoi
    la vérification en personne compte toujours, et pourquoi une identité changée est une alarme : appelez Dana avant
    d'écrire quoi que ce soit d'autre. Tant que l'avertissement reste affiché, le vrai téléphone de Dana ne reçoit pas de clés non plus. Ce que
    la vérification ne peut pas cacher : les adhésions, les noms, les horaires et les tailles restent visibles pour chaque serveur
    du salon.
scenario-high-trust-room-facilitator =
    Lancez d'abord les valeurs par défaut : l'appareil caché apparaît dans la liste d'appareils de Dana à 0:04 mais ne reçoit pas de clé,
    et à 0:07 votre écran avertit que l'identité de Dana a changé. Lancez ensuite verified=kit : le même
    avertissement, mais cette fois le plan part vers l'appareil de l'administrateur. Comparez sends_to=all (l'ancien comportement :
    l'appareil caché lit aussi le point d'étape) et sends_to=verified. Discutez de ce que ferait votre groupe
    en voyant « identité changée », et du coût des réglages stricts : une amie non vérifiée ne lit
    rien non plus.
choice-high-trust-room-sends_to = quels appareils reçoivent vos clés de salon
choice-high-trust-room-verified = qui vous aviez vérifié
objective-high-trust-room-keep-the-plan-secret = L'administrateur malveillant ne peut pas lire vos messages.
objective-high-trust-room-see-what-verification-cannot-hide = Voyez par vous-même : la vérification ne cache pas que vous êtes dans le salon.
objective-high-trust-room-dana-still-reads = Dana, votre camarade, peut encore lire vos messages sur son propre téléphone.
objective-high-trust-room-see-the-warning = Voyez par vous-même : votre application vous avertit que l'identité de Dana a changé.
