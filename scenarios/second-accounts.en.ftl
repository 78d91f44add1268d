scenario-second-accounts = Second accounts: keeping two faces apart
scenario-second-accounts-briefing =
    You are Marisol Reyes, spokesperson of a tenants' union. As @mreyes:plaza.example you answer
    questions in the union's public channel, under your own name, photo and email. For the rent
    strike planning room (encrypted, with Ana on den.example and Jun on plaza.example) you open a
    second account, heron. Choose where heron lives, whether it shows your name and your photo,
    whether it connects from your home line or over Tor, and whether you give it the same email.
    Half an hour in, plaza.example is seized.
scenario-second-accounts-debrief =
    Nothing in Matrix links two accounts by itself; the traits you give them do. With the defaults
    the raid found four reasons to link them. A display name or a picture shared by both accounts is
    visible to any server with a member in each room: plaza.example had Jun in the planning room, so
    it saw heron's profile even when heron lived on den.example. The same home address and the same
    email are seen only by a server that hosts both accounts: its IP log and its email table put
    them side by side. Moving heron to den.example took the address and the email out of the raid's
    reach; Tor alone or no email alone did the same for one trait each, on the big server.
    What prevents a link: a second server, a name and picture used nowhere else, no email (or a
    different one), and a different way of connecting.
    What no choice here prevents: the planning room is encrypted, so its messages stayed unreadable,
    but the seized server still saw that heron is a member, who else is in the room, and when heron
    wrote. The simulation also leaves out things that can link accounts in real life: your provider
    seeing one line reach both servers at the same moments, writing style, and the same hours of
    activity.
scenario-second-accounts-facilitator =
    About 20 minutes; 32 combinations, so split the group. Run the defaults first: two findings (one
    per account) say the accounts “look like the same person” and list four reasons. Give each pair
    one reason to remove and let them find the choice that does it; then ask which single choice
    removes two reasons at once (the second server). Show that name and picture still link across
    servers, because Jun's server sees the private room. explain second-accounts --outcomes lists
    all runs; only a handful meet every objective. Discuss the cost of keeping two identities apart
    every day (two apps or profiles, two passwords, never cross-posting). Pitfall: people switch the
    avatar but keep the same display name, or pick a new name that is their initials.
choice-second-accounts-second_server = the server of your second account
choice-second-accounts-same_name = your second account shows your real name
choice-second-accounts-same_avatar = your second account uses your public photo
choice-second-accounts-second_connection = how your second account connects
choice-second-accounts-same_email = give the second account the same email
objective-second-accounts-accounts-stay-apart = The seized server cannot link your two accounts by any trait.
objective-second-accounts-no-link-by-address = The seized server cannot link your accounts by your home IP address.
objective-second-accounts-no-link-by-email = The seized server cannot link your accounts by your email address.
objective-second-accounts-membership-still-shows = See what a second account cannot hide: the room's member list still shows it.
