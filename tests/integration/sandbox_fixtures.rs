//! Replays every astro-CLI operation fixture (all version variants) and every documentation
//! example against a fresh sandbox, with plausible variables: none may be refused as invalid,
//! none may answer an error, and each answer must have exactly the shape the selection asks
//! for under the schema (field present, nullability kept, scalar kinds right, enums valid).

use crate::common;

use std::path::{Path, PathBuf};

use apollo_compiler::executable::{Selection, SelectionSet};
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::validation::Valid;
use apollo_compiler::{ExecutableDocument, Schema};
use common::TestSandbox;
use serde_json::{Map, Value, json};

/// Ids of a small world built in each fresh sandbox before one fixture runs.
struct World {
    workspace: String,
    spare_workspace: String,
    deployment: String,
    spare_deployment: String,
    release: String,
    team: String,
    member: String,
    workspace_sa: String,
    deployment_sa: String,
    cluster: String,
    admin_password: String,
}

const MEMBER: &str = "member@example.com";

async fn build_world(sb: &TestSandbox) -> World {
    let d = sb
        .admin(
            "{ workspaces(label: \"demo\") { id deployments { id releaseName clusterId } } paginatedTeams(take: 5) { teams { id } } }",
            json!({}),
        )
        .await;
    let workspace = d["workspaces"][0]["id"].as_str().unwrap().to_string();
    let dep = &d["workspaces"][0]["deployments"][0];
    let deployment = dep["id"].as_str().unwrap().to_string();
    let release = dep["releaseName"].as_str().unwrap().to_string();
    let cluster = dep["clusterId"].as_str().unwrap().to_string();
    let team = d["paginatedTeams"]["teams"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();

    sb.admin(
        "mutation($w: Uuid, $e: String!) { workspaceAddUser(workspaceUuid: $w, email: $e, role: WORKSPACE_VIEWER, bypassInvite: true) { id } }",
        json!({"w": workspace, "e": MEMBER}),
    )
    .await;
    let u = sb
        .admin(
            "query($w: Uuid!, $e: String!) { workspaceUser(workspaceUuid: $w, user: {email: $e}) { id } }",
            json!({"w": workspace, "e": MEMBER}),
        )
        .await;
    let member = u["workspaceUser"]["id"].as_str().unwrap().to_string();
    sb.admin(
        "mutation($d: Id!, $e: String!) { deploymentAddUserRole(deploymentId: $d, email: $e, role: DEPLOYMENT_VIEWER) { id } }",
        json!({"d": deployment, "e": MEMBER}),
    )
    .await;
    let spare = sb
        .admin(
            "mutation { createWorkspace(label: \"spare\") { id } }",
            json!({}),
        )
        .await;
    let spare_workspace = spare["createWorkspace"]["id"].as_str().unwrap().to_string();
    let adopted = sb
        .admin(
            "mutation($w: Uuid!, $c: Uuid!) { adoptDeployment(workspaceUuid: $w, clusterId: $c, crNamespace: \"spare-ns\", crName: \"spare-cr\") { id } }",
            json!({"w": workspace, "c": cluster}),
        )
        .await;
    let spare_deployment = adopted["adoptDeployment"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let wsa = sb
        .admin(
            "mutation($w: Uuid!) { createWorkspaceServiceAccount(label: \"w\", workspaceUuid: $w, role: WORKSPACE_VIEWER) { id } }",
            json!({"w": workspace}),
        )
        .await;
    let dsa = sb
        .admin(
            "mutation($d: Uuid!) { createDeploymentServiceAccount(label: \"d\", deploymentUuid: $d, role: DEPLOYMENT_VIEWER) { id } }",
            json!({"d": deployment}),
        )
        .await;
    sb.admin(
        "mutation($t: Uuid!, $d: Uuid!) { a: createTeamSystemRoleBinding(teamUuid: $t, role: SYSTEM_VIEWER) { role } b: deploymentAddTeamRole(teamUuid: $t, deploymentUuid: $d, role: DEPLOYMENT_VIEWER) { id } }",
        json!({"t": team, "d": deployment}),
    )
    .await;
    World {
        workspace,
        spare_workspace,
        deployment,
        spare_deployment,
        release,
        team,
        member,
        workspace_sa: wsa["createWorkspaceServiceAccount"]["id"]
            .as_str()
            .unwrap()
            .to_string(),
        deployment_sa: dsa["createDeploymentServiceAccount"]["id"]
            .as_str()
            .unwrap()
            .to_string(),
        cluster,
        admin_password: std::fs::read_to_string(sb.dir().join("admin-password"))
            .unwrap()
            .trim()
            .to_string(),
    }
}

/// A plausible value for variable `name` of the fixture `stem` (`None`: leave it unset).
fn value_for(stem: &str, name: &str, w: &World) -> Option<Value> {
    let on_spare_workspace = ["DeleteWorkspace", "AddWorkspaceTeam"];
    let on_spare_deployment = [
        "DeleteDeployment@",
        "UnadoptDeployment",
        "AddDeploymentUser",
        "deploymentAddTeamRole",
        "deploymentAddUserRole",
    ];
    let creates = stem.starts_with("CreateDeployment")
        || stem.starts_with("createDeployment")
        || stem.starts_with("upsertDeployment-create");
    Some(match name {
        "workspaceId" | "workspaceUuid"
            if on_spare_workspace.iter().any(|s| stem.starts_with(s)) =>
        {
            json!(w.spare_workspace)
        }
        "workspaceId" | "workspaceUuid" => json!(w.workspace),
        "deploymentId" | "deploymentUuid"
            if on_spare_deployment.iter().any(|s| stem.starts_with(s)) =>
        {
            json!(w.spare_deployment)
        }
        "deploymentId" | "deploymentUuid" | "id" => json!(w.deployment),
        "releaseName" if creates => return None,
        "releaseName" => json!(w.release),
        "teamUuid" => json!(w.team),
        "userId" if stem.contains("DeploymentUser") => return None,
        "userId" | "userUuid" => json!(w.member),
        "email" if stem.starts_with("CreateUser") => json!("newcomer@example.com"),
        "email" if stem.starts_with("AddWorkspaceUser") => json!("invitee@example.com"),
        "email" if stem.starts_with("workspaceAddUser") => json!("bypass@example.com"),
        "email" => json!(MEMBER),
        "password" if stem.starts_with("CreateUser") => json!("a-long-passphrase"),
        "password" => json!(w.admin_password),
        "identity" => json!("admin"),
        "role" if stem.starts_with("createTeamSystemRoleBinding") => json!("SYSTEM_EDITOR"),
        "role" if stem.starts_with("deleteTeamSystemRoleBinding") => json!("SYSTEM_VIEWER"),
        "role" if stem.to_lowercase().contains("deployment") => json!("DEPLOYMENT_EDITOR"),
        "role" => json!("WORKSPACE_EDITOR"),
        "label" => json!("fixture-label"),
        "description" => json!("set by a fixture"),
        "serviceAccountUuid" if stem.starts_with("deleteWorkspace") => json!(w.workspace_sa),
        "serviceAccountUuid" => json!(w.deployment_sa),
        "clusterId" => json!(w.cluster),
        "crNamespace" => json!("adopted-ns"),
        "crName" => json!("adopted-cr"),
        "runtimeVersion" | "desiredRuntimeVersion" => json!("11.3.0"),
        "desiredAirflowVersion" => json!("2.4.3"),
        "executor" => json!("CeleryExecutor"),
        "payload" => json!({"label": "renamed", "description": "changed"}),
        "image" => json!("registry.sandbox.local/etl:cli-9"),
        "environmentVariables" => json!([{"key": "A", "value": "1", "isSecret": false}]),
        "take" | "pageSize" => json!(10),
        "pageNumber" => json!(0),
        "cursor" | "cursorUuid" => json!(""),
        "triggererReplicas" => json!(1),
        "dagDeployment" => json!({"type": "image"}),
        "mode" => json!("helm"),
        "user" => json!({"email": "", "fullName": "", "userId": ""}),
        "component" => json!("scheduler"),
        "deploymentHardDelete" => json!(true),
        _ => return None,
    })
}

fn fixtures() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["tests/fixtures/astro_cli", "tests/fixtures/docs"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "graphql") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn schema() -> Valid<Schema> {
    let sdl = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/houston.graphql"),
    )
    .unwrap();
    Schema::parse_and_validate(sdl, "schema/houston.graphql").unwrap()
}

/// Checks `value` against a selection of object type `ty`; pushes every mismatch to `out`.
fn check_shape(
    schema: &Schema,
    doc: &ExecutableDocument,
    set: &SelectionSet,
    value: &Map<String, Value>,
    path: &str,
    out: &mut Vec<String>,
) {
    for selection in &set.selections {
        match selection {
            Selection::Field(field) => {
                let key = field.response_key().as_str();
                let here = format!("{path}.{key}");
                let Some(v) = value.get(key) else {
                    out.push(format!("{here}: missing"));
                    continue;
                };
                check_value(
                    schema,
                    doc,
                    &field.definition.ty,
                    &field.selection_set,
                    v,
                    &here,
                    out,
                );
            }
            Selection::InlineFragment(f) => {
                check_shape(schema, doc, &f.selection_set, value, path, out)
            }
            Selection::FragmentSpread(s) => {
                if let Some(f) = doc.fragments.get(&s.fragment_name) {
                    check_shape(schema, doc, &f.selection_set, value, path, out);
                }
            }
        }
    }
}

fn check_value(
    schema: &Schema,
    doc: &ExecutableDocument,
    ty: &apollo_compiler::schema::Type,
    set: &SelectionSet,
    v: &Value,
    path: &str,
    out: &mut Vec<String>,
) {
    use apollo_compiler::schema::Type;
    if v.is_null() {
        if ty.is_non_null() {
            out.push(format!("{path}: null in non-null {ty}"));
        }
        return;
    }
    match ty {
        Type::List(inner) | Type::NonNullList(inner) => match v.as_array() {
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    check_value(schema, doc, inner, set, item, &format!("{path}[{i}]"), out);
                }
            }
            None => out.push(format!("{path}: {ty} but got {v}")),
        },
        Type::Named(name) | Type::NonNullNamed(name) => {
            let ok = match (name.as_str(), schema.types.get(name)) {
                ("Int", _) => v.is_i64(),
                ("Float", _) => v.is_number(),
                ("Boolean", _) => v.is_boolean(),
                ("String" | "ID" | "Uuid" | "Id" | "DateTime", _) => v.is_string(),
                ("JSON", _) => true,
                (_, Some(ExtendedType::Enum(e))) => {
                    v.as_str().is_some_and(|s| e.values.contains_key(s))
                }
                (_, Some(ExtendedType::Object(_))) => match v.as_object() {
                    Some(map) => {
                        check_shape(schema, doc, set, map, path, out);
                        true
                    }
                    None => false,
                },
                _ => true,
            };
            if !ok {
                out.push(format!("{path}: {ty} but got {v}"));
            }
        }
    }
}

#[test]
fn every_fixture_is_answered_with_data_of_the_schema_shape() {
    let schema = schema();
    let files = fixtures();
    assert!(files.len() >= 96, "fixtures missing: {}", files.len());
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let mut failures = Vec::new();
    for file in &files {
        let stem = file.file_stem().unwrap().to_str().unwrap().to_string();
        let text = std::fs::read_to_string(file).unwrap();
        let doc =
            ExecutableDocument::parse_and_validate(&schema, &text, file.to_str().unwrap()).unwrap();
        let op = doc.operations.get(None).unwrap();
        let sb = TestSandbox::start();
        let (status, body) = runtime.block_on(async {
            let world = build_world(&sb).await;
            let mut vars = Map::new();
            for var in &op.variables {
                if let Some(v) = value_for(&stem, var.name.as_str(), &world) {
                    vars.insert(var.name.to_string(), v);
                } else if var.ty.is_non_null() && var.default_value.is_none() {
                    panic!("{stem}: no plausible value for required ${}", var.name);
                }
            }
            sb.post(Some(&sb.token), &text, Some(Value::Object(vars)))
                .await
        });
        if status != 200 || body.get("errors").is_some() {
            failures.push(format!("{stem}: HTTP {status} {body}"));
            continue;
        }
        let mut problems = Vec::new();
        match body["data"].as_object() {
            Some(data) => check_shape(
                &schema,
                &doc,
                &op.selection_set,
                data,
                "data",
                &mut problems,
            ),
            None => problems.push("no data".into()),
        }
        if !problems.is_empty() {
            failures.push(format!("{stem}: {}", problems.join("; ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
