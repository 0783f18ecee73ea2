//! The human output of a batch in page order. Pages finish in any order (#1, #3, #2 with
//! concurrency); each failure line waits until every earlier page has finished, so the output
//! reads like the pages file. The reports are written as results arrive, unaffected.

use std::collections::BTreeMap;

/// Lines (or `None` for a page with nothing to print) held until the pages before them are in.
#[derive(Debug, Default)]
pub struct InOrder {
    next: usize,
    held: BTreeMap<usize, Option<String>>,
}

impl InOrder {
    /// Takes page `index`'s line and returns every line now in order, ready to print.
    pub fn push(&mut self, index: usize, line: Option<String>) -> Vec<String> {
        self.held.insert(index, line);
        let mut out = Vec::new();
        while let Some(line) = self.held.remove(&self.next) {
            out.extend(line);
            self.next += 1;
        }
        out
    }

    /// What is still held after the run (pages before them never reported, e.g. cancelled),
    /// in page order.
    pub fn rest(&mut self) -> Vec<String> {
        std::mem::take(&mut self.held)
            .into_values()
            .flatten()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_come_out_in_page_order() {
        let mut o = InOrder::default();
        let l = |s: &str| Some(s.to_owned());
        assert!(o.push(0, None).is_empty());
        assert!(o.push(2, l("#3")).is_empty(), "waits for #2");
        assert!(o.push(4, l("#5")).is_empty());
        assert_eq!(o.push(1, l("#2")), ["#2", "#3"]);
        assert!(o.push(5, None).is_empty(), "still waits for #4");
        assert_eq!(o.rest(), ["#5"]);
        assert!(o.rest().is_empty());
    }
}
