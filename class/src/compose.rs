//! The class as an ordinary scenario: the template with one person per learner (their username,
//! display name and their own copy of each learner choice, defaulting to what they picked), the
//! learners in the template person's rooms, their messages and reactions as script steps, and the
//! adversary the trainer started. A raid runs this file; the export writes it.

use crate::session::{Learner, Message};
use crate::template::{Template, mentions, uses_choice};
use toml::{Table, Value};

/// When the learners' first message is sent, in seconds into the run (after the template's own
/// opening steps); each following message or reaction comes [`STEP_SECONDS`] later.
pub const CHAT_START: u64 = 600;
/// Seconds between two of the learners' steps.
pub const STEP_SECONDS: u64 = 3;

/// What to compose.
pub struct Compose<'a> {
    /// The learners, in joining order.
    pub learners: &'a [Learner],
    /// The messages, in posting order.
    pub messages: &'a [Message],
    /// The one adversary to keep; `None` keeps every adversary the class may start.
    pub adversary: Option<&'a str>,
    /// Whether messages keep their text; otherwise each becomes a placeholder.
    pub keep_messages: bool,
}

/// The choice key of a learner's copy of template choice `key`.
pub fn learner_key(learner: &Learner, key: &str) -> String {
    format!("{}-{key}", learner.person())
}

/// A time in the script's `H:MM:SS` form.
pub fn clock(seconds: u64) -> String {
    format!("{}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60)
}

/// Replaces learner choice placeholders and switches in a copy of the template person.
fn rename_choices(v: &mut Value, keys: &[String], learner: &Learner) {
    match v {
        Value::String(s) => {
            if let Some(k) = s.strip_prefix('{').and_then(|s| s.strip_suffix('}'))
                && keys.iter().any(|key| key == k)
            {
                *s = format!("{{{}}}", learner_key(learner, k));
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|v| rename_choices(v, keys, learner)),
        Value::Table(t) => {
            if let Some(Value::String(k)) = t.get_mut("choice")
                && keys.iter().any(|key| key == k)
            {
                *k = learner_key(learner, k);
            }
            t.iter_mut().for_each(|(_, v)| rename_choices(v, keys, learner));
        }
        _ => {}
    }
}

/// A learner's home address: one per learner from the documentation ranges.
fn home_ip(id: u32) -> String {
    if id <= 230 { format!("203.0.113.{}", 19 + id) } else { format!("192.0.2.{}", (id - 230).min(254)) }
}

/// The person of one learner, from the template person.
fn person(template: &Table, keys: &[String], learner: &Learner, first: bool) -> Value {
    let mut p = template.clone();
    p.insert("id".into(), Value::String(learner.person()));
    p.insert("username".into(), Value::String(learner.username.clone()));
    p.insert("display_name".into(), Value::String(learner.display_name.clone()));
    p.insert("home_ip".into(), Value::String(home_ip(learner.id)));
    if p.contains_key("email") {
        p.insert("email".into(), Value::String(format!("{}@mail.example", learner.person())));
    }
    if first {
        p.insert("learner".into(), Value::Boolean(true));
    } else {
        p.remove("learner");
    }
    let mut v = Value::Table(p);
    rename_choices(&mut v, keys, learner);
    v
}

fn array(t: &Table, key: &str) -> Vec<Value> {
    t.get(key).and_then(Value::as_array).cloned().unwrap_or_default()
}

/// The class's scenario as a TOML table.
pub fn compose(template: &Template, c: &Compose<'_>) -> Table {
    let mut t = template.table().clone();
    let me = template.learner_person().to_owned();
    let keys: Vec<String> = template.learner_choices().iter().map(|c| c.key.clone()).collect();
    t.insert("id".into(), Value::String(format!("{}-class", template.id())));
    t.remove("chapter");
    // People: the template person's copies in its place.
    let people = array(&t, "people");
    let tmpl = people.iter().find_map(|p| p.get("id").and_then(Value::as_str).filter(|id| *id == me).and(p.as_table()));
    let mut out = Vec::new();
    for p in &people {
        if p.get("id").and_then(Value::as_str) == Some(me.as_str()) {
            if let Some(tmpl) = tmpl {
                out.extend(c.learners.iter().enumerate().map(|(i, l)| person(tmpl, &keys, l, i == 0)));
            }
        } else {
            out.push(p.clone());
        }
    }
    t.insert("people".into(), Value::Array(out));
    let ids: Vec<Value> = c.learners.iter().map(|l| Value::String(l.person())).collect();
    // Rooms: the learners where the template person was.
    let mut rooms = array(&t, "rooms");
    let mut room = None;
    for r in rooms.iter_mut() {
        let Some(members) = r.get_mut("members").and_then(Value::as_array_mut) else { continue };
        if let Some(i) = members.iter().position(|m| m.as_str() == Some(me.as_str())) {
            members.splice(i..=i, ids.iter().cloned());
            room = room.or_else(|| r.get("id").and_then(Value::as_str).map(str::to_owned));
        }
    }
    t.insert("rooms".into(), Value::Array(rooms));
    // Script: the template's steps but the template person's, then the class's.
    let mut script: Vec<Value> = array(&t, "script").into_iter().filter(|s| !mentions(s, &me)).collect();
    if let Some(room) = room {
        script.extend(chat_steps(c, &room));
    }
    t.insert("script".into(), Value::Array(script));
    let advs = array(&t, "adversaries").into_iter().filter(|a| {
        !mentions(a, &me) && c.adversary.is_none_or(|want| a.get("id").and_then(Value::as_str) == Some(want))
    });
    t.insert("adversaries".into(), Value::Array(advs.collect()));
    let objectives: Vec<Value> = array(&t, "objectives").into_iter().filter(|o| !mentions(o, &me)).collect();
    t.insert("objectives".into(), Value::Array(objectives));
    choices(template, &mut t, c.learners);
    t.retain(|_, v| !matches!(v, Value::Array(a) if a.is_empty()));
    t
}

/// The learners' messages and reactions as `say` and `react` steps, in the order they happened.
fn chat_steps(c: &Compose<'_>, room: &str) -> Vec<Value> {
    let who = |id: u32| c.learners.iter().find(|l| l.id == id).map(Learner::person);
    let mut steps: Vec<(u32, Table)> = Vec::new();
    for m in c.messages {
        let Some(person) = who(m.learner) else { continue };
        let text = if c.keep_messages { m.text.clone() } else { format!("Message {} of {person}", m.id) };
        let mut say = Table::new();
        say.insert("who".into(), Value::String(person));
        say.insert("room".into(), Value::String(room.to_owned()));
        say.insert("text".into(), Value::String(text));
        say.insert("label".into(), Value::String(format!("class-m{}", m.id)));
        steps.push((m.seq, Table::from_iter([("say".to_owned(), Value::Table(say))])));
        for r in &m.reactions {
            let Some(person) = who(r.learner) else { continue };
            let mut react = Table::new();
            react.insert("who".into(), Value::String(person));
            react.insert("room".into(), Value::String(room.to_owned()));
            react.insert("to".into(), Value::String(format!("class-m{}", m.id)));
            react.insert("key".into(), Value::String(r.key.clone()));
            steps.push((r.seq, Table::from_iter([("react".to_owned(), Value::Table(react))])));
        }
    }
    // A learner who went quiet: their app shows them offline from then on.
    for l in c.learners {
        let Some(seq) = l.quiet else { continue };
        let mut presence = Table::new();
        presence.insert("who".into(), Value::String(l.person()));
        presence.insert("state".into(), Value::String("offline".into()));
        steps.push((seq, Table::from_iter([("presence".to_owned(), Value::Table(presence))])));
    }
    steps.sort_by_key(|(seq, _)| *seq);
    steps
        .into_iter()
        .map(|(seq, mut step)| {
            step.insert("at".into(), Value::String(clock(CHAT_START + STEP_SECONDS * u64::from(seq))));
            Value::Table(step)
        })
        .collect()
}

/// The choices: each learner's copy of the learner choices, defaulting to their pick; template
/// choices nothing uses any more are dropped.
fn choices(template: &Template, t: &mut Table, learners: &[Learner]) {
    let mut choices = t.get("choices").and_then(Value::as_table).cloned().unwrap_or_default();
    let used: Vec<String> = choices
        .keys()
        .filter(|k| t.iter().filter(|(name, _)| *name != "choices").any(|(_, v)| uses_choice(v, k)))
        .cloned()
        .collect();
    choices.retain(|k, _| used.iter().any(|u| u == k));
    for l in learners {
        for choice in template.learner_choices() {
            let picked = l.choices.get(&choice.key).and_then(|v| choice.parse_value(v)).unwrap_or(&choice.default);
            let mut c = Table::new();
            c.insert("values".into(), Value::Array(choice.values.iter().map(|v| v.to_toml()).collect()));
            c.insert("default".into(), picked.to_toml());
            choices.insert(learner_key(l, &choice.key), Value::Table(c));
        }
    }
    t.insert("choices".into(), Value::Table(choices));
}

/// The composed scenario as TOML text.
pub fn to_toml(template: &Template, c: &Compose<'_>) -> String {
    let header = format!(
        "#:schema ../assets/scenario.schema.json\n# A live class of {} learners on the class scenario \"{}\", written by `glasshouse class`.\n",
        c.learners.len(),
        template.id()
    );
    header + &toml::to_string(&compose(template, c)).unwrap_or_default()
}
