scenario-connecting = Connecting: who sees the way in
scenario-connecting-briefing =
    You are tern, a nurse organising a strike on Ward 7 in an encrypted room with Inés and Teo. Pick
    your homeserver: riverbank.example keeps client IP logs for 90 days and each device's last
    address; lantern.example drops IP history after a day and keeps no device address;
    harbour.example promises "we keep no IP logs" and signs you in through its own login service.
    Pick how you connect: directly from your home line, through a VPN, or through Tor. On day 3 your VPN or Tor
    client breaks after an update and you post from home for a few minutes anyway.
    From day 7 your internet provider logs your line under a court order; on day 30 police seize
    your server.
    On day 5 you call a reporter who asked about the strike, in your encrypted direct chat. Choose
    whether your app may connect calls peer-to-peer (Element's default) or only through your
    server's relay.
scenario-connecting-debrief =
    Two observers sit at the two ends of your connection and see different things.
    Your provider sees the far end of every connection your line opens. Connecting directly, it
    reads the name of your homeserver and the times you were active; through a VPN it sees only the
    VPN provider, through Tor only that you use Tor. The room's encryption plays no part here: TLS
    already hides your messages from the provider, but not where they go, when, or roughly how much.
    The seized server sees the other end: the address each request arrived from. Directly, that is
    your home line; through a VPN or Tor it is the exit's address, which many people share. Its
    admins decide how long those rows live. On riverbank.example the few minutes of day 3 were still
    in the 90-day log when police arrived; lantern.example had long pruned them, and since it keeps
    no last address per device, nothing tied your account to home. Its logs outside the database
    had rotated out too: two weeks for the web server's access log, four days for Synapse's own.
    harbour.example kept its promise about the database and still handed over your home address:
    its web server's access log, which Synapse's settings do not touch, keeps 90 days, and its line
    for your day-3 message names the room and the minute, which the stored message ties to you. Its
    login service (Matrix Authentication Service) keeps each session's last address for 30 days
    and the sign-up's address for 30 days — your sign-up had expired six hours before the raid.
    A promise to keep no IP logs usually covers the database; ask about the logs and the login
    service too. Connecting directly, every
    request carried your home address, whatever the retention. The address you signed up from is
    kept with the sign-up itself only for two days, so a seizure in the first 48 hours would have
    found that too; by day 30 it was gone.
    What no choice here hides: your provider always sees when you are online and how much you send;
    the server still holds your membership, your contacts' names and the time and size of every
    message. A VPN moves trust to the VPN company, which sees both your home address and your
    server; Tor splits that knowledge between relays. This simulation does not model the VPN company
    as an adversary, which is why VPN and Tor look alike in the outcomes.
    The call is a third way in. Peer-to-peer, the reporter's app received your voice straight from your
    connection, and the call set-up it decrypted listed that address: your home line when you connect
    directly, and through Tor too, because Tor does not carry calls and the app sends them around it.
    Through a VPN the reporter saw the VPN's exit. With peer-to-peer off, the call went through your
    homeserver's relay: the reporter saw only the relay, while the relay, run by your server's admins,
    saw both ends during the call. A call can show your address to the person you call; turn off
    peer-to-peer (Settings, Voice & Video) when that matters.
scenario-connecting-facilitator =
    About 15 minutes. Run the defaults (direct, riverbank.example) and read the two adversaries'
    findings side by side: the provider's traffic line names the server; the raid's address line
    shows the home IP. Then let the group switch to Tor and notice the day-3 slip still shows up on
    riverbank.example, then move to lantern.example, and last to harbour.example, whose "no IP
    logs" promise fails through its web server's access log. explain connecting --outcomes shows
    every run; the calls choice decides what the reporter learns.
    Discuss: who could be your network observer (home provider, café or workplace Wi-Fi, a campus);
    why a slip days ago can still be in a log; how to find a server's retention policy before
    signing up, and which questions to ask (the database, the web server's logs, the login
    service). Pitfall: learners often conclude a VPN makes them anonymous; steer the talk to whom
    they trust instead, and to the timing that the provider sees in every case.
choice-connecting-connection = how you usually reach your server
choice-connecting-server = your homeserver and its log policy
objective-connecting-isp-cannot-name-server = Your internet provider cannot tell which homeserver you use.
objective-connecting-raid-no-home-ip = The seized server holds no record of your home IP address.
objective-connecting-isp-sees-when = See what no tool hides: your provider still knows when you are online.
choice-connecting-calls = how your app connects a 1:1 call
objective-connecting-call-no-home-ip = The person you call does not learn your home IP address.
