//! A page-level DevTools client: one WebSocket to one page target, a handful of commands, its
//! events in a channel (PHONE.md §1). A web-view has no browser target to create contexts or
//! tabs in, so chromiumoxide's browser model does not fit; this is the whole client. The
//! WebSocket handshake sends `Host: 127.0.0.1` and no `Origin`, which the DevTools server
//! requires.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_tungstenite::tungstenite::Message;
use futures::StreamExt;
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

/// How long one command may take.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(10);
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// A DevTools failure.
#[derive(Debug, thiserror::Error)]
pub enum CdpError {
    #[error("the WebSocket handshake failed: {0}")]
    Handshake(String),
    /// The page refused a command (an engine without it, or a bad parameter).
    #[error("{method} was refused: {message}")]
    Refused { method: String, message: String },
    #[error("{0} got no answer in time")]
    Timeout(String),
    #[error("the DevTools connection closed")]
    Closed,
}

/// An event of the page: its method and parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct CdpEvent {
    pub method: String,
    pub params: Value,
}

type Pending = Arc<Mutex<HashMap<u64, oneshot::Sender<Result<Value, String>>>>>;

/// A connected page.
pub struct Cdp {
    out: mpsc::UnboundedSender<Message>,
    pending: Pending,
    next: AtomicU64,
    task: Option<JoinHandle<()>>,
}

/// Upgrades `stream` (a fresh connection to the DevTools server) to the WebSocket at `path`
/// and starts reading: replies go to their callers, events to the returned channel, which
/// ends when the connection does.
pub async fn connect<S>(
    stream: S,
    path: &str,
) -> Result<(Cdp, mpsc::UnboundedReceiver<CdpEvent>), CdpError>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let url = format!("ws://127.0.0.1{path}");
    let (ws, _) = tokio::time::timeout(
        HANDSHAKE_TIMEOUT,
        async_tungstenite::tokio::client_async(url, stream),
    )
    .await
    .map_err(|_| CdpError::Handshake("timed out".to_owned()))?
    .map_err(|e| CdpError::Handshake(e.to_string()))?;
    let (mut sink, mut source) = ws.split();
    let (out, mut out_rx) = mpsc::unbounded_channel::<Message>();
    let (events, events_rx) = mpsc::unbounded_channel();
    let pending: Pending = Arc::default();
    let table = Arc::clone(&pending);
    let task = tokio::spawn(async move {
        loop {
            tokio::select! {
                msg = out_rx.recv() => match msg {
                    Some(m) => {
                        let closing = matches!(m, Message::Close(_));
                        if sink.send(m).await.is_err() || closing {
                            break;
                        }
                    }
                    None => break,
                },
                msg = source.next() => match msg {
                    Some(Ok(Message::Text(text))) => dispatch(text.as_str(), &table, &events),
                    Some(Ok(Message::Close(_)) | Err(_)) | None => break,
                    Some(Ok(_)) => {}
                },
            }
        }
        // Every caller still waiting learns that the connection is gone.
        if let Ok(mut t) = table.lock() {
            t.clear();
        }
        let _ = sink.close(None).await;
    });
    Ok((
        Cdp {
            out,
            pending,
            next: AtomicU64::new(1),
            task: Some(task),
        },
        events_rx,
    ))
}

fn dispatch(text: &str, pending: &Pending, events: &mpsc::UnboundedSender<CdpEvent>) {
    let Ok(v) = serde_json::from_str::<Value>(text) else {
        return;
    };
    if let Some(id) = v.get("id").and_then(Value::as_u64) {
        let Some(tx) = pending.lock().ok().and_then(|mut p| p.remove(&id)) else {
            return;
        };
        let answer = match v.get("error") {
            Some(e) => Err(e
                .get("message")
                .and_then(Value::as_str)
                .unwrap_or("error")
                .to_owned()),
            None => Ok(v.get("result").cloned().unwrap_or(Value::Null)),
        };
        let _ = tx.send(answer);
    } else if let Some(method) = v.get("method").and_then(Value::as_str) {
        let _ = events.send(CdpEvent {
            method: method.to_owned(),
            params: v.get("params").cloned().unwrap_or(Value::Null),
        });
    }
}

impl Cdp {
    /// Sends one command and waits for its result.
    pub async fn call(&self, method: &str, params: Value) -> Result<Value, CdpError> {
        self.call_within(method, params, COMMAND_TIMEOUT).await
    }

    /// [`Cdp::call`] with its own time limit (an evaluation awaiting the client's answer).
    pub async fn call_within(
        &self,
        method: &str,
        params: Value,
        limit: Duration,
    ) -> Result<Value, CdpError> {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let (tx, rx) = oneshot::channel();
        if let Ok(mut p) = self.pending.lock() {
            p.insert(id, tx);
        }
        let text = json!({"id": id, "method": method, "params": params}).to_string();
        if self.out.send(Message::text(text)).is_err() {
            self.forget(id);
            return Err(CdpError::Closed);
        }
        match tokio::time::timeout(limit, rx).await {
            Ok(Ok(Ok(v))) => Ok(v),
            Ok(Ok(Err(message))) => Err(CdpError::Refused {
                method: method.to_owned(),
                message,
            }),
            Ok(Err(_)) => Err(CdpError::Closed),
            Err(_) => {
                self.forget(id);
                Err(CdpError::Timeout(method.to_owned()))
            }
        }
    }

    fn forget(&self, id: u64) {
        if let Ok(mut p) = self.pending.lock() {
            p.remove(&id);
        }
    }

    /// Closes the WebSocket (a close frame, then the stream); bounded.
    pub async fn close(mut self) {
        let _ = self.out.send(Message::Close(None));
        if let Some(mut task) = self.task.take()
            && tokio::time::timeout(Duration::from_secs(2), &mut task)
                .await
                .is_err()
        {
            task.abort();
        }
    }
}

impl Drop for Cdp {
    fn drop(&mut self) {
        if let Some(task) = &self.task {
            task.abort();
        }
    }
}
