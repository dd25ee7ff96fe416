//! Everything the CLI shows: data on stdout (a table for people, JSON or YAML for scripts,
//! optionally through `--jq`), messages and warnings on stderr.

use clap::ValueEnum;
use comfy_table::{ContentArrangement, Table, presets};
use serde_json::Value;
use std::io::{IsTerminal, Write};

/// How data is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Yaml,
}

/// One table column: its header and the dotted path of the value in each item
/// (`workspace.label`, `emails.0.address`; a list of objects shows their values joined).
pub type Column = (&'static str, &'static str);

/// Where command output goes, and in what form.
#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    pub jq: Option<String>,
    /// stdout is a terminal: pretty JSON, tables by default.
    pub tty: bool,
}

impl Output {
    /// `--output` wins; otherwise a table on a terminal and JSON in a pipe. `--jq` implies JSON.
    pub fn new(format: Option<Format>, jq: Option<String>) -> Output {
        let tty = std::io::stdout().is_terminal();
        let format = match (format, &jq) {
            (Some(f), _) => f,
            (None, Some(_)) => Format::Json,
            (None, None) if tty => Format::Table,
            (None, None) => Format::Json,
        };
        Output { format, jq, tty }
    }

    /// Shows `value`: a list as rows of `columns`, an object as one `FIELD VALUE` row per column.
    pub fn data(&self, value: &Value, columns: &[Column]) -> anyhow::Result<()> {
        let text = self.render(value, columns)?;
        write_stdout(&text)
    }

    /// The text [`Output::data`] prints.
    pub fn render(&self, value: &Value, columns: &[Column]) -> anyhow::Result<String> {
        if let Some(expression) = &self.jq {
            let results = super::jq::filter(expression, value).map_err(super::UsageError::from)?;
            let mut text = String::new();
            for result in results {
                match (&result, self.format) {
                    // jq's `-r` behaviour for strings, which is what scripts want from `--jq .id`.
                    (Value::String(s), _) => text.push_str(s),
                    (_, Format::Yaml) => {
                        text.push_str(serde_norway::to_string(&result)?.trim_end())
                    }
                    _ => text.push_str(&self.json(&result)),
                }
                text.push('\n');
            }
            return Ok(text);
        }
        Ok(match self.format {
            Format::Json => format!("{}\n", self.json(value)),
            Format::Yaml => serde_norway::to_string(value)?,
            Format::Table => table(value, columns),
        })
    }

    fn json(&self, value: &Value) -> String {
        if self.tty {
            serde_json::to_string_pretty(value).expect("JSON value serialises")
        } else {
            value.to_string()
        }
    }

    /// True when a list can go out item by item as it arrives (JSON without `--jq`), keeping
    /// memory flat however many pages there are.
    pub fn streams(&self) -> bool {
        self.format == Format::Json && self.jq.is_none()
    }

    /// Starts a streamed JSON array; see [`Output::streams`].
    pub fn stream(&self) -> JsonStream<'_> {
        JsonStream {
            out: self,
            count: 0,
        }
    }

    /// A sentence for people, on stderr so stdout stays parseable.
    pub fn message(&self, text: &str) {
        let _ = writeln!(std::io::stderr(), "{text}");
    }

    /// A warning on stderr.
    pub fn warn(&self, text: &str) {
        let _ = writeln!(std::io::stderr(), "warning: {text}");
    }
}

/// A list that arrives in batches (Airflow's and Astro's pages).
pub trait Batches {
    /// What the list holds.
    type Item: serde::Serialize;
    /// The next batch, `None` after the last.
    async fn batch(&mut self) -> anyhow::Result<Option<Vec<Self::Item>>>;
}

impl Output {
    /// The one list printer. JSON without `--jq` goes out batch by batch as it arrives, so
    /// memory stays flat however long the list; a table, YAML or `--jq` needs the whole list.
    pub async fn list(&self, mut batches: impl Batches, columns: &[Column]) -> anyhow::Result<()> {
        if self.streams() {
            let mut stream = self.stream();
            while let Some(batch) = batches.batch().await? {
                for item in batch {
                    stream.item(&serde_json::to_value(item)?)?;
                }
            }
            return stream.finish();
        }
        let mut all = Vec::new();
        while let Some(batch) = batches.batch().await? {
            for item in batch {
                all.push(serde_json::to_value(item)?);
            }
        }
        self.data(&Value::Array(all), columns)
    }
}

/// The one value of an answer with one root field: what the server said, as it said it, for
/// `-o json`, `--jq` and the table's columns. Fields the CLI itself reads come from the typed
/// data instead. Takes the answer apart rather than copying it: a list of a thousand members
/// with all their role bindings is most of a command's own time when copied.
pub fn answer(raw: Value) -> Value {
    match raw {
        Value::Object(o) => o.into_iter().next().map_or(Value::Null, |(_, v)| v),
        _ => Value::Null,
    }
}

/// A list in a stable order: by the text at `path` (a label, an e-mail), ignoring case, then
/// by `id`. Houston returns lists in storage order, which changes as rows are rewritten.
pub fn sorted(mut items: Value, path: &str) -> Value {
    if let Some(list) = items.as_array_mut() {
        let key = |v: &Value| {
            let text = |p: &str| cell(lookup(v, p)).to_lowercase();
            (text(path), text("id"))
        };
        list.sort_by_cached_key(key);
    }
    items
}

/// A JSON array written item by item: the same text [`Output::data`] prints for the whole list.
pub struct JsonStream<'a> {
    out: &'a Output,
    count: usize,
}

impl JsonStream<'_> {
    pub fn item(&mut self, value: &Value) -> anyhow::Result<()> {
        let text = self.piece(value)?;
        write_stdout(&text)
    }

    pub fn finish(self) -> anyhow::Result<()> {
        write_stdout(self.end())
    }

    fn piece(&mut self, value: &Value) -> anyhow::Result<String> {
        let separator = match (self.count, self.out.tty) {
            (0, true) => "[\n  ",
            (0, false) => "[",
            (_, true) => ",\n  ",
            (_, false) => ",",
        };
        let text = if self.out.tty {
            serde_json::to_string_pretty(value)?.replace('\n', "\n  ")
        } else {
            value.to_string()
        };
        self.count += 1;
        Ok(format!("{separator}{text}"))
    }

    fn end(&self) -> &'static str {
        match (self.count, self.out.tty) {
            (0, _) => "[]\n",
            (_, true) => "\n]\n",
            (_, false) => "]\n",
        }
    }
}

/// Writes to stdout; a closed pipe (`houston … | head`) is not an error.
pub fn write_stdout(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(super::BrokenPipe.into()),
        other => Ok(other?),
    }
}

/// Renders a list as a table with `columns`, an object as `FIELD VALUE` rows.
pub fn table(value: &Value, columns: &[Column]) -> String {
    let mut table = Table::new();
    table
        .load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled);
    match value {
        Value::Array(items) => {
            if items.is_empty() {
                return "(none)\n".into();
            }
            table.set_header(columns.iter().map(|(h, _)| *h));
            for item in items {
                table.add_row(columns.iter().map(|(_, path)| cell(lookup(item, path))));
            }
        }
        Value::Null => return "(none)\n".into(),
        other => {
            for (header, path) in columns {
                table.add_row(vec![header.to_string(), cell(lookup(other, path))]);
            }
        }
    }
    // Flush left like `gh` and `kubectl`: no padding before the first column.
    for column in table.column_iter_mut() {
        column.set_padding((0, 2));
    }
    let mut text = table.trim_fmt();
    text.push('\n');
    text
}

/// The value at a dotted path; through a list, the values of every item. `a|b` is the first
/// of two paths that has a value (one column for a field two API versions name differently).
pub fn lookup<'a>(value: &'a Value, path: &str) -> Vec<&'a Value> {
    if let Some((first, second)) = path.split_once('|') {
        let found = lookup(value, first);
        return if found.is_empty() {
            lookup(value, second)
        } else {
            found
        };
    }
    let mut current = vec![value];
    for key in path.split('.').filter(|k| !k.is_empty()) {
        let mut next = Vec::new();
        for v in current {
            match v {
                Value::Object(map) => next.extend(map.get(key)),
                Value::Array(items) => match key.parse::<usize>() {
                    Ok(i) => next.extend(items.get(i)),
                    Err(_) => next.extend(items.iter().filter_map(|i| i.get(key))),
                },
                _ => {}
            }
        }
        current = next;
    }
    current
}

fn cell(values: Vec<&Value>) -> String {
    let mut parts = Vec::new();
    for v in values {
        match v {
            Value::Null => {}
            Value::String(s) => parts.push(s.clone()),
            Value::Array(items) => {
                let inner = cell(items.iter().collect());
                if !inner.is_empty() {
                    parts.push(inner);
                }
            }
            other => parts.push(other.to_string()),
        }
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tables_follow_paths() {
        let v = json!([
            {"id": "a", "workspace": {"label": "ops"}, "emails": [{"address": "x@y"}, {"address": "z@y"}]},
            {"id": "b", "workspace": null, "emails": []}
        ]);
        let t = table(
            &v,
            &[
                ("ID", "id"),
                ("WORKSPACE", "workspace.label"),
                ("EMAIL", "emails.address"),
            ],
        );
        let lines: Vec<_> = t
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        assert_eq!(lines, vec!["ID WORKSPACE EMAIL", "a ops x@y, z@y", "b"]);
        assert_eq!(table(&json!([]), &[("ID", "id")]), "(none)\n");
        let one = table(&json!({"id": "a", "n": 3}), &[("ID", "id"), ("N", "n")]);
        // A streamed array is the same JSON as the whole one.
        for tty in [false, true] {
            let out = Output {
                format: Format::Json,
                jq: None,
                tty,
            };
            let items = [json!({"a": 1}), json!({"b": [2, 3]})];
            let whole = out.render(&Value::Array(items.to_vec()), &[]).unwrap();
            let mut stream = out.stream();
            let mut text: String = items.iter().map(|i| stream.piece(i).unwrap()).collect();
            text.push_str(stream.end());
            assert_eq!(text, whole, "tty {tty}");
            let empty = out.stream();
            assert_eq!(empty.end(), out.render(&json!([]), &[]).unwrap());
        }
        assert!(one.contains("ID") && one.contains('3'));
    }
}
