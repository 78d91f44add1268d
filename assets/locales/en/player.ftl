# The browser player's own words (player/, player/www/). The debrief's sentences come from
# debrief.ftl and findings.ftl; a scenario's from its NAME.<lang>.ftl.
# Placeholders the page fills in itself are written { $name } like every other variable.

player-language-name = English
player-title = Glasshouse
player-skip = Skip to the content
player-language = Language
player-loading = Loading the simulator…
player-load-failed = The simulator could not start in this browser. Reload the page to try again, or use the book's tables and the desktop window.
player-steps-label = Steps
player-step-scenarios = Scenarios
player-step-briefing = Briefing
player-step-setup = Choices
player-step-run = Run
player-step-notebook = Notebook
player-step-debrief = Debrief
player-current-step = (current step)
player-scenarios-heading = Choose a scenario
player-scenarios-intro = Each scenario is a short exercise. You make a few choices, watch what happens, and then see what an adversary learned about you.
player-minutes = { $minutes } minutes
player-completed = Done
player-open = Open { $title }
player-briefing-heading = Briefing
player-continue = Continue
player-back = Back
player-setup-heading = Your choices
player-setup-intro = Pick one answer to each question. The scenario's usual answers are already selected.
player-objectives-heading = What you are trying to achieve
player-start = Start the run
player-running = Running the simulation on this device…
player-error-summary = There is a problem
player-run-heading = The run
player-map-heading = Map of the servers, people and rooms
player-map-summary = The map as a list
player-map-legend-server = box: a server
player-map-legend-you = thick outline: you
player-map-legend-compromised = red stripes: in an adversary's hands
player-map-legend-encrypted = lock: an encrypted room
player-map-taken = in an adversary's hands
player-rooms-heading = Rooms
player-controls = Playback
player-play = Play
player-pause = Pause
player-step = Step
player-restart = Restart
player-to-end = Skip to the end
player-speed = Speed
player-speed-slow = slow
player-speed-normal = normal
player-speed-fast = fast
player-clock = Time in the scenario: { $at } of { $end }
player-log-heading = What happens
player-log-empty = Nothing has happened yet. Press Play or Step.
player-log-same-moment = …and { $count } more at the same moment.
player-run-done = The run is over. The notebook shows what the adversaries learned.
player-to-notebook = Open the notebook
player-notebook-heading = The adversaries' notebook
player-notebook-intro = What the adversaries learned, group by group, in the order they got hold of it.
player-notebook-empty = Nothing yet: no adversary has started.
player-notebook-hidden = { $count } more groups appear as the run goes on.
player-notebook-about = About { $name }
player-to-debrief = See the debrief
player-debrief-heading = What they learned
player-your-choices = Your choices
player-lesson-heading = The lesson
player-evidence = The evidence ({ $count })
player-objectives-result = Your objectives
player-objective-met = Achieved
player-objective-missed = Not achieved
player-try-again = Change your choices and run again
player-other-scenario = Choose another scenario
player-book-link = Read the chapter in the book
player-forget = Forget me
player-forget-done = Your progress on this device is deleted.
player-privacy = Everything runs on this device. Nothing is sent anywhere; your progress is kept only in this browser, until you press “Forget me”.
player-none = none
player-you-named = you ({ $name })

player-error-unknown-scenario = There is no scenario called “{ $scenario }” in this player. Choose one from the list.
player-error-run = The simulation stopped: { $error }
player-error-choices = The choices could not be read: { $error }
player-error-choose = Choose an answer for “{ $label }”.

player-map-server = Server { $server }, { $count ->
    [one] one account
   *[other] { $count } accounts
}.
player-map-server-yours = Your account is here.
player-map-compromised-at = In an adversary's hands from { $at }.
player-map-person = { $name }, on { $server }.
player-map-watched-at = Watched by an adversary from { $at }.
player-map-room = Room “{ $room }”, not encrypted: { $count } members on { $servers ->
    [one] one server
   *[other] { $servers } servers
}.
player-map-room-encrypted = Room “{ $room }”, encrypted: { $count } members on { $servers ->
    [one] one server
   *[other] { $servers } servers
}.

player-what-message = a message
player-what-encrypted = an encrypted message
player-what-member = a membership change
player-what-reaction = a reaction
player-what-redaction = a deletion
player-what-typing = a typing notice
player-what-receipt = a read receipt
player-what-presence = an online status
player-what-device-list = a change to a device list
player-what-call = a call signal
player-what-room-state = a change to the room's settings
player-what-other = a notice

player-log-request = { $from }'s app talks to { $to }.
player-log-pdu = { $to } receives { $what } from { $from }.
player-log-pdu-room = { $to } receives { $what } in “{ $room }” from { $from }.
player-log-edu = { $to } receives { $what } from { $from }.
player-log-to-device = { $to } passes on a private message between devices from { $from } (encryption keys travel this way).
player-log-backfill = { $to } catches up on { $what } it missed, from { $from }.
player-log-media = { $to } fetches an encrypted file from { $from }.
player-log-adversary = Warning: { $kind } { $target }. From now on the adversary holds what is there.
