# Machine-assisted translation (French): needs review by a native speaker.
# Les mots propres au lecteur dans le navigateur (player/, player/www/).

player-language-name = Français
player-title = Glasshouse
player-skip = Aller au contenu
player-language = Langue
player-loading = Chargement du simulateur…
player-load-failed = Le simulateur n'a pas pu démarrer dans ce navigateur. Rechargez la page pour réessayer, ou utilisez les tableaux du livre et la fenêtre de bureau.
player-steps-label = Étapes
player-step-scenarios = Scénarios
player-step-briefing = Contexte
player-step-setup = Choix
player-step-run = Simulation
player-step-notebook = Carnet
player-step-debrief = Bilan
player-current-step = (étape en cours)
player-scenarios-heading = Choisissez un scénario
player-scenarios-intro = Chaque scénario est un court exercice. Vous faites quelques choix, vous regardez ce qui se passe, puis vous voyez ce qu'un adversaire a appris sur vous.
player-minutes = { $minutes } minutes
player-completed = Terminé
player-open = Ouvrir { $title }
player-briefing-heading = Contexte
player-continue = Continuer
player-back = Retour
player-setup-heading = Vos choix
player-setup-intro = Choisissez une réponse à chaque question. Les réponses habituelles du scénario sont déjà cochées.
player-objectives-heading = Ce que vous cherchez à obtenir
player-start = Lancer la simulation
player-running = Simulation en cours sur cet appareil…
player-error-summary = Il y a un problème
player-run-heading = La simulation
player-map-heading = Carte des serveurs, des personnes et des salons
player-map-summary = La carte sous forme de liste
player-map-legend-server = boîte : un serveur
player-map-legend-you = bord épais : vous
player-map-legend-compromised = rayures rouges : aux mains d'un adversaire
player-map-legend-encrypted = cadenas : un salon chiffré
player-map-taken = aux mains d'un adversaire
player-rooms-heading = Salons
player-controls = Lecture
player-play = Lire
player-pause = Pause
player-step = Pas à pas
player-restart = Recommencer
player-to-end = Aller à la fin
player-speed = Vitesse
player-speed-slow = lente
player-speed-normal = normale
player-speed-fast = rapide
player-clock = Heure dans le scénario : { $at } sur { $end }
player-log-heading = Ce qui se passe
player-log-empty = Rien ne s'est encore passé. Appuyez sur Lire ou Pas à pas.
player-log-same-moment = …et { $count } de plus au même moment.
player-run-done = La simulation est terminée. Le carnet montre ce que les adversaires ont appris.
player-to-notebook = Ouvrir le carnet
player-notebook-heading = Le carnet des adversaires
player-notebook-intro = Ce que les adversaires ont appris, groupe par groupe, dans l'ordre où ils l'ont obtenu.
player-notebook-empty = Rien pour l'instant : aucun adversaire n'a commencé.
player-notebook-hidden = { $count } groupes de plus apparaissent au fil de la simulation.
player-notebook-about = Sur { $name }
player-to-debrief = Voir le bilan
player-debrief-heading = Ce qu'ils ont appris
player-your-choices = Vos choix
player-lesson-heading = La leçon
player-evidence = Les preuves ({ $count })
player-objectives-result = Vos objectifs
player-objective-met = Atteint
player-objective-missed = Non atteint
player-try-again = Changer vos choix et relancer
player-other-scenario = Choisir un autre scénario
player-book-link = Lire le chapitre dans le livre
player-forget = Oubliez-moi
player-forget-done = Votre progression sur cet appareil est effacée.
player-privacy = Tout s'exécute sur cet appareil. Rien n'est envoyé nulle part ; votre progression reste uniquement dans ce navigateur, jusqu'à ce que vous appuyiez sur « Oubliez-moi ».
player-none = aucun
player-you-named = vous ({ $name })

player-error-unknown-scenario = Ce lecteur n'a pas de scénario nommé « { $scenario } ». Choisissez-en un dans la liste.
player-error-run = La simulation s'est arrêtée : { $error }
player-error-choices = Les choix n'ont pas pu être lus : { $error }
player-error-choose = Choisissez une réponse pour « { $label } ».

player-map-server = Serveur { $server }, { $count ->
    [one] un compte
   *[other] { $count } comptes
}.
player-map-server-yours = Votre compte est ici.
player-map-compromised-at = Aux mains d'un adversaire depuis { $at }.
player-map-person = { $name }, sur { $server }.
player-map-watched-at = Surveillé par un adversaire depuis { $at }.
player-map-room = Salon « { $room } », non chiffré : { $count } membres sur { $servers ->
    [one] un serveur
   *[other] { $servers } serveurs
}.
player-map-room-encrypted = Salon « { $room } », chiffré : { $count } membres sur { $servers ->
    [one] un serveur
   *[other] { $servers } serveurs
}.

player-what-message = un message
player-what-encrypted = un message chiffré
player-what-member = un changement de membres
player-what-reaction = une réaction
player-what-redaction = une suppression
player-what-typing = un avis de saisie
player-what-receipt = un accusé de lecture
player-what-presence = un statut de présence
player-what-device-list = un changement de liste d'appareils
player-what-call = un signal d'appel
player-what-room-state = un changement des réglages du salon
player-what-other = un avis

player-log-request = L'application de { $from } parle à { $to }.
player-log-pdu = { $to } reçoit { $what } de { $from }.
player-log-pdu-room = { $to } reçoit { $what } dans « { $room } » de { $from }.
player-log-edu = { $to } reçoit { $what } de { $from }.
player-log-to-device = { $to } transmet un message privé entre appareils de { $from } (les clés de chiffrement voyagent ainsi).
player-log-backfill = { $to } rattrape { $what } qu'il avait manqué, depuis { $from }.
player-log-media = { $to } récupère un fichier chiffré chez { $from }.
player-log-adversary = Attention : { $kind } { $target }. Désormais l'adversaire détient ce qui s'y trouve.
