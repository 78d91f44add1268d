scenario-other-platforms = The same chat elsewhere
scenario-other-platforms-briefing =
    You are Juniper, organising a housing action group with Ravi and Tess. Pick where the group
    talks: a Matrix room across two community servers, a Signal-like messenger, a Telegram-like
    group or a Discord-like server, and whether you connect directly or through Tor. The operator
    of the service you rely on — or, on Matrix, your own homeserver — is compromised from the start.
scenario-other-platforms-debrief =
    What an operator sees is decided by the design, not by its promises. Signal-like services
    encrypt every chat end to end, keep profiles and group lists encrypted and store almost
    nothing, but the account is your phone number, and the traffic itself talks: each group
    message leaves as one request that lists every recipient, sent from the sender's address. An
    operator watching live learns who is in the group and when it talks, and from a home address
    who wrote; Tor hides who wrote, not who received. Telegram-like groups and Discord-like servers
    are not end-to-end encrypted: the operator stores every word, every member and your number or
    email. Matrix sits in between: in an encrypted room no server reads the words, but each server
    in the room sees who is in it, when they write and to whom they reply — and you may choose a
    server you trust, or run one. On every service the operator sees your IP address unless you
    connect through Tor or a VPN. Telegram's one-to-one secret chats, which are end-to-end
    encrypted, are not modelled here.
scenario-other-platforms-facilitator =
    Run the four services side by side (explain --outcomes) and fill a table on the board: words,
    group membership, phone or email, IP. Then discuss the trade-offs the table does not show:
    phone numbers as identity, moderation, bots, who can run a server. Fifteen minutes.
choice-other-platforms-service = where the group talks
choice-other-platforms-connection = how you connect
objective-other-platforms-hide-the-words = The operator cannot read what you wrote.
objective-other-platforms-hide-the-group = The operator cannot tell that you are in the group.
objective-other-platforms-hide-number-and-email = The operator does not hold your phone number or email address.
objective-other-platforms-hide-home-ip = The operator does not learn your home IP address.
