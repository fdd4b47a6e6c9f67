# The participants' page (src-tauri/core/src/room/page, served by the room's server): a
# phone on the room's network follows the meeting and asks for the floor. It speaks the
# app's language. The kinds of hand are the minutes' (entry-…), a hearing's steps the
# projector's (projector-step-…), why a hand stands where it does the stack's
# (stack-reason-…).

room-page-title = Plenary — la salle
room-page-connecting = Connexion à la salle…
room-page-connected = Connecté : cette page suit l’AG en direct.
room-page-reconnecting = Reconnexion à la salle…
room-page-closed = La salle est fermée.
room-page-unreachable = Impossible de joindre la salle.
room-page-refused = La salle a refusé la demande (HTTP { $status }).
room-page-now = Maintenant
room-page-floor = La parole
room-page-next = Ensuite
room-page-raise = Demander la parole
room-page-name = Votre nom
room-page-kind = Pour
room-page-kind-speak = prendre la parole
room-page-kind-direct-response = répondre directement à la personne qui parle
room-page-kind-clarifying = poser une question de clarification
room-page-kind-information = faire un point d’information
room-page-kind-process = faire un point technique
room-page-withdraw = Retirer ma demande
room-page-proposal = La proposition
room-page-agenda = Ordre du jour
room-page-not-open = { $meeting } — pas encore ouverte
room-page-nothing-under-way = Rien n’est encore en cours.
room-page-nobody-has-floor = Personne n’a la parole.
room-page-speaker = { $name } ({ $kind })
room-page-entry = { $name } — { $kind }
room-page-more = et { $n } de plus
room-page-nobody-waiting = Personne n’attend.
room-page-stack-closed = Le tour de parole est fermé.
room-page-item-under-way = { $item } — en cours
room-page-item-done = { $item } — traité
room-page-item-tabled = { $item } — reporté
room-page-proposal-title = { $reference } { $title } (version { $version })
room-page-step = Étape : { $step }
room-page-clock-of-minutes = { $clock } sur { $minutes } min
room-page-clock-of = { $clock } sur { $limit }
room-page-clock-paused = { $clock } (en pause)
room-page-has-floor = { $name } a la parole.
room-page-hand-pending = Vous avez demandé la parole ({ $kind }) : en attente du tour de parole.
room-page-hand-waiting = Vous êtes { $ord ->
    [one] { $n }er
   *[other] { $n }e
  } — { $policy } : { $reason }.
room-page-hand-on-stack = Vous êtes dans le tour de parole.
room-page-hand-speaking = Vous avez la parole.
room-page-hand-spoken = Vous avez parlé. Redemandez la parole pour parler à nouveau.
room-page-hand-declined = Le tour de parole n’a pas retenu votre demande cette fois.
room-page-hand-down = Vous n’avez pas demandé la parole.
