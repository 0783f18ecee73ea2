//! Signatures of other schemes that look like this one (DOMAIN.md §12): a 64-hex signature that
//! is SHA-256 of the expected string1 (DingTalk's `dd.config`, with or without the query
//! decoded once), and a 32-hex one that is MD5 of it. Detectors, never signers.

use sha2::{Digest, Sha256};

use super::Cause;
use super::urlforms;
use crate::core::md5::md5_hex;
use crate::core::sign::{Signature, build_string1};
use crate::core::text::msg;

/// The cause when `target` (lower case) is SHA-256 or MD5 of the expected string1.
pub(crate) fn other_hash(target: &str, expected: &Signature) -> Option<Cause> {
    if !target.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let mut strings = vec![expected.string1.clone()];
    if let Some(decoded) = urlforms::percent_decode(&expected.url) {
        strings.push(build_string1(
            &expected.jsapi_ticket,
            &expected.noncestr,
            &expected.timestamp,
            &decoded,
        ));
    }
    match target.len() {
        64 => strings
            .into_iter()
            .find(|s| hex::encode(Sha256::digest(s.as_bytes())) == target)
            .map(|string1| Cause {
                code: "dingtalk_sha256".to_owned(),
                message: msg!("verify-cause-dingtalk-sha256"),
                string1,
            }),
        32 => strings
            .into_iter()
            .find(|s| md5_hex(s) == target)
            .map(|string1| Cause {
                code: "md5_signature".to_owned(),
                message: msg!("verify-cause-md5-signature"),
                string1,
            }),
        _ => None,
    }
}
