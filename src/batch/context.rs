//! What every per-page check reads and builds, below the checks themselves: the run's
//! [`PageContext`], the [`finding`] constructor and the ticket redaction reports need. `checks`,
//! `share`, `wecom` and `repeat` all use these, so none of them has to reach into another.

use super::result::Finding;
use crate::core::text::Text;
use crate::core::urlcheck::Severity;
use crate::core::verify::TicketCandidate;
use crate::core::verify::wecom::AgentTickets;

/// What the run knows about the account, shared by every page.
#[derive(Clone, Copy, Debug)]
pub struct PageContext<'a> {
    /// The profile's appId; `None` skips the appId check.
    pub app_id: Option<&'a str>,
    pub safe_domains: &'a [String],
    /// The current ticket first, then older candidates.
    pub tickets: &'a [TicketCandidate],
    /// WeCom: the agent tickets per app, for replies that hold a wx.agentConfig triplet too.
    pub agent_tickets: &'a [AgentTickets],
    /// Unix seconds when the page was checked.
    pub now: i64,
}

pub(super) fn finding(code: &'static str, severity: Severity, message: Text, fix: Text) -> Finding {
    Finding {
        code,
        severity,
        message,
        fix,
    }
}

/// string1 with every candidate ticket replaced by its preview: reports are files.
pub fn redact_tickets(string1: &str, tickets: &[TicketCandidate]) -> String {
    let mut s = string1.to_owned();
    for t in tickets {
        if !t.ticket.is_empty() {
            s = s.replace(t.ticket.reveal(), &t.ticket.preview());
        }
    }
    s
}
