# The words of the __ID__ scenario. Copy this file to __ID__.es.ftl (and so on) to translate it.
scenario-__ID__ = My scenario
scenario-__ID__-briefing =
    What the learner reads before choosing: who they are, who is in the room, what they will pick.
scenario-__ID__-debrief =
    What the learner reads after the run: why each finding happened and what would have
    prevented it.
scenario-__ID__-facilitator =
    Notes for a trainer: how to run the exercise, what to discuss, how long it takes.
choice-__ID__-server = your homeserver
choice-__ID__-connection = how you reach your server
objective-__ID__-hide-home-ip = The raid does not reveal your home IP address.
