//! One wrong step a server takes while building string1, with its stable code and the sentence
//! that tells the user what the server did and how to fix it (a catalogue message, rendered only
//! for the causes a verdict returns).

use super::TicketOrigin;
use super::hexenc::{self, HexEncoder};
use super::urlmistake::UrlMistake;
use crate::core::text::{Msg, msg};

/// A single mistake. The search combines up to two of them (from different fields) and reports
/// the combination that reproduces the claimed signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Mutation {
    // --- the url value ---
    Fragment,
    NotNormalised {
        sign_url: String,
    },
    EntryUrl,
    EncodeUriComponent,
    EncodeUri,
    FormEncoded,
    PercentDecoded,
    AmpEscaped,
    SlashAdded,
    SlashRemoved,
    SchemeSwapped {
        signed: &'static str,
    },
    PortAdded,
    PortRemoved,
    QueryStripped,
    ShareQueryStripped,
    Lowercased,
    UrlMissing,
    // --- the ticket ---
    OtherTicket {
        position: usize,
        origin: TicketOrigin,
    },
    TicketMissing,
    TicketWhitespace,
    // --- noncestr and timestamp ---
    NonceMissing,
    /// wx.config got the value with spaces around it; the server signed it trimmed.
    ConfigValueSpaces,
    MsTimestamp,
    ConfigMsTimestamp,
    TimestampDrift {
        delta: i64,
    },
    TimestampMissing,
    // --- how string1 is laid out ---
    KeysUppercase,
    KeysCapitalised,
    CamelCaseKeys,
    NonceStrKey,
    NonceUnderscoreKey,
    TimetampTypo,
    TimesEntity,
    Unsorted,
    Separator(&'static str),
    SpacesAroundEquals,
    /// One space next to one `&` (`…& noncestr=…`).
    StraySpace,
    TrailingAmp,
    LeadingAmp,
    UrlPairMissing,
    /// One of the URL mistakes of DOMAIN.md §9 (cut, decoded, re-encoded, host, path, share).
    Url(UrlMistake),
    /// A placeholder text signed instead of a value (`null`, `None`, `[object Object]`).
    Placeholder {
        field: Field,
        value: &'static str,
    },
    /// The signature itself written by a hex encoder that drops zeros.
    Hex {
        encoder: HexEncoder,
        upper: bool,
    },
    // --- notes on a match ---
    UppercaseHex,
    CurrentUrlNotEntry,
}

impl Mutation {
    pub(crate) fn code(&self) -> &'static str {
        use Mutation::*;
        match self {
            Fragment => "fragment",
            NotNormalised { .. } => "not_normalised",
            EntryUrl => "entry_url",
            EncodeUriComponent => "encode_uri_component",
            EncodeUri => "encode_uri",
            FormEncoded => "form_encoded",
            PercentDecoded => "percent_decoded",
            AmpEscaped => "amp_escaped",
            SlashAdded => "slash_added",
            SlashRemoved => "slash_removed",
            SchemeSwapped { .. } => "scheme",
            PortAdded => "port_added",
            PortRemoved => "port_removed",
            QueryStripped => "query_stripped",
            ShareQueryStripped => "share_query_stripped",
            Lowercased => "url_lowercased",
            UrlMissing => "url_missing",
            OtherTicket { origin, .. } => ticket_code(origin),
            TicketMissing => "ticket_missing",
            TicketWhitespace => "ticket_whitespace",
            NonceMissing => "noncestr_missing",
            MsTimestamp => "ms_timestamp",
            ConfigMsTimestamp => "config_ms_timestamp",
            TimestampDrift { .. } => "timestamp_mismatch",
            TimestampMissing => "timestamp_missing",
            KeysUppercase | KeysCapitalised => "key_case",
            CamelCaseKeys => "camel_case_keys",
            NonceStrKey => "noncestr_key",
            NonceUnderscoreKey => "nonce_str_key",
            TimetampTypo => "timetamp_typo",
            TimesEntity => "times_entity",
            Unsorted => "unsorted_keys",
            Separator(_) => "separator",
            SpacesAroundEquals => "spaces",
            StraySpace => "stray_space",
            ConfigValueSpaces => "config_value_spaces",
            TrailingAmp => "trailing_ampersand",
            LeadingAmp => "leading_ampersand",
            UrlPairMissing => "url_pair_missing",
            UppercaseHex => "uppercase_hex",
            CurrentUrlNotEntry => "ios_entry_url",
            Url(m) => m.code(),
            Placeholder { field, .. } => match field {
                Field::Ticket => "ticket_placeholder",
                Field::Nonce => "noncestr_placeholder",
                Field::Timestamp => "timestamp_placeholder",
            },
            Hex { encoder, upper } => hexenc::code(*encoder, *upper),
        }
    }

    /// One sentence: what the server did, then the fix.
    pub(crate) fn message(&self) -> Msg {
        use Mutation::*;
        match self {
            Fragment => msg!("verify-cause-fragment"),
            NotNormalised { sign_url } => msg!("verify-cause-not-normalised", sign_url = sign_url),
            EntryUrl => msg!("verify-cause-entry-url"),
            CurrentUrlNotEntry => msg!("verify-cause-ios-entry-url"),
            EncodeUriComponent => msg!("verify-cause-encode-uri-component"),
            EncodeUri => msg!("verify-cause-encode-uri"),
            FormEncoded => msg!("verify-cause-form-encoded"),
            PercentDecoded => msg!("verify-cause-percent-decoded"),
            AmpEscaped => msg!("verify-cause-amp-escaped"),
            SlashAdded => msg!("verify-cause-slash-added"),
            SlashRemoved => msg!("verify-cause-slash-removed"),
            SchemeSwapped { signed } => msg!("verify-cause-scheme", signed = *signed),
            PortAdded => msg!("verify-cause-port-added"),
            PortRemoved => msg!("verify-cause-port-removed"),
            QueryStripped => msg!("verify-cause-query-stripped"),
            ShareQueryStripped => msg!("verify-cause-share-query-stripped"),
            Lowercased => msg!("verify-cause-url-lowercased"),
            UrlMissing => msg!("verify-cause-url-missing"),
            OtherTicket { position, origin } => ticket_message(*position + 1, origin),
            TicketMissing => msg!("verify-cause-ticket-missing"),
            TicketWhitespace => msg!("verify-cause-ticket-whitespace"),
            NonceMissing => msg!("verify-cause-noncestr-missing"),
            MsTimestamp => msg!("verify-cause-ms-timestamp"),
            ConfigMsTimestamp => msg!("verify-cause-config-ms-timestamp"),
            // `+1`, `-2`: the sign is part of the number shown.
            TimestampDrift { delta } => {
                msg!(
                    "verify-cause-timestamp-mismatch",
                    delta = format!("{delta:+}")
                )
            }
            TimestampMissing => msg!("verify-cause-timestamp-missing"),
            KeysUppercase => msg!("verify-cause-keys-uppercase"),
            KeysCapitalised => msg!("verify-cause-keys-capitalised"),
            CamelCaseKeys => msg!("verify-cause-camel-case-keys"),
            NonceStrKey => msg!("verify-cause-noncestr-key"),
            NonceUnderscoreKey => msg!("verify-cause-nonce-str-key"),
            TimetampTypo => msg!("verify-cause-timetamp-typo"),
            TimesEntity => msg!("verify-cause-times-entity"),
            Unsorted => msg!("verify-cause-unsorted-keys"),
            // Quoted and escaped, so an empty or newline separator is visible.
            Separator(sep) => msg!("verify-cause-separator", separator = format!("{sep:?}")),
            StraySpace => msg!("verify-cause-stray-space"),
            ConfigValueSpaces => msg!("verify-cause-config-value-spaces"),
            SpacesAroundEquals => msg!("verify-cause-spaces"),
            TrailingAmp => msg!("verify-cause-trailing-ampersand"),
            LeadingAmp => msg!("verify-cause-leading-ampersand"),
            UrlPairMissing => msg!("verify-cause-url-pair-missing"),
            UppercaseHex => msg!("verify-cause-uppercase-hex"),
            Url(m) => m.message(),
            Placeholder { field, value } => placeholder_message(*field, value),
            Hex { encoder, upper } => hexenc::message(*encoder, *upper),
        }
    }
}

/// The string1 fields a placeholder can stand in for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Field {
    Ticket,
    Nonce,
    Timestamp,
}

/// The placeholder quoted and escaped as in code (`"null"`, `"[object Object]"`).
fn placeholder_message(field: Field, value: &str) -> Msg {
    let value = format!("{value:?}");
    match field {
        Field::Ticket => msg!("verify-cause-ticket-placeholder", value = value),
        Field::Nonce => msg!("verify-cause-noncestr-placeholder", value = value),
        Field::Timestamp => msg!("verify-cause-timestamp-placeholder", value = value),
    }
}

/// The cause code of a ticket candidate other than the current one, by where it came from.
fn ticket_code(origin: &TicketOrigin) -> &'static str {
    match origin {
        TicketOrigin::Stale { .. } => "stale_ticket",
        TicketOrigin::WxCard => "wx_card_ticket",
        TicketOrigin::OtherApp { .. } => "other_app_ticket",
        TicketOrigin::Current | TicketOrigin::Pasted => "other_ticket",
        TicketOrigin::CorpTicket => "corp_ticket",
        TicketOrigin::AgentTicket { .. } => "agent_ticket",
        TicketOrigin::OtherAgent { .. } => "other_agent_ticket",
    }
}

/// The sentence of a ticket candidate at position `candidate` (1-based), by where it came from.
fn ticket_message(candidate: usize, origin: &TicketOrigin) -> Msg {
    match origin {
        TicketOrigin::Stale { .. } => msg!("verify-cause-stale-ticket", candidate = candidate),
        TicketOrigin::WxCard => msg!("verify-cause-wx-card-ticket", candidate = candidate),
        TicketOrigin::OtherApp { app_id } if app_id.is_empty() => {
            msg!("verify-cause-other-app-ticket", candidate = candidate)
        }
        TicketOrigin::OtherApp { app_id } => msg!(
            "verify-cause-other-app-ticket-named",
            app_id = app_id,
            candidate = candidate
        ),
        TicketOrigin::Current | TicketOrigin::Pasted => {
            msg!("verify-cause-other-ticket", candidate = candidate)
        }
        // WeCom (DOMAIN.md §10): the two calls' tickets mixed up.
        TicketOrigin::CorpTicket => msg!("verify-cause-corp-ticket", candidate = candidate),
        TicketOrigin::AgentTicket { agent_id } => msg!(
            "verify-cause-agent-ticket",
            agent_id = *agent_id,
            candidate = candidate
        ),
        TicketOrigin::OtherAgent { agent_id } => msg!(
            "verify-cause-other-agent-ticket",
            agent_id = *agent_id,
            candidate = candidate
        ),
    }
}
