# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).
scenario-first-connection = La première connexion
scenario-first-connection-briefing =
    Vous êtes Rosa, organisatrice dans un syndicat de locataires. Votre groupe discute dans un salon partagé par deux serveurs :
    bigchat.example, un grand serveur public, et collective.example, un petit serveur géré par un collectif.
    Choisissez votre serveur d'accueil, votre nom d'utilisateur, votre façon de vous connecter et si vous donnez votre courriel.
    Au bout d'une demi-heure, la police saisit bigchat.example, copie sa base de données — et continue de l'observer.
    Votre pseudonyme public sur les réseaux sociaux est « riverside_rosa ».
scenario-first-connection-debrief =
    Un serveur garde les adresses, le courriel, les jetons d'accès et les noms d'appareils de ses propres utilisateurs seulement
    (les autres serveurs de vos salons reçoivent votre liste d'appareils, mais seulement les identifiants et les clés) ; ce que la saisie de
    bigchat.example a exposé dépendait donc d'abord de l'endroit où vit votre compte. Joindre
    le serveur via un VPN ou Tor met dans ses journaux l'adresse de la sortie au lieu de celle de votre domicile ; un
    nom d'utilisateur repris de votre profil public livre votre identité à quiconque voit un message,
    sur n'importe quel serveur ; un courriel que vous n'avez jamais donné ne peut pas être saisi. Ce qu'aucun choix ne cache : la liste
    des membres du salon, leurs noms et les messages sont copiés sur chaque serveur qui a un membre dans le salon, donc les
    auteurs de la saisie lisent quand même le salon non chiffré.
scenario-first-connection-facilitator =
    Lancez d'abord les valeurs par défaut et lisez les constats ensemble, puis laissez des binômes changer chacun un choix et
    comparer (explain --outcomes montre les 24 exécutions). Faites remarquer que les données de Sam fuient quoi que fasse
    Rosa, et que le salon n'était pas chiffré : c'est l'exercice suivant.
choice-first-connection-server = votre serveur d'accueil
choice-first-connection-username = votre nom d'utilisateur
choice-first-connection-connection = comment vous joignez votre serveur
choice-first-connection-email = donner votre adresse de courriel au serveur
objective-first-connection-hide-home-ip = Les auteurs de la saisie n'apprennent pas l'adresse IP de votre domicile.
objective-first-connection-hide-email = Les auteurs de la saisie n'apprennent pas votre adresse de courriel.
objective-first-connection-no-public-handle = Les auteurs de la saisie ne peuvent pas relier votre compte à votre pseudonyme public.
