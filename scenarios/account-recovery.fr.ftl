# Traduction assistée par machine (machine-assisted) : à relire par une personne de langue maternelle française (needs review by a native speaker).
scenario-account-recovery = Perdre votre seul appareil
scenario-account-recovery-briefing =
    Vous êtes Lark. Votre seul appareil, un téléphone, détient les clés d'un salon chiffré que vous partagez avec Noor,
    dont l'application n'envoie de messages qu'aux personnes qu'elle a vérifiées — vous compris. À 0:10 le téléphone
    tombe dans la rivière ; à 0:20 vous vous connectez sur un ordinateur portable emprunté. Décidez si vous aviez mis en place une
    clé de récupération, si votre compte a une adresse de courriel, et si vous vous souvenez encore de votre
    mot de passe. Au bout de quarante minutes, votre serveur est saisi.
scenario-account-recovery-debrief =
    Les clés de salon vivent sur les appareils. Perdez le dernier et, sans clé de récupération, l'historique que vous pouviez
    lire part avec lui : le nouvel appareil ne détient aucune clé et, comme vous devez réinitialiser votre identité
    cryptographique, toutes les personnes qui vous avaient vérifié doivent recommencer — d'ici là, une amie qui n'envoie qu'aux
    personnes vérifiées n'envoie rien que vous puissiez lire. Une clé de récupération (Sauvegarde sécurisée) restaure à la fois les
    clés et l'identité. Un mot de passe oublié est un problème distinct : le réinitialiser demande un courriel
    ou un numéro de téléphone lié au compte, que le serveur garde en clair et livre à quiconque
    le saisit ; sans cela, le compte est tout simplement perdu. Notez la clé de récupération et gardez-la
    hors ligne, à l'écart de l'appareil. La sauvegarde elle-même n'est pas invisible : le serveur stocke, en
    clair, les salons dont vous détenez des clés et le nombre de conversations, donc une saisie apprend où vous parlez
    même quand elle ne peut rien lire. Et si votre récupération vient d'une phrase de passe, le serveur garde
    ce qu'il faut pour tester des tentatives contre elle : une saisie peut essayer des phrases de passe hors ligne, aussi longtemps
    qu'elle le veut. Une phrase courte ou courante tombe, et toutes les clés de la sauvegarde avec elle. Utilisez la clé générée,
    ou une longue phrase de passe faite de mots aléatoires.
scenario-account-recovery-facilitator =
    Commencez par les valeurs par défaut (pas de clé de récupération, pas de courriel, mot de passe oublié) : l'apprenant·e est
    bloqué·e dehors. Laissez ensuite le groupe trouver les deux chemins de retour et ce que chacun coûte, avec explain --outcomes.
    Discutez de l'endroit où garder une clé de récupération (papier, gestionnaire de mots de passe) et de la question de savoir si une adresse
    de courriel jetable est un compromis acceptable. Comparez ensuite recovery=key avec recovery=weak-passphrase :
    la sauvegarde nomme le salon dans les deux cas, mais seule la phrase de passe faible livre les clés à la saisie.
    Dix à quinze minutes.
choice-account-recovery-recovery = comment vous aviez mis en place la récupération : pas du tout, une clé de récupération générée, une longue phrase de passe, ou une phrase de passe courte et devinable
choice-account-recovery-email = votre compte a une adresse de courriel (pour réinitialiser le mot de passe)
choice-account-recovery-forgot_password = vous avez oublié votre mot de passe
objective-account-recovery-read-old-messages = Sur le nouvel appareil, vous pouvez lire ce que Noor a envoyé avant que vous perdiez le téléphone.
objective-account-recovery-still-trusted = Le message suivant de Noor vous parvient encore : son application fait toujours confiance à votre identité.
objective-account-recovery-hide-email = La saisie de votre serveur ne révèle aucune de vos adresses de courriel.
objective-account-recovery-backup-stays-locked = La saisie ne peut pas entrer dans votre sauvegarde de clés en devinant.
