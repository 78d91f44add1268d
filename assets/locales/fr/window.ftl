# La fenêtre du simulateur (glasshouse-game), son export Markdown et les commandes de la fenêtre.
# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).

ui-app-name = Glasshouse
ui-tagline = Que peut apprendre un adversaire sur vous dans Matrix ? Choisissez, lancez, découvrez-le — preuves à l'appui.
ui-progress = { $done } scénarios terminés sur { $total }
ui-start-first = Commencer : { $title }
ui-library-empty = Aucun scénario n'est chargé.
ui-open-scenarios = Tous les scénarios
ui-open-explorer = Explorateur de la décentralisation
ui-offline-note = Tout tourne sur cet ordinateur : pas de compte, pas de réseau. La progression est enregistrée localement.
ui-settings = Réglages
ui-settings-key = F2 ouvre et ferme les réglages
ui-back = Retour
ui-back-key = Alt+← revient en arrière
ui-continue-key = Alt+→ continue
ui-keys = Tab passe d'une commande à l'autre · Espace ou Entrée appuie · Alt+← / Alt+→ retour et suite · F2 réglages
ui-start = Commencer
ui-to-setup = Préparer
ui-to-run = Lancer le scénario
ui-to-notebook = Ouvrir le carnet de l'adversaire
ui-to-debrief = Bilan
ui-to-scenarios = Retour aux scénarios
ui-step-briefing = Présentation
ui-step-setup = Préparation
ui-step-run = Exécution
ui-step-notebook = Carnet
ui-step-debrief = Bilan
ui-yes = oui
ui-no = non
ui-nobody = personne
ui-met = atteint
ui-missed = manqué
ui-done = terminé
ui-minutes = environ { $minutes } minutes

ui-scenarios-title = Scénarios
ui-chapter-other = Vos scénarios
ui-reload-failed = { $file } a des problèmes ; la dernière bonne version reste utilisée :

ui-story = L'histoire
ui-objectives = Objectifs
ui-you-control = Ce que vous contrôlez

ui-setup-title = Vos choix
ui-setup-intro = Chaque commande est l'un des choix de ce scénario. Changez-en un, lancez, et comparez ce que l'adversaire apprend.
ui-reset-choices = Revenir aux valeurs par défaut
ui-platform-matrix = Serveur d'accueil Matrix
ui-platform-signal-like = Service de type Signal
ui-platform-telegram-like = Service de type Telegram
ui-platform-discord-like = Service de type Discord
ui-server-country = Juridiction de l'opérateur : { $country }
ui-server-keeps-ips = Garde un journal des adresses IP des clients pendant { $days } jours
ui-server-keeps-device-ip = Garde la dernière adresse IP de chaque appareil
ui-server-shares-device-names = Envoie les noms d'appareils de ses utilisateurs aux autres serveurs
ui-server-requires-email = L'inscription demande une adresse de courriel
ui-server-requires-phone = L'inscription demande un numéro de téléphone
ui-server-requires-both = L'inscription demande une adresse de courriel et un numéro de téléphone
ui-server-requires-nothing = L'inscription ne demande ni courriel ni numéro de téléphone
ui-server-presence-on = Partage le statut en ligne (présence)
ui-server-presence-off = La présence est désactivée
ui-type-name = saisissez un nom
ui-name-matches-own-handle = C'est votre pseudonyme public « { $handle } » — quiconque voit votre nom d'utilisateur peut y rattacher ce compte.
ui-name-matches-handle = Cela correspond au pseudonyme public de { $person }, « { $handle } » — quiconque le voit peut relier les deux.
ui-name-matches-display-name = C'est le nom affiché de { $person } — on vous confondra ou on vous reliera.
ui-name-unlinked = Rien dans ce scénario ne relie ce nom à quelqu'un.
ui-name-not-offered = Ce scénario tourne avec l'une de ces valeurs : { $values }. Votre choix reste tel quel.
ui-name-suggestions = Proposés :
ui-error-unknown-scenario = Il n'y a pas de scénario nommé { $name }.
ui-error-no-scenario = Ouvrez d'abord un scénario.
ui-error-run = La simulation a échoué : { $detail }. C'est un bogue de Glasshouse ; signalez-le avec le fichier du scénario.

ui-play = ▶ Lecture
ui-pause = ⏸ Pause
ui-play-key = Espace lance et met en pause
ui-step = ⏭ Pas
ui-step-key = → saute au prochain moment où quelque chose circule
ui-restart = ⟲ Recommencer
ui-to-end = ⏩ Jusqu'à la fin
ui-speed = Vitesse :
ui-timeline = Faites glisser pour parcourir l'exécution
ui-event-log = Ce qui se passe
ui-log-request = { $at } · { $from } → { $to } : requête ({ $what })
ui-log-pdu = { $at } · { $from } → { $to } : événement de salon { $what }
ui-log-edu = { $at } · { $from } → { $to } : { $what } (éphémère)
ui-log-to-device = { $at } · { $from } → { $to } : message to-device { $what } (les clés de salon passent par là)
ui-log-backfill = { $at } · { $from } → { $to } : rattrapage de { $what }
ui-log-media = { $at } · { $from } → { $to } : récupération d'un fichier envoyé ({ $what } ; un lot de clés, chiffré)
ui-log-adversary = { $at } · ⚠ { $kind } : { $target }. Désormais, l'adversaire détient ce que cela détient.
ui-map-server-seized = (compromis)
ui-map-node = Serveur { $server }. Sélectionnez-le pour voir ce qu'il apprendrait s'il tombait.
ui-map-node-seized = Serveur { $server }, aux mains de l'adversaire.
ui-legend-request = votre appareil → votre serveur
ui-legend-pdu = événement de salon entre serveurs
ui-legend-edu = saisie, accusés de lecture, présence, listes d'appareils
ui-legend-to-device = to-device (clés de salon)

ui-notebook-what-if = Et si { $server } tombait
ui-notebook-empty = L'adversaire n'a rien appris ici.
ui-reveal-all = Tout afficher
ui-what-if-reset = Revenir à l'adversaire de ce scénario
ui-what-if = Et si un autre nœud tombait ?
ui-what-if-help = Sélectionnez un serveur sur la carte ou ci-dessous : le carnet est refait comme si ce serveur était compromis dès le début.
ui-what-if-server = Si { $server } tombait
ui-finding = Constat
ui-found-by = Trouvé par : { $adversary }
ui-rule = Pourquoi l'adversaire peut le savoir
ui-evidence = Preuve
ui-stored-ciphertext = Tel que le serveur le stocke — chiffré : le serveur voit l'enveloppe, pas les mots.
ui-stored-plaintext = Tel que le serveur le stocke — en clair.

ui-what-leaked = Ce qui a fuité, et pourquoi
ui-compare = Comparer avec d'autres choix
ui-compare-run = Lancer avec ces choix
ui-compare-yours = Votre exécution
ui-compare-other = Les autres choix
ui-compare-objectives = { $run } : { $met } objectifs atteints sur { $total }
ui-export = Exporter le bilan
ui-export-to = Fichier (sans extension) :
ui-export-markdown = Enregistrer en Markdown
ui-export-json = Enregistrer en JSON
ui-export-no-path = Indiquez d'abord où enregistrer le fichier.
ui-exported = Enregistré dans { $path }
ui-export-failed = Impossible d'enregistrer { $path } : { $error }. Choisissez un dossier où vous pouvez écrire.
ui-book = En savoir plus
ui-open-chapter = Ouvrir le chapitre « { $chapter } » dans le livre
ui-opened = { $url } ouvert
ui-no-book = Le livre n'est pas accessible d'ici : lancez « glasshouse book serve » dans le dossier du projet.

ui-explorer-title = Explorateur de la décentralisation
ui-explorer-intro = Une fédération synthétique : choisissez combien de serveurs, comment les utilisateurs s'y répartissent et combien tombent. Les utilisateurs d'un serveur tombé exposent leurs adresses IP ; un salon est exposé quand l'un de ses serveurs tombe.
ui-explorer-servers = Serveurs
ui-explorer-users = Utilisateurs
ui-explorer-dist = Répartition des utilisateurs
ui-explorer-uniform = égale
ui-explorer-zipf = quelques grands, beaucoup de petits (Zipf)
ui-explorer-giant = un serveur géant
ui-explorer-exponent = exposant
ui-explorer-share = part du géant
ui-explorer-strategy = L'attaquant prend
ui-explorer-top = les plus grands serveurs d'abord
ui-explorer-random = des serveurs au hasard
ui-explorer-k = Serveurs compromis
ui-explorer-result = Ce qui tombe avec eux
ui-explorer-summary = { $k } serveurs compromis : les adresses IP de { $users } utilisateurs ({ $users_pct } %) et { $rooms } salons ({ $rooms_pct } %) exposés.
ui-explorer-line-users = utilisateurs dont l'adresse IP est exposée
ui-explorer-line-rooms = salons exposés
ui-explorer-axis = serveurs compromis (de 0 à { $max })
ui-explorer-axis-log = serveurs compromis (de 1 à { $max }, logarithmique)

ui-language = Langue
ui-text-size = Taille du texte
ui-palette = Couleurs
ui-palette-standard = Standard
ui-palette-safe = Adaptées au daltonisme (Okabe–Ito)
ui-reduced-motion = Réduire les animations (pas de paquets en mouvement)
ui-saved-where = La progression et les réglages sont enregistrés dans { $dir }
ui-forget = M'oublier sur cet ordinateur…
ui-forget-confirm = Effacer la progression, les choix, les réglages et les exports enregistrés ?
ui-forget-yes = Effacer
ui-cancel = Annuler
ui-forgotten = Effacé.
ui-forget-failed = Impossible d'effacer : { $error }

chapter-first-connection = Choisir un serveur, et ce qu'il garde
chapter-connecting = Comment vous vous connectez
chapter-usernames = Choisir un nom d'utilisateur
chapter-second-accounts = Les seconds comptes
chapter-many-servers = Pourquoi plusieurs serveurs
chapter-public-rooms = Les salons publics
chapter-high-trust-rooms = Les salons de haute confiance
chapter-account-recovery = La récupération du compte
chapter-what-others-know = Ce que savent les autres
chapter-other-platforms = Les autres plateformes

md-title = Bilan : { $title }
md-choices = Choix : { $choices }
md-objectives = Objectifs
md-findings = Ce que les adversaires ont appris ({ $count })
md-rule = pourquoi : { $rule }
md-debrief = Ce que cela signifie

error-no-display = Pas d'écran où ouvrir la fenêtre (DISPLAY n'est pas défini). Tout le reste fonctionne sans : glasshouse run, explain, list, check, scale, book build. Pour capturer la fenêtre sur un serveur, lancez-la sous xvfb-run, par ex. xvfb-run -a glasshouse screenshot first-connection --screen debrief --out debrief.png
error-window-size = « { $size } » n'est pas une taille de fenêtre : écrivez LARGEURxHAUTEUR, par ex. 1280x800 (de 320x240 à 7680x4320).
screenshot-saved = { $path } enregistré
error-screenshot-blank = La capture est vide : rien n'a été dessiné. Avec le rendu logiciel, essayez WGPU_BACKEND=vulkan et lavapipe de Mesa (Debian : mesa-vulkan-drivers).
error-screenshot-write = Impossible d'écrire { $path } : { $error }. Choisissez un dossier où vous pouvez écrire.
error-screenshot-timeout = La fenêtre n'a jamais atteint cet écran. Lancez la même commande avec RUST_LOG=info pour voir pourquoi.
error-screenshot-refused = Le scénario a refusé de s'ouvrir : { $detail }

bench-first-frame = du démarrage à la première image dessinée : { $ms } ms
bench-screen = { $screen } : { $frames } images, p50 { $p50 } ms, p99 { $p99 } ms, max { $max } ms (systèmes du monde principal par image)
book-web-built = Le simulateur pour navigateur est dans { $path } ({ $mb } Mo de WebAssembly, construit en { $s } s).
ui-language-rtl = { $language } : cette fenêtre ne sait pas encore disposer un texte de droite à gauche (egui, la boîte à outils qui la dessine, n’a pas de texte bidirectionnel) ; les mots peuvent donc s’afficher dans le mauvais ordre. Jouez plutôt dans votre navigateur : le bouton « Play in your browser » sur la page de chaque scénario du livre.

# The debrief screen and map (issue 17).
ui-learned-about-you = { $count ->
    [one] Ce qu'ils ont appris sur vous ({ $count } élément)
   *[other] Ce qu'ils ont appris sur vous ({ $count } éléments)
}
ui-learned-about-you-nothing = Ce qu'ils ont appris sur vous : rien. Aucun adversaire n'a rien appris sur vous.
ui-everyone-else = { $count ->
    [one] Tous les autres ({ $count } personne)
   *[other] Tous les autres ({ $count } personnes)
}
ui-items-count = { $count ->
    [one] { $count } élément appris dans ce groupe
   *[other] { $count } éléments appris dans ce groupe
}
ui-evidence-count = Afficher les preuves ({ $count })
ui-select-group = Sélectionnez un groupe à gauche pour voir sur quoi il repose.
ui-what-to-change = Ce qu'il faut changer
ui-what-to-change-help = Pour chaque groupe : les choix de ce scénario qui le leur auraient caché, et ce qu'il faut faire dès maintenant dans la vraie vie.
ui-do-now = Faites-le maintenant :
ui-do-now-how = Comment faire, dans le livre →
ui-compare-groups-help = Choisissez d'autres valeurs et relancez : chaque groupe de ce qu'ils apprennent sur vous, côte à côte.
ui-compare-changed = Ce qui change
ui-compare-gone = ✔ plus maintenant : { $item }
ui-compare-new = ✘ à la place : { $item }
ui-compare-nothing = rien
ui-compare-same = pareil
ui-notebook-groups-title = Le carnet de l'adversaire
ui-notebook-groups-help = Ce qu'il apprend, regroupé selon ce que cela signifie, au fur et à mesure ({ $count } constats en tout). Sélectionnez un groupe pour voir ses preuves.
ui-learning-now = Ce qu'ils ont appris jusqu'ici
ui-learning-nothing-yet = Rien pour l'instant.
ui-learning-others = … et { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
} sur { $people ->
    [one] { $people } autre personne
   *[other] { $people } autres personnes
}
ui-map-you = vous
ui-legend-you = vous (étoile)
ui-legend-server-size = serveur : plus il est grand, plus il compte de personnes
ui-legend-compromised = serveur compromis (rouge, signe d'avertissement)
