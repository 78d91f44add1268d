//! Claims of the book about calls and the identity server, checked on the bundled scenarios
//! (FACTS.md §5 "Identity server", "The other party of a 1:1 call"; docs/rules.md A16, A17).

use glasshouse_sim::knowledge::{Fact, IpKind, Rule};
use glasshouse_sim::{Report, Scenario, bundled};

fn run(name: &str, choose: &[&str]) -> Report {
    let text = bundled::get(name).unwrap_or_else(|| panic!("no bundled scenario {name}"));
    let s = Scenario::parse(text).unwrap_or_else(|d| panic!("{name}: {d:?}"));
    let sel = s.select(choose.iter().copied()).unwrap_or_else(|e| panic!("{name}: {e}"));
    glasshouse_sim::run(&s, &sel, s.seed).unwrap_or_else(|e| panic!("{name}: {e}")).1
}

fn objective(r: &Report, id: &str) -> bool {
    r.objectives.iter().find(|o| o.id == id).unwrap_or_else(|| panic!("no objective {id}")).met
}

/// Book, second accounts: with Discovery on, anyone who has your email finds the account it is
/// on, with no raid; with Discovery off the look-up finds nothing.
#[test]
fn discovery_lets_anyone_with_your_email_find_your_account() {
    let found = |choose: &[&str]| -> Vec<(String, String)> {
        let r = run("second-accounts", choose);
        r.findings
            .iter()
            .filter(|f| f.adversary == "landlord" && f.rule == Rule::IdentityLookup)
            .filter_map(|f| match &f.fact {
                Fact::ContactDetail { account, address, .. } => Some((account.clone(), address.clone())),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        found(&[]),
        vec![("@heron:agora.example".to_owned(), "marisol.reyes@mail.example".to_owned())],
        "the default shares heron's email on the identity server"
    );
    assert_eq!(found(&["discovery=false"]), vec![]);
    assert_eq!(found(&["same_email=false"]), vec![], "no email on heron, nothing to publish");
    assert!(!objective(&run("second-accounts", &[]), "email-finds-no-account"));
    assert!(objective(&run("second-accounts", &["discovery=false"]), "email-finds-no-account"));
}

/// Book, how you connect: in a peer-to-peer call (Element's default) the person you call learns
/// your address — your home line even when you reach your server through Tor, the VPN's exit
/// through a VPN; with peer-to-peer off they learn nothing about it.
#[test]
fn a_peer_to_peer_call_gives_the_other_party_your_address() {
    let seen = |choose: &[&str]| -> Vec<IpKind> {
        let r = run("connecting", choose);
        r.findings
            .iter()
            .filter(|f| f.adversary == "reporter" && f.subject == "you")
            .filter_map(|f| match &f.fact {
                Fact::IpAddress { ip_kind, .. } => Some(*ip_kind),
                _ => None,
            })
            .collect()
    };
    assert_eq!(seen(&[]), vec![IpKind::Home]);
    assert_eq!(seen(&["connection=tor"]), vec![IpKind::Home], "Tor does not carry the call");
    assert_eq!(seen(&["connection=vpn"]), vec![IpKind::Vpn]);
    assert_eq!(seen(&["calls=relay"]), vec![]);
    assert_eq!(seen(&["connection=tor", "calls=relay"]), vec![]);
    assert!(!objective(&run("connecting", &["connection=tor"]), "call-no-home-ip"));
    assert!(objective(&run("connecting", &["connection=tor", "calls=relay"]), "call-no-home-ip"));
}
