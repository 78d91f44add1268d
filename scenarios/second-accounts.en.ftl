scenario-second-accounts = Second accounts: keeping two faces apart
scenario-second-accounts-briefing =
    You are Marisol Reyes, spokesperson of a tenants' union. As @mreyes:plaza.example you answer
    questions in the union's public channel, under your own name, photo and email. For the rent
    strike planning room (encrypted, with Ana on den.example and Jun on plaza.example) you open a
    second account, heron, on a second server: agora.example, another big public server, or
    den.example, a small server abroad run by people you trust. Choose where heron lives, whether it
    shows your name and your photo, whether it connects from your home line or over Tor, and whether
    you give it the same email. Half an hour in, one police raid seizes plaza.example and
    agora.example together.
    When you add the email to heron, Element offers to make it discoverable on the identity server
    ("Discovery") so that people who have it can find you: choose whether you say yes. The landlord's
    lawyer has your public press email and will look it up.
scenario-second-accounts-debrief =
    Nothing in Matrix links two accounts by itself; the traits you give them do. With the defaults
    the raid found four reasons to link them. A display name or a picture shared by both accounts is
    visible to any server with a member in each room: plaza.example had Jun in the planning room, so
    it saw heron's profile even when heron lived on den.example. Uploading the same photo again does
    not help: each upload gets its own link, but anyone can open both pictures and compare them. The
    same home address and the same email are seen by whoever holds the records of both accounts'
    servers. On agora.example heron was on a second server, and it made no difference: the raid took
    agora.example too, and its address log and email table matched plaza.example's. Moving heron to
    den.example, out of the raid's reach, took the address and the email away; Tor alone or no email
    alone did the same for one trait each. A server lets one email belong to one account only, so
    the same email on the same server is not even possible; on two servers it is, and it links them
    for anyone who gets both.
    What prevents a link: a second server out of the same adversary's reach, a name and picture used
    nowhere else, no email (or a different one), and a different way of connecting.
    What no choice here prevents: the planning room is encrypted, so its messages stayed unreadable,
    but the seized servers still saw that heron is a member, who else is in the room, and when heron
    wrote. The simulation also leaves out things that can link accounts in real life: your provider
    seeing one line reach both servers at the same moments, writing style, and the same hours of
    activity.
    Discovery is a link of its own, and it needs no raid. Sharing heron's email on the identity server
    let anyone who has that address find the account: the landlord's lawyer typed in your press email
    and got @heron back. Scrambling the address before asking hides nothing from someone who already
    has it. The identity server's operator holds the pair as well. Leave Discovery off unless you want
    people who have your email or number to find you, and never turn it on for an account you keep apart.
scenario-second-accounts-facilitator =
    About 20 minutes; 64 combinations, so split the group. Run the defaults first: two findings (one
    per account) say the accounts “look like the same person” and list four reasons. Give each pair
    one reason to remove and let them find the choice that does it; then ask which single choice
    removes two reasons at once (den.example, out of the raid's reach). Point out that agora.example
    was already a second server: what matters is who can seize it. Show that name and picture still
    link across servers, because Jun's server sees the private room. explain second-accounts
    --outcomes lists all runs; only a handful meet every objective. Discuss the cost of keeping two
    identities apart every day (two apps or profiles, two passwords, never cross-posting). Pitfall:
    people switch the avatar but keep the same display name, or pick a new name that is their
    initials.
choice-second-accounts-second_server = the server of your second account
choice-second-accounts-same_name = your second account shows your real name
choice-second-accounts-same_avatar = your second account uses your public photo
choice-second-accounts-second_connection = how your second account connects
choice-second-accounts-same_email = give the second account the same email
objective-second-accounts-accounts-stay-apart = The raid cannot link your two accounts by any trait.
objective-second-accounts-no-link-by-address = The raid cannot link your accounts by your home IP address.
objective-second-accounts-no-link-by-email = The raid cannot link your accounts by your email address.
objective-second-accounts-membership-still-shows = See what a second account cannot hide: the room's member list still shows it.
choice-second-accounts-discovery = share the second account's email on the identity server (Discovery)
objective-second-accounts-email-finds-no-account = Someone who has your email cannot look up your second account.
