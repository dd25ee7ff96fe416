//! `houston user …`: users of the platform.

use super::output::sorted;
use super::system::system_role;
use super::{Ctx, resolve};
use crate::operations::{self as ops, Role};
use clap::Subcommand;
use serde_json::{Value, json};

/// The noun's arguments: one of its subcommands.
pub type Args = crate::cli::Noun<Cmd>;

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Who the token belongs to, with every role binding
    Me,
    /// List the platform's users (system admins), optionally one e-mail
    List {
        /// The user's e-mail address
        #[arg(long, value_parser = resolve::email)]
        email: Option<String>,
    },
    /// Create a local user; the password is read from stdin
    Create {
        /// The user's e-mail address
        #[arg(long, value_parser = resolve::email)]
        email: String,
        /// The user's username (usually the e-mail address)
        #[arg(long)]
        username: Option<String>,
        /// Read the password from stdin (required: never on the command line)
        #[arg(long, required = true)]
        password_stdin: bool,
    },
    /// Remove a user from the platform (system admins)
    Delete {
        /// E-mail, username or id
        user: String,
        /// Do not ask for confirmation (needed when there is no terminal to ask on)
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// Mark an e-mail address as verified (system admins)
    VerifyEmail {
        /// The user's e-mail address
        #[arg(value_parser = resolve::email)]
        email: String,
    },
    /// Grant or revoke a system role (SYSTEM_ADMIN, SYSTEM_EDITOR, SYSTEM_VIEWER)
    SystemRole {
        #[command(subcommand)]
        command: SystemRoleCmd,
    },
}

#[derive(Debug, Subcommand)]
pub enum SystemRoleCmd {
    /// Grant a system role
    Add {
        /// E-mail, username or id
        user: String,
        /// The role to give
        #[arg(long, value_parser = system_role)]
        role: Role,
    },
    /// Revoke a system role
    Remove {
        /// E-mail, username or id
        user: String,
        /// The role to give
        #[arg(long, value_parser = system_role)]
        role: Role,
    },
}

const COLUMNS: &[(&str, &str)] = &[
    ("ID", "id"),
    ("USERNAME", "username"),
    ("NAME", "fullName"),
    ("EMAIL", "emails.address"),
    ("STATUS", "status"),
    ("SYSTEM ROLES", "systemRoles"),
];

fn with_system_roles(users: &Value) -> Value {
    Value::Array(
        users
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .map(|mut u| {
                let roles: Vec<Value> = u["roleBindings"]
                    .as_array()
                    .map(|bs| {
                        bs.iter()
                            .filter(|b| {
                                b["role"].as_str().is_some_and(|r| r.starts_with("SYSTEM_"))
                            })
                            .map(|b| b["role"].clone())
                            .collect()
                    })
                    .unwrap_or_default();
                if let Some(object) = u.as_object_mut() {
                    object.insert("systemRoles".into(), Value::Array(roles));
                }
                u
            })
            .collect(),
    )
}

/// Finds one user by e-mail, username or id.
/// The id of the user with this e-mail, username or id.
async fn find(client: &crate::Client, who: &str) -> anyhow::Result<String> {
    let search = if who.contains('@') {
        json!({"email": who})
    } else {
        json!({"username": who})
    };
    let r = client
        .execute::<ops::Users>(ops::users::Variables {
            user: Some(serde_json::from_value(search)?),
        })
        .await?;
    if let Some(u) = r.data.users.into_iter().flatten().flatten().next() {
        return Ok(u.id);
    }
    let r = client
        .execute::<ops::Users>(ops::users::Variables {
            user: Some(serde_json::from_value(json!({"userUuid": who}))?),
        })
        .await?;
    r.data
        .users
        .into_iter()
        .flatten()
        .flatten()
        .next()
        .map(|u| u.id)
        .ok_or_else(|| anyhow::anyhow!("no user with e-mail, username or id `{who}`"))
}

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let client = ctx.houston()?;
    match args.command {
        Cmd::Me => {
            let r = client
                .execute::<ops::CurrentUser>(ops::current_user::Variables)
                .await?;
            let Some(user) = r.data.self_.as_ref().filter(|s| s.user.is_some()) else {
                anyhow::bail!("the server did not say who this token belongs to");
            };
            // The server's user object as it came, with the flag that sits beside it.
            let mut me = super::output::answer(r.raw)
                .get_mut("user")
                .map(Value::take)
                .unwrap_or(Value::Null);
            if let Some(object) = me.as_object_mut() {
                object.insert("isAdmin".into(), json!(user.is_admin));
            }
            ctx.out.data(
                &me,
                &[
                    ("ID", "id"),
                    ("USERNAME", "username"),
                    ("NAME", "fullName"),
                    ("EMAIL", "emails.address"),
                    ("STATUS", "status"),
                    ("SYSTEM ADMIN", "isAdmin"),
                    ("ROLES", "roleBindings.role"),
                ],
            )
        }
        Cmd::List { email } => {
            let search = email.map(|e| json!({"email": e}));
            let r = client
                .execute::<ops::Users>(ops::users::Variables {
                    user: search.map(serde_json::from_value).transpose()?,
                })
                .await?;
            ctx.out.data(
                &sorted(
                    with_system_roles(&super::output::answer(r.raw)),
                    "emails.address",
                ),
                COLUMNS,
            )
        }
        Cmd::Create {
            email,
            username,
            password_stdin: _,
        } => {
            let password = super::stdin::read(super::stdin::Secret::Password { what: "password" })?;
            let r = client
                .execute::<ops::CreateUser>(ops::create_user::Variables {
                    email: email.clone(),
                    password: password.expose().to_string(),
                    username,
                    invite_token: None,
                })
                .await?;
            ctx.out.message(&format!("Created user {email}"));
            ctx.out.data(
                &super::output::answer(r.raw)["user"],
                &[("ID", "id"), ("USERNAME", "username"), ("STATUS", "status")],
            )
        }
        Cmd::Delete { user, yes } => {
            let id = find(&client, &user).await?;
            resolve::confirm(yes, &format!("Remove user {user} ({id}) from the platform"))?;
            let r = client
                .execute::<ops::RemoveUser>(ops::remove_user::Variables { user_uuid: id })
                .await?;
            ctx.out.message(&format!("Removed user {user}"));
            ctx.out.data(
                &crate::cli::output::answer(r.raw),
                &[("ID", "id"), ("USERNAME", "username")],
            )
        }
        Cmd::VerifyEmail { email } => {
            let r = client
                .execute::<ops::VerifyEmail>(ops::verify_email::Variables {
                    email: email.clone(),
                })
                .await?;
            if r.data.verify_email != Some(true) {
                anyhow::bail!("the platform did not verify {email}");
            }
            ctx.out.message(&format!("Verified {email}"));
            ctx.out.data(
                &json!({"email": email, "verified": true}),
                &[("EMAIL", "email"), ("VERIFIED", "verified")],
            )
        }
        Cmd::SystemRole { command } => {
            let (who, role, grant) = match command {
                SystemRoleCmd::Add { user, role } => (user, role, true),
                SystemRoleCmd::Remove { user, role } => (user, role, false),
            };
            let user_id = find(&client, &who).await?;
            let raw = if grant {
                client
                    .execute::<ops::CreateSystemRoleBinding>(
                        ops::create_system_role_binding::Variables {
                            user_id,
                            role: role.clone(),
                        },
                    )
                    .await?
                    .raw
            } else {
                client
                    .execute::<ops::DeleteSystemRoleBinding>(
                        ops::delete_system_role_binding::Variables {
                            user_id,
                            role: role.clone(),
                        },
                    )
                    .await?
                    .raw
            };
            ctx.out.message(&format!(
                "{} {role} {} {who}",
                if grant { "Granted" } else { "Revoked" },
                if grant { "to" } else { "from" }
            ));
            ctx.out.data(
                &super::output::answer(raw),
                &[("ID", "id"), ("ROLE", "role")],
            )
        }
    }
}
