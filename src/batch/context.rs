//! What every per-page check reads and builds, below the checks themselves: the run's
//! [`PageContext`], the [`finding`] constructor and [`reported_cause`]. `checks`, `share`,
//! `wecom` and `repeat` all use these, so none of them has to reach into another.

use super::result::CauseSummary;
use crate::core::text::{Msg, msg};
use crate::core::urlcheck::{Finding, Severity};
use crate::core::verify::wecom::AgentTickets;
use crate::core::verify::{self, TicketCandidate};
use crate::secret;

/// What the run knows about the account, shared by every page.
#[derive(Clone, Copy, Debug)]
pub struct PageContext<'a> {
    /// The profile's appId; `None` skips the appId check.
    pub app_id: Option<&'a str>,
    pub safe_domains: &'a [String],
    /// The profile's platform: the reply is judged by its main call's recipe (DingTalk's
    /// SHA-256, Feishu's milliseconds) and the URL by its domain rule.
    pub spec: &'static crate::platform::PlatformSpec,
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
        message,
        fix,
    }
}

/// A cause of the core's verdict as the batch and the probe report it: its string1 with every
/// candidate ticket redacted (reports are files), and the core's page-URL cause said the iOS
/// way, since there the URL judged is the one the page was loaded with and the page URL the
/// current one after a route change.
pub fn reported_cause(c: &verify::Cause, tickets: &[TicketCandidate]) -> CauseSummary {
    let string1 = secret::redact_in(&c.string1, tickets.iter().map(|t| t.ticket.reveal()));
    if c.code == verify::PAGE_URL_CODE {
        CauseSummary {
            code: IOS_CURRENT_URL_CODE.to_owned(),
            message: msg!("batch-ios-current-url"),
            string1,
        }
    } else {
        CauseSummary {
            code: c.code.clone(),
            message: c.message.clone(),
            string1,
        }
    }
}

/// The code of "signed the current URL, iOS verifies the landing URL".
pub const IOS_CURRENT_URL_CODE: &str = "ios_current_url";
