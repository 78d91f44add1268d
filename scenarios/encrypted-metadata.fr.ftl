# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).
scenario-encrypted-metadata = Chiffré, et pourtant observé
scenario-encrypted-metadata-briefing =
    Vous êtes Ana, infirmière de nuit, et vous aidez à organiser un syndicat à l'hôpital St Mary's. La campagne se mène dans
    « Organisation service 4 », un salon chiffré de bout en bout avec Sam (sur votre serveur, carers.example), Rafa
    (sur nightowl.example) et Jo. À votre insu, l'opérateur de bigchat.example transmet depuis le début
    tout ce que son serveur reçoit aux enquêteurs de l'hôpital. Jo n'a de
    compte que là-bas. Choisissez le nom et l'image de votre profil, si carers.example envoie la présence
    ou non, et si Jo rejoint depuis bigchat.example ou ouvre d'abord un compte sur carers.example.
    Votre téléphone fait tourner Element X installé depuis Google Play. Choisissez qui transporte ses notifications (le service push
    de Google, un distributeur UnifiedPush que vous avez choisi, ou personne), ce que l'application demande à chacun de transporter,
    et si carers.example laisse entrer le contenu d'un message dans ses notifications. En plus du
    salon syndical, vous partagez avec Sam un salon ordinaire, non chiffré : « Échanges de gardes de nuit ».
scenario-encrypted-metadata-debrief =
    Personne n'a lu un seul mot : les messages ont circulé sous forme de texte chiffré Megolm, et seuls les appareils des membres avaient les
    clés. Tout ce qui entoure les mots a pourtant atteint chaque serveur ayant un membre dans le salon. L'événement
    d'adhésion porte en clair votre nom affiché et votre image, donc un nom qui dit qui vous êtes et où vous travaillez
    vous trahit, alors qu'un nom neutre ne le fait pas. La présence et sa ligne de statut vont à chaque serveur avec lequel vous
    partagez un salon, sauf si votre serveur a désactivé la présence. Chaque message chiffré montre encore
    son expéditeur, son appareil, son heure et la longueur du texte chiffré ; une réponse nomme en clair le message auquel elle répond ;
    une réaction est envoyée non chiffrée avec son emoji ; les accusés de lecture et les indications de saisie sont de simples événements
    éphémères ; le nom et le sujet du salon sont un état non chiffré. Tout cela venait de choses que vous avez faites, que
    cet exercice ne vous laisse pas changer : dans une vraie application, désactiver « envoyer les accusés de lecture » garde les
    accusés privés sur votre propre serveur, désactiver les indications de saisie les arrête, et moins de
    réactions et de réponses laissent moins de liens. Le seul choix qui a tout supprimé était de garder bigchat.example hors
    du salon : un serveur sans membre dans un salon n'en reçoit rien. Votre propre serveur voit toujours
    tout cela à votre sujet.
    Les notifications push sont un second canal, sans rapport avec le serveur qui observe. Votre serveur
    en envoie une à une passerelle push pour chaque message que vous recevez, chiffré ou non, et Google (ou Apple, ou
    le distributeur UnifiedPush que vous avez choisi) la transporte jusqu'à votre téléphone. Element X ne demande que les identifiants
    d'événements : le service push voit alors l'identifiant du salon, celui du message et votre nombre de non-lus — et donc
    quand chaque message vous est parvenu et, quand le nombre baisse, quand vous les avez lus. Une application qui demande
    le format complet lui donne aussi l'expéditeur, son nom affiché et le nom du salon et, avec
    le réglage par défaut de Synapse (push.include_content), le message lui-même : du texte chiffré dans un salon chiffré,
    mais les mots de Sam dans « Échanges de gardes de nuit ». Désactiver le push ne laisse rien au service push, au
    prix d'un téléphone qui n'apprend l'arrivée des messages que quand l'application vérifie d'elle-même.
scenario-encrypted-metadata-facilitator =
    Lancez les valeurs par défaut et affichez à l'écran les constats de l'observateur sur Ana : pas un seul texte de message,
    et pourtant une chronologie de sa soirée. Demandez au groupe ce qu'un enquêteur pourrait en déduire. Changez ensuite
    un choix à la fois (explain --outcomes contient toutes les combinaisons) et notez ce qui disparaît. Terminez en
    listant les réglages d'application et de serveur sur lesquels un groupe pourrait s'accorder, et qui, dans vos propres salons, se trouve sur un
    serveur dont vous ne savez rien.
choice-encrypted-metadata-profile = le nom affiché et l'image de votre profil
choice-encrypted-metadata-presence = si carers.example partage la présence (statut en ligne et message de statut)
choice-encrypted-metadata-jo_joins_from = où vit le compte de Jo quand Jo rejoint le salon
objective-encrypted-metadata-words-stay-secret = Le serveur qui observe ne lit aucun de vos messages.
objective-encrypted-metadata-profile-gives-nothing-away = Votre profil ne dit pas au serveur qui observe votre nom, votre métier et votre service.
objective-encrypted-metadata-no-presence = Le serveur qui observe n'apprend pas quand vous êtes en ligne ni ce que dit votre statut.
objective-encrypted-metadata-no-reply-trail = Le serveur qui observe n'apprend pas à quels messages vous avez répondu ou réagi.
choice-encrypted-metadata-push = qui transporte les notifications de votre téléphone : Google, un distributeur UnifiedPush (ntfy.sh), ou personne
choice-encrypted-metadata-push_format = ce que l'application demande à chaque notification de transporter : seulement les identifiants d'événements, ou la notification complète
choice-encrypted-metadata-include_content = si carers.example met le contenu d'un message dans les notifications complètes (push.include_content de Synapse)
objective-encrypted-metadata-push-shows-no-names = Celui qui transporte vos notifications ne voit jamais le nom du salon syndical.
objective-encrypted-metadata-push-carries-no-words = Celui qui transporte vos notifications ne lit jamais un message qui vous est envoyé.
objective-encrypted-metadata-push-sees-no-timeline = Celui qui transporte vos notifications n'apprend pas quand vos messages arrivent ni quand vous les lisez.
