# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).
scenario-second-accounts = Seconds comptes : garder deux visages séparés
scenario-second-accounts-briefing =
    Vous êtes Marisol Reyes, porte-parole d'un syndicat de locataires. En tant que @mreyes:plaza.example, vous répondez
    aux questions dans le canal public du syndicat, sous votre propre nom, avec votre photo et votre courriel. Pour le salon de préparation
    de la grève des loyers (chiffré, avec Ana sur den.example et Jun sur plaza.example), vous ouvrez un
    second compte, heron, sur un second serveur : agora.example, un autre grand serveur public, ou
    den.example, un petit serveur à l'étranger géré par des personnes en qui vous avez confiance. Choisissez où vit heron, s'il
    montre votre nom et votre photo, s'il se connecte depuis votre ligne à domicile ou via Tor, et si
    vous lui donnez le même courriel. Au bout d'une demi-heure, une même opération de police saisit plaza.example et
    agora.example ensemble.
    Quand vous ajoutez le courriel à heron, Element propose de le rendre trouvable sur le serveur d'identité
    (« Découverte ») pour que les personnes qui l'ont puissent vous trouver : choisissez si vous acceptez. L'avocat du
    propriétaire a votre courriel public de presse et va le rechercher.
scenario-second-accounts-debrief =
    Rien dans Matrix ne relie à lui seul deux comptes ; ce sont les traits que vous leur donnez qui le font. Avec les valeurs par défaut,
    la saisie a trouvé quatre raisons de les relier. Un nom affiché ou une image commune aux deux comptes est
    visible par tout serveur ayant un membre dans chaque salon : plaza.example avait Jun dans le salon de préparation, donc
    il voyait le profil de heron même quand heron vivait sur den.example. Envoyer à nouveau la même photo
    n'aide pas : chaque envoi reçoit son propre lien, mais n'importe qui peut ouvrir les deux images et les comparer. La
    même adresse de domicile et le même courriel sont vus par quiconque détient les registres des serveurs des deux
    comptes. Sur agora.example, heron était sur un second serveur, et cela n'a rien changé : la saisie a pris
    agora.example aussi, et son journal d'adresses et sa table de courriels correspondaient à ceux de plaza.example. Déplacer heron vers
    den.example, hors de portée de la saisie, a retiré l'adresse et le courriel ; Tor seul ou l'absence de courriel
    seule ont fait de même pour un trait chacun. Un serveur ne laisse un courriel appartenir qu'à un seul compte, donc
    le même courriel sur le même serveur n'est même pas possible ; sur deux serveurs, il l'est, et il les relie
    pour quiconque obtient les deux.
    Ce qui empêche un lien : un second serveur hors de portée du même adversaire, un nom et une image utilisés
    nulle part ailleurs, pas de courriel (ou un autre), et une autre façon de se connecter.
    Ce qu'aucun choix ici n'empêche : le salon de préparation est chiffré, donc ses messages sont restés illisibles,
    mais les serveurs saisis ont quand même vu que heron en est membre, qui d'autre est dans le salon, et quand heron
    a écrit. La simulation laisse aussi de côté des choses qui peuvent relier des comptes dans la vraie vie : votre fournisseur
    qui voit une même ligne joindre les deux serveurs aux mêmes moments, le style d'écriture, et les mêmes heures
    d'activité.
    La Découverte est un lien à elle seule, et elle n'a besoin d'aucune saisie. Partager le courriel de heron sur le serveur d'identité
    a permis à quiconque a cette adresse de trouver le compte : l'avocat du propriétaire a saisi votre courriel de presse
    et a obtenu @heron en retour. Brouiller l'adresse avant de la demander ne cache rien à quelqu'un qui l'a
    déjà. L'opérateur du serveur d'identité détient aussi la paire. Laissez la Découverte désactivée, sauf si vous voulez
    que les personnes qui ont votre courriel ou votre numéro vous trouvent, et ne l'activez jamais pour un compte que vous gardez à part.
scenario-second-accounts-facilitator =
    Environ 20 minutes ; 64 combinaisons, donc répartissez le groupe. Lancez d'abord les valeurs par défaut : deux constats (un
    par compte) disent que les comptes « semblent être la même personne » et listent quatre raisons. Donnez à chaque binôme
    une raison à supprimer et laissez-le trouver le choix qui y parvient ; demandez ensuite quel choix unique
    supprime deux raisons à la fois (den.example, hors de portée de la saisie). Faites remarquer qu'agora.example
    était déjà un second serveur : ce qui compte, c'est qui peut le saisir. Montrez que le nom et l'image relient encore
    d'un serveur à l'autre, parce que le serveur de Jun voit le salon privé. explain second-accounts
    --outcomes liste toutes les exécutions ; seule une poignée atteint tous les objectifs. Discutez du coût de garder deux
    identités séparées au quotidien (deux applications ou profils, deux mots de passe, ne jamais publier en croisé). Piège :
    les gens changent l'avatar mais gardent le même nom affiché, ou choisissent un nouveau nom qui est leurs
    initiales.
choice-second-accounts-second_server = le serveur de votre second compte
choice-second-accounts-same_name = votre second compte montre votre vrai nom
choice-second-accounts-same_avatar = votre second compte utilise votre photo publique
choice-second-accounts-second_connection = comment votre second compte se connecte
choice-second-accounts-same_email = donner le même courriel au second compte
objective-second-accounts-accounts-stay-apart = La saisie ne peut relier vos deux comptes par aucun trait.
objective-second-accounts-no-link-by-address = La saisie ne peut pas relier vos comptes par l'adresse IP de votre domicile.
objective-second-accounts-no-link-by-email = La saisie ne peut pas relier vos comptes par votre adresse de courriel.
objective-second-accounts-membership-still-shows = Voyez ce qu'un second compte ne peut pas cacher : la liste des membres du salon le montre toujours.
choice-second-accounts-discovery = partager le courriel du second compte sur le serveur d'identité (Découverte)
objective-second-accounts-email-finds-no-account = Quelqu'un qui a votre courriel ne peut pas retrouver votre second compte.
