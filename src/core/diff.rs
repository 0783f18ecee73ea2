//! Character diff of two strings, for highlighting: the server's string1 next to the correct one,
//! the typed URL next to the one the page signs. Works on `char`s so a highlighted range never
//! splits a Chinese character, and trims the common prefix and suffix first so the usual case
//! (a few characters differ in a 300-character string1) costs almost nothing.

use serde::Serialize;

/// What a span of the diff is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// In both strings.
    Same,
    /// Only in the old (left) string.
    Removed,
    /// Only in the new (right) string.
    Added,
}

/// A run of characters with one [`Op`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    pub op: Op,
    pub text: String,
}

/// Above this many cells (middle lengths multiplied) the diff stops looking for common
/// characters inside the changed middle and marks it removed/added whole: bounded time and
/// memory for pathological inputs, exact results for anything the size of a string1.
const MAX_CELLS: usize = 4_000_000;

/// The edit from `old` to `new` as runs of same / removed / added characters. Concatenating the
/// `Same` and `Removed` spans gives `old`; `Same` and `Added` give `new`.
pub fn diff_chars(old: &str, new: &str) -> Vec<Span> {
    let a: Vec<char> = old.chars().collect();
    let b: Vec<char> = new.chars().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (am, bm) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);

    let mut out = Builder::default();
    for &c in &a[..prefix] {
        out.push(Op::Same, c);
    }
    if am.len().saturating_mul(bm.len()) <= MAX_CELLS {
        lcs_middle(am, bm, &mut out);
    } else {
        am.iter().for_each(|&c| out.push(Op::Removed, c));
        bm.iter().for_each(|&c| out.push(Op::Added, c));
    }
    for &c in &a[a.len() - suffix..] {
        out.push(Op::Same, c);
    }
    out.spans
}

/// Longest-common-subsequence table over the middle, walked forward. Removals are emitted before
/// additions at each change so a replaced run reads as "old, then new".
fn lcs_middle(a: &[char], b: &[char], out: &mut Builder) {
    let (n, m) = (a.len(), b.len());
    let width = m + 1;
    // lcs[i][j] = LCS length of a[i..] and b[j..].
    let mut lcs = vec![0u32; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i * width + j] = if a[i] == b[j] {
                lcs[(i + 1) * width + j + 1] + 1
            } else {
                lcs[(i + 1) * width + j].max(lcs[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            out.push(Op::Same, a[i]);
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
            out.push(Op::Removed, a[i]);
            i += 1;
        } else {
            out.push(Op::Added, b[j]);
            j += 1;
        }
    }
}

#[derive(Default)]
struct Builder {
    spans: Vec<Span>,
}

impl Builder {
    fn push(&mut self, op: Op, c: char) {
        match self.spans.last_mut() {
            Some(last) if last.op == op => last.text.push(c),
            _ => self.spans.push(Span {
                op,
                text: c.to_string(),
            }),
        }
    }
}

/// One side of a diff as `(text, changed)` runs, for drawing each string with its own
/// highlights: the old side keeps `Same` + `Removed`, the new side `Same` + `Added`.
pub fn side(spans: &[Span], op: Op) -> Vec<(&str, bool)> {
    spans
        .iter()
        .filter(|s| s.op == Op::Same || s.op == op)
        .map(|s| (s.text.as_str(), s.op != Op::Same))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(spans: &[Span]) -> String {
        spans
            .iter()
            .map(|s| match s.op {
                Op::Same => s.text.clone(),
                Op::Removed => format!("[-{}]", s.text),
                Op::Added => format!("[+{}]", s.text),
            })
            .collect()
    }

    #[test]
    fn table() {
        let cases = [
            ("abc", "abc", "abc"),
            ("", "", ""),
            ("", "ab", "[+ab]"),
            ("ab", "", "[-ab]"),
            (
                "url=http://a.com/p#/x",
                "url=http://a.com/p",
                "url=http://a.com/p[-#/x]",
            ),
            ("http://a", "https://a", "http[+s]://a"),
            ("&timestamp=1", "×tamp=1", "[-&times][+×]tamp=1"),
            ("a中b", "a文b", "a[-中][+文]b"),
            ("kitten", "sitting", "[-k][+s]itt[-e][+i]n[+g]"),
        ];
        for (old, new, want) in cases {
            assert_eq!(render(&diff_chars(old, new)), want, "{old} -> {new}");
        }
    }

    #[test]
    fn sides_rebuild_both_strings() {
        let spans = diff_chars("noncestr=abc&timestamp=1", "nonceStr=abc&timetamp=1");
        let old: String = side(&spans, Op::Removed).iter().map(|(t, _)| *t).collect();
        let new: String = side(&spans, Op::Added).iter().map(|(t, _)| *t).collect();
        assert_eq!(old, "noncestr=abc&timestamp=1");
        assert_eq!(new, "nonceStr=abc&timetamp=1");
        assert!(
            side(&spans, Op::Added)
                .iter()
                .any(|(t, changed)| *changed && *t == "S")
        );
    }

    #[test]
    fn huge_inputs_stay_bounded() {
        let a = "a".repeat(3000) + &"x".repeat(2000);
        let b = "b".repeat(3000) + &"y".repeat(2000);
        let spans = diff_chars(&a, &b);
        assert_eq!(spans.len(), 2);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn sides_rebuild_inputs(a in "\\PC{0,40}", b in "\\PC{0,40}") {
                let spans = diff_chars(&a, &b);
                let old: String = side(&spans, Op::Removed).iter().map(|(t, _)| *t).collect();
                let new: String = side(&spans, Op::Added).iter().map(|(t, _)| *t).collect();
                prop_assert_eq!(old, a);
                prop_assert_eq!(new, b);
                // Adjacent spans never share an op.
                prop_assert!(spans.windows(2).all(|w| w[0].op != w[1].op));
            }
        }
    }
}
