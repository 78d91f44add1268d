# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).
scenario-other-platforms = La même discussion ailleurs
scenario-other-platforms-briefing =
    Vous êtes Juniper, et vous organisez un groupe d'action pour le logement avec Ravi et Tess. Choisissez où le groupe
    discute : un salon Matrix sur deux serveurs associatifs, une messagerie de type Signal, un groupe de type
    Telegram ou un serveur de type Discord, et si vous vous connectez directement ou via Tor. L'opérateur
    du service dont vous dépendez — ou, sur Matrix, votre propre serveur d'accueil — est compromis dès le début.
scenario-other-platforms-debrief =
    Ce que voit un opérateur est décidé par la conception, pas par ses promesses. Les services de type Signal
    chiffrent chaque discussion de bout en bout, gardent les profils et les listes de groupes chiffrés et ne stockent presque
    rien, mais le compte est votre numéro de téléphone, et le trafic lui-même parle : chaque message de groupe
    part en une requête qui liste tous les destinataires, envoyée depuis l'adresse de l'expéditeur. Un
    opérateur qui observe en direct apprend qui est dans le groupe et quand il parle et, à partir d'une adresse de domicile,
    qui a écrit ; Tor cache qui a écrit, pas qui a reçu. Les groupes de type Telegram et les serveurs de type Discord
    ne sont pas chiffrés de bout en bout : l'opérateur stocke chaque mot, chaque membre et votre numéro ou
    votre courriel. Matrix se situe entre les deux : dans un salon chiffré, aucun serveur ne lit les mots, mais chaque serveur
    du salon voit qui s'y trouve, quand ils écrivent et à qui ils répondent — et vous pouvez choisir un
    serveur en qui vous avez confiance, ou en faire tourner un. Sur chaque service, l'opérateur voit votre adresse IP, sauf si vous
    vous connectez via Tor ou un VPN. Les discussions secrètes en tête-à-tête de Telegram, qui sont chiffrées
    de bout en bout, ne sont pas modélisées ici.
scenario-other-platforms-facilitator =
    Lancez les quatre services côte à côte (explain --outcomes) et remplissez un tableau au mur : mots,
    appartenance au groupe, téléphone ou courriel, IP. Discutez ensuite des compromis que le tableau ne montre pas :
    les numéros de téléphone comme identité, la modération, les robots, qui peut faire tourner un serveur. Quinze minutes.
choice-other-platforms-service = où le groupe discute
choice-other-platforms-connection = comment vous vous connectez
objective-other-platforms-hide-the-words = L'opérateur ne peut pas lire ce que vous avez écrit.
objective-other-platforms-hide-the-group = L'opérateur ne peut pas savoir que vous êtes dans le groupe.
objective-other-platforms-hide-number-and-email = L'opérateur ne détient ni votre numéro de téléphone ni votre adresse de courriel.
objective-other-platforms-hide-home-ip = L'opérateur n'apprend pas l'adresse IP de votre domicile.
