# What adversaries learn: one message per finding code, one per rule.

finding-ip-address = { $account } connected from { $ip } ({ $ip_kind }), last at { $last_seen }, using { $user_agents }
finding-ip-address-seen = { $account } used the address { $ip } ({ $ip_kind }) at { $last_seen }
finding-contact-detail = { $account } has the { $medium } { $address } bound to it
finding-public-handle = { $account } matches the public handle { $handle }
finding-device-list = { $account } has the devices { $devices }
finding-session-token = the adversary holds access tokens of { $account } (devices { $devices }) and can act as it
finding-room-membership = { $account } is “{ $membership }” in room { $room } since { $since }
finding-profile = { $account } shows the name “{ $display_name }” and avatar { $avatar }
finding-social-link = { $account } shares rooms { $rooms } with { $contacts }
finding-message-plaintext = { $account } wrote in { $room }: “{ $text }” (read via { $via })
finding-message-metadata = { $event_kind ->
    [m-room-redaction] { $account } deleted one of their messages in { $room } at { $at }: the deletion is itself an event every server keeps, naming the message deleted
   *[other] { $account } sent an encrypted message in { $room } at { $at } ({ $size } bytes of ciphertext)
}
finding-relation = { $account } sent a { $rel_type } to { $target } in { $room } { $key }
finding-presence = { $account } was { $state } at { $at } (status: { $status })
finding-read-receipt = { $account } read { $room } up to { $event_id } at { $at }
finding-typing = { $account } was typing in { $room } at { $at }
finding-account-link = { $account } and { $other_account } look like the same person ({ $via })
finding-traffic = { $subject } connected to { $destination } ({ $destination_kind }) { $requests } times between { $first } and { $last }, { $bytes } bytes

rule-server-ip-log = FACTS §1: user_ips and devices keep client IPs
rule-server-registration-ip = FACTS §1: the registration IP is kept for 48 hours
rule-server-sees-exit = FACTS §5: VPN/Tor: the server sees the exit
rule-server-threepid = FACTS §1: email/phone stored in clear
rule-server-device-list = FACTS §1: device list and names
rule-server-access-token = FACTS §1: access tokens stored in clear
rule-federation-device-list = FACTS §2: device ids and keys cross federation (names only if shared)
rule-federation-state = FACTS §2: membership and profiles are never encrypted
rule-federation-envelope = FACTS §2: every event's envelope is cleartext
rule-federation-cleartext-body = FACTS §2: unencrypted text is stored (and indexed) everywhere
rule-federation-relations = FACTS §2: replies and reactions stay cleartext
rule-federation-edus = FACTS §2: receipts, typing, presence are cleartext
rule-malicious-device-or-puppet = FACTS §3.1: a planted device or puppet got the room key
rule-member-view = FACTS §5: members see what members see
rule-device-store = A device holds its keys and history
rule-network-observer = FACTS §5: the network sees where and when
rule-linking = Guide part 1: shared traits link accounts
finding-push-notification = { $unread_only ->
    [true] { $subject }: the unread count dropped to { $unread } at { $at }, sent through { push-carrier } — a sign of reading
   *[false] a notification for { $subject } went through { push-carrier } at { $at }: room { $room }, event { $event_id }, unread rooms: { $unread }{ $format ->
        [full] ; { $event_type } from { $sender_name } ({ $sender }) in “{ $room_name }”{ $content ->
            [plaintext] , saying “{ $text }”
            [ciphertext] , with its ciphertext (no words)
            [membership] , with the invite's content
           *[none] {""}
        }
       *[event-id-only] {""}
    }
}
push-carrier = { $service ->
    [google] Google's push service (via the app's push gateway)
    [apple] Apple's push service (via the app's push gateway)
    [unifiedpush] the UnifiedPush distributor { $distributor }
   *[other] { $service }
}
rule-push-gateway = FACTS §1, §5: the push gateway and push service see each notification the homeserver posts
rule-operator-live-view = FACTS §6: a Signal-like operator watching live sees addresses and group sends
finding-identity-changed = { $account }'s identity changed at { $at }: the app warns { $verified ->
    [true] and, since it had verified them, gives them no room keys until they are verified again
   *[other] but, never having verified them, keeps giving room keys to their newly signed devices
}
rule-invite-key-bundle = FACTS §3 (2026): the inviter's app sent the keys to earlier messages with the invite
rule-server-request-log = FACTS §1: homeserver.log and the proxy's access log keep client IPs under their own rotation
rule-mas-session-ip = FACTS §1: MAS keeps each session's last IP and each sign-up's IP for 30 days
rule-identity-lookup = FACTS §5: an email or phone published on the identity server ("Discovery") gives your Matrix ID to anyone who has it and looks it up
rule-identity-server-bindings = FACTS §5: the identity server holds every email and phone published there, with its Matrix ID
rule-call-peer = FACTS §5: in a peer-to-peer call (Element's default) the other party's app gets your address and receives your voice from it
rule-call-candidates-cleartext = FACTS §2 + §5: in an unencrypted room the call's candidates, with the addresses, are stored in cleartext on every server in the room
rule-turn-relay = FACTS §5: the homeserver's TURN relay carrying a call sees the address of both ends
finding-key-backup = { $account } backs up the keys of room { $room } on the server: the room and { $sessions } session ids (each one sender's conversation) are in the clear, even where no message can be read
finding-recovery-passphrase = { $account }'s recovery comes from a passphrase whose salt and { $iterations } iterations sit in the clear beside the encrypted backup key: a copy of the server lets anyone guess at leisure, offline. { $weak ->
    [true] This passphrase is weak: guessing finds it, and with it the { $sessions } room keys in the backup
   *[other] A long, random passphrase holds
}
rule-server-key-backup = FACTS §1 (Key backup): e2e_room_keys keeps room and session ids in the clear
rule-server-secret-storage = FACTS §1 (Secret storage): the passphrase's salt and iterations are stored beside it
