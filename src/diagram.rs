//! The book's scenario diagrams as SVG: servers as cards wrapped into rows (four to a row, so ten
//! and more servers stay readable), each with its people; rooms as lettered badges with a key;
//! a legend. "You", a compromised server and a watched person differ by shape and words, not
//! by colour alone.

use crate::preprocessor::escape;
use glasshouse_sim::scenario::{AdversaryKind, Setup};
use std::fmt::Write as _;

const COLS: usize = 4;
const CARD_W: f64 = 210.0;
const GAP: f64 = 16.0;
const HEAD: f64 = 52.0;
const LINE: f64 = 22.0;
const MAX_PEOPLE: usize = 12;

/// How a person is marked on the diagram.
#[derive(Clone, Copy, PartialEq)]
enum Mark {
    You,
    Insider,
    Watched,
    Plain,
}

fn marks(setup: &Setup, person: &str, learner: bool) -> Mark {
    let mut mark = if learner { Mark::You } else { Mark::Plain };
    for (id, a) in &setup.adversaries {
        match &a.kind {
            AdversaryKind::Insider { person: p }
                if p == person && !learner && !glasshouse_words::words::is_own_view(setup, id) =>
            {
                mark = Mark::Insider;
            }
            AdversaryKind::NetworkObserver { person: p }
            | AdversaryKind::PushGateway { person: p }
            | AdversaryKind::SeizedDevice { person: p, .. }
                if p == person && mark == Mark::Plain =>
            {
                mark = Mark::Watched;
            }
            _ => {}
        }
    }
    mark
}

/// A room's letter: A … Z, then AA, AB …
fn letter(k: usize) -> String {
    let a = |i: usize| char::from(b'A' + (i % 26) as u8);
    if k < 26 { a(k).to_string() } else { format!("{}{}", a(k / 26 - 1), a(k)) }
}

/// The whole diagram.
pub fn svg(setup: &Setup) -> String {
    let attacked: Vec<&str> = setup.adversaries.values().flat_map(|a| a.kind.servers()).collect();
    let rooms: Vec<_> = setup.rooms.values().collect();
    let servers: Vec<&String> = setup.servers.keys().collect();
    let cols = servers.len().clamp(1, COLS);
    // Wide enough for the key's lines, even with one or two servers.
    let width = (GAP + cols as f64 * (CARD_W + GAP)).max(500.0);
    // The learner's accounts: their first and any second account share an owner.
    let owners: Vec<&str> = setup.people.values().filter(|p| p.learner).map(|p| p.owner.as_str()).collect();
    let mut g = String::new();
    let mut y = GAP;
    let mut body = String::new();
    for row in servers.chunks(COLS) {
        let mut row_h: f64 = 0.0;
        for (c, name) in row.iter().enumerate() {
            let x = GAP + c as f64 * (CARD_W + GAP);
            let people: Vec<_> = setup.people.values().filter(|p| &p.server == *name).collect();
            let shown = people.len().min(MAX_PEOPLE);
            let extra = if people.len() > MAX_PEOPLE { 1.0 } else { 0.0 };
            let h = HEAD + (shown as f64 + extra) * LINE + 10.0;
            row_h = row_h.max(h);
            let hit = attacked.contains(&name.as_str());
            let (fill, stroke, dash, width) = if hit {
                ("url(#gh-hatch)", "#b3261e", " stroke-dasharray=\"8 4\"", 3)
            } else {
                ("#eef6f5", "#2b7a78", "", 1)
            };
            let _ = write!(
                body,
                "<rect x=\"{x}\" y=\"{y}\" width=\"{CARD_W}\" height=\"{h}\" rx=\"8\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{width}\"{dash}/>\
                 <text x=\"{}\" y=\"{}\" font-weight=\"bold\">{}</text>",
                x + 10.0,
                y + 20.0,
                escape(name)
            );
            if hit {
                let _ = write!(
                    body,
                    "<text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#8c1d18\" font-weight=\"bold\">⚠ COMPROMISED</text>",
                    x + 10.0,
                    y + 38.0
                );
            } else {
                let accounts = match people.len() {
                    0 => "no accounts here".to_owned(),
                    1 => "1 account".to_owned(),
                    n => format!("{n} accounts"),
                };
                let _ = write!(
                    body,
                    "<text x=\"{}\" y=\"{}\" font-size=\"11\" fill=\"#555\">{accounts}</text>",
                    x + 10.0,
                    y + 38.0
                );
            }
            for (j, p) in people.iter().take(MAX_PEOPLE).enumerate() {
                let py = y + HEAD + j as f64 * LINE + 12.0;
                let badges: Vec<String> = rooms
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.members.contains(&p.id))
                    .map(|(k, _)| letter(k))
                    .collect();
                let (glyph, note, weight, colour) =
                    match marks(setup, &p.id, p.learner || owners.contains(&p.owner.as_str())) {
                        Mark::You if p.id == "you" => ("★", "", "bold", "#1b4f9c"),
                        Mark::You => ("★", " (you)", "bold", "#1b4f9c"),
                        Mark::Insider => ("⚑", " (insider)", "normal", "#8c1d18"),
                        Mark::Watched => ("◎", " (watched)", "normal", "#8c1d18"),
                        Mark::Plain => ("●", "", "normal", "#333"),
                    };
                let _ = write!(
                    body,
                    "<text x=\"{}\" y=\"{py}\" fill=\"{colour}\" font-weight=\"{weight}\">{glyph} {}{note}</text>",
                    x + 12.0,
                    escape(&p.id)
                );
                if !badges.is_empty() {
                    let _ = write!(
                        body,
                        "<text x=\"{}\" y=\"{py}\" text-anchor=\"end\" font-size=\"11\" fill=\"#6b5300\">{}</text>",
                        x + CARD_W - 8.0,
                        escape(&badges.join(" "))
                    );
                }
            }
            if extra > 0.0 {
                let py = y + HEAD + shown as f64 * LINE + 12.0;
                let _ = write!(
                    body,
                    "<text x=\"{}\" y=\"{py}\" font-size=\"12\" fill=\"#555\">… and {} more</text>",
                    x + 12.0,
                    people.len() - MAX_PEOPLE
                );
            }
        }
        y += row_h + GAP;
    }
    // The rooms' key: letter, name, encryption and how many servers hold it.
    let _ = write!(body, "<text x=\"{GAP}\" y=\"{}\" font-weight=\"bold\">Rooms</text>", y + 12.0);
    y += 22.0;
    for (k, room) in rooms.iter().enumerate() {
        let holders: std::collections::BTreeSet<&str> =
            room.members.iter().filter_map(|m| setup.people.get(m)).map(|p| p.server.as_str()).collect();
        let label = room.name.clone().unwrap_or_else(|| room.id.clone());
        let lock = if room.encrypted { "encrypted" } else { "not encrypted" };
        let _ = write!(
            body,
            "<text x=\"{GAP}\" y=\"{}\"><tspan font-weight=\"bold\" fill=\"#6b5300\">{}</tspan>  {} — {lock}, {} members on {} server{}</text>",
            y + 12.0,
            letter(k),
            escape(&label),
            room.members.len(),
            holders.len(),
            if holders.len() == 1 { "" } else { "s" }
        );
        y += 20.0;
    }
    y += 8.0;
    for line in [
        "Key: ★ you (every account of yours)",
        "⚠ dashed, hatched card: a compromised or malicious server",
        "⚑ an insider · ◎ watched by an adversary · A, B …: the rooms each person is in",
    ] {
        let _ = write!(body, "<text x=\"{GAP}\" y=\"{}\" font-size=\"12\" fill=\"#333\">{line}</text>", y + 12.0);
        y += 17.0;
    }
    let height = y + 12.0;
    let _ = write!(
        g,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"servers, people and rooms of the scenario\" font-family=\"sans-serif\" font-size=\"13\">\
         <defs><pattern id=\"gh-hatch\" width=\"10\" height=\"10\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
         <rect width=\"10\" height=\"10\" fill=\"#fbe3e1\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"10\" stroke=\"#f1b9b4\" stroke-width=\"3\"/></pattern></defs>{body}</svg>"
    );
    g
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::Library;

    fn setup(name: &str, choices: &[&str]) -> Setup {
        let Ok((_, s)) = Library::default().scenario(name) else { panic!("no bundled scenario {name}") };
        let sel = s.select(choices.iter().copied()).expect("choices");
        s.setup(&sel).expect("setup")
    }

    #[test]
    fn ten_servers_wrap_into_rows_and_stay_readable() {
        let svg = svg(&setup("many-servers", &["layout=ten"]));
        let width: f64 = svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|r| r.split(' ').next())
            .and_then(|w| w.parse().ok())
            .expect("a viewBox with a width");
        assert!(width <= 1000.0, "a row is {width} wide");
        assert!(svg.contains("★ you") && svg.contains("COMPROMISED") && svg.contains("Key:"));
    }

    #[test]
    fn letters_continue_past_z() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
    }
}
