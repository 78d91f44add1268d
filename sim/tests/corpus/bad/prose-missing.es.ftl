scenario-tiny = Diminuto
scenario-tiny-debrief = Nada que ver.
scenario-tiny-facilitator = Cinco minutos.
choice-tiny-server = tu servidor
