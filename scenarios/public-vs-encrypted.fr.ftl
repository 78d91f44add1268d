# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).
scenario-public-vs-encrypted = Salons publics et salons chiffrés
scenario-public-vs-encrypted-briefing =
    Une assemblée de quartier se réunit dans un salon public réparti sur trois serveurs ; tout le monde peut le rejoindre, et un
    inconnu sympathique l'a fait, dès le début. Au bout de dix minutes, l'un des serveurs est saisi. Décidez si le
    salon est chiffré et quel serveur tombe, et voyez ce que garde chaque serveur — et ce que l'inconnu
    voit dans tous les cas.
scenario-public-vs-encrypted-debrief =
    Chaque serveur qui a un membre dans le salon stocke tout le salon : qui s'y trouve, quand chaque message a été
    envoyé et — sauf si le salon est chiffré — chaque mot, dans une base de données qui peut être copiée ou
    réquisitionnée longtemps après. Le chiffrement a retiré les mots au serveur saisi mais a laissé
    l'enveloppe : expéditeurs, heures, tailles, réponses. L'inconnu, en tant que membre, a tout lu dans les deux cas :
    le chiffrement protège contre les serveurs, pas contre les personnes que vous laissez entrer.
scenario-public-vs-encrypted-facilitator =
    Demandez au groupe avant de lancer : « qui peut lire ce salon ? » Puis faites saisir chaque serveur à tour de rôle. Les
    constats de l'observateur silencieux sont le point de discussion : dans un salon public, partez du principe qu'une personne malveillante est présente.
choice-public-vs-encrypted-encrypted = chiffrer le salon de bout en bout
choice-public-vs-encrypted-target = quel serveur est saisi
objective-public-vs-encrypted-servers-cannot-read = Le serveur saisi ne peut pas lire ce que vous avez écrit.
objective-public-vs-encrypted-assume-a-bad-actor = Voyez par vous-même : un membre du salon lit tout ce que vous écrivez, chiffré ou non.
