//! WeChat Work (WeCom): per-app tokens, the corp and agent tickets, WeCom's errcodes, and the
//! CLI's WeCom commands, against the mock WeCom of `mock_wecom`.

mod batch;
mod commands;
mod keyring;
mod library;
mod verify;
