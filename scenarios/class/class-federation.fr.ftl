# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).
scenario-class-federation = La fédération de l'atelier : un salon, quatre serveurs, une saisie
scenario-class-federation-briefing =
    Vous rejoignez une petite fédération avec le reste du groupe. Choisissez un serveur d'accueil :
    bigchat.example garde pendant 28 jours les adresses depuis lesquelles ses utilisateurs se connectent ;
    collective.example n'en garde aucune ; harbour.example promet « aucun journal d'IP », mais son proxy web
    garde un journal d'accès pendant 90 jours ; campus.example garde les adresses tout un semestre. Choisissez
    comment vous vous connectez (directement depuis chez vous, par un VPN ou par Tor) et si vous donnez votre
    adresse de courriel au serveur. Puis discutez dans le salon de l'atelier avec vos propres mots. Plus tard,
    un serveur est saisi, ou Sunny, la personne nouvelle venue si sympathique, s'avère transmettre ce qu'elle voit.
scenario-class-federation-debrief =
    Le serveur saisi a appris des choses sur les personnes dont il héberge les comptes : les adresses depuis
    lesquelles elles se sont connectées, aussi longtemps que ses réglages et ses journaux les ont gardées, et les
    adresses de courriel qu'elles ont données. Il détient aussi tout le salon de l'atelier, parce qu'un de ses
    comptes en est membre : dans un salon non chiffré, ce sont tous les messages, quel que soit le serveur d'où
    ils sont partis. Sunny, dans le salon, a vu chaque message et chaque membre, quoi que fassent les serveurs.
    Comparez votre bilan avec celui de votre voisin ou voisine : le même salon, d'autres serveurs et connexions,
    une autre exposition.
scenario-class-federation-facilitator =
    Environ 30 à 45 minutes pour un groupe de 10 à 60 personnes. Ouvrez les inscriptions et laissez chacun
    et chacune choisir ; lancez la discussion pendant cinq minutes ; fermez-la ; saisissez le serveur que le
    plus de monde a choisi, puis révélez. Laissez chaque personne lire d'abord son propre bilan, puis montrez
    le tableau du groupe.
    À discuter : qui a choisi le serveur saisi, et pourquoi ; ce que les personnes sur collective.example ont
    perdu et ce qu'elles ont gardé ; pourquoi les messages de tout le monde ont été lus alors qu'un seul serveur
    a été saisi ; ce que Sunny a appris qu'aucun réglage de serveur n'empêche. Ensuite, modifier et rejouer :
    laissez les gens changer leurs choix (ou activer le chiffrement) et saisissez à nouveau le même serveur.
    Piège : on prend la promesse « aucun journal d'IP » au pied de la lettre ; montrez le journal d'accès du proxy.
choice-class-federation-server = votre serveur d'accueil
choice-class-federation-connection = comment vous vous connectez à votre serveur
choice-class-federation-email = donner votre adresse de courriel au serveur
choice-class-federation-encrypted = le salon de l'atelier est chiffré
