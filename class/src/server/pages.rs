//! The class's HTML pages, plain forms that work without JavaScript: join, the learner's page
//! (account and choices, the room, their own debrief after the reveal) and the trainer's page.
//! Every string a person typed goes through [`escape`].

use crate::raid::Summary;
use crate::refusal::Refusal;
use crate::session::{Learner, Phase, REACTIONS, Session};
use crate::template::Template;
use glasshouse_sim::debrief::Debrief;
use glasshouse_words::html::{debrief_html, escape};
use glasshouse_words::i18n::Tr;
use std::fmt::Write;

/// The stylesheet (a file, since the Content-Security-Policy forbids inline styles): large type,
/// high contrast, one column that fits a 360 px phone.
pub const CSS: &str = "body{font:18px/1.5 system-ui,sans-serif;max-width:44rem;margin:0 auto;padding:1rem;\
background:#fff;color:#111}h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}\
label{display:block;margin:.6rem 0 .2rem}input,select,textarea,button{font:inherit;max-width:100%}\
input,select,textarea{width:100%;box-sizing:border-box;padding:.4rem;border:2px solid #333}\
button{padding:.4rem 1rem;margin:.4rem .4rem .4rem 0;border:2px solid #111;background:#ffd23f;color:#111}\
.refused{border:3px solid #b00020;padding:.6rem;background:#fff0f0}.msg{border-bottom:1px solid #ccc;padding:.4rem 0;\
overflow-wrap:anywhere}.react{display:inline}.react button{padding:.1rem .5rem;background:#eee}\
table{border-collapse:collapse}td,th{border:1px solid #333;padding:.2rem .5rem}\
body:has(.projector){max-width:none;padding:1rem 3rem}.projector{font-size:2rem}.projector h1{font-size:3rem}\
.projector h2{font-size:1.2em}.projector .phase{font-size:2.4rem;\
font-weight:700}.projector .join{font-size:2.6rem;border:4px solid currentColor;padding:1rem}.projector li{margin:.4rem 0}\
.projector .server{font-weight:700}.projector table{font-size:1.6rem}.projector .prompt{max-width:60rem}\
.live-status{border:3px solid #b36b00;padding:.4rem;background:#fff4e0;color:#111}\
@media(prefers-color-scheme:dark){body{background:#111;color:#f5f5f5}input,select,textarea{background:#222;color:#fff;border-color:#ccc}}";

/// The live pages' script (`/live.js`): reload when the class moves on, reconnect by itself.
pub const LIVE_JS: &str = include_str!("live.js");

/// A whole page that follows the class live (a learner's or the trainer's): the script and the
/// words it shows while the connection is away.
pub fn live_layout(tr: &Tr, lang: &str, title: &str, body: &str) -> String {
    layout(tr, lang, title, body).replacen(
        "<body>",
        &format!(
            "<body data-live=\"1\" data-reconnecting=\"{}\"><script src=\"/live.js\" defer></script>",
            escape(&tr.t("class-reconnecting", &[]))
        ),
        1,
    )
}

/// A whole page.
pub fn layout(tr: &Tr, lang: &str, title: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"{}\" dir=\"auto\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{} — {}</title>\
<link rel=\"stylesheet\" href=\"/class.css\"></head><body>{body}</body></html>",
        escape(lang),
        escape(title),
        escape(&tr.t("class-title", &[]))
    )
}

/// A refusal in words, in a box.
pub fn refusal(tr: &Tr, r: &Refusal) -> String {
    let args: Vec<(&str, String)> = r
        .args
        .iter()
        .map(|(k, v)| if *k == "field" { (*k, tr.t(&format!("class-field-{v}"), &[])) } else { (*k, v.clone()) })
        .collect();
    format!("<p class=\"refused\" role=\"alert\">{}</p>", escape(&tr.t(r.key, &args)))
}

fn error_box(tr: &Tr, error: Option<&Refusal>) -> String {
    error.map(|r| refusal(tr, r)).unwrap_or_default()
}

/// The join form: code and pseudonym.
pub fn join(tr: &Tr, template: &Template, error: Option<&Refusal>) -> String {
    let name = tr.t(&format!("scenario-{}", template.id()), &[]);
    format!(
        "<h1>{}</h1>{}<p>{}</p><form method=\"post\" action=\"/join\">\
<label for=\"code\">{}</label><input id=\"code\" name=\"code\" autocomplete=\"off\" autocapitalize=\"characters\" maxlength=\"16\" required>\
<label for=\"pseudonym\">{}</label><input id=\"pseudonym\" name=\"pseudonym\" maxlength=\"32\" required>\
<button type=\"submit\">{}</button></form>",
        escape(&name),
        error_box(tr, error),
        escape(&tr.t("class-join-intro", &[])),
        escape(&tr.t("class-join-code", &[])),
        escape(&tr.t("class-join-pseudonym", &[])),
        escape(&tr.t("class-join-button", &[])),
    )
}

/// What a learner's page shows.
pub struct LearnerView<'a> {
    /// The session.
    pub session: &'a Session,
    /// The class scenario.
    pub template: &'a Template,
    /// The learner.
    pub learner: &'a Learner,
    /// Their own debrief, once revealed (only theirs: nobody else's part).
    pub debrief: Option<&'a Debrief>,
    /// The scenario id the debrief's choice keys belong to.
    pub debrief_scenario: String,
}

/// The learner's page.
pub fn learner(tr: &Tr, v: &LearnerView<'_>, error: Option<&Refusal>) -> String {
    let s = v.session;
    let mut h = String::new();
    let name = tr.t(&format!("scenario-{}", v.template.id()), &[]);
    let _ = write!(h, "<h1>{}</h1>{}", escape(&name), error_box(tr, error));
    let you = [("pseudonym", v.learner.pseudonym.clone())];
    let _ = write!(
        h,
        "<p>{}</p><p><strong>{}</strong></p>",
        escape(&tr.t("class-you-are", &you)),
        escape(&tr.t(&format!("class-phase-{}", s.phase.as_str()), &[]))
    );
    if matches!(s.phase, Phase::Joining | Phase::Chat | Phase::Replay) {
        account_form(&mut h, tr, v);
    }
    if s.phase == Phase::Joining {
        let briefing = tr.t(&format!("scenario-{}-briefing", v.template.id()), &[]);
        let _ = write!(h, "<p>{}</p>", escape(&briefing));
    }
    room(&mut h, tr, s, s.phase == Phase::Chat);
    if v.learner.quiet.is_some() {
        let _ = write!(h, "<p>{}</p>", escape(&tr.t("class-quiet-done", &[])));
    } else if s.phase == Phase::Chat {
        let _ = write!(
            h,
            "<form method=\"post\" action=\"/quiet\"><button type=\"submit\">{}</button></form>",
            escape(&tr.t("class-quiet-button", &[]))
        );
    }
    if s.phase == Phase::Revealed || (s.phase == Phase::Replay && v.debrief.is_some()) {
        let _ = write!(h, "<h2>{}</h2>", escape(&tr.t("class-debrief-heading", &[])));
        match v.debrief {
            Some(d) => h.push_str(&debrief_html(tr, &v.debrief_scenario, d, "")),
            None => {
                let _ = write!(h, "<p>{}</p>", escape(&tr.t("class-debrief-waiting", &[])));
            }
        }
    }
    h
}

fn account_form(h: &mut String, tr: &Tr, v: &LearnerView<'_>) {
    let l = v.learner;
    let id = v.template.id();
    let _ = write!(
        h,
        "<h2>{}</h2><form method=\"post\" action=\"/choose\">\
<label for=\"username\">{}</label><input id=\"username\" name=\"username\" value=\"{}\" maxlength=\"32\" required>\
<label for=\"display_name\">{}</label><input id=\"display_name\" name=\"display_name\" value=\"{}\" maxlength=\"48\" required>",
        escape(&tr.t("class-account-heading", &[])),
        escape(&tr.t("class-username", &[])),
        escape(&l.username),
        escape(&tr.t("class-display-name", &[])),
        escape(&l.display_name),
    );
    for c in v.template.learner_choices() {
        let label = tr.maybe(&format!("choice-{id}-{}", c.key), &[]).unwrap_or_else(|| c.key.clone());
        let _ = write!(
            h,
            "<label for=\"choice-{k}\">{}</label><select id=\"choice-{k}\" name=\"choice-{k}\">",
            escape(&label),
            k = escape(&c.key)
        );
        for value in &c.values {
            let text = value.to_string();
            let shown = tr.maybe(&format!("choice-{id}-{}-{text}", c.key), &[]).unwrap_or_else(|| text.clone());
            let selected = if l.choices.get(&c.key) == Some(&text) { " selected" } else { "" };
            let _ = write!(h, "<option value=\"{}\"{selected}>{}</option>", escape(&text), escape(&shown));
        }
        h.push_str("</select>");
    }
    let _ = write!(h, "<button type=\"submit\">{}</button></form>", escape(&tr.t("class-choose-button", &[])));
}

fn room(h: &mut String, tr: &Tr, s: &Session, open: bool) {
    let _ = write!(h, "<h2>{}</h2>", escape(&tr.t("class-room-heading", &[])));
    if s.messages.is_empty() {
        let _ = write!(h, "<p>{}</p>", escape(&tr.t("class-room-empty", &[])));
    }
    for m in &s.messages {
        let who = s.learner(m.learner).map(|l| l.display_name.as_str()).unwrap_or_default();
        let reactions: String = m.reactions.iter().map(|r| r.key.as_str()).collect::<Vec<_>>().join(" ");
        let _ = write!(
            h,
            "<div class=\"msg\" id=\"m{}\"><strong>{}</strong>: <span dir=\"auto\">{}</span> <span>{}</span>",
            m.id,
            escape(who),
            escape(&m.text),
            escape(&reactions)
        );
        if open {
            let _ = write!(
                h,
                "<form class=\"react\" method=\"post\" action=\"/react\"><input type=\"hidden\" name=\"message\" value=\"{}\">",
                m.id
            );
            for r in REACTIONS {
                let _ = write!(
                    h,
                    "<button type=\"submit\" name=\"key\" value=\"{r}\" title=\"{}\">{r}</button>",
                    escape(&tr.t("class-react-label", &[]))
                );
            }
            h.push_str("</form>");
        }
        h.push_str("</div>");
    }
    if open {
        let _ = write!(
            h,
            "<form method=\"post\" action=\"/say\"><label for=\"text\">{}</label>\
<textarea id=\"text\" name=\"text\" rows=\"3\" maxlength=\"500\" required></textarea><button type=\"submit\">{}</button></form>",
            escape(&tr.t("class-say-label", &[])),
            escape(&tr.t("class-say-button", &[]))
        );
    }
}

/// The switch for learners' names on the projector (anonymised unless the trainer turns it on).
fn names_form(tr: &Tr, shown: bool) -> String {
    let (value, key) = if shown { ("off", "class-trainer-names-hide") } else { ("on", "class-trainer-names-show") };
    format!(
        "<form method=\"post\" action=\"/trainer/names\"><button type=\"submit\" name=\"names\" value=\"{value}\">{}</button></form>",
        escape(&tr.t(key, &[]))
    )
}

/// The trainer's key form.
pub fn trainer_login(tr: &Tr, error: Option<&Refusal>) -> String {
    format!(
        "<h1>{}</h1>{}<form method=\"post\" action=\"/trainer/login\"><label for=\"key\">{}</label>\
<input id=\"key\" name=\"key\" type=\"password\" autocomplete=\"off\" required><button type=\"submit\">{}</button></form>",
        escape(&tr.t("class-trainer-heading", &[])),
        error_box(tr, error),
        escape(&tr.t("class-trainer-key", &[])),
        escape(&tr.t("class-trainer-login", &[])),
    )
}

/// What the trainer's page shows.
pub struct TrainerView<'a> {
    /// The session.
    pub session: &'a Session,
    /// The class scenario.
    pub template: &'a Template,
    /// The last raid's state: `None` running, `Some(Ok)` its summary, `Some(Err)` a failure.
    pub last_raid: Option<Option<Result<&'a Summary, &'a str>>>,
    /// Whether the projector shows the learners' names.
    pub names: bool,
}

/// The trainer's page: the code, learners, phases, raid, reveal, export.
pub fn trainer(tr: &Tr, v: &TrainerView<'_>, error: Option<&Refusal>) -> String {
    let s = v.session;
    let mut h = String::new();
    let _ = write!(
        h,
        "<h1>{}</h1>{}<p>{}</p><p>{}</p><p><strong>{}</strong></p>",
        escape(&tr.t("class-trainer-heading", &[])),
        error_box(tr, error),
        escape(&tr.t("class-trainer-code", &[("code", s.code.clone())])),
        escape(&tr.t(
            "class-trainer-learners",
            &[("count", s.learners.len().to_string()), ("max", s.max_learners.to_string())]
        )),
        escape(&tr.t(&format!("class-phase-{}", s.phase.as_str()), &[])),
    );
    h.push_str("<form method=\"post\" action=\"/trainer/phase\">");
    for p in [Phase::Joining, Phase::Chat, Phase::Closed, Phase::Replay] {
        let _ = write!(
            h,
            "<button type=\"submit\" name=\"phase\" value=\"{}\">{}</button>",
            p.as_str(),
            escape(&tr.t(&format!("class-trainer-to-{}", p.as_str()), &[]))
        );
    }
    h.push_str("</form><form method=\"post\" action=\"/trainer/raid\">");
    let _ = write!(
        h,
        "<label for=\"adversary\">{}</label><select id=\"adversary\" name=\"adversary\">",
        escape(&tr.t("class-trainer-adversary", &[]))
    );
    for a in v.template.adversaries() {
        let _ = write!(h, "<option value=\"{a}\">{a}</option>", a = escape(a));
    }
    let _ = write!(
        h,
        "</select><button type=\"submit\">{}</button></form><form method=\"post\" action=\"/trainer/reveal\"><button type=\"submit\">{}</button></form>",
        escape(&tr.t("class-trainer-raid", &[])),
        escape(&tr.t("class-trainer-reveal", &[]))
    );
    match v.last_raid {
        None => {}
        Some(None) => {
            let _ = write!(h, "<p>{}</p>", escape(&tr.t("class-trainer-raid-running", &[])));
        }
        Some(Some(Err(e))) => {
            let _ = write!(
                h,
                "<p class=\"refused\">{}</p>",
                escape(&tr.t("class-trainer-raid-failed", &[("error", e.to_owned())]))
            );
        }
        Some(Some(Ok(summary))) => summary_table(&mut h, tr, summary),
    }
    let _ = write!(
        h,
        "<p><a href=\"/projector\">{}</a></p>{}<h2>{}</h2><p><a href=\"/trainer/export.toml\">{}</a> · <a href=\"/trainer/export.toml?keep=1\">{}</a> · <a href=\"/trainer/summary.md\">{}</a> · <a href=\"/trainer/summary.json\">{}</a></p>",
        escape(&tr.t("class-trainer-projector", &[])),
        names_form(tr, v.names),
        escape(&tr.t("class-trainer-export-heading", &[])),
        escape(&tr.t("class-trainer-export", &[])),
        escape(&tr.t("class-trainer-export-keep", &[])),
        escape(&tr.t("class-trainer-summary-md", &[])),
        escape(&tr.t("class-trainer-summary", &[]))
    );
    h.push_str("<ul>");
    for l in &s.learners {
        let _ = write!(
            h,
            "<li>{} ({})</li>",
            escape(&l.pseudonym),
            escape(&l.choices.values().cloned().collect::<Vec<_>>().join(", "))
        );
    }
    h.push_str("</ul>");
    h
}

/// The class picture: per server, how many learners lost what.
pub fn summary_table(h: &mut String, tr: &Tr, s: &Summary) {
    let _ = write!(
        h,
        "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        escape(&tr.t("class-summary-heading", &[("round", s.round.to_string()), ("adversary", s.adversary.clone())])),
        escape(&tr.t("class-summary-server", &[])),
        escape(&tr.t("class-summary-learners", &[])),
        escape(&tr.t("class-summary-home-ips", &[])),
        escape(&tr.t("class-summary-contacts", &[])),
        escape(&tr.t("class-summary-public-handles", &[])),
        escape(&tr.t("class-summary-linked-accounts", &[])),
        escape(&tr.t("class-summary-readable-messages", &[])),
    );
    for (server, l) in &s.servers {
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(server),
            l.learners,
            l.home_ips,
            l.contacts,
            l.public_handles,
            l.linked_accounts,
            l.readable_messages
        );
    }
    h.push_str("</table>");
}
