//! The decentralisation explorer's state: the federation the core generates from the learner's
//! sliders (servers, users, distribution), the attack (largest first or random, k servers) and
//! the exposure curve. The federation is regenerated only when its shape changes; moving k
//! re-reads the curve.

use crate::screen::Screen;
use bevy::app::{App, Plugin, Update};
use bevy::ecs::prelude::*;
use bevy::state::prelude::*;
use glasshouse_sim::explorer::{
    AttackOrder, ExplorerError, Exposure, Federation, FederationSpec, SizeDist, Strategy, curve_steps,
};

/// What the learner set.
#[derive(Debug, Clone, PartialEq)]
pub struct ExplorerParams {
    /// Servers.
    pub servers: u32,
    /// Users.
    pub users: u32,
    /// How users spread over servers.
    pub dist: SizeDist,
    /// Which servers the attacker takes first.
    pub strategy: Strategy,
    /// How many servers fall.
    pub k: u32,
    /// Seed of the generated federation and of a random attack.
    pub seed: u64,
}

impl Default for ExplorerParams {
    fn default() -> ExplorerParams {
        ExplorerParams {
            servers: 100,
            users: 10_000,
            dist: SizeDist::Zipf { exponent: 1.0 },
            strategy: Strategy::Top,
            k: 1,
            seed: 1,
        }
    }
}

/// The explorer: parameters, the generated federation and the curve.
#[derive(Resource, Default)]
pub struct Explorer {
    /// The learner's settings.
    pub params: ExplorerParams,
    /// Exposure at each k of [`curve_steps`] up to every server (for the chart), ascending.
    pub curve: Vec<Exposure>,
    /// Exposure at `params.k`.
    pub result: Option<Exposure>,
    /// Why the parameters were refused, if they were.
    pub error: Option<ExplorerError>,
    built: Option<(ExplorerParams, Federation, AttackOrder)>,
}

impl Explorer {
    /// Brings the curve and the result up to date with the parameters.
    pub fn refresh(&mut self) {
        let p = self.params.clone();
        let same_shape = self.built.as_ref().is_some_and(|(b, _, _)| {
            b.servers == p.servers && b.users == p.users && b.dist == p.dist && b.seed == p.seed
        });
        let same_attack = same_shape && self.built.as_ref().is_some_and(|(b, _, _)| b.strategy == p.strategy);
        if !same_shape {
            let built = FederationSpec::new(p.servers.into(), p.users.into(), None, p.dist)
                .and_then(|spec| Federation::generate(&spec, p.seed));
            match built {
                Ok(fed) => {
                    let order = fed.attack_order(p.strategy, p.seed);
                    self.built = Some((p.clone(), fed, order));
                }
                Err(e) => {
                    self.error = Some(e);
                    self.built = None;
                    self.curve.clear();
                    self.result = None;
                    return;
                }
            }
        } else if !same_attack && let Some((b, fed, order)) = &mut self.built {
            *order = fed.attack_order(p.strategy, p.seed);
            b.strategy = p.strategy;
        }
        self.error = None;
        let Some((_, fed, order)) = &self.built else { return };
        let n = fed.servers();
        self.params.k = p.k.clamp(1, n.max(1));
        self.curve = fed.curve(order, &curve_steps(n));
        self.result = fed.curve(order, &[self.params.k]).first().copied();
    }
}

/// The explorer and its refresh.
pub struct ExplorerPlugin;

impl Plugin for ExplorerPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Explorer>()
            .add_systems(Update, refresh.run_if(in_state(Screen::Explorer).and_then(resource_changed::<Explorer>)));
    }
}

fn refresh(mut explorer: ResMut<Explorer>, mut last: Local<Option<ExplorerParams>>) {
    if last.as_ref() == Some(&explorer.params) && (explorer.result.is_some() || explorer.error.is_some()) {
        return;
    }
    explorer.refresh();
    *last = Some(explorer.params.clone());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_curve_grows_with_k_and_matches_the_core() {
        let mut x = Explorer::default();
        x.params.k = 5;
        x.refresh();
        let r = x.result.unwrap_or_else(|| panic!("no result: {:?}", x.error));
        assert_eq!(r.servers_compromised, 5);
        assert!(x.curve.windows(2).all(|w| w[0].users_ip_exposed <= w[1].users_ip_exposed));
        // The same numbers as `glasshouse scale`.
        let spec = FederationSpec::new(100, 10_000, None, SizeDist::Zipf { exponent: 1.0 })
            .unwrap_or_else(|e| panic!("{e:?}"));
        let c: glasshouse_sim::explorer::Compromise = "top:5".parse().unwrap_or_else(|e| panic!("{e:?}"));
        let core = glasshouse_sim::explorer::explore(&spec, &c, 1).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(core.result, r);
        // k beyond the servers is clamped; bad shapes are refused, not panicked on.
        x.params.k = 10_000;
        x.refresh();
        assert_eq!(x.params.k, 100);
        x.params.servers = 0;
        x.refresh();
        assert!(x.error.is_some() && x.result.is_none());
        x.params.servers = 10;
        x.params.dist = SizeDist::Giant { share: f64::NAN };
        x.refresh();
        assert!(x.error.is_some());
    }
}
