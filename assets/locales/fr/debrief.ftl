# Le bilan : ce que les adversaires ont appris, regroupé par ce que cela signifie, vous d'abord.
# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).

debrief-title = Ce qu'ils ont appris — { $title }
debrief-choices = Vos choix : { $choices }
debrief-about-you = Sur vous ({ $count } éléments)
debrief-about-you-nothing = Sur vous : rien. Aucun adversaire n'a rien appris sur vous.
debrief-at-risk = Les personnes que vos choix mettent en danger
debrief-others = Tous les autres (vos choix n'ont pas changé ce qu'on a appris sur eux)
debrief-person-line = { $name } : { $count } éléments — { $severity }
debrief-you = vous
debrief-yes = oui
debrief-no = non
debrief-and-more = (et { $more } de plus)
debrief-full-hint = Chaque constat avec sa preuve : glasshouse run { $scenario } --full
debrief-more-people = … et { $count } personnes de plus : voir --full

debrief-group-identity = Qui vous êtes
debrief-group-location = Où vous êtes
debrief-group-network = Avec qui vous parlez
debrief-group-content = Ce que vous avez dit
debrief-group-activity = Quand vous êtes actif ou active
debrief-group-devices = Vos appareils et sessions

debrief-severity-locate = { $you ->
    [true] ils peuvent savoir où vous êtes
   *[other] ils peuvent savoir où est { $name }
}
debrief-severity-identify = { $you ->
    [true] ils peuvent savoir qui vous êtes
   *[other] ils peuvent savoir qui est { $name }
}
debrief-severity-impersonate = { $you ->
    [true] ils peuvent agir en votre nom
   *[other] ils peuvent agir au nom de { $name }
}
debrief-severity-read = { $you ->
    [true] ils peuvent lire ce que vous avez dit
   *[other] ils peuvent lire ce que { $name } a dit
}
debrief-severity-map-network = { $you ->
    [true] ils peuvent cartographier vos relations
   *[other] ils peuvent cartographier les relations de { $name }
}
debrief-severity-watch = { $you ->
    [true] ils peuvent savoir quand vous êtes actif ou active
   *[other] ils peuvent savoir quand { $name } est actif ou active
}

debrief-item-ip-address = { $kind ->
    [home] l'adresse internet du domicile { $ip }, utilisée pour la dernière fois à { $at }
    [vpn] l'adresse d'un VPN { $ip } (pas une adresse de domicile), utilisée pour la dernière fois à { $at }
   *[other] l'adresse d'une sortie Tor { $ip } (pas une adresse de domicile), utilisée pour la dernière fois à { $at }
}
debrief-item-traffic = des connexions à { $destination } { $kind ->
    [server] (un serveur de discussion)
    [vpn] (un VPN)
    [tor] (Tor)
   *[other] {""}
} entre { $first } et { $last }
debrief-item-contact-detail = { $medium ->
    [phone] le numéro de téléphone
   *[other] l'adresse de courriel
} { $address }
debrief-item-public-handle = un nom d'utilisateur qui correspond au pseudonyme public « { $handle } »
debrief-item-profile = le nom « { $name } »{ $picture ->
    [true] {" "}et une photo de profil
   *[other] {""}
}
debrief-item-account-link = { $own ->
    [true] un second compte sur { $server } appartient à la même personne
   *[other] un compte sur { $server } ({ $other }) semble être la même personne
}, trahi par { $via ->
    [same-localpart] le même nom d'utilisateur
    [same-display-name] le même nom affiché
    [same-avatar] la même image
    [same-ip] la même adresse internet
   *[other] le même courriel ou téléphone
}
debrief-item-room-membership = l'adhésion à « { $room } » (depuis { $since })
debrief-item-social-link = qui partage des salons avec qui : { $contacts }
debrief-item-message-plaintext = les mots « { $text } », écrits dans « { $room } » à { $at }
debrief-item-relation = { $kind ->
    [reaction] la réaction « { $key } »
    [edit] une modification
    [thread] une réponse dans un fil
   *[other] une réponse
} dans « { $room } », et le message auquel elle répond
debrief-item-message-metadata = qu'un message a été envoyé dans « { $room } » à { $at }{ $encrypted ->
    [true] {" "}(ses mots restent chiffrés)
   *[other] {""}
}
debrief-item-presence = le fait d'être { $state ->
    [online] en ligne
    [unavailable] absent·e
   *[other] hors ligne
} à { $at }{ $status }
debrief-status = , avec le statut « { $status } »
debrief-item-read-receipt = la lecture de « { $room } » à { $at }
debrief-item-typing = la saisie dans « { $room } » à { $at }
debrief-item-push-notification = une notification via { $service ->
    [google] Google
    [apple] Apple
   *[other] un serveur UnifiedPush
} à { $at }{ $shows ->
    [text] {" "}qui montrait les mots du message
    [sender] {" "}qui montrait qui l'a écrit
   *[other] {""}
}
debrief-item-device-list = les appareils { $devices }
debrief-item-session-token = les clés de connexion de { $devices } : qui les détient peut agir au nom de ce compte
debrief-item-identity-changed = une nouvelle identité à { $at }{ $verified ->
    [true] ; les applications qui l'avaient vérifiée cessent de partager les clés jusqu'à une nouvelle vérification
   *[other] ; les applications ne font qu'avertir
}
debrief-item-key-backup = les clés de { $sessions } conversations dans « { $room } », gardées sur le serveur dans une sauvegarde dont les noms de salons sont lisibles
debrief-item-recovery-passphrase = { $weak ->
    [true] une phrase de passe de récupération faible, devinable à partir d'une copie du serveur, qui ouvre { $sessions } clés sauvegardées
   *[other] une phrase de passe de récupération stockée avec ce qu'il faut pour tenter de la deviner (une phrase longue et aléatoire tient bon)
}

debrief-prevented = L'aurait évité : { $changes }
debrief-prevented-change = { $label } → { $value }
debrief-prevented-items = { $items } sur { $count }
debrief-prevented-or = ou
debrief-prevented-none = Aucun de vos choix dans ce scénario ne l'évite.
debrief-todo-label = À faire :

debrief-todo-hide-address = joignez votre serveur via un VPN ou Tor
debrief-todo-remove-contact = retirez votre courriel ou votre téléphone
debrief-todo-change-username = utilisez un nom d'utilisateur, un nom et une image que vous n'utilisez nulle part ailleurs
debrief-todo-separate-accounts = gardez votre second compte à part
debrief-todo-review-sessions = déconnectez les sessions que vous n'utilisez pas
debrief-todo-verify-again = vérifiez-les à nouveau, en personne
debrief-todo-encrypt-rooms = parlez dans des salons chiffrés
debrief-todo-choose-rooms = partagez moins de salons ; répartissez les serveurs
debrief-todo-quiet-activity = désactivez les accusés de lecture, l'indicateur de saisie et la présence
debrief-todo-private-notifications = masquez les mots et l'expéditeur dans les notifications
debrief-todo-strong-recovery = utilisez une clé de récupération, ou une phrase de passe longue et aléatoire

# Les blocs de constats du livre.
book-findings-meta = Ce que les adversaires ont appris dans { $scenario } avec { $choices } (graine { $seed }), d'après une vraie exécution :
book-findings-full = Chaque constat, avec la règle qui le fonde ({ $count })
book-objectives = Objectifs
book-met = atteint
book-missed = manqué
col-why = pourquoi
