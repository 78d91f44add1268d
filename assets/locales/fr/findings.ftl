# Ce que les adversaires apprennent : un message par code de constat, un par règle.
# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).

finding-ip-address = { $account } s'est connecté depuis { $ip } ({ $ip_kind }), la dernière fois à { $last_seen }, avec { $user_agents }
finding-ip-address-seen = { $account } a utilisé l'adresse { $ip } ({ $ip_kind }) à { $last_seen }
finding-contact-detail = { $account } est lié au { $medium } { $address }
finding-public-handle = { $account } correspond au pseudonyme public { $handle }
finding-device-list = { $account } a les appareils { $devices }
finding-session-token = l'adversaire détient des jetons d'accès de { $account } (appareils { $devices }) et peut agir en son nom
finding-room-membership = { $account } est « { $membership } » dans le salon { $room } depuis { $since }
finding-profile = { $account } affiche le nom « { $display_name } » et l'avatar { $avatar }
finding-social-link = { $account } partage les salons { $rooms } avec { $contacts }
finding-message-plaintext = { $account } a écrit dans { $room } : « { $text } » (lu via { $via })
finding-message-metadata = { $event_kind ->
    [m-room-redaction] { $account } a supprimé un de ses messages dans { $room } à { $at } : la suppression est elle-même un événement que chaque serveur garde, et elle nomme le message supprimé
   *[other] { $account } a envoyé un message chiffré dans { $room } à { $at } ({ $size } octets de texte chiffré)
}
finding-relation = { $account } a envoyé un(e) { $rel_type } à { $target } dans { $room } { $key }
finding-presence = { $account } était { $state } à { $at } (statut : { $status })
finding-read-receipt = { $account } a lu { $room } jusqu'à { $event_id } à { $at }
finding-typing = { $account } était en train d'écrire dans { $room } à { $at }
finding-account-link = { $account } et { $other_account } semblent être la même personne ({ $via })
finding-traffic = { $subject } s'est connecté à { $destination } ({ $destination_kind }) { $requests } fois entre { $first } et { $last }, { $bytes } octets

rule-server-ip-log = FACTS §1 : user_ips et devices gardent les IP des clients
rule-server-registration-ip = FACTS §1 : l'IP d'inscription est gardée 48 heures
rule-server-sees-exit = FACTS §5 : VPN/Tor : le serveur voit la sortie
rule-server-threepid = FACTS §1 : courriel/téléphone stockés en clair
rule-server-device-list = FACTS §1 : liste et noms des appareils
rule-server-access-token = FACTS §1 : jetons d'accès stockés en clair
rule-federation-device-list = FACTS §2 : identifiants et clés des appareils traversent la fédération (les noms seulement s'ils sont partagés)
rule-federation-state = FACTS §2 : adhésions et profils ne sont jamais chiffrés
rule-federation-envelope = FACTS §2 : l'enveloppe de chaque événement est en clair
rule-federation-cleartext-body = FACTS §2 : le texte non chiffré est stocké (et indexé) partout
rule-federation-relations = FACTS §2 : réponses et réactions restent en clair
rule-federation-edus = FACTS §2 : accusés de lecture, saisie et présence sont en clair
rule-malicious-device-or-puppet = FACTS §3.1 : un appareil implanté ou une marionnette a reçu la clé du salon
rule-member-view = FACTS §5 : les membres voient ce que voient les membres
rule-device-store = Un appareil détient ses clés et son historique
rule-network-observer = FACTS §5 : le réseau voit où et quand
rule-linking = Guide partie 1 : des traits communs relient les comptes
finding-push-notification = { $unread_only ->
    [true] { $subject } : le nombre de non-lus est tombé à { $unread } à { $at }, envoyé via { push-carrier } — un signe de lecture
   *[false] une notification pour { $subject } est passée par { push-carrier } à { $at } : salon { $room }, événement { $event_id }, salons non lus : { $unread }{ $format ->
        [full] ; { $event_type } de { $sender_name } ({ $sender }) dans « { $room_name } »{ $content ->
            [plaintext] , qui dit « { $text } »
            [ciphertext] , avec son texte chiffré (aucun mot)
            [membership] , avec le contenu de l'invitation
           *[none] {""}
        }
       *[event-id-only] {""}
    }
}
push-carrier = { $service ->
    [google] le service push de Google (via la passerelle push de l'application)
    [apple] le service push d'Apple (via la passerelle push de l'application)
    [unifiedpush] le distributeur UnifiedPush { $distributor }
   *[other] { $service }
}
rule-push-gateway = FACTS §1, §5 : la passerelle push et le service push voient chaque notification que le serveur d'accueil envoie
rule-operator-live-view = FACTS §6 : un opérateur de type Signal qui observe en direct voit les adresses et les envois de groupe
finding-identity-changed = L'identité de { $account } a changé à { $at } : l'application avertit { $verified ->
    [true] et, puisqu'elle avait vérifié cette personne, ne lui donne plus de clés de salon jusqu'à une nouvelle vérification
   *[other] mais, ne l'ayant jamais vérifiée, continue de donner des clés de salon à ses appareils nouvellement signés
}
rule-invite-key-bundle = FACTS §3 (2026) : l'application de la personne qui invite a envoyé les clés des messages antérieurs avec l'invitation
rule-server-request-log = FACTS §1 : homeserver.log et le journal d'accès du proxy gardent les IP des clients selon leur propre rotation
rule-mas-session-ip = FACTS §1 : MAS garde la dernière IP de chaque session et l'IP de chaque inscription pendant 30 jours
rule-identity-lookup = FACTS §5 : un courriel ou un téléphone publié sur le serveur d'identité (« Découverte ») donne votre identifiant Matrix à quiconque le possède et le recherche
rule-identity-server-bindings = FACTS §5 : le serveur d'identité détient chaque courriel et téléphone qui y est publié, avec son identifiant Matrix
rule-call-peer = FACTS §5 : dans un appel pair à pair (le réglage par défaut d'Element), l'application de l'autre personne reçoit votre adresse et reçoit votre voix depuis celle-ci
rule-call-candidates-cleartext = FACTS §2 + §5 : dans un salon non chiffré, les candidats de l'appel, avec les adresses, sont stockés en clair sur chaque serveur du salon
rule-turn-relay = FACTS §5 : le relais TURN du serveur d'accueil qui transporte un appel voit l'adresse des deux bouts
finding-key-backup = { $account } sauvegarde les clés du salon { $room } sur le serveur : le salon et { $sessions } identifiants de session (chacun la conversation d'un expéditeur) sont en clair, même là où aucun message ne peut être lu
finding-recovery-passphrase = La récupération de { $account } vient d'une phrase de passe dont le sel et les { $iterations } itérations sont en clair à côté de la clé de sauvegarde chiffrée : une copie du serveur permet à n'importe qui de deviner à loisir, hors ligne. { $weak ->
    [true] Cette phrase de passe est faible : on la devine, et avec elle les { $sessions } clés de salon de la sauvegarde
   *[other] Une phrase de passe longue et aléatoire tient bon
}
rule-server-key-backup = FACTS §1 (Sauvegarde des clés) : e2e_room_keys garde les identifiants de salon et de session en clair
rule-server-secret-storage = FACTS §1 (Stockage secret) : le sel et les itérations de la phrase de passe sont stockés à côté d'elle
