scenario-server-down = A server goes down: the room carries on
scenario-server-down-briefing =
    You are moss (on north.example) in the rent strike fund room with Lee (south.example) and Kai,
    whose server east.example runs on a small computer in their flat. Twenty minutes in, a power cut
    takes east.example offline for over six hours. While it is down, you tell the room where the
    cash is kept and read the room twice. Choose whether the room is encrypted, and which server the
    police take the next morning: east.example, which was down when you spoke, or south.example,
    which never was.
scenario-server-down-debrief =
    No server owns a Matrix room. While east.example was dark, north and south kept the room going;
    when it came back it asked for what it had missed and stored every message, your note about the
    blue tin included. Saying something “while that server is down” hides nothing from it: unencrypted,
    the seized east.example read the tin message just as south.example would have.
    What prevents it: encryption. Kai's devices got the room keys once east.example returned, but a
    copy of the server's database holds only ciphertext.
    The outage did hide something else. Read receipts and presence are not room events; Synapse
    drops those it has queued for a server it has been unable to reach for a long time, and a
    returning server only catches up on room events. So east.example never learned when you read the
    room or your status while it was down, and south.example, which stayed up, did.
    What no choice prevents: every server in the room, including one that was offline, ends up with
    the member list, the names, and the sender, time and size of every message — encrypted or not.
scenario-server-down-facilitator =
    About 15 minutes. Start by asking the group what they expect: does a message sent while a server
    is down ever reach it? Run the defaults (unencrypted, east.example seized) and find the tin
    message in the report. Then switch the seizure to south.example and compare: the messages are
    the same, but now your read receipts and your status appear. explain server-down --outcomes
    shows the four runs.
    Discuss resilience (a group chat that survives any single server) against exposure (every server
    in the room is a full copy to protect), and what an outage does and does not erase. Pitfall: the
    lost receipts are not a privacy tool; after a short outage real servers may still deliver them.
choice-server-down-encrypted = the room is end-to-end encrypted
choice-server-down-seized = the server the police take next morning
objective-server-down-outage-message-unread = The seized server cannot read what you said while east.example was down.
objective-server-down-outage-reads-unseen = The seized server does not know when you read the room during the outage.
