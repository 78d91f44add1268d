//! The script interpreter: each step of the scenario's script, played against the world.

use super::{EventMeta, SimError, World};
use crate::event;
use crate::scenario::Step;

impl World {
    pub(crate) fn step(&mut self, step: &Step) -> Result<(), SimError> {
        // What servers do on their own between steps (presence pings), up to this step.
        self.presence_pings(step.at)?;
        self.now = step.at;
        // A person without a device (lost it, or locked out) cannot act until they recover.
        if let Some(who) = step.action.actor()
            && !step.action.acts_without_device()
            && !self.account(who)?.can_act()
        {
            return Ok(());
        }
        step.action.apply(self)
    }

    /// A person sends a message: a request to their server, the room key shared first in an
    /// encrypted room, the event sent (and pushed, see `push.rs`), its label remembered.
    pub(crate) fn say(
        &mut self,
        who: &str,
        room: &str,
        text: &str,
        label: Option<&str>,
        reply_to: Option<&str>,
    ) -> Result<(), SimError> {
        let primary = self.account(who)?.primary();
        self.request(who, &primary.1, "send", text.len() + 200)?;
        let reply_id = reply_to.and_then(|l| self.labels.get(l).cloned());
        let plain = event::text(text, reply_id.as_deref())?;
        let id = self.send_as_client(who, room, plain, Some(text), label, reply_id.as_deref())?;
        if let Some(l) = label {
            self.labels.insert(l.to_owned(), id);
        }
        Ok(())
    }

    /// A client sends a room event: as it is, or in an encrypted room Megolm-encrypted after the
    /// room key is shared. `text` is what a reader who decrypts sees (`None`: not a message).
    pub(crate) fn send_as_client(
        &mut self,
        who: &str,
        room: &str,
        plain: event::Content,
        text: Option<&str>,
        label: Option<&str>,
        reply_id: Option<&str>,
    ) -> Result<String, SimError> {
        let primary = self.account(who)?.primary();
        let encrypted = self.rooms.get(room).is_some_and(|r| r.spec.encrypted);
        let mut meta = EventMeta {
            event_id: String::new(),
            room: room.to_owned(),
            sender: who.to_owned(),
            device: Some(primary.1.clone()),
            at: self.now,
            event_type: plain.event_type.clone(),
            label: label.map(str::to_owned),
            session_id: None,
            session_label: None,
            ciphertext: None,
            text: text.map(str::to_owned),
        };
        let content = if encrypted {
            let (session_label, session_id) = self.share_room_key(room, who)?;
            let room_id = self.rooms[room].room_id.clone();
            let payload = event::megolm_payload(&plain, &room_id);
            let (ciphertext, _index) = self.crypto.megolm_encrypt(room, &primary, &payload.to_string())?;
            meta.session_id = Some(session_id.clone());
            meta.session_label = Some(session_label);
            meta.ciphertext = Some(ciphertext.clone());
            meta.event_type = "m.room.encrypted".into();
            event::megolm(ciphertext, self.crypto.curve25519(&primary), &primary.1, session_id, reply_id)?
        } else {
            plain
        };
        self.send(room, who, content, Some(meta))
    }
}
