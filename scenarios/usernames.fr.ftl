# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).
scenario-usernames = Noms d'utilisateur : un nom qui ramène à vous
scenario-usernames-briefing =
    Vous êtes Sol, locataire du bloc C. Sur un réseau social public, vous publiez sous @saltmarsh_sol, avec
    le nom Sol Marsh sur votre profil. Vous ouvrez un compte Matrix sur quietnest.example, un
    petit serveur que personne n'attaque ici, pour prendre la parole dans le forum du logement d'Eastside, un salon public sur
    megahub.example. Choisissez votre nom d'utilisateur (la partie avant les deux-points dans votre identifiant Matrix) et le
    nom affiché que montre le salon. Un « voisin » sympathique qui rejoint le forum fait des rapports au propriétaire,
    et plus tard megahub.example livre tout ce qu'il détient.
scenario-usernames-debrief =
    Votre nom d'utilisateur et votre nom affiché voyagent avec chaque message et figurent dans la liste des membres du salon,
    qui n'est jamais chiffrée. Chaque serveur qui a un membre dans le salon en garde une copie, et chaque membre
    les voit, donc l'inconnu du forum a relié votre compte à votre profil public aussi vite que
    le grand serveur — sans rien forcer, et bien que votre propre serveur n'ait jamais été
    touché. Les deux champs fuient séparément : changer le nom d'utilisateur en gardant Sol Marsh comme
    nom affiché (ou l'inverse) ramène encore à vous.
    Ce qui l'évite : un nouveau nom utilisé nulle part ailleurs, pour les deux champs. Des noms courts tirés au hasard ne révèlent
    rien sur vous, pas plus qu'un nom affiché qui n'est pas celui de votre profil public.
    Ce qu'aucun nom n'évite : le forum est public et non chiffré, donc l'inconnu et le serveur lisent
    chaque mot que vous publiez, et les détails de ces mots — votre bloc, les factures, la réunion —
    peuvent vous identifier à eux seuls. Un nom évite seulement que vos messages soient classés automatiquement sous votre vraie
    identité.
scenario-usernames-facilitator =
    Environ 10 minutes. Avant de lancer quoi que ce soit, demandez aux apprenant·es de noter les noms d'utilisateur qu'ils utilisent
    ailleurs et de vérifier s'ils en ont réutilisé un sur Matrix. Lancez les valeurs par défaut, puis montrez les deux
    adversaires : l'inconnu apprend exactement ce que le serveur saisi apprend sur l'identité de Sol.
    Changez un champ à la fois (explain usernames --outcomes montre les quatre exécutions) pour que le groupe voie
    que les deux champs comptent. Discutez de la façon dont on rechercherait un nom réutilisé (moteurs de recherche,
    sites de recherche de noms d'utilisateur) et de la façon dont le contenu peut identifier quelqu'un même sous un pseudonyme parfait.
    Piège : un nom qui « ressemble un peu » à l'ancien (saltmarsh, s.marsh) n'est pas signalé par la
    simulation, mais une personne qui le cherche le trouverait.
choice-usernames-username = votre nom d'utilisateur Matrix
choice-usernames-display_name = le nom affiché dans le salon
objective-usernames-handle-stays-apart = Personne ne peut relier votre compte à votre pseudonyme public @saltmarsh_sol.
objective-usernames-profile-name-stays-apart = Personne ne peut relier votre compte au nom de votre profil public.
objective-usernames-strangers-read-public-rooms = Voyez ce qu'aucun nom ne cache : un inconnu dans un salon public lit ce que vous publiez.
