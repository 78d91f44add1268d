# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).
scenario-many-servers = Plusieurs serveurs : ce que prend une seule saisie
scenario-many-servers-briefing =
    Vous êtes Fennel, l'un des dix membres de la coopérative alimentaire d'Eastside. Les dix discutent dans le salon de la coopérative ;
    quatre d'entre vous gèrent aussi le groupement d'achat en gros dans un second salon. Choisissez l'organisation : tout le monde sur
    un grand serveur, hub.example, ou chaque membre sur un petit serveur à lui (vous sur s1.example,
    Bo sur s3.example, et ainsi de suite). Choisissez si les deux salons sont chiffrés. Au bout d'une demi-heure, un
    serveur est saisi : dans le monde à un serveur, c'est hub.example ; dans le monde à dix serveurs, c'est
    s3.example, celui de Bo.
scenario-many-servers-debrief =
    Un serveur d'accueil enregistre les adresses de ses propres utilisateurs et de personne d'autre. Sur hub.example, la saisie
    a trouvé dix traces de connexion, une par membre, dont la vôtre ; sur s3.example, elle en a trouvé une,
    celle de Bo. Comptez les lignes ip-address dans les deux rapports : c'est la part des détails de connexion qu'une
    saisie emporte, la totalité ou un dixième. Il en va de même pour les jetons d'accès, qui permettent aux auteurs de la saisie
    d'agir au nom de ces comptes. Les salons sont une autre affaire : chaque serveur qui a un membre dans un salon garde
    tout le salon, donc le petit serveur de Bo détenait le salon de la coopérative au complet — chaque membre, chaque nom et,
    sans chiffrement, chaque mot. Il n'a rien vu du groupement d'achat, où il n'a aucun membre.
    Ce qui l'évite : répartir les utilisateurs sur de nombreux serveurs limite les adresses et les comptes qu'une
    saisie expose ; le chiffrement est ce qui protège le texte de chaque serveur du salon, grand ou
    petit.
    Ce qu'aucune organisation n'évite : les adhésions, les noms affichés, les listes d'appareils et l'heure de chaque message
    atteignent chaque serveur du salon, donc le serveur saisi sait toujours qui est dans le salon de la coopérative et
    quand chacun parle. Plusieurs serveurs, c'est aussi plusieurs administrateurs en qui avoir confiance, et un petit serveur peut être moins
    bien géré ; la décentralisation répartit le risque, elle ne le supprime pas.
scenario-many-servers-facilitator =
    Environ 15 minutes. Lancez layout=one et layout=ten sans chiffrement et faites compter au groupe les
    constats ip-address (10 contre 1 ; run --format json les montre dans exposure.by_code). Demandez ensuite
    pourquoi les messages de la coopérative ont fuité dans les deux organisations, et activez le chiffrement. Le groupement d'achat est la
    surprise : dans le monde à dix serveurs, le serveur saisi n'en a jamais entendu parler. Faites le lien avec l'exemple du guide
    des 100 utilisateurs sur 10 serveurs et, pour de plus grands nombres, avec glasshouse scale (par exemple scale
    --servers 100 --users 1000 --dist zipf:1.1 --compromise top:5). Discutez de qui ferait tourner dix
    serveurs dans un vrai groupe et de ce que cela coûte. Piège : les apprenant·es lisent « un sur dix » comme « dix fois
    plus sûr » ; pour les personnes du serveur saisi, rien n'a changé.
choice-many-servers-layout = un grand serveur ou un petit serveur chacun
choice-many-servers-encrypted = les deux salons sont chiffrés de bout en bout
objective-many-servers-your-address-stays-out = Le serveur saisi ne détient pas votre adresse IP.
objective-many-servers-co-op-text-unread = Le serveur saisi ne peut pas lire ce que vous avez écrit dans le salon de la coopérative.
objective-many-servers-buying-group-unseen = Le serveur saisi ne sait pas que vous êtes dans le groupement d'achat.
objective-many-servers-co-op-membership-shows = Voyez ce qu'aucune organisation ne cache : le serveur saisi sait que vous êtes dans le salon de la coopérative.
