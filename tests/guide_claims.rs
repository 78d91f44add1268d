//! The guide's checkable claims, each run through the bundled scenarios or the decentralisation
//! explorer. Every test quotes, in our own paraphrase, the claim it checks.

use glasshouse_sim::explorer::{CompromisedSet, Federation, FederationSpec, SizeDist};
use glasshouse_sim::knowledge::{Fact, IpKind, ReadVia};
use glasshouse_sim::scenario::AdversaryKind;
use glasshouse_sim::world::HopKind;
use glasshouse_sim::{Finding, FindingCode, Report, Scenario, World, bundled};

/// Runs a bundled scenario with `key=value` choices.
fn run(name: &str, choose: &[&str]) -> (World, Report) {
    let text = bundled::get(name).unwrap_or_else(|| panic!("no bundled scenario {name}"));
    let s = Scenario::parse(text).unwrap_or_else(|d| panic!("{name}: {d:?}"));
    let sel = s.select(choose.iter().copied()).unwrap_or_else(|e| panic!("{name}: {e}"));
    let (w, r) = glasshouse_sim::run(&s, &sel, s.seed).unwrap_or_else(|e| panic!("{name}: {e}"));
    (w, r)
}

fn by<'a>(r: &'a Report, adversary: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
    r.findings.iter().filter(move |f| f.adversary == adversary)
}

fn objective(r: &Report, id: &str) -> bool {
    r.objectives.iter().find(|o| o.id == id).unwrap_or_else(|| panic!("no objective {id}")).met
}

/// Server adversaries (compromised or malicious servers) of a run.
fn server_adversaries(w: &World) -> Vec<String> {
    w.setup()
        .adversaries
        .values()
        .filter(|a| matches!(a.kind, AdversaryKind::Compromise { .. } | AdversaryKind::MaliciousAdmin { .. }))
        .map(|a| a.id.clone())
        .collect()
}

fn share_of_ips_seen_by_one_server(servers: u64) -> f64 {
    let spec = FederationSpec::new(servers, 10_000, Some(1_000), SizeDist::Uniform).unwrap_or_else(|e| panic!("{e:?}"));
    let fed = Federation::generate(&spec, 1).unwrap_or_else(|e| panic!("{e:?}"));
    fed.analyse(&CompromisedSet::top(fed.servers(), 1)).users_ip_exposed_share
}

/// Part 1: a compromised server exposes the connection details of its own users; with one
/// server for everyone that is everyone, with ten equal servers about a tenth.
#[test]
fn one_server_of_one_sees_everyone_one_of_ten_sees_a_tenth() {
    assert_eq!(share_of_ips_seen_by_one_server(1), 1.0);
    let ten = share_of_ips_seen_by_one_server(10);
    assert!((0.09..=0.11).contains(&ten), "one of ten equal servers saw {ten}");
}

/// Part 1: your server keeps your IP address; other servers in the room do not get it.
#[test]
fn a_server_sees_its_own_users_ips_and_no_one_elses() {
    let (w, r) = run("first-connection", &[]);
    for f in by(&r, "raid").filter(|f| f.code() == FindingCode::IpAddress) {
        let server = &w.accounts()[&f.subject].server;
        assert_eq!(server, "bigchat.example", "raid on bigchat learned an IP of a user of {server}");
    }
    assert!(by(&r, "raid").any(|f| f.code() == FindingCode::IpAddress && f.subject == "you"));
    assert!(!by(&r, "raid").any(|f| f.code() == FindingCode::IpAddress && f.subject == "ash"));
}

/// Part 1: through a VPN or Tor, the server logs the exit's address instead of your home's.
#[test]
fn vpn_and_tor_put_the_exit_in_the_servers_logs() {
    for (via, kind) in [("vpn", IpKind::Vpn), ("tor", IpKind::Tor)] {
        let (_, r) = run("first-connection", &[&format!("connection={via}")]);
        let kinds: Vec<IpKind> = by(&r, "raid")
            .filter(|f| f.subject == "you")
            .filter_map(|f| match &f.fact {
                Fact::IpAddress { ip_kind, .. } => Some(*ip_kind),
                _ => None,
            })
            .collect();
        assert!(kinds.contains(&kind) && !kinds.contains(&IpKind::Home), "{via}: {kinds:?}");
    }
}

/// Part 1: the other servers in your rooms get your list of devices (ids and keys, which
/// encryption needs) but not the devices' names: Synapse shares device names over federation
/// only when its admins turn that on (off by default since 2022). Your own server has them.
#[test]
fn other_servers_get_your_devices_but_not_their_names() {
    let names = |choose: &[&str], subject: &str| -> Vec<Option<String>> {
        let (_, r) = run("first-connection", choose);
        by(&r, "raid")
            .filter(|f| f.subject == subject)
            .filter_map(|f| match &f.fact {
                Fact::DeviceList { devices, .. } => Some(devices.iter().map(|d| d.name.clone())),
                _ => None,
            })
            .flatten()
            .collect()
    };
    // Rosa on collective.example: the raid on bigchat.example has her laptop's id, not its name.
    let remote = names(&["server=collective.example"], "you");
    assert!(!remote.is_empty() && remote.iter().all(Option::is_none), "{remote:?}");
    // Sam is on bigchat.example itself: the raid reads his device's name in `devices`.
    let local = names(&["server=collective.example"], "sam");
    assert!(!local.is_empty() && local.iter().all(Option::is_some), "{local:?}");
}

/// Part 1: the address you sign up from is kept with the sign-up session, which Synapse
/// deletes after 48 hours; after that only the ordinary address log (28 days by default, or
/// what the admins set) still has it.
#[test]
fn the_sign_up_address_is_gone_after_two_days() {
    let (w, r) = run("connecting", &["server=riverbank.example", "connection=direct"]);
    let cites_sign_up = |f: &Finding| {
        f.evidence.iter().any(
            |e| matches!(e, glasshouse_sim::knowledge::Evidence::Row { table, .. } if table == "ui_auth_sessions_ips"),
        )
    };
    // Seized on day 30: no sign-up session is left, though the 90-day log has the home address.
    assert!(!r.findings.iter().any(cites_sign_up), "a day-30 seizure cited a sign-up session");
    assert!(by(&r, "raid").any(|f| matches!(&f.fact, Fact::IpAddress { ip_kind: IpKind::Home, .. })));
    let dump = w.servers()["riverbank.example"].dump(w.end());
    assert!(dump.get("ui_auth_sessions_ips").and_then(|v| v.as_array()).is_none_or(Vec::is_empty));
}

/// Part 1 (connecting): a server's promise to keep no IP logs covers its database; its web
/// server's access log and its login service keep addresses on their own terms. harbour.example
/// keeps no addresses in its database, but a seizure on day 30 still finds the home address of
/// the day-3 slip in its 90-day access log; lantern.example's logs had rotated it out.
#[test]
fn a_no_ip_logs_promise_covers_the_database_not_the_logs() {
    let home = |r: &Report| {
        by(r, "raid")
            .filter(|f| f.subject == "you" && matches!(&f.fact, Fact::IpAddress { ip_kind: IpKind::Home, .. }))
            .cloned()
            .collect::<Vec<_>>()
    };
    let (_, harbour) = run("connecting", &["server=harbour.example", "connection=tor"]);
    let found = home(&harbour);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, glasshouse_sim::knowledge::Rule::ServerRequestLog);
    assert!(
        found[0]
            .evidence
            .iter()
            .any(|e| matches!(e, glasshouse_sim::knowledge::Evidence::LogLines { log, .. } if log == "access.log"))
    );
    assert!(!objective(&harbour, "raid-no-home-ip"));
    let (_, lantern) = run("connecting", &["server=lantern.example", "connection=tor"]);
    assert!(home(&lantern).is_empty());
    assert!(objective(&lantern, "raid-no-home-ip"));
}

/// Part 1: a username reused from a public profile ties the account to that identity; a fresh
/// one does not.
#[test]
fn a_recycled_username_links_to_the_public_profile() {
    let linked = |u: &str| {
        let (_, r) = run("first-connection", &[&format!("username={u}")]);
        r.findings.iter().any(|f| f.code() == FindingCode::PublicHandle && f.subject == "you")
    };
    assert!(linked("riverside_rosa"));
    assert!(!linked("kestrel"));
}

/// Part 2: whatever is said in an unencrypted room is stored by every server that has a member
/// in it — seizing any one of them yields the message.
#[test]
fn a_public_room_post_is_held_by_every_participating_server() {
    for target in ["tiny.example", "harbour.example", "plaza.example"] {
        let (_, r) = run("public-vs-encrypted", &["encrypted=false", &format!("target={target}")]);
        let read = by(&r, "seized-server")
            .any(|f| f.subject == "you" && matches!(&f.fact, Fact::MessagePlaintext { via: ReadVia::Cleartext, .. }));
        assert!(read, "seizing {target} did not yield your message");
    }
}

/// Part 2: assume at least one bad actor is present — a member reads the room, encrypted or not.
#[test]
fn an_insider_reads_everything_encrypted_or_not() {
    for e in ["false", "true"] {
        let (_, r) = run("public-vs-encrypted", &[&format!("encrypted={e}")]);
        assert!(objective(&r, "assume-a-bad-actor"), "encrypted={e}");
        assert!(by(&r, "lurker").any(|f| f.subject == "you" && f.code() == FindingCode::MessagePlaintext));
    }
}

/// Part 3: with end-to-end encryption no server can read a message — on any server of the room.
#[test]
fn no_server_can_read_an_encrypted_message() {
    for target in ["tiny.example", "harbour.example", "plaza.example"] {
        let (w, r) = run("public-vs-encrypted", &["encrypted=true", &format!("target={target}")]);
        for adv in server_adversaries(&w) {
            assert!(
                !by(&r, &adv).any(|f| f.code() == FindingCode::MessagePlaintext),
                "{adv} on {target} read a message"
            );
        }
        // And nothing a server stores has a body: every message event is m.room.encrypted.
        for server in w.servers().values() {
            for e in &server.events {
                let t = e.json["type"].as_str().unwrap_or_default();
                assert_ne!(t, "m.room.message", "{} stores a cleartext message", server.spec.name);
            }
        }
    }
}

/// Part 3: a malicious admin who adds a device reads the room when clients share keys with every
/// device; "only send to verified" stops it.
#[test]
fn only_verified_sending_stops_the_admins_device() {
    let (_, all) = run("high-trust-room", &["sends_to=all"]);
    assert!(!objective(&all, "keep-the-plan-secret"));
    let (mut w, verified) = run("high-trust-room", &["sends_to=verified"]);
    assert!(objective(&verified, "keep-the-plan-secret"));
    // Every device that decrypted the learner's message belongs to someone the learner verified.
    let learner = w.setup().learner().unwrap_or_default().to_owned();
    let trusted: Vec<String> = w.setup().people[&learner].verified.clone();
    // Every client, opened as its view is read.
    let views = w.device_views().unwrap_or_else(|e| panic!("{e}")).clone();
    for ((account, device), view) in &views {
        let read_learners = view.decrypted.keys().any(|e| w.events().get(e).is_some_and(|m| m.sender == learner));
        if read_learners && account != &learner {
            let owner = &w.accounts()[account].owner;
            assert!(trusted.contains(owner), "{account}/{device} read the learner's message without being verified");
            assert!(!device.starts_with("GHOST"), "the admin's device read the learner");
        }
    }
}

/// The admin's devices that read the learner's messages in a run, as `account/device`.
fn admin_readers(r: &Report) -> Vec<String> {
    by(r, "shady-admin")
        .filter(|f| f.subject == "you" && f.code() == FindingCode::MessagePlaintext)
        .flat_map(|f| f.evidence.iter())
        .filter_map(|e| match e {
            glasshouse_sim::knowledge::Evidence::RoomKey { device, .. } => Some(device.clone()),
            _ => None,
        })
        .collect()
}

/// Part 3 (FACTS §3, MSC4153): sending only to cross-signed devices — today's default — stops a
/// device the admin slips into a member's account, but not a puppet account of its own, which
/// signs its own devices; only verifying people stops both.
#[test]
fn cross_signing_stops_the_injected_device_but_not_the_puppet() {
    let (w, r) = run("forty-members", &["sends_to=cross-signed"]);
    let holders = admin_readers(&r);
    assert!(!holders.is_empty(), "the admin read nothing under cross-signed sending");
    assert!(holders.iter().all(|d| !d.ends_with("/GHOSTPHONE")), "the injected device got a key: {holders:?}");
    assert!(
        holders
            .iter()
            .all(|d| w.accounts().get(d.split('/').next().unwrap_or("")).is_some_and(|a| a.puppet_of.is_some()))
    );
}

/// Part 3 (FACTS §3, client defaults in 2026): a 2026 app refuses the device an admin slips into
/// a member's account; but the admin's server can reset the member's identity and sign its
/// device with the new keys. Every app then warns that the identity changed; an app that had
/// verified the member blocks, one that had not gives the admin's device the key.
#[test]
fn an_identity_reset_beats_a_2026_app_unless_you_had_verified_the_person() {
    let (_, r) = run("high-trust-room", &[]);
    assert_eq!(r.choices.get("sends_to").map(ToString::to_string).as_deref(), Some("cross-signed"));
    assert!(objective(&r, "keep-the-plan-secret"), "you had verified Dana: your app should block her");
    assert!(by(&r, "your-screen").any(|f| matches!(&f.fact, Fact::IdentityChanged { verified: true, .. })));
    let (_, r) = run("high-trust-room", &["verified=kit"]);
    assert!(!objective(&r, "keep-the-plan-secret"), "the reset should beat an app that never verified Dana");
    let holders = admin_readers(&r);
    assert!(!holders.is_empty() && holders.iter().all(|d| d.ends_with("/GHOST")), "{holders:?}");
    let plaintexts: Vec<String> = by(&r, "shady-admin")
        .filter_map(|f| match &f.fact {
            Fact::MessagePlaintext { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert!(plaintexts.iter().all(|t| !t.starts_with("Check-in")), "the unsigned device read the check-in");
    assert!(by(&r, "your-screen").any(|f| matches!(&f.fact, Fact::IdentityChanged { verified: false, .. })));
}

/// Part 2 (FACTS §3, MSC4268): in an encrypted room whose history is shared, a 2026 app that
/// invites someone hands them the keys to earlier messages; only a room that shows newcomers
/// nothing from before they joined keeps the past from a stranger let in later.
#[test]
fn an_invited_stranger_reads_the_encrypted_past_unless_history_starts_at_joining() {
    let (_, shared) = run("public-room-insider", &["follow_up=private"]);
    assert!(!objective(&shared, "address-stays-private"), "Kai's app should have shared the history");
    let (_, joined) = run("public-room-insider", &["follow_up=private", "history=joined"]);
    assert!(objective(&joined, "address-stays-private"));
}

/// Part 3: verification does not hide membership — servers still see who is in the room.
#[test]
fn verification_does_not_hide_membership() {
    let (_, r) = run("high-trust-room", &["sends_to=verified"]);
    assert!(objective(&r, "see-what-verification-cannot-hide"));
}

/// Part 4: losing your only device without a recovery key loses your history and your friends'
/// trust; a recovery key restores both.
#[test]
fn a_recovery_key_restores_history_and_trust() {
    let (_, without) = run("account-recovery", &["forgot_password=false", "recovery=none"]);
    assert!(!objective(&without, "read-old-messages") && !objective(&without, "still-trusted"));
    let (_, with) = run("account-recovery", &["forgot_password=false", "recovery=key"]);
    assert!(objective(&with, "read-old-messages") && objective(&with, "still-trusted"));
}

/// Part 4: resetting a forgotten password needs an email on the account, which the server keeps
/// in clear text; without one the account is lost.
#[test]
fn a_password_reset_costs_an_email_on_the_server() {
    let (w, no_email) = run("account-recovery", &["forgot_password=true", "email=false", "recovery=key"]);
    assert!(w.accounts()["you"].locked_out);
    assert!(!objective(&no_email, "read-old-messages") && objective(&no_email, "hide-email"));
    let (w, email) = run("account-recovery", &["forgot_password=true", "email=true", "recovery=key"]);
    assert!(!w.accounts()["you"].locked_out);
    assert!(objective(&email, "read-old-messages") && !objective(&email, "hide-email"));
    // The reset signed every device out: the server seized later holds only the new one's token.
    let tokens: Vec<Vec<String>> = by(&email, "raid")
        .filter_map(|f| match &f.fact {
            Fact::SessionToken { devices, .. } if f.subject == "you" => Some(devices.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(tokens, [vec!["NEWLAPTOP".to_owned()]]);
}

/// Part 5: encryption hides the words, not the metadata — membership and each message's sender,
/// time and size stay visible to the servers in the room.
#[test]
fn an_encrypted_room_still_shows_membership_and_envelopes() {
    let (_, r) = run("public-vs-encrypted", &["encrypted=true"]);
    let codes: Vec<FindingCode> = by(&r, "seized-server").filter(|f| f.subject == "you").map(Finding::code).collect();
    assert!(codes.contains(&FindingCode::RoomMembership), "{codes:?}");
    assert!(codes.contains(&FindingCode::MessageMetadata), "{codes:?}");
    assert!(!codes.contains(&FindingCode::MessagePlaintext), "{codes:?}");
}

/// Appendix: a Signal-like operator holds your number but not your words — and, watching live,
/// sees each group message go out as one request listing every recipient, so it learns the group
/// even over Tor (FACTS §6); a Telegram- or Discord-like operator holds everything; on Matrix no
/// server reads an encrypted room but your own server holds your IP.
#[test]
fn operators_see_what_their_design_lets_them_see() {
    let met = |service: &str, id: &str| objective(&run("other-platforms", &[&format!("service={service}")]).1, id);
    assert!(met("signal-like", "hide-the-words") && !met("signal-like", "hide-the-group"));
    assert!(!met("signal-like", "hide-number-and-email"));
    let (_, tor) = run("other-platforms", &["service=signal-like", "connection=tor"]);
    assert!(!objective(&tor, "hide-the-group"), "Tor hides who wrote, not who received");
    for open in ["telegram-like", "discord-like"] {
        assert!(!met(open, "hide-the-words") && !met(open, "hide-the-group") && !met(open, "hide-number-and-email"));
    }
    assert!(
        met("matrix", "hide-the-words") && !met("matrix", "hide-the-group") && met("matrix", "hide-number-and-email")
    );
    for service in ["matrix", "signal-like", "telegram-like", "discord-like"] {
        let (_, tor) = run("other-platforms", &[&format!("service={service}"), "connection=tor"]);
        assert!(objective(&tor, "hide-home-ip"), "{service} over Tor");
    }
}

/// Part 1, through a scenario: one server for ten people hands a seizure all ten people's
/// connection details; ten servers, one each, hand it one.
#[test]
fn one_big_server_exposes_ten_people_ten_small_ones_one() {
    let ips = |layout: &str| {
        let (_, r) = run("many-servers", &[&format!("layout={layout}")]);
        let mut people: Vec<String> =
            by(&r, "seizure").filter(|f| f.code() == FindingCode::IpAddress).map(|f| f.subject.clone()).collect();
        people.dedup();
        people.len()
    };
    assert_eq!(ips("one"), 10);
    assert_eq!(ips("ten"), 1);
}

/// Part 1 (resilience): when one server goes down the room carries on on the others, and the
/// server receives what it missed when it returns.
#[test]
fn a_room_survives_a_server_outage_and_the_server_catches_up() {
    let (w, _) = run("server-down", &["encrypted=false"]);
    let tin = &w.labels()["tin"];
    // Sent while east.example was down: the other servers had it at once …
    let south = &w.servers()["south.example"];
    assert!(south.events.iter().any(|e| &e.event_id == tin), "south.example lacks the message sent during the outage");
    // … and east.example got it on its return (a backfill hop at 6:50).
    let east = &w.servers()["east.example"];
    assert!(east.events.iter().any(|e| &e.event_id == tin), "east.example never received the missed message");
    assert!(w.hops().iter().any(|h| h.kind == HopKind::Backfill && h.to == "east.example" && &h.what == tin));
    // So seizing the server that was down still yields what was said during the outage.
    let (_, r) = run("server-down", &["encrypted=false", "seized=east.example"]);
    assert!(
        by(&r, "seizure").any(|f| matches!(&f.fact, Fact::MessagePlaintext { text, .. } if text.contains("blue tin")))
    );
}

/// Part 1 (resilience): a server keeps only your latest read receipt per room, so a seizure
/// finds where you had read up to, not each time you read.
#[test]
fn a_seizure_finds_only_your_latest_read_receipt() {
    let (_, r) = run("server-down", &["seized=south.example"]);
    let receipts = by(&r, "seizure").filter(|f| f.subject == "you" && f.code() == FindingCode::ReadReceipt).count();
    assert_eq!(receipts, 1, "you read the room twice; the server keeps one row");
}

/// Part 1 (resilience): a server re-sends its users' current presence every 25 minutes or so,
/// so a server back from an outage soon learns the status you set while it was down.
#[test]
fn a_server_back_from_an_outage_soon_learns_your_status() {
    let (w, r) = run("server-down", &["seized=east.example"]);
    let up = glasshouse_sim::SimTime::parse("6:50").unwrap_or_default();
    let status = by(&r, "seizure").find_map(|f| match &f.fact {
        Fact::Presence { status: Some(s), at, .. } if f.subject == "you" => Some((s.clone(), *at)),
        _ => None,
    });
    let Some((text, at)) = status else { panic!("the returning server never learned your status") };
    assert_eq!(text, "counting the fund");
    assert!(at > up && at.secs() - up.secs() <= 25 * 60, "learned at {at}, 25 minutes after 6:50 at the latest");
    assert!(w.hops().iter().any(|h| h.kind == HopKind::Edu && h.to == "east.example" && h.at == at));
}

/// Part 3: with "only send to verified", only the verified members' devices can read you —
/// in a room of forty, the admin's injected device and puppet get nothing, and neither does an
/// unverified member.
#[test]
fn in_a_room_of_forty_only_verified_devices_read_you() {
    let (mut w, r) = run("forty-members", &["sends_to=verified"]);
    assert!(objective(&r, "admin-reads-nothing"));
    let learner = "you";
    let trusted = w.accounts()[learner].verified.clone();
    let mut readers = 0;
    let views = w.device_views().unwrap_or_else(|e| panic!("{e}")).clone();
    for ((account, _), view) in &views {
        if account == learner || !view.decrypted.keys().any(|e| w.events().get(e).is_some_and(|m| m.sender == learner))
        {
            continue;
        }
        readers += 1;
        let acc = &w.accounts()[account];
        assert!(trusted.contains(&acc.owner) && acc.puppet_of.is_none(), "{account} read you unverified");
    }
    assert!(readers > 0, "nobody could read the learner at all");
    let (_, all) = run("forty-members", &["sends_to=all"]);
    assert!(!objective(&all, "admin-reads-nothing"));
}

/// Part 1: two accounts on two servers are linked only by what really links them — the same
/// name or picture wherever both are seen, the same IP address or email only where one server
/// holds both accounts.
#[test]
fn second_accounts_are_linked_only_by_what_links_them() {
    let links = |choose: &[&str]| {
        let (_, r) = run("second-accounts", choose);
        let mut via: Vec<glasshouse_sim::knowledge::LinkVia> = r
            .findings
            .iter()
            .filter_map(|f| match &f.fact {
                Fact::AccountLink { via, .. } if f.subject.starts_with("you") => Some(via.clone()),
                _ => None,
            })
            .flatten()
            .collect();
        via.sort();
        via.dedup();
        via
    };
    use glasshouse_sim::knowledge::LinkVia::*;
    let apart = ["same_name=false", "same_avatar=false", "second_connection=tor", "same_email=false"];
    assert!(links(&apart).is_empty(), "{:?}", links(&apart));
    let with = |change: &str| {
        let mut c: Vec<&str> =
            apart.iter().copied().filter(|a| a.split('=').next() != change.split('=').next()).collect();
        c.push(change);
        links(&c)
    };
    assert_eq!(with("same_name=true"), [SameDisplayName]);
    assert_eq!(with("same_avatar=true"), [SameAvatar]);
    assert_eq!(with("second_connection=direct"), [SameIp]);
    assert_eq!(with("same_email=true"), [SameContact]);
    // Same IP or email, but the two accounts on different servers: no one holds both.
    let far = |change: &str| {
        let mut c = vec!["second_server=den.example"];
        c.extend(apart.iter().copied().filter(|a| a.split('=').next() != change.split('=').next()));
        c.push(change);
        links(&c)
    };
    assert!(far("second_connection=direct").is_empty());
    assert!(far("same_email=true").is_empty());
}

/// Part 5: the app chooses what its notifications carry. Element X registers `event_id_only`:
/// the push service still learns when each message reaches you (encrypted ones too) and, when
/// your unread count drops, when you read, but no names. An app that asks for the full format
/// hands it the sender and the room's name and, with Synapse's `push.include_content` default,
/// the words of an unencrypted message. An F-Droid build has no Google push at all, and no
/// pusher means nothing to see.
#[test]
fn push_notifications_carry_what_the_app_asked_for() {
    use glasshouse_sim::knowledge::PushContent;
    use glasshouse_sim::scenario::PushService;
    let pushed = |choose: &[&str]| -> Vec<Fact> {
        let (_, r) = run("encrypted-metadata", choose);
        by(&r, "push-service").filter(|f| f.code() == FindingCode::PushNotification).map(|f| f.fact.clone()).collect()
    };
    let defaults = pushed(&[]);
    let events = || defaults.iter().filter(|f| matches!(f, Fact::PushNotification { unread_only: false, .. }));
    assert_eq!(events().count(), 4, "one per message Ana gets, encrypted or not: {defaults:#?}");
    for f in events() {
        let Fact::PushNotification { service, sender_name, room_name, content, .. } = f else { continue };
        assert_eq!(*service, PushService::Google);
        assert!(sender_name.is_none() && room_name.is_none() && content.is_none(), "event_id_only by default: {f:?}");
    }
    let reads = defaults.iter().filter(|f| matches!(f, Fact::PushNotification { unread_only: true, .. })).count();
    assert_eq!(reads, 2, "the unread count after each of Ana's two reads");
    let (_, r) = run("encrypted-metadata", &[]);
    assert!(objective(&r, "push-shows-no-names") && objective(&r, "push-carries-no-words"));
    assert!(!objective(&r, "push-sees-no-timeline"));
    let full = pushed(&["push_format=full"]);
    let words: Vec<&Fact> = full
        .iter()
        .filter(|f| matches!(f, Fact::PushNotification { content: Some(PushContent::Plaintext), .. }))
        .collect();
    assert_eq!(words.len(), 1, "the one unencrypted message, in full");
    assert!(matches!(words[0], Fact::PushNotification { text: Some(t), .. } if t.contains("union meeting")));
    assert!(full.iter().any(|f| matches!(f, Fact::PushNotification { room_name: Some(n), content: Some(PushContent::Ciphertext), .. } if n == "Ward 4 organising")));
    let (_, r) = run("encrypted-metadata", &["push_format=full"]);
    assert!(!objective(&r, "push-shows-no-names") && !objective(&r, "push-carries-no-words"));
    let (_, r) = run("encrypted-metadata", &["push_format=full", "include_content=false"]);
    assert!(!objective(&r, "push-shows-no-names") && objective(&r, "push-carries-no-words"));
    let distributor = pushed(&["push=unifiedpush"]);
    assert!(distributor.iter().all(|f| matches!(f, Fact::PushNotification { service: PushService::UnifiedPush, .. })));
    assert!(pushed(&["push=none"]).is_empty());
    let fdroid = bundled::get("encrypted-metadata")
        .unwrap_or_default()
        .replace("Element X/25.10.2 (samsung", "Element/1.6.30 (Android 14; Flavour FDroid; samsung");
    let problems = Scenario::parse(&fdroid).err().unwrap_or_default();
    assert!(problems.iter().any(|d| d.code.as_str() == "push-service-unavailable"), "{problems:?}");
}

/// Rows of one table of a server's database at the end of a run.
fn rows(w: &World, server: &str, table: &str) -> Vec<serde_json::Value> {
    let dump = w.servers()[server].dump(w.end());
    dump.get(table).and_then(|v| v.as_array()).cloned().unwrap_or_default()
}

/// A server with presence turned off keeps no presence at all, not even what other servers send
/// it (Synapse drops incoming presence when it does not track presence; the lab showed it).
#[test]
fn a_server_with_presence_off_keeps_no_presence_from_others() {
    let (w, _) = run("encrypted-metadata", &["presence=false", "jo_joins_from=carers"]);
    let rafa = rows(&w, "carers.example", "presence_stream")
        .into_iter()
        .filter(|r| r.to_string().contains("@rafa:nightowl.example"))
        .count();
    assert_eq!(rafa, 0, "carers.example (presence off) stored rafa's presence");
}

/// An email reset signs every device out: their keys and waiting messages go from the home
/// server, and the other servers forget the signed-out devices (Synapse `delete_devices`; the
/// lab showed it).
#[test]
fn an_email_reset_deletes_the_signed_out_devices_everywhere() {
    let (w, _) = run("account-recovery", &["recovery=key", "email=true"]);
    let mentions_phone = |server: &str, table: &str| {
        rows(&w, server, table).iter().filter(|r| r.to_string().contains("\"PHONE\"")).count()
    };
    assert_eq!(mentions_phone("home.example", "e2e_device_keys_json"), 0);
    assert_eq!(mentions_phone("home.example", "device_inbox"), 0);
    assert_eq!(mentions_phone("friends.example", "device_lists_remote_cache"), 0);
}
