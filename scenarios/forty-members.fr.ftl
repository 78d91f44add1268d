# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).
scenario-forty-members = Quarante membres, dix vérifiés
scenario-forty-members-briefing =
    Vous êtes Linden, sur collective.example, dans « Assemblée de l'action au dépôt » : un salon chiffré, sur invitation seulement,
    avec 40 autres membres répartis sur cinq serveurs. Vous avez comparé les emoji en personne avec dix d'entre eux, dont
    Dana. À 0:02 vous publiez un appel. À 0:04 l'administrateur de shady.example, le serveur de Dana,
    ajoute discrètement un téléphone au compte de Dana ; à 0:05 il place dans le salon un compte à lui, « support-team ».
    À 0:08 vous publiez le plan. Choisissez à qui votre application donne les clés de salon : aux appareils que leur propriétaire
    a signés par signature croisée (ce que font les applications aujourd'hui, le réglage par défaut), à tous les appareils (l'ancien comportement) ou seulement aux
    utilisateurs vérifiés ; et si vous avez vérifié dix personnes ou les quarante.
scenario-forty-members-debrief =
    L'administrateur ne peut pas casser le chiffrement, mais il contrôle les comptes de son propre serveur : il peut
    connecter un nouvel appareil au nom de l'un de ses utilisateurs et ajouter un membre à lui. Les applications actuelles ne donnent les clés de salon
    qu'aux appareils que leur propriétaire a signés : Dana n'a jamais signé le nouveau téléphone, il ne reçoit donc rien,
    mais la marionnette est un compte de l'administrateur lui-même, qui signe ses appareils, donc elle reçoit la
    clé du plan et l'administrateur le lit. L'ancien comportement, partager avec tous les appareils, donne la
    clé aux deux intrus. L'appel est resté secret : sa clé est partie avant que les intrus n'existent.
    « N'envoyer qu'aux utilisateurs vérifiés » refuse la clé à tout appareil que vos contacts vérifiés n'ont pas
    signé eux-mêmes et à tout compte que vous n'avez jamais vérifié : le téléphone du compte de Dana et la
    marionnette reçoivent un refus (m.unverified) au lieu d'une clé. Le prix est payé par vos amis : avec dix
    personnes vérifiées, les trente autres, dont Noor, ne voient que « impossible de déchiffrer ». Vérifier
    tout le monde supprime ce prix, et c'est beaucoup de travail. Ce qu'aucun réglage ne cache : le serveur de l'administrateur est
    dans le salon, il voit donc toujours la liste des membres et leurs noms, les appareils de chacun, quand vous publiez et
    la longueur de chaque message, la réaction de Kit, l'accusé de lecture et la présence de Noor, et il détient le
    jeton d'accès de Dana. La vérification n'aide pas non plus si l'une des dix personnes en qui vous avez confiance fait suivre les choses.
scenario-forty-members-facilitator =
    Lancez-le avec les valeurs par défaut, puis avec sends_to=verified, puis ajoutez verify=everyone : trois exécutions racontent
    l'histoire (explain --outcomes montre les six ; sends_to=all montre l'ancien comportement). Montrez le nouveau GHOSTPHONE dans la liste d'appareils de Dana, visible
    même depuis l'écran de Noor, et demandez qui l'aurait remarqué à temps. Discutez du compromis : votre
    groupe vérifierait-il quarante personnes, garderait-il les plans sensibles pour un salon plus petit, ou accepterait-il que trente
    membres ne lisent rien ? Demandez ce que « vérifié » prouve, et ce que cela ne prouve pas.
choice-forty-members-sends_to = à quels appareils votre application envoie les clés de salon
choice-forty-members-verify = combien des 40 membres vous avez vérifiés
objective-forty-members-admin-reads-nothing = L'administrateur malveillant de shady.example ne peut pas lire vos messages.
objective-forty-members-the-room-still-reads-you = Noor, une vraie membre que vous n'avez jamais vérifiée, peut encore lire vos messages.
objective-forty-members-membership-is-no-secret = Voyez par vous-même : l'administrateur sait que vous êtes dans le salon quoi que vous choisissiez.
