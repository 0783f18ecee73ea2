//! `batch --repeat N` (DOMAIN.md §9.8): the endpoint is asked N times for each page. A page that
//! passes only sometimes is `flaky`; answers signed with different candidate tickets mean the
//! instances behind a load balancer do not share one ticket cache. Pure: the attempts come in,
//! one result goes out.

use crate::core::text::{Arg, Msg, list, msg};
use crate::core::urlcheck::Severity;

use super::context::finding;
use super::result::{PageResult, PageStatus, Repeat};

/// The stable code of the load-balancer finding.
pub const LOAD_BALANCER_CODE: &str = "tickets_differ_between_answers";

/// One result from the attempts of a page: the first failing attempt (its causes explain the
/// failure), with the pass count, the status `flaky` when some passed, and the load-balancer
/// finding when the answers were signed with different tickets.
pub fn combine(mut attempts: Vec<PageResult>) -> Option<PageResult> {
    let asked = attempts.len();
    if asked <= 1 {
        return attempts.pop();
    }
    let passed = attempts
        .iter()
        .filter(|r| r.status == PageStatus::Pass)
        .count();
    let mut used: Vec<usize> = attempts.iter().filter_map(|r| r.signed_with).collect();
    used.sort_unstable();
    used.dedup();
    let duration = attempts.iter().map(|r| r.duration_ms).max().unwrap_or(0);
    let base = attempts
        .iter()
        .position(|r| r.status != PageStatus::Pass)
        .unwrap_or(0);
    let mut r = attempts.swap_remove(base);
    r.duration_ms = duration;
    if passed > 0 && passed < asked {
        r.status = PageStatus::Flaky;
    }
    if used.len() > 1 {
        let names: Vec<Arg> = used
            .iter()
            .map(|&i| match i {
                0 => msg!("batch-candidate-current").into(),
                i => format!("#{}", i + 1).into(),
            })
            .collect();
        r.findings.push(finding(
            LOAD_BALANCER_CODE,
            Severity::Error,
            msg!(
                "batch-tickets-differ",
                asked = asked,
                tickets = used.len(),
                candidates = list(names.iter().cloned())
            ),
            msg!("batch-tickets-differ-fix"),
        ));
        if r.status == PageStatus::Pass {
            r.status = PageStatus::Fail;
        }
    }
    r.repeat = Some(Repeat {
        asked,
        passed,
        tickets: used.len(),
    });
    Some(r)
}

/// "passed k of N", the JUnit failure message and the table's count.
pub fn passed_text(r: &Repeat) -> Msg {
    msg!("batch-passed-of", passed = r.passed, asked = r.asked)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::pages::PageSpec;
    use crate::core::text::Lang;
    use crate::i18n::Render;

    fn attempt(status: PageStatus, signed_with: Option<usize>) -> PageResult {
        let mut r = PageResult::not_run(0, &PageSpec::default());
        r.status = status;
        r.signed_with = signed_with;
        r.duration_ms = 10 + signed_with.unwrap_or(0) as u64;
        r
    }

    #[test]
    fn one_attempt_is_left_alone() {
        let r = combine(vec![attempt(PageStatus::Pass, Some(0))]).unwrap();
        assert_eq!(r.status, PageStatus::Pass);
        assert_eq!(r.repeat, None);
        assert!(combine(Vec::new()).is_none());
    }

    /// (attempts, status, passed, tickets, load-balancer finding)
    type Case = (
        Vec<(PageStatus, Option<usize>)>,
        PageStatus,
        usize,
        usize,
        bool,
    );

    #[test]
    fn table_of_outcomes() {
        use PageStatus::*;
        // (attempts, status, passed, tickets, load-balancer finding)
        let cases: Vec<Case> = vec![
            (vec![(Pass, Some(0)); 3], Pass, 3, 1, false),
            (vec![(Fail, Some(1)); 3], Fail, 0, 1, false),
            (
                vec![(Pass, Some(0)), (Fail, Some(1)), (Pass, Some(0))],
                Flaky,
                2,
                2,
                true,
            ),
            (vec![(Fail, Some(1)), (Fail, Some(2))], Fail, 0, 2, true),
            (vec![(Pass, Some(0)), (Error, None)], Flaky, 1, 1, false),
            (vec![(Fail, None), (Pass, Some(0))], Flaky, 1, 1, false),
        ];
        for (attempts, status, passed, tickets, lb) in cases {
            let n = attempts.len();
            let r = combine(attempts.iter().map(|(s, t)| attempt(*s, *t)).collect()).unwrap();
            assert_eq!(r.status, status, "{attempts:?}");
            assert_eq!(
                r.repeat,
                Some(Repeat {
                    asked: n,
                    passed,
                    tickets
                })
            );
            assert_eq!(
                r.findings.iter().any(|f| f.code == LOAD_BALANCER_CODE),
                lb,
                "{attempts:?}"
            );
            // The shown attempt is a failing one when there is one.
            if passed < n {
                assert_ne!(r.duration_ms, 0);
            }
        }
        let text = passed_text(&Repeat {
            asked: 4,
            passed: 1,
            tickets: 2,
        });
        assert_eq!(text.get(Lang::En), "passed 1 of 4");
        assert_eq!(text.get(Lang::Zh), "4 次中通过 1 次");
    }
}
