scenario-forty-members = Forty members, ten verified
scenario-forty-members-briefing =
    You are Linden, on collective.example, in “Depot action assembly”: an encrypted, invite-only room
    with 40 other members on five servers. You have compared emoji in person with ten of them, Dana
    among them. At 0:02 you post a roll call. At 0:04 the admin of shady.example, Dana's server,
    quietly adds a phone to Dana's account; at 0:05 it puts an account of its own, “support-team”, into
    the room. At 0:08 you post the plan. Choose whom your app gives room keys to: devices their owner
    has cross-signed (what apps do today, the default), every device (the older behaviour) or only
    verified users; and whether you verified ten people or all forty.
scenario-forty-members-debrief =
    The admin cannot break the encryption, but it controls the accounts on its own server: it can
    log in a new device as one of its users and add a member of its own. Today's apps give room keys
    only to devices their owner has cross-signed: Dana never signed the new phone, so it gets nothing,
    but the puppet is an account of the admin's own, and the admin signs its devices, so it gets the
    key for the plan and the admin reads it. The older behaviour, sharing with every device, hands the
    key to both intruders. The roll call stayed secret: its key went out before the intruders existed.
    “Only send to verified users” withholds the key from any device your verified contacts did not
    sign themselves and from every account you never verified: the phone in Dana's account and the
    puppet get a refusal (m.unverified) instead of a key. The price is paid by your friends: with ten
    people verified, the thirty others, Noor included, see only “unable to decrypt”. Verifying
    everyone removes that price, and it is a lot of work. What no setting hides: the admin's server is
    in the room, so it still sees the member list and names, everyone's devices, when you post and
    how long each message is, Kit's reaction, Noor's read receipt and presence, and it holds Dana's
    access token. Verification does not help either if one of the ten you trust passes things on.
scenario-forty-members-facilitator =
    Run it with the defaults, then with sends_to=verified, then add verify=everyone: three runs tell
    the story (explain --outcomes shows all six; sends_to=all shows the older behaviour). Show the new GHOSTPHONE in Dana's device list, seen
    even from Noor's screen, and ask who would have noticed it in time. Discuss the trade-off: would
    your group verify forty people, keep sensitive plans to a smaller room, or accept that thirty
    members read nothing? Ask what “verified” proves, and what it does not.
choice-forty-members-sends_to = which devices your client sends room keys to
choice-forty-members-verify = how many of the 40 members you have verified
objective-forty-members-admin-reads-nothing = The malicious admin of shady.example cannot read your messages.
objective-forty-members-the-room-still-reads-you = Noor, a genuine member you never verified, can still read your messages.
objective-forty-members-membership-is-no-secret = See for yourself: the admin knows you are in the room whatever you choose.
