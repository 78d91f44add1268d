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
    The outage hid less than it seems. Read receipts are not room events: Synapse drops those it has
    queued for a server it has been unable to reach for a long time, and a returning server only
    catches up on room events, so east.example never learned how far you had read. South.example,
    which stayed up, did, but only the latest: a server keeps one receipt per person and room, each
    new one replacing the last. Your status is different. Your server re-sends your current presence
    to the room's servers about every 25 minutes while you are online, so east.example learned
    “counting the fund” a quarter of an hour after it came back. Only a status you had already
    changed back before then would have stayed unseen.
    What no choice prevents: every server in the room, including one that was offline, ends up with
    the member list, the names, and the sender, time and size of every message — encrypted or not.
scenario-server-down-facilitator =
    About 15 minutes. Start by asking the group what they expect: does a message sent while a server
    is down ever reach it? Run the defaults (unencrypted, east.example seized) and find the tin
    message in the report. Then switch the seizure to south.example and compare: the messages and your
    status are the same, but now your latest read receipt appears. explain server-down --outcomes
    shows the four runs.
    Discuss resilience (a group chat that survives any single server) against exposure (every server
    in the room is a full copy to protect), and what an outage does and does not erase. Pitfall: the
    lost receipt is not a privacy tool; after a short outage real servers may still deliver it, and
    your next receipt or status reaches every server anyway.
choice-server-down-encrypted = the room is end-to-end encrypted
choice-server-down-seized = the server the police take next morning
objective-server-down-outage-message-unread = The seized server cannot read what you said while east.example was down.
objective-server-down-outage-reads-unseen = The seized server does not know when you read the room during the outage.
