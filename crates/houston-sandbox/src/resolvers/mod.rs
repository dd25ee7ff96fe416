//! Field resolvers over the SQLite state, driven by apollo-compiler's executor.
//!
//! Objects are one generic [`Node`]: a GraphQL type name plus a JSON map of its scalar fields
//! (named as in the schema). Fields not in the map are relations or computed fields, answered by
//! the area modules (`users`, `workspaces`, …) on demand, so a query only touches the rows its
//! selection asks for. A key `_field` holding an id is a to-one relation loaded by type.
//! Nested plain objects (deployInfo, urls, …) are JSON objects in the map and become nodes of the
//! type the schema declares for the field.

use apollo_compiler::resolvers::{FieldError, ObjectValue, ResolveInfo, ResolvedValue};
use apollo_compiler::schema::{ExtendedType, Type};
use rusqlite::Connection;
use serde_json::{Map, Value};

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::auth::{self, Viewer};
use super::{limits, schema};

pub(crate) mod access;
pub(crate) mod deployments;
mod platform;
mod service_accounts;
mod teams;
pub(crate) mod users;
mod workspaces;

/// Error codes as Houston (Apollo Server) puts them in `extensions.code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    Unauthenticated,
    Forbidden,
    BadUserInput,
    NotFound,
    UserAlreadyInvited,
    DuplicateEmail,
    InviteEmailNotMatch,
    Internal,
    NotEmulated,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Unauthenticated => "UNAUTHENTICATED",
            Code::Forbidden => "FORBIDDEN",
            Code::BadUserInput => "BAD_USER_INPUT",
            Code::NotFound => "RESOURCE_NOT_FOUND",
            Code::UserAlreadyInvited => "USER_ALREADY_INVITED",
            Code::DuplicateEmail => "DUPLICATE_EMAIL",
            Code::InviteEmailNotMatch => "INVITE_EMAIL_NOT_MATCH",
            Code::Internal => "INTERNAL_SERVER_ERROR",
            Code::NotEmulated => "NOT_EMULATED",
        }
    }
}

/// A resolver failure: becomes one entry of the response's `errors`.
#[derive(Debug, Clone)]
pub struct Fail {
    pub code: Code,
    pub message: String,
}

pub fn fail(code: Code, message: impl Into<String>) -> Fail {
    Fail {
        code,
        message: message.into(),
    }
}

pub fn not_found() -> Fail {
    fail(Code::NotFound, "The requested resource was not found")
}

pub fn forbidden() -> Fail {
    fail(Code::Forbidden, auth::NO_PERMISSION)
}

pub fn missing(arg: &str) -> Fail {
    fail(
        Code::BadUserInput,
        format!("A required argument was not sent: {arg}"),
    )
}

/// The one message a store failure shows: SQL text, table and column names stay inside (a
/// client learns nothing from `UNIQUE constraint failed: users.username` but the layout).
pub const STORE_FAILED: &str =
    "The sandbox could not complete this request (an internal store error)";

impl From<rusqlite::Error> for Fail {
    fn from(_: rusqlite::Error) -> Self {
        fail(Code::Internal, STORE_FAILED)
    }
}

/// apollo-compiler's `FieldError` carries only a message; the code rides in front of it between
/// two unit separators and [`split_code`] moves it to `extensions.code` after execution.
const MARK: char = '\u{1f}';

impl From<Fail> for FieldError {
    fn from(f: Fail) -> Self {
        FieldError {
            message: format!("{MARK}{}{MARK}{}", f.code.as_str(), f.message),
        }
    }
}

/// `(code, message)` from an executor error message (which apollo-compiler prefixes with
/// `resolver error: `).
pub fn split_code(message: &str) -> (Option<&str>, &str) {
    let message = message.strip_prefix("resolver error: ").unwrap_or(message);
    if let Some(rest) = message.strip_prefix(MARK)
        && let Some((code, text)) = rest.split_once(MARK)
    {
        return (Some(code), text);
    }
    (None, message)
}

pub type R<T> = Result<T, Fail>;

/// Sandbox-wide settings the resolvers read.
#[derive(Debug, Clone)]
pub struct Settings {
    pub platform_version: String,
    pub base_domain: String,
}

/// Flags that cancel a running request: the client went away, the server is stopping.
#[derive(Debug, Clone, Default)]
pub struct Cancel(pub Vec<Arc<AtomicBool>>);

impl Cancel {
    pub fn is_set(&self) -> bool {
        self.0.iter().any(|f| f.load(Ordering::Relaxed))
    }
}

/// Why a request stopped before its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// It resolved more than [`limits::MAX_RESOLVED`] objects and fields.
    TooLarge,
    /// [`Cancel`] was set.
    Cancelled,
}

/// Everything one request's resolvers share.
pub struct Ctx<'c> {
    pub conn: &'c Connection,
    pub auth: Result<Option<Viewer>, Fail>,
    pub settings: &'c Settings,
    /// Event `n` of a live subscription over `/ws` (`None` over HTTP, where a subscription
    /// answers its first event).
    pub stream: Option<u64>,
    pub cancel: Cancel,
    /// Objects and fields resolved so far (see `limits`).
    spent: Cell<u64>,
    stopped: Cell<Option<Stopped>>,
    /// The caller's level per scope, computed once per request (see `access`).
    pub(crate) levels: RefCell<HashMap<access::Scope, u8>>,
}

impl<'c> Ctx<'c> {
    pub fn new(
        conn: &'c Connection,
        auth: Result<Option<Viewer>, Fail>,
        settings: &'c Settings,
        stream: Option<u64>,
        cancel: Cancel,
    ) -> Self {
        Ctx {
            conn,
            auth,
            settings,
            stream,
            cancel,
            spent: Cell::new(0),
            stopped: Cell::new(None),
            levels: RefCell::new(HashMap::new()),
        }
    }

    /// Charges one unit of work; `false` once the request must stop (too large or cancelled),
    /// after which resolvers load nothing more.
    pub fn charge(&self) -> bool {
        if self.stopped.get().is_some() {
            return false;
        }
        let spent = self.spent.get() + 1;
        self.spent.set(spent);
        if spent > limits::MAX_RESOLVED {
            self.stopped.set(Some(Stopped::TooLarge));
            return false;
        }
        // An atomic load per field is cheap next to resolving it.
        if self.cancel.is_set() {
            self.stopped.set(Some(Stopped::Cancelled));
            return false;
        }
        true
    }

    pub fn stopped(&self) -> Option<Stopped> {
        self.stopped.get()
    }

    /// The authenticated caller, or Houston's refusal.
    pub fn viewer(&self) -> R<&Viewer> {
        match &self.auth {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(forbidden()),
            Err(f) => Err(f.clone()),
        }
    }

    pub fn workspace_level(&self, workspace: &str) -> R<u8> {
        auth::workspace_level(self.conn, self.viewer()?, workspace)
    }

    pub fn deployment_level(&self, deployment: &str) -> R<u8> {
        auth::deployment_level(self.conn, self.viewer()?, deployment)
    }

    pub fn require_system(&self, level: u8) -> R<&Viewer> {
        let v = self.viewer()?;
        if v.system_level >= level {
            Ok(v)
        } else {
            Err(forbidden())
        }
    }

    pub fn require_workspace(&self, workspace: &str, level: u8) -> R<()> {
        if self.workspace_level(workspace)? >= level {
            Ok(())
        } else {
            Err(forbidden())
        }
    }

    pub fn require_deployment(&self, deployment: &str, level: u8) -> R<()> {
        if self.deployment_level(deployment)? >= level {
            Ok(())
        } else {
            Err(forbidden())
        }
    }

    pub fn node(&'c self, ty: &str, data: Map<String, Value>) -> Node<'c> {
        self.charge();
        Node {
            ty: ty.to_string(),
            data,
            ctx: self,
            level: access::UNRESTRICTED,
        }
    }

    pub fn now(&self) -> R<String> {
        Ok(super::store::now(self.conn)?)
    }
}

/// A resolver's answer before it is handed to the executor.
pub enum Out<'c> {
    Null,
    Leaf(Value),
    Node(Node<'c>),
    List(Vec<Out<'c>>),
}

impl<'c> Out<'c> {
    pub fn opt(node: Option<Node<'c>>) -> Self {
        node.map_or(Out::Null, Out::Node)
    }

    pub fn nodes(nodes: Vec<Node<'c>>) -> Self {
        Out::List(nodes.into_iter().map(Out::Node).collect())
    }

    fn resolved<'a>(self) -> ResolvedValue<'a>
    where
        'c: 'a,
    {
        match self {
            Out::Null => ResolvedValue::null(),
            Out::Leaf(v) => ResolvedValue::leaf(v),
            Out::Node(n) => ResolvedValue::object(n),
            Out::List(items) => ResolvedValue::list(items.into_iter().map(Out::resolved)),
        }
    }
}

/// One GraphQL object.
pub struct Node<'c> {
    pub ty: String,
    pub data: Map<String, Value>,
    pub ctx: &'c Ctx<'c>,
    /// The caller's level on the object's owning scope, set by [`access::guard`] when the
    /// object is handed to the executor; [`access::field_allowed`] reads it before each field.
    pub level: u8,
}

impl Node<'_> {
    pub fn id(&self) -> &str {
        self.str("id").unwrap_or_default()
    }

    pub fn str(&self, key: &str) -> Option<&str> {
        self.data.get(key).and_then(Value::as_str)
    }
}

/// The arguments of one field, as plain JSON.
pub struct Args(pub Map<String, Value>);

impl Args {
    fn from_info(info: &ResolveInfo<'_>) -> Args {
        match serde_json::to_value(info.arguments()) {
            Ok(Value::Object(map)) => Args(map),
            _ => Args(Map::new()),
        }
    }

    /// A string argument; the astro CLI sends `""` for "not set", so empty counts as absent.
    pub fn str(&self, name: &str) -> Option<&str> {
        self.0
            .get(name)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    }

    pub fn req(&self, name: &str) -> R<&str> {
        self.str(name).ok_or_else(|| missing(name))
    }

    pub fn bool(&self, name: &str) -> Option<bool> {
        self.0.get(name).and_then(Value::as_bool)
    }

    pub fn int(&self, name: &str) -> Option<i64> {
        self.0.get(name).and_then(Value::as_i64)
    }

    pub fn json(&self, name: &str) -> Option<&Value> {
        self.0.get(name).filter(|v| !v.is_null())
    }

    pub fn object(&self, name: &str) -> Option<&Map<String, Value>> {
        self.0.get(name).and_then(Value::as_object)
    }
}

/// Converts a JSON value to what the executor expects for a field of type `ty`.
fn from_json<'a>(ctx: &'a Ctx<'a>, value: Value, ty: &Type) -> ResolvedValue<'a> {
    match (value, ty) {
        (Value::Null, _) => ResolvedValue::null(),
        (Value::Array(items), Type::List(inner) | Type::NonNullList(inner)) => {
            let inner = inner.as_ref().clone();
            ResolvedValue::list(
                items
                    .into_iter()
                    .map(move |item| from_json(ctx, item, &inner)),
            )
        }
        (Value::Object(map), _) if is_object_type(ty.inner_named_type()) => {
            ResolvedValue::object(ctx.node(ty.inner_named_type(), map))
        }
        (value, _) => ResolvedValue::leaf(value),
    }
}

fn is_object_type(name: &str) -> bool {
    matches!(schema().types.get(name), Some(ExtendedType::Object(_)))
}

impl ObjectValue for Node<'_> {
    fn type_name(&self) -> &str {
        &self.ty
    }

    fn resolve_field<'a>(
        &'a self,
        info: &'a ResolveInfo<'a>,
    ) -> Result<ResolvedValue<'a>, FieldError> {
        let field = info.field_name();
        access::field_allowed(self, field)?;
        let keep_going = self.ctx.charge();
        if let Some(value) = self.data.get(field) {
            return Ok(from_json(
                self.ctx,
                value.clone(),
                &info.field_definition().ty,
            ));
        }
        if !keep_going {
            // Too large or cancelled: the answer is replaced by one error; load nothing more.
            return Ok(ResolvedValue::null());
        }
        let args = Args::from_info(info);
        if let Some(out) = relation(self, field, &args)? {
            return Ok(access::guard(out, true)?.resolved());
        }
        if let Some(id) = self.data.get(&format!("_{field}")) {
            let ty = info.field_definition().ty.inner_named_type().as_str();
            return Ok(match id.as_str() {
                Some(id) => access::guard(Out::opt(load(self.ctx, ty, id)?), true)?.resolved(),
                None => ResolvedValue::null(),
            });
        }
        Ok(ResolvedValue::null())
    }
}

/// Loads one entity by type and id (`None` when it does not exist).
pub fn load<'c>(ctx: &'c Ctx<'c>, ty: &str, id: &str) -> R<Option<Node<'c>>> {
    match ty {
        "User" => users::load(ctx, id),
        "Workspace" => workspaces::load(ctx, id),
        "Deployment" => deployments::load(ctx, id),
        "ServiceAccount" => service_accounts::load(ctx, id),
        "Team" => teams::load(ctx, id),
        "RoleBinding" => users::load_binding(ctx, id),
        _ => Ok(None),
    }
}

/// Relations and computed fields, by owner type.
fn relation<'c>(node: &Node<'c>, field: &str, args: &Args) -> R<Option<Out<'c>>> {
    match node.ty.as_str() {
        "User" => users::relation(node, field),
        "Workspace" => workspaces::relation(node, field),
        "Deployment" => deployments::relation(node, field),
        "ServiceAccount" => service_accounts::relation(node, field, args),
        "Team" => teams::relation(node, field),
        _ => Ok(None),
    }
}

/// The root object of a request (`Query`, `Mutation` or `Subscription`).
pub struct Root<'c> {
    pub ty: &'static str,
    pub ctx: &'c Ctx<'c>,
}

impl ObjectValue for Root<'_> {
    fn type_name(&self) -> &str {
        self.ty
    }

    fn resolve_field<'a>(
        &'a self,
        info: &'a ResolveInfo<'a>,
    ) -> Result<ResolvedValue<'a>, FieldError> {
        let args = Args::from_info(info);
        let field = info.field_name();
        let ctx = self.ctx;
        if !ctx.charge() {
            // Cancelled (or too large) before this root field started: it does not run at all.
            return Ok(ResolvedValue::null());
        }
        let out = if self.ty == "Mutation" {
            // Each root mutation field is all-or-nothing, like a Prisma transaction; the whole
            // request commits after execution, before the response leaves.
            ctx.conn
                .execute_batch("SAVEPOINT field")
                .map_err(Fail::from)?;
            let result = mutation(ctx, field, &args);
            let end = if result.is_ok() {
                "RELEASE field"
            } else {
                "ROLLBACK TO field; RELEASE field"
            };
            ctx.conn.execute_batch(end).map_err(Fail::from)?;
            result?
        } else if self.ty == "Subscription" {
            access::guard(subscription(ctx, field, &args)?, false)?
        } else {
            access::guard(query(ctx, field, &args)?, false)?
        };
        Ok(out.resolved())
    }
}

fn not_emulated(field: &str) -> Fail {
    fail(
        Code::NotEmulated,
        format!(
            "`{field}` is not emulated by the houston sandbox (see docs/sandbox.md for what is)"
        ),
    )
}

/// The first area that answers a field (each returns `Ok(None)` for fields it does not own).
macro_rules! first_answer {
    ($($area:path),+ ; $ctx:expr, $field:expr, $args:expr) => {{
        let mut out = None;
        $( if out.is_none() { out = $area($ctx, $field, $args)?; } )+
        out
    }};
}

fn query<'c>(ctx: &'c Ctx<'c>, field: &str, args: &Args) -> R<Out<'c>> {
    first_answer!(platform::query, users::query, workspaces::query, deployments::query,
        teams::query, service_accounts::query; ctx, field, args)
    .ok_or_else(|| not_emulated(field))
}

fn mutation<'c>(ctx: &'c Ctx<'c>, field: &str, args: &Args) -> R<Out<'c>> {
    first_answer!(users::mutation, workspaces::mutation, deployments::mutation,
        teams::mutation, service_accounts::mutation; ctx, field, args)
    .ok_or_else(|| not_emulated(field))
}

fn subscription<'c>(ctx: &'c Ctx<'c>, field: &str, args: &Args) -> R<Out<'c>> {
    deployments::subscription(ctx, field, args)?.ok_or_else(|| not_emulated(field))
}

/// A JSON object from `json!` (panics only on a literal that is not an object: a bug).
pub fn obj(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        other => panic!("not an object: {other}"),
    }
}

/// Exact-match user search (`UserSearch`); empty strings are "not set", as the CLI sends them.
pub fn user_matches(
    node: &Node<'_>,
    search: Option<&Map<String, Value>>,
    emails: &[String],
) -> bool {
    let Some(search) = search else {
        return true;
    };
    let get = |k: &str| {
        search
            .get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    };
    if let Some(id) = get("userId").or(get("userUuid"))
        && node.id() != id
    {
        return false;
    }
    if let Some(name) = get("username")
        && !node
            .str("username")
            .is_some_and(|u| u.eq_ignore_ascii_case(name))
    {
        return false;
    }
    if let Some(full) = get("fullName")
        && node.str("fullName") != Some(full)
    {
        return false;
    }
    if let Some(email) = get("email")
        && !emails.iter().any(|e| e.eq_ignore_ascii_case(email))
    {
        return false;
    }
    true
}

/// Validates that `role` is one of `prefix`'s roles (`WORKSPACE_`, `DEPLOYMENT_`, `SYSTEM_`).
pub fn check_role(role: &str, prefix: &str, message: &str) -> R<()> {
    if role.starts_with(prefix) && auth::level_of(role) > 0 {
        Ok(())
    } else {
        Err(fail(Code::BadUserInput, message))
    }
}

/// `json!` for a null-or-string column.
pub fn opt_str(v: Option<String>) -> Value {
    v.map_or(Value::Null, Value::String)
}

/// Parses a stored JSON column (NULL → null).
pub fn stored_json(text: Option<String>) -> Value {
    text.and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null)
}

/// Page of a list: `take` items after skipping `page * take` (negative or absent take = all).
pub fn page<T>(items: Vec<T>, take: Option<i64>, page_number: Option<i64>) -> Vec<T> {
    match take {
        Some(take) if take >= 0 => {
            let skip = page_number.unwrap_or(0).max(0) as usize * take as usize;
            items.into_iter().skip(skip).take(take as usize).collect()
        }
        _ => items,
    }
}

/// Items strictly after the one whose id is `cursor` (`""`/absent = from the start).
pub fn after_cursor<'c>(items: Vec<Node<'c>>, cursor: Option<&str>) -> Vec<Node<'c>> {
    match cursor {
        Some(c) => {
            let pos = items.iter().position(|n| n.id() == c);
            match pos {
                Some(p) => items.into_iter().skip(p + 1).collect(),
                None => items,
            }
        }
        None => items,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_errors_show_no_sql() {
        let e = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT),
            Some("UNIQUE constraint failed: users.username".into()),
        );
        let f = Fail::from(e);
        assert_eq!(f.code, Code::Internal);
        assert!(
            !f.message.contains("users.username") && !f.message.contains("UNIQUE"),
            "{}",
            f.message
        );
    }
}
