scenario-public-vs-encrypted = Public rooms and encrypted rooms
scenario-public-vs-encrypted-briefing =
    A neighbourhood assembly meets in a public room that spans three servers; anyone may join, and a
    friendly stranger did, early on. Ten minutes in, one of the servers is seized. Decide whether the
    room is encrypted and which server falls, and see what each server keeps — and what the stranger
    sees either way.
scenario-public-vs-encrypted-debrief =
    Every server with a member in the room stores the whole room: who is in it, when each message was
    sent, and — unless the room is encrypted — every word, in a database that can be copied or
    subpoenaed long after. Encryption took the words away from the seized server but left the
    envelope: senders, times, sizes, replies. The stranger, a member, read everything either way:
    encryption protects against servers, not against the people you let in.
scenario-public-vs-encrypted-facilitator =
    Ask the group before running: "who can read this room?" Then seize each server in turn. The
    lurker's findings are the discussion point: in a public room assume a bad actor is present.
choice-public-vs-encrypted-encrypted = end-to-end encrypt the room
choice-public-vs-encrypted-target = which server is seized
objective-public-vs-encrypted-servers-cannot-read = The seized server cannot read what you wrote.
objective-public-vs-encrypted-assume-a-bad-actor = See for yourself: a member of the room reads everything you write, encrypted or not.
