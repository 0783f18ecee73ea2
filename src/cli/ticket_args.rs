//! Where a command's tickets come from, defined once for `sign`, `verify`, `probe` and `batch`:
//! typed with `--ticket` (or `WXSIGN_TICKET`), or a profile's, cached or fetched (`--profile`,
//! `--api-base`); WeCom's agent tickets (`--agent-ticket`) for `verify` and `batch`. A command
//! that needs its own twist (one ticket only for `sign`, a ticket required without a profile for
//! `verify` and `probe`) adjusts the shared definition with `mut_arg`, it does not redefine it.

use clap::Args;

use super::usage::usage;
use crate::core::text::Lang;
use crate::core::verify::{TicketCandidate, TicketOrigin};
use crate::i18n::text;
use crate::secret::Secret;

/// The environment variable that may hold the tickets instead of the command line.
pub const TICKET_ENV: &str = "WXSIGN_TICKET";

#[derive(Debug, Args)]
pub struct TicketArgs {
    /// The jsapi_ticket (may start with '-': `--ticket=-x` works too). verify, probe and batch
    /// take several, repeated or comma-separated: the first is the current one, later ones older
    /// candidates. WXSIGN_TICKET keeps tickets out of the process list and shell history; or
    /// use --profile NAME to fetch the profile's ticket.
    #[arg(
        long = "ticket",
        value_name = "TICKET",
        value_parser = secret_arg,
        allow_hyphen_values = true,
        env = TICKET_ENV,
        hide_env_values = true,
        value_delimiter = ','
    )]
    pub tickets: Vec<Secret>,
    /// Take the ticket (cached, or fetched) and the account's data of this profile (`wxsign
    /// profile list`) instead of --ticket.
    #[arg(long)]
    pub profile: Option<String>,
    /// With --profile: fetch from this API base instead of the profile's.
    #[arg(long, value_name = "URL", requires = "profile")]
    pub api_base: Option<String>,
}

impl TicketArgs {
    /// Whether tickets were typed on the command line: `WXSIGN_TICKET` in the environment does
    /// not count, so it never conflicts with `--profile`.
    pub fn typed(&self) -> bool {
        if self.tickets.is_empty() {
            return false;
        }
        let given: Vec<&str> = self.tickets.iter().map(Secret::reveal).collect();
        std::env::var(TICKET_ENV).ok().as_deref() != Some(given.join(",").as_str())
    }

    /// The profile to fetch from, refusing typed tickets next to it (a usage error, exit 2).
    pub fn profile_only(&self, lang: Lang) -> anyhow::Result<Option<&str>> {
        match &self.profile {
            Some(_) if self.typed() => Err(usage(text(lang, "cli-ticket-or-profile"))),
            p => Ok(p.as_deref()),
        }
    }

    /// The typed tickets as verifier candidates.
    pub fn candidates(&self) -> Vec<TicketCandidate> {
        typed_tickets(&self.tickets)
    }
}

/// WeCom's agent tickets, for the check of `wx.agentConfig`.
#[derive(Debug, Args)]
pub struct AgentTicketArgs {
    /// WeCom: the agent ticket that signs wx.agentConfig (repeat or comma-separate: the first
    /// current, later ones older), checked with --ticket as the corp ticket. WXSIGN_AGENT_TICKET
    /// keeps it out of the process list; a WeCom --profile fetches every app's agent ticket
    /// instead.
    #[arg(
        long = "agent-ticket",
        value_name = "TICKET",
        value_parser = secret_arg,
        allow_hyphen_values = true,
        env = "WXSIGN_AGENT_TICKET",
        hide_env_values = true,
        value_delimiter = ','
    )]
    pub agent_tickets: Vec<Secret>,
}

/// A credential given on the command line (`--ticket`, or its environment variable), kept in a
/// [`Secret`] from parsing on: the argument structs derive `Debug`.
pub fn secret_arg(s: &str) -> Result<Secret, std::convert::Infallible> {
    Ok(Secret::new(s))
}

/// Tickets typed on the command line as verifier candidates: the first is the current one, the
/// later ones older (stale), each trimmed.
pub fn typed_tickets(given: &[Secret]) -> Vec<TicketCandidate> {
    given
        .iter()
        .enumerate()
        .map(|(i, t)| TicketCandidate {
            ticket: Secret::new(t.reveal().trim()),
            origin: if i == 0 {
                TicketOrigin::Current
            } else {
                TicketOrigin::Stale { fetched_at: None }
            },
        })
        .collect()
}
