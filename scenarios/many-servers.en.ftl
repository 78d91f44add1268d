scenario-many-servers = Many servers: how much one seizure takes
scenario-many-servers-briefing =
    You are Fennel, one of ten members of the Eastside food co-op. All ten talk in the co-op room;
    four of you also run the wholesale buying group in a second room. Choose the layout: everyone on
    one big server, hub.example, or each member on a small server of their own (you on s1.example,
    Bo on s3.example, and so on). Choose whether both rooms are encrypted. Half an hour in, one
    server is seized: in the one-server world that is hub.example, in the ten-server world it is
    Bo's s3.example.
scenario-many-servers-debrief =
    A homeserver logs the addresses of its own users and nobody else's. On hub.example the seizure
    found ten connection records, one per member, yours among them; on s3.example it found one,
    Bo's. Count the ip-address lines in the two reports: that is the share of connection details one
    seizure takes, all of them or a tenth. The same holds for access tokens, which let the raiders
    act as those accounts. Rooms are another matter: every server with a member in a room keeps the
    whole room, so Bo's small server held the co-op room complete — every member, every name and,
    without encryption, every word. It saw nothing of the buying group, where it has no member.
    What prevents it: spreading users over many servers limits the addresses and accounts one
    seizure exposes; encryption is what keeps the text from every server in the room, large or
    small.
    What no layout prevents: membership, display names, device lists and the time of each message
    reach every server in the room, so the seized server always knows who is in the co-op room and
    when they speak. Many servers also means many admins to trust, and a small server may be less
    well run; decentralisation spreads the risk, it does not remove it.
scenario-many-servers-facilitator =
    About 15 minutes. Run layout=one and layout=ten without encryption and have the group count the
    ip-address findings (10 against 1; run --format json shows them as exposure.by_code). Then ask
    why the co-op messages leaked in both layouts, and turn encryption on. The buying group is the
    surprise: in the ten-server world the seized server never heard of it. Link to the guide's
    100-users-on-10-servers example and, for larger numbers, to glasshouse scale (for instance scale
    --servers 100 --users 1000 --dist zipf:1.1 --compromise top:5). Discuss who would run ten
    servers in a real group and what that costs. Pitfall: learners read “one in ten” as “ten times
    safer”; for the people on the seized server nothing changed.
choice-many-servers-layout = one big server or one small server each
choice-many-servers-encrypted = both rooms are end-to-end encrypted
objective-many-servers-your-address-stays-out = The seized server does not hold your IP address.
objective-many-servers-co-op-text-unread = The seized server cannot read what you wrote in the co-op room.
objective-many-servers-buying-group-unseen = The seized server does not know you are in the buying group.
objective-many-servers-co-op-membership-shows = See what no layout hides: the seized server knows you are in the co-op room.
