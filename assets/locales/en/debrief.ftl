# The debrief: what the adversaries learned, grouped by what it means, about you first.

debrief-title = What they learned — { $title }
debrief-choices = Your choices: { $choices }
debrief-about-you = About you ({ $count } things)
debrief-about-you-nothing = About you: nothing. None of the adversaries learned anything about you.
debrief-at-risk = People your choices put at risk
debrief-others = Everyone else (your choices did not change what was learned about them)
debrief-person-line = { $name }: { $count } things — { $severity }
debrief-you = you
debrief-yes = yes
debrief-no = no
debrief-and-more = (and { $more } more)
debrief-full-hint = Every finding with its evidence: glasshouse run { $scenario } --full
debrief-more-people = … and { $count } more people: see --full

debrief-group-identity = Who you are
debrief-group-location = Where you are
debrief-group-network = Who you talk to
debrief-group-content = What you said
debrief-group-activity = When you are active
debrief-group-devices = Your devices and sessions

debrief-severity-locate = { $you ->
    [true] they can find where you are
   *[other] they can find where { $name } is
}
debrief-severity-identify = { $you ->
    [true] they can tell who you are
   *[other] they can tell who { $name } is
}
debrief-severity-impersonate = { $you ->
    [true] they can act as you
   *[other] they can act as { $name }
}
debrief-severity-read = { $you ->
    [true] they can read what you said
   *[other] they can read what { $name } said
}
debrief-severity-map-network = { $you ->
    [true] they can map who you are with
   *[other] they can map who { $name } is with
}
debrief-severity-watch = { $you ->
    [true] they can tell when you are active
   *[other] they can tell when { $name } is active
}

debrief-item-ip-address = { $kind ->
    [home] the home internet address { $ip }, last used at { $at }
    [vpn] a VPN's address { $ip } (not a home address), last used at { $at }
   *[other] a Tor exit's address { $ip } (not a home address), last used at { $at }
}
debrief-item-traffic = connections to { $destination } { $kind ->
    [server] (a chat server)
    [vpn] (a VPN)
    [tor] (Tor)
   *[other] {""}
} between { $first } and { $last }
debrief-item-contact-detail = the { $medium ->
    [phone] phone number
   *[other] email address
} { $address }
debrief-item-public-handle = a username that matches the public handle “{ $handle }”
debrief-item-profile = the name “{ $name }”{ $picture ->
    [true] {" "}and a profile picture
   *[other] {""}
}
debrief-item-account-link = { $own ->
    [true] a second account on { $server } belongs to the same person
   *[other] an account on { $server } ({ $other }) looks like the same person
}, given away by { $via ->
    [same-localpart] the same username
    [same-display-name] the same display name
    [same-avatar] the same picture
    [same-ip] the same internet address
   *[other] the same email or phone
}
debrief-item-room-membership = membership of “{ $room }” (since { $since })
debrief-item-social-link = who shares rooms with whom: { $contacts }
debrief-item-message-plaintext = the words “{ $text }”, written in “{ $room }” at { $at }
debrief-item-relation = { $kind ->
    [reaction] the reaction “{ $key }”
    [edit] an edit
    [thread] a thread reply
   *[other] a reply
} in “{ $room }”, and which message it answers
debrief-item-message-metadata = that a message was sent in “{ $room }” at { $at }{ $encrypted ->
    [true] {" "}(its words stay encrypted)
   *[other] {""}
}
debrief-item-presence = being { $state ->
    [online] online
    [unavailable] away
   *[other] offline
} at { $at }{ $status }
debrief-status = , with the status “{ $status }”
debrief-item-read-receipt = reading “{ $room }” at { $at }
debrief-item-typing = typing in “{ $room }” at { $at }
debrief-item-push-notification = a notification through { $service ->
    [google] Google
    [apple] Apple
   *[other] a UnifiedPush server
} at { $at }{ $shows ->
    [text] {" "}that showed the message's words
    [sender] {" "}that showed who wrote
   *[other] {""}
}
debrief-item-device-list = the devices { $devices }
debrief-item-session-token = the sign-in keys of { $devices }: whoever holds them can act as this account
debrief-item-identity-changed = a new identity at { $at }{ $verified ->
    [true] ; apps that had verified it stop sharing keys until it is verified again
   *[other] ; apps only warn
}
debrief-item-key-backup = the keys of { $sessions } conversations in “{ $room }”, kept on the server in a backup whose room names are readable
debrief-item-recovery-passphrase = { $weak ->
    [true] a weak recovery passphrase that can be guessed from a copy of the server, opening { $sessions } backed-up keys
   *[other] a recovery passphrase stored with what is needed to try guesses (a long, random one holds)
}

debrief-prevented = Would have prevented it: { $changes }
debrief-prevented-change = { $label } → { $value }
debrief-prevented-items = { $items } of { $count }
debrief-prevented-or = or
debrief-prevented-none = No choice of yours in this scenario prevents it.
debrief-todo-label = To do:

debrief-todo-hide-address = reach your server through a VPN or Tor
debrief-todo-remove-contact = remove your email or phone
debrief-todo-change-username = use a username, name and picture you use nowhere else
debrief-todo-separate-accounts = keep your second account apart
debrief-todo-review-sessions = sign out sessions you do not use
debrief-todo-verify-again = verify them again, in person
debrief-todo-encrypt-rooms = talk in encrypted rooms
debrief-todo-choose-rooms = share fewer rooms; spread servers
debrief-todo-quiet-activity = turn off read receipts, typing and presence
debrief-todo-private-notifications = hide words and sender in notifications
debrief-todo-strong-recovery = use a recovery key, or a long random passphrase

# The book's findings blocks.
book-findings-meta = What the adversaries learned in { $scenario } with { $choices } (seed { $seed }), from a real run:
book-findings-full = Every finding, with the rule behind it ({ $count })
book-objectives = Objectives
book-met = met
book-missed = missed
col-why = why
