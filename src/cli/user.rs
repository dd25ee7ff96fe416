//! `houston user …`: users of the platform.

use super::output::sorted;
use super::system::system_role;
use super::{Ctx, resolve};
use clap::Subcommand;
use houston::operations::{self as ops, Role};
use serde_json::{Value, json};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Debug, Subcommand)]
enum Cmd {
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
enum SystemRoleCmd {
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
                u["systemRoles"] = Value::Array(roles);
                u
            })
            .collect(),
    )
}

/// Finds one user by e-mail, username or id.
async fn find(client: &houston::Client, who: &str) -> anyhow::Result<Value> {
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
    if let Some(u) = r.raw["users"].as_array().and_then(|us| us.first()) {
        return Ok(u.clone());
    }
    let r = client
        .execute::<ops::Users>(ops::users::Variables {
            user: Some(serde_json::from_value(json!({"userUuid": who}))?),
        })
        .await?;
    r.raw["users"]
        .as_array()
        .and_then(|us| us.first())
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("no user with e-mail, username or id `{who}`"))
}

pub async fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let client = ctx.houston()?;
    match args.command {
        Cmd::Me => {
            let r = client
                .execute::<ops::CurrentUser>(ops::current_user::Variables)
                .await?;
            let mut me = r.raw["self"]["user"].clone();
            if me.is_null() {
                anyhow::bail!("the server did not say who this token belongs to");
            }
            me["isAdmin"] = r.raw["self"]["isAdmin"].clone();
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
                &sorted(with_system_roles(&r.raw["users"]), "emails.address"),
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
                &r.raw["createUser"]["user"],
                &[("ID", "id"), ("USERNAME", "username"), ("STATUS", "status")],
            )
        }
        Cmd::Delete { user, yes } => {
            let u = find(&client, &user).await?;
            let id = u["id"].as_str().unwrap_or_default().to_string();
            resolve::confirm(yes, &format!("Remove user {user} ({id}) from the platform"))?;
            let r = client
                .execute::<ops::RemoveUser>(ops::remove_user::Variables { user_uuid: id })
                .await?;
            ctx.out.message(&format!("Removed user {user}"));
            ctx.out.data(
                &r.raw["removeUser"],
                &[("ID", "id"), ("USERNAME", "username")],
            )
        }
        Cmd::VerifyEmail { email } => {
            let r = client
                .execute::<ops::VerifyEmail>(ops::verify_email::Variables {
                    email: email.clone(),
                })
                .await?;
            if r.raw["verifyEmail"] != Value::Bool(true) {
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
            let u = find(&client, &who).await?;
            let user_id = u["id"].as_str().unwrap_or_default().to_string();
            let raw = if grant {
                client
                    .execute::<ops::CreateSystemRoleBinding>(
                        ops::create_system_role_binding::Variables {
                            user_id,
                            role: role.clone(),
                        },
                    )
                    .await?
                    .raw["createSystemRoleBinding"]
                    .clone()
            } else {
                client
                    .execute::<ops::DeleteSystemRoleBinding>(
                        ops::delete_system_role_binding::Variables {
                            user_id,
                            role: role.clone(),
                        },
                    )
                    .await?
                    .raw["deleteSystemRoleBinding"]
                    .clone()
            };
            ctx.out.message(&format!(
                "{} {role} {} {who}",
                if grant { "Granted" } else { "Revoked" },
                if grant { "to" } else { "from" }
            ));
            ctx.out.data(&raw, &[("ID", "id"), ("ROLE", "role")])
        }
    }
}
