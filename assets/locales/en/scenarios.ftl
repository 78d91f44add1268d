# Prose of the bundled scenarios: titles, briefings, choices and objectives.

scenario-first-connection = The first connection
scenario-first-connection-briefing =
    You are Rosa, a tenant organiser. Your group talks in a room shared by two servers:
    bigchat.example, a large public server, and collective.example, a small server run by a collective.
    Pick your homeserver, your username, how you connect and whether you give your email.
    Half an hour in, police seize bigchat.example and copy its database — and keep watching it.
    Your public social media handle is “riverside_rosa”.
choice-first-connection-server = your homeserver
choice-first-connection-username = your username
choice-first-connection-connection = how you reach your server
choice-first-connection-email = give your email address to the server
objective-first-connection-hide-home-ip = The raiders do not learn your home IP address.
objective-first-connection-hide-email = The raiders do not learn your email address.
objective-first-connection-no-public-handle = The raiders cannot tie your account to your public handle.

scenario-public-vs-encrypted = Public rooms and encrypted rooms
scenario-public-vs-encrypted-briefing =
    A neighbourhood assembly meets in a room that spans three servers. A friendly stranger joined
    early. Ten minutes in, one of the servers is seized. Decide whether the room is encrypted and
    whether anyone may join, and see what each server keeps — and what the stranger sees either way.
choice-public-vs-encrypted-encrypted = end-to-end encrypt the room
choice-public-vs-encrypted-join_rule = who may join
choice-public-vs-encrypted-target = which server is seized
objective-public-vs-encrypted-servers-cannot-read = The seized server cannot read what you wrote.
objective-public-vs-encrypted-assume-a-bad-actor = See for yourself: a member of the room reads everything you write, encrypted or not.

scenario-high-trust-room = The high-trust room
scenario-high-trust-room-briefing =
    You, Dana and Kit share an encrypted room and have verified each other. The admin of Dana's
    server turns against you: at 0:04 it adds a hidden device to Dana's account, at 0:05 it adds a
    puppet account to the room. At 0:08 you post the plan. Decide whether your client shares the
    room key with every device or only with verified ones, and whom you verified.
choice-high-trust-room-sends_to = which devices get your room keys
choice-high-trust-room-verified = whom you verified
objective-high-trust-room-keep-the-plan-secret = The malicious admin cannot read your messages.
objective-high-trust-room-see-what-verification-cannot-hide = See for yourself: verification does not hide that you are in the room.
