//! The app's WeCom side: which app of the active profile is chosen (the top bar's picker,
//! remembered per profile in gui.toml), keeping the Sign panel on it, and the agent tickets the
//! window holds, handed to Verify and Batch. Only commands are sent here; nothing blocks.

use super::WxsignApp;
use crate::core::verify::wecom::AgentTickets;
use crate::core::verify::{TicketCandidate, TicketOrigin};
use crate::gui_settings::Panel;
use crate::secret::Secret;

impl WxsignApp {
    /// WeCom: the app chosen in the top bar for the active profile (its first app unless the
    /// user chose another that still exists); `None` for an Official Account or no app.
    pub fn chosen_app(&self) -> Option<u64> {
        let p = self
            .active_profile()
            .filter(|p| p.platform.spec().per_app_secrets)?;
        let saved = self.state.wecom_apps.get(&p.name).copied();
        saved
            .filter(|id| p.apps.iter().any(|a| a.agent_id == *id))
            .or_else(|| p.apps.first().map(|a| a.agent_id))
    }

    /// Keeps the Sign panel's WeCom side on the active profile and its chosen app; when the app
    /// changes, the agent ticket becomes that app's (the one the window holds, else none).
    pub(super) fn follow_wecom(&mut self) {
        let active = self.active_profile().cloned();
        let app = self.chosen_app();
        let before = self.sign.wecom.agent_id;
        if !self.sign.wecom.follow(active.as_ref(), app) {
            return;
        }
        let held = active
            .zip(app)
            .and_then(|(p, id)| self.rt.agent_ticket(&p.name, id))
            .map(|h| h.ticket.clone());
        match held {
            Some(t) => self.sign.wecom.agent_ticket = t,
            // A switch from another app: its ticket would sign for the wrong app. (The first
            // follow keeps what is there: the example's stand-in.)
            None if before != 0 => self.sign.wecom.agent_ticket = Secret::default(),
            None => {}
        }
    }

    /// The top bar's app picker: remembered per profile, and the agent ticket follows.
    pub(super) fn select_app(&mut self, agent_id: u64) {
        let Some(p) = self.active_profile().cloned() else {
            return;
        };
        self.state.wecom_apps.insert(p.name.clone(), agent_id);
        self.save_state();
        self.follow_wecom();
        // Tickets already fetched for this profile: fetch the new app's too, so the bar and Sign
        // show it without another click.
        if self.rt.agent_ticket(&p.name, agent_id).is_none()
            && self.rt.tickets.contains_key(&p.name)
        {
            self.rt.fetch_agent_ticket(p, agent_id);
        }
        if self.state.panel == Panel::Verify && self.verify.wecom.result.is_some() {
            self.run_verify();
        }
    }

    /// WeCom: the agent tickets the window holds for the active profile, one entry per app, the
    /// chosen app's first with the Sign panel's agent ticket (typed or fetched) ahead of the
    /// fetched one, then the app's older ones as stale. Empty for an Official Account.
    pub(super) fn agent_tickets(&self) -> Vec<AgentTickets> {
        let Some(p) = self
            .active_profile()
            .filter(|p| p.platform.app_ticket().is_some())
        else {
            return Vec::new();
        };
        let chosen = self.chosen_app();
        let mut apps: Vec<u64> = p.apps.iter().map(|a| a.agent_id).collect();
        apps.sort_by_key(|id| Some(*id) != chosen);
        apps.into_iter()
            .filter_map(|id| {
                let mut tickets = Vec::new();
                let typed = self.sign.wecom.agent_ticket.reveal().trim();
                if Some(id) == chosen && !typed.is_empty() {
                    tickets.push(TicketCandidate {
                        ticket: Secret::new(typed),
                        origin: TicketOrigin::Current,
                    });
                }
                if let Some(h) = self.rt.agent_ticket(&p.name, id)
                    && tickets
                        .iter()
                        .all(|t| t.ticket.reveal() != h.ticket.reveal())
                {
                    tickets.push(TicketCandidate {
                        ticket: h.ticket.clone(),
                        origin: TicketOrigin::Current,
                    });
                }
                // Then the older agent tickets this machine holds for the app, so a page
                // still signing with one is named (stale ticket), not just "mismatch".
                let older = self.rt.agent_candidates.get(&(p.name.clone(), id));
                for c in older.into_iter().flatten() {
                    if matches!(c.origin, TicketOrigin::Stale { .. })
                        && tickets
                            .iter()
                            .all(|t| t.ticket.reveal() != c.ticket.reveal())
                    {
                        tickets.push(c.clone());
                    }
                }
                (!tickets.is_empty()).then_some(AgentTickets {
                    agent_id: id,
                    tickets,
                })
            })
            .collect()
    }
}
