//! The JS-SDK signature (DOMAIN.md §1): string1 from four raw fields in ASCII key order, then
//! SHA-1 as lowercase hex. No I/O, no clock, no global randomness: the caller passes the time and
//! the random source, so every result is reproducible in a test.

use serde::Serialize;
use sha1::{Digest, Sha1};

/// The four keys of string1, already in the order the algorithm sorts them.
pub const KEYS: [&str; 4] = ["jsapi_ticket", "noncestr", "timestamp", "url"];

/// The default nonce length; WeChat accepts any, the official examples use 16.
pub const DEFAULT_NONCE_LEN: usize = 16;
/// The longest nonce we generate; `wx.config` has no documented limit, 32 is the common cap.
pub const MAX_NONCE_LEN: usize = 32;

const ALPHANUMERIC: &[u8; 62] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// A computed signature that keeps every input apart, so a UI can show string1 field by field
/// next to the digest and a user can copy any piece of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Signature {
    pub jsapi_ticket: String,
    pub noncestr: String,
    /// Kept as text: signing uses the digits exactly as given (a millisecond timestamp stays one).
    pub timestamp: String,
    pub url: String,
    pub string1: String,
    /// 40 lowercase hex characters.
    pub signature: String,
}

impl Signature {
    /// The `key=value` pairs in string1 order.
    pub fn pairs(&self) -> [(&'static str, &str); 4] {
        [
            (KEYS[0], self.jsapi_ticket.as_str()),
            (KEYS[1], self.noncestr.as_str()),
            (KEYS[2], self.timestamp.as_str()),
            (KEYS[3], self.url.as_str()),
        ]
    }
}

/// Signs with a numeric timestamp (seconds since the epoch).
pub fn sign(ticket: &str, noncestr: &str, timestamp: u64, url: &str) -> Signature {
    sign_text(ticket, noncestr, &timestamp.to_string(), url)
}

/// Signs with the timestamp exactly as text, as a server that got it wrong might have.
pub fn sign_text(ticket: &str, noncestr: &str, timestamp: &str, url: &str) -> Signature {
    let string1 = build_string1(ticket, noncestr, timestamp, url);
    let signature = sha1_hex(&string1);
    Signature {
        jsapi_ticket: ticket.to_owned(),
        noncestr: noncestr.to_owned(),
        timestamp: timestamp.to_owned(),
        url: url.to_owned(),
        string1,
        signature,
    }
}

/// string1: `jsapi_ticket=…&noncestr=…&timestamp=…&url=…`, values raw.
pub fn build_string1(ticket: &str, noncestr: &str, timestamp: &str, url: &str) -> String {
    let mut s = String::with_capacity(string1_len(ticket, noncestr, timestamp, url));
    push_string1(&mut s, ticket, noncestr, timestamp, url);
    s
}

fn string1_len(ticket: &str, noncestr: &str, timestamp: &str, url: &str) -> usize {
    // "jsapi_ticket=" + "&noncestr=" + "&timestamp=" + "&url=" = 13 + 10 + 11 + 5
    39 + ticket.len() + noncestr.len() + timestamp.len() + url.len()
}

fn push_string1(s: &mut String, ticket: &str, noncestr: &str, timestamp: &str, url: &str) {
    s.push_str("jsapi_ticket=");
    s.push_str(ticket);
    s.push_str("&noncestr=");
    s.push_str(noncestr);
    s.push_str("&timestamp=");
    s.push_str(timestamp);
    s.push_str("&url=");
    s.push_str(url);
}

/// SHA-1 of any text as 40 lowercase hex characters.
pub fn sha1_hex(text: &str) -> String {
    let mut out = [0u8; 40];
    sha1_hex_into(text.as_bytes(), &mut out);
    // The buffer holds only ASCII hex digits.
    String::from_utf8_lossy(&out).into_owned()
}

fn sha1_hex_into(bytes: &[u8], out: &mut [u8; 40]) {
    let digest = Sha1::digest(bytes);
    // 20 bytes always fit 40 hex characters; the error branch cannot happen.
    let _ = hex::encode_to_slice(digest.as_slice(), out);
}

/// A signer that reuses its buffers: the hot path of batch checks, verification searches and the
/// benchmark allocates nothing per call.
pub struct Signer {
    string1: String,
    hex: [u8; 40],
}

impl Default for Signer {
    fn default() -> Self {
        Self::new()
    }
}

impl Signer {
    pub fn new() -> Self {
        Self {
            string1: String::with_capacity(512),
            hex: [0; 40],
        }
    }

    /// Signs and returns the lowercase hex digest, valid until the next call.
    pub fn sign(&mut self, ticket: &str, noncestr: &str, timestamp: &str, url: &str) -> &str {
        self.string1.clear();
        push_string1(&mut self.string1, ticket, noncestr, timestamp, url);
        self.digest_current()
    }

    /// Digest of an arbitrary candidate string1 (the verifier builds malformed ones on purpose).
    pub fn digest(&mut self, string1: &str) -> &str {
        self.string1.clear();
        self.string1.push_str(string1);
        self.digest_current()
    }

    /// The string1 of the last call.
    pub fn string1(&self) -> &str {
        &self.string1
    }

    fn digest_current(&mut self) -> &str {
        sha1_hex_into(self.string1.as_bytes(), &mut self.hex);
        std::str::from_utf8(&self.hex).unwrap_or_default()
    }
}

/// Why a nonce could not be generated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("nonce length must be between 1 and {MAX_NONCE_LEN}, got {0}")]
pub struct NonceLengthError(pub usize);

/// An alphanumeric nonce of `len` characters (1..=32) from the caller's random source. Uses
/// rejection sampling so every character is equally likely.
pub fn generate_nonce<R: rand::Rng + ?Sized>(
    rng: &mut R,
    len: usize,
) -> Result<String, NonceLengthError> {
    if !(1..=MAX_NONCE_LEN).contains(&len) {
        return Err(NonceLengthError(len));
    }
    let mut out = String::with_capacity(len);
    while out.len() < len {
        let byte = (rng.next_u32() & 0xff) as u8;
        // 248 = 62 * 4: values below it map uniformly onto the alphabet.
        if byte < 248 {
            out.push(ALPHANUMERIC[(byte % 62) as usize] as char);
        }
    }
    Ok(out)
}

/// Seconds since the epoch for a time the caller read from its clock. A time before 1970 gives 0.
pub fn timestamp_at(now: std::time::SystemTime) -> u64 {
    now.duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TICKET: &str =
        "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
    const NONCE: &str = "Wm3WZYTPz0wzccnW";

    /// DOMAIN.md §1 known-answer vectors: (timestamp, url, signature).
    const VECTORS: &[(&str, &str, &str)] = &[
        (
            "1414587457",
            "http://mp.weixin.qq.com?params=value",
            "0f9de62fce790f9a083d5c99e95740ceb90c27ed",
        ),
        (
            "1414587457",
            "http://mp.weixin.qq.com",
            "f4d90daf4b3bca3078ab155816175ba34c443a7b",
        ),
        (
            "1414587457",
            "http://mp.weixin.qq.com?params=value#/home",
            "91aa97f5fa829ede68fa569e24e020e3b4e76b0b",
        ),
        (
            "1414587457",
            "https://mp.weixin.qq.com?params=value",
            "55e6e3f15deaa00deefed8e7bc620c6a0a5329a6",
        ),
        (
            "1414587457000",
            "http://mp.weixin.qq.com?params=value",
            "9dd3603815006fd2cf563ea9fb31fea18563a1ad",
        ),
    ];

    #[test]
    fn known_answer_vectors() {
        let mut signer = Signer::new();
        for &(ts, url, expected) in VECTORS {
            let sig = sign_text(TICKET, NONCE, ts, url);
            assert_eq!(sig.signature, expected, "url {url} ts {ts}");
            assert_eq!(signer.sign(TICKET, NONCE, ts, url), expected);
            assert_eq!(signer.string1(), sig.string1);
        }
    }

    #[test]
    fn string1_layout_is_exact() {
        let sig = sign(
            TICKET,
            NONCE,
            1414587457,
            "http://mp.weixin.qq.com?params=value",
        );
        assert_eq!(
            sig.string1,
            format!(
                "jsapi_ticket={TICKET}&noncestr={NONCE}&timestamp=1414587457&url=http://mp.weixin.qq.com?params=value"
            )
        );
        assert_eq!(sig.timestamp, "1414587457");
        assert_eq!(
            sig.pairs()[3],
            ("url", "http://mp.weixin.qq.com?params=value")
        );
        assert_eq!(
            sig.string1.len(),
            string1_len(TICKET, NONCE, "1414587457", &sig.url)
        );
    }

    #[test]
    fn values_are_not_escaped_or_trimmed() {
        let sig = sign_text(" t ", "n&n", "1", "https://a.b/?q=中 文");
        assert_eq!(
            sig.string1,
            "jsapi_ticket= t &noncestr=n&n&timestamp=1&url=https://a.b/?q=中 文"
        );
    }

    #[test]
    fn digest_of_arbitrary_string1() {
        let mut signer = Signer::new();
        let s1 = build_string1(TICKET, NONCE, "1414587457", "http://mp.weixin.qq.com");
        assert_eq!(
            signer.digest(&s1),
            "f4d90daf4b3bca3078ab155816175ba34c443a7b"
        );
        assert_eq!(sha1_hex(""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    }

    struct Counter(u32);
    impl rand::TryRng for Counter {
        type Error = std::convert::Infallible;
        fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
            self.0 = self.0.wrapping_add(1);
            Ok(self.0)
        }
        fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
            Ok(u64::from(self.try_next_u32()?))
        }
        fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Self::Error> {
            for b in dst {
                *b = self.try_next_u32()? as u8;
            }
            Ok(())
        }
    }

    #[test]
    fn nonce_lengths_and_alphabet() {
        let mut rng = Counter(0);
        let n = generate_nonce(&mut rng, DEFAULT_NONCE_LEN).expect("valid length");
        assert_eq!(n.len(), 16);
        assert!(n.bytes().all(|b| b.is_ascii_alphanumeric()));
        assert_eq!(generate_nonce(&mut rng, 1).map(|s| s.len()), Ok(1));
        assert_eq!(generate_nonce(&mut rng, 32).map(|s| s.len()), Ok(32));
        assert_eq!(generate_nonce(&mut rng, 0), Err(NonceLengthError(0)));
        assert_eq!(generate_nonce(&mut rng, 33), Err(NonceLengthError(33)));
    }

    #[test]
    fn timestamp_from_clock() {
        let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1414587457);
        assert_eq!(timestamp_at(t), 1414587457);
    }
}
