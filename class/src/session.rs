//! The class session as data: its phases, learners (pseudonym, choices, messages, reactions) and
//! the trainer's raids, changed only by [`Action`]s — the same actions the journal stores, so
//! replaying the journal rebuilds the session exactly.

use crate::refusal::Refusal;
use crate::template::Template;
use crate::text::{self, Field};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Default cap on learners per class.
pub const MAX_LEARNERS: usize = 100;
/// Cap on messages per learner over the whole session.
pub const MAX_MESSAGES_PER_LEARNER: usize = 60;
/// Cap on reactions per learner over the whole session.
pub const MAX_REACTIONS_PER_LEARNER: usize = 100;
/// The reactions a learner can pick.
pub const REACTIONS: [&str; 4] = ["👍", "❤️", "😂", "😮"];

/// Where the class is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Learners join and make their choices.
    Joining,
    /// Learners chat in the class room (late joiners still welcome).
    Chat,
    /// The chat is closed; the trainer raids next.
    Closed,
    /// A raid has run; its results are hidden until the reveal.
    Raided,
    /// Every learner sees their own debrief.
    Revealed,
    /// Learners change their choices; the trainer raids again.
    Replay,
}

impl Phase {
    /// The stable kebab-case name (Fluent keys use it).
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Joining => "joining",
            Phase::Chat => "chat",
            Phase::Closed => "closed",
            Phase::Raided => "raided",
            Phase::Revealed => "revealed",
            Phase::Replay => "replay",
        }
    }
}

/// One change to the session, as journaled.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "kebab-case")]
pub enum Action {
    /// The session starts (always the journal's first line).
    Start {
        /// The class scenario's id.
        scenario: String,
        /// The join code.
        code: String,
        /// The trainer's key.
        trainer_key: String,
        /// Cap on learners.
        max_learners: usize,
    },
    /// A learner joins.
    Join {
        /// The SHA-256 of the learner's session cookie ([`token_digest`]), never the cookie.
        token: String,
        /// The name the class sees.
        pseudonym: String,
    },
    /// A learner sets their account and choices.
    Choose {
        /// Learner number.
        learner: u32,
        /// Username (Matrix localpart).
        username: String,
        /// Display name.
        display_name: String,
        /// The template's learner choices, by key, as typed (`ChoiceValue`'s display form).
        choices: BTreeMap<String, String>,
    },
    /// A learner posts in the class room.
    Say {
        /// Learner number.
        learner: u32,
        /// The message.
        text: String,
    },
    /// A learner reacts to a message.
    React {
        /// Learner number.
        learner: u32,
        /// Message number.
        message: u32,
        /// One of [`REACTIONS`].
        key: String,
    },
    /// A learner goes quiet: their app shows them offline from now on (a `presence` step).
    Quiet {
        /// Learner number.
        learner: u32,
    },
    /// The trainer moves to a phase (joining, chat, closed, replay).
    Phase {
        /// The new phase.
        phase: Phase,
    },
    /// The trainer starts an adversary of the scenario.
    Raid {
        /// The adversary's id.
        adversary: String,
    },
    /// The trainer reveals the raid's results.
    Reveal,
}

/// A learner.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Learner {
    /// Learner number, from 1, in joining order.
    pub id: u32,
    /// The SHA-256 of the session cookie's value ([`token_digest`]).
    #[serde(skip)]
    pub token: String,
    /// The name the class sees.
    pub pseudonym: String,
    /// Username (Matrix localpart).
    pub username: String,
    /// Display name.
    pub display_name: String,
    /// The template's learner choices, by key.
    pub choices: BTreeMap<String, String>,
    /// When they went quiet (their place in the chat's events), if they did.
    pub quiet: Option<u32>,
}

impl Learner {
    /// The learner's person id in the class's scenario.
    pub fn person(&self) -> String {
        format!("l{}", self.id)
    }
}

/// What the session and its journal keep of a learner's cookie: its SHA-256, in hex. Whoever
/// reads the journal cannot act as a learner with it.
pub fn token_digest(token: &str) -> String {
    use sha2::Digest as _;
    sha2::Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// A message in the class room.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Message {
    /// Message number, from 1.
    pub id: u32,
    /// Who posted it.
    pub learner: u32,
    /// The text.
    pub text: String,
    /// When it was posted among the room's messages and reactions, from 0.
    pub seq: u32,
    /// Reactions, in order.
    pub reactions: Vec<Reaction>,
}

/// A reaction to a message.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reaction {
    /// Who reacted.
    pub learner: u32,
    /// One of [`REACTIONS`].
    pub key: String,
    /// When, among the room's messages and reactions.
    pub seq: u32,
}

/// One raid: the adversary and the learners' choices as they were (the round's snapshot).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Raid {
    /// Round number, from 1.
    pub round: u32,
    /// The adversary started.
    pub adversary: String,
    /// The learners as they were when it ran.
    pub learners: Vec<Learner>,
    /// The messages as they were.
    pub messages: Vec<Message>,
}

/// The whole session.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Session {
    /// The class scenario's id.
    pub scenario: String,
    /// The join code.
    #[serde(skip)]
    pub code: String,
    /// The trainer's key.
    #[serde(skip)]
    pub trainer_key: String,
    /// Cap on learners.
    pub max_learners: usize,
    /// Where the class is.
    pub phase: Phase,
    /// Learners in joining order.
    pub learners: Vec<Learner>,
    /// Messages in posting order.
    pub messages: Vec<Message>,
    /// Raids in order.
    pub raids: Vec<Raid>,
    /// Whether the last raid is revealed.
    pub revealed: bool,
}

impl Session {
    /// A session from its [`Action::Start`].
    pub fn start(template: &Template, start: &Action) -> Result<Session, Refusal> {
        let Action::Start { scenario, code, trainer_key, max_learners } = start else {
            return Err(Refusal::new("class-refused-journal-start"));
        };
        if *scenario != template.id() {
            return Err(Refusal::new("class-refused-journal-scenario").arg("scenario", scenario));
        }
        Ok(Session {
            scenario: scenario.clone(),
            code: code.clone(),
            trainer_key: trainer_key.clone(),
            max_learners: *max_learners,
            phase: Phase::Joining,
            learners: Vec::new(),
            messages: Vec::new(),
            raids: Vec::new(),
            revealed: false,
        })
    }

    /// The learner holding session cookie `token` (the session keeps only its digest).
    pub fn by_token(&self, token: &str) -> Option<&Learner> {
        if token.is_empty() {
            return None;
        }
        let digest = token_digest(token);
        self.learners.iter().find(|l| l.token == digest)
    }

    /// The learner numbered `id`.
    pub fn learner(&self, id: u32) -> Option<&Learner> {
        self.learners.iter().find(|l| l.id == id)
    }

    /// Checks `action` against the session and applies it; on refusal nothing changes. Returns
    /// the number of the learner it concerns, if any (a join returns the new learner's).
    pub fn apply(&mut self, template: &Template, action: &Action) -> Result<Option<u32>, Refusal> {
        self.check(template, action)?;
        Ok(self.mutate(template, action))
    }

    /// Whether `action` may be applied now, and why not.
    pub fn check(&self, template: &Template, action: &Action) -> Result<(), Refusal> {
        let phase_refusal = || Refusal::new("class-refused-phase").arg("phase", self.phase.as_str()).status(409);
        match action {
            Action::Start { .. } => Err(Refusal::new("class-refused-journal-start")),
            Action::Join { token, pseudonym } => {
                if !matches!(self.phase, Phase::Joining | Phase::Chat) {
                    return Err(phase_refusal());
                }
                if self.learners.len() >= self.max_learners {
                    return Err(Refusal::new("class-refused-full").arg("max", self.max_learners).status(503));
                }
                let p = text::check(Field::Pseudonym, pseudonym)?;
                if token.len() < 32 || self.learners.iter().any(|l| l.token == *token) {
                    return Err(Refusal::new("class-refused-token"));
                }
                if self.learners.iter().any(|l| l.pseudonym.to_lowercase() == p.to_lowercase()) {
                    return Err(Refusal::new("class-refused-pseudonym-taken").status(409));
                }
                Ok(())
            }
            Action::Choose { learner, username, display_name, choices } => {
                if !matches!(self.phase, Phase::Joining | Phase::Chat | Phase::Replay) {
                    return Err(phase_refusal());
                }
                self.known(*learner)?;
                let u = text::check(Field::Username, username)?;
                text::check(Field::DisplayName, display_name)?;
                if template.reserved_username(&u) || self.learners.iter().any(|l| l.id != *learner && l.username == u) {
                    return Err(Refusal::new("class-refused-username-taken").status(409));
                }
                template.check_choices(choices)
            }
            Action::Quiet { learner } => {
                if self.phase != Phase::Chat {
                    return Err(phase_refusal());
                }
                if self.known(*learner)?.quiet.is_some() {
                    return Err(Refusal::new("class-refused-quiet").status(409));
                }
                Ok(())
            }
            Action::Say { learner, text } => {
                if self.phase != Phase::Chat {
                    return Err(phase_refusal());
                }
                self.known(*learner)?;
                text::check(Field::Message, text)?;
                if self.messages.iter().filter(|m| m.learner == *learner).count() >= MAX_MESSAGES_PER_LEARNER {
                    return Err(Refusal::new("class-refused-messages")
                        .arg("max", MAX_MESSAGES_PER_LEARNER)
                        .status(429));
                }
                Ok(())
            }
            Action::React { learner, message, key } => {
                if self.phase != Phase::Chat {
                    return Err(phase_refusal());
                }
                self.known(*learner)?;
                let m = self.messages.iter().find(|m| m.id == *message).ok_or(Refusal::new("class-refused-message"))?;
                if !REACTIONS.contains(&key.as_str())
                    || m.reactions.iter().any(|r| r.learner == *learner && r.key == *key)
                {
                    return Err(Refusal::new("class-refused-reaction"));
                }
                let mine = self.messages.iter().flat_map(|m| &m.reactions).filter(|r| r.learner == *learner).count();
                if mine >= MAX_REACTIONS_PER_LEARNER {
                    return Err(Refusal::new("class-refused-reactions")
                        .arg("max", MAX_REACTIONS_PER_LEARNER)
                        .status(429));
                }
                Ok(())
            }
            Action::Phase { phase } => {
                let ok = match phase {
                    Phase::Joining | Phase::Chat | Phase::Closed => {
                        matches!(self.phase, Phase::Joining | Phase::Chat | Phase::Closed)
                    }
                    Phase::Replay => self.phase == Phase::Revealed,
                    Phase::Raided | Phase::Revealed => false,
                };
                if ok { Ok(()) } else { Err(phase_refusal()) }
            }
            Action::Raid { adversary } => {
                if !matches!(self.phase, Phase::Closed | Phase::Replay | Phase::Raided) {
                    return Err(phase_refusal());
                }
                if self.learners.is_empty() {
                    return Err(Refusal::new("class-refused-no-learners").status(409));
                }
                if !template.adversaries().iter().any(|a| a == adversary) {
                    return Err(Refusal::new("class-refused-adversary").arg("adversary", adversary));
                }
                Ok(())
            }
            Action::Reveal => {
                if self.phase != Phase::Raided {
                    return Err(phase_refusal());
                }
                Ok(())
            }
        }
    }

    /// Messages and reactions so far.
    fn chat_events(&self) -> u32 {
        let quiet = self.learners.iter().filter(|l| l.quiet.is_some()).count();
        (self.messages.len() + self.messages.iter().map(|m| m.reactions.len()).sum::<usize>() + quiet) as u32
    }

    fn known(&self, learner: u32) -> Result<&Learner, Refusal> {
        self.learner(learner).ok_or(Refusal::new("class-refused-not-joined").status(403))
    }

    fn mutate(&mut self, template: &Template, action: &Action) -> Option<u32> {
        match action {
            Action::Start { .. } => None,
            Action::Join { token, pseudonym } => {
                let id = self.learners.len() as u32 + 1;
                let mut username = format!("learner{id}");
                while template.reserved_username(&username) || self.learners.iter().any(|l| l.username == username) {
                    username.push('x');
                }
                self.learners.push(Learner {
                    id,
                    token: token.clone(),
                    pseudonym: text::check(Field::Pseudonym, pseudonym).unwrap_or_default(),
                    username,
                    display_name: format!("Learner {id}"),
                    choices: template.default_choices(),
                    quiet: None,
                });
                Some(id)
            }
            Action::Choose { learner, username, display_name, choices } => {
                let l = self.learners.iter_mut().find(|l| l.id == *learner)?;
                l.username = text::check(Field::Username, username).unwrap_or_default();
                l.display_name = text::check(Field::DisplayName, display_name).unwrap_or_default();
                l.choices.extend(choices.iter().map(|(k, v)| (k.clone(), v.clone())));
                Some(*learner)
            }
            Action::Say { learner, text } => {
                let id = self.messages.len() as u32 + 1;
                let text = text::check(Field::Message, text).unwrap_or_default();
                let seq = self.chat_events();
                self.messages.push(Message { id, learner: *learner, text, seq, reactions: Vec::new() });
                Some(*learner)
            }
            Action::Quiet { learner } => {
                let seq = self.chat_events();
                let l = self.learners.iter_mut().find(|l| l.id == *learner)?;
                l.quiet = Some(seq);
                Some(*learner)
            }
            Action::React { learner, message, key } => {
                let seq = self.chat_events();
                let m = self.messages.iter_mut().find(|m| m.id == *message)?;
                m.reactions.push(Reaction { learner: *learner, key: key.clone(), seq });
                Some(*learner)
            }
            Action::Phase { phase } => {
                self.phase = *phase;
                None
            }
            Action::Raid { adversary } => {
                self.raids.push(Raid {
                    round: self.raids.len() as u32 + 1,
                    adversary: adversary.clone(),
                    learners: self.learners.clone(),
                    messages: self.messages.clone(),
                });
                self.phase = Phase::Raided;
                self.revealed = false;
                None
            }
            Action::Reveal => {
                self.phase = Phase::Revealed;
                self.revealed = true;
                None
            }
        }
    }
}
