scenario-account-recovery = Losing your only device
scenario-account-recovery-briefing =
    You are Lark. Your only device, a phone, holds the keys to an encrypted room you share with Noor,
    whose client only sends messages to people she has verified — you included. At 0:10 the phone
    falls into the river; at 0:20 you sign in on a borrowed laptop. Decide whether you had set up a
    recovery key, whether your account has an email address, and whether you still remember your
    password. Forty minutes in, your server is seized.
scenario-account-recovery-debrief =
    Room keys live on devices. Lose the last one and, without a recovery key, the history you could
    read goes with it: the new device holds no keys, and because you must reset your cryptographic
    identity, everyone who verified you has to do it again — until then, a friend who only sends to
    verified people sends nothing you can read. A recovery key (Secure Backup) restores both the
    keys and the identity. A forgotten password is a separate problem: resetting it needs an email
    or phone number bound to the account, which the server keeps in clear text and hands to whoever
    seizes it; without one, the account is simply lost. Write the recovery key down and keep it
    offline, apart from the device. The backup itself is not invisible: the server stores, in the
    clear, which rooms you hold keys for and how many conversations, so a raid learns where you talk
    even when it can read nothing. And if your recovery comes from a passphrase, the server keeps
    what is needed to test guesses against it: a raid can try passphrases offline, for as long as it
    likes. A short or common one falls, and every key in the backup with it. Use the generated key,
    or a long passphrase of random words.
scenario-account-recovery-facilitator =
    Start with the defaults (no recovery key, no email, forgotten password): the learner is locked
    out. Then let the group find the two ways back and what each costs, using explain --outcomes.
    Discuss where to keep a recovery key (paper, a password manager) and whether a throwaway email
    address is an acceptable middle ground. Then compare recovery=key with recovery=weak-passphrase:
    the backup names the room either way, but only the weak passphrase hands the raid the keys.
    Ten to fifteen minutes.
choice-account-recovery-recovery = how you set up recovery earlier: not at all, a generated recovery key, a long passphrase, or a short, guessable passphrase
choice-account-recovery-email = your account has an email address (for password resets)
choice-account-recovery-forgot_password = you have forgotten your password
objective-account-recovery-read-old-messages = On the new device you can read what Noor sent before you lost the phone.
objective-account-recovery-still-trusted = Noor's later message still reaches you: her client still trusts your identity.
objective-account-recovery-hide-email = The raid on your server does not reveal an email address of yours.
objective-account-recovery-backup-stays-locked = The raid cannot guess its way into your key backup.
