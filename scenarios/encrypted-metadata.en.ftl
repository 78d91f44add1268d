scenario-encrypted-metadata = Encrypted, yet watched
scenario-encrypted-metadata-briefing =
    You are Ana, a night nurse helping to organise a union at St Mary's hospital. The drive runs in
    “Ward 4 organising”, an end-to-end encrypted room with Sam (on your server, carers.example), Rafa
    (on nightowl.example) and Jo. Unknown to you, the operator of bigchat.example has been passing
    everything its server receives to the hospital's investigators from the start. Jo only has an
    account there. Choose the name and picture on your profile, whether carers.example sends presence
    at all, and whether Jo joins from bigchat.example or opens an account on carers.example first.
    Your phone runs Element X from Google Play. Choose who carries its notifications (Google's push
    service, a UnifiedPush distributor you picked, or nobody), what the app asks each one to carry,
    and whether carers.example lets the content of a message into its notifications. Besides the
    union room you share an everyday, unencrypted room with Sam: “Night shift swaps”.
scenario-encrypted-metadata-debrief =
    Nobody read a word: the messages travelled as Megolm ciphertext, and only members' devices had the
    keys. Everything around the words still reached each server with a member in the room. The member
    event carries your display name and picture in the clear, so a name that says who and where you are
    gives it away, while a neutral one does not. Presence and its status line go to every server you
    share a room with, unless your server has presence switched off. Each encrypted message still shows
    its sender, device, time and ciphertext length; a reply names the message it answers in the clear;
    a reaction is sent unencrypted with its emoji; read receipts and typing notices are plain ephemeral
    events; the room's name and topic are unencrypted state. Those came from things you did, which
    this exercise does not let you change: in a real client, turning off “send read receipts” keeps
    receipts private on your own server, turning off typing notifications stops those, and fewer
    reactions and replies leave fewer links. The one choice that removed all of it was keeping bigchat.example out of
    the room: a server with no member in a room receives nothing from it. Your own server always sees
    all of this about you.
    Push notifications are a second channel the watching server has nothing to do with. Your server
    posts one to a push gateway for every message you get, encrypted or not, and Google (or Apple, or
    the UnifiedPush distributor you picked) carries it to your phone. Element X asks for event ids
    only: the push service then sees the room's id, the message's id and your unread count — and so
    when each message reached you, and, when the count drops, when you read them. An app that asks
    for the full format also hands it the sender, their display name and the room's name, and, with
    Synapse's default (push.include_content), the message itself: ciphertext in an encrypted room,
    but Sam's words in “Night shift swaps”. Turning push off leaves the push service nothing, at the
    price of a phone that only learns of messages when the app checks by itself.
scenario-encrypted-metadata-facilitator =
    Run the defaults and put the watcher's findings about Ana on the screen: not one message text,
    yet a timeline of her evening. Ask the group what an investigator could infer from it. Then change
    one choice at a time (explain --outcomes has every combination) and note what disappears. Finish by
    listing the client and server settings a group could agree on, and who in your own rooms sits on a
    server you know nothing about.
choice-encrypted-metadata-profile = the display name and picture on your profile
choice-encrypted-metadata-presence = whether carers.example shares presence (online status and status message)
choice-encrypted-metadata-jo_joins_from = where Jo's account lives when Jo joins the room
objective-encrypted-metadata-words-stay-secret = The watching server reads none of your messages.
objective-encrypted-metadata-profile-gives-nothing-away = Your profile does not tell the watching server your name, job and ward.
objective-encrypted-metadata-no-presence = The watching server does not learn when you are online or what your status says.
objective-encrypted-metadata-no-reply-trail = The watching server does not learn which messages you replied or reacted to.
choice-encrypted-metadata-push = who carries your phone's notifications: Google, a UnifiedPush distributor (ntfy.sh), or nobody
choice-encrypted-metadata-push_format = what the app asks each notification to carry: event ids only, or the full notification
choice-encrypted-metadata-include_content = whether carers.example puts a message's content into full notifications (Synapse's push.include_content)
objective-encrypted-metadata-push-shows-no-names = Whoever carries your notifications never sees the union room's name.
objective-encrypted-metadata-push-carries-no-words = Whoever carries your notifications never reads a message sent to you.
objective-encrypted-metadata-push-sees-no-timeline = Whoever carries your notifications does not learn when your messages arrive and when you read them.
