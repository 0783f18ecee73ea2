//! The worker's page-probe commands: a probe runs as its own task with a cancel flag the UI can
//! raise, the browser search runs on the blocking pool (it starts `BROWSER --version`), and share
//! thumbnails are fetched and decoded here so the UI thread only uploads a small texture.

use std::path::PathBuf;
use std::time::Duration;

use super::emit::{Emitter, InFlight};
use super::{Event, Thumbnail};
use crate::core::text::{Msg, msg};
use crate::probe::{ProbeError, ProbeOptions};

/// Runs one probe to its end, streaming its progress.
pub(super) async fn run(probes: &InFlight, out: &Emitter, id: u64, options: ProbeOptions) {
    let flag = probes.start(id);
    let progress_out = out.clone();
    let result = crate::probe::probe(options, flag.clone(), move |progress| {
        progress_out.emit(Event::ProbeProgress { id, progress });
    })
    .await;
    probes.remove(id);
    match result {
        // A cancel that raced with the end still reads as a cancel: the user asked for it.
        Ok(_) if flag.is_cancelled() => out.emit(Event::ProbeFailed {
            id,
            error: ProbeError::Cancelled,
        }),
        Ok(report) => out.emit(Event::ProbeFinished {
            id,
            report: Box::new(report),
        }),
        Err(error) => out.emit(Event::ProbeFailed { id, error }),
    }
}

pub(super) async fn find_browser(out: &Emitter, explicit: Option<PathBuf>) {
    let path = explicit.clone();
    let found =
        tokio::task::spawn_blocking(move || crate::probe::browser::find(path.as_deref())).await;
    if let Ok(result) = found {
        out.emit(Event::Browser { explicit, result });
    }
}

/// Largest image body read: share pictures are small, and a page must not make wxsign read
/// a video.
const MAX_BYTES: usize = 8 * 1024 * 1024;
const TIMEOUT: Duration = Duration::from_secs(10);

pub(super) async fn fetch_thumbnail(out: &Emitter, url: String) {
    let result = match download(&url).await {
        Ok(bytes) => tokio::task::spawn_blocking(move || decode(&bytes))
            .await
            .unwrap_or_else(|e| Err(internal(&e))),
        Err(e) => Err(e),
    };
    out.emit(Event::Thumbnail { url, result });
}

/// An error with nothing to add: shown as it is, in either language.
fn internal(e: &dyn std::fmt::Display) -> Msg {
    msg!("worker-thumb-internal", error = e.to_string())
}

async fn download(url: &str) -> Result<Vec<u8>, Msg> {
    let parsed = url::Url::parse(url.trim())
        .map_err(|e| msg!("worker-thumb-not-absolute", error = e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(msg!("worker-thumb-not-http"));
    }
    let client = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .build()
        .map_err(|e| internal(&e))?;
    let mut resp = client
        .get(parsed)
        .send()
        .await
        .map_err(|e| msg!("worker-thumb-no-answer", why = root_cause(&e)))?;
    let status = resp.status();
    if !status.is_success() {
        return Err(msg!("worker-thumb-http-status", status = status.as_u16()));
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(|e| internal(&e))? {
        body.extend_from_slice(&chunk);
        if body.len() > MAX_BYTES {
            return Err(msg!("worker-thumb-too-large"));
        }
    }
    Ok(body)
}

/// The innermost error: reqwest's own message only says "error sending request".
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

/// Decodes PNG or JPEG (what share pictures are) and scales it to at most `MAX_SIDE`.
pub(super) fn decode(bytes: &[u8]) -> Result<Thumbnail, Msg> {
    let img = image::load_from_memory(bytes)
        .map_err(|e| msg!("worker-thumb-not-image", error = e.to_string()))?;
    let original = [img.width(), img.height()];
    let max = Thumbnail::MAX_SIDE;
    let img = if img.width() > max || img.height() > max {
        img.thumbnail(max, max)
    } else {
        img
    };
    let rgba = img.to_rgba8();
    Ok(Thumbnail {
        size: [rgba.width() as usize, rgba.height() as usize],
        rgba: rgba.into_raw(),
        original,
    })
}

impl Thumbnail {
    /// Share cards draw the picture at 56 px; twice that stays sharp on a HiDPI screen.
    pub const MAX_SIDE: u32 = 160;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbaImage::from_pixel(w, h, image::Rgba([200, 10, 10, 255]));
        let mut out = std::io::Cursor::new(Vec::new());
        img.write_to(&mut out, image::ImageFormat::Png)
            .expect("png");
        out.into_inner()
    }

    #[test]
    fn decodes_and_scales_down() {
        let t = decode(&png(400, 200)).expect("decodes");
        assert_eq!(t.original, [400, 200]);
        assert_eq!(t.size, [160, 80]);
        assert_eq!(t.rgba.len(), 160 * 80 * 4);
        let small = decode(&png(20, 20)).expect("decodes");
        assert_eq!(small.size, [20, 20]);
    }

    #[test]
    fn html_is_not_an_image() {
        let err = decode(b"<html>404</html>").expect_err("not an image");
        let shown = crate::i18n::render(crate::core::text::Lang::En, &err);
        assert!(shown.contains("PNG or JPEG"), "{shown}");
    }
}
