scenario-tiny = Tiny
scenario-tiny-briefing = A tiny room.
scenario-tiny-debrief = Nothing to see.
scenario-tiny-facilitator = Five minutes.
choice-tiny-server = { your server
