//! Hex encoders that drop zeros (DOMAIN.md §9.1): Java `new BigInteger(1, digest).toString(16)`
//! drops leading zeros, per-byte encoders without padding drop the zero of every byte below 16.
//! A signature shorter than 40 characters is compared with those renderings of each candidate
//! digest instead of the 40-digit one.

use sha1::{Digest, Sha1};

use crate::core::text::Text;

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

pub(crate) fn message(encoder: HexEncoder, upper: bool) -> Text {
    let (case_en, case_zh) = if upper {
        (
            " and in upper case; emit lower case too",
            "，而且是大写；同时请输出小写",
        )
    } else {
        ("", "")
    };
    match encoder {
        HexEncoder::LeadingZeros => Text::new(
            format!(
                "The server's hex encoder dropped the leading zeros of the SHA-1 (Java new BigInteger(1, digest).toString(16) does, for 1 signature in 16){case_en}; pad it to 40 digits: String.format(\"%040x\", new BigInteger(1, digest)) or Hex.encodeHexString(digest)."
            ),
            format!(
                "服务器的十六进制编码去掉了 SHA-1 开头的 0（Java 的 new BigInteger(1, digest).toString(16) 就会这样，约 16 个签名中有 1 个）{case_zh}；请补足 40 位：String.format(\"%040x\", new BigInteger(1, digest)) 或 Hex.encodeHexString(digest)。"
            ),
        ),
        HexEncoder::UnpaddedBytes => Text::new(
            format!(
                "The server's hex encoder wrote each byte without padding, dropping the zero of every byte below 16 (C# b.ToString(\"X\"), Java Integer.toHexString(b & 0xff), JS b.toString(16)){case_en}; write two digits per byte: b.ToString(\"x2\"), String.format(\"%02x\", b), b.toString(16).padStart(2, '0')."
            ),
            format!(
                "服务器的十六进制编码对每个字节没有补零，小于 16 的字节丢了前面的 0（C# b.ToString(\"X\")、Java Integer.toHexString(b & 0xff)、JS b.toString(16)）{case_zh}；请每个字节写两位：b.ToString(\"x2\")、String.format(\"%02x\", b)、b.toString(16).padStart(2, '0')。"
            ),
        ),
        HexEncoder::Either => Text::new(
            format!(
                "The server's hex encoder dropped the leading zero of the SHA-1 (Java new BigInteger(1, digest).toString(16), or a per-byte encoder without padding such as Integer.toHexString(b & 0xff)){case_en}; write 40 digits, two per byte: String.format(\"%040x\", …) or String.format(\"%02x\", b)."
            ),
            format!(
                "服务器的十六进制编码丢了 SHA-1 开头的 0（Java 的 new BigInteger(1, digest).toString(16)，或不补零的逐字节编码如 Integer.toHexString(b & 0xff)）{case_zh}；请输出 40 位、每字节两位：String.format(\"%040x\", …) 或 String.format(\"%02x\", b)。"
            ),
        ),
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
