scenario-first-connection = The first connection
scenario-first-connection-briefing =
    You are Rosa, a tenant organiser. Your group talks in a room shared by two servers:
    bigchat.example, a large public server, and collective.example, a small server run by a collective.
    Pick your homeserver, your username, how you connect and whether you give your email.
    Half an hour in, police seize bigchat.example and copy its database — and keep watching it.
    Your public social media handle is “riverside_rosa”.
scenario-first-connection-debrief =
    A server keeps the addresses, email, access tokens and device names of its own users only
    (other servers in your rooms get your device list, but only ids and keys), so what the raid on
    bigchat.example exposed depended first on where your account lives. Reaching
    the server through a VPN or Tor puts the exit's address in its logs instead of your home's; a
    username reused from your public profile hands out your identity to anyone who sees a message,
    on any server; an email you never gave cannot be seized. What no choice hides: the room's
    member list, names and messages are copied to every server with a member in the room, so the
    raiders read the unencrypted room all the same.
scenario-first-connection-facilitator =
    Run the defaults first and read the findings together, then let pairs change one choice each and
    compare (explain --outcomes shows all 24 runs). Point out that Sam's data leaks whatever Rosa
    does, and that the room was not encrypted: that is the next exercise.
choice-first-connection-server = your homeserver
choice-first-connection-username = your username
choice-first-connection-connection = how you reach your server
choice-first-connection-email = give your email address to the server
objective-first-connection-hide-home-ip = The raiders do not learn your home IP address.
objective-first-connection-hide-email = The raiders do not learn your email address.
objective-first-connection-no-public-handle = The raiders cannot tie your account to your public handle.
