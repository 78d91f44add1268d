//! The identity server ("Discovery" in Element): published emails and phone numbers, and the
//! Matrix IDs they give to anyone who looks them up.
//!
//! FACTS.md §5 "Identity server". Sources: the spec's identity service API v2 (`/bind` via the
//! homeserver's `/account/3pid/bind`, `/hash_details` and `/lookup`: the client hashes each
//! address with a published pepper, so a look-up needs the address and a list of addresses is
//! simply hashed and asked); Sydent's `local_threepid_associations` table (medium, address,
//! mxid). One address maps to one Matrix ID on an identity server: the last account to publish
//! it. docs/rules.md A17.

use super::{Evidence, Fact, Finding, Holdings, Rule};
use crate::scenario::AdversaryKind;
use std::collections::BTreeMap;

/// Every published (medium, address) with the account it maps to: people who turned on
/// Discovery publish their bound email and phone; a later one replaces an earlier one.
fn bindings(h: &Holdings<'_>) -> BTreeMap<(&'static str, String), (String, String)> {
    let mut out = BTreeMap::new();
    for p in h.world.setup.people.values().filter(|p| p.discoverable) {
        for (medium, address) in [("email", &p.email), ("msisdn", &p.phone)] {
            if let Some(address) = address {
                out.insert((medium, normalise(address)), (p.id.clone(), address.clone()));
            }
        }
    }
    out
}

/// How an identity server compares addresses: emails case-insensitively, phone numbers by digits.
fn normalise(address: &str) -> String {
    if address.contains('@') { address.to_lowercase() } else { address.chars().filter(char::is_ascii_digit).collect() }
}

fn contact(h: &Holdings<'_>, id: &str, medium: &str, address: &str) -> Option<Fact> {
    let acc = h.world.accounts.get(id)?;
    Some(Fact::ContactDetail { account: acc.mxid.clone(), medium: medium.to_owned(), address: address.to_owned() })
}

/// Rules [`Rule::IdentityLookup`] (someone who has addresses looks them up) and
/// [`Rule::IdentityServerBindings`] (the identity server's operator holds them all).
pub(super) fn identity_server(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    match &h.adversary.kind {
        AdversaryKind::ContactLookup { contacts } => {
            let published = bindings(h);
            for asked in contacts {
                for medium in ["email", "msisdn"] {
                    let Some((id, address)) = published.get(&(medium, normalise(asked))) else { continue };
                    let Some(fact) = contact(h, id, medium, address) else { continue };
                    let ev = Evidence::IdentityLookup { address: asked.clone(), at: h.adversary.at };
                    out.push(h.finding(id, fact, vec![ev], Rule::IdentityLookup));
                }
            }
        }
        AdversaryKind::IdentityServer { name } => {
            for ((medium, _), (id, address)) in bindings(h) {
                let Some(fact) = contact(h, &id, medium, &address) else { continue };
                let ev = Evidence::Row {
                    server: name.clone(),
                    table: "local_threepid_associations".into(),
                    key: format!("{medium}|{address}"),
                };
                out.push(h.finding(&id, fact, vec![ev], Rule::IdentityServerBindings));
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{BASE, facts};
    use crate::knowledge::{Fact, Rule};

    fn scenario(discoverable: bool) -> String {
        BASE.replace("learner = true", &format!("learner = true\ndiscoverable = {discoverable}"))
            + "\n[[adversaries]]\nid = \"lookup\"\ncontact_lookup = [\"YOU@mail.example\", \"+1 555 0100\"]\n"
            + "at = \"0:30\"\n\n[[adversaries]]\nid = \"is\"\nidentity_server = \"vector.im\"\n"
    }

    fn found(discoverable: bool) -> Vec<(String, String, Rule)> {
        facts(&scenario(discoverable), &["email=true"], |f| match f.fact {
            Fact::ContactDetail { address, .. } if f.adversary != "adv" => Some((f.adversary, address, f.rule)),
            _ => None,
        })
    }

    #[test]
    fn discovery_on_gives_the_matrix_id_to_whoever_has_the_email() {
        assert_eq!(
            found(true),
            vec![
                ("is".into(), "you@mail.example".into(), Rule::IdentityServerBindings),
                ("lookup".into(), "you@mail.example".into(), Rule::IdentityLookup),
            ]
        );
    }

    #[test]
    fn discovery_off_publishes_nothing() {
        assert_eq!(found(false), vec![]);
    }
}
