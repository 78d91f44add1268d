# Scenario diagnostics: diag-<code> says what is wrong, diag-<code>-help what to do.

diag-toml-syntax = this is not valid TOML: { $detail }
diag-toml-syntax-help = fix the TOML syntax here (quotes, brackets, “key = value”); `glasshouse check FILE` re-checks it
diag-unknown-field = unknown field: { $detail }
diag-unknown-field-help = remove the field or correct its spelling; the scenario format reference lists every field
diag-missing-field = a required field is missing: { $detail }
diag-missing-field-help = add the missing field to this table
diag-wrong-type = wrong kind of value: { $detail }
diag-wrong-type-help = write the value with the expected type (quotes for text, true/false, whole numbers, [lists])
diag-invalid-id = “{ $id }” is not a valid identifier
diag-invalid-id-help = use lower-case letters, digits, “-” and “_” (device ids: letters, digits, “-”, “_”), at most 64 characters
diag-duplicate-id = the { $kind } id “{ $id }” is used twice
diag-duplicate-id-help = give every { $kind } its own id
diag-no-servers = the scenario has no servers
diag-no-servers-help = add at least one [[servers]] table with a name
diag-no-learner = no person is the learner
diag-no-learner-help = mark the learner's own account with “learner = true” in [[people]]
diag-many-learners = “{ $id }” is a second learner
diag-many-learners-help = exactly one [[people]] entry may have “learner = true”; use alias_of for the learner's second account
diag-invalid-server-name = “{ $value }” is not a valid server name
diag-invalid-server-name-help = use a host name like “chat.example” (lower case, digits, dots, hyphens), optionally with “:port”
diag-invalid-username = “{ $value }” is not a valid Matrix localpart
diag-invalid-username-help = use lower-case letters, digits and . _ = - / +
diag-duplicate-account = two accounts would both be { $mxid }
diag-duplicate-account-help = change the username or the server of one of them
diag-invalid-ip = “{ $value }” is not an IP address
diag-invalid-ip-help = write an IPv4 or IPv6 address; use documentation ranges such as 203.0.113.0/24
diag-invalid-value = “{ $value }” is not allowed here
diag-invalid-value-help = use one of: { $allowed }
diag-unknown-server = there is no server “{ $name }”
diag-unknown-server-help = declare it in [[servers]] or use one of: { $known }
diag-unknown-person = there is no person “{ $id }”
diag-unknown-person-help = declare them in [[people]] or use an existing id
diag-unknown-room = there is no room “{ $id }”
diag-unknown-room-help = declare it in [[rooms]] or use one of: { $known }
diag-unknown-adversary = there is no adversary “{ $id }”
diag-unknown-adversary-help = declare it in [[adversaries]] with this id, or use one of: { $known }
diag-unknown-message = no earlier message labelled “{ $label }” in room { $room }
diag-unknown-message-help = give the earlier “say” step in that room “label = “{ $label }”” or fix the label
diag-unknown-device = { $person } has no device “{ $id }”
diag-unknown-device-help = name one of the person's devices, or add it with a new_device step
diag-duplicate-device = the device id “{ $id }” is used twice for this account
diag-duplicate-device-help = give each device of an account its own id (a lost or signed-out device keeps its id)
diag-unknown-choice = “{"{"}{ $key }{"}"}” names no choice
diag-unknown-choice-help = declare it under [choices], e.g. { $key } = { "{" } values = [...], default = ... { "}" }
diag-choice-empty = the choice { $key } has no values
diag-choice-empty-help = list at least one value in “values”
diag-choice-no-default = the choice { $key } has no default
diag-choice-no-default-help = add “default = …” with one of its values; it is used when the learner does not choose
diag-choice-default-not-allowed = the default “{ $value }” of { $key } is not one of its values
diag-choice-default-not-allowed-help = use one of: { $allowed }
diag-choice-duplicate-value = { $key } lists the value “{ $value }” twice
diag-choice-duplicate-value-help = remove the repeated value
diag-choice-unused = the choice { $key } is never used
diag-choice-unused-help = use it as “{"{"}{ $key }{"}"}” in a field, or remove it
diag-choice-mixed-types = { $key } mixes { $expected } and { $found } values
diag-choice-mixed-types-help = every value of a choice must have the same type
diag-invalid-time = “{ $value }” is not a time
diag-invalid-time-help = write H:MM, H:MM:SS or “Nd H:MM” (N days later), e.g. "0:05" or "30d 9:00"
diag-time-backwards = this step at { $at } comes after a step at { $previous }
diag-time-backwards-help = keep the script in time order
diag-step-no-action = this step does nothing
diag-step-no-action-help = add one action: say, react, read, typing, presence, join, leave, connect, new_device, verify, server_down, server_up, inject_device or add_puppet
diag-step-many-actions = this step has more than one action
diag-step-many-actions-help = split it into one [[script]] step per action
diag-server-offline = { $name } is offline at { $at }, so this cannot happen
diag-server-offline-help = move the step after the matching server_up, or bring the server up earlier
diag-server-already-offline = { $name } is already offline
diag-server-already-offline-help = remove this server_down or add a server_up before it
diag-server-already-online = { $name } is already online
diag-server-already-online-help = remove this server_up or add a server_down before it
diag-not-a-member = { $id } is not a member of { $room } at this point
diag-not-a-member-help = add them to the room's members, or add a join step before this one
diag-already-member = { $id } is already a member of { $room }
diag-already-member-help = remove the repeated membership
diag-room-no-members = the room { $id } has no members
diag-room-no-members-help = list at least one member; the first one creates the room
diag-missing-required-contact = { $id } must bind an { $medium } on { $server } but has none
diag-missing-required-contact-help = give the person an { $medium } (email = "…" / phone = "…") or choose a server that does not require one
diag-contact-already-bound = { $id } binds { $address } on { $server }, which already binds it to { $first }: a server binds an email address or phone number to one account only, so Synapse refuses the second
diag-contact-already-bound-help = put the second account on another server, give it another address, or do not bind one (bind_email = false / bind_phone = false)
diag-call-not-one-to-one = { $room } has { $count } members: a call here is a 1:1 call, to the one other member of a two-person room (a direct chat)
diag-call-not-one-to-one-help = call in a room with exactly two members at that time, e.g. a direct chat created for the two people
diag-passphrase-without-recovery = { $id } has a recovery passphrase but no recovery key: the passphrase only unlocks a recovery key (Secure Backup)
diag-passphrase-without-recovery-help = set recovery_key = true for this person, or remove recovery_passphrase
diag-adversary-no-kind = this adversary has no kind
diag-adversary-no-kind-help = add one of: compromise, malicious_admin, insider, network_observer, seized_device, push_gateway, contact_lookup, identity_server
diag-adversary-many-kinds = this adversary has more than one kind
diag-adversary-many-kinds-help = declare one [[adversaries]] table per kind
diag-adversary-wrong-kind = { $id } is not a { $needed }
diag-adversary-wrong-kind-help = only a malicious_admin adversary can inject devices and add puppets
diag-adversary-too-early = { $id } acts at { $at } but only starts at { $starts }
diag-adversary-too-early-help = move the step later or make the adversary start earlier (at = …)
diag-admin-foreign-account = { $id } lives on { $server }, not on the admin's server { $admin_server }
diag-admin-foreign-account-help = a server can add devices only to its own users (FACTS §3); pick an account on { $admin_server }
diag-reset-signs-own-device = “{ $id }” is one of { $who }'s own devices, not one the admin added: an identity reset signs the admin's device
diag-reset-signs-own-device-help = name the device an earlier inject_device step added to { $who }, or a new id for a device the reset adds
diag-account-missing = { $id } has no account in this run
diag-account-missing-help = the account does not exist with these choices (exists = false); pick an account that exists
diag-unknown-finding = “{ $value }” is not a finding code
diag-unknown-finding-help = use one of: { $known }
diag-objective-no-condition = the objective { $id } has no condition
diag-objective-no-condition-help = add adversary_must_not_learn = { "{" } … { "}" } or adversary_learns = { "{" } … { "}" }
diag-objective-many-conditions = the objective { $id } has two conditions
diag-objective-many-conditions-help = split it into two objectives
diag-self-verification = { $id } cannot verify themselves
diag-self-verification-help = list other people here
diag-unknown-chapter = “{ $chapter }” is not a chapter of the book
diag-unknown-chapter-help = use one of: { $known }
diag-switch-malformed = this switch is not { "{" } choice = "…", cases = { "{" } … { "}" } { "}" }
diag-switch-malformed-help = write it as { "{" } choice = "KEY", cases = { "{" } VALUE = …, OTHER = … { "}" } { "}" }, with one case per value of the choice and nothing else
diag-switch-case-missing = the switch on { $key } has no case for { $value }
diag-switch-case-missing-help = add { $value } = … to its cases (lists are written comma-separated, e.g. "dana,kit")
diag-switch-case-unknown = the switch on { $key } has a case “{ $value }” that the choice cannot take
diag-switch-case-unknown-help = the choice's values are { $allowed }; rename or remove the case
diag-choice-value-unused = the value { $value } of { $key } builds exactly the same world as { $same }
diag-choice-value-unused-help = a learner's pick must make a difference: use the value somewhere (a switch case or a field), or remove it
diag-prose-syntax = the prose file does not parse ({ $detail })
diag-prose-syntax-help = fix the Fluent syntax here: a message is “key = text” at the start of a line, continuation lines are indented
diag-prose-missing = { $file } has no message { $key }
diag-prose-missing-help = add “{ $key } = …” to { $file } (glasshouse new NAME writes a file with every key)
diag-prose-unknown-key = { $key } is not a message this scenario uses
diag-prose-unknown-key-help = check the spelling; the scenario's keys are: { $expected }
diag-no-device = { $id } has no device left at { $at }: every one was lost
diag-no-device-help = add a recover step for { $id } before this one, or lose the device later
diag-push-service-unavailable = the first device of { $id } ({ $device }) cannot get push through { $service }: { $reason ->
    [f-droid] an F-Droid build carries no Google code, so no Google push
    [apple-device] an iPhone or iPad only has Apple's push service
    [android-device] Apple's push service reaches only Apple devices
   *[other] { $reason }
}
diag-push-service-unavailable-help = { $reason ->
    [f-droid] use push = "unifiedpush" with a push_distributor (what the F-Droid builds offer), or push = "none" (the app checks for messages itself)
    [apple-device] use push = "apple", or push = "none"
   *[other] use push = "google" or "unifiedpush" on an Android phone, or push = "none"
}
diag-push-distributor-missing = { $id } gets push through UnifiedPush, but no distributor is named
diag-push-distributor-missing-help = add push_distributor = "SERVER", the server of the distributor the person picked (for example "ntfy.sh"): it sees every notification
