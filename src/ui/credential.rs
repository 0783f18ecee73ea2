//! What the window knows about a token or a ticket it holds: enough for a countdown and a
//! "pasted HH:MM" note. Its own module so the runtime that fills it and the views that draw it
//! (top bar, pasted-ticket note) depend on it and not on each other.

/// Status of an access_token or a ticket, enough for the top bar's countdown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credential {
    /// `stable_token` / `token` for tokens, `jsapi` for tickets.
    pub source: String,
    pub from_cache: bool,
    pub fetched_at: i64,
    /// Unix seconds when it stops working.
    pub expires_at: i64,
}

/// `HH:MM` local time of a unix timestamp.
pub fn clock_time(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|t| t.with_timezone(&chrono::Local).format("%H:%M").to_string())
        .unwrap_or_default()
}
