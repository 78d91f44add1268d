scenario-public-room-insider = The insider in the public room
scenario-public-room-insider-briefing =
    You are Marta, a tenant at Calle Olmo 14, with an account on plaza.example. Your neighbours talk in
    an open room anyone can join; its members sit on four servers, and one of them is a friendly
    stranger, “helper”, who asks where the meeting is. Choose the username you sign up with, the name and
    picture you show in the open room, where the meeting address goes (a public follow-up room, or an
    invite-only encrypted room for you, Lee and Kai), and, since you create that room, whether people
    who join later can read what was said before they came. At 0:40 you leave the open room. The next
    day the stranger turns up in the follow-up room too: he finds the public one, or Kai, who liked his
    offer to help, invites him into the private one. At 0:30 you may have second thoughts and delete
    the meeting post. Six weeks later the police seize tiny.example, Kai's small server.
scenario-public-room-insider-debrief =
    Everything said in the open room was copied to all four servers, each copy carrying your server's
    signature, so whoever holds one can show it is genuine. Leaving only added a “leave” event: the
    seized server still had every word six weeks later. The stranger needed no hacking at all; a
    member's screen shows the text, names, pictures, member list, replies, reactions, presence and read
    receipts. A username reused from your social media, or your real name and photo as your profile,
    told both adversaries who was behind the account; a fresh username and a pseudonym cut that tie.
    The meeting address was safe only in the invite-only encrypted room, and only if the room showed
    newcomers nothing from before they joined. With shared history, the usual setting, apps since 2026
    hand over the past when they invite: Kai's app sent the stranger, with the invite, the keys to the
    messages already in the room, and he read the address as if he had been there. With history from
    joining, Kai's app shared nothing, and the room showed the stranger only that you had written
    something, when, and how long it was. The seized server kept no more than that: ciphertext, its
    size, time and sender (and, where Kai's app shared the history, the encrypted bundle of keys it
    uploaded there, which the server cannot open). No choice here hides what you said in the open
    room, that you were in both rooms, or your reply to the stranger: say in public only what you
    could stand to see quoted under your name. Deleting the meeting post was not deletion either: the
    deletion is itself an event every server keeps, so both adversaries learned that you took something
    back, and when. Lee and Kai had already seen the address. The stranger, arriving the next day, saw
    only “message deleted” — that much it did do. But every server kept the original for seven days,
    and Synapse's search index keeps the words of an unencrypted message even after that: six weeks on,
    the seized server could still read the address from the public room. Only encryption kept it from
    the server.
scenario-public-room-insider-facilitator =
    Start with the defaults and read out the stranger's findings: that is what any member sees. Then let
    small groups try the thirty-two combinations (explain --outcomes lists them) and find the one that meets
    both “must not learn” goals. Point at the third objective: it is met in every run, because leaving a
    room deletes nothing. Discuss who could be “helper” in your own public rooms, what you would still
    post there, why Marta's reply to the question is itself a finding, and why the invite-only room
    protected the address only when its history started at each member's join: once the stranger had
    talked his way in, Kai's own app handed him the past.
choice-public-room-insider-username = the username you register on plaza.example
choice-public-room-insider-face = the name and picture you show in the open room
choice-public-room-insider-follow_up = where the meeting address goes
choice-public-room-insider-delete = whether you delete the meeting post at 0:30, before the stranger arrives
choice-public-room-insider-history = what people who join the follow-up room later can read: everything said before (shared) or only what follows their join (joined)
objective-public-room-insider-not-tied-to-you = Nobody can tie the account to your public social media name or handle.
objective-public-room-insider-address-stays-private = Neither the stranger nor the seized server reads the meeting address.
objective-public-room-insider-leaving-erases-nothing = See for yourself: weeks after you left, the seized server still reads what you said in the open room.
