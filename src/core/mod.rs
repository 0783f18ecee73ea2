//! The pure core: signing, URL analysis, verification and input parsing.
//!
//! Nothing under `core` does I/O or reads a clock or a global random source: the time, the
//! randomness, the tickets and the URLs come in as arguments and results go out as data.

pub mod card;
pub mod diff;
pub mod jsapi;
pub mod md5;
pub mod parse;
pub mod sign;
pub mod stored;
pub mod text;
pub mod urlcheck;
pub mod verify;
pub mod wecom;
