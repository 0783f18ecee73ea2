//! A probed `wx.config` call's verdict in the Verify panel's terms, computed once when the report
//! arrives. Below both the report view that builds it and the details view that draws it.

use crate::core::sign;
use crate::core::text::Msg;
use crate::core::verify::TicketCandidate;
use crate::probe::report::ConfigCall;
use crate::ui::verify_panel::{self, Highlights};

/// One `wx.config` verdict in the Verify panel's terms.
pub struct ConfigVerdict {
    pub expected_signature: String,
    /// The string1 WeChat computes (current ticket, the call's nonce and timestamp, the URL it
    /// checks), with the real ticket: drawn with the ticket hidden, as Verify does.
    pub expected_string1: String,
    /// Each cause's message and string1 (ticket restored, hidden when drawn).
    pub causes: Vec<(Msg, String)>,
    pub diffs: Vec<Highlights>,
    pub notes: Vec<Msg>,
    pub tried: usize,
}

impl ConfigVerdict {
    /// `None` when the probe had no ticket (the call was not checked).
    pub fn new(call: &ConfigCall, tickets: &[TicketCandidate]) -> Option<Self> {
        // Not checked (no ticket): nothing to draw as Verify does.
        call.matched?;
        let current = tickets.first().filter(|t| !t.ticket.is_empty())?;
        let expected = sign::sign_text(
            current.ticket.reveal(),
            &call.nonce_str,
            &call.timestamp,
            &call.verified_url,
        );
        let causes: Vec<(Msg, String)> = call
            .causes
            .iter()
            .map(|c| (c.message.clone(), restore_tickets(&c.string1, tickets)))
            .collect();
        let diffs = causes
            .iter()
            .map(|(_, s1)| verify_panel::highlights(s1, &expected.string1))
            .collect();
        Some(Self {
            expected_signature: call
                .expected_signature
                .clone()
                .unwrap_or(expected.signature),
            expected_string1: expected.string1,
            causes,
            diffs,
            notes: call.notes.clone(),
            tried: tickets.len(),
        })
    }
}

/// The report carries string1s with each ticket replaced by its preview (reports are files);
/// putting the tickets back lets the Verify widget hide them its own way and highlight a stale
/// ticket exactly.
fn restore_tickets(string1: &str, tickets: &[TicketCandidate]) -> String {
    let mut s = string1.to_owned();
    for t in tickets.iter().filter(|t| !t.ticket.is_empty()) {
        s = s.replace(&t.ticket.preview(), t.ticket.reveal());
    }
    s
}
