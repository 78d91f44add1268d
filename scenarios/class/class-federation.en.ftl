scenario-class-federation = Class federation: one room, four servers, one raid
scenario-class-federation-briefing =
    You join a small federation together with the rest of the class. Pick a homeserver:
    bigchat.example keeps the addresses its users connect from for 28 days; collective.example keeps
    none; harbour.example promises "no IP logs" but its web proxy keeps an access log for 90 days;
    campus.example keeps addresses for a whole term. Pick how you connect (directly from home,
    through a VPN, or through Tor) and whether you give the server your email address. Then chat in
    the workshop room in your own words. Later one server is seized, or the friendly newcomer Sunny
    turns out to pass on what they see.
scenario-class-federation-debrief =
    The seized server learned about the people whose accounts it holds: the addresses they came
    from, for as long as its settings and its logs kept them, and the email addresses they gave.
    It also holds the whole workshop room, because one of its users is a member: in an unencrypted
    room that is every message, whoever's server they were sent from. Sunny, in the room, saw every
    message and every member whatever the servers did. Compare your debrief with your neighbour's:
    the same room, different servers and connections, different exposure.
scenario-class-federation-facilitator =
    About 30 to 45 minutes for a class of 10 to 60. Open joining and let everyone pick; start the
    chat for five minutes; close it; raid the server most people chose, then reveal. Let each
    person read their own debrief first, then show the class picture.
    Discuss: who picked the server that was seized, and why; what the people on collective.example
    lost and what they kept; why everyone's messages were read even though only one server was
    seized; what Sunny learned that no server setting prevents. Then change and replay: let people
    change their choices (or turn on encryption) and raid the same server again.
    Pitfall: people take the "no IP logs" promise at its word; point to the proxy's access log.
choice-class-federation-server = your homeserver
choice-class-federation-connection = how you connect to your server
choice-class-federation-email = give your email address to the server
choice-class-federation-encrypted = the workshop room is encrypted
