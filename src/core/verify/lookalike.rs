//! Signatures of other schemes that look like this one (DOMAIN.md §12): a 64-hex signature that
//! is SHA-256 of the expected string1 (DingTalk's `dd.config`, with or without the query
//! decoded once), and a 32-hex one that is MD5 of it. Detectors, never signers.

use sha2::{Digest, Sha256};

use super::Cause;
use super::urlforms;
use crate::core::md5::md5_hex;
use crate::core::sign::{Signature, build_string1};
use crate::core::text::Text;

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
                message: Text::new(
                    "The signature is SHA-256 of string1: the server signed with the DingTalk recipe (dd.config); wx.config needs SHA-1 of string1, 40 lower-case hex digits, with the URL exactly as the page has it.",
                    "签名是 string1 的 SHA-256：服务器用的是钉钉（dd.config）的签名方式；wx.config 需要 string1 的 SHA-1（40 位小写十六进制），URL 保持页面中的原样。",
                ),
                string1,
            }),
        32 => strings
            .into_iter()
            .find(|s| md5_hex(s) == target)
            .map(|string1| Cause {
                code: "md5_signature".to_owned(),
                message: Text::new(
                    "The signature is MD5 of string1 (a helper meant for another API, e.g. WeChat Pay v2); wx.config needs SHA-1 of string1, 40 lower-case hex digits.",
                    "签名是 string1 的 MD5（用了给其他接口的工具函数，例如微信支付 v2）；wx.config 需要 string1 的 SHA-1（40 位小写十六进制）。",
                ),
                string1,
            }),
        _ => None,
    }
}
