# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).
scenario-public-room-insider = L'infiltré du salon public
scenario-public-room-insider-briefing =
    Vous êtes Marta, locataire au 14 calle Olmo, avec un compte sur plaza.example. Vos voisins discutent dans
    un salon ouvert que tout le monde peut rejoindre ; ses membres sont sur quatre serveurs, et l'un d'eux est un inconnu
    sympathique, « helper », qui demande où a lieu la réunion. Choisissez le nom d'utilisateur avec lequel vous vous inscrivez, le nom et
    l'image que vous montrez dans le salon ouvert, où va l'adresse de la réunion (un salon de suivi public, ou un salon
    chiffré sur invitation pour vous, Lee et Kai) et, puisque c'est vous qui créez ce salon, si les personnes
    qui le rejoignent plus tard peuvent lire ce qui s'est dit avant leur arrivée. À 0:40 vous quittez le salon ouvert. Le lendemain,
    l'inconnu apparaît aussi dans le salon de suivi : il trouve le salon public, ou bien Kai, qui a apprécié son
    offre d'aide, l'invite dans le salon privé. À 0:30 vous pouvez avoir des doutes et supprimer
    le message de la réunion. Six semaines plus tard, la police saisit tiny.example, le petit serveur de Kai.
scenario-public-room-insider-debrief =
    Tout ce qui s'est dit dans le salon ouvert a été copié sur les quatre serveurs, chaque copie portant la
    signature de votre serveur, donc quiconque en détient une peut prouver qu'elle est authentique. Partir n'a fait qu'ajouter un événement « leave » : le
    serveur saisi avait encore chaque mot six semaines plus tard. L'inconnu n'a eu besoin d'aucun piratage ; l'écran d'un
    membre montre le texte, les noms, les images, la liste des membres, les réponses, les réactions, la présence et les accusés
    de lecture. Un nom d'utilisateur repris de vos réseaux sociaux, ou votre vrai nom et votre photo comme profil,
    a dit aux deux adversaires qui se cachait derrière le compte ; un nouveau nom d'utilisateur et un pseudonyme coupent ce lien.
    L'adresse de la réunion n'était en sécurité que dans le salon chiffré sur invitation, et seulement si le salon ne montrait
    aux nouveaux venus rien d'antérieur à leur arrivée. Avec l'historique partagé, le réglage habituel, les applications depuis 2026
    transmettent le passé au moment d'inviter : l'application de Kai a envoyé à l'inconnu, avec l'invitation, les clés des
    messages déjà présents dans le salon, et il a lu l'adresse comme s'il avait été là. Avec l'historique depuis
    l'arrivée, l'application de Kai n'a rien partagé, et le salon n'a montré à l'inconnu que le fait que vous aviez écrit
    quelque chose, quand, et de quelle longueur. Le serveur saisi n'a rien gardé de plus : le texte chiffré, sa
    taille, l'heure et l'expéditeur (et, là où l'application de Kai a partagé l'historique, le lot chiffré de clés qu'elle
    y a envoyé, que le serveur ne peut pas ouvrir). Aucun choix ici ne cache ce que vous avez dit dans le salon
    ouvert, que vous étiez dans les deux salons, ni votre réponse à l'inconnu : ne dites en public que ce que vous
    supporteriez de voir cité sous votre nom. Supprimer le message de la réunion n'était pas non plus une suppression : la
    suppression est elle-même un événement que chaque serveur garde, donc les deux adversaires ont appris que vous aviez retiré quelque chose,
    et quand. Lee et Kai avaient déjà vu l'adresse. L'inconnu, arrivé le lendemain, n'a vu
    que « message supprimé » — cela, au moins, a fonctionné. Mais chaque serveur a gardé l'original sept jours,
    et l'index de recherche de Synapse garde les mots d'un message non chiffré même après : six semaines plus tard,
    le serveur saisi pouvait encore lire l'adresse depuis le salon public. Seul le chiffrement l'a protégée
    du serveur.
scenario-public-room-insider-facilitator =
    Commencez par les valeurs par défaut et lisez à voix haute les constats de l'inconnu : c'est ce que voit n'importe quel membre. Laissez ensuite
    de petits groupes essayer les trente-deux combinaisons (explain --outcomes les liste) et trouver celle qui atteint
    les deux objectifs « ne doit pas apprendre ». Montrez le troisième objectif : il est atteint dans chaque exécution, car quitter un
    salon ne supprime rien. Discutez de qui pourrait être « helper » dans vos propres salons publics, de ce que vous y publieriez
    encore, de la raison pour laquelle la réponse de Marta à la question est elle-même un constat, et de la raison pour laquelle le salon sur invitation
    n'a protégé l'adresse que lorsque son historique commençait à l'arrivée de chaque membre : une fois que l'inconnu
    s'y était introduit par la parole, la propre application de Kai lui a donné le passé.
choice-public-room-insider-username = le nom d'utilisateur que vous enregistrez sur plaza.example
choice-public-room-insider-face = le nom et l'image que vous montrez dans le salon ouvert
choice-public-room-insider-follow_up = où va l'adresse de la réunion
choice-public-room-insider-delete = si vous supprimez le message de la réunion à 0:30, avant l'arrivée de l'inconnu
choice-public-room-insider-history = ce que peuvent lire les personnes qui rejoignent plus tard le salon de suivi : tout ce qui s'est dit avant (partagé) ou seulement ce qui suit leur arrivée (depuis l'arrivée)
objective-public-room-insider-not-tied-to-you = Personne ne peut relier le compte à votre nom ou à votre pseudonyme publics sur les réseaux sociaux.
objective-public-room-insider-address-stays-private = Ni l'inconnu ni le serveur saisi ne lisent l'adresse de la réunion.
objective-public-room-insider-leaving-erases-nothing = Voyez par vous-même : des semaines après votre départ, le serveur saisi lit encore ce que vous avez dit dans le salon ouvert.
