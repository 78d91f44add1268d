# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).
scenario-connecting = Se connecter : qui voit l'entrée
scenario-connecting-briefing =
    Vous êtes tern, infirmière, et vous organisez une grève dans le service 7 dans un salon chiffré avec Inés et Teo. Choisissez
    votre serveur d'accueil : riverbank.example garde les journaux d'IP des clients 90 jours et la dernière adresse de chaque
    appareil ; lantern.example efface l'historique des IP au bout d'un jour et ne garde aucune adresse d'appareil ;
    harbour.example promet « nous ne gardons aucun journal d'IP » et vous connecte via son propre service de connexion.
    Choisissez comment vous vous connectez : directement depuis votre ligne à domicile, via un VPN, ou via Tor. Le jour 3, votre client VPN ou Tor
    tombe en panne après une mise à jour et vous publiez quand même depuis chez vous pendant quelques minutes.
    À partir du jour 7, votre fournisseur d'accès enregistre votre ligne sur décision de justice ; le jour 30, la police saisit
    votre serveur.
    Le jour 5, vous appelez une journaliste qui s'intéresse à la grève, dans votre discussion directe chiffrée. Choisissez
    si votre application peut établir les appels en pair à pair (le réglage par défaut d'Element) ou seulement via le relais
    de votre serveur.
scenario-connecting-debrief =
    Deux observateurs se tiennent aux deux bouts de votre connexion et voient des choses différentes.
    Votre fournisseur d'accès voit l'autre bout de chaque connexion qu'ouvre votre ligne. En direct, il
    lit le nom de votre serveur d'accueil et les moments où vous étiez active ; via un VPN, il ne voit que le
    fournisseur du VPN, via Tor seulement que vous utilisez Tor. Le chiffrement du salon ne joue aucun rôle ici : TLS
    cache déjà vos messages au fournisseur, mais pas leur destination, leur moment ni, à peu près, leur volume.
    Le serveur saisi voit l'autre bout : l'adresse d'où chaque requête est arrivée. En direct, c'est
    votre ligne à domicile ; via un VPN ou Tor, c'est l'adresse de la sortie, que beaucoup de gens partagent. Ses
    administrateurs décident combien de temps ces lignes vivent. Sur riverbank.example, les quelques minutes du jour 3 étaient encore
    dans le journal de 90 jours quand la police est arrivée ; lantern.example les avait effacées depuis longtemps et, comme il ne garde
    aucune dernière adresse par appareil, rien ne reliait votre compte à votre domicile. Ses journaux hors de la base de données
    avaient aussi été effacés par rotation : deux semaines pour le journal d'accès du serveur web, quatre jours pour celui de Synapse.
    harbour.example a tenu sa promesse pour la base de données et a pourtant livré l'adresse de votre domicile :
    le journal d'accès de son serveur web, que les réglages de Synapse ne touchent pas, garde 90 jours, et sa ligne
    pour votre message du jour 3 nomme le salon et la minute, que le message stocké relie à vous. Son
    service de connexion (Matrix Authentication Service) garde la dernière adresse de chaque session 30 jours
    et l'adresse de l'inscription 30 jours — votre inscription avait expiré six heures avant la saisie.
    Une promesse de ne garder aucun journal d'IP couvre en général la base de données ; posez aussi la question des journaux et du
    service de connexion. En direct, chaque
    requête portait l'adresse de votre domicile, quelle que soit la durée de conservation. L'adresse depuis laquelle vous vous êtes inscrite est
    gardée avec l'inscription elle-même seulement deux jours, donc une saisie dans les 48 premières heures l'aurait
    trouvée aussi ; au jour 30, elle avait disparu.
    Ce qu'aucun choix ici ne cache : votre fournisseur voit toujours quand vous êtes en ligne et combien vous envoyez ;
    le serveur détient toujours votre adhésion, les noms de vos contacts et l'heure et la taille de chaque
    message. Un VPN déplace la confiance vers l'entreprise du VPN, qui voit à la fois l'adresse de votre domicile et votre
    serveur ; Tor répartit ce savoir entre des relais. Cette simulation ne modélise pas l'entreprise du VPN
    comme un adversaire, c'est pourquoi VPN et Tor se ressemblent dans les résultats.
    L'appel est une troisième entrée. En pair à pair, l'application de la journaliste a reçu votre voix directement depuis votre
    connexion, et l'établissement de l'appel qu'elle a déchiffré indiquait cette adresse : votre ligne à domicile quand vous vous connectez
    directement, et via Tor aussi, car Tor ne transporte pas les appels et l'application les fait passer à côté.
    Via un VPN, la journaliste a vu la sortie du VPN. Sans le pair à pair, l'appel est passé par le relais de votre
    serveur d'accueil : la journaliste n'a vu que le relais, tandis que le relais, géré par les administrateurs de votre serveur,
    a vu les deux bouts pendant l'appel. Un appel peut montrer votre adresse à la personne que vous appelez ; désactivez
    le pair à pair (Paramètres, Voix et vidéo) quand cela compte.
scenario-connecting-facilitator =
    Environ 15 minutes. Lancez les valeurs par défaut (en direct, riverbank.example) et lisez côte à côte les constats des deux
    adversaires : la ligne de trafic du fournisseur nomme le serveur ; la ligne d'adresse de la saisie
    montre l'IP du domicile. Laissez ensuite le groupe passer à Tor et remarquer que l'erreur du jour 3 apparaît encore sur
    riverbank.example, puis passer à lantern.example, et enfin à harbour.example, dont la promesse « aucun journal
    d'IP » échoue à cause du journal d'accès de son serveur web. explain connecting --outcomes montre
    chaque exécution ; le choix des appels décide de ce qu'apprend la journaliste.
    Discutez : qui pourrait être votre observateur réseau (fournisseur à domicile, Wi-Fi d'un café ou du travail, un campus) ;
    pourquoi une erreur d'il y a plusieurs jours peut encore être dans un journal ; comment trouver la politique de conservation d'un serveur avant
    de s'inscrire, et quelles questions poser (la base de données, les journaux du serveur web, le service
    de connexion). Piège : les apprenant·es concluent souvent qu'un VPN les rend anonymes ; ramenez plutôt la discussion vers
    à qui ils font confiance, et vers les horaires que le fournisseur voit dans tous les cas.
choice-connecting-connection = comment vous joignez habituellement votre serveur
choice-connecting-server = votre serveur d'accueil et sa politique de journaux
objective-connecting-isp-cannot-name-server = Votre fournisseur d'accès ne peut pas savoir quel serveur d'accueil vous utilisez.
objective-connecting-raid-no-home-ip = Le serveur saisi ne garde aucune trace de l'adresse IP de votre domicile.
objective-connecting-isp-sees-when = Voyez ce qu'aucun outil ne cache : votre fournisseur sait toujours quand vous êtes en ligne.
choice-connecting-calls = comment votre application établit un appel 1:1
objective-connecting-call-no-home-ip = La personne que vous appelez n'apprend pas l'adresse IP de votre domicile.
