//! Ctrl-C during a run that changes the platform: stop issuing, let what is in flight finish.

use crate::bulk::StopSignal;

/// Stops `stop` at the first Ctrl-C from now on (`stop.is_stopped()` then tells the run it was
/// interrupted); abort the returned task when the run ends.
///
/// The handler is registered before this returns. `tokio::signal::ctrl_c()` registers it only
/// when its future is first polled, so inside a spawned task a Ctrl-C that came before the task
/// first ran met SIGINT's default action: the process ended with changes in flight and their
/// journal lines unwritten.
pub(super) fn stop_on_interrupt(stop: &StopSignal) -> std::io::Result<tokio::task::JoinHandle<()>> {
    #[cfg(unix)]
    let mut signal = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())?;
    #[cfg(windows)]
    let mut signal = tokio::signal::windows::ctrl_c()?;
    let stop = stop.clone();
    Ok(tokio::spawn(async move {
        if signal.recv().await.is_some() {
            stop.stop();
        }
    }))
}
