//! What every per-page check reads and builds, below the checks themselves: the run's
//! [`PageContext`] and the [`finding`] constructor. `checks`, `share`, `wecom` and `repeat` all
//! use these, so none of them has to reach into another.

use crate::core::text::Msg;
use crate::core::urlcheck::{Finding, Severity};
use crate::core::verify::TicketCandidate;
use crate::core::verify::wecom::AgentTickets;
use crate::i18n::bridge::to_text;

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

/// A finding of the batch's own checks, in the core's finding type (which the URL analysis
/// fills too).
pub(crate) fn finding(code: &'static str, severity: Severity, message: Msg, fix: Msg) -> Finding {
    Finding {
        code,
        severity,
        message: to_text(&message),
        fix: to_text(&fix),
    }
}
