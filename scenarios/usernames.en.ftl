scenario-usernames = Usernames: a name that points back to you
scenario-usernames-briefing =
    You are Sol, a tenant in Block C. On a public social network you post as @saltmarsh_sol, with
    the name Sol Marsh on your profile. You are opening a Matrix account on quietnest.example, a
    small server nobody attacks here, to speak in the Eastside housing forum, a public room on
    megahub.example. Pick your username (the part before the colon in your Matrix ID) and the
    display name the room shows. A friendly “neighbour” who joins the forum reports to the landlord,
    and later megahub.example hands over everything it holds.
scenario-usernames-debrief =
    Your username and your display name travel with every message and sit in the room's member list,
    which is never encrypted. Every server with a member in the room keeps a copy, and every member
    sees them, so the stranger in the forum tied your account to your public profile as quickly as
    the big server did — without breaking into anything, and although your own server was never
    touched. The two fields leak separately: changing the username but keeping Sol Marsh as the
    display name (or the other way round) still points back to you.
    What prevents it: a fresh name used nowhere else, for both fields. Random short nouns reveal
    nothing about you, and neither does a display name that is not the one on your public profile.
    What no name prevents: the forum is public and unencrypted, so the stranger and the server read
    every word you post, and the details in those words — your block, the invoices, the meeting —
    can identify you on their own. A name only keeps your messages from being filed under your real
    identity automatically.
scenario-usernames-facilitator =
    About 10 minutes. Before running anything, ask learners to write down the usernames they use
    elsewhere and check whether they reused one on Matrix. Run the defaults, then point at the two
    adversaries: the stranger learns exactly what the seized server learns about Sol's identity.
    Change one field at a time (explain usernames --outcomes shows the four runs) so the group sees
    that both fields matter. Discuss how they would search for a reused name (search engines,
    username lookup sites) and how content can identify someone even under a perfect pseudonym.
    Pitfall: a name that is “a bit like” the old one (saltmarsh, s.marsh) is not flagged by the
    simulation, but a person searching for it would find it.
choice-usernames-username = your Matrix username
choice-usernames-display_name = the display name shown in the room
objective-usernames-handle-stays-apart = Nobody can tie your account to your public handle @saltmarsh_sol.
objective-usernames-profile-name-stays-apart = Nobody can tie your account to the name on your public profile.
objective-usernames-strangers-read-public-rooms = See what no name hides: a stranger in a public room reads what you post.
