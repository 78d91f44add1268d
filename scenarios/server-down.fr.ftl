# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).
scenario-server-down = Un serveur tombe : le salon continue
scenario-server-down-briefing =
    Vous êtes moss (sur north.example), dans le salon de la caisse de grève des loyers avec Lee (south.example) et Kai,
    dont le serveur east.example tourne sur un petit ordinateur dans son appartement. Au bout de vingt minutes, une coupure de courant
    met east.example hors ligne pendant plus de six heures. Pendant qu'il est arrêté, vous dites au salon où est gardé
    l'argent liquide et vous lisez le salon deux fois. Choisissez si le salon est chiffré, et quel serveur la
    police emporte le lendemain matin : east.example, qui était arrêté quand vous avez parlé, ou south.example,
    qui ne l'a jamais été.
scenario-server-down-debrief =
    Aucun serveur ne possède un salon Matrix. Pendant qu'east.example était éteint, north et south ont fait vivre le salon ;
    à son retour, il a demandé ce qu'il avait manqué et a stocké chaque message, y compris votre note sur la
    boîte bleue. Dire quelque chose « pendant que ce serveur est arrêté » ne lui cache rien : sans chiffrement,
    l'east.example saisi a lu le message sur la boîte exactement comme south.example l'aurait fait.
    Ce qui l'évite : le chiffrement. Les appareils de Kai ont reçu les clés du salon une fois east.example revenu, mais une
    copie de la base de données du serveur ne contient que du texte chiffré.
    La panne a caché moins qu'il n'y paraît. Les accusés de lecture ne sont pas des événements de salon : Synapse abandonne ceux qu'il a
    mis en attente pour un serveur qu'il n'arrive pas à joindre depuis longtemps, et un serveur qui revient ne
    rattrape que les événements de salon, donc east.example n'a jamais appris jusqu'où vous aviez lu. South.example,
    resté en ligne, l'a appris, mais seulement le dernier : un serveur garde un accusé par personne et par salon, chaque
    nouveau remplaçant le précédent. Votre statut, c'est différent. Votre serveur renvoie votre présence actuelle
    aux serveurs du salon environ toutes les 25 minutes pendant que vous êtes en ligne, donc east.example a appris
    « on compte la caisse » un quart d'heure après son retour. Seul un statut que vous auriez déjà
    remis comme avant serait resté inaperçu.
    Ce qu'aucun choix n'évite : chaque serveur du salon, y compris celui qui était hors ligne, finit par avoir
    la liste des membres, les noms, et l'expéditeur, l'heure et la taille de chaque message — chiffré ou non.
scenario-server-down-facilitator =
    Environ 15 minutes. Commencez par demander au groupe ce qu'il attend : un message envoyé pendant qu'un serveur
    est arrêté lui parvient-il un jour ? Lancez les valeurs par défaut (non chiffré, east.example saisi) et trouvez le message sur la boîte
    dans le rapport. Passez ensuite la saisie à south.example et comparez : les messages et votre
    statut sont les mêmes, mais votre dernier accusé de lecture apparaît maintenant. explain server-down --outcomes
    montre les quatre exécutions.
    Discutez de la résilience (une discussion de groupe qui survit à la perte de n'importe quel serveur) face à l'exposition (chaque serveur
    du salon est une copie complète à protéger), et de ce qu'une panne efface ou n'efface pas. Piège : l'accusé
    perdu n'est pas un outil de confidentialité ; après une courte panne, les vrais serveurs peuvent encore le livrer, et
    votre accusé ou votre statut suivant atteint de toute façon chaque serveur.
choice-server-down-encrypted = le salon est chiffré de bout en bout
choice-server-down-seized = le serveur que la police emporte le lendemain matin
objective-server-down-outage-message-unread = Le serveur saisi ne peut pas lire ce que vous avez dit pendant qu'east.example était arrêté.
objective-server-down-outage-reads-unseen = Le serveur saisi ne sait pas quand vous avez lu le salon pendant la panne.
