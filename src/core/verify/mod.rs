//! "Why does my signature fail?": recompute the signature and, on a mismatch, search the ways a
//! server commonly builds string1 wrongly (DOMAIN.md §2) for the one that reproduces the claimed
//! signature.

mod decide;
mod hexenc;
mod layout;
mod lookalike;
mod mutation;
mod real_auth;
mod search;
#[cfg(test)]
mod tests;
mod urlcauses;
mod urlforms;
mod urlmistake;
mod urlvariants;
mod variants;
pub mod wecom;

use serde::Serialize;

use super::sign::Signature;
use super::text::{Msg, msg};
use crate::secret::Secret;

pub use decide::{Judgement, PAGE_URL_CODE, headline, judge, judge_call};
pub use real_auth::{RealAuthFinding, RealAuthReport, string1_url};
pub use search::{
    CallRecipe, MS_TIMESTAMP_CODE, WECHAT_MISTAKES, millisecond_timestamp, verify, verify_call,
    verify_with,
};
pub use variants::browser_url;

/// Where a candidate ticket came from; the verifier names it in a cause.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TicketOrigin {
    /// The current jsapi ticket (the first candidate).
    Current,
    /// An older jsapi ticket, fetched at this unix time.
    Stale { fetched_at: Option<i64> },
    /// A `wx_card` ticket instead of the jsapi one.
    WxCard,
    /// A ticket of another appId (e.g. the Open Platform app).
    OtherApp { app_id: String },
    /// Typed or pasted by the user, origin unknown.
    Pasted,
    /// WeCom: the corp ticket, where an agent ticket belongs (`wx.agentConfig`).
    CorpTicket,
    /// WeCom: the agent ticket of an app, where the corp ticket belongs (`wx.config`).
    AgentTicket { agent_id: u64 },
    /// WeCom: the agent ticket of another app than the agentConfig's agentid.
    OtherAgent { agent_id: u64 },
}

/// A ticket the server might have signed with.
#[derive(Clone, Debug)]
pub struct TicketCandidate {
    pub ticket: Secret,
    pub origin: TicketOrigin,
}

/// What the user's server produced, plus what the phone shows.
#[derive(Clone, Debug)]
pub struct VerifyInput {
    /// The page URL as the phone shows it (may still hold its `#fragment`).
    pub url: String,
    /// The first URL of the visit, for iOS single-page apps.
    pub entry_url: Option<String>,
    /// The current ticket first, then stale / wx_card / other-app ones.
    pub tickets: Vec<TicketCandidate>,
    pub noncestr: String,
    pub timestamp: String,
    pub signature: String,
}

/// What else the caller knows about the site, beyond the values of one page.
#[derive(Clone, Debug, Default)]
pub struct VerifyHints {
    /// The profile's safe domains, WeCom trusted domains, other hosts of the site (entries like
    /// `example.com` or `wx.qq.com/mp`; loopback and private hosts count as upstream hosts):
    /// the server may have built the URL on one of them.
    pub hosts: Vec<String>,
}

/// One explanation that reproduces the claimed signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cause {
    /// Stable code; two combined causes are joined with `+` (e.g. `fragment+ms_timestamp`).
    pub code: String,
    /// One sentence per mistake: what the server did and how to fix it.
    pub message: Msg,
    /// The exact string1 the server must have used.
    pub string1: String,
}

/// The answer of [`verify`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub matched: bool,
    /// The correct signature for the URL as the page sees it, with the current ticket.
    pub expected: Signature,
    pub causes: Vec<Cause>,
    /// When nothing reproduces the signature: what that rules out and what is left to check.
    /// Also warnings that hold whatever the outcome (a millisecond timestamp, a signature that
    /// is not 40 hex digits).
    pub notes: Vec<Msg>,
    /// How many ways of building string1 were tried (for "ruled out" notes and benchmarks).
    pub tried: usize,
}

/// The sentences of several mistakes one after the other, as one message (a cause made of two
/// or three mistakes, a card cause likewise).
pub(crate) fn one_after_another(first: Msg, then: impl IntoIterator<Item = Msg>) -> Msg {
    then.into_iter().fold(first, |first, then| {
        msg!("verify-causes-and", first = first, then = then)
    })
}
