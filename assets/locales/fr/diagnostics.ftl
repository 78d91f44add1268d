# Diagnostics des scénarios : diag-<code> dit ce qui ne va pas, diag-<code>-help ce qu'il faut faire.
# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).

diag-toml-syntax = ce n'est pas du TOML valide : { $detail }
diag-toml-syntax-help = corrigez ici la syntaxe TOML (guillemets, crochets, « clé = valeur ») ; `glasshouse check FILE` la revérifie
diag-unknown-field = champ inconnu : { $detail }
diag-unknown-field-help = supprimez le champ ou corrigez son orthographe ; la référence du format des scénarios liste chaque champ
diag-missing-field = un champ obligatoire manque : { $detail }
diag-missing-field-help = ajoutez le champ manquant à cette table
diag-wrong-type = mauvaise sorte de valeur : { $detail }
diag-wrong-type-help = écrivez la valeur avec le type attendu (guillemets pour le texte, true/false, nombres entiers, [listes])
diag-invalid-id = « { $id } » n'est pas un identifiant valide
diag-invalid-id-help = utilisez des lettres minuscules, des chiffres, « - » et « _ » (identifiants d'appareils : lettres, chiffres, « - », « _ »), 64 caractères au plus
diag-duplicate-id = l'identifiant de { $kind } « { $id } » est utilisé deux fois
diag-duplicate-id-help = donnez à chaque { $kind } son propre identifiant
diag-no-servers = le scénario n'a aucun serveur
diag-no-servers-help = ajoutez au moins une table [[servers]] avec un nom
diag-no-learner = aucune personne n'est l'apprenant·e
diag-no-learner-help = marquez le compte de l'apprenant·e avec « learner = true » dans [[people]]
diag-many-learners = « { $id } » est un·e second·e apprenant·e
diag-many-learners-help = une seule entrée [[people]] peut avoir « learner = true » ; utilisez alias_of pour le second compte de l'apprenant·e
diag-invalid-server-name = « { $value } » n'est pas un nom de serveur valide
diag-invalid-server-name-help = utilisez un nom d'hôte comme « chat.example » (minuscules, chiffres, points, tirets), éventuellement avec « :port »
diag-invalid-username = « { $value } » n'est pas une partie locale Matrix valide
diag-invalid-username-help = utilisez des lettres minuscules, des chiffres et . _ = - / +
diag-duplicate-account = deux comptes seraient tous deux { $mxid }
diag-duplicate-account-help = changez le nom d'utilisateur ou le serveur de l'un des deux
diag-invalid-ip = « { $value } » n'est pas une adresse IP
diag-invalid-ip-help = écrivez une adresse IPv4 ou IPv6 ; utilisez des plages de documentation comme 203.0.113.0/24
diag-invalid-value = « { $value } » n'est pas permis ici
diag-invalid-value-help = utilisez l'une de ces valeurs : { $allowed }
diag-unknown-server = il n'y a pas de serveur « { $name } »
diag-unknown-server-help = déclarez-le dans [[servers]] ou utilisez l'un de ceux-ci : { $known }
diag-unknown-person = il n'y a pas de personne « { $id } »
diag-unknown-person-help = déclarez-la dans [[people]] ou utilisez un identifiant existant
diag-unknown-room = il n'y a pas de salon « { $id } »
diag-unknown-room-help = déclarez-le dans [[rooms]] ou utilisez l'un de ceux-ci : { $known }
diag-unknown-adversary = il n'y a pas d'adversaire « { $id } »
diag-unknown-adversary-help = déclarez-le dans [[adversaries]] avec cet identifiant, ou utilisez l'un de ceux-ci : { $known }
diag-unknown-message = aucun message antérieur étiqueté « { $label } » dans le salon { $room }
diag-unknown-message-help = donnez à l'étape « say » antérieure de ce salon « label = “{ $label }” » ou corrigez l'étiquette
diag-unknown-device = { $person } n'a pas d'appareil « { $id } »
diag-unknown-device-help = nommez l'un des appareils de la personne, ou ajoutez-le avec une étape new_device
diag-duplicate-device = l'identifiant d'appareil « { $id } » est utilisé deux fois pour ce compte
diag-duplicate-device-help = donnez à chaque appareil d'un compte son propre identifiant (un appareil perdu ou déconnecté garde son identifiant)
diag-unknown-choice = « {"{"}{ $key }{"}"} » ne nomme aucun choix
diag-unknown-choice-help = déclarez-le sous [choices], par ex. { $key } = { "{" } values = [...], default = ... { "}" }
diag-choice-empty = le choix { $key } n'a aucune valeur
diag-choice-empty-help = listez au moins une valeur dans « values »
diag-choice-no-default = le choix { $key } n'a pas de valeur par défaut
diag-choice-no-default-help = ajoutez « default = … » avec l'une de ses valeurs ; elle sert quand l'apprenant·e ne choisit pas
diag-choice-default-not-allowed = la valeur par défaut « { $value } » de { $key } ne fait pas partie de ses valeurs
diag-choice-default-not-allowed-help = utilisez l'une de ces valeurs : { $allowed }
diag-choice-duplicate-value = { $key } liste deux fois la valeur « { $value } »
diag-choice-duplicate-value-help = supprimez la valeur répétée
diag-choice-unused = le choix { $key } n'est jamais utilisé
diag-choice-unused-help = utilisez-le sous la forme « {"{"}{ $key }{"}"} » dans un champ, ou supprimez-le
diag-choice-mixed-types = { $key } mélange des valeurs { $expected } et { $found }
diag-choice-mixed-types-help = toutes les valeurs d'un choix doivent avoir le même type
diag-invalid-time = « { $value } » n'est pas une heure
diag-invalid-time-help = écrivez H:MM, H:MM:SS ou « Nd H:MM » (N jours plus tard), par ex. "0:05" ou "30d 9:00"
diag-time-backwards = cette étape à { $at } vient après une étape à { $previous }
diag-time-backwards-help = gardez le script dans l'ordre chronologique
diag-step-no-action = cette étape ne fait rien
diag-step-no-action-help = ajoutez une action : say, react, read, typing, presence, join, leave, connect, new_device, verify, server_down, server_up, inject_device ou add_puppet
diag-step-many-actions = cette étape a plus d'une action
diag-step-many-actions-help = découpez-la en une étape [[script]] par action
diag-server-offline = { $name } est hors ligne à { $at }, donc ceci ne peut pas se produire
diag-server-offline-help = placez l'étape après le server_up correspondant, ou remettez le serveur en ligne plus tôt
diag-server-already-offline = { $name } est déjà hors ligne
diag-server-already-offline-help = supprimez ce server_down ou ajoutez un server_up avant lui
diag-server-already-online = { $name } est déjà en ligne
diag-server-already-online-help = supprimez ce server_up ou ajoutez un server_down avant lui
diag-not-a-member = { $id } n'est pas membre de { $room } à ce moment-là
diag-not-a-member-help = ajoutez la personne aux membres du salon, ou ajoutez une étape join avant celle-ci
diag-already-member = { $id } est déjà membre de { $room }
diag-already-member-help = supprimez l'adhésion répétée
diag-room-no-members = le salon { $id } n'a aucun membre
diag-room-no-members-help = listez au moins un membre ; le premier crée le salon
diag-missing-required-contact = { $id } doit lier un { $medium } sur { $server } mais n'en a aucun
diag-missing-required-contact-help = donnez à la personne un { $medium } (email = "…" / phone = "…") ou choisissez un serveur qui n'en exige pas
diag-contact-already-bound = { $id } lie { $address } sur { $server }, qui le lie déjà à { $first } : un serveur ne lie une adresse de courriel ou un numéro de téléphone qu'à un seul compte, donc Synapse refuse le second
diag-contact-already-bound-help = placez le second compte sur un autre serveur, donnez-lui une autre adresse, ou n'en liez aucune (bind_email = false / bind_phone = false)
diag-call-not-one-to-one = { $room } a { $count } membres : un appel ici est un appel 1:1, vers l'unique autre membre d'un salon à deux personnes (une discussion directe)
diag-call-not-one-to-one-help = appelez dans un salon qui a exactement deux membres à ce moment-là, par ex. une discussion directe créée pour les deux personnes
diag-passphrase-without-recovery = { $id } a une phrase de passe de récupération mais pas de clé de récupération : la phrase de passe ne fait que déverrouiller une clé de récupération (Sauvegarde sécurisée)
diag-passphrase-without-recovery-help = mettez recovery_key = true pour cette personne, ou supprimez recovery_passphrase
diag-adversary-no-kind = cet adversaire n'a pas de type
diag-adversary-no-kind-help = ajoutez l'un de ces types : compromise, malicious_admin, insider, network_observer, seized_device, push_gateway, contact_lookup, identity_server
diag-adversary-many-kinds = cet adversaire a plus d'un type
diag-adversary-many-kinds-help = déclarez une table [[adversaries]] par type
diag-adversary-wrong-kind = { $id } n'est pas un { $needed }
diag-adversary-wrong-kind-help = seul un adversaire malicious_admin peut injecter des appareils et ajouter des marionnettes
diag-adversary-too-early = { $id } agit à { $at } mais ne commence qu'à { $starts }
diag-adversary-too-early-help = placez l'étape plus tard ou faites commencer l'adversaire plus tôt (at = …)
diag-admin-foreign-account = { $id } vit sur { $server }, pas sur le serveur de l'administrateur { $admin_server }
diag-admin-foreign-account-help = un serveur ne peut ajouter des appareils qu'à ses propres utilisateurs (FACTS §3) ; choisissez un compte sur { $admin_server }
diag-reset-signs-own-device = « { $id } » est l'un des propres appareils de { $who }, pas un appareil ajouté par l'administrateur : une réinitialisation d'identité signe l'appareil de l'administrateur
diag-reset-signs-own-device-help = nommez l'appareil qu'une étape inject_device antérieure a ajouté à { $who }, ou un nouvel identifiant pour un appareil que la réinitialisation ajoute
diag-account-missing = { $id } n'a pas de compte dans cette exécution
diag-account-missing-help = le compte n'existe pas avec ces choix (exists = false) ; choisissez un compte qui existe
diag-unknown-finding = « { $value } » n'est pas un code de constat
diag-unknown-finding-help = utilisez l'un de ceux-ci : { $known }
diag-objective-no-condition = l'objectif { $id } n'a pas de condition
diag-objective-no-condition-help = ajoutez adversary_must_not_learn = { "{" } … { "}" } ou adversary_learns = { "{" } … { "}" }
diag-objective-many-conditions = l'objectif { $id } a deux conditions
diag-objective-many-conditions-help = découpez-le en deux objectifs
diag-self-verification = { $id } ne peut pas se vérifier soi-même
diag-self-verification-help = listez ici d'autres personnes
diag-unknown-chapter = « { $chapter } » n'est pas un chapitre du livre
diag-unknown-chapter-help = utilisez l'un de ceux-ci : { $known }
diag-switch-malformed = cet aiguillage n'est pas de la forme { "{" } choice = "…", cases = { "{" } … { "}" } { "}" }
diag-switch-malformed-help = écrivez-le sous la forme { "{" } choice = "KEY", cases = { "{" } VALUE = …, OTHER = … { "}" } { "}" }, avec un cas par valeur du choix et rien d'autre
diag-switch-case-missing = l'aiguillage sur { $key } n'a pas de cas pour { $value }
diag-switch-case-missing-help = ajoutez { $value } = … à ses cas (les listes s'écrivent séparées par des virgules, par ex. "dana,kit")
diag-switch-case-unknown = l'aiguillage sur { $key } a un cas « { $value } » que le choix ne peut pas prendre
diag-switch-case-unknown-help = les valeurs du choix sont { $allowed } ; renommez ou supprimez le cas
diag-choice-value-unused = la valeur { $value } de { $key } construit exactement le même monde que { $same }
diag-choice-value-unused-help = le choix d'un·e apprenant·e doit faire une différence : utilisez la valeur quelque part (un cas d'aiguillage ou un champ), ou supprimez-la
diag-prose-syntax = le fichier de textes ne s'analyse pas ({ $detail })
diag-prose-syntax-help = corrigez ici la syntaxe Fluent : un message est « clé = texte » en début de ligne, les lignes de continuation sont indentées
diag-prose-missing = { $file } n'a pas de message { $key }
diag-prose-missing-help = ajoutez « { $key } = … » à { $file } (glasshouse new NAME écrit un fichier avec chaque clé)
diag-prose-unknown-key = { $key } n'est pas un message que ce scénario utilise
diag-prose-unknown-key-help = vérifiez l'orthographe ; les clés du scénario sont : { $expected }
diag-no-device = { $id } n'a plus d'appareil à { $at } : tous ont été perdus
diag-no-device-help = ajoutez une étape recover pour { $id } avant celle-ci, ou perdez l'appareil plus tard
diag-push-service-unavailable = le premier appareil de { $id } ({ $device }) ne peut pas recevoir de push via { $service } : { $reason ->
    [f-droid] une version F-Droid ne contient aucun code Google, donc pas de push Google
    [apple-device] un iPhone ou un iPad n'a que le service push d'Apple
    [android-device] le service push d'Apple n'atteint que les appareils Apple
   *[other] { $reason }
}
diag-push-service-unavailable-help = { $reason ->
    [f-droid] utilisez push = "unifiedpush" avec un push_distributor (ce que proposent les versions F-Droid), ou push = "none" (l'application vérifie elle-même les messages)
    [apple-device] utilisez push = "apple", ou push = "none"
   *[other] utilisez push = "google" ou "unifiedpush" sur un téléphone Android, ou push = "none"
}
diag-push-distributor-missing = { $id } reçoit le push via UnifiedPush, mais aucun distributeur n'est nommé
diag-push-distributor-missing-help = ajoutez push_distributor = "SERVER", le serveur du distributeur que la personne a choisi (par exemple "ntfy.sh") : il voit chaque notification
