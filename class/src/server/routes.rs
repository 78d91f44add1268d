//! The class server's routes: learners join, choose, post and react; the trainer logs in, moves
//! the phases, raids, reveals and exports. A refusal re-renders the page with the reason (so a
//! form without JavaScript shows it); a success redirects back (303).

use super::App;
use super::http::{self, LEARNER_COOKIE, TRAINER_COOKIE, cookie, form, same_secret};
use super::pages::{self, LearnerView, TrainerView};
use crate::compose::{self, Compose};
use crate::refusal::Refusal;
use crate::session::{Action, Phase};
use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use tiny_http::{Method, Request, Response};

type Reply = Response<Cursor<Vec<u8>>>;

/// Who is asking.
struct Who {
    learner: Option<u32>,
    trainer: bool,
    lang: String,
    /// The request's `Host` (the address the room reached this laptop at).
    host: Option<String>,
}

/// Handles one request.
pub(super) fn handle(app: &Arc<App>, mut req: Request) {
    let (path, query) = match req.url().split_once('?') {
        Some((p, q)) => (p.to_owned(), q.to_owned()),
        None => (req.url().to_owned(), String::new()),
    };
    let who = {
        let st = app.state();
        let learner = cookie(req.headers(), LEARNER_COOKIE).and_then(|t| st.session.by_token(&t).map(|l| l.id));
        let trainer = cookie(req.headers(), TRAINER_COOKIE).is_some_and(|k| same_secret(&k, &st.session.trainer_key));
        let accept = http::header_value(req.headers(), "Accept-Language");
        let host = http::header_value(req.headers(), "Host")
            .filter(|h| h.len() <= 100 && h.chars().all(|c| c.is_ascii_alphanumeric() || ".:-[]".contains(c)));
        Who { learner, trainer, lang: crate::words::pick(accept.as_deref(), &app.config.lang), host }
    };
    let method = req.method().clone();
    if method == Method::Get && path == "/events" {
        if who.learner.is_some() || who.trainer {
            super::sse::stream(app, req);
        } else {
            let _ = req.respond(refused(app, &who, Refusal::new("class-refused-not-joined").status(403)));
        }
        return;
    }
    let body = if method == Method::Post {
        match read_body(&mut req, app.config.max_body) {
            Ok(b) => b,
            Err(r) => {
                let _ = req.respond(refused(app, &who, r));
                return;
            }
        }
    } else {
        String::new()
    };
    let reply = route(app, &who, &method, &path, &query, &body);
    let _ = req.respond(reply);
}

/// The body, refused past `max` bytes (by its announced length or as read).
fn read_body(req: &mut Request, max: usize) -> Result<String, Refusal> {
    let too_big = || Refusal::new("class-refused-body").arg("max", max).status(413);
    if req.body_length().is_some_and(|n| n > max) {
        return Err(too_big());
    }
    let mut buf = Vec::new();
    req.as_reader().take(max as u64 + 1).read_to_end(&mut buf).map_err(|_| Refusal::new("class-refused-body-read"))?;
    if buf.len() > max {
        return Err(too_big());
    }
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

fn route(app: &Arc<App>, who: &Who, method: &Method, path: &str, query: &str, body: &str) -> Reply {
    let f = form(body);
    let result = match (method, path) {
        (Method::Get, "/") => return home(app, who, None),
        // Browsers ask for an icon on their own; there is none, and that is not an error.
        (Method::Get, "/favicon.ico") => return http::respond(204, "image/x-icon", String::new()),
        (Method::Get, "/live.js") => {
            return http::respond(200, "text/javascript; charset=utf-8", pages::LIVE_JS.to_owned());
        }
        (Method::Get, "/class.css") => return http::respond(200, "text/css; charset=utf-8", pages::CSS.to_owned()),
        (Method::Post, "/join") => return join(app, who, &f),
        (Method::Post, "/choose") => choose(app, who, &f),
        (Method::Post, "/say") => say(app, who, &f),
        (Method::Post, "/react") => react(app, who, &f),
        (Method::Post, "/quiet") => joined(who).and_then(|learner| app.act(Action::Quiet { learner }).map(drop)),
        (Method::Get, "/trainer") => return trainer(app, who, None),
        (Method::Get, "/projector") => return projector(app, who),
        (Method::Post, "/trainer/login") => return login(app, who, &f),
        (Method::Post, p) if p.starts_with("/trainer/") => return trainer_post(app, who, p, &f),
        (Method::Get, "/trainer/export.toml") if who.trainer => return export(app, query),
        (Method::Get, "/trainer/summary.json") if who.trainer => return summary(app),
        (Method::Get, "/trainer/summary.md") if who.trainer => return summary_md(app, who),
        (Method::Get, p) if p.starts_with("/trainer/") => return trainer(app, who, Some(&trainer_key_refusal())),
        _ => Err(Refusal::new("class-refused-not-found").status(404)),
    };
    match result {
        Ok(()) => http::see_other("/", None),
        Err(r) => home(app, who, Some(&r)),
    }
}

fn trainer_key_refusal() -> Refusal {
    Refusal::new("class-refused-trainer-key").status(403)
}

fn refused(app: &App, who: &Who, r: Refusal) -> Reply {
    let tr = app.tr(&who.lang);
    let status = r.status;
    http::html(status, pages::layout(tr, &who.lang, &status.to_string(), &pages::refusal(tr, &r)))
}

fn page(app: &App, who: &Who, status: u16, body: &str) -> Reply {
    let title = app.tr(&who.lang).t(&format!("scenario-{}", app.template.id()), &[]);
    let tr = app.tr(&who.lang);
    let html = if who.learner.is_some() || who.trainer {
        pages::live_layout(tr, &who.lang, &title, body)
    } else {
        pages::layout(tr, &who.lang, &title, body)
    };
    http::html(status, html)
}

/// The join form, or the learner's page.
fn home(app: &App, who: &Who, error: Option<&Refusal>) -> Reply {
    let tr = app.tr(&who.lang);
    let status = error.map_or(200, |r| r.status);
    let st = app.state();
    let Some(learner) = who.learner.and_then(|id| st.session.learner(id)) else {
        return page(app, who, status, &pages::join(tr, &app.template, error));
    };
    // Only the learner's own part of the last raid's debrief: nobody else's.
    let debrief = st.session.raids.last().filter(|_| st.session.revealed).and_then(|r| {
        let outcome = st.outcomes.get(&r.round)?.as_ref().ok()?;
        let mut d = outcome.debriefs.get(&learner.id)?.clone();
        d.at_risk.clear();
        d.others.clear();
        Some(d)
    });
    let view = LearnerView {
        session: &st.session,
        template: &app.template,
        learner,
        debrief: debrief.as_ref(),
        debrief_scenario: format!("{}-class", app.template.id()),
    };
    page(app, who, status, &pages::learner(tr, &view, error))
}

fn join(app: &App, who: &Who, f: &BTreeMap<String, String>) -> Reply {
    if who.learner.is_some() {
        return http::see_other("/", None);
    }
    let code = f.get("code").map(|c| c.trim().to_uppercase()).unwrap_or_default();
    {
        let mut st = app.state();
        let now = Instant::now();
        while st.wrong_codes.front().is_some_and(|t| now.duration_since(*t) > Duration::from_secs(60)) {
            st.wrong_codes.pop_front();
        }
        if st.wrong_codes.len() >= super::WRONG_CODES_PER_MINUTE {
            drop(st);
            return home(app, who, Some(&Refusal::new("class-refused-code-rate").status(429)));
        }
        if !same_secret(&code, &st.session.code) {
            st.wrong_codes.push_back(now);
            drop(st);
            return home(app, who, Some(&Refusal::new("class-refused-code").status(403)));
        }
    }
    let token = super::token();
    // The journal keeps the cookie's digest, not the cookie.
    let digest = crate::session::token_digest(&token);
    let action = Action::Join { token: digest, pseudonym: f.get("pseudonym").cloned().unwrap_or_default() };
    match app.act(action) {
        Ok(_) => http::see_other("/", Some((LEARNER_COOKIE, &token))),
        Err(r) => home(app, who, Some(&r)),
    }
}

fn joined(who: &Who) -> Result<u32, Refusal> {
    who.learner.ok_or(Refusal::new("class-refused-not-joined").status(403))
}

fn choose(app: &App, who: &Who, f: &BTreeMap<String, String>) -> Result<(), Refusal> {
    let learner = joined(who)?;
    let choices = app
        .template
        .learner_choices()
        .iter()
        .filter_map(|c| f.get(&format!("choice-{}", c.key)).map(|v| (c.key.clone(), v.clone())))
        .collect();
    let field = |k: &str| f.get(k).cloned().unwrap_or_default();
    app.act(Action::Choose { learner, username: field("username"), display_name: field("display_name"), choices })
        .map(drop)
}

fn say(app: &App, who: &Who, f: &BTreeMap<String, String>) -> Result<(), Refusal> {
    let learner = joined(who)?;
    {
        let mut st = app.state();
        let now = Instant::now();
        let recent = st.recent.entry(learner).or_default();
        while recent.front().is_some_and(|t| now.duration_since(*t) > Duration::from_secs(60)) {
            recent.pop_front();
        }
        if recent.len() >= app.config.messages_per_minute {
            return Err(Refusal::new("class-refused-rate").arg("max", app.config.messages_per_minute).status(429));
        }
    }
    app.act(Action::Say { learner, text: f.get("text").cloned().unwrap_or_default() })?;
    app.state().recent.entry(learner).or_default().push_back(Instant::now());
    Ok(())
}

fn react(app: &App, who: &Who, f: &BTreeMap<String, String>) -> Result<(), Refusal> {
    let learner = joined(who)?;
    let message = f.get("message").and_then(|m| m.parse().ok()).ok_or(Refusal::new("class-refused-message"))?;
    app.act(Action::React { learner, message, key: f.get("key").cloned().unwrap_or_default() }).map(drop)
}

fn trainer(app: &App, who: &Who, error: Option<&Refusal>) -> Reply {
    let tr = app.tr(&who.lang);
    let status = error.map_or(200, |r| r.status);
    if !who.trainer {
        return page(app, who, status, &pages::trainer_login(tr, error));
    }
    let st = app.state();
    let last_raid = st
        .session
        .raids
        .last()
        .map(|r| st.outcomes.get(&r.round).map(|o| o.as_ref().map(|o| &o.summary).map_err(String::as_str)));
    let view = TrainerView {
        session: &st.session,
        template: &app.template,
        last_raid,
        names: app.show_names.load(Ordering::SeqCst),
    };
    page(app, who, status, &pages::trainer(tr, &view, error))
}

/// The projector page (the trainer's screen on the wall); the trainer's login for anyone else.
fn projector(app: &App, who: &Who) -> Reply {
    if !who.trainer {
        return trainer(app, who, None);
    }
    let tr = app.tr(&who.lang);
    let st = app.state();
    let pictures =
        st.session.raids.iter().filter_map(|r| st.outcomes.get(&r.round)?.as_ref().ok()).map(|o| &o.summary).collect();
    let running = st.session.raids.iter().any(|r| !st.outcomes.contains_key(&r.round));
    let view = super::projector::ProjectorView {
        session: &st.session,
        template: &app.template,
        join_at: who.host.as_deref(),
        pictures,
        running,
        names: app.show_names.load(Ordering::SeqCst),
    };
    let body = super::projector::projector(tr, &view);
    drop(st);
    let html = pages::layout(tr, &who.lang, &tr.t("class-projector-title", &[]), &body).replacen(
        "<head>",
        &format!("<head><meta http-equiv=\"refresh\" content=\"{}\">", super::projector::REFRESH_SECONDS),
        1,
    );
    http::html(200, html)
}

fn login(app: &App, who: &Who, f: &BTreeMap<String, String>) -> Reply {
    let key = f.get("key").map(|k| k.trim().to_owned()).unwrap_or_default();
    if !same_secret(&key, &app.state().session.trainer_key) {
        return trainer(app, who, Some(&trainer_key_refusal()));
    }
    http::see_other("/trainer", Some((TRAINER_COOKIE, &key)))
}

fn trainer_post(app: &Arc<App>, who: &Who, path: &str, f: &BTreeMap<String, String>) -> Reply {
    if !who.trainer {
        return trainer(app, who, Some(&trainer_key_refusal()));
    }
    let result = match path {
        "/trainer/phase" => match f.get("phase").map(String::as_str) {
            Some("joining") => app.act(Action::Phase { phase: Phase::Joining }),
            Some("chat") => app.act(Action::Phase { phase: Phase::Chat }),
            Some("closed") => app.act(Action::Phase { phase: Phase::Closed }),
            Some("replay") => app.act(Action::Phase { phase: Phase::Replay }),
            _ => Err(Refusal::new("class-refused-phase-unknown")),
        }
        .map(drop),
        "/trainer/raid" => {
            let adversary = f.get("adversary").cloned().unwrap_or_default();
            app.act(Action::Raid { adversary }).map(|_| {
                let round = app.state().session.raids.last().map_or(0, |r| r.round);
                app.spawn_raid(round);
            })
        }
        "/trainer/reveal" => reveal(app),
        "/trainer/names" => {
            app.show_names.store(f.get("names").is_some_and(|v| v == "on"), Ordering::SeqCst);
            Ok(())
        }
        _ => Err(Refusal::new("class-refused-not-found").status(404)),
    };
    match result {
        Ok(()) => http::see_other("/trainer", None),
        Err(r) => trainer(app, who, Some(&r)),
    }
}

/// Reveals the last raid once it has finished.
fn reveal(app: &App) -> Result<(), Refusal> {
    {
        let st = app.state();
        if let Some(r) = st.session.raids.last() {
            match st.outcomes.get(&r.round) {
                None => return Err(Refusal::new("class-refused-raid-running").status(409)),
                Some(Err(e)) => return Err(Refusal::new("class-refused-raid-failed").arg("error", e).status(500)),
                Some(Ok(_)) => {}
            }
        }
    }
    app.act(Action::Reveal).map(drop)
}

/// The session as an ordinary scenario: messages as placeholders unless `keep=1`.
fn export(app: &App, query: &str) -> Reply {
    let keep = form(query).get("keep").is_some_and(|v| v == "1");
    let st = app.state();
    let c = Compose {
        learners: &st.session.learners,
        messages: &st.session.messages,
        adversary: st.session.raids.last().map(|r| r.adversary.as_str()),
        keep_messages: keep,
    };
    let mut r = http::respond(200, "application/toml; charset=utf-8", compose::to_toml(&app.template, &c));
    let name = format!("attachment; filename=\"{}-class.toml\"", app.template.id());
    if let Ok(h) = tiny_http::Header::from_bytes(&b"Content-Disposition"[..], name.as_bytes()) {
        r.add_header(h);
    }
    r
}

/// The class summary as JSON: counts only, nobody named.
/// The class summary in Markdown, in the trainer's language.
fn summary_md(app: &App, who: &Who) -> Reply {
    use crate::summary::{Round, markdown};
    let st = app.state();
    let rounds: Vec<Round<'_>> = st
        .session
        .raids
        .iter()
        .map(|r| match st.outcomes.get(&r.round) {
            Some(Ok(o)) => Round::Done(&o.summary),
            Some(Err(e)) => Round::Failed(r.round, &r.adversary, e),
            None => Round::Running(r.round, &r.adversary),
        })
        .collect();
    let s = &st.session;
    let body = markdown(app.tr(&who.lang), &s.scenario, s.learners.len(), s.messages.len(), &rounds);
    drop(rounds);
    drop(st);
    http::respond(200, "text/markdown; charset=utf-8", body)
}

fn summary(app: &App) -> Reply {
    let st = app.state();
    let raids: Vec<serde_json::Value> = st
        .session
        .raids
        .iter()
        .map(|r| match st.outcomes.get(&r.round) {
            Some(Ok(o)) => serde_json::to_value(&o.summary).unwrap_or_default(),
            Some(Err(e)) => serde_json::json!({ "round": r.round, "adversary": r.adversary, "error": e }),
            None => serde_json::json!({ "round": r.round, "adversary": r.adversary, "running": true }),
        })
        .collect();
    let s = &st.session;
    let body = serde_json::json!({
        "scenario": s.scenario,
        "phase": s.phase.as_str(),
        "learners": s.learners.len(),
        "messages": s.messages.len(),
        "raids": raids,
    });
    drop(st);
    http::respond(200, "application/json", serde_json::to_string_pretty(&body).unwrap_or_default())
}
