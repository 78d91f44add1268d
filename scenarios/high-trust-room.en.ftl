scenario-high-trust-room = The high-trust room
scenario-high-trust-room-briefing =
    You, Dana and Kit share an encrypted room and have verified each other. The admin of Dana's
    server turns against you: at 0:04 it adds a hidden device to Dana's account, at 0:05 it adds a
    puppet account to the room. At 0:08 you post the plan. Decide whether your client shares the
    room key with every device, only with devices their owner has cross-signed (today's default),
    or only with people you verified — and whom you verified.
scenario-high-trust-room-debrief =
    A malicious server admin cannot read encrypted messages directly, but can add a device to an
    account it hosts, or an account of its own to the room. Clients that share room keys with every
    device hand the key to the intruder; "only send to verified" withholds it from every unverified
    device, the admin's included. What verification cannot hide: membership, names, timing and
    sizes stay visible to every server in the room.
scenario-high-trust-room-facilitator =
    Show the unverified device appearing in Dana's device list at 0:04 and the puppet joining at
    0:05, then compare sends_to=all, cross-signed and verified (cross-signed stops the
    hidden device but not the puppet). Discuss the cost: unverified friends
    cannot read either, so everyone must verify everyone.
choice-high-trust-room-sends_to = which devices get your room keys
choice-high-trust-room-verified = whom you verified
objective-high-trust-room-keep-the-plan-secret = The malicious admin cannot read your messages.
objective-high-trust-room-see-what-verification-cannot-hide = See for yourself: verification does not hide that you are in the room.
objective-high-trust-room-dana-still-reads = Dana, your comrade, can still read the plan on her own phone.
