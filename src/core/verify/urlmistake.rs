//! What a URL mistake of DOMAIN.md §9 is called and how it is explained: the stable code and
//! the catalogue message a cause shows. Plain data below `mutation` (which wraps it) and `urlcauses`
//! (which finds the URL forms each mistake produces).

use crate::core::text::{Msg, msg};

/// One way a server changed the page URL before signing it (DOMAIN.md §9.2–§9.6).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum UrlMistake {
    /// Cut at an `&`; `param` is the first parameter lost.
    CutAtAmp {
        param: String,
    },
    /// Cut at a `?` inside the query.
    CutAtQuestion,
    /// Only `scheme://host/` (the `Referer` origin).
    OriginOnly,
    /// Form-decoded (`+` → space, then percent-decoded).
    FormDecoded,
    /// Decoded twice (`%252B` → `+`, or `%2B` → `+` → space).
    DecodedTwice,
    /// Reserved characters of the query percent-encoded by the server (the page has them raw).
    ReservedEncoded {
        router: bool,
    },
    /// Reserved characters of the query decoded by the server (the page has them encoded).
    ReservedDecoded {
        router: bool,
    },
    /// One of WeChat's share parameters dropped.
    ShareParamStripped {
        param: &'static str,
    },
    /// Share parameters the page does not have, added (a stored shared URL).
    ShareQueryAdded {
        query: String,
    },
    WwwAdded,
    WwwDropped,
    /// The host of a safe or trusted domain instead of the page's.
    OtherHost {
        host: String,
    },
    /// An upstream host behind the reverse proxy (`127.0.0.1:8080`, `localhost`, a private IP).
    UpstreamHost {
        authority: String,
    },
    PathPrefixRemoved {
        prefix: String,
    },
    PathPrefixAdded {
        prefix: String,
    },
}

impl UrlMistake {
    pub(crate) fn code(&self) -> &'static str {
        use UrlMistake::*;
        match self {
            CutAtAmp { .. } => "url_cut_at_ampersand",
            CutAtQuestion => "url_cut_at_question_mark",
            OriginOnly => "origin_only",
            FormDecoded => "form_decoded",
            DecodedTwice => "decoded_twice",
            ReservedEncoded { .. } => "reserved_encoded",
            ReservedDecoded { .. } => "reserved_decoded",
            ShareParamStripped { .. } => "share_param_stripped",
            ShareQueryAdded { .. } => "share_query_added",
            WwwAdded => "www_added",
            WwwDropped => "www_dropped",
            OtherHost { .. } => "other_host",
            UpstreamHost { .. } => "upstream_host",
            PathPrefixRemoved { .. } => "path_prefix_removed",
            PathPrefixAdded { .. } => "path_prefix_added",
        }
    }

    /// The sentence; reserved-character mistakes on a routed page add the router note.
    pub(crate) fn message(&self) -> Msg {
        use UrlMistake::*;
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        match self {
            CutAtAmp { param } => msg!("verify-cause-url-cut-at-ampersand", param = param),
            CutAtQuestion => msg!("verify-cause-url-cut-at-question-mark"),
            OriginOnly => msg!("verify-cause-origin-only"),
            FormDecoded => msg!("verify-cause-form-decoded"),
            DecodedTwice => msg!("verify-cause-decoded-twice"),
            ReservedEncoded { router } => {
                msg!("verify-cause-reserved-encoded", router = yes_no(*router))
            }
            ReservedDecoded { router } => {
                msg!("verify-cause-reserved-decoded", router = yes_no(*router))
            }
            ShareParamStripped { param } => {
                msg!("verify-cause-share-param-stripped", param = *param)
            }
            ShareQueryAdded { query } => msg!("verify-cause-share-query-added", query = query),
            WwwAdded => msg!("verify-cause-www-added"),
            WwwDropped => msg!("verify-cause-www-dropped"),
            OtherHost { host } => msg!("verify-cause-other-host", host = host),
            UpstreamHost { authority } => {
                msg!("verify-cause-upstream-host", authority = authority)
            }
            PathPrefixRemoved { prefix } => {
                msg!("verify-cause-path-prefix-removed", prefix = prefix)
            }
            PathPrefixAdded { prefix } => msg!("verify-cause-path-prefix-added", prefix = prefix),
        }
    }
}
