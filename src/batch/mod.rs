//! QA batch (issue 5): ask the team's signing endpoint for every page of a release, verify each
//! answer, check the share settings, and write reports a CI server understands.
//!
//! The parts are kept apart so each can be tested on its own: `pages` reads the pages file,
//! `endpoint` describes and calls the signing endpoint, `checks` is pure (what came back in,
//! findings out; `context` is what every check reads), `runner` drives the pages with bounded
//! concurrency and cancellation, and `report` streams the results to JSON, JUnit XML and HTML
//! files.

pub mod checks;
pub mod context;
pub mod endpoint;
pub mod pages;
pub mod repeat;
pub mod report;
pub mod result;
pub mod runner;
pub mod saved;
pub mod share;
pub mod wecom;

pub use checks::{PageContext, check_page};
pub use endpoint::{Endpoint, EndpointSpec, FieldNames, HttpMethod, UrlEncoding, UrlParam};
pub use pages::{PageSpec, PagesFormat, Platform, ShareSettings, list_line, parse_pages};
pub use result::{Counts, PageResult, PageStatus, Summary};
pub use runner::{BatchJob, CancelFlag, Checker, RunOptions};
