//! Secrets read from stdin (tokens, passwords): never from the command line, where `ps` and
//! the shell's history would show them. One reader for every command that takes one.

use super::usage;
use crate::secret::Token;
use std::io::{BufRead, IsTerminal, Read};

/// What is read.
pub enum Secret<'a> {
    /// One token, no whitespace inside; on a terminal, `prompt` says which first.
    Token { prompt: &'a str },
    /// A password (anything but empty), named `what` in messages.
    Password { what: &'a str },
}

/// Reads a secret from stdin: on a terminal one line after the prompt, in a pipe all of it;
/// surrounding whitespace and the final newline are not part of it.
pub fn read(secret: Secret<'_>) -> anyhow::Result<Token> {
    let stdin = std::io::stdin();
    let mut text = String::new();
    let what = match &secret {
        Secret::Token { .. } => "token",
        Secret::Password { what } => what,
    };
    let read = if stdin.is_terminal() {
        if let Secret::Token { prompt } = &secret {
            eprintln!("{prompt}");
        }
        stdin.lock().read_line(&mut text)
    } else {
        stdin.lock().read_to_string(&mut text)
    };
    read.map_err(|e| usage(format!("cannot read the {what} from stdin: {e}")))?;
    let token = Token::new(text);
    if token.is_empty() {
        return Err(usage(format!("no {what} on stdin")));
    }
    if matches!(secret, Secret::Token { .. }) && token.expose().contains(char::is_whitespace) {
        return Err(usage(
            "the token on stdin contains whitespace: pass exactly one token",
        ));
    }
    Ok(token)
}
