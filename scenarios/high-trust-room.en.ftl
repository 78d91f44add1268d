scenario-high-trust-room = The high-trust room
scenario-high-trust-room-briefing =
    You, Dana and Kit share an encrypted room and have verified each other. The admin of Dana's
    server turns against you: at 0:04 it adds a hidden device to Dana's account. At 0:06 you post a
    check-in. At 0:07 the admin goes further: its server replaces Dana's cryptographic identity with
    one of its own and signs the hidden device with it. At 0:08 you post the plan. Decide whom your
    app gives the room key to: devices their owner has cross-signed (what apps do today, the
    default), every device (the older behaviour), or only people you verified; and decide whom you
    had verified.
scenario-high-trust-room-debrief =
    A malicious server admin cannot read encrypted messages directly, but it controls the accounts it
    hosts. A device it slips into Dana's account is not signed by Dana, so a 2026 app refuses it the
    key; only the older "every device" behaviour hands it over. So the admin resets Dana's identity:
    its server runs the password check that guards new cross-signing keys, uploads keys of its own
    and signs its device with them. Every app in the room then shows that Dana's identity changed.
    An app that had verified Dana stops giving her keys until you verify her again; an app that had
    not verified her only warns, and gives the key to the admin's newly signed device. That is why
    verifying in person still matters, and why a changed identity is an alarm: call Dana before you
    write anything else. While the warning stands, Dana's real phone gets no keys either. What
    verification cannot hide: membership, names, timing and sizes stay visible to every server in
    the room.
scenario-high-trust-room-facilitator =
    Run the defaults first: the hidden device appears in Dana's device list at 0:04 but gets no key,
    and at 0:07 your screen warns that Dana's identity changed. Then run verified=kit: the same
    warning, but now the plan goes to the admin's device. Compare sends_to=all (the older behaviour:
    the hidden device reads the check-in too) and sends_to=verified. Discuss what your group would
    do on seeing "identity changed", and the cost of strict settings: an unverified friend reads
    nothing either.
choice-high-trust-room-sends_to = which devices get your room keys
choice-high-trust-room-verified = whom you had verified
objective-high-trust-room-keep-the-plan-secret = The malicious admin cannot read your messages.
objective-high-trust-room-see-what-verification-cannot-hide = See for yourself: verification does not hide that you are in the room.
objective-high-trust-room-dana-still-reads = Dana, your comrade, can still read your messages on her own phone.
objective-high-trust-room-see-the-warning = See for yourself: your app warns you that Dana's identity changed.
