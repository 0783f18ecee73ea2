//! Hex encoders that drop zeros (DOMAIN.md §9.1): Java `new BigInteger(1, digest).toString(16)`
//! drops leading zeros, per-byte encoders without padding drop the zero of every byte below 16.
//! A signature shorter than 40 characters is compared with those renderings of each candidate
//! digest instead of the 40-digit one.

use sha1::{Digest, Sha1};

use crate::core::text::{Msg, msg};

/// The encoder that produced a short signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HexEncoder {
    /// Leading zeros dropped (`BigInteger.toString(16)`).
    LeadingZeros,
    /// Every byte without padding (`b.ToString("X")`, `Integer.toHexString(b & 0xff)`).
    UnpaddedBytes,
    /// Only the first byte is below 16: both encoders give this text.
    Either,
}

/// Whether a claimed signature can be one of these renderings at all: hex, shorter than 40
/// characters, and at least 20 (every byte keeps one digit).
pub(crate) fn possible(target: &str) -> bool {
    (20..40).contains(&target.len()) && target.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The encoder whose rendering of SHA-1(`string1`) is `target` (lower case), if any.
pub(crate) fn matches(string1: &str, target: &str) -> Option<HexEncoder> {
    let digest = Sha1::digest(string1.as_bytes());
    let mut full = [0u8; 40];
    // 20 bytes always fit 40 hex characters.
    let _ = hex::encode_to_slice(digest.as_slice(), &mut full);
    let first_nonzero = full.iter().position(|&b| b != b'0').unwrap_or(full.len());
    let leading = &full[first_nonzero..];
    let mut unpadded = [0u8; 40];
    let mut n = 0;
    for pair in full.chunks_exact(2) {
        if pair[0] == b'0' {
            unpadded[n] = pair[1];
            n += 1;
        } else {
            unpadded[n..n + 2].copy_from_slice(pair);
            n += 2;
        }
    }
    let unpadded = &unpadded[..n];
    let t = target.as_bytes();
    match (leading == t, unpadded == t) {
        (true, true) => Some(HexEncoder::Either),
        (true, false) => Some(HexEncoder::LeadingZeros),
        (false, true) => Some(HexEncoder::UnpaddedBytes),
        (false, false) => None,
    }
}

pub(crate) fn code(encoder: HexEncoder, upper: bool) -> &'static str {
    match (encoder, upper) {
        (HexEncoder::LeadingZeros | HexEncoder::Either, false) => "hex_leading_zeros",
        (HexEncoder::LeadingZeros | HexEncoder::Either, true) => "hex_leading_zeros_upper",
        (HexEncoder::UnpaddedBytes, false) => "hex_unpadded_bytes",
        (HexEncoder::UnpaddedBytes, true) => "hex_unpadded_bytes_upper",
    }
}

/// The sentence; `upper` adds "and in upper case" to it.
pub(crate) fn message(encoder: HexEncoder, upper: bool) -> Msg {
    let case = if upper { "upper" } else { "lower" };
    match encoder {
        HexEncoder::LeadingZeros => msg!("verify-cause-hex-leading-zeros", case = case),
        HexEncoder::UnpaddedBytes => msg!("verify-cause-hex-unpadded-bytes", case = case),
        HexEncoder::Either => msg!("verify-cause-hex-either", case = case),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_vector_renderings() {
        // DOMAIN.md §9.1: the official vector 0f9de62f… in both broken renderings.
        let s1 = "jsapi_ticket=sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg&noncestr=Wm3WZYTPz0wzccnW&timestamp=1414587457&url=http://mp.weixin.qq.com?params=value";
        assert_eq!(
            matches(s1, "f9de62fce790f9a083d5c99e95740ceb90c27ed"),
            Some(HexEncoder::LeadingZeros)
        );
        assert_eq!(
            matches(
                s1,
                &"F9DE62FCE79F9A83D5C99E95740CEB9C27ED".to_ascii_lowercase()
            ),
            Some(HexEncoder::UnpaddedBytes)
        );
        assert_eq!(
            matches(s1, "0f9de62fce790f9a083d5c99e95740ceb90c27ed"),
            None
        );
        assert!(possible("f9de62fce790f9a083d5c99e95740ceb90c27ed"));
        assert!(!possible("0f9de62fce790f9a083d5c99e95740ceb90c27ed"));
        assert!(!possible("xyz"));
    }
}
