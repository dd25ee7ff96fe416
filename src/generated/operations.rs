/// An ISO-8601 timestamp as the server sent it (`2021-04-29T12:00:00.000Z`).
#[allow(dead_code, unused_imports)]
pub type DateTime = String;
/// The deployment-RBAC family's id scalar; same cuid values as `Uuid`.
#[allow(dead_code, unused_imports)]
pub type Id = String;
/// `graphql-type-json`: any JSON value.
#[allow(dead_code, unused_imports)]
pub type Json = crate::__private::serde_json::Value;
/// A Houston id (`Uuid` in the schema): a cuid string.
#[allow(dead_code, unused_imports)]
pub type Uuid = String;
/// Deployment mode (lower-case values). From 2.1.0. CLI.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    crate::__private::serde::Serialize,
    crate::__private::serde::Deserialize
)]
#[serde(crate = "crate :: __private :: serde")]
#[allow(dead_code, unused_imports)]
pub enum AllowedDeploymentModeValues {
    /// `helm`
    #[serde(rename = "helm")]
    Helm,
    /// `operator`
    #[serde(rename = "operator")]
    Operator,
    /// A value the vendored schema does not declare (from a newer server).
    #[serde(untagged)]
    Other(String),
}
#[allow(dead_code, unused_imports)]
impl AllowedDeploymentModeValues {
    /// Every value the vendored schema declares, in schema order.
    pub const VALUES: &'static [&'static str] = &["helm", "operator"];
    /// The value as the server spells it.
    pub fn as_str(&self) -> &str {
        match self {
            AllowedDeploymentModeValues::Helm => "helm",
            AllowedDeploymentModeValues::Operator => "operator",
            AllowedDeploymentModeValues::Other(s) => s.as_str(),
        }
    }
    /// A value the vendored schema declares; `None` for anything else.
    pub fn known(text: &str) -> Option<Self> {
        match text {
            "helm" => Some(AllowedDeploymentModeValues::Helm),
            "operator" => Some(AllowedDeploymentModeValues::Operator),
            _ => None,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl std::fmt::Display for AllowedDeploymentModeValues {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// S21.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    crate::__private::serde::Serialize,
    crate::__private::serde::Deserialize
)]
#[serde(crate = "crate :: __private :: serde")]
#[allow(dead_code, unused_imports)]
pub enum DeploymentStatusType {
    /// `UNKNOWN`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `DEPLOYING`
    #[serde(rename = "DEPLOYING")]
    Deploying,
    /// `UNHEALTHY`
    #[serde(rename = "UNHEALTHY")]
    Unhealthy,
    /// `HEALTHY`
    #[serde(rename = "HEALTHY")]
    Healthy,
    /// A value the vendored schema does not declare (from a newer server).
    #[serde(untagged)]
    Other(String),
}
#[allow(dead_code, unused_imports)]
impl DeploymentStatusType {
    /// Every value the vendored schema declares, in schema order.
    pub const VALUES: &'static [&'static str] = &[
        "UNKNOWN",
        "DEPLOYING",
        "UNHEALTHY",
        "HEALTHY",
    ];
    /// The value as the server spells it.
    pub fn as_str(&self) -> &str {
        match self {
            DeploymentStatusType::Unknown => "UNKNOWN",
            DeploymentStatusType::Deploying => "DEPLOYING",
            DeploymentStatusType::Unhealthy => "UNHEALTHY",
            DeploymentStatusType::Healthy => "HEALTHY",
            DeploymentStatusType::Other(s) => s.as_str(),
        }
    }
    /// A value the vendored schema declares; `None` for anything else.
    pub fn known(text: &str) -> Option<Self> {
        match text {
            "UNKNOWN" => Some(DeploymentStatusType::Unknown),
            "DEPLOYING" => Some(DeploymentStatusType::Deploying),
            "UNHEALTHY" => Some(DeploymentStatusType::Unhealthy),
            "HEALTHY" => Some(DeploymentStatusType::Healthy),
            _ => None,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl std::fmt::Display for DeploymentStatusType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Owner kind of a service account. S19, S21.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    crate::__private::serde::Serialize,
    crate::__private::serde::Deserialize
)]
#[serde(crate = "crate :: __private :: serde")]
#[allow(dead_code, unused_imports)]
pub enum EntityType {
    /// `WORKSPACE`
    #[serde(rename = "WORKSPACE")]
    Workspace,
    /// `DEPLOYMENT`
    #[serde(rename = "DEPLOYMENT")]
    Deployment,
    /// `SYSTEM`
    #[serde(rename = "SYSTEM")]
    System,
    /// A value the vendored schema does not declare (from a newer server).
    #[serde(untagged)]
    Other(String),
}
#[allow(dead_code, unused_imports)]
impl EntityType {
    /// Every value the vendored schema declares, in schema order.
    pub const VALUES: &'static [&'static str] = &["WORKSPACE", "DEPLOYMENT", "SYSTEM"];
    /// The value as the server spells it.
    pub fn as_str(&self) -> &str {
        match self {
            EntityType::Workspace => "WORKSPACE",
            EntityType::Deployment => "DEPLOYMENT",
            EntityType::System => "SYSTEM",
            EntityType::Other(s) => s.as_str(),
        }
    }
    /// A value the vendored schema declares; `None` for anything else.
    pub fn known(text: &str) -> Option<Self> {
        match text {
            "WORKSPACE" => Some(EntityType::Workspace),
            "DEPLOYMENT" => Some(EntityType::Deployment),
            "SYSTEM" => Some(EntityType::System),
            _ => None,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl std::fmt::Display for EntityType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Airflow executor (mixed-case values). S21, CLI.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    crate::__private::serde::Serialize,
    crate::__private::serde::Deserialize
)]
#[serde(crate = "crate :: __private :: serde")]
#[allow(dead_code, unused_imports)]
pub enum ExecutorType {
    /// `LocalExecutor`
    #[serde(rename = "LocalExecutor")]
    LocalExecutor,
    /// `CeleryExecutor`
    #[serde(rename = "CeleryExecutor")]
    CeleryExecutor,
    /// `KubernetesExecutor`
    #[serde(rename = "KubernetesExecutor")]
    KubernetesExecutor,
    /// A value the vendored schema does not declare (from a newer server).
    #[serde(untagged)]
    Other(String),
}
#[allow(dead_code, unused_imports)]
impl ExecutorType {
    /// Every value the vendored schema declares, in schema order.
    pub const VALUES: &'static [&'static str] = &[
        "LocalExecutor",
        "CeleryExecutor",
        "KubernetesExecutor",
    ];
    /// The value as the server spells it.
    pub fn as_str(&self) -> &str {
        match self {
            ExecutorType::LocalExecutor => "LocalExecutor",
            ExecutorType::CeleryExecutor => "CeleryExecutor",
            ExecutorType::KubernetesExecutor => "KubernetesExecutor",
            ExecutorType::Other(s) => s.as_str(),
        }
    }
    /// A value the vendored schema declares; `None` for anything else.
    pub fn known(text: &str) -> Option<Self> {
        match text {
            "LocalExecutor" => Some(ExecutorType::LocalExecutor),
            "CeleryExecutor" => Some(ExecutorType::CeleryExecutor),
            "KubernetesExecutor" => Some(ExecutorType::KubernetesExecutor),
            _ => None,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl std::fmt::Display for ExecutorType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// S19, S21.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    crate::__private::serde::Serialize,
    crate::__private::serde::Deserialize
)]
#[serde(crate = "crate :: __private :: serde")]
#[allow(dead_code, unused_imports)]
pub enum MetricType {
    /// `DEPLOYMENT_STATUS`
    #[serde(rename = "DEPLOYMENT_STATUS")]
    DeploymentStatus,
    /// `DEPLOYMENT_TASKS`
    #[serde(rename = "DEPLOYMENT_TASKS")]
    DeploymentTasks,
    /// `DEPLOYMENT_DATABASE`
    #[serde(rename = "DEPLOYMENT_DATABASE")]
    DeploymentDatabase,
    /// `DEPLOYMENT_SCHEDULER`
    #[serde(rename = "DEPLOYMENT_SCHEDULER")]
    DeploymentScheduler,
    /// `DEPLOYMENT_QUOTAS`
    #[serde(rename = "DEPLOYMENT_QUOTAS")]
    DeploymentQuotas,
    /// `DEPLOYMENT_USAGE`
    #[serde(rename = "DEPLOYMENT_USAGE")]
    DeploymentUsage,
    /// A value the vendored schema does not declare (from a newer server).
    #[serde(untagged)]
    Other(String),
}
#[allow(dead_code, unused_imports)]
impl MetricType {
    /// Every value the vendored schema declares, in schema order.
    pub const VALUES: &'static [&'static str] = &[
        "DEPLOYMENT_STATUS",
        "DEPLOYMENT_TASKS",
        "DEPLOYMENT_DATABASE",
        "DEPLOYMENT_SCHEDULER",
        "DEPLOYMENT_QUOTAS",
        "DEPLOYMENT_USAGE",
    ];
    /// The value as the server spells it.
    pub fn as_str(&self) -> &str {
        match self {
            MetricType::DeploymentStatus => "DEPLOYMENT_STATUS",
            MetricType::DeploymentTasks => "DEPLOYMENT_TASKS",
            MetricType::DeploymentDatabase => "DEPLOYMENT_DATABASE",
            MetricType::DeploymentScheduler => "DEPLOYMENT_SCHEDULER",
            MetricType::DeploymentQuotas => "DEPLOYMENT_QUOTAS",
            MetricType::DeploymentUsage => "DEPLOYMENT_USAGE",
            MetricType::Other(s) => s.as_str(),
        }
    }
    /// A value the vendored schema declares; `None` for anything else.
    pub fn known(text: &str) -> Option<Self> {
        match text {
            "DEPLOYMENT_STATUS" => Some(MetricType::DeploymentStatus),
            "DEPLOYMENT_TASKS" => Some(MetricType::DeploymentTasks),
            "DEPLOYMENT_DATABASE" => Some(MetricType::DeploymentDatabase),
            "DEPLOYMENT_SCHEDULER" => Some(MetricType::DeploymentScheduler),
            "DEPLOYMENT_QUOTAS" => Some(MetricType::DeploymentQuotas),
            "DEPLOYMENT_USAGE" => Some(MetricType::DeploymentUsage),
            _ => None,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl std::fmt::Display for MetricType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Combinator of the server-side @auth directive (not used by any client-visible field). S19, S21.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    crate::__private::serde::Serialize,
    crate::__private::serde::Deserialize
)]
#[serde(crate = "crate :: __private :: serde")]
#[allow(dead_code, unused_imports)]
pub enum Operator {
    /// `AND`
    #[serde(rename = "AND")]
    And,
    /// `OR`
    #[serde(rename = "OR")]
    Or,
    /// A value the vendored schema does not declare (from a newer server).
    #[serde(untagged)]
    Other(String),
}
#[allow(dead_code, unused_imports)]
impl Operator {
    /// Every value the vendored schema declares, in schema order.
    pub const VALUES: &'static [&'static str] = &["AND", "OR"];
    /// The value as the server spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Operator::And => "AND",
            Operator::Or => "OR",
            Operator::Other(s) => s.as_str(),
        }
    }
    /// A value the vendored schema declares; `None` for anything else.
    pub fn known(text: &str) -> Option<Self> {
        match text {
            "AND" => Some(Operator::And),
            "OR" => Some(Operator::Or),
            _ => None,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl std::fmt::Display for Operator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Role of a role binding. S19 datamodel, S21 (identical 10 values).
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    crate::__private::serde::Serialize,
    crate::__private::serde::Deserialize
)]
#[serde(crate = "crate :: __private :: serde")]
#[allow(dead_code, unused_imports)]
pub enum Role {
    /// `SYSTEM_ADMIN`
    #[serde(rename = "SYSTEM_ADMIN")]
    SystemAdmin,
    /// `SYSTEM_EDITOR`
    #[serde(rename = "SYSTEM_EDITOR")]
    SystemEditor,
    /// `SYSTEM_VIEWER`
    #[serde(rename = "SYSTEM_VIEWER")]
    SystemViewer,
    /// `WORKSPACE_ADMIN`
    #[serde(rename = "WORKSPACE_ADMIN")]
    WorkspaceAdmin,
    /// `WORKSPACE_EDITOR`
    #[serde(rename = "WORKSPACE_EDITOR")]
    WorkspaceEditor,
    /// `WORKSPACE_VIEWER`
    #[serde(rename = "WORKSPACE_VIEWER")]
    WorkspaceViewer,
    /// `DEPLOYMENT_ADMIN`
    #[serde(rename = "DEPLOYMENT_ADMIN")]
    DeploymentAdmin,
    /// `DEPLOYMENT_EDITOR`
    #[serde(rename = "DEPLOYMENT_EDITOR")]
    DeploymentEditor,
    /// `DEPLOYMENT_VIEWER`
    #[serde(rename = "DEPLOYMENT_VIEWER")]
    DeploymentViewer,
    /// `USER`
    #[serde(rename = "USER")]
    User,
    /// A value the vendored schema does not declare (from a newer server).
    #[serde(untagged)]
    Other(String),
}
#[allow(dead_code, unused_imports)]
impl Role {
    /// Every value the vendored schema declares, in schema order.
    pub const VALUES: &'static [&'static str] = &[
        "SYSTEM_ADMIN",
        "SYSTEM_EDITOR",
        "SYSTEM_VIEWER",
        "WORKSPACE_ADMIN",
        "WORKSPACE_EDITOR",
        "WORKSPACE_VIEWER",
        "DEPLOYMENT_ADMIN",
        "DEPLOYMENT_EDITOR",
        "DEPLOYMENT_VIEWER",
        "USER",
    ];
    /// The value as the server spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Role::SystemAdmin => "SYSTEM_ADMIN",
            Role::SystemEditor => "SYSTEM_EDITOR",
            Role::SystemViewer => "SYSTEM_VIEWER",
            Role::WorkspaceAdmin => "WORKSPACE_ADMIN",
            Role::WorkspaceEditor => "WORKSPACE_EDITOR",
            Role::WorkspaceViewer => "WORKSPACE_VIEWER",
            Role::DeploymentAdmin => "DEPLOYMENT_ADMIN",
            Role::DeploymentEditor => "DEPLOYMENT_EDITOR",
            Role::DeploymentViewer => "DEPLOYMENT_VIEWER",
            Role::User => "USER",
            Role::Other(s) => s.as_str(),
        }
    }
    /// A value the vendored schema declares; `None` for anything else.
    pub fn known(text: &str) -> Option<Self> {
        match text {
            "SYSTEM_ADMIN" => Some(Role::SystemAdmin),
            "SYSTEM_EDITOR" => Some(Role::SystemEditor),
            "SYSTEM_VIEWER" => Some(Role::SystemViewer),
            "WORKSPACE_ADMIN" => Some(Role::WorkspaceAdmin),
            "WORKSPACE_EDITOR" => Some(Role::WorkspaceEditor),
            "WORKSPACE_VIEWER" => Some(Role::WorkspaceViewer),
            "DEPLOYMENT_ADMIN" => Some(Role::DeploymentAdmin),
            "DEPLOYMENT_EDITOR" => Some(Role::DeploymentEditor),
            "DEPLOYMENT_VIEWER" => Some(Role::DeploymentViewer),
            "USER" => Some(Role::User),
            _ => None,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Every operation under the queries directory, as the build found it.
#[allow(dead_code, unused_imports)]
pub static MANIFEST: &[crate::manifest::OperationInfo] = &[
    crate::manifest::OperationInfo {
        name: "adoptDeployment_2_1_0",
        base: "adoptDeployment",
        min_version: Some("2.1.0"),
        kind: "mutation",
        file: "queries/deployment/adoptDeployment@2.1.0.graphql",
        text: "# `houston deployment adopt`: registers an existing operator-managed Airflow without touching it.\nmutation adoptDeployment_2_1_0(\n  $workspaceUuid: Uuid!\n  $clusterId: Uuid!\n  $crNamespace: String!\n  $crName: String!\n  $label: String\n  $description: String\n  $useApcLogging: Boolean\n  $useApcRegistry: Boolean\n  $acceptIncompatibilities: Boolean\n) {\n  adoptDeployment(\n    workspaceUuid: $workspaceUuid\n    clusterId: $clusterId\n    crNamespace: $crNamespace\n    crName: $crName\n    label: $label\n    description: $description\n    useApcLogging: $useApcLogging\n    useApcRegistry: $useApcRegistry\n    acceptIncompatibilities: $acceptIncompatibilities\n  ) {\n    id\n    label\n    releaseName\n    namespace\n    clusterId\n    workspace {\n      id\n    }\n    createdAt\n  }\n}\n",
        variables: &[
            ("workspaceUuid", "Uuid!"),
            ("clusterId", "Uuid!"),
            ("crNamespace", "String!"),
            ("crName", "String!"),
            ("label", "String"),
            ("description", "String"),
            ("useApcLogging", "Boolean"),
            ("useApcRegistry", "Boolean"),
            ("acceptIncompatibilities", "Boolean"),
        ],
        root_fields: &["adoptDeployment"],
    },
    crate::manifest::OperationInfo {
        name: "cancelRuntimeUpdate_0_29_0",
        base: "cancelRuntimeUpdate",
        min_version: Some("0.29.0"),
        kind: "mutation",
        file: "queries/deployment/cancelRuntimeUpdate@0.29.0.graphql",
        text: "# `houston deployment runtime cancel`.\nmutation cancelRuntimeUpdate_0_29_0($deploymentUuid: Uuid!) {\n  cancelRuntimeUpdate(deploymentUuid: $deploymentUuid) {\n    id\n    label\n    releaseName\n    runtimeVersion\n    desiredRuntimeVersion\n    runtimeAirflowVersion\n  }\n}\n",
        variables: &[("deploymentUuid", "Uuid!")],
        root_fields: &["cancelRuntimeUpdate"],
    },
    crate::manifest::OperationInfo {
        name: "createDeployment",
        base: "createDeployment",
        min_version: None,
        kind: "mutation",
        file: "queries/deployment/createDeployment.graphql",
        text: "# `houston deployment create` before 0.29 (Astronomer Certified images; no runtime yet).\nmutation createDeployment(\n  $workspaceUuid: Uuid!\n  $label: String!\n  $type: String! = \"airflow\"\n  $releaseName: String\n  $description: String\n  $executor: ExecutorType\n  $workers: Workers\n  $webserver: Webserver\n  $scheduler: Scheduler\n  $properties: JSON\n  $airflowVersion: String\n  $namespace: String\n  $cloudRole: String\n  $dagDeployment: DagDeployment\n) {\n  createDeployment(\n    workspaceUuid: $workspaceUuid\n    type: $type\n    label: $label\n    releaseName: $releaseName\n    description: $description\n    executor: $executor\n    workers: $workers\n    webserver: $webserver\n    scheduler: $scheduler\n    properties: $properties\n    airflowVersion: $airflowVersion\n    namespace: $namespace\n    cloudRole: $cloudRole\n    dagDeployment: $dagDeployment\n  ) {\n    id\n    label\n    releaseName\n    executor\n    version\n    urls {\n      type\n      url\n    }\n    createdAt\n  }\n}\n",
        variables: &[
            ("workspaceUuid", "Uuid!"),
            ("label", "String!"),
            ("type", "String!"),
            ("releaseName", "String"),
            ("description", "String"),
            ("executor", "ExecutorType"),
            ("workers", "Workers"),
            ("webserver", "Webserver"),
            ("scheduler", "Scheduler"),
            ("properties", "JSON"),
            ("airflowVersion", "String"),
            ("namespace", "String"),
            ("cloudRole", "String"),
            ("dagDeployment", "DagDeployment"),
        ],
        root_fields: &["createDeployment"],
    },
    crate::manifest::OperationInfo {
        name: "createDeployment_0_29_0",
        base: "createDeployment",
        min_version: Some("0.29.0"),
        kind: "mutation",
        file: "queries/deployment/createDeployment@0.29.0.graphql",
        text: "# `houston deployment create` from 0.29 to 1.0 (exclusive): Astro Runtime and the triggerer.\nmutation createDeployment_0_29_0(\n  $workspaceUuid: Uuid!\n  $label: String!\n  $type: String! = \"airflow\"\n  $releaseName: String\n  $description: String\n  $executor: ExecutorType\n  $workers: Workers\n  $webserver: Webserver\n  $scheduler: Scheduler\n  $properties: JSON\n  $runtimeVersion: String\n  $namespace: String\n  $cloudRole: String\n  $dagDeployment: DagDeployment\n  $triggerer: Triggerer\n) {\n  createDeployment(\n    workspaceUuid: $workspaceUuid\n    type: $type\n    label: $label\n    releaseName: $releaseName\n    description: $description\n    executor: $executor\n    workers: $workers\n    webserver: $webserver\n    scheduler: $scheduler\n    properties: $properties\n    runtimeVersion: $runtimeVersion\n    namespace: $namespace\n    cloudRole: $cloudRole\n    dagDeployment: $dagDeployment\n    triggerer: $triggerer\n  ) {\n    id\n    label\n    releaseName\n    executor\n    version\n    runtimeVersion\n    urls {\n      type\n      url\n    }\n    createdAt\n  }\n}\n",
        variables: &[
            ("workspaceUuid", "Uuid!"),
            ("label", "String!"),
            ("type", "String!"),
            ("releaseName", "String"),
            ("description", "String"),
            ("executor", "ExecutorType"),
            ("workers", "Workers"),
            ("webserver", "Webserver"),
            ("scheduler", "Scheduler"),
            ("properties", "JSON"),
            ("runtimeVersion", "String"),
            ("namespace", "String"),
            ("cloudRole", "String"),
            ("dagDeployment", "DagDeployment"),
            ("triggerer", "Triggerer"),
        ],
        root_fields: &["createDeployment"],
    },
    crate::manifest::OperationInfo {
        name: "deleteDeployment",
        base: "deleteDeployment",
        min_version: None,
        kind: "mutation",
        file: "queries/deployment/deleteDeployment.graphql",
        text: "# `houston deployment delete`.\nmutation deleteDeployment($deploymentUuid: Uuid!, $deploymentHardDelete: Boolean) {\n  deleteDeployment(deploymentUuid: $deploymentUuid, deploymentHardDelete: $deploymentHardDelete) {\n    id\n    label\n    releaseName\n  }\n}\n",
        variables: &[("deploymentUuid", "Uuid!"), ("deploymentHardDelete", "Boolean")],
        root_fields: &["deleteDeployment"],
    },
    crate::manifest::OperationInfo {
        name: "deployment",
        base: "deployment",
        min_version: None,
        kind: "query",
        file: "queries/deployment/deployment.graphql",
        text: "# `houston deployment get` by id or release name (every platform version).\nquery deployment($where: DeploymentWhereUniqueInput!) {\n  deployment(where: $where) {\n    id\n    label\n    description\n    releaseName\n    status\n    version\n    executor\n    workspace {\n      id\n      label\n    }\n    urls {\n      type\n      url\n    }\n    createdAt\n    updatedAt\n  }\n}\n",
        variables: &[("where", "DeploymentWhereUniqueInput!")],
        root_fields: &["deployment"],
    },
    crate::manifest::OperationInfo {
        name: "deployment_0_29_0",
        base: "deployment",
        min_version: Some("0.29.0"),
        kind: "query",
        file: "queries/deployment/deployment@0.29.0.graphql",
        text: "# `houston deployment get` from 0.29 on: Astro Runtime versions.\nquery deployment_0_29_0($where: DeploymentWhereUniqueInput!) {\n  deployment(where: $where) {\n    id\n    label\n    description\n    releaseName\n    status\n    version\n    executor\n    runtimeVersion\n    runtimeAirflowVersion\n    workspace {\n      id\n      label\n    }\n    urls {\n      type\n      url\n    }\n    createdAt\n    updatedAt\n  }\n}\n",
        variables: &[("where", "DeploymentWhereUniqueInput!")],
        root_fields: &["deployment"],
    },
    crate::manifest::OperationInfo {
        name: "deploymentAddTeamRole_0_28_0",
        base: "deploymentAddTeamRole",
        min_version: Some("0.28.0"),
        kind: "mutation",
        file: "queries/deployment/deploymentAddTeamRole@0.28.0.graphql",
        text: "# `houston deployment team add`.\nmutation deploymentAddTeamRole_0_28_0($deploymentUuid: Uuid!, $teamUuid: Uuid!, $role: Role!) {\n  deploymentAddTeamRole(deploymentUuid: $deploymentUuid, teamUuid: $teamUuid, role: $role) {\n    id\n    role\n  }\n}\n",
        variables: &[
            ("deploymentUuid", "Uuid!"),
            ("teamUuid", "Uuid!"),
            ("role", "Role!"),
        ],
        root_fields: &["deploymentAddTeamRole"],
    },
    crate::manifest::OperationInfo {
        name: "deploymentAddUserRole",
        base: "deploymentAddUserRole",
        min_version: None,
        kind: "mutation",
        file: "queries/deployment/deploymentAddUserRole.graphql",
        text: "# `houston deployment user add`.\nmutation deploymentAddUserRole($deploymentId: Id!, $email: String!, $role: Role!) {\n  deploymentAddUserRole(deploymentId: $deploymentId, email: $email, role: $role) {\n    id\n    role\n    user {\n      id\n      username\n    }\n    deployment {\n      id\n      releaseName\n    }\n  }\n}\n",
        variables: &[("deploymentId", "Id!"), ("email", "String!"), ("role", "Role!")],
        root_fields: &["deploymentAddUserRole"],
    },
    crate::manifest::OperationInfo {
        name: "deploymentAlertsUpdate",
        base: "deploymentAlertsUpdate",
        min_version: None,
        kind: "mutation",
        file: "queries/deployment/deploymentAlertsUpdate.graphql",
        text: "# `houston deployment alerts DEPLOYMENT`: who gets the deployment's alert e-mails.\nmutation deploymentAlertsUpdate($deploymentUuid: Uuid!, $alertEmails: [String]) {\n  deploymentAlertsUpdate(deploymentUuid: $deploymentUuid, alertEmails: $alertEmails) {\n    id\n    releaseName\n    alertEmails\n  }\n}\n",
        variables: &[("deploymentUuid", "Uuid!"), ("alertEmails", "[String]")],
        root_fields: &["deploymentAlertsUpdate"],
    },
    crate::manifest::OperationInfo {
        name: "deploymentLog",
        base: "deploymentLog",
        min_version: None,
        kind: "subscription",
        file: "queries/deployment/deploymentLog.graphql",
        text: "# `houston deployment logs --follow`: one event per log line (graphql-ws over /ws).\nsubscription deploymentLog(\n  $deploymentUuid: Uuid!\n  $component: String\n  $timestamp: DateTime\n  $search: String\n) {\n  log(deploymentUuid: $deploymentUuid, component: $component, timestamp: $timestamp, search: $search) {\n    id\n    createdAt: timestamp\n    component\n    level\n    log: message\n  }\n}\n",
        variables: &[
            ("deploymentUuid", "Uuid!"),
            ("component", "String"),
            ("timestamp", "DateTime"),
            ("search", "String"),
        ],
        root_fields: &["log"],
    },
    crate::manifest::OperationInfo {
        name: "deploymentLogs",
        base: "deploymentLogs",
        min_version: None,
        kind: "query",
        file: "queries/deployment/deploymentLogs.graphql",
        text: "# `houston deployment logs` (without --follow).\nquery deploymentLogs(\n  $deploymentUuid: Uuid!\n  $component: String\n  $timestamp: DateTime\n  $search: String\n) {\n  logs(deploymentUuid: $deploymentUuid, component: $component, timestamp: $timestamp, search: $search) {\n    id\n    createdAt: timestamp\n    component\n    level\n    log: message\n  }\n}\n",
        variables: &[
            ("deploymentUuid", "Uuid!"),
            ("component", "String"),
            ("timestamp", "DateTime"),
            ("search", "String"),
        ],
        root_fields: &["logs"],
    },
    crate::manifest::OperationInfo {
        name: "deploymentRemoveTeamRole_0_28_0",
        base: "deploymentRemoveTeamRole",
        min_version: Some("0.28.0"),
        kind: "mutation",
        file: "queries/deployment/deploymentRemoveTeamRole@0.28.0.graphql",
        text: "# `houston deployment team remove`.\nmutation deploymentRemoveTeamRole_0_28_0($deploymentUuid: Uuid!, $teamUuid: Uuid!) {\n  deploymentRemoveTeamRole(deploymentUuid: $deploymentUuid, teamUuid: $teamUuid) {\n    id\n  }\n}\n",
        variables: &[("deploymentUuid", "Uuid!"), ("teamUuid", "Uuid!")],
        root_fields: &["deploymentRemoveTeamRole"],
    },
    crate::manifest::OperationInfo {
        name: "deploymentRemoveUserRole",
        base: "deploymentRemoveUserRole",
        min_version: None,
        kind: "mutation",
        file: "queries/deployment/deploymentRemoveUserRole.graphql",
        text: "# `houston deployment user remove`.\nmutation deploymentRemoveUserRole($deploymentId: Id!, $email: String!) {\n  deploymentRemoveUserRole(deploymentId: $deploymentId, email: $email) {\n    id\n    role\n  }\n}\n",
        variables: &[("deploymentId", "Id!"), ("email", "String!")],
        root_fields: &["deploymentRemoveUserRole"],
    },
    crate::manifest::OperationInfo {
        name: "deploymentTeams_0_28_0",
        base: "deploymentTeams",
        min_version: Some("0.28.0"),
        kind: "query",
        file: "queries/deployment/deploymentTeams@0.28.0.graphql",
        text: "# `houston deployment team list`.\nquery deploymentTeams_0_28_0($deploymentUuid: Uuid!) {\n  deploymentTeams(deploymentUuid: $deploymentUuid) {\n    id\n    name\n    roleBindings {\n      role\n      deployment {\n        id\n      }\n    }\n  }\n}\n",
        variables: &[("deploymentUuid", "Uuid!")],
        root_fields: &["deploymentTeams"],
    },
    crate::manifest::OperationInfo {
        name: "deploymentUpdateTeamRole_0_28_0",
        base: "deploymentUpdateTeamRole",
        min_version: Some("0.28.0"),
        kind: "mutation",
        file: "queries/deployment/deploymentUpdateTeamRole@0.28.0.graphql",
        text: "# `houston deployment team update`.\nmutation deploymentUpdateTeamRole_0_28_0($deploymentUuid: Uuid!, $teamUuid: Uuid!, $role: Role!) {\n  deploymentUpdateTeamRole(deploymentUuid: $deploymentUuid, teamUuid: $teamUuid, role: $role) {\n    id\n    role\n  }\n}\n",
        variables: &[
            ("deploymentUuid", "Uuid!"),
            ("teamUuid", "Uuid!"),
            ("role", "Role!"),
        ],
        root_fields: &["deploymentUpdateTeamRole"],
    },
    crate::manifest::OperationInfo {
        name: "deploymentUpdateUserRole",
        base: "deploymentUpdateUserRole",
        min_version: None,
        kind: "mutation",
        file: "queries/deployment/deploymentUpdateUserRole.graphql",
        text: "# `houston deployment user update`.\nmutation deploymentUpdateUserRole($deploymentId: Id!, $email: String!, $role: Role!) {\n  deploymentUpdateUserRole(deploymentId: $deploymentId, email: $email, role: $role) {\n    id\n    role\n    user {\n      id\n      username\n    }\n    deployment {\n      id\n      releaseName\n    }\n  }\n}\n",
        variables: &[("deploymentId", "Id!"), ("email", "String!"), ("role", "Role!")],
        root_fields: &["deploymentUpdateUserRole"],
    },
    crate::manifest::OperationInfo {
        name: "deploymentUsers",
        base: "deploymentUsers",
        min_version: None,
        kind: "query",
        file: "queries/deployment/deploymentUsers.graphql",
        text: "# `houston deployment user list`; roleBindings are all of each user's bindings.\nquery deploymentUsers($deploymentId: Id!) {\n  deploymentUsers(deploymentId: $deploymentId) {\n    id\n    username\n    fullName\n    emails {\n      address\n    }\n    roleBindings {\n      role\n      deployment {\n        id\n      }\n    }\n  }\n}\n",
        variables: &[("deploymentId", "Id!")],
        root_fields: &["deploymentUsers"],
    },
    crate::manifest::OperationInfo {
        name: "deploymentVariables",
        base: "deploymentVariables",
        min_version: None,
        kind: "query",
        file: "queries/deployment/deploymentVariables.graphql",
        text: "# `houston deployment env list`.\nquery deploymentVariables($deploymentUuid: Uuid!, $releaseName: String) {\n  deploymentVariables(deploymentUuid: $deploymentUuid, releaseName: $releaseName) {\n    key\n    value\n    isSecret\n  }\n}\n",
        variables: &[("deploymentUuid", "Uuid!"), ("releaseName", "String")],
        root_fields: &["deploymentVariables"],
    },
    crate::manifest::OperationInfo {
        name: "paginatedDeployments_0_32_0",
        base: "paginatedDeployments",
        min_version: Some("0.32.0"),
        kind: "query",
        file: "queries/deployment/paginatedDeployments@0.32.0.graphql",
        text: "# `houston deployment list --all`: every deployment the caller can see, across workspaces.\nquery paginatedDeployments_0_32_0($take: Int, $pageNumber: Int) {\n  paginatedDeployments(take: $take, pageNumber: $pageNumber) {\n    id\n    label\n    releaseName\n    status\n    version\n    runtimeVersion\n    workspace {\n      id\n      label\n    }\n    createdAt\n    updatedAt\n  }\n}\n",
        variables: &[("take", "Int"), ("pageNumber", "Int")],
        root_fields: &["paginatedDeployments"],
    },
    crate::manifest::OperationInfo {
        name: "unadoptDeployment_2_1_0",
        base: "unadoptDeployment",
        min_version: Some("2.1.0"),
        kind: "mutation",
        file: "queries/deployment/unadoptDeployment@2.1.0.graphql",
        text: "# `houston deployment unadopt`: removes only the APC record, the Airflow keeps running.\nmutation unadoptDeployment_2_1_0($deploymentUuid: Uuid!) {\n  unadoptDeployment(deploymentUuid: $deploymentUuid) {\n    id\n    label\n    releaseName\n    namespace\n    clusterId\n  }\n}\n",
        variables: &[("deploymentUuid", "Uuid!")],
        root_fields: &["unadoptDeployment"],
    },
    crate::manifest::OperationInfo {
        name: "updateDeployment",
        base: "updateDeployment",
        min_version: None,
        kind: "mutation",
        file: "queries/deployment/updateDeployment.graphql",
        text: "# `houston deployment update` before 1.0: label and description travel in `payload`.\nmutation updateDeployment(\n  $deploymentUuid: Uuid!\n  $payload: JSON\n  $executor: ExecutorType\n  $workers: Workers\n  $webserver: Webserver\n  $scheduler: Scheduler\n  $cloudRole: String\n  $dagDeployment: DagDeployment\n) {\n  updateDeployment(\n    deploymentUuid: $deploymentUuid\n    payload: $payload\n    executor: $executor\n    workers: $workers\n    webserver: $webserver\n    scheduler: $scheduler\n    cloudRole: $cloudRole\n    dagDeployment: $dagDeployment\n  ) {\n    id\n    label\n    description\n    releaseName\n    executor\n    version\n    createdAt\n    updatedAt\n  }\n}\n",
        variables: &[
            ("deploymentUuid", "Uuid!"),
            ("payload", "JSON"),
            ("executor", "ExecutorType"),
            ("workers", "Workers"),
            ("webserver", "Webserver"),
            ("scheduler", "Scheduler"),
            ("cloudRole", "String"),
            ("dagDeployment", "DagDeployment"),
        ],
        root_fields: &["updateDeployment"],
    },
    crate::manifest::OperationInfo {
        name: "updateDeployment_0_28_0",
        base: "updateDeployment",
        min_version: Some("0.28.0"),
        kind: "mutation",
        file: "queries/deployment/updateDeployment@0.28.0.graphql",
        text: "# `houston deployment update` from 0.28 to 1.0 (exclusive): adds the triggerer.\nmutation updateDeployment_0_28_0(\n  $deploymentUuid: Uuid!\n  $payload: JSON\n  $executor: ExecutorType\n  $workers: Workers\n  $webserver: Webserver\n  $scheduler: Scheduler\n  $cloudRole: String\n  $dagDeployment: DagDeployment\n  $triggerer: Triggerer\n) {\n  updateDeployment(\n    deploymentUuid: $deploymentUuid\n    payload: $payload\n    executor: $executor\n    workers: $workers\n    webserver: $webserver\n    scheduler: $scheduler\n    cloudRole: $cloudRole\n    dagDeployment: $dagDeployment\n    triggerer: $triggerer\n  ) {\n    id\n    label\n    description\n    releaseName\n    executor\n    version\n    createdAt\n    updatedAt\n  }\n}\n",
        variables: &[
            ("deploymentUuid", "Uuid!"),
            ("payload", "JSON"),
            ("executor", "ExecutorType"),
            ("workers", "Workers"),
            ("webserver", "Webserver"),
            ("scheduler", "Scheduler"),
            ("cloudRole", "String"),
            ("dagDeployment", "DagDeployment"),
            ("triggerer", "Triggerer"),
        ],
        root_fields: &["updateDeployment"],
    },
    crate::manifest::OperationInfo {
        name: "updateDeploymentImage_0_29_2",
        base: "updateDeploymentImage",
        min_version: Some("0.29.2"),
        kind: "mutation",
        file: "queries/deployment/updateDeploymentImage@0.29.2.graphql",
        text: "# `houston deployment image update` from 0.29.2 to 2.1 (exclusive).\nmutation updateDeploymentImage_0_29_2($releaseName: String!, $image: String!, $runtimeVersion: String) {\n  updateDeploymentImage(releaseName: $releaseName, image: $image, runtimeVersion: $runtimeVersion) {\n    releaseName\n    runtimeVersion\n  }\n}\n",
        variables: &[
            ("releaseName", "String!"),
            ("image", "String!"),
            ("runtimeVersion", "String"),
        ],
        root_fields: &["updateDeploymentImage"],
    },
    crate::manifest::OperationInfo {
        name: "updateDeploymentRuntime_0_29_0",
        base: "updateDeploymentRuntime",
        min_version: Some("0.29.0"),
        kind: "mutation",
        file: "queries/deployment/updateDeploymentRuntime@0.29.0.graphql",
        text: "# `houston deployment runtime update`.\nmutation updateDeploymentRuntime_0_29_0($deploymentUuid: Uuid!, $desiredRuntimeVersion: String!) {\n  updateDeploymentRuntime(\n    deploymentUuid: $deploymentUuid\n    desiredRuntimeVersion: $desiredRuntimeVersion\n  ) {\n    id\n    label\n    releaseName\n    runtimeVersion\n    desiredRuntimeVersion\n    runtimeAirflowVersion\n  }\n}\n",
        variables: &[("deploymentUuid", "Uuid!"), ("desiredRuntimeVersion", "String!")],
        root_fields: &["updateDeploymentRuntime"],
    },
    crate::manifest::OperationInfo {
        name: "updateDeploymentVariables",
        base: "updateDeploymentVariables",
        min_version: None,
        kind: "mutation",
        file: "queries/deployment/updateDeploymentVariables.graphql",
        text: "# `houston deployment env set|unset`: replaces the whole set (houston reads, merges, writes).\nmutation updateDeploymentVariables(\n  $deploymentUuid: Uuid!\n  $releaseName: String!\n  $environmentVariables: [InputEnvironmentVariable]!\n) {\n  updateDeploymentVariables(\n    deploymentUuid: $deploymentUuid\n    releaseName: $releaseName\n    environmentVariables: $environmentVariables\n  ) {\n    key\n    value\n    isSecret\n  }\n}\n",
        variables: &[
            ("deploymentUuid", "Uuid!"),
            ("releaseName", "String!"),
            ("environmentVariables", "[InputEnvironmentVariable]!"),
        ],
        root_fields: &["updateDeploymentVariables"],
    },
    crate::manifest::OperationInfo {
        name: "upsertDeployment_1_0_0",
        base: "upsertDeployment",
        min_version: Some("1.0.0"),
        kind: "mutation",
        file: "queries/deployment/upsertDeployment@1.0.0.graphql",
        text: "# `houston deployment create|update` from 1.0 on: one mutation creates (workspaceUuid) or\n# updates (deploymentUuid). Arguments left out are left alone.\nmutation upsertDeployment_1_0_0(\n  $workspaceUuid: Uuid\n  $deploymentUuid: Uuid\n  $clusterId: Uuid\n  $label: String\n  $description: String\n  $releaseName: String\n  $namespace: String\n  $runtimeVersion: String\n  $executor: ExecutorType\n  $workers: Workers\n  $webserver: Webserver\n  $scheduler: Scheduler\n  $properties: JSON\n  $triggerer: Triggerer\n  $dagDeployment: DagDeployment\n  $cloudRole: String\n) {\n  upsertDeployment(\n    workspaceUuid: $workspaceUuid\n    deploymentUuid: $deploymentUuid\n    clusterId: $clusterId\n    label: $label\n    description: $description\n    releaseName: $releaseName\n    namespace: $namespace\n    runtimeVersion: $runtimeVersion\n    executor: $executor\n    workers: $workers\n    webserver: $webserver\n    scheduler: $scheduler\n    properties: $properties\n    triggerer: $triggerer\n    dagDeployment: $dagDeployment\n    cloudRole: $cloudRole\n  ) {\n    id\n    label\n    description\n    releaseName\n    executor\n    version\n    runtimeVersion\n    urls {\n      type\n      url\n    }\n    createdAt\n    updatedAt\n  }\n}\n",
        variables: &[
            ("workspaceUuid", "Uuid"),
            ("deploymentUuid", "Uuid"),
            ("clusterId", "Uuid"),
            ("label", "String"),
            ("description", "String"),
            ("releaseName", "String"),
            ("namespace", "String"),
            ("runtimeVersion", "String"),
            ("executor", "ExecutorType"),
            ("workers", "Workers"),
            ("webserver", "Webserver"),
            ("scheduler", "Scheduler"),
            ("properties", "JSON"),
            ("triggerer", "Triggerer"),
            ("dagDeployment", "DagDeployment"),
            ("cloudRole", "String"),
        ],
        root_fields: &["upsertDeployment"],
    },
    crate::manifest::OperationInfo {
        name: "upsertDeployment_2_1_0",
        base: "upsertDeployment",
        min_version: Some("2.1.0"),
        kind: "mutation",
        file: "queries/deployment/upsertDeployment@2.1.0.graphql",
        text: "# `houston deployment create|update` from 2.1 on: adds the deployment mode (helm or operator).\nmutation upsertDeployment_2_1_0(\n  $workspaceUuid: Uuid\n  $deploymentUuid: Uuid\n  $clusterId: Uuid\n  $label: String\n  $description: String\n  $releaseName: String\n  $namespace: String\n  $runtimeVersion: String\n  $executor: ExecutorType\n  $workers: Workers\n  $webserver: Webserver\n  $scheduler: Scheduler\n  $properties: JSON\n  $triggerer: Triggerer\n  $dagDeployment: DagDeployment\n  $cloudRole: String\n  $mode: AllowedDeploymentModeValues\n) {\n  upsertDeployment(\n    workspaceUuid: $workspaceUuid\n    deploymentUuid: $deploymentUuid\n    clusterId: $clusterId\n    label: $label\n    description: $description\n    releaseName: $releaseName\n    namespace: $namespace\n    runtimeVersion: $runtimeVersion\n    executor: $executor\n    workers: $workers\n    webserver: $webserver\n    scheduler: $scheduler\n    properties: $properties\n    triggerer: $triggerer\n    dagDeployment: $dagDeployment\n    cloudRole: $cloudRole\n    mode: $mode\n  ) {\n    id\n    label\n    description\n    releaseName\n    executor\n    version\n    runtimeVersion\n    urls {\n      type\n      url\n    }\n    createdAt\n    updatedAt\n  }\n}\n",
        variables: &[
            ("workspaceUuid", "Uuid"),
            ("deploymentUuid", "Uuid"),
            ("clusterId", "Uuid"),
            ("label", "String"),
            ("description", "String"),
            ("releaseName", "String"),
            ("namespace", "String"),
            ("runtimeVersion", "String"),
            ("executor", "ExecutorType"),
            ("workers", "Workers"),
            ("webserver", "Webserver"),
            ("scheduler", "Scheduler"),
            ("properties", "JSON"),
            ("triggerer", "Triggerer"),
            ("dagDeployment", "DagDeployment"),
            ("cloudRole", "String"),
            ("mode", "AllowedDeploymentModeValues"),
        ],
        root_fields: &["upsertDeployment"],
    },
    crate::manifest::OperationInfo {
        name: "upsertDeploymentImage_2_1_0",
        base: "upsertDeploymentImage",
        min_version: Some("2.1.0"),
        kind: "mutation",
        file: "queries/deployment/upsertDeploymentImage@2.1.0.graphql",
        text: "# `houston deployment image update` from 2.1 on: image deploys go through upsertDeployment.\nmutation upsertDeploymentImage_2_1_0($releaseName: String!, $image: String!, $runtimeVersion: String!) {\n  upsertDeployment(releaseName: $releaseName, image: $image, runtimeVersion: $runtimeVersion) {\n    id\n    releaseName\n    runtimeVersion\n  }\n}\n",
        variables: &[
            ("releaseName", "String!"),
            ("image", "String!"),
            ("runtimeVersion", "String!"),
        ],
        root_fields: &["upsertDeployment"],
    },
    crate::manifest::OperationInfo {
        name: "workspaceDeploymentLabels",
        base: "workspaceDeploymentLabels",
        min_version: None,
        kind: "query",
        file: "queries/deployment/workspaceDeploymentLabels.graphql",
        text: "# `houston deployment get LABEL` (every deployment given by label): the labels of one workspace's deployments.\nquery workspaceDeploymentLabels($workspaceUuid: Uuid!) {\n  workspaceDeployments(workspaceUuid: $workspaceUuid) {\n    id\n    label\n    releaseName\n  }\n}\n",
        variables: &[("workspaceUuid", "Uuid!")],
        root_fields: &["workspaceDeployments"],
    },
    crate::manifest::OperationInfo {
        name: "workspaceDeployments",
        base: "workspaceDeployments",
        min_version: None,
        kind: "query",
        file: "queries/deployment/workspaceDeployments.graphql",
        text: "# `houston deployment list` on platforms before 0.29 (no Astro Runtime fields yet).\nquery workspaceDeployments($workspaceUuid: Uuid!) {\n  workspaceDeployments(workspaceUuid: $workspaceUuid) {\n    id\n    label\n    releaseName\n    status\n    version\n    workspace {\n      id\n      label\n    }\n    createdAt\n    updatedAt\n  }\n}\n",
        variables: &[("workspaceUuid", "Uuid!")],
        root_fields: &["workspaceDeployments"],
    },
    crate::manifest::OperationInfo {
        name: "workspaceDeployments_0_29_0",
        base: "workspaceDeployments",
        min_version: Some("0.29.0"),
        kind: "query",
        file: "queries/deployment/workspaceDeployments@0.29.0.graphql",
        text: "# `houston deployment list` from 0.29 on: Astro Runtime versions.\nquery workspaceDeployments_0_29_0($workspaceUuid: Uuid!) {\n  workspaceDeployments(workspaceUuid: $workspaceUuid) {\n    id\n    label\n    releaseName\n    status\n    version\n    runtimeVersion\n    runtimeAirflowVersion\n    workspace {\n      id\n      label\n    }\n    createdAt\n    updatedAt\n  }\n}\n",
        variables: &[("workspaceUuid", "Uuid!")],
        root_fields: &["workspaceDeployments"],
    },
    crate::manifest::OperationInfo {
        name: "authConfig",
        base: "authConfig",
        min_version: None,
        kind: "query",
        file: "queries/platform/authConfig.graphql",
        text: "# `houston platform auth`: how people log in (local passwords, identity providers). No token needed.\nquery authConfig {\n  authConfig {\n    localEnabled\n    publicSignup\n    initialSignup\n    providers {\n      name\n      displayName\n      url\n    }\n  }\n}\n",
        variables: &[],
        root_fields: &["authConfig"],
    },
    crate::manifest::OperationInfo {
        name: "availableNamespaces",
        base: "availableNamespaces",
        min_version: None,
        kind: "query",
        file: "queries/platform/availableNamespaces.graphql",
        text: "# `houston platform namespaces` before 1.0 (one cluster).\nquery availableNamespaces {\n  availableNamespaces {\n    name\n  }\n}\n",
        variables: &[],
        root_fields: &["availableNamespaces"],
    },
    crate::manifest::OperationInfo {
        name: "availableNamespaces_1_0_0",
        base: "availableNamespaces",
        min_version: Some("1.0.0"),
        kind: "query",
        file: "queries/platform/availableNamespaces@1.0.0.graphql",
        text: "# `houston platform namespaces --cluster` from 1.0 on (multi-cluster).\nquery availableNamespaces_1_0_0($clusterId: Uuid!) {\n  availableNamespaces(clusterId: $clusterId) {\n    name\n  }\n}\n",
        variables: &[("clusterId", "Uuid!")],
        root_fields: &["availableNamespaces"],
    },
    crate::manifest::OperationInfo {
        name: "platformInfo",
        base: "platformInfo",
        min_version: None,
        kind: "query",
        file: "queries/platform/platformInfo.graphql",
        text: "# `houston platform version`: works on every platform version (no version-gated fields).\nquery platformInfo {\n  appConfig {\n    version\n    baseDomain\n  }\n}\n",
        variables: &[],
        root_fields: &["appConfig"],
    },
    crate::manifest::OperationInfo {
        name: "runtimeReleases_0_29_0",
        base: "runtimeReleases",
        min_version: Some("0.29.0"),
        kind: "query",
        file: "queries/platform/runtimeReleases@0.29.0.graphql",
        text: "# `houston platform runtimes`.\nquery runtimeReleases_0_29_0($airflowVersion: String, $clusterId: Uuid) {\n  runtimeReleases(airflowVersion: $airflowVersion, clusterId: $clusterId) {\n    version\n    airflowVersion\n    airflowDatabaseMigrations\n  }\n}\n",
        variables: &[("airflowVersion", "String"), ("clusterId", "Uuid")],
        root_fields: &["runtimeReleases"],
    },
    crate::manifest::OperationInfo {
        name: "createDeploymentServiceAccount",
        base: "createDeploymentServiceAccount",
        min_version: None,
        kind: "mutation",
        file: "queries/service_account/createDeploymentServiceAccount.graphql",
        text: "# `houston deployment service-account create`: the only time the full apiKey is returned.\nmutation createDeploymentServiceAccount(\n  $label: String!\n  $category: String\n  $deploymentUuid: Uuid!\n  $role: Role!\n) {\n  createDeploymentServiceAccount(\n    label: $label\n    category: $category\n    deploymentUuid: $deploymentUuid\n    role: $role\n  ) {\n    id\n    label\n    apiKey\n    category\n    active\n    createdAt\n  }\n}\n",
        variables: &[
            ("label", "String!"),
            ("category", "String"),
            ("deploymentUuid", "Uuid!"),
            ("role", "Role!"),
        ],
        root_fields: &["createDeploymentServiceAccount"],
    },
    crate::manifest::OperationInfo {
        name: "createSystemServiceAccount",
        base: "createSystemServiceAccount",
        min_version: None,
        kind: "mutation",
        file: "queries/service_account/createSystemServiceAccount.graphql",
        text: "# `houston system service-account create`: the only time the full apiKey is returned.\nmutation createSystemServiceAccount($label: String!, $category: String, $role: Role!) {\n  createSystemServiceAccount(label: $label, category: $category, role: $role) {\n    id\n    label\n    apiKey\n    category\n    active\n    createdAt\n  }\n}\n",
        variables: &[("label", "String!"), ("category", "String"), ("role", "Role!")],
        root_fields: &["createSystemServiceAccount"],
    },
    crate::manifest::OperationInfo {
        name: "createWorkspaceServiceAccount",
        base: "createWorkspaceServiceAccount",
        min_version: None,
        kind: "mutation",
        file: "queries/service_account/createWorkspaceServiceAccount.graphql",
        text: "# `houston workspace service-account create`: the only time the full apiKey is returned.\nmutation createWorkspaceServiceAccount(\n  $label: String!\n  $category: String\n  $workspaceUuid: Uuid!\n  $role: Role!\n) {\n  createWorkspaceServiceAccount(\n    label: $label\n    category: $category\n    workspaceUuid: $workspaceUuid\n    role: $role\n  ) {\n    id\n    label\n    apiKey\n    category\n    active\n    createdAt\n  }\n}\n",
        variables: &[
            ("label", "String!"),
            ("category", "String"),
            ("workspaceUuid", "Uuid!"),
            ("role", "Role!"),
        ],
        root_fields: &["createWorkspaceServiceAccount"],
    },
    crate::manifest::OperationInfo {
        name: "deleteDeploymentServiceAccount",
        base: "deleteDeploymentServiceAccount",
        min_version: None,
        kind: "mutation",
        file: "queries/service_account/deleteDeploymentServiceAccount.graphql",
        text: "# `houston deployment service-account delete`.\nmutation deleteDeploymentServiceAccount($serviceAccountUuid: Uuid!, $deploymentUuid: Uuid!) {\n  deleteDeploymentServiceAccount(\n    serviceAccountUuid: $serviceAccountUuid\n    deploymentUuid: $deploymentUuid\n  ) {\n    id\n    label\n  }\n}\n",
        variables: &[("serviceAccountUuid", "Uuid!"), ("deploymentUuid", "Uuid!")],
        root_fields: &["deleteDeploymentServiceAccount"],
    },
    crate::manifest::OperationInfo {
        name: "deleteSystemServiceAccount",
        base: "deleteSystemServiceAccount",
        min_version: None,
        kind: "mutation",
        file: "queries/service_account/deleteSystemServiceAccount.graphql",
        text: "# `houston system service-account delete`.\nmutation deleteSystemServiceAccount($serviceAccountUuid: Uuid!) {\n  deleteSystemServiceAccount(serviceAccountUuid: $serviceAccountUuid) {\n    id\n    label\n  }\n}\n",
        variables: &[("serviceAccountUuid", "Uuid!")],
        root_fields: &["deleteSystemServiceAccount"],
    },
    crate::manifest::OperationInfo {
        name: "deleteWorkspaceServiceAccount",
        base: "deleteWorkspaceServiceAccount",
        min_version: None,
        kind: "mutation",
        file: "queries/service_account/deleteWorkspaceServiceAccount.graphql",
        text: "# `houston workspace service-account delete`.\nmutation deleteWorkspaceServiceAccount($serviceAccountUuid: Uuid!, $workspaceUuid: Uuid!) {\n  deleteWorkspaceServiceAccount(\n    serviceAccountUuid: $serviceAccountUuid\n    workspaceUuid: $workspaceUuid\n  ) {\n    id\n    label\n  }\n}\n",
        variables: &[("serviceAccountUuid", "Uuid!"), ("workspaceUuid", "Uuid!")],
        root_fields: &["deleteWorkspaceServiceAccount"],
    },
    crate::manifest::OperationInfo {
        name: "deploymentServiceAccount",
        base: "deploymentServiceAccount",
        min_version: None,
        kind: "query",
        file: "queries/service_account/deploymentServiceAccount.graphql",
        text: "# `houston deployment service-account get`.\nquery deploymentServiceAccount($deploymentUuid: Uuid!, $serviceAccountUuid: Uuid!) {\n  deploymentServiceAccount(\n    deploymentUuid: $deploymentUuid\n    serviceAccountUuid: $serviceAccountUuid\n  ) {\n    id\n    label\n    category\n    active\n    lastUsedAt\n    createdAt\n    updatedAt\n    roleBindings {\n      role\n    }\n  }\n}\n",
        variables: &[("deploymentUuid", "Uuid!"), ("serviceAccountUuid", "Uuid!")],
        root_fields: &["deploymentServiceAccount"],
    },
    crate::manifest::OperationInfo {
        name: "deploymentServiceAccounts",
        base: "deploymentServiceAccounts",
        min_version: None,
        kind: "query",
        file: "queries/service_account/deploymentServiceAccounts.graphql",
        text: "# `houston deployment service-account list`.\nquery deploymentServiceAccounts($deploymentUuid: Uuid!) {\n  deploymentServiceAccounts(deploymentUuid: $deploymentUuid) {\n    id\n    label\n    category\n    active\n    lastUsedAt\n    createdAt\n    roleBindings {\n      role\n    }\n  }\n}\n",
        variables: &[("deploymentUuid", "Uuid!")],
        root_fields: &["deploymentServiceAccounts"],
    },
    crate::manifest::OperationInfo {
        name: "systemServiceAccounts",
        base: "systemServiceAccounts",
        min_version: None,
        kind: "query",
        file: "queries/service_account/systemServiceAccounts.graphql",
        text: "# `houston system service-account list`.\n# allow-deprecated: the entity-typed query is the only way Houston lists system service accounts.\nquery systemServiceAccounts {\n  serviceAccounts(entityType: SYSTEM) {\n    id\n    label\n    category\n    active\n    lastUsedAt\n    createdAt\n    roleBindings {\n      role\n    }\n  }\n}\n",
        variables: &[],
        root_fields: &["serviceAccounts"],
    },
    crate::manifest::OperationInfo {
        name: "workspaceServiceAccounts",
        base: "workspaceServiceAccounts",
        min_version: None,
        kind: "query",
        file: "queries/service_account/workspaceServiceAccounts.graphql",
        text: "# `houston workspace service-account list`.\nquery workspaceServiceAccounts($workspaceUuid: Uuid!) {\n  workspaceServiceAccounts(workspaceUuid: $workspaceUuid) {\n    id\n    label\n    category\n    active\n    lastUsedAt\n    createdAt\n    roleBindings {\n      role\n    }\n  }\n}\n",
        variables: &[("workspaceUuid", "Uuid!")],
        root_fields: &["workspaceServiceAccounts"],
    },
    crate::manifest::OperationInfo {
        name: "createTeamSystemRoleBinding_0_29_2",
        base: "createTeamSystemRoleBinding",
        min_version: Some("0.29.2"),
        kind: "mutation",
        file: "queries/team/createTeamSystemRoleBinding@0.29.2.graphql",
        text: "# `houston team system-role TEAM ROLE`.\nmutation createTeamSystemRoleBinding_0_29_2($teamUuid: Uuid!, $role: Role!) {\n  createTeamSystemRoleBinding(teamUuid: $teamUuid, role: $role) {\n    id\n    role\n  }\n}\n",
        variables: &[("teamUuid", "Uuid!"), ("role", "Role!")],
        root_fields: &["createTeamSystemRoleBinding"],
    },
    crate::manifest::OperationInfo {
        name: "deleteTeamSystemRoleBinding_0_29_2",
        base: "deleteTeamSystemRoleBinding",
        min_version: Some("0.29.2"),
        kind: "mutation",
        file: "queries/team/deleteTeamSystemRoleBinding@0.29.2.graphql",
        text: "# `houston team system-role TEAM NONE` (and before a change of system role).\nmutation deleteTeamSystemRoleBinding_0_29_2($teamUuid: Uuid!, $role: Role!) {\n  deleteTeamSystemRoleBinding(teamUuid: $teamUuid, role: $role) {\n    id\n    role\n  }\n}\n",
        variables: &[("teamUuid", "Uuid!"), ("role", "Role!")],
        root_fields: &["deleteTeamSystemRoleBinding"],
    },
    crate::manifest::OperationInfo {
        name: "paginatedTeams_0_28_0",
        base: "paginatedTeams",
        min_version: Some("0.28.0"),
        kind: "query",
        file: "queries/team/paginatedTeams@0.28.0.graphql",
        text: "# `houston team list`; a team's system role is its SYSTEM_* binding.\nquery paginatedTeams_0_28_0($take: Int, $cursor: Uuid, $workspaceUuid: Uuid) {\n  paginatedTeams(take: $take, cursor: $cursor, workspaceUuid: $workspaceUuid) {\n    count\n    teams {\n      id\n      name\n      roleBindings {\n        role\n      }\n    }\n  }\n}\n",
        variables: &[("take", "Int"), ("cursor", "Uuid"), ("workspaceUuid", "Uuid")],
        root_fields: &["paginatedTeams"],
    },
    crate::manifest::OperationInfo {
        name: "team_0_28_0",
        base: "team",
        min_version: Some("0.28.0"),
        kind: "query",
        file: "queries/team/team@0.28.0.graphql",
        text: "# `houston team get`.\nquery team_0_28_0($teamUuid: Uuid!) {\n  team(teamUuid: $teamUuid) {\n    id\n    name\n    createdAt\n    roleBindings {\n      id\n      role\n      workspace {\n        id\n        label\n      }\n      deployment {\n        id\n        label\n        releaseName\n      }\n    }\n  }\n}\n",
        variables: &[("teamUuid", "Uuid!")],
        root_fields: &["team"],
    },
    crate::manifest::OperationInfo {
        name: "teamUsers_0_28_0",
        base: "teamUsers",
        min_version: Some("0.28.0"),
        kind: "query",
        file: "queries/team/teamUsers@0.28.0.graphql",
        text: "# `houston team users`.\nquery teamUsers_0_28_0($teamUuid: Uuid!) {\n  teamUsers(teamUuid: $teamUuid) {\n    id\n    username\n    status\n    emails {\n      address\n      primary\n    }\n  }\n}\n",
        variables: &[("teamUuid", "Uuid!")],
        root_fields: &["teamUsers"],
    },
    crate::manifest::OperationInfo {
        name: "createSystemRoleBinding",
        base: "createSystemRoleBinding",
        min_version: None,
        kind: "mutation",
        file: "queries/user/createSystemRoleBinding.graphql",
        text: "# `houston user system-role add` (e.g. SYSTEM_ADMIN).\nmutation createSystemRoleBinding($userId: ID!, $role: Role!) {\n  createSystemRoleBinding(userId: $userId, role: $role) {\n    id\n    role\n  }\n}\n",
        variables: &[("userId", "ID!"), ("role", "Role!")],
        root_fields: &["createSystemRoleBinding"],
    },
    crate::manifest::OperationInfo {
        name: "createToken",
        base: "createToken",
        min_version: None,
        kind: "mutation",
        file: "queries/user/createToken.graphql",
        text: "# `houston login --username NAME`: a user token for local (password) accounts. No token needed.\nmutation createToken($identity: String, $password: String!) {\n  createToken(identity: $identity, password: $password) {\n    user {\n      id\n      username\n    }\n    token {\n      value\n    }\n  }\n}\n",
        variables: &[("identity", "String"), ("password", "String!")],
        root_fields: &["createToken"],
    },
    crate::manifest::OperationInfo {
        name: "createUser",
        base: "createUser",
        min_version: None,
        kind: "mutation",
        file: "queries/user/createUser.graphql",
        text: "# `houston user create` (local auth): the password travels once, in this request only.\nmutation createUser($email: String!, $password: String!, $username: String, $inviteToken: String) {\n  createUser(email: $email, password: $password, username: $username, inviteToken: $inviteToken) {\n    user {\n      id\n      username\n      status\n      createdAt\n    }\n  }\n}\n",
        variables: &[
            ("email", "String!"),
            ("password", "String!"),
            ("username", "String"),
            ("inviteToken", "String"),
        ],
        root_fields: &["createUser"],
    },
    crate::manifest::OperationInfo {
        name: "currentUser",
        base: "currentUser",
        min_version: None,
        kind: "query",
        file: "queries/user/currentUser.graphql",
        text: "# `houston user me`: who the token belongs to.\nquery currentUser {\n  self {\n    user {\n      id\n      username\n      fullName\n      status\n      emails {\n        address\n        primary\n        verified\n      }\n      roleBindings {\n        role\n        workspace {\n          id\n          label\n        }\n        deployment {\n          id\n          label\n          releaseName\n        }\n      }\n    }\n    isAdmin\n  }\n}\n",
        variables: &[],
        root_fields: &["self"],
    },
    crate::manifest::OperationInfo {
        name: "deleteInviteToken",
        base: "deleteInviteToken",
        min_version: None,
        kind: "mutation",
        file: "queries/user/deleteInviteToken.graphql",
        text: "# `houston invite revoke`.\nmutation deleteInviteToken($inviteUuid: Uuid, $workspaceUuid: Uuid) {\n  deleteInviteToken(inviteUuid: $inviteUuid, workspaceUuid: $workspaceUuid) {\n    id\n    email\n  }\n}\n",
        variables: &[("inviteUuid", "Uuid"), ("workspaceUuid", "Uuid")],
        root_fields: &["deleteInviteToken"],
    },
    crate::manifest::OperationInfo {
        name: "deleteSystemRoleBinding",
        base: "deleteSystemRoleBinding",
        min_version: None,
        kind: "mutation",
        file: "queries/user/deleteSystemRoleBinding.graphql",
        text: "# `houston user system-role remove`.\nmutation deleteSystemRoleBinding($userId: ID!, $role: Role!) {\n  deleteSystemRoleBinding(userId: $userId, role: $role) {\n    id\n    role\n  }\n}\n",
        variables: &[("userId", "ID!"), ("role", "Role!")],
        root_fields: &["deleteSystemRoleBinding"],
    },
    crate::manifest::OperationInfo {
        name: "inviteUser",
        base: "inviteUser",
        min_version: None,
        kind: "mutation",
        file: "queries/user/inviteUser.graphql",
        text: "# `houston invite create`: invites someone to the platform (not to a workspace).\nmutation inviteUser($email: String!) {\n  inviteUser(email: $email) {\n    id\n    email\n    createdAt\n  }\n}\n",
        variables: &[("email", "String!")],
        root_fields: &["inviteUser"],
    },
    crate::manifest::OperationInfo {
        name: "invites",
        base: "invites",
        min_version: None,
        kind: "query",
        file: "queries/user/invites.graphql",
        text: "# `houston invite list`: pending platform invitations.\nquery invites($invite: InviteSearch) {\n  invites(invite: $invite) {\n    id\n    email\n    role\n    createdAt\n  }\n}\n",
        variables: &[("invite", "InviteSearch")],
        root_fields: &["invites"],
    },
    crate::manifest::OperationInfo {
        name: "removeUser",
        base: "removeUser",
        min_version: None,
        kind: "mutation",
        file: "queries/user/removeUser.graphql",
        text: "# `houston user delete` (system admins).\nmutation removeUser($userUuid: Uuid!) {\n  removeUser(userUuid: $userUuid) {\n    id\n    username\n  }\n}\n",
        variables: &[("userUuid", "Uuid!")],
        root_fields: &["removeUser"],
    },
    crate::manifest::OperationInfo {
        name: "users",
        base: "users",
        min_version: None,
        kind: "query",
        file: "queries/user/users.graphql",
        text: "# `houston user list` (system permission `system.users.get`).\nquery users($user: UserSearch) {\n  users(user: $user) {\n    id\n    username\n    fullName\n    status\n    emails {\n      address\n      primary\n      verified\n    }\n    roleBindings {\n      role\n      workspace {\n        id\n        label\n      }\n      deployment {\n        id\n        releaseName\n      }\n    }\n    createdAt\n  }\n}\n",
        variables: &[("user", "UserSearch")],
        root_fields: &["users"],
    },
    crate::manifest::OperationInfo {
        name: "verifyEmail",
        base: "verifyEmail",
        min_version: None,
        kind: "mutation",
        file: "queries/user/verifyEmail.graphql",
        text: "# `houston user verify-email EMAIL`: marks an address verified (system admins).\nmutation verifyEmail($email: String!) {\n  verifyEmail(email: $email)\n}\n",
        variables: &[("email", "String!")],
        root_fields: &["verifyEmail"],
    },
    crate::manifest::OperationInfo {
        name: "createWorkspace",
        base: "createWorkspace",
        min_version: None,
        kind: "mutation",
        file: "queries/workspace/createWorkspace.graphql",
        text: "# `houston workspace create`.\nmutation createWorkspace($label: String!, $description: String) {\n  createWorkspace(label: $label, description: $description) {\n    id\n    label\n    description\n    createdAt\n    updatedAt\n  }\n}\n",
        variables: &[("label", "String!"), ("description", "String")],
        root_fields: &["createWorkspace"],
    },
    crate::manifest::OperationInfo {
        name: "deleteWorkspace",
        base: "deleteWorkspace",
        min_version: None,
        kind: "mutation",
        file: "queries/workspace/deleteWorkspace.graphql",
        text: "# `houston workspace delete`.\nmutation deleteWorkspace($workspaceUuid: Uuid!) {\n  deleteWorkspace(workspaceUuid: $workspaceUuid) {\n    id\n    label\n    description\n  }\n}\n",
        variables: &[("workspaceUuid", "Uuid!")],
        root_fields: &["deleteWorkspace"],
    },
    crate::manifest::OperationInfo {
        name: "sysWorkspaces_0_36_0",
        base: "sysWorkspaces",
        min_version: Some("0.36.0"),
        kind: "query",
        file: "queries/workspace/sysWorkspaces@0.36.0.graphql",
        text: "# `houston workspace list --all`: every workspace on the platform (system admins).\nquery sysWorkspaces_0_36_0 {\n  sysWorkspaces {\n    id\n    label\n    description\n    createdAt\n    updatedAt\n  }\n}\n",
        variables: &[],
        root_fields: &["sysWorkspaces"],
    },
    crate::manifest::OperationInfo {
        name: "updateWorkspace",
        base: "updateWorkspace",
        min_version: None,
        kind: "mutation",
        file: "queries/workspace/updateWorkspace.graphql",
        text: "# `houston workspace update`: `payload` holds the fields to change (`label`, `description`).\nmutation updateWorkspace($workspaceUuid: Uuid!, $payload: JSON!) {\n  updateWorkspace(workspaceUuid: $workspaceUuid, payload: $payload) {\n    id\n    label\n    description\n    createdAt\n    updatedAt\n  }\n}\n",
        variables: &[("workspaceUuid", "Uuid!"), ("payload", "JSON!")],
        root_fields: &["updateWorkspace"],
    },
    crate::manifest::OperationInfo {
        name: "workspace",
        base: "workspace",
        min_version: None,
        kind: "query",
        file: "queries/workspace/workspace.graphql",
        text: "# `houston workspace get`.\nquery workspace($workspaceUuid: Uuid!) {\n  workspace(workspaceUuid: $workspaceUuid) {\n    id\n    label\n    description\n    createdAt\n    updatedAt\n    roleBindings {\n      role\n      user {\n        id\n        username\n      }\n      serviceAccount {\n        id\n        label\n      }\n    }\n  }\n}\n",
        variables: &[("workspaceUuid", "Uuid!")],
        root_fields: &["workspace"],
    },
    crate::manifest::OperationInfo {
        name: "workspaceAddTeam_0_28_0",
        base: "workspaceAddTeam",
        min_version: Some("0.28.0"),
        kind: "mutation",
        file: "queries/workspace/workspaceAddTeam@0.28.0.graphql",
        text: "# `houston workspace team add`.\nmutation workspaceAddTeam_0_28_0($workspaceUuid: Uuid!, $teamUuid: Uuid!, $role: Role!) {\n  workspaceAddTeam(workspaceUuid: $workspaceUuid, teamUuid: $teamUuid, role: $role) {\n    id\n    label\n  }\n}\n",
        variables: &[
            ("workspaceUuid", "Uuid!"),
            ("teamUuid", "Uuid!"),
            ("role", "Role!"),
        ],
        root_fields: &["workspaceAddTeam"],
    },
    crate::manifest::OperationInfo {
        name: "workspaceAddUser",
        base: "workspaceAddUser",
        min_version: None,
        kind: "mutation",
        file: "queries/workspace/workspaceAddUser.graphql",
        text: "# `houston workspace user add`: an unknown e-mail gets an invite unless bypassInvite.\nmutation workspaceAddUser(\n  $workspaceUuid: Uuid!\n  $email: String!\n  $role: Role!\n  $bypassInvite: Boolean\n) {\n  workspaceAddUser(\n    workspaceUuid: $workspaceUuid\n    email: $email\n    role: $role\n    bypassInvite: $bypassInvite\n  ) {\n    id\n    label\n    users {\n      id\n      username\n      emails {\n        address\n      }\n      roleBindings {\n        role\n        workspace {\n          id\n        }\n      }\n    }\n  }\n}\n",
        variables: &[
            ("workspaceUuid", "Uuid!"),
            ("email", "String!"),
            ("role", "Role!"),
            ("bypassInvite", "Boolean"),
        ],
        root_fields: &["workspaceAddUser"],
    },
    crate::manifest::OperationInfo {
        name: "workspaceAddUserQuietly",
        base: "workspaceAddUserQuietly",
        min_version: None,
        kind: "mutation",
        file: "queries/workspace/workspaceAddUserQuietly.graphql",
        text: "# `houston workspace user add --from-file`: the same mutation with a minimal answer. The full form\n# lists every member in every answer, which makes a thousand adds quadratic.\nmutation workspaceAddUserQuietly(\n  $workspaceUuid: Uuid!\n  $email: String!\n  $role: Role!\n  $bypassInvite: Boolean\n) {\n  workspaceAddUser(\n    workspaceUuid: $workspaceUuid\n    email: $email\n    role: $role\n    bypassInvite: $bypassInvite\n  ) {\n    id\n  }\n}\n",
        variables: &[
            ("workspaceUuid", "Uuid!"),
            ("email", "String!"),
            ("role", "Role!"),
            ("bypassInvite", "Boolean"),
        ],
        root_fields: &["workspaceAddUser"],
    },
    crate::manifest::OperationInfo {
        name: "workspaceInvites",
        base: "workspaceInvites",
        min_version: None,
        kind: "query",
        file: "queries/workspace/workspaceInvites.graphql",
        text: "# `houston invite list --workspace`.\nquery workspaceInvites($workspaceUuid: Uuid!) {\n  workspaceInvites(workspaceUuid: $workspaceUuid) {\n    id\n    email\n    role\n    createdAt\n  }\n}\n",
        variables: &[("workspaceUuid", "Uuid!")],
        root_fields: &["workspaceInvites"],
    },
    crate::manifest::OperationInfo {
        name: "workspaceLabel",
        base: "workspaceLabel",
        min_version: None,
        kind: "query",
        file: "queries/workspace/workspaceLabel.graphql",
        text: "# `houston workspace get` and every `--workspace ID`: one workspace by id, without its members.\nquery workspaceLabel($workspaceUuid: Uuid!) {\n  workspace(workspaceUuid: $workspaceUuid) {\n    id\n    label\n  }\n}\n",
        variables: &[("workspaceUuid", "Uuid!")],
        root_fields: &["workspace"],
    },
    crate::manifest::OperationInfo {
        name: "workspaceRemoveTeam_0_28_0",
        base: "workspaceRemoveTeam",
        min_version: Some("0.28.0"),
        kind: "mutation",
        file: "queries/workspace/workspaceRemoveTeam@0.28.0.graphql",
        text: "# `houston workspace team remove`.\nmutation workspaceRemoveTeam_0_28_0($workspaceUuid: Uuid!, $teamUuid: Uuid!) {\n  workspaceRemoveTeam(workspaceUuid: $workspaceUuid, teamUuid: $teamUuid) {\n    id\n    label\n  }\n}\n",
        variables: &[("workspaceUuid", "Uuid!"), ("teamUuid", "Uuid!")],
        root_fields: &["workspaceRemoveTeam"],
    },
    crate::manifest::OperationInfo {
        name: "workspaceRemoveUser",
        base: "workspaceRemoveUser",
        min_version: None,
        kind: "mutation",
        file: "queries/workspace/workspaceRemoveUser.graphql",
        text: "# `houston workspace user remove`.\nmutation workspaceRemoveUser($workspaceUuid: Uuid!, $userUuid: Uuid!) {\n  workspaceRemoveUser(workspaceUuid: $workspaceUuid, userUuid: $userUuid) {\n    id\n    label\n    users {\n      id\n      username\n    }\n  }\n}\n",
        variables: &[("workspaceUuid", "Uuid!"), ("userUuid", "Uuid!")],
        root_fields: &["workspaceRemoveUser"],
    },
    crate::manifest::OperationInfo {
        name: "workspaceTeams_0_28_0",
        base: "workspaceTeams",
        min_version: Some("0.28.0"),
        kind: "query",
        file: "queries/workspace/workspaceTeams@0.28.0.graphql",
        text: "# `houston workspace team list`; roleBindings are all of each team's bindings.\nquery workspaceTeams_0_28_0($workspaceUuid: Uuid!) {\n  workspaceTeams(workspaceUuid: $workspaceUuid) {\n    id\n    name\n    roleBindings {\n      role\n      workspace {\n        id\n      }\n    }\n  }\n}\n",
        variables: &[("workspaceUuid", "Uuid!")],
        root_fields: &["workspaceTeams"],
    },
    crate::manifest::OperationInfo {
        name: "workspaceUpdateTeamRole_0_28_0",
        base: "workspaceUpdateTeamRole",
        min_version: Some("0.28.0"),
        kind: "mutation",
        file: "queries/workspace/workspaceUpdateTeamRole@0.28.0.graphql",
        text: "# `houston workspace team update`: returns the new role.\nmutation workspaceUpdateTeamRole_0_28_0($workspaceUuid: Uuid!, $teamUuid: Uuid!, $role: Role!) {\n  workspaceUpdateTeamRole(workspaceUuid: $workspaceUuid, teamUuid: $teamUuid, role: $role)\n}\n",
        variables: &[
            ("workspaceUuid", "Uuid!"),
            ("teamUuid", "Uuid!"),
            ("role", "Role!"),
        ],
        root_fields: &["workspaceUpdateTeamRole"],
    },
    crate::manifest::OperationInfo {
        name: "workspaceUpsertUserRole",
        base: "workspaceUpsertUserRole",
        min_version: None,
        kind: "mutation",
        file: "queries/workspace/workspaceUpsertUserRole.graphql",
        text: "# `houston workspace user update`: returns the new role (a scalar, no selection).\nmutation workspaceUpsertUserRole($workspaceUuid: Uuid!, $email: String!, $role: Role!) {\n  workspaceUpsertUserRole(workspaceUuid: $workspaceUuid, email: $email, role: $role)\n}\n",
        variables: &[
            ("workspaceUuid", "Uuid!"),
            ("email", "String!"),
            ("role", "Role!"),
        ],
        root_fields: &["workspaceUpsertUserRole"],
    },
    crate::manifest::OperationInfo {
        name: "workspaceUsers",
        base: "workspaceUsers",
        min_version: None,
        kind: "query",
        file: "queries/workspace/workspaceUsers.graphql",
        text: "# `houston workspace user list`; roleBindings are all of each user's bindings, filter by workspace.\nquery workspaceUsers($workspaceUuid: Uuid!) {\n  workspaceUsers(workspaceUuid: $workspaceUuid) {\n    id\n    username\n    fullName\n    status\n    emails {\n      address\n      primary\n    }\n    roleBindings {\n      role\n      workspace {\n        id\n      }\n    }\n  }\n}\n",
        variables: &[("workspaceUuid", "Uuid!")],
        root_fields: &["workspaceUsers"],
    },
    crate::manifest::OperationInfo {
        name: "workspaces",
        base: "workspaces",
        min_version: None,
        kind: "query",
        file: "queries/workspace/workspaces.graphql",
        text: "# `houston workspace list` (and resolving a workspace label to its id).\nquery workspaces {\n  workspaces {\n    id\n    label\n    description\n    createdAt\n    updatedAt\n  }\n}\n",
        variables: &[],
        root_fields: &["workspaces"],
    },
    crate::manifest::OperationInfo {
        name: "workspacesLabelled_0_36_0",
        base: "workspacesLabelled",
        min_version: Some("0.36.0"),
        kind: "query",
        file: "queries/workspace/workspacesLabelled@0.36.0.graphql",
        text: "# `houston deployment list --workspace LABEL` (every `--workspace LABEL`): only the workspaces with that label.\nquery workspacesLabelled_0_36_0($label: String) {\n  workspaces(label: $label) {\n    id\n    label\n  }\n}\n",
        variables: &[("label", "String")],
        root_fields: &["workspaces"],
    },
];
/// `houston deployment adopt`: registers an existing operator-managed Airflow without touching it.
///
/// The mutation `adoptDeployment_2_1_0` (queries/deployment/adoptDeployment@2.1.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct AdoptDeployment;
/// The types of `adoptDeployment_2_1_0` (queries/deployment/adoptDeployment@2.1.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod adopt_deployment {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "adoptDeployment_2_1_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment adopt`: registers an existing operator-managed Airflow without touching it.\nmutation adoptDeployment_2_1_0(\n  $workspaceUuid: Uuid!\n  $clusterId: Uuid!\n  $crNamespace: String!\n  $crName: String!\n  $label: String\n  $description: String\n  $useApcLogging: Boolean\n  $useApcRegistry: Boolean\n  $acceptIncompatibilities: Boolean\n) {\n  adoptDeployment(\n    workspaceUuid: $workspaceUuid\n    clusterId: $clusterId\n    crNamespace: $crNamespace\n    crName: $crName\n    label: $label\n    description: $description\n    useApcLogging: $useApcLogging\n    useApcRegistry: $useApcRegistry\n    acceptIncompatibilities: $acceptIncompatibilities\n  ) {\n    id\n    label\n    releaseName\n    namespace\n    clusterId\n    workspace {\n      id\n    }\n    createdAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Uuid = super::Uuid;
    /// The variables of `adoptDeployment_2_1_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
        /// `$clusterId`.
        #[serde(rename = "clusterId")]
        pub cluster_id: Uuid,
        /// `$crNamespace`.
        #[serde(rename = "crNamespace")]
        pub cr_namespace: String,
        /// `$crName`.
        #[serde(rename = "crName")]
        pub cr_name: String,
        /// `$label`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub label: Option<String>,
        /// `$description`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
        /// `$useApcLogging`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "useApcLogging")]
        pub use_apc_logging: Option<Boolean>,
        /// `$useApcRegistry`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "useApcRegistry")]
        pub use_apc_registry: Option<Boolean>,
        /// `$acceptIncompatibilities`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "acceptIncompatibilities")]
        pub accept_incompatibilities: Option<Boolean>,
    }
    impl Variables {}
    /// What `adoptDeployment_2_1_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `adoptDeployment` as selected.
        #[serde(rename = "adoptDeployment")]
        pub adopt_deployment: Option<AdoptDeploymentAdoptDeployment>,
    }
    /// A selection in the response of `adoptDeployment_2_1_0` (`AdoptDeploymentAdoptDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct AdoptDeploymentAdoptDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `namespace` as selected.
        pub namespace: Option<String>,
        /// `clusterId` as selected.
        #[serde(rename = "clusterId")]
        pub cluster_id: Option<Uuid>,
        /// `workspace` as selected.
        pub workspace: Option<AdoptDeploymentAdoptDeploymentWorkspace>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
    }
    /// A selection in the response of `adoptDeployment_2_1_0` (`AdoptDeploymentAdoptDeploymentWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct AdoptDeploymentAdoptDeploymentWorkspace {
        /// `id` as selected.
        pub id: String,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `adoptDeployment_2_1_0` on `client` with its variables in the order the operation declares them: `Client::execute::<AdoptDeployment>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
        cluster_id: Uuid,
        cr_namespace: String,
        cr_name: String,
        label: Option<String>,
        description: Option<String>,
        use_apc_logging: Option<Boolean>,
        use_apc_registry: Option<Boolean>,
        accept_incompatibilities: Option<Boolean>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::AdoptDeployment,
            >(Variables {
                workspace_uuid,
                cluster_id,
                cr_namespace,
                cr_name,
                label,
                description,
                use_apc_logging,
                use_apc_registry,
                accept_incompatibilities,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for AdoptDeployment {
    type Variables = adopt_deployment::Variables;
    type ResponseData = adopt_deployment::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: adopt_deployment::QUERY,
            operation_name: adopt_deployment::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for AdoptDeployment {
    const NAME: &'static str = "adoptDeployment_2_1_0";
    const BASE: &'static str = "adoptDeployment";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(2u64, 1u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/adoptDeployment@2.1.0.graphql";
}
/// `houston deployment runtime cancel`.
///
/// The mutation `cancelRuntimeUpdate_0_29_0` (queries/deployment/cancelRuntimeUpdate@0.29.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct CancelRuntimeUpdate;
/// The types of `cancelRuntimeUpdate_0_29_0` (queries/deployment/cancelRuntimeUpdate@0.29.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod cancel_runtime_update {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "cancelRuntimeUpdate_0_29_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment runtime cancel`.\nmutation cancelRuntimeUpdate_0_29_0($deploymentUuid: Uuid!) {\n  cancelRuntimeUpdate(deploymentUuid: $deploymentUuid) {\n    id\n    label\n    releaseName\n    runtimeVersion\n    desiredRuntimeVersion\n    runtimeAirflowVersion\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `cancelRuntimeUpdate_0_29_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
    }
    impl Variables {}
    /// What `cancelRuntimeUpdate_0_29_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `cancelRuntimeUpdate` as selected.
        #[serde(rename = "cancelRuntimeUpdate")]
        pub cancel_runtime_update: Option<CancelRuntimeUpdateCancelRuntimeUpdate>,
    }
    /// A selection in the response of `cancelRuntimeUpdate_0_29_0` (`CancelRuntimeUpdateCancelRuntimeUpdate`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CancelRuntimeUpdateCancelRuntimeUpdate {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `runtimeVersion` as selected.
        #[serde(rename = "runtimeVersion")]
        pub runtime_version: Option<String>,
        /// `desiredRuntimeVersion` as selected.
        #[serde(rename = "desiredRuntimeVersion")]
        pub desired_runtime_version: Option<String>,
        /// `runtimeAirflowVersion` as selected.
        #[serde(rename = "runtimeAirflowVersion")]
        pub runtime_airflow_version: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `cancelRuntimeUpdate_0_29_0` on `client` with its variables in the order the operation declares them: `Client::execute::<CancelRuntimeUpdate>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::CancelRuntimeUpdate>(Variables { deployment_uuid }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for CancelRuntimeUpdate {
    type Variables = cancel_runtime_update::Variables;
    type ResponseData = cancel_runtime_update::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: cancel_runtime_update::QUERY,
            operation_name: cancel_runtime_update::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for CancelRuntimeUpdate {
    const NAME: &'static str = "cancelRuntimeUpdate_0_29_0";
    const BASE: &'static str = "cancelRuntimeUpdate";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 29u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/cancelRuntimeUpdate@0.29.0.graphql";
}
/// `houston deployment create` before 0.29 (Astronomer Certified images; no runtime yet).
///
/// The mutation `createDeployment` (queries/deployment/createDeployment.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct CreateDeployment;
/// The types of `createDeployment` (queries/deployment/createDeployment.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod create_deployment {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "createDeployment";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment create` before 0.29 (Astronomer Certified images; no runtime yet).\nmutation createDeployment(\n  $workspaceUuid: Uuid!\n  $label: String!\n  $type: String! = \"airflow\"\n  $releaseName: String\n  $description: String\n  $executor: ExecutorType\n  $workers: Workers\n  $webserver: Webserver\n  $scheduler: Scheduler\n  $properties: JSON\n  $airflowVersion: String\n  $namespace: String\n  $cloudRole: String\n  $dagDeployment: DagDeployment\n) {\n  createDeployment(\n    workspaceUuid: $workspaceUuid\n    type: $type\n    label: $label\n    releaseName: $releaseName\n    description: $description\n    executor: $executor\n    workers: $workers\n    webserver: $webserver\n    scheduler: $scheduler\n    properties: $properties\n    airflowVersion: $airflowVersion\n    namespace: $namespace\n    cloudRole: $cloudRole\n    dagDeployment: $dagDeployment\n  ) {\n    id\n    label\n    releaseName\n    executor\n    version\n    urls {\n      type\n      url\n    }\n    createdAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Json = super::Json;
    type Uuid = super::Uuid;
    /// A selection in the response of `createDeployment` (`DagDeployment`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DagDeployment {
        /// `type` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "type")]
        pub type_: Option<String>,
        /// `nfsLocation` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "nfsLocation")]
        pub nfs_location: Option<String>,
        /// `repositoryUrl` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "repositoryUrl")]
        pub repository_url: Option<String>,
        /// `branchName` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "branchName")]
        pub branch_name: Option<String>,
        /// `rev` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub rev: Option<String>,
        /// `dagDirectoryLocation` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "dagDirectoryLocation")]
        pub dag_directory_location: Option<String>,
        /// `syncInterval` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "syncInterval")]
        pub sync_interval: Option<Int>,
        /// `syncTimeout` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "syncTimeout")]
        pub sync_timeout: Option<Int>,
        /// `ephemeralStorage` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "ephemeralStorage")]
        pub ephemeral_storage: Option<Int>,
        /// `sshKey` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "sshKey")]
        pub ssh_key: Option<String>,
        /// `knownHosts` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "knownHosts")]
        pub known_hosts: Option<String>,
    }
    /// A selection in the response of `createDeployment` (`Limits`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Limits {
        /// `cpu` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub cpu: Option<Int>,
        /// `memory` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub memory: Option<Int>,
    }
    /// A selection in the response of `createDeployment` (`Requests`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Requests {
        /// `cpu` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub cpu: Option<Int>,
        /// `memory` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub memory: Option<Int>,
    }
    /// A selection in the response of `createDeployment` (`Resources`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Resources {
        /// `requests` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub requests: Option<Requests>,
        /// `limits` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub limits: Option<Limits>,
    }
    /// A selection in the response of `createDeployment` (`Scheduler`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Scheduler {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
    }
    /// A selection in the response of `createDeployment` (`Webserver`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Webserver {
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
        /// `useDefaultAirflowImage` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "useDefaultAirflowImage")]
        pub use_default_airflow_image: Option<Boolean>,
    }
    /// A selection in the response of `createDeployment` (`Workers`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Workers {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
        /// `terminationGracePeriodSeconds` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "terminationGracePeriodSeconds")]
        pub termination_grace_period_seconds: Option<Int>,
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
    }
    /// The variables of `createDeployment`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
        /// `$label`.
        pub label: String,
        /// `$type`: `None` leaves it out, and the operation's default `"airflow"` applies.
        #[serde(rename = "type")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub type_: Option<String>,
        /// `$releaseName`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `$description`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
        /// `$executor`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub executor: Option<ExecutorType>,
        /// `$workers`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub workers: Option<Workers>,
        /// `$webserver`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub webserver: Option<Webserver>,
        /// `$scheduler`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub scheduler: Option<Scheduler>,
        /// `$properties`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub properties: Option<Json>,
        /// `$airflowVersion`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "airflowVersion")]
        pub airflow_version: Option<String>,
        /// `$namespace`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub namespace: Option<String>,
        /// `$cloudRole`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "cloudRole")]
        pub cloud_role: Option<String>,
        /// `$dagDeployment`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "dagDeployment")]
        pub dag_deployment: Option<DagDeployment>,
    }
    /// What `createDeployment` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `createDeployment` as selected.
        #[serde(rename = "createDeployment")]
        pub create_deployment: Option<CreateDeploymentCreateDeployment>,
    }
    /// A selection in the response of `createDeployment` (`CreateDeploymentCreateDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CreateDeploymentCreateDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `executor` as selected.
        pub executor: Option<ExecutorType>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `urls` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub urls: Option<Vec<Option<CreateDeploymentCreateDeploymentUrls>>>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
    }
    /// A selection in the response of `createDeployment` (`CreateDeploymentCreateDeploymentUrls`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CreateDeploymentCreateDeploymentUrls {
        /// `type` as selected.
        #[serde(rename = "type")]
        pub type_: Option<String>,
        /// `url` as selected.
        pub url: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `createDeployment` on `client` with its variables in the order the operation declares them: `Client::execute::<CreateDeployment>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
        label: String,
        type_: Option<String>,
        release_name: Option<String>,
        description: Option<String>,
        executor: Option<ExecutorType>,
        workers: Option<Workers>,
        webserver: Option<Webserver>,
        scheduler: Option<Scheduler>,
        properties: Option<Json>,
        airflow_version: Option<String>,
        namespace: Option<String>,
        cloud_role: Option<String>,
        dag_deployment: Option<DagDeployment>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::CreateDeployment,
            >(Variables {
                workspace_uuid,
                label,
                type_,
                release_name,
                description,
                executor,
                workers,
                webserver,
                scheduler,
                properties,
                airflow_version,
                namespace,
                cloud_role,
                dag_deployment,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for CreateDeployment {
    type Variables = create_deployment::Variables;
    type ResponseData = create_deployment::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: create_deployment::QUERY,
            operation_name: create_deployment::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for CreateDeployment {
    const NAME: &'static str = "createDeployment";
    const BASE: &'static str = "createDeployment";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/deployment/createDeployment.graphql";
}
/// `houston deployment create` from 0.29 to 1.0 (exclusive): Astro Runtime and the triggerer.
///
/// The mutation `createDeployment_0_29_0` (queries/deployment/createDeployment@0.29.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct CreateDeployment0290;
/// The types of `createDeployment_0_29_0` (queries/deployment/createDeployment@0.29.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod create_deployment_0_29_0 {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "createDeployment_0_29_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment create` from 0.29 to 1.0 (exclusive): Astro Runtime and the triggerer.\nmutation createDeployment_0_29_0(\n  $workspaceUuid: Uuid!\n  $label: String!\n  $type: String! = \"airflow\"\n  $releaseName: String\n  $description: String\n  $executor: ExecutorType\n  $workers: Workers\n  $webserver: Webserver\n  $scheduler: Scheduler\n  $properties: JSON\n  $runtimeVersion: String\n  $namespace: String\n  $cloudRole: String\n  $dagDeployment: DagDeployment\n  $triggerer: Triggerer\n) {\n  createDeployment(\n    workspaceUuid: $workspaceUuid\n    type: $type\n    label: $label\n    releaseName: $releaseName\n    description: $description\n    executor: $executor\n    workers: $workers\n    webserver: $webserver\n    scheduler: $scheduler\n    properties: $properties\n    runtimeVersion: $runtimeVersion\n    namespace: $namespace\n    cloudRole: $cloudRole\n    dagDeployment: $dagDeployment\n    triggerer: $triggerer\n  ) {\n    id\n    label\n    releaseName\n    executor\n    version\n    runtimeVersion\n    urls {\n      type\n      url\n    }\n    createdAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Json = super::Json;
    type Uuid = super::Uuid;
    /// A selection in the response of `createDeployment_0_29_0` (`DagDeployment`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DagDeployment {
        /// `type` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "type")]
        pub type_: Option<String>,
        /// `nfsLocation` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "nfsLocation")]
        pub nfs_location: Option<String>,
        /// `repositoryUrl` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "repositoryUrl")]
        pub repository_url: Option<String>,
        /// `branchName` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "branchName")]
        pub branch_name: Option<String>,
        /// `rev` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub rev: Option<String>,
        /// `dagDirectoryLocation` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "dagDirectoryLocation")]
        pub dag_directory_location: Option<String>,
        /// `syncInterval` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "syncInterval")]
        pub sync_interval: Option<Int>,
        /// `syncTimeout` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "syncTimeout")]
        pub sync_timeout: Option<Int>,
        /// `ephemeralStorage` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "ephemeralStorage")]
        pub ephemeral_storage: Option<Int>,
        /// `sshKey` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "sshKey")]
        pub ssh_key: Option<String>,
        /// `knownHosts` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "knownHosts")]
        pub known_hosts: Option<String>,
    }
    /// A selection in the response of `createDeployment_0_29_0` (`Limits`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Limits {
        /// `cpu` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub cpu: Option<Int>,
        /// `memory` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub memory: Option<Int>,
    }
    /// A selection in the response of `createDeployment_0_29_0` (`Requests`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Requests {
        /// `cpu` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub cpu: Option<Int>,
        /// `memory` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub memory: Option<Int>,
    }
    /// A selection in the response of `createDeployment_0_29_0` (`Resources`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Resources {
        /// `requests` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub requests: Option<Requests>,
        /// `limits` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub limits: Option<Limits>,
    }
    /// A selection in the response of `createDeployment_0_29_0` (`Scheduler`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Scheduler {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
    }
    /// A selection in the response of `createDeployment_0_29_0` (`Triggerer`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Triggerer {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
    }
    /// A selection in the response of `createDeployment_0_29_0` (`Webserver`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Webserver {
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
        /// `useDefaultAirflowImage` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "useDefaultAirflowImage")]
        pub use_default_airflow_image: Option<Boolean>,
    }
    /// A selection in the response of `createDeployment_0_29_0` (`Workers`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Workers {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
        /// `terminationGracePeriodSeconds` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "terminationGracePeriodSeconds")]
        pub termination_grace_period_seconds: Option<Int>,
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
    }
    /// The variables of `createDeployment_0_29_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
        /// `$label`.
        pub label: String,
        /// `$type`: `None` leaves it out, and the operation's default `"airflow"` applies.
        #[serde(rename = "type")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub type_: Option<String>,
        /// `$releaseName`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `$description`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
        /// `$executor`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub executor: Option<ExecutorType>,
        /// `$workers`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub workers: Option<Workers>,
        /// `$webserver`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub webserver: Option<Webserver>,
        /// `$scheduler`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub scheduler: Option<Scheduler>,
        /// `$properties`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub properties: Option<Json>,
        /// `$runtimeVersion`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "runtimeVersion")]
        pub runtime_version: Option<String>,
        /// `$namespace`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub namespace: Option<String>,
        /// `$cloudRole`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "cloudRole")]
        pub cloud_role: Option<String>,
        /// `$dagDeployment`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "dagDeployment")]
        pub dag_deployment: Option<DagDeployment>,
        /// `$triggerer`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub triggerer: Option<Triggerer>,
    }
    /// What `createDeployment_0_29_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `createDeployment` as selected.
        #[serde(rename = "createDeployment")]
        pub create_deployment: Option<CreateDeployment0290CreateDeployment>,
    }
    /// A selection in the response of `createDeployment_0_29_0` (`CreateDeployment0290CreateDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CreateDeployment0290CreateDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `executor` as selected.
        pub executor: Option<ExecutorType>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `runtimeVersion` as selected.
        #[serde(rename = "runtimeVersion")]
        pub runtime_version: Option<String>,
        /// `urls` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub urls: Option<Vec<Option<CreateDeployment0290CreateDeploymentUrls>>>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
    }
    /// A selection in the response of `createDeployment_0_29_0` (`CreateDeployment0290CreateDeploymentUrls`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CreateDeployment0290CreateDeploymentUrls {
        /// `type` as selected.
        #[serde(rename = "type")]
        pub type_: Option<String>,
        /// `url` as selected.
        pub url: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `createDeployment_0_29_0` on `client` with its variables in the order the operation declares them: `Client::execute::<CreateDeployment0290>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
        label: String,
        type_: Option<String>,
        release_name: Option<String>,
        description: Option<String>,
        executor: Option<ExecutorType>,
        workers: Option<Workers>,
        webserver: Option<Webserver>,
        scheduler: Option<Scheduler>,
        properties: Option<Json>,
        runtime_version: Option<String>,
        namespace: Option<String>,
        cloud_role: Option<String>,
        dag_deployment: Option<DagDeployment>,
        triggerer: Option<Triggerer>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::CreateDeployment0290,
            >(Variables {
                workspace_uuid,
                label,
                type_,
                release_name,
                description,
                executor,
                workers,
                webserver,
                scheduler,
                properties,
                runtime_version,
                namespace,
                cloud_role,
                dag_deployment,
                triggerer,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for CreateDeployment0290 {
    type Variables = create_deployment_0_29_0::Variables;
    type ResponseData = create_deployment_0_29_0::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: create_deployment_0_29_0::QUERY,
            operation_name: create_deployment_0_29_0::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for CreateDeployment0290 {
    const NAME: &'static str = "createDeployment_0_29_0";
    const BASE: &'static str = "createDeployment";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 29u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/createDeployment@0.29.0.graphql";
}
/// `houston deployment delete`.
///
/// The mutation `deleteDeployment` (queries/deployment/deleteDeployment.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeleteDeployment;
/// The types of `deleteDeployment` (queries/deployment/deleteDeployment.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod delete_deployment {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deleteDeployment";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment delete`.\nmutation deleteDeployment($deploymentUuid: Uuid!, $deploymentHardDelete: Boolean) {\n  deleteDeployment(deploymentUuid: $deploymentUuid, deploymentHardDelete: $deploymentHardDelete) {\n    id\n    label\n    releaseName\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `deleteDeployment`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
        /// `$deploymentHardDelete`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "deploymentHardDelete")]
        pub deployment_hard_delete: Option<Boolean>,
    }
    impl Variables {}
    /// What `deleteDeployment` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deleteDeployment` as selected.
        #[serde(rename = "deleteDeployment")]
        pub delete_deployment: Option<DeleteDeploymentDeleteDeployment>,
    }
    /// A selection in the response of `deleteDeployment` (`DeleteDeploymentDeleteDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeleteDeploymentDeleteDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deleteDeployment` on `client` with its variables in the order the operation declares them: `Client::execute::<DeleteDeployment>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
        deployment_hard_delete: Option<Boolean>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeleteDeployment,
            >(Variables {
                deployment_uuid,
                deployment_hard_delete,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeleteDeployment {
    type Variables = delete_deployment::Variables;
    type ResponseData = delete_deployment::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: delete_deployment::QUERY,
            operation_name: delete_deployment::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeleteDeployment {
    const NAME: &'static str = "deleteDeployment";
    const BASE: &'static str = "deleteDeployment";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/deployment/deleteDeployment.graphql";
}
/// `houston deployment get` by id or release name (every platform version).
///
/// The query `deployment` (queries/deployment/deployment.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct Deployment;
/// The types of `deployment` (queries/deployment/deployment.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deployment";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment get` by id or release name (every platform version).\nquery deployment($where: DeploymentWhereUniqueInput!) {\n  deployment(where: $where) {\n    id\n    label\n    description\n    releaseName\n    status\n    version\n    executor\n    workspace {\n      id\n      label\n    }\n    urls {\n      type\n      url\n    }\n    createdAt\n    updatedAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    /// A selection in the response of `deployment` (`DeploymentWhereUniqueInput`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentWhereUniqueInput {
        /// `id` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `releaseName` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
    }
    /// The variables of `deployment`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$where`.
        #[serde(rename = "where")]
        pub where_: DeploymentWhereUniqueInput,
    }
    impl Variables {}
    /// What `deployment` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deployment` as selected.
        pub deployment: Option<DeploymentDeployment>,
    }
    /// A selection in the response of `deployment` (`DeploymentDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `executor` as selected.
        pub executor: Option<ExecutorType>,
        /// `workspace` as selected.
        pub workspace: Option<DeploymentDeploymentWorkspace>,
        /// `urls` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub urls: Option<Vec<Option<DeploymentDeploymentUrls>>>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        #[serde(rename = "updatedAt")]
        pub updated_at: DateTime,
    }
    /// A selection in the response of `deployment` (`DeploymentDeploymentWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentDeploymentWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    /// A selection in the response of `deployment` (`DeploymentDeploymentUrls`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentDeploymentUrls {
        /// `type` as selected.
        #[serde(rename = "type")]
        pub type_: Option<String>,
        /// `url` as selected.
        pub url: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deployment` on `client` with its variables in the order the operation declares them: `Client::execute::<Deployment>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        where_: DeploymentWhereUniqueInput,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::Deployment>(Variables { where_ }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for Deployment {
    type Variables = deployment::Variables;
    type ResponseData = deployment::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment::QUERY,
            operation_name: deployment::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for Deployment {
    const NAME: &'static str = "deployment";
    const BASE: &'static str = "deployment";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/deployment/deployment.graphql";
}
/// `houston deployment get` from 0.29 on: Astro Runtime versions.
///
/// The query `deployment_0_29_0` (queries/deployment/deployment@0.29.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct Deployment0290;
/// The types of `deployment_0_29_0` (queries/deployment/deployment@0.29.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment_0_29_0 {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deployment_0_29_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment get` from 0.29 on: Astro Runtime versions.\nquery deployment_0_29_0($where: DeploymentWhereUniqueInput!) {\n  deployment(where: $where) {\n    id\n    label\n    description\n    releaseName\n    status\n    version\n    executor\n    runtimeVersion\n    runtimeAirflowVersion\n    workspace {\n      id\n      label\n    }\n    urls {\n      type\n      url\n    }\n    createdAt\n    updatedAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    /// A selection in the response of `deployment_0_29_0` (`DeploymentWhereUniqueInput`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentWhereUniqueInput {
        /// `id` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `releaseName` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
    }
    /// The variables of `deployment_0_29_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$where`.
        #[serde(rename = "where")]
        pub where_: DeploymentWhereUniqueInput,
    }
    impl Variables {}
    /// What `deployment_0_29_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deployment` as selected.
        pub deployment: Option<Deployment0290Deployment>,
    }
    /// A selection in the response of `deployment_0_29_0` (`Deployment0290Deployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Deployment0290Deployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `executor` as selected.
        pub executor: Option<ExecutorType>,
        /// `runtimeVersion` as selected.
        #[serde(rename = "runtimeVersion")]
        pub runtime_version: Option<String>,
        /// `runtimeAirflowVersion` as selected.
        #[serde(rename = "runtimeAirflowVersion")]
        pub runtime_airflow_version: Option<String>,
        /// `workspace` as selected.
        pub workspace: Option<Deployment0290DeploymentWorkspace>,
        /// `urls` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub urls: Option<Vec<Option<Deployment0290DeploymentUrls>>>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        #[serde(rename = "updatedAt")]
        pub updated_at: DateTime,
    }
    /// A selection in the response of `deployment_0_29_0` (`Deployment0290DeploymentWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Deployment0290DeploymentWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    /// A selection in the response of `deployment_0_29_0` (`Deployment0290DeploymentUrls`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Deployment0290DeploymentUrls {
        /// `type` as selected.
        #[serde(rename = "type")]
        pub type_: Option<String>,
        /// `url` as selected.
        pub url: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deployment_0_29_0` on `client` with its variables in the order the operation declares them: `Client::execute::<Deployment0290>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        where_: DeploymentWhereUniqueInput,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::Deployment0290>(Variables { where_ }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for Deployment0290 {
    type Variables = deployment_0_29_0::Variables;
    type ResponseData = deployment_0_29_0::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment_0_29_0::QUERY,
            operation_name: deployment_0_29_0::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for Deployment0290 {
    const NAME: &'static str = "deployment_0_29_0";
    const BASE: &'static str = "deployment";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 29u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/deployment@0.29.0.graphql";
}
/// `houston deployment team add`.
///
/// The mutation `deploymentAddTeamRole_0_28_0` (queries/deployment/deploymentAddTeamRole@0.28.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeploymentAddTeamRole;
/// The types of `deploymentAddTeamRole_0_28_0` (queries/deployment/deploymentAddTeamRole@0.28.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment_add_team_role {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deploymentAddTeamRole_0_28_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment team add`.\nmutation deploymentAddTeamRole_0_28_0($deploymentUuid: Uuid!, $teamUuid: Uuid!, $role: Role!) {\n  deploymentAddTeamRole(deploymentUuid: $deploymentUuid, teamUuid: $teamUuid, role: $role) {\n    id\n    role\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `deploymentAddTeamRole_0_28_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
        /// `$teamUuid`.
        #[serde(rename = "teamUuid")]
        pub team_uuid: Uuid,
        /// `$role`.
        pub role: Role,
    }
    impl Variables {}
    /// What `deploymentAddTeamRole_0_28_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deploymentAddTeamRole` as selected.
        #[serde(rename = "deploymentAddTeamRole")]
        pub deployment_add_team_role: Option<DeploymentAddTeamRoleDeploymentAddTeamRole>,
    }
    /// A selection in the response of `deploymentAddTeamRole_0_28_0` (`DeploymentAddTeamRoleDeploymentAddTeamRole`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentAddTeamRoleDeploymentAddTeamRole {
        /// `id` as selected.
        pub id: String,
        /// `role` as selected.
        pub role: Option<Role>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deploymentAddTeamRole_0_28_0` on `client` with its variables in the order the operation declares them: `Client::execute::<DeploymentAddTeamRole>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
        team_uuid: Uuid,
        role: Role,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeploymentAddTeamRole,
            >(Variables {
                deployment_uuid,
                team_uuid,
                role,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeploymentAddTeamRole {
    type Variables = deployment_add_team_role::Variables;
    type ResponseData = deployment_add_team_role::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment_add_team_role::QUERY,
            operation_name: deployment_add_team_role::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeploymentAddTeamRole {
    const NAME: &'static str = "deploymentAddTeamRole_0_28_0";
    const BASE: &'static str = "deploymentAddTeamRole";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 28u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/deploymentAddTeamRole@0.28.0.graphql";
}
/// `houston deployment user add`.
///
/// The mutation `deploymentAddUserRole` (queries/deployment/deploymentAddUserRole.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeploymentAddUserRole;
/// The types of `deploymentAddUserRole` (queries/deployment/deploymentAddUserRole.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment_add_user_role {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deploymentAddUserRole";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment user add`.\nmutation deploymentAddUserRole($deploymentId: Id!, $email: String!, $role: Role!) {\n  deploymentAddUserRole(deploymentId: $deploymentId, email: $email, role: $role) {\n    id\n    role\n    user {\n      id\n      username\n    }\n    deployment {\n      id\n      releaseName\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Id = super::Id;
    /// The variables of `deploymentAddUserRole`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentId`.
        #[serde(rename = "deploymentId")]
        pub deployment_id: Id,
        /// `$email`.
        pub email: String,
        /// `$role`.
        pub role: Role,
    }
    impl Variables {}
    /// What `deploymentAddUserRole` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deploymentAddUserRole` as selected.
        #[serde(rename = "deploymentAddUserRole")]
        pub deployment_add_user_role: Option<DeploymentAddUserRoleDeploymentAddUserRole>,
    }
    /// A selection in the response of `deploymentAddUserRole` (`DeploymentAddUserRoleDeploymentAddUserRole`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentAddUserRoleDeploymentAddUserRole {
        /// `id` as selected.
        pub id: String,
        /// `role` as selected.
        pub role: Option<Role>,
        /// `user` as selected.
        pub user: Option<DeploymentAddUserRoleDeploymentAddUserRoleUser>,
        /// `deployment` as selected.
        pub deployment: Option<DeploymentAddUserRoleDeploymentAddUserRoleDeployment>,
    }
    /// A selection in the response of `deploymentAddUserRole` (`DeploymentAddUserRoleDeploymentAddUserRoleUser`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentAddUserRoleDeploymentAddUserRoleUser {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
    }
    /// A selection in the response of `deploymentAddUserRole` (`DeploymentAddUserRoleDeploymentAddUserRoleDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentAddUserRoleDeploymentAddUserRoleDeployment {
        /// `id` as selected.
        pub id: String,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
    }
    /// Runs `deploymentAddUserRole` on `client` with its variables in the order the operation declares them: `Client::execute::<DeploymentAddUserRole>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_id: Id,
        email: String,
        role: Role,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeploymentAddUserRole,
            >(Variables {
                deployment_id,
                email,
                role,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeploymentAddUserRole {
    type Variables = deployment_add_user_role::Variables;
    type ResponseData = deployment_add_user_role::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment_add_user_role::QUERY,
            operation_name: deployment_add_user_role::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeploymentAddUserRole {
    const NAME: &'static str = "deploymentAddUserRole";
    const BASE: &'static str = "deploymentAddUserRole";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/deployment/deploymentAddUserRole.graphql";
}
/// `houston deployment alerts DEPLOYMENT`: who gets the deployment's alert e-mails.
///
/// The mutation `deploymentAlertsUpdate` (queries/deployment/deploymentAlertsUpdate.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeploymentAlertsUpdate;
/// The types of `deploymentAlertsUpdate` (queries/deployment/deploymentAlertsUpdate.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment_alerts_update {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deploymentAlertsUpdate";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment alerts DEPLOYMENT`: who gets the deployment's alert e-mails.\nmutation deploymentAlertsUpdate($deploymentUuid: Uuid!, $alertEmails: [String]) {\n  deploymentAlertsUpdate(deploymentUuid: $deploymentUuid, alertEmails: $alertEmails) {\n    id\n    releaseName\n    alertEmails\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `deploymentAlertsUpdate`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
        /// `$alertEmails`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "alertEmails")]
        pub alert_emails: Option<Vec<Option<String>>>,
    }
    impl Variables {}
    /// What `deploymentAlertsUpdate` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deploymentAlertsUpdate` as selected.
        #[serde(rename = "deploymentAlertsUpdate")]
        pub deployment_alerts_update: Option<
            DeploymentAlertsUpdateDeploymentAlertsUpdate,
        >,
    }
    /// A selection in the response of `deploymentAlertsUpdate` (`DeploymentAlertsUpdateDeploymentAlertsUpdate`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentAlertsUpdateDeploymentAlertsUpdate {
        /// `id` as selected.
        pub id: String,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `alertEmails` as selected.
        #[serde(rename = "alertEmails")]
        pub alert_emails: Vec<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deploymentAlertsUpdate` on `client` with its variables in the order the operation declares them: `Client::execute::<DeploymentAlertsUpdate>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
        alert_emails: Option<Vec<Option<String>>>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeploymentAlertsUpdate,
            >(Variables {
                deployment_uuid,
                alert_emails,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeploymentAlertsUpdate {
    type Variables = deployment_alerts_update::Variables;
    type ResponseData = deployment_alerts_update::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment_alerts_update::QUERY,
            operation_name: deployment_alerts_update::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeploymentAlertsUpdate {
    const NAME: &'static str = "deploymentAlertsUpdate";
    const BASE: &'static str = "deploymentAlertsUpdate";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/deployment/deploymentAlertsUpdate.graphql";
}
/// `houston deployment logs --follow`: one event per log line (graphql-ws over /ws).
///
/// The subscription `deploymentLog` (queries/deployment/deploymentLog.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeploymentLog;
/// The types of `deploymentLog` (queries/deployment/deploymentLog.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment_log {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deploymentLog";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment logs --follow`: one event per log line (graphql-ws over /ws).\nsubscription deploymentLog(\n  $deploymentUuid: Uuid!\n  $component: String\n  $timestamp: DateTime\n  $search: String\n) {\n  log(deploymentUuid: $deploymentUuid, component: $component, timestamp: $timestamp, search: $search) {\n    id\n    createdAt: timestamp\n    component\n    level\n    log: message\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Uuid = super::Uuid;
    /// The variables of `deploymentLog`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
        /// `$component`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub component: Option<String>,
        /// `$timestamp`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub timestamp: Option<DateTime>,
        /// `$search`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub search: Option<String>,
    }
    impl Variables {}
    /// What `deploymentLog` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `log` as selected.
        pub log: Option<DeploymentLogLog>,
    }
    /// A selection in the response of `deploymentLog` (`DeploymentLogLog`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentLogLog {
        /// `id` as selected.
        pub id: Option<String>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: Option<String>,
        /// `component` as selected.
        pub component: Option<String>,
        /// `level` as selected.
        pub level: Option<String>,
        /// `log` as selected.
        pub log: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deploymentLog` on `client` with its variables in the order the operation declares them: `Client::execute::<DeploymentLog>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
        component: Option<String>,
        timestamp: Option<DateTime>,
        search: Option<String>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeploymentLog,
            >(Variables {
                deployment_uuid,
                component,
                timestamp,
                search,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeploymentLog {
    type Variables = deployment_log::Variables;
    type ResponseData = deployment_log::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment_log::QUERY,
            operation_name: deployment_log::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeploymentLog {
    const NAME: &'static str = "deploymentLog";
    const BASE: &'static str = "deploymentLog";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Subscription;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/deployment/deploymentLog.graphql";
}
/// `houston deployment logs` (without --follow).
///
/// The query `deploymentLogs` (queries/deployment/deploymentLogs.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeploymentLogs;
/// The types of `deploymentLogs` (queries/deployment/deploymentLogs.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment_logs {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deploymentLogs";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment logs` (without --follow).\nquery deploymentLogs(\n  $deploymentUuid: Uuid!\n  $component: String\n  $timestamp: DateTime\n  $search: String\n) {\n  logs(deploymentUuid: $deploymentUuid, component: $component, timestamp: $timestamp, search: $search) {\n    id\n    createdAt: timestamp\n    component\n    level\n    log: message\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Uuid = super::Uuid;
    /// The variables of `deploymentLogs`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
        /// `$component`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub component: Option<String>,
        /// `$timestamp`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub timestamp: Option<DateTime>,
        /// `$search`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub search: Option<String>,
    }
    impl Variables {}
    /// What `deploymentLogs` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `logs` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub logs: Option<Vec<Option<DeploymentLogsLogs>>>,
    }
    /// A selection in the response of `deploymentLogs` (`DeploymentLogsLogs`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentLogsLogs {
        /// `id` as selected.
        pub id: Option<String>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: Option<String>,
        /// `component` as selected.
        pub component: Option<String>,
        /// `level` as selected.
        pub level: Option<String>,
        /// `log` as selected.
        pub log: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deploymentLogs` on `client` with its variables in the order the operation declares them: `Client::execute::<DeploymentLogs>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
        component: Option<String>,
        timestamp: Option<DateTime>,
        search: Option<String>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeploymentLogs,
            >(Variables {
                deployment_uuid,
                component,
                timestamp,
                search,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeploymentLogs {
    type Variables = deployment_logs::Variables;
    type ResponseData = deployment_logs::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment_logs::QUERY,
            operation_name: deployment_logs::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeploymentLogs {
    const NAME: &'static str = "deploymentLogs";
    const BASE: &'static str = "deploymentLogs";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/deployment/deploymentLogs.graphql";
}
/// `houston deployment team remove`.
///
/// The mutation `deploymentRemoveTeamRole_0_28_0` (queries/deployment/deploymentRemoveTeamRole@0.28.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeploymentRemoveTeamRole;
/// The types of `deploymentRemoveTeamRole_0_28_0` (queries/deployment/deploymentRemoveTeamRole@0.28.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment_remove_team_role {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deploymentRemoveTeamRole_0_28_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment team remove`.\nmutation deploymentRemoveTeamRole_0_28_0($deploymentUuid: Uuid!, $teamUuid: Uuid!) {\n  deploymentRemoveTeamRole(deploymentUuid: $deploymentUuid, teamUuid: $teamUuid) {\n    id\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `deploymentRemoveTeamRole_0_28_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
        /// `$teamUuid`.
        #[serde(rename = "teamUuid")]
        pub team_uuid: Uuid,
    }
    impl Variables {}
    /// What `deploymentRemoveTeamRole_0_28_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deploymentRemoveTeamRole` as selected.
        #[serde(rename = "deploymentRemoveTeamRole")]
        pub deployment_remove_team_role: Option<
            DeploymentRemoveTeamRoleDeploymentRemoveTeamRole,
        >,
    }
    /// A selection in the response of `deploymentRemoveTeamRole_0_28_0` (`DeploymentRemoveTeamRoleDeploymentRemoveTeamRole`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentRemoveTeamRoleDeploymentRemoveTeamRole {
        /// `id` as selected.
        pub id: String,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deploymentRemoveTeamRole_0_28_0` on `client` with its variables in the order the operation declares them: `Client::execute::<DeploymentRemoveTeamRole>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
        team_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeploymentRemoveTeamRole,
            >(Variables {
                deployment_uuid,
                team_uuid,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeploymentRemoveTeamRole {
    type Variables = deployment_remove_team_role::Variables;
    type ResponseData = deployment_remove_team_role::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment_remove_team_role::QUERY,
            operation_name: deployment_remove_team_role::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeploymentRemoveTeamRole {
    const NAME: &'static str = "deploymentRemoveTeamRole_0_28_0";
    const BASE: &'static str = "deploymentRemoveTeamRole";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 28u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/deploymentRemoveTeamRole@0.28.0.graphql";
}
/// `houston deployment user remove`.
///
/// The mutation `deploymentRemoveUserRole` (queries/deployment/deploymentRemoveUserRole.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeploymentRemoveUserRole;
/// The types of `deploymentRemoveUserRole` (queries/deployment/deploymentRemoveUserRole.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment_remove_user_role {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deploymentRemoveUserRole";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment user remove`.\nmutation deploymentRemoveUserRole($deploymentId: Id!, $email: String!) {\n  deploymentRemoveUserRole(deploymentId: $deploymentId, email: $email) {\n    id\n    role\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Id = super::Id;
    /// The variables of `deploymentRemoveUserRole`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentId`.
        #[serde(rename = "deploymentId")]
        pub deployment_id: Id,
        /// `$email`.
        pub email: String,
    }
    impl Variables {}
    /// What `deploymentRemoveUserRole` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deploymentRemoveUserRole` as selected.
        #[serde(rename = "deploymentRemoveUserRole")]
        pub deployment_remove_user_role: Option<
            DeploymentRemoveUserRoleDeploymentRemoveUserRole,
        >,
    }
    /// A selection in the response of `deploymentRemoveUserRole` (`DeploymentRemoveUserRoleDeploymentRemoveUserRole`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentRemoveUserRoleDeploymentRemoveUserRole {
        /// `id` as selected.
        pub id: String,
        /// `role` as selected.
        pub role: Option<Role>,
    }
    /// Runs `deploymentRemoveUserRole` on `client` with its variables in the order the operation declares them: `Client::execute::<DeploymentRemoveUserRole>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_id: Id,
        email: String,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeploymentRemoveUserRole,
            >(Variables { deployment_id, email })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeploymentRemoveUserRole {
    type Variables = deployment_remove_user_role::Variables;
    type ResponseData = deployment_remove_user_role::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment_remove_user_role::QUERY,
            operation_name: deployment_remove_user_role::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeploymentRemoveUserRole {
    const NAME: &'static str = "deploymentRemoveUserRole";
    const BASE: &'static str = "deploymentRemoveUserRole";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/deployment/deploymentRemoveUserRole.graphql";
}
/// `houston deployment team list`.
///
/// The query `deploymentTeams_0_28_0` (queries/deployment/deploymentTeams@0.28.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeploymentTeams;
/// The types of `deploymentTeams_0_28_0` (queries/deployment/deploymentTeams@0.28.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment_teams {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deploymentTeams_0_28_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment team list`.\nquery deploymentTeams_0_28_0($deploymentUuid: Uuid!) {\n  deploymentTeams(deploymentUuid: $deploymentUuid) {\n    id\n    name\n    roleBindings {\n      role\n      deployment {\n        id\n      }\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `deploymentTeams_0_28_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
    }
    impl Variables {}
    /// What `deploymentTeams_0_28_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deploymentTeams` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "deploymentTeams")]
        pub deployment_teams: Option<Vec<Option<DeploymentTeamsDeploymentTeams>>>,
    }
    /// A selection in the response of `deploymentTeams_0_28_0` (`DeploymentTeamsDeploymentTeams`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentTeamsDeploymentTeams {
        /// `id` as selected.
        pub id: Option<String>,
        /// `name` as selected.
        pub name: Option<String>,
        /// `roleBindings` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "roleBindings")]
        pub role_bindings: Option<
            Vec<Option<DeploymentTeamsDeploymentTeamsRoleBindings>>,
        >,
    }
    /// A selection in the response of `deploymentTeams_0_28_0` (`DeploymentTeamsDeploymentTeamsRoleBindings`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentTeamsDeploymentTeamsRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `deployment` as selected.
        pub deployment: Option<DeploymentTeamsDeploymentTeamsRoleBindingsDeployment>,
    }
    /// A selection in the response of `deploymentTeams_0_28_0` (`DeploymentTeamsDeploymentTeamsRoleBindingsDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentTeamsDeploymentTeamsRoleBindingsDeployment {
        /// `id` as selected.
        pub id: String,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deploymentTeams_0_28_0` on `client` with its variables in the order the operation declares them: `Client::execute::<DeploymentTeams>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::DeploymentTeams>(Variables { deployment_uuid }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeploymentTeams {
    type Variables = deployment_teams::Variables;
    type ResponseData = deployment_teams::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment_teams::QUERY,
            operation_name: deployment_teams::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeploymentTeams {
    const NAME: &'static str = "deploymentTeams_0_28_0";
    const BASE: &'static str = "deploymentTeams";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 28u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/deploymentTeams@0.28.0.graphql";
}
/// `houston deployment team update`.
///
/// The mutation `deploymentUpdateTeamRole_0_28_0` (queries/deployment/deploymentUpdateTeamRole@0.28.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeploymentUpdateTeamRole;
/// The types of `deploymentUpdateTeamRole_0_28_0` (queries/deployment/deploymentUpdateTeamRole@0.28.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment_update_team_role {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deploymentUpdateTeamRole_0_28_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment team update`.\nmutation deploymentUpdateTeamRole_0_28_0($deploymentUuid: Uuid!, $teamUuid: Uuid!, $role: Role!) {\n  deploymentUpdateTeamRole(deploymentUuid: $deploymentUuid, teamUuid: $teamUuid, role: $role) {\n    id\n    role\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `deploymentUpdateTeamRole_0_28_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
        /// `$teamUuid`.
        #[serde(rename = "teamUuid")]
        pub team_uuid: Uuid,
        /// `$role`.
        pub role: Role,
    }
    impl Variables {}
    /// What `deploymentUpdateTeamRole_0_28_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deploymentUpdateTeamRole` as selected.
        #[serde(rename = "deploymentUpdateTeamRole")]
        pub deployment_update_team_role: Option<
            DeploymentUpdateTeamRoleDeploymentUpdateTeamRole,
        >,
    }
    /// A selection in the response of `deploymentUpdateTeamRole_0_28_0` (`DeploymentUpdateTeamRoleDeploymentUpdateTeamRole`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentUpdateTeamRoleDeploymentUpdateTeamRole {
        /// `id` as selected.
        pub id: String,
        /// `role` as selected.
        pub role: Option<Role>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deploymentUpdateTeamRole_0_28_0` on `client` with its variables in the order the operation declares them: `Client::execute::<DeploymentUpdateTeamRole>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
        team_uuid: Uuid,
        role: Role,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeploymentUpdateTeamRole,
            >(Variables {
                deployment_uuid,
                team_uuid,
                role,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeploymentUpdateTeamRole {
    type Variables = deployment_update_team_role::Variables;
    type ResponseData = deployment_update_team_role::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment_update_team_role::QUERY,
            operation_name: deployment_update_team_role::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeploymentUpdateTeamRole {
    const NAME: &'static str = "deploymentUpdateTeamRole_0_28_0";
    const BASE: &'static str = "deploymentUpdateTeamRole";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 28u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/deploymentUpdateTeamRole@0.28.0.graphql";
}
/// `houston deployment user update`.
///
/// The mutation `deploymentUpdateUserRole` (queries/deployment/deploymentUpdateUserRole.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeploymentUpdateUserRole;
/// The types of `deploymentUpdateUserRole` (queries/deployment/deploymentUpdateUserRole.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment_update_user_role {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deploymentUpdateUserRole";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment user update`.\nmutation deploymentUpdateUserRole($deploymentId: Id!, $email: String!, $role: Role!) {\n  deploymentUpdateUserRole(deploymentId: $deploymentId, email: $email, role: $role) {\n    id\n    role\n    user {\n      id\n      username\n    }\n    deployment {\n      id\n      releaseName\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Id = super::Id;
    /// The variables of `deploymentUpdateUserRole`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentId`.
        #[serde(rename = "deploymentId")]
        pub deployment_id: Id,
        /// `$email`.
        pub email: String,
        /// `$role`.
        pub role: Role,
    }
    impl Variables {}
    /// What `deploymentUpdateUserRole` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deploymentUpdateUserRole` as selected.
        #[serde(rename = "deploymentUpdateUserRole")]
        pub deployment_update_user_role: Option<
            DeploymentUpdateUserRoleDeploymentUpdateUserRole,
        >,
    }
    /// A selection in the response of `deploymentUpdateUserRole` (`DeploymentUpdateUserRoleDeploymentUpdateUserRole`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentUpdateUserRoleDeploymentUpdateUserRole {
        /// `id` as selected.
        pub id: String,
        /// `role` as selected.
        pub role: Option<Role>,
        /// `user` as selected.
        pub user: Option<DeploymentUpdateUserRoleDeploymentUpdateUserRoleUser>,
        /// `deployment` as selected.
        pub deployment: Option<
            DeploymentUpdateUserRoleDeploymentUpdateUserRoleDeployment,
        >,
    }
    /// A selection in the response of `deploymentUpdateUserRole` (`DeploymentUpdateUserRoleDeploymentUpdateUserRoleUser`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentUpdateUserRoleDeploymentUpdateUserRoleUser {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
    }
    /// A selection in the response of `deploymentUpdateUserRole` (`DeploymentUpdateUserRoleDeploymentUpdateUserRoleDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentUpdateUserRoleDeploymentUpdateUserRoleDeployment {
        /// `id` as selected.
        pub id: String,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
    }
    /// Runs `deploymentUpdateUserRole` on `client` with its variables in the order the operation declares them: `Client::execute::<DeploymentUpdateUserRole>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_id: Id,
        email: String,
        role: Role,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeploymentUpdateUserRole,
            >(Variables {
                deployment_id,
                email,
                role,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeploymentUpdateUserRole {
    type Variables = deployment_update_user_role::Variables;
    type ResponseData = deployment_update_user_role::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment_update_user_role::QUERY,
            operation_name: deployment_update_user_role::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeploymentUpdateUserRole {
    const NAME: &'static str = "deploymentUpdateUserRole";
    const BASE: &'static str = "deploymentUpdateUserRole";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/deployment/deploymentUpdateUserRole.graphql";
}
/// `houston deployment user list`; roleBindings are all of each user's bindings.
///
/// The query `deploymentUsers` (queries/deployment/deploymentUsers.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeploymentUsers;
/// The types of `deploymentUsers` (queries/deployment/deploymentUsers.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment_users {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deploymentUsers";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment user list`; roleBindings are all of each user's bindings.\nquery deploymentUsers($deploymentId: Id!) {\n  deploymentUsers(deploymentId: $deploymentId) {\n    id\n    username\n    fullName\n    emails {\n      address\n    }\n    roleBindings {\n      role\n      deployment {\n        id\n      }\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Id = super::Id;
    /// The variables of `deploymentUsers`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentId`.
        #[serde(rename = "deploymentId")]
        pub deployment_id: Id,
    }
    impl Variables {}
    /// What `deploymentUsers` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deploymentUsers` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "deploymentUsers")]
        pub deployment_users: Option<Vec<Option<DeploymentUsersDeploymentUsers>>>,
    }
    /// A selection in the response of `deploymentUsers` (`DeploymentUsersDeploymentUsers`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentUsersDeploymentUsers {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
        /// `fullName` as selected.
        #[serde(rename = "fullName")]
        pub full_name: Option<String>,
        /// `emails` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub emails: Option<Vec<Option<DeploymentUsersDeploymentUsersEmails>>>,
        /// `roleBindings` as selected.
        #[serde(rename = "roleBindings")]
        pub role_bindings: Vec<DeploymentUsersDeploymentUsersRoleBindings>,
    }
    /// A selection in the response of `deploymentUsers` (`DeploymentUsersDeploymentUsersEmails`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentUsersDeploymentUsersEmails {
        /// `address` as selected.
        pub address: Option<String>,
    }
    /// A selection in the response of `deploymentUsers` (`DeploymentUsersDeploymentUsersRoleBindings`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentUsersDeploymentUsersRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `deployment` as selected.
        pub deployment: Option<DeploymentUsersDeploymentUsersRoleBindingsDeployment>,
    }
    /// A selection in the response of `deploymentUsers` (`DeploymentUsersDeploymentUsersRoleBindingsDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentUsersDeploymentUsersRoleBindingsDeployment {
        /// `id` as selected.
        pub id: String,
    }
    /// Runs `deploymentUsers` on `client` with its variables in the order the operation declares them: `Client::execute::<DeploymentUsers>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_id: Id,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::DeploymentUsers>(Variables { deployment_id }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeploymentUsers {
    type Variables = deployment_users::Variables;
    type ResponseData = deployment_users::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment_users::QUERY,
            operation_name: deployment_users::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeploymentUsers {
    const NAME: &'static str = "deploymentUsers";
    const BASE: &'static str = "deploymentUsers";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/deployment/deploymentUsers.graphql";
}
/// `houston deployment env list`.
///
/// The query `deploymentVariables` (queries/deployment/deploymentVariables.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeploymentVariables;
/// The types of `deploymentVariables` (queries/deployment/deploymentVariables.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment_variables {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deploymentVariables";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment env list`.\nquery deploymentVariables($deploymentUuid: Uuid!, $releaseName: String) {\n  deploymentVariables(deploymentUuid: $deploymentUuid, releaseName: $releaseName) {\n    key\n    value\n    isSecret\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `deploymentVariables`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
        /// `$releaseName`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
    }
    impl Variables {}
    /// What `deploymentVariables` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deploymentVariables` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "deploymentVariables")]
        pub deployment_variables: Option<
            Vec<Option<DeploymentVariablesDeploymentVariables>>,
        >,
    }
    /// A selection in the response of `deploymentVariables` (`DeploymentVariablesDeploymentVariables`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentVariablesDeploymentVariables {
        /// `key` as selected.
        pub key: Option<String>,
        /// `value` as selected.
        pub value: Option<String>,
        /// `isSecret` as selected.
        #[serde(rename = "isSecret")]
        pub is_secret: Option<Boolean>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deploymentVariables` on `client` with its variables in the order the operation declares them: `Client::execute::<DeploymentVariables>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
        release_name: Option<String>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeploymentVariables,
            >(Variables {
                deployment_uuid,
                release_name,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeploymentVariables {
    type Variables = deployment_variables::Variables;
    type ResponseData = deployment_variables::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment_variables::QUERY,
            operation_name: deployment_variables::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeploymentVariables {
    const NAME: &'static str = "deploymentVariables";
    const BASE: &'static str = "deploymentVariables";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/deployment/deploymentVariables.graphql";
}
/// `houston deployment list --all`: every deployment the caller can see, across workspaces.
///
/// The query `paginatedDeployments_0_32_0` (queries/deployment/paginatedDeployments@0.32.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct PaginatedDeployments;
/// The types of `paginatedDeployments_0_32_0` (queries/deployment/paginatedDeployments@0.32.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod paginated_deployments {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "paginatedDeployments_0_32_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment list --all`: every deployment the caller can see, across workspaces.\nquery paginatedDeployments_0_32_0($take: Int, $pageNumber: Int) {\n  paginatedDeployments(take: $take, pageNumber: $pageNumber) {\n    id\n    label\n    releaseName\n    status\n    version\n    runtimeVersion\n    workspace {\n      id\n      label\n    }\n    createdAt\n    updatedAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    /// The variables of `paginatedDeployments_0_32_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$take`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub take: Option<Int>,
        /// `$pageNumber`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "pageNumber")]
        pub page_number: Option<Int>,
    }
    impl Variables {}
    /// What `paginatedDeployments_0_32_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `paginatedDeployments` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "paginatedDeployments")]
        pub paginated_deployments: Option<
            Vec<Option<PaginatedDeploymentsPaginatedDeployments>>,
        >,
    }
    /// A selection in the response of `paginatedDeployments_0_32_0` (`PaginatedDeploymentsPaginatedDeployments`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct PaginatedDeploymentsPaginatedDeployments {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `runtimeVersion` as selected.
        #[serde(rename = "runtimeVersion")]
        pub runtime_version: Option<String>,
        /// `workspace` as selected.
        pub workspace: Option<PaginatedDeploymentsPaginatedDeploymentsWorkspace>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        #[serde(rename = "updatedAt")]
        pub updated_at: DateTime,
    }
    /// A selection in the response of `paginatedDeployments_0_32_0` (`PaginatedDeploymentsPaginatedDeploymentsWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct PaginatedDeploymentsPaginatedDeploymentsWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `paginatedDeployments_0_32_0` on `client` with its variables in the order the operation declares them: `Client::execute::<PaginatedDeployments>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        take: Option<Int>,
        page_number: Option<Int>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<super::PaginatedDeployments>(Variables { take, page_number })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for PaginatedDeployments {
    type Variables = paginated_deployments::Variables;
    type ResponseData = paginated_deployments::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: paginated_deployments::QUERY,
            operation_name: paginated_deployments::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for PaginatedDeployments {
    const NAME: &'static str = "paginatedDeployments_0_32_0";
    const BASE: &'static str = "paginatedDeployments";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 32u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/paginatedDeployments@0.32.0.graphql";
}
/// `houston deployment unadopt`: removes only the APC record, the Airflow keeps running.
///
/// The mutation `unadoptDeployment_2_1_0` (queries/deployment/unadoptDeployment@2.1.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct UnadoptDeployment;
/// The types of `unadoptDeployment_2_1_0` (queries/deployment/unadoptDeployment@2.1.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod unadopt_deployment {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "unadoptDeployment_2_1_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment unadopt`: removes only the APC record, the Airflow keeps running.\nmutation unadoptDeployment_2_1_0($deploymentUuid: Uuid!) {\n  unadoptDeployment(deploymentUuid: $deploymentUuid) {\n    id\n    label\n    releaseName\n    namespace\n    clusterId\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `unadoptDeployment_2_1_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
    }
    impl Variables {}
    /// What `unadoptDeployment_2_1_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `unadoptDeployment` as selected.
        #[serde(rename = "unadoptDeployment")]
        pub unadopt_deployment: Option<UnadoptDeploymentUnadoptDeployment>,
    }
    /// A selection in the response of `unadoptDeployment_2_1_0` (`UnadoptDeploymentUnadoptDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UnadoptDeploymentUnadoptDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `namespace` as selected.
        pub namespace: Option<String>,
        /// `clusterId` as selected.
        #[serde(rename = "clusterId")]
        pub cluster_id: Option<Uuid>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `unadoptDeployment_2_1_0` on `client` with its variables in the order the operation declares them: `Client::execute::<UnadoptDeployment>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::UnadoptDeployment>(Variables { deployment_uuid }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for UnadoptDeployment {
    type Variables = unadopt_deployment::Variables;
    type ResponseData = unadopt_deployment::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: unadopt_deployment::QUERY,
            operation_name: unadopt_deployment::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for UnadoptDeployment {
    const NAME: &'static str = "unadoptDeployment_2_1_0";
    const BASE: &'static str = "unadoptDeployment";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(2u64, 1u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/unadoptDeployment@2.1.0.graphql";
}
/// `houston deployment update` before 1.0: label and description travel in `payload`.
///
/// The mutation `updateDeployment` (queries/deployment/updateDeployment.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct UpdateDeployment;
/// The types of `updateDeployment` (queries/deployment/updateDeployment.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod update_deployment {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "updateDeployment";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment update` before 1.0: label and description travel in `payload`.\nmutation updateDeployment(\n  $deploymentUuid: Uuid!\n  $payload: JSON\n  $executor: ExecutorType\n  $workers: Workers\n  $webserver: Webserver\n  $scheduler: Scheduler\n  $cloudRole: String\n  $dagDeployment: DagDeployment\n) {\n  updateDeployment(\n    deploymentUuid: $deploymentUuid\n    payload: $payload\n    executor: $executor\n    workers: $workers\n    webserver: $webserver\n    scheduler: $scheduler\n    cloudRole: $cloudRole\n    dagDeployment: $dagDeployment\n  ) {\n    id\n    label\n    description\n    releaseName\n    executor\n    version\n    createdAt\n    updatedAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Json = super::Json;
    type Uuid = super::Uuid;
    /// A selection in the response of `updateDeployment` (`DagDeployment`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DagDeployment {
        /// `type` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "type")]
        pub type_: Option<String>,
        /// `nfsLocation` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "nfsLocation")]
        pub nfs_location: Option<String>,
        /// `repositoryUrl` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "repositoryUrl")]
        pub repository_url: Option<String>,
        /// `branchName` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "branchName")]
        pub branch_name: Option<String>,
        /// `rev` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub rev: Option<String>,
        /// `dagDirectoryLocation` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "dagDirectoryLocation")]
        pub dag_directory_location: Option<String>,
        /// `syncInterval` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "syncInterval")]
        pub sync_interval: Option<Int>,
        /// `syncTimeout` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "syncTimeout")]
        pub sync_timeout: Option<Int>,
        /// `ephemeralStorage` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "ephemeralStorage")]
        pub ephemeral_storage: Option<Int>,
        /// `sshKey` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "sshKey")]
        pub ssh_key: Option<String>,
        /// `knownHosts` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "knownHosts")]
        pub known_hosts: Option<String>,
    }
    /// A selection in the response of `updateDeployment` (`Limits`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Limits {
        /// `cpu` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub cpu: Option<Int>,
        /// `memory` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub memory: Option<Int>,
    }
    /// A selection in the response of `updateDeployment` (`Requests`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Requests {
        /// `cpu` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub cpu: Option<Int>,
        /// `memory` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub memory: Option<Int>,
    }
    /// A selection in the response of `updateDeployment` (`Resources`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Resources {
        /// `requests` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub requests: Option<Requests>,
        /// `limits` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub limits: Option<Limits>,
    }
    /// A selection in the response of `updateDeployment` (`Scheduler`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Scheduler {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
    }
    /// A selection in the response of `updateDeployment` (`Webserver`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Webserver {
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
        /// `useDefaultAirflowImage` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "useDefaultAirflowImage")]
        pub use_default_airflow_image: Option<Boolean>,
    }
    /// A selection in the response of `updateDeployment` (`Workers`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Workers {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
        /// `terminationGracePeriodSeconds` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "terminationGracePeriodSeconds")]
        pub termination_grace_period_seconds: Option<Int>,
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
    }
    /// The variables of `updateDeployment`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
        /// `$payload`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub payload: Option<Json>,
        /// `$executor`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub executor: Option<ExecutorType>,
        /// `$workers`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub workers: Option<Workers>,
        /// `$webserver`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub webserver: Option<Webserver>,
        /// `$scheduler`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub scheduler: Option<Scheduler>,
        /// `$cloudRole`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "cloudRole")]
        pub cloud_role: Option<String>,
        /// `$dagDeployment`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "dagDeployment")]
        pub dag_deployment: Option<DagDeployment>,
    }
    impl Variables {}
    /// What `updateDeployment` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `updateDeployment` as selected.
        #[serde(rename = "updateDeployment")]
        pub update_deployment: Option<UpdateDeploymentUpdateDeployment>,
    }
    /// A selection in the response of `updateDeployment` (`UpdateDeploymentUpdateDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UpdateDeploymentUpdateDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `executor` as selected.
        pub executor: Option<ExecutorType>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        #[serde(rename = "updatedAt")]
        pub updated_at: DateTime,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `updateDeployment` on `client` with its variables in the order the operation declares them: `Client::execute::<UpdateDeployment>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
        payload: Option<Json>,
        executor: Option<ExecutorType>,
        workers: Option<Workers>,
        webserver: Option<Webserver>,
        scheduler: Option<Scheduler>,
        cloud_role: Option<String>,
        dag_deployment: Option<DagDeployment>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::UpdateDeployment,
            >(Variables {
                deployment_uuid,
                payload,
                executor,
                workers,
                webserver,
                scheduler,
                cloud_role,
                dag_deployment,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for UpdateDeployment {
    type Variables = update_deployment::Variables;
    type ResponseData = update_deployment::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: update_deployment::QUERY,
            operation_name: update_deployment::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for UpdateDeployment {
    const NAME: &'static str = "updateDeployment";
    const BASE: &'static str = "updateDeployment";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/deployment/updateDeployment.graphql";
}
/// `houston deployment update` from 0.28 to 1.0 (exclusive): adds the triggerer.
///
/// The mutation `updateDeployment_0_28_0` (queries/deployment/updateDeployment@0.28.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct UpdateDeployment0280;
/// The types of `updateDeployment_0_28_0` (queries/deployment/updateDeployment@0.28.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod update_deployment_0_28_0 {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "updateDeployment_0_28_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment update` from 0.28 to 1.0 (exclusive): adds the triggerer.\nmutation updateDeployment_0_28_0(\n  $deploymentUuid: Uuid!\n  $payload: JSON\n  $executor: ExecutorType\n  $workers: Workers\n  $webserver: Webserver\n  $scheduler: Scheduler\n  $cloudRole: String\n  $dagDeployment: DagDeployment\n  $triggerer: Triggerer\n) {\n  updateDeployment(\n    deploymentUuid: $deploymentUuid\n    payload: $payload\n    executor: $executor\n    workers: $workers\n    webserver: $webserver\n    scheduler: $scheduler\n    cloudRole: $cloudRole\n    dagDeployment: $dagDeployment\n    triggerer: $triggerer\n  ) {\n    id\n    label\n    description\n    releaseName\n    executor\n    version\n    createdAt\n    updatedAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Json = super::Json;
    type Uuid = super::Uuid;
    /// A selection in the response of `updateDeployment_0_28_0` (`DagDeployment`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DagDeployment {
        /// `type` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "type")]
        pub type_: Option<String>,
        /// `nfsLocation` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "nfsLocation")]
        pub nfs_location: Option<String>,
        /// `repositoryUrl` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "repositoryUrl")]
        pub repository_url: Option<String>,
        /// `branchName` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "branchName")]
        pub branch_name: Option<String>,
        /// `rev` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub rev: Option<String>,
        /// `dagDirectoryLocation` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "dagDirectoryLocation")]
        pub dag_directory_location: Option<String>,
        /// `syncInterval` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "syncInterval")]
        pub sync_interval: Option<Int>,
        /// `syncTimeout` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "syncTimeout")]
        pub sync_timeout: Option<Int>,
        /// `ephemeralStorage` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "ephemeralStorage")]
        pub ephemeral_storage: Option<Int>,
        /// `sshKey` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "sshKey")]
        pub ssh_key: Option<String>,
        /// `knownHosts` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "knownHosts")]
        pub known_hosts: Option<String>,
    }
    /// A selection in the response of `updateDeployment_0_28_0` (`Limits`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Limits {
        /// `cpu` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub cpu: Option<Int>,
        /// `memory` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub memory: Option<Int>,
    }
    /// A selection in the response of `updateDeployment_0_28_0` (`Requests`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Requests {
        /// `cpu` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub cpu: Option<Int>,
        /// `memory` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub memory: Option<Int>,
    }
    /// A selection in the response of `updateDeployment_0_28_0` (`Resources`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Resources {
        /// `requests` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub requests: Option<Requests>,
        /// `limits` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub limits: Option<Limits>,
    }
    /// A selection in the response of `updateDeployment_0_28_0` (`Scheduler`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Scheduler {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
    }
    /// A selection in the response of `updateDeployment_0_28_0` (`Triggerer`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Triggerer {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
    }
    /// A selection in the response of `updateDeployment_0_28_0` (`Webserver`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Webserver {
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
        /// `useDefaultAirflowImage` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "useDefaultAirflowImage")]
        pub use_default_airflow_image: Option<Boolean>,
    }
    /// A selection in the response of `updateDeployment_0_28_0` (`Workers`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Workers {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
        /// `terminationGracePeriodSeconds` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "terminationGracePeriodSeconds")]
        pub termination_grace_period_seconds: Option<Int>,
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
    }
    /// The variables of `updateDeployment_0_28_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
        /// `$payload`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub payload: Option<Json>,
        /// `$executor`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub executor: Option<ExecutorType>,
        /// `$workers`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub workers: Option<Workers>,
        /// `$webserver`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub webserver: Option<Webserver>,
        /// `$scheduler`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub scheduler: Option<Scheduler>,
        /// `$cloudRole`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "cloudRole")]
        pub cloud_role: Option<String>,
        /// `$dagDeployment`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "dagDeployment")]
        pub dag_deployment: Option<DagDeployment>,
        /// `$triggerer`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub triggerer: Option<Triggerer>,
    }
    impl Variables {}
    /// What `updateDeployment_0_28_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `updateDeployment` as selected.
        #[serde(rename = "updateDeployment")]
        pub update_deployment: Option<UpdateDeployment0280UpdateDeployment>,
    }
    /// A selection in the response of `updateDeployment_0_28_0` (`UpdateDeployment0280UpdateDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UpdateDeployment0280UpdateDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `executor` as selected.
        pub executor: Option<ExecutorType>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        #[serde(rename = "updatedAt")]
        pub updated_at: DateTime,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `updateDeployment_0_28_0` on `client` with its variables in the order the operation declares them: `Client::execute::<UpdateDeployment0280>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
        payload: Option<Json>,
        executor: Option<ExecutorType>,
        workers: Option<Workers>,
        webserver: Option<Webserver>,
        scheduler: Option<Scheduler>,
        cloud_role: Option<String>,
        dag_deployment: Option<DagDeployment>,
        triggerer: Option<Triggerer>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::UpdateDeployment0280,
            >(Variables {
                deployment_uuid,
                payload,
                executor,
                workers,
                webserver,
                scheduler,
                cloud_role,
                dag_deployment,
                triggerer,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for UpdateDeployment0280 {
    type Variables = update_deployment_0_28_0::Variables;
    type ResponseData = update_deployment_0_28_0::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: update_deployment_0_28_0::QUERY,
            operation_name: update_deployment_0_28_0::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for UpdateDeployment0280 {
    const NAME: &'static str = "updateDeployment_0_28_0";
    const BASE: &'static str = "updateDeployment";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 28u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/updateDeployment@0.28.0.graphql";
}
/// `houston deployment image update` from 0.29.2 to 2.1 (exclusive).
///
/// The mutation `updateDeploymentImage_0_29_2` (queries/deployment/updateDeploymentImage@0.29.2.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct UpdateDeploymentImage;
/// The types of `updateDeploymentImage_0_29_2` (queries/deployment/updateDeploymentImage@0.29.2.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod update_deployment_image {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "updateDeploymentImage_0_29_2";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment image update` from 0.29.2 to 2.1 (exclusive).\nmutation updateDeploymentImage_0_29_2($releaseName: String!, $image: String!, $runtimeVersion: String) {\n  updateDeploymentImage(releaseName: $releaseName, image: $image, runtimeVersion: $runtimeVersion) {\n    releaseName\n    runtimeVersion\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    /// The variables of `updateDeploymentImage_0_29_2`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$releaseName`.
        #[serde(rename = "releaseName")]
        pub release_name: String,
        /// `$image`.
        pub image: String,
        /// `$runtimeVersion`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "runtimeVersion")]
        pub runtime_version: Option<String>,
    }
    impl Variables {}
    /// What `updateDeploymentImage_0_29_2` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `updateDeploymentImage` as selected.
        #[serde(rename = "updateDeploymentImage")]
        pub update_deployment_image: Option<UpdateDeploymentImageUpdateDeploymentImage>,
    }
    /// A selection in the response of `updateDeploymentImage_0_29_2` (`UpdateDeploymentImageUpdateDeploymentImage`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UpdateDeploymentImageUpdateDeploymentImage {
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `runtimeVersion` as selected.
        #[serde(rename = "runtimeVersion")]
        pub runtime_version: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `updateDeploymentImage_0_29_2` on `client` with its variables in the order the operation declares them: `Client::execute::<UpdateDeploymentImage>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        release_name: String,
        image: String,
        runtime_version: Option<String>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::UpdateDeploymentImage,
            >(Variables {
                release_name,
                image,
                runtime_version,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for UpdateDeploymentImage {
    type Variables = update_deployment_image::Variables;
    type ResponseData = update_deployment_image::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: update_deployment_image::QUERY,
            operation_name: update_deployment_image::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for UpdateDeploymentImage {
    const NAME: &'static str = "updateDeploymentImage_0_29_2";
    const BASE: &'static str = "updateDeploymentImage";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 29u64, 2u64),
    );
    const FILE: &'static str = "queries/deployment/updateDeploymentImage@0.29.2.graphql";
}
/// `houston deployment runtime update`.
///
/// The mutation `updateDeploymentRuntime_0_29_0` (queries/deployment/updateDeploymentRuntime@0.29.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct UpdateDeploymentRuntime;
/// The types of `updateDeploymentRuntime_0_29_0` (queries/deployment/updateDeploymentRuntime@0.29.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod update_deployment_runtime {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "updateDeploymentRuntime_0_29_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment runtime update`.\nmutation updateDeploymentRuntime_0_29_0($deploymentUuid: Uuid!, $desiredRuntimeVersion: String!) {\n  updateDeploymentRuntime(\n    deploymentUuid: $deploymentUuid\n    desiredRuntimeVersion: $desiredRuntimeVersion\n  ) {\n    id\n    label\n    releaseName\n    runtimeVersion\n    desiredRuntimeVersion\n    runtimeAirflowVersion\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `updateDeploymentRuntime_0_29_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
        /// `$desiredRuntimeVersion`.
        #[serde(rename = "desiredRuntimeVersion")]
        pub desired_runtime_version: String,
    }
    impl Variables {}
    /// What `updateDeploymentRuntime_0_29_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `updateDeploymentRuntime` as selected.
        #[serde(rename = "updateDeploymentRuntime")]
        pub update_deployment_runtime: Option<
            UpdateDeploymentRuntimeUpdateDeploymentRuntime,
        >,
    }
    /// A selection in the response of `updateDeploymentRuntime_0_29_0` (`UpdateDeploymentRuntimeUpdateDeploymentRuntime`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UpdateDeploymentRuntimeUpdateDeploymentRuntime {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `runtimeVersion` as selected.
        #[serde(rename = "runtimeVersion")]
        pub runtime_version: Option<String>,
        /// `desiredRuntimeVersion` as selected.
        #[serde(rename = "desiredRuntimeVersion")]
        pub desired_runtime_version: Option<String>,
        /// `runtimeAirflowVersion` as selected.
        #[serde(rename = "runtimeAirflowVersion")]
        pub runtime_airflow_version: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `updateDeploymentRuntime_0_29_0` on `client` with its variables in the order the operation declares them: `Client::execute::<UpdateDeploymentRuntime>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
        desired_runtime_version: String,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::UpdateDeploymentRuntime,
            >(Variables {
                deployment_uuid,
                desired_runtime_version,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for UpdateDeploymentRuntime {
    type Variables = update_deployment_runtime::Variables;
    type ResponseData = update_deployment_runtime::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: update_deployment_runtime::QUERY,
            operation_name: update_deployment_runtime::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for UpdateDeploymentRuntime {
    const NAME: &'static str = "updateDeploymentRuntime_0_29_0";
    const BASE: &'static str = "updateDeploymentRuntime";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 29u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/updateDeploymentRuntime@0.29.0.graphql";
}
/// `houston deployment env set|unset`: replaces the whole set (houston reads, merges, writes).
///
/// The mutation `updateDeploymentVariables` (queries/deployment/updateDeploymentVariables.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct UpdateDeploymentVariables;
/// The types of `updateDeploymentVariables` (queries/deployment/updateDeploymentVariables.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod update_deployment_variables {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "updateDeploymentVariables";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment env set|unset`: replaces the whole set (houston reads, merges, writes).\nmutation updateDeploymentVariables(\n  $deploymentUuid: Uuid!\n  $releaseName: String!\n  $environmentVariables: [InputEnvironmentVariable]!\n) {\n  updateDeploymentVariables(\n    deploymentUuid: $deploymentUuid\n    releaseName: $releaseName\n    environmentVariables: $environmentVariables\n  ) {\n    key\n    value\n    isSecret\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// A selection in the response of `updateDeploymentVariables` (`InputEnvironmentVariable`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct InputEnvironmentVariable {
        /// `key` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// `value` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
        /// `isSecret` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "isSecret")]
        pub is_secret: Option<Boolean>,
    }
    /// The variables of `updateDeploymentVariables`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
        /// `$releaseName`.
        #[serde(rename = "releaseName")]
        pub release_name: String,
        /// `$environmentVariables`.
        #[serde(rename = "environmentVariables")]
        pub environment_variables: Vec<Option<InputEnvironmentVariable>>,
    }
    impl Variables {}
    /// What `updateDeploymentVariables` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `updateDeploymentVariables` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "updateDeploymentVariables")]
        pub update_deployment_variables: Option<
            Vec<Option<UpdateDeploymentVariablesUpdateDeploymentVariables>>,
        >,
    }
    /// A selection in the response of `updateDeploymentVariables` (`UpdateDeploymentVariablesUpdateDeploymentVariables`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UpdateDeploymentVariablesUpdateDeploymentVariables {
        /// `key` as selected.
        pub key: Option<String>,
        /// `value` as selected.
        pub value: Option<String>,
        /// `isSecret` as selected.
        #[serde(rename = "isSecret")]
        pub is_secret: Option<Boolean>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `updateDeploymentVariables` on `client` with its variables in the order the operation declares them: `Client::execute::<UpdateDeploymentVariables>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
        release_name: String,
        environment_variables: Vec<Option<InputEnvironmentVariable>>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::UpdateDeploymentVariables,
            >(Variables {
                deployment_uuid,
                release_name,
                environment_variables,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for UpdateDeploymentVariables {
    type Variables = update_deployment_variables::Variables;
    type ResponseData = update_deployment_variables::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: update_deployment_variables::QUERY,
            operation_name: update_deployment_variables::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for UpdateDeploymentVariables {
    const NAME: &'static str = "updateDeploymentVariables";
    const BASE: &'static str = "updateDeploymentVariables";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/deployment/updateDeploymentVariables.graphql";
}
/// `houston deployment create|update` from 1.0 on: one mutation creates (workspaceUuid) or updates (deploymentUuid). Arguments left out are left alone.
///
/// The mutation `upsertDeployment_1_0_0` (queries/deployment/upsertDeployment@1.0.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct UpsertDeployment100;
/// The types of `upsertDeployment_1_0_0` (queries/deployment/upsertDeployment@1.0.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod upsert_deployment_1_0_0 {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "upsertDeployment_1_0_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment create|update` from 1.0 on: one mutation creates (workspaceUuid) or\n# updates (deploymentUuid). Arguments left out are left alone.\nmutation upsertDeployment_1_0_0(\n  $workspaceUuid: Uuid\n  $deploymentUuid: Uuid\n  $clusterId: Uuid\n  $label: String\n  $description: String\n  $releaseName: String\n  $namespace: String\n  $runtimeVersion: String\n  $executor: ExecutorType\n  $workers: Workers\n  $webserver: Webserver\n  $scheduler: Scheduler\n  $properties: JSON\n  $triggerer: Triggerer\n  $dagDeployment: DagDeployment\n  $cloudRole: String\n) {\n  upsertDeployment(\n    workspaceUuid: $workspaceUuid\n    deploymentUuid: $deploymentUuid\n    clusterId: $clusterId\n    label: $label\n    description: $description\n    releaseName: $releaseName\n    namespace: $namespace\n    runtimeVersion: $runtimeVersion\n    executor: $executor\n    workers: $workers\n    webserver: $webserver\n    scheduler: $scheduler\n    properties: $properties\n    triggerer: $triggerer\n    dagDeployment: $dagDeployment\n    cloudRole: $cloudRole\n  ) {\n    id\n    label\n    description\n    releaseName\n    executor\n    version\n    runtimeVersion\n    urls {\n      type\n      url\n    }\n    createdAt\n    updatedAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Json = super::Json;
    type Uuid = super::Uuid;
    /// A selection in the response of `upsertDeployment_1_0_0` (`DagDeployment`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DagDeployment {
        /// `type` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "type")]
        pub type_: Option<String>,
        /// `nfsLocation` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "nfsLocation")]
        pub nfs_location: Option<String>,
        /// `repositoryUrl` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "repositoryUrl")]
        pub repository_url: Option<String>,
        /// `branchName` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "branchName")]
        pub branch_name: Option<String>,
        /// `rev` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub rev: Option<String>,
        /// `dagDirectoryLocation` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "dagDirectoryLocation")]
        pub dag_directory_location: Option<String>,
        /// `syncInterval` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "syncInterval")]
        pub sync_interval: Option<Int>,
        /// `syncTimeout` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "syncTimeout")]
        pub sync_timeout: Option<Int>,
        /// `ephemeralStorage` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "ephemeralStorage")]
        pub ephemeral_storage: Option<Int>,
        /// `sshKey` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "sshKey")]
        pub ssh_key: Option<String>,
        /// `knownHosts` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "knownHosts")]
        pub known_hosts: Option<String>,
    }
    /// A selection in the response of `upsertDeployment_1_0_0` (`Limits`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Limits {
        /// `cpu` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub cpu: Option<Int>,
        /// `memory` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub memory: Option<Int>,
    }
    /// A selection in the response of `upsertDeployment_1_0_0` (`Requests`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Requests {
        /// `cpu` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub cpu: Option<Int>,
        /// `memory` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub memory: Option<Int>,
    }
    /// A selection in the response of `upsertDeployment_1_0_0` (`Resources`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Resources {
        /// `requests` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub requests: Option<Requests>,
        /// `limits` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub limits: Option<Limits>,
    }
    /// A selection in the response of `upsertDeployment_1_0_0` (`Scheduler`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Scheduler {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
    }
    /// A selection in the response of `upsertDeployment_1_0_0` (`Triggerer`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Triggerer {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
    }
    /// A selection in the response of `upsertDeployment_1_0_0` (`Webserver`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Webserver {
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
        /// `useDefaultAirflowImage` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "useDefaultAirflowImage")]
        pub use_default_airflow_image: Option<Boolean>,
    }
    /// A selection in the response of `upsertDeployment_1_0_0` (`Workers`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Workers {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
        /// `terminationGracePeriodSeconds` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "terminationGracePeriodSeconds")]
        pub termination_grace_period_seconds: Option<Int>,
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
    }
    /// The variables of `upsertDeployment_1_0_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Option<Uuid>,
        /// `$deploymentUuid`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Option<Uuid>,
        /// `$clusterId`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "clusterId")]
        pub cluster_id: Option<Uuid>,
        /// `$label`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub label: Option<String>,
        /// `$description`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
        /// `$releaseName`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `$namespace`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub namespace: Option<String>,
        /// `$runtimeVersion`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "runtimeVersion")]
        pub runtime_version: Option<String>,
        /// `$executor`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub executor: Option<ExecutorType>,
        /// `$workers`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub workers: Option<Workers>,
        /// `$webserver`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub webserver: Option<Webserver>,
        /// `$scheduler`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub scheduler: Option<Scheduler>,
        /// `$properties`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub properties: Option<Json>,
        /// `$triggerer`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub triggerer: Option<Triggerer>,
        /// `$dagDeployment`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "dagDeployment")]
        pub dag_deployment: Option<DagDeployment>,
        /// `$cloudRole`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "cloudRole")]
        pub cloud_role: Option<String>,
    }
    impl Variables {}
    /// What `upsertDeployment_1_0_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `upsertDeployment` as selected.
        #[serde(rename = "upsertDeployment")]
        pub upsert_deployment: Option<UpsertDeployment100UpsertDeployment>,
    }
    /// A selection in the response of `upsertDeployment_1_0_0` (`UpsertDeployment100UpsertDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UpsertDeployment100UpsertDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `executor` as selected.
        pub executor: Option<ExecutorType>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `runtimeVersion` as selected.
        #[serde(rename = "runtimeVersion")]
        pub runtime_version: Option<String>,
        /// `urls` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub urls: Option<Vec<Option<UpsertDeployment100UpsertDeploymentUrls>>>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        #[serde(rename = "updatedAt")]
        pub updated_at: DateTime,
    }
    /// A selection in the response of `upsertDeployment_1_0_0` (`UpsertDeployment100UpsertDeploymentUrls`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UpsertDeployment100UpsertDeploymentUrls {
        /// `type` as selected.
        #[serde(rename = "type")]
        pub type_: Option<String>,
        /// `url` as selected.
        pub url: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `upsertDeployment_1_0_0` on `client` with its variables in the order the operation declares them: `Client::execute::<UpsertDeployment100>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Option<Uuid>,
        deployment_uuid: Option<Uuid>,
        cluster_id: Option<Uuid>,
        label: Option<String>,
        description: Option<String>,
        release_name: Option<String>,
        namespace: Option<String>,
        runtime_version: Option<String>,
        executor: Option<ExecutorType>,
        workers: Option<Workers>,
        webserver: Option<Webserver>,
        scheduler: Option<Scheduler>,
        properties: Option<Json>,
        triggerer: Option<Triggerer>,
        dag_deployment: Option<DagDeployment>,
        cloud_role: Option<String>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::UpsertDeployment100,
            >(Variables {
                workspace_uuid,
                deployment_uuid,
                cluster_id,
                label,
                description,
                release_name,
                namespace,
                runtime_version,
                executor,
                workers,
                webserver,
                scheduler,
                properties,
                triggerer,
                dag_deployment,
                cloud_role,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for UpsertDeployment100 {
    type Variables = upsert_deployment_1_0_0::Variables;
    type ResponseData = upsert_deployment_1_0_0::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: upsert_deployment_1_0_0::QUERY,
            operation_name: upsert_deployment_1_0_0::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for UpsertDeployment100 {
    const NAME: &'static str = "upsertDeployment_1_0_0";
    const BASE: &'static str = "upsertDeployment";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(1u64, 0u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/upsertDeployment@1.0.0.graphql";
}
/// `houston deployment create|update` from 2.1 on: adds the deployment mode (helm or operator).
///
/// The mutation `upsertDeployment_2_1_0` (queries/deployment/upsertDeployment@2.1.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct UpsertDeployment210;
/// The types of `upsertDeployment_2_1_0` (queries/deployment/upsertDeployment@2.1.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod upsert_deployment_2_1_0 {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "upsertDeployment_2_1_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment create|update` from 2.1 on: adds the deployment mode (helm or operator).\nmutation upsertDeployment_2_1_0(\n  $workspaceUuid: Uuid\n  $deploymentUuid: Uuid\n  $clusterId: Uuid\n  $label: String\n  $description: String\n  $releaseName: String\n  $namespace: String\n  $runtimeVersion: String\n  $executor: ExecutorType\n  $workers: Workers\n  $webserver: Webserver\n  $scheduler: Scheduler\n  $properties: JSON\n  $triggerer: Triggerer\n  $dagDeployment: DagDeployment\n  $cloudRole: String\n  $mode: AllowedDeploymentModeValues\n) {\n  upsertDeployment(\n    workspaceUuid: $workspaceUuid\n    deploymentUuid: $deploymentUuid\n    clusterId: $clusterId\n    label: $label\n    description: $description\n    releaseName: $releaseName\n    namespace: $namespace\n    runtimeVersion: $runtimeVersion\n    executor: $executor\n    workers: $workers\n    webserver: $webserver\n    scheduler: $scheduler\n    properties: $properties\n    triggerer: $triggerer\n    dagDeployment: $dagDeployment\n    cloudRole: $cloudRole\n    mode: $mode\n  ) {\n    id\n    label\n    description\n    releaseName\n    executor\n    version\n    runtimeVersion\n    urls {\n      type\n      url\n    }\n    createdAt\n    updatedAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Json = super::Json;
    type Uuid = super::Uuid;
    /// A selection in the response of `upsertDeployment_2_1_0` (`DagDeployment`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DagDeployment {
        /// `type` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "type")]
        pub type_: Option<String>,
        /// `nfsLocation` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "nfsLocation")]
        pub nfs_location: Option<String>,
        /// `repositoryUrl` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "repositoryUrl")]
        pub repository_url: Option<String>,
        /// `branchName` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "branchName")]
        pub branch_name: Option<String>,
        /// `rev` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub rev: Option<String>,
        /// `dagDirectoryLocation` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "dagDirectoryLocation")]
        pub dag_directory_location: Option<String>,
        /// `syncInterval` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "syncInterval")]
        pub sync_interval: Option<Int>,
        /// `syncTimeout` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "syncTimeout")]
        pub sync_timeout: Option<Int>,
        /// `ephemeralStorage` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "ephemeralStorage")]
        pub ephemeral_storage: Option<Int>,
        /// `sshKey` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "sshKey")]
        pub ssh_key: Option<String>,
        /// `knownHosts` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "knownHosts")]
        pub known_hosts: Option<String>,
    }
    /// A selection in the response of `upsertDeployment_2_1_0` (`Limits`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Limits {
        /// `cpu` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub cpu: Option<Int>,
        /// `memory` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub memory: Option<Int>,
    }
    /// A selection in the response of `upsertDeployment_2_1_0` (`Requests`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Requests {
        /// `cpu` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub cpu: Option<Int>,
        /// `memory` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub memory: Option<Int>,
    }
    /// A selection in the response of `upsertDeployment_2_1_0` (`Resources`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Resources {
        /// `requests` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub requests: Option<Requests>,
        /// `limits` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub limits: Option<Limits>,
    }
    /// A selection in the response of `upsertDeployment_2_1_0` (`Scheduler`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Scheduler {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
    }
    /// A selection in the response of `upsertDeployment_2_1_0` (`Triggerer`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Triggerer {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
    }
    /// A selection in the response of `upsertDeployment_2_1_0` (`Webserver`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Webserver {
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
        /// `useDefaultAirflowImage` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "useDefaultAirflowImage")]
        pub use_default_airflow_image: Option<Boolean>,
    }
    /// A selection in the response of `upsertDeployment_2_1_0` (`Workers`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Workers {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
        /// `terminationGracePeriodSeconds` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "terminationGracePeriodSeconds")]
        pub termination_grace_period_seconds: Option<Int>,
        /// `resources` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resources: Option<Resources>,
    }
    /// The variables of `upsertDeployment_2_1_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Option<Uuid>,
        /// `$deploymentUuid`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Option<Uuid>,
        /// `$clusterId`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "clusterId")]
        pub cluster_id: Option<Uuid>,
        /// `$label`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub label: Option<String>,
        /// `$description`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
        /// `$releaseName`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `$namespace`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub namespace: Option<String>,
        /// `$runtimeVersion`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "runtimeVersion")]
        pub runtime_version: Option<String>,
        /// `$executor`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub executor: Option<ExecutorType>,
        /// `$workers`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub workers: Option<Workers>,
        /// `$webserver`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub webserver: Option<Webserver>,
        /// `$scheduler`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub scheduler: Option<Scheduler>,
        /// `$properties`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub properties: Option<Json>,
        /// `$triggerer`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub triggerer: Option<Triggerer>,
        /// `$dagDeployment`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "dagDeployment")]
        pub dag_deployment: Option<DagDeployment>,
        /// `$cloudRole`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "cloudRole")]
        pub cloud_role: Option<String>,
        /// `$mode`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub mode: Option<AllowedDeploymentModeValues>,
    }
    impl Variables {}
    /// What `upsertDeployment_2_1_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `upsertDeployment` as selected.
        #[serde(rename = "upsertDeployment")]
        pub upsert_deployment: Option<UpsertDeployment210UpsertDeployment>,
    }
    /// A selection in the response of `upsertDeployment_2_1_0` (`UpsertDeployment210UpsertDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UpsertDeployment210UpsertDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `executor` as selected.
        pub executor: Option<ExecutorType>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `runtimeVersion` as selected.
        #[serde(rename = "runtimeVersion")]
        pub runtime_version: Option<String>,
        /// `urls` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub urls: Option<Vec<Option<UpsertDeployment210UpsertDeploymentUrls>>>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        #[serde(rename = "updatedAt")]
        pub updated_at: DateTime,
    }
    /// A selection in the response of `upsertDeployment_2_1_0` (`UpsertDeployment210UpsertDeploymentUrls`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UpsertDeployment210UpsertDeploymentUrls {
        /// `type` as selected.
        #[serde(rename = "type")]
        pub type_: Option<String>,
        /// `url` as selected.
        pub url: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `upsertDeployment_2_1_0` on `client` with its variables in the order the operation declares them: `Client::execute::<UpsertDeployment210>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Option<Uuid>,
        deployment_uuid: Option<Uuid>,
        cluster_id: Option<Uuid>,
        label: Option<String>,
        description: Option<String>,
        release_name: Option<String>,
        namespace: Option<String>,
        runtime_version: Option<String>,
        executor: Option<ExecutorType>,
        workers: Option<Workers>,
        webserver: Option<Webserver>,
        scheduler: Option<Scheduler>,
        properties: Option<Json>,
        triggerer: Option<Triggerer>,
        dag_deployment: Option<DagDeployment>,
        cloud_role: Option<String>,
        mode: Option<AllowedDeploymentModeValues>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::UpsertDeployment210,
            >(Variables {
                workspace_uuid,
                deployment_uuid,
                cluster_id,
                label,
                description,
                release_name,
                namespace,
                runtime_version,
                executor,
                workers,
                webserver,
                scheduler,
                properties,
                triggerer,
                dag_deployment,
                cloud_role,
                mode,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for UpsertDeployment210 {
    type Variables = upsert_deployment_2_1_0::Variables;
    type ResponseData = upsert_deployment_2_1_0::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: upsert_deployment_2_1_0::QUERY,
            operation_name: upsert_deployment_2_1_0::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for UpsertDeployment210 {
    const NAME: &'static str = "upsertDeployment_2_1_0";
    const BASE: &'static str = "upsertDeployment";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(2u64, 1u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/upsertDeployment@2.1.0.graphql";
}
/// `houston deployment image update` from 2.1 on: image deploys go through upsertDeployment.
///
/// The mutation `upsertDeploymentImage_2_1_0` (queries/deployment/upsertDeploymentImage@2.1.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct UpsertDeploymentImage;
/// The types of `upsertDeploymentImage_2_1_0` (queries/deployment/upsertDeploymentImage@2.1.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod upsert_deployment_image {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "upsertDeploymentImage_2_1_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment image update` from 2.1 on: image deploys go through upsertDeployment.\nmutation upsertDeploymentImage_2_1_0($releaseName: String!, $image: String!, $runtimeVersion: String!) {\n  upsertDeployment(releaseName: $releaseName, image: $image, runtimeVersion: $runtimeVersion) {\n    id\n    releaseName\n    runtimeVersion\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    /// The variables of `upsertDeploymentImage_2_1_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$releaseName`.
        #[serde(rename = "releaseName")]
        pub release_name: String,
        /// `$image`.
        pub image: String,
        /// `$runtimeVersion`.
        #[serde(rename = "runtimeVersion")]
        pub runtime_version: String,
    }
    impl Variables {}
    /// What `upsertDeploymentImage_2_1_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `upsertDeployment` as selected.
        #[serde(rename = "upsertDeployment")]
        pub upsert_deployment: Option<UpsertDeploymentImageUpsertDeployment>,
    }
    /// A selection in the response of `upsertDeploymentImage_2_1_0` (`UpsertDeploymentImageUpsertDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UpsertDeploymentImageUpsertDeployment {
        /// `id` as selected.
        pub id: String,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `runtimeVersion` as selected.
        #[serde(rename = "runtimeVersion")]
        pub runtime_version: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `upsertDeploymentImage_2_1_0` on `client` with its variables in the order the operation declares them: `Client::execute::<UpsertDeploymentImage>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        release_name: String,
        image: String,
        runtime_version: String,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::UpsertDeploymentImage,
            >(Variables {
                release_name,
                image,
                runtime_version,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for UpsertDeploymentImage {
    type Variables = upsert_deployment_image::Variables;
    type ResponseData = upsert_deployment_image::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: upsert_deployment_image::QUERY,
            operation_name: upsert_deployment_image::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for UpsertDeploymentImage {
    const NAME: &'static str = "upsertDeploymentImage_2_1_0";
    const BASE: &'static str = "upsertDeploymentImage";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(2u64, 1u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/upsertDeploymentImage@2.1.0.graphql";
}
/// `houston deployment get LABEL` (every deployment given by label): the labels of one workspace's deployments.
///
/// The query `workspaceDeploymentLabels` (queries/deployment/workspaceDeploymentLabels.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspaceDeploymentLabels;
/// The types of `workspaceDeploymentLabels` (queries/deployment/workspaceDeploymentLabels.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace_deployment_labels {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaceDeploymentLabels";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment get LABEL` (every deployment given by label): the labels of one workspace's deployments.\nquery workspaceDeploymentLabels($workspaceUuid: Uuid!) {\n  workspaceDeployments(workspaceUuid: $workspaceUuid) {\n    id\n    label\n    releaseName\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `workspaceDeploymentLabels`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceDeploymentLabels` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaceDeployments` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "workspaceDeployments")]
        pub workspace_deployments: Option<
            Vec<Option<WorkspaceDeploymentLabelsWorkspaceDeployments>>,
        >,
    }
    /// A selection in the response of `workspaceDeploymentLabels` (`WorkspaceDeploymentLabelsWorkspaceDeployments`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceDeploymentLabelsWorkspaceDeployments {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaceDeploymentLabels` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspaceDeploymentLabels>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<super::WorkspaceDeploymentLabels>(Variables { workspace_uuid })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspaceDeploymentLabels {
    type Variables = workspace_deployment_labels::Variables;
    type ResponseData = workspace_deployment_labels::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace_deployment_labels::QUERY,
            operation_name: workspace_deployment_labels::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspaceDeploymentLabels {
    const NAME: &'static str = "workspaceDeploymentLabels";
    const BASE: &'static str = "workspaceDeploymentLabels";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/deployment/workspaceDeploymentLabels.graphql";
}
/// `houston deployment list` on platforms before 0.29 (no Astro Runtime fields yet).
///
/// The query `workspaceDeployments` (queries/deployment/workspaceDeployments.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspaceDeployments;
/// The types of `workspaceDeployments` (queries/deployment/workspaceDeployments.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace_deployments {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaceDeployments";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment list` on platforms before 0.29 (no Astro Runtime fields yet).\nquery workspaceDeployments($workspaceUuid: Uuid!) {\n  workspaceDeployments(workspaceUuid: $workspaceUuid) {\n    id\n    label\n    releaseName\n    status\n    version\n    workspace {\n      id\n      label\n    }\n    createdAt\n    updatedAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Uuid = super::Uuid;
    /// The variables of `workspaceDeployments`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceDeployments` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaceDeployments` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "workspaceDeployments")]
        pub workspace_deployments: Option<
            Vec<Option<WorkspaceDeploymentsWorkspaceDeployments>>,
        >,
    }
    /// A selection in the response of `workspaceDeployments` (`WorkspaceDeploymentsWorkspaceDeployments`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceDeploymentsWorkspaceDeployments {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `workspace` as selected.
        pub workspace: Option<WorkspaceDeploymentsWorkspaceDeploymentsWorkspace>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        #[serde(rename = "updatedAt")]
        pub updated_at: DateTime,
    }
    /// A selection in the response of `workspaceDeployments` (`WorkspaceDeploymentsWorkspaceDeploymentsWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceDeploymentsWorkspaceDeploymentsWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaceDeployments` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspaceDeployments>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::WorkspaceDeployments>(Variables { workspace_uuid }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspaceDeployments {
    type Variables = workspace_deployments::Variables;
    type ResponseData = workspace_deployments::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace_deployments::QUERY,
            operation_name: workspace_deployments::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspaceDeployments {
    const NAME: &'static str = "workspaceDeployments";
    const BASE: &'static str = "workspaceDeployments";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/deployment/workspaceDeployments.graphql";
}
/// `houston deployment list` from 0.29 on: Astro Runtime versions.
///
/// The query `workspaceDeployments_0_29_0` (queries/deployment/workspaceDeployments@0.29.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspaceDeployments0290;
/// The types of `workspaceDeployments_0_29_0` (queries/deployment/workspaceDeployments@0.29.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace_deployments_0_29_0 {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaceDeployments_0_29_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment list` from 0.29 on: Astro Runtime versions.\nquery workspaceDeployments_0_29_0($workspaceUuid: Uuid!) {\n  workspaceDeployments(workspaceUuid: $workspaceUuid) {\n    id\n    label\n    releaseName\n    status\n    version\n    runtimeVersion\n    runtimeAirflowVersion\n    workspace {\n      id\n      label\n    }\n    createdAt\n    updatedAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Uuid = super::Uuid;
    /// The variables of `workspaceDeployments_0_29_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceDeployments_0_29_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaceDeployments` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "workspaceDeployments")]
        pub workspace_deployments: Option<
            Vec<Option<WorkspaceDeployments0290WorkspaceDeployments>>,
        >,
    }
    /// A selection in the response of `workspaceDeployments_0_29_0` (`WorkspaceDeployments0290WorkspaceDeployments`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceDeployments0290WorkspaceDeployments {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `runtimeVersion` as selected.
        #[serde(rename = "runtimeVersion")]
        pub runtime_version: Option<String>,
        /// `runtimeAirflowVersion` as selected.
        #[serde(rename = "runtimeAirflowVersion")]
        pub runtime_airflow_version: Option<String>,
        /// `workspace` as selected.
        pub workspace: Option<WorkspaceDeployments0290WorkspaceDeploymentsWorkspace>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        #[serde(rename = "updatedAt")]
        pub updated_at: DateTime,
    }
    /// A selection in the response of `workspaceDeployments_0_29_0` (`WorkspaceDeployments0290WorkspaceDeploymentsWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceDeployments0290WorkspaceDeploymentsWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaceDeployments_0_29_0` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspaceDeployments0290>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<super::WorkspaceDeployments0290>(Variables { workspace_uuid })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspaceDeployments0290 {
    type Variables = workspace_deployments_0_29_0::Variables;
    type ResponseData = workspace_deployments_0_29_0::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace_deployments_0_29_0::QUERY,
            operation_name: workspace_deployments_0_29_0::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspaceDeployments0290 {
    const NAME: &'static str = "workspaceDeployments_0_29_0";
    const BASE: &'static str = "workspaceDeployments";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 29u64, 0u64),
    );
    const FILE: &'static str = "queries/deployment/workspaceDeployments@0.29.0.graphql";
}
/// `houston platform auth`: how people log in (local passwords, identity providers). No token needed.
///
/// The query `authConfig` (queries/platform/authConfig.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct AuthConfig;
/// The types of `authConfig` (queries/platform/authConfig.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod auth_config {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "authConfig";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston platform auth`: how people log in (local passwords, identity providers). No token needed.\nquery authConfig {\n  authConfig {\n    localEnabled\n    publicSignup\n    initialSignup\n    providers {\n      name\n      displayName\n      url\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    /// The variables of `authConfig`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables;
    /// What `authConfig` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `authConfig` as selected.
        #[serde(rename = "authConfig")]
        pub auth_config: Option<AuthConfigAuthConfig>,
    }
    /// A selection in the response of `authConfig` (`AuthConfigAuthConfig`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct AuthConfigAuthConfig {
        /// `localEnabled` as selected.
        #[serde(rename = "localEnabled")]
        pub local_enabled: Option<Boolean>,
        /// `publicSignup` as selected.
        #[serde(rename = "publicSignup")]
        pub public_signup: Option<Boolean>,
        /// `initialSignup` as selected.
        #[serde(rename = "initialSignup")]
        pub initial_signup: Option<Boolean>,
        /// `providers` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub providers: Option<Vec<Option<AuthConfigAuthConfigProviders>>>,
    }
    /// A selection in the response of `authConfig` (`AuthConfigAuthConfigProviders`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct AuthConfigAuthConfigProviders {
        /// `name` as selected.
        pub name: Option<String>,
        /// `displayName` as selected.
        #[serde(rename = "displayName")]
        pub display_name: Option<String>,
        /// `url` as selected.
        pub url: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `authConfig` on `client` with its variables in the order the operation declares them: `Client::execute::<AuthConfig>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::AuthConfig>(Variables).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for AuthConfig {
    type Variables = auth_config::Variables;
    type ResponseData = auth_config::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: auth_config::QUERY,
            operation_name: auth_config::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for AuthConfig {
    const NAME: &'static str = "authConfig";
    const BASE: &'static str = "authConfig";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/platform/authConfig.graphql";
}
/// `houston platform namespaces` before 1.0 (one cluster).
///
/// The query `availableNamespaces` (queries/platform/availableNamespaces.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct AvailableNamespaces;
/// The types of `availableNamespaces` (queries/platform/availableNamespaces.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod available_namespaces {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "availableNamespaces";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston platform namespaces` before 1.0 (one cluster).\nquery availableNamespaces {\n  availableNamespaces {\n    name\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    /// The variables of `availableNamespaces`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables;
    /// What `availableNamespaces` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `availableNamespaces` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "availableNamespaces")]
        pub available_namespaces: Option<
            Vec<Option<AvailableNamespacesAvailableNamespaces>>,
        >,
    }
    /// A selection in the response of `availableNamespaces` (`AvailableNamespacesAvailableNamespaces`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct AvailableNamespacesAvailableNamespaces {
        /// `name` as selected.
        pub name: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `availableNamespaces` on `client` with its variables in the order the operation declares them: `Client::execute::<AvailableNamespaces>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::AvailableNamespaces>(Variables).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for AvailableNamespaces {
    type Variables = available_namespaces::Variables;
    type ResponseData = available_namespaces::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: available_namespaces::QUERY,
            operation_name: available_namespaces::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for AvailableNamespaces {
    const NAME: &'static str = "availableNamespaces";
    const BASE: &'static str = "availableNamespaces";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/platform/availableNamespaces.graphql";
}
/// `houston platform namespaces --cluster` from 1.0 on (multi-cluster).
///
/// The query `availableNamespaces_1_0_0` (queries/platform/availableNamespaces@1.0.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct AvailableNamespaces100;
/// The types of `availableNamespaces_1_0_0` (queries/platform/availableNamespaces@1.0.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod available_namespaces_1_0_0 {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "availableNamespaces_1_0_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston platform namespaces --cluster` from 1.0 on (multi-cluster).\nquery availableNamespaces_1_0_0($clusterId: Uuid!) {\n  availableNamespaces(clusterId: $clusterId) {\n    name\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `availableNamespaces_1_0_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$clusterId`.
        #[serde(rename = "clusterId")]
        pub cluster_id: Uuid,
    }
    impl Variables {}
    /// What `availableNamespaces_1_0_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `availableNamespaces` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "availableNamespaces")]
        pub available_namespaces: Option<
            Vec<Option<AvailableNamespaces100AvailableNamespaces>>,
        >,
    }
    /// A selection in the response of `availableNamespaces_1_0_0` (`AvailableNamespaces100AvailableNamespaces`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct AvailableNamespaces100AvailableNamespaces {
        /// `name` as selected.
        pub name: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `availableNamespaces_1_0_0` on `client` with its variables in the order the operation declares them: `Client::execute::<AvailableNamespaces100>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        cluster_id: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::AvailableNamespaces100>(Variables { cluster_id }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for AvailableNamespaces100 {
    type Variables = available_namespaces_1_0_0::Variables;
    type ResponseData = available_namespaces_1_0_0::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: available_namespaces_1_0_0::QUERY,
            operation_name: available_namespaces_1_0_0::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for AvailableNamespaces100 {
    const NAME: &'static str = "availableNamespaces_1_0_0";
    const BASE: &'static str = "availableNamespaces";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(1u64, 0u64, 0u64),
    );
    const FILE: &'static str = "queries/platform/availableNamespaces@1.0.0.graphql";
}
/// `houston platform version`: works on every platform version (no version-gated fields).
///
/// The query `platformInfo` (queries/platform/platformInfo.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct PlatformInfo;
/// The types of `platformInfo` (queries/platform/platformInfo.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod platform_info {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "platformInfo";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston platform version`: works on every platform version (no version-gated fields).\nquery platformInfo {\n  appConfig {\n    version\n    baseDomain\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    /// The variables of `platformInfo`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables;
    /// What `platformInfo` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `appConfig` as selected.
        #[serde(rename = "appConfig")]
        pub app_config: Option<PlatformInfoAppConfig>,
    }
    /// A selection in the response of `platformInfo` (`PlatformInfoAppConfig`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct PlatformInfoAppConfig {
        /// `version` as selected.
        pub version: Option<String>,
        /// `baseDomain` as selected.
        #[serde(rename = "baseDomain")]
        pub base_domain: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `platformInfo` on `client` with its variables in the order the operation declares them: `Client::execute::<PlatformInfo>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::PlatformInfo>(Variables).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for PlatformInfo {
    type Variables = platform_info::Variables;
    type ResponseData = platform_info::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: platform_info::QUERY,
            operation_name: platform_info::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for PlatformInfo {
    const NAME: &'static str = "platformInfo";
    const BASE: &'static str = "platformInfo";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/platform/platformInfo.graphql";
}
/// `houston platform runtimes`.
///
/// The query `runtimeReleases_0_29_0` (queries/platform/runtimeReleases@0.29.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct RuntimeReleases;
/// The types of `runtimeReleases_0_29_0` (queries/platform/runtimeReleases@0.29.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod runtime_releases {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "runtimeReleases_0_29_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston platform runtimes`.\nquery runtimeReleases_0_29_0($airflowVersion: String, $clusterId: Uuid) {\n  runtimeReleases(airflowVersion: $airflowVersion, clusterId: $clusterId) {\n    version\n    airflowVersion\n    airflowDatabaseMigrations\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `runtimeReleases_0_29_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$airflowVersion`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "airflowVersion")]
        pub airflow_version: Option<String>,
        /// `$clusterId`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "clusterId")]
        pub cluster_id: Option<Uuid>,
    }
    impl Variables {}
    /// What `runtimeReleases_0_29_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `runtimeReleases` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "runtimeReleases")]
        pub runtime_releases: Option<Vec<Option<RuntimeReleasesRuntimeReleases>>>,
    }
    /// A selection in the response of `runtimeReleases_0_29_0` (`RuntimeReleasesRuntimeReleases`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct RuntimeReleasesRuntimeReleases {
        /// `version` as selected.
        pub version: Option<String>,
        /// `airflowVersion` as selected.
        #[serde(rename = "airflowVersion")]
        pub airflow_version: Option<String>,
        /// `airflowDatabaseMigrations` as selected.
        #[serde(rename = "airflowDatabaseMigrations")]
        pub airflow_database_migrations: Option<Boolean>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `runtimeReleases_0_29_0` on `client` with its variables in the order the operation declares them: `Client::execute::<RuntimeReleases>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        airflow_version: Option<String>,
        cluster_id: Option<Uuid>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::RuntimeReleases,
            >(Variables {
                airflow_version,
                cluster_id,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for RuntimeReleases {
    type Variables = runtime_releases::Variables;
    type ResponseData = runtime_releases::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: runtime_releases::QUERY,
            operation_name: runtime_releases::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for RuntimeReleases {
    const NAME: &'static str = "runtimeReleases_0_29_0";
    const BASE: &'static str = "runtimeReleases";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 29u64, 0u64),
    );
    const FILE: &'static str = "queries/platform/runtimeReleases@0.29.0.graphql";
}
/// `houston deployment service-account create`: the only time the full apiKey is returned.
///
/// The mutation `createDeploymentServiceAccount` (queries/service_account/createDeploymentServiceAccount.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct CreateDeploymentServiceAccount;
/// The types of `createDeploymentServiceAccount` (queries/service_account/createDeploymentServiceAccount.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod create_deployment_service_account {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "createDeploymentServiceAccount";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment service-account create`: the only time the full apiKey is returned.\nmutation createDeploymentServiceAccount(\n  $label: String!\n  $category: String\n  $deploymentUuid: Uuid!\n  $role: Role!\n) {\n  createDeploymentServiceAccount(\n    label: $label\n    category: $category\n    deploymentUuid: $deploymentUuid\n    role: $role\n  ) {\n    id\n    label\n    apiKey\n    category\n    active\n    createdAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Uuid = super::Uuid;
    /// The variables of `createDeploymentServiceAccount`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$label`.
        pub label: String,
        /// `$category`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub category: Option<String>,
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
        /// `$role`.
        pub role: Role,
    }
    impl Variables {}
    /// What `createDeploymentServiceAccount` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `createDeploymentServiceAccount` as selected.
        #[serde(rename = "createDeploymentServiceAccount")]
        pub create_deployment_service_account: Option<
            CreateDeploymentServiceAccountCreateDeploymentServiceAccount,
        >,
    }
    /// A selection in the response of `createDeploymentServiceAccount` (`CreateDeploymentServiceAccountCreateDeploymentServiceAccount`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CreateDeploymentServiceAccountCreateDeploymentServiceAccount {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `apiKey` as selected.
        #[serde(rename = "apiKey")]
        pub api_key: Option<String>,
        /// `category` as selected.
        pub category: Option<String>,
        /// `active` as selected.
        pub active: Option<Boolean>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `createDeploymentServiceAccount` on `client` with its variables in the order the operation declares them: `Client::execute::<CreateDeploymentServiceAccount>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        label: String,
        category: Option<String>,
        deployment_uuid: Uuid,
        role: Role,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::CreateDeploymentServiceAccount,
            >(Variables {
                label,
                category,
                deployment_uuid,
                role,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for CreateDeploymentServiceAccount {
    type Variables = create_deployment_service_account::Variables;
    type ResponseData = create_deployment_service_account::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: create_deployment_service_account::QUERY,
            operation_name: create_deployment_service_account::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for CreateDeploymentServiceAccount {
    const NAME: &'static str = "createDeploymentServiceAccount";
    const BASE: &'static str = "createDeploymentServiceAccount";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/service_account/createDeploymentServiceAccount.graphql";
}
/// `houston system service-account create`: the only time the full apiKey is returned.
///
/// The mutation `createSystemServiceAccount` (queries/service_account/createSystemServiceAccount.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct CreateSystemServiceAccount;
/// The types of `createSystemServiceAccount` (queries/service_account/createSystemServiceAccount.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod create_system_service_account {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "createSystemServiceAccount";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston system service-account create`: the only time the full apiKey is returned.\nmutation createSystemServiceAccount($label: String!, $category: String, $role: Role!) {\n  createSystemServiceAccount(label: $label, category: $category, role: $role) {\n    id\n    label\n    apiKey\n    category\n    active\n    createdAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    /// The variables of `createSystemServiceAccount`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$label`.
        pub label: String,
        /// `$category`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub category: Option<String>,
        /// `$role`.
        pub role: Role,
    }
    impl Variables {}
    /// What `createSystemServiceAccount` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `createSystemServiceAccount` as selected.
        #[serde(rename = "createSystemServiceAccount")]
        pub create_system_service_account: Option<
            CreateSystemServiceAccountCreateSystemServiceAccount,
        >,
    }
    /// A selection in the response of `createSystemServiceAccount` (`CreateSystemServiceAccountCreateSystemServiceAccount`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CreateSystemServiceAccountCreateSystemServiceAccount {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `apiKey` as selected.
        #[serde(rename = "apiKey")]
        pub api_key: Option<String>,
        /// `category` as selected.
        pub category: Option<String>,
        /// `active` as selected.
        pub active: Option<Boolean>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `createSystemServiceAccount` on `client` with its variables in the order the operation declares them: `Client::execute::<CreateSystemServiceAccount>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        label: String,
        category: Option<String>,
        role: Role,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::CreateSystemServiceAccount,
            >(Variables { label, category, role })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for CreateSystemServiceAccount {
    type Variables = create_system_service_account::Variables;
    type ResponseData = create_system_service_account::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: create_system_service_account::QUERY,
            operation_name: create_system_service_account::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for CreateSystemServiceAccount {
    const NAME: &'static str = "createSystemServiceAccount";
    const BASE: &'static str = "createSystemServiceAccount";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/service_account/createSystemServiceAccount.graphql";
}
/// `houston workspace service-account create`: the only time the full apiKey is returned.
///
/// The mutation `createWorkspaceServiceAccount` (queries/service_account/createWorkspaceServiceAccount.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct CreateWorkspaceServiceAccount;
/// The types of `createWorkspaceServiceAccount` (queries/service_account/createWorkspaceServiceAccount.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod create_workspace_service_account {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "createWorkspaceServiceAccount";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace service-account create`: the only time the full apiKey is returned.\nmutation createWorkspaceServiceAccount(\n  $label: String!\n  $category: String\n  $workspaceUuid: Uuid!\n  $role: Role!\n) {\n  createWorkspaceServiceAccount(\n    label: $label\n    category: $category\n    workspaceUuid: $workspaceUuid\n    role: $role\n  ) {\n    id\n    label\n    apiKey\n    category\n    active\n    createdAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Uuid = super::Uuid;
    /// The variables of `createWorkspaceServiceAccount`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$label`.
        pub label: String,
        /// `$category`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub category: Option<String>,
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
        /// `$role`.
        pub role: Role,
    }
    impl Variables {}
    /// What `createWorkspaceServiceAccount` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `createWorkspaceServiceAccount` as selected.
        #[serde(rename = "createWorkspaceServiceAccount")]
        pub create_workspace_service_account: Option<
            CreateWorkspaceServiceAccountCreateWorkspaceServiceAccount,
        >,
    }
    /// A selection in the response of `createWorkspaceServiceAccount` (`CreateWorkspaceServiceAccountCreateWorkspaceServiceAccount`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CreateWorkspaceServiceAccountCreateWorkspaceServiceAccount {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `apiKey` as selected.
        #[serde(rename = "apiKey")]
        pub api_key: Option<String>,
        /// `category` as selected.
        pub category: Option<String>,
        /// `active` as selected.
        pub active: Option<Boolean>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `createWorkspaceServiceAccount` on `client` with its variables in the order the operation declares them: `Client::execute::<CreateWorkspaceServiceAccount>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        label: String,
        category: Option<String>,
        workspace_uuid: Uuid,
        role: Role,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::CreateWorkspaceServiceAccount,
            >(Variables {
                label,
                category,
                workspace_uuid,
                role,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for CreateWorkspaceServiceAccount {
    type Variables = create_workspace_service_account::Variables;
    type ResponseData = create_workspace_service_account::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: create_workspace_service_account::QUERY,
            operation_name: create_workspace_service_account::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for CreateWorkspaceServiceAccount {
    const NAME: &'static str = "createWorkspaceServiceAccount";
    const BASE: &'static str = "createWorkspaceServiceAccount";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/service_account/createWorkspaceServiceAccount.graphql";
}
/// `houston deployment service-account delete`.
///
/// The mutation `deleteDeploymentServiceAccount` (queries/service_account/deleteDeploymentServiceAccount.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeleteDeploymentServiceAccount;
/// The types of `deleteDeploymentServiceAccount` (queries/service_account/deleteDeploymentServiceAccount.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod delete_deployment_service_account {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deleteDeploymentServiceAccount";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment service-account delete`.\nmutation deleteDeploymentServiceAccount($serviceAccountUuid: Uuid!, $deploymentUuid: Uuid!) {\n  deleteDeploymentServiceAccount(\n    serviceAccountUuid: $serviceAccountUuid\n    deploymentUuid: $deploymentUuid\n  ) {\n    id\n    label\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `deleteDeploymentServiceAccount`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$serviceAccountUuid`.
        #[serde(rename = "serviceAccountUuid")]
        pub service_account_uuid: Uuid,
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
    }
    impl Variables {}
    /// What `deleteDeploymentServiceAccount` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deleteDeploymentServiceAccount` as selected.
        #[serde(rename = "deleteDeploymentServiceAccount")]
        pub delete_deployment_service_account: Option<
            DeleteDeploymentServiceAccountDeleteDeploymentServiceAccount,
        >,
    }
    /// A selection in the response of `deleteDeploymentServiceAccount` (`DeleteDeploymentServiceAccountDeleteDeploymentServiceAccount`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeleteDeploymentServiceAccountDeleteDeploymentServiceAccount {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deleteDeploymentServiceAccount` on `client` with its variables in the order the operation declares them: `Client::execute::<DeleteDeploymentServiceAccount>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        service_account_uuid: Uuid,
        deployment_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeleteDeploymentServiceAccount,
            >(Variables {
                service_account_uuid,
                deployment_uuid,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeleteDeploymentServiceAccount {
    type Variables = delete_deployment_service_account::Variables;
    type ResponseData = delete_deployment_service_account::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: delete_deployment_service_account::QUERY,
            operation_name: delete_deployment_service_account::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeleteDeploymentServiceAccount {
    const NAME: &'static str = "deleteDeploymentServiceAccount";
    const BASE: &'static str = "deleteDeploymentServiceAccount";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/service_account/deleteDeploymentServiceAccount.graphql";
}
/// `houston system service-account delete`.
///
/// The mutation `deleteSystemServiceAccount` (queries/service_account/deleteSystemServiceAccount.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeleteSystemServiceAccount;
/// The types of `deleteSystemServiceAccount` (queries/service_account/deleteSystemServiceAccount.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod delete_system_service_account {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deleteSystemServiceAccount";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston system service-account delete`.\nmutation deleteSystemServiceAccount($serviceAccountUuid: Uuid!) {\n  deleteSystemServiceAccount(serviceAccountUuid: $serviceAccountUuid) {\n    id\n    label\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `deleteSystemServiceAccount`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$serviceAccountUuid`.
        #[serde(rename = "serviceAccountUuid")]
        pub service_account_uuid: Uuid,
    }
    impl Variables {}
    /// What `deleteSystemServiceAccount` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deleteSystemServiceAccount` as selected.
        #[serde(rename = "deleteSystemServiceAccount")]
        pub delete_system_service_account: Option<
            DeleteSystemServiceAccountDeleteSystemServiceAccount,
        >,
    }
    /// A selection in the response of `deleteSystemServiceAccount` (`DeleteSystemServiceAccountDeleteSystemServiceAccount`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeleteSystemServiceAccountDeleteSystemServiceAccount {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deleteSystemServiceAccount` on `client` with its variables in the order the operation declares them: `Client::execute::<DeleteSystemServiceAccount>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        service_account_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeleteSystemServiceAccount,
            >(Variables { service_account_uuid })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeleteSystemServiceAccount {
    type Variables = delete_system_service_account::Variables;
    type ResponseData = delete_system_service_account::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: delete_system_service_account::QUERY,
            operation_name: delete_system_service_account::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeleteSystemServiceAccount {
    const NAME: &'static str = "deleteSystemServiceAccount";
    const BASE: &'static str = "deleteSystemServiceAccount";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/service_account/deleteSystemServiceAccount.graphql";
}
/// `houston workspace service-account delete`.
///
/// The mutation `deleteWorkspaceServiceAccount` (queries/service_account/deleteWorkspaceServiceAccount.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeleteWorkspaceServiceAccount;
/// The types of `deleteWorkspaceServiceAccount` (queries/service_account/deleteWorkspaceServiceAccount.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod delete_workspace_service_account {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deleteWorkspaceServiceAccount";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace service-account delete`.\nmutation deleteWorkspaceServiceAccount($serviceAccountUuid: Uuid!, $workspaceUuid: Uuid!) {\n  deleteWorkspaceServiceAccount(\n    serviceAccountUuid: $serviceAccountUuid\n    workspaceUuid: $workspaceUuid\n  ) {\n    id\n    label\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `deleteWorkspaceServiceAccount`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$serviceAccountUuid`.
        #[serde(rename = "serviceAccountUuid")]
        pub service_account_uuid: Uuid,
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `deleteWorkspaceServiceAccount` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deleteWorkspaceServiceAccount` as selected.
        #[serde(rename = "deleteWorkspaceServiceAccount")]
        pub delete_workspace_service_account: Option<
            DeleteWorkspaceServiceAccountDeleteWorkspaceServiceAccount,
        >,
    }
    /// A selection in the response of `deleteWorkspaceServiceAccount` (`DeleteWorkspaceServiceAccountDeleteWorkspaceServiceAccount`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeleteWorkspaceServiceAccountDeleteWorkspaceServiceAccount {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deleteWorkspaceServiceAccount` on `client` with its variables in the order the operation declares them: `Client::execute::<DeleteWorkspaceServiceAccount>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        service_account_uuid: Uuid,
        workspace_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeleteWorkspaceServiceAccount,
            >(Variables {
                service_account_uuid,
                workspace_uuid,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeleteWorkspaceServiceAccount {
    type Variables = delete_workspace_service_account::Variables;
    type ResponseData = delete_workspace_service_account::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: delete_workspace_service_account::QUERY,
            operation_name: delete_workspace_service_account::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeleteWorkspaceServiceAccount {
    const NAME: &'static str = "deleteWorkspaceServiceAccount";
    const BASE: &'static str = "deleteWorkspaceServiceAccount";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/service_account/deleteWorkspaceServiceAccount.graphql";
}
/// `houston deployment service-account get`.
///
/// The query `deploymentServiceAccount` (queries/service_account/deploymentServiceAccount.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeploymentServiceAccount;
/// The types of `deploymentServiceAccount` (queries/service_account/deploymentServiceAccount.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment_service_account {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deploymentServiceAccount";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment service-account get`.\nquery deploymentServiceAccount($deploymentUuid: Uuid!, $serviceAccountUuid: Uuid!) {\n  deploymentServiceAccount(\n    deploymentUuid: $deploymentUuid\n    serviceAccountUuid: $serviceAccountUuid\n  ) {\n    id\n    label\n    category\n    active\n    lastUsedAt\n    createdAt\n    updatedAt\n    roleBindings {\n      role\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Uuid = super::Uuid;
    /// The variables of `deploymentServiceAccount`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
        /// `$serviceAccountUuid`.
        #[serde(rename = "serviceAccountUuid")]
        pub service_account_uuid: Uuid,
    }
    impl Variables {}
    /// What `deploymentServiceAccount` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deploymentServiceAccount` as selected.
        #[serde(rename = "deploymentServiceAccount")]
        pub deployment_service_account: Option<
            DeploymentServiceAccountDeploymentServiceAccount,
        >,
    }
    /// A selection in the response of `deploymentServiceAccount` (`DeploymentServiceAccountDeploymentServiceAccount`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentServiceAccountDeploymentServiceAccount {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `category` as selected.
        pub category: Option<String>,
        /// `active` as selected.
        pub active: Option<Boolean>,
        /// `lastUsedAt` as selected.
        #[serde(rename = "lastUsedAt")]
        pub last_used_at: Option<DateTime>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        #[serde(rename = "updatedAt")]
        pub updated_at: DateTime,
        /// `roleBindings` as selected.
        #[serde(rename = "roleBindings")]
        pub role_bindings: Vec<
            DeploymentServiceAccountDeploymentServiceAccountRoleBindings,
        >,
    }
    /// A selection in the response of `deploymentServiceAccount` (`DeploymentServiceAccountDeploymentServiceAccountRoleBindings`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentServiceAccountDeploymentServiceAccountRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deploymentServiceAccount` on `client` with its variables in the order the operation declares them: `Client::execute::<DeploymentServiceAccount>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
        service_account_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeploymentServiceAccount,
            >(Variables {
                deployment_uuid,
                service_account_uuid,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeploymentServiceAccount {
    type Variables = deployment_service_account::Variables;
    type ResponseData = deployment_service_account::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment_service_account::QUERY,
            operation_name: deployment_service_account::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeploymentServiceAccount {
    const NAME: &'static str = "deploymentServiceAccount";
    const BASE: &'static str = "deploymentServiceAccount";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/service_account/deploymentServiceAccount.graphql";
}
/// `houston deployment service-account list`.
///
/// The query `deploymentServiceAccounts` (queries/service_account/deploymentServiceAccounts.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeploymentServiceAccounts;
/// The types of `deploymentServiceAccounts` (queries/service_account/deploymentServiceAccounts.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod deployment_service_accounts {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deploymentServiceAccounts";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment service-account list`.\nquery deploymentServiceAccounts($deploymentUuid: Uuid!) {\n  deploymentServiceAccounts(deploymentUuid: $deploymentUuid) {\n    id\n    label\n    category\n    active\n    lastUsedAt\n    createdAt\n    roleBindings {\n      role\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Uuid = super::Uuid;
    /// The variables of `deploymentServiceAccounts`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
    }
    impl Variables {}
    /// What `deploymentServiceAccounts` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deploymentServiceAccounts` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "deploymentServiceAccounts")]
        pub deployment_service_accounts: Option<
            Vec<Option<DeploymentServiceAccountsDeploymentServiceAccounts>>,
        >,
    }
    /// A selection in the response of `deploymentServiceAccounts` (`DeploymentServiceAccountsDeploymentServiceAccounts`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentServiceAccountsDeploymentServiceAccounts {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `category` as selected.
        pub category: Option<String>,
        /// `active` as selected.
        pub active: Option<Boolean>,
        /// `lastUsedAt` as selected.
        #[serde(rename = "lastUsedAt")]
        pub last_used_at: Option<DateTime>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `roleBindings` as selected.
        #[serde(rename = "roleBindings")]
        pub role_bindings: Vec<
            DeploymentServiceAccountsDeploymentServiceAccountsRoleBindings,
        >,
    }
    /// A selection in the response of `deploymentServiceAccounts` (`DeploymentServiceAccountsDeploymentServiceAccountsRoleBindings`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeploymentServiceAccountsDeploymentServiceAccountsRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deploymentServiceAccounts` on `client` with its variables in the order the operation declares them: `Client::execute::<DeploymentServiceAccounts>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        deployment_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<super::DeploymentServiceAccounts>(Variables { deployment_uuid })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeploymentServiceAccounts {
    type Variables = deployment_service_accounts::Variables;
    type ResponseData = deployment_service_accounts::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: deployment_service_accounts::QUERY,
            operation_name: deployment_service_accounts::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeploymentServiceAccounts {
    const NAME: &'static str = "deploymentServiceAccounts";
    const BASE: &'static str = "deploymentServiceAccounts";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/service_account/deploymentServiceAccounts.graphql";
}
/// `houston system service-account list`. allow-deprecated: the entity-typed query is the only way Houston lists system service accounts.
///
/// The query `systemServiceAccounts` (queries/service_account/systemServiceAccounts.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct SystemServiceAccounts;
/// The types of `systemServiceAccounts` (queries/service_account/systemServiceAccounts.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod system_service_accounts {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "systemServiceAccounts";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston system service-account list`.\n# allow-deprecated: the entity-typed query is the only way Houston lists system service accounts.\nquery systemServiceAccounts {\n  serviceAccounts(entityType: SYSTEM) {\n    id\n    label\n    category\n    active\n    lastUsedAt\n    createdAt\n    roleBindings {\n      role\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    /// The variables of `systemServiceAccounts`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables;
    /// What `systemServiceAccounts` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `serviceAccounts` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "serviceAccounts")]
        pub service_accounts: Option<Vec<Option<SystemServiceAccountsServiceAccounts>>>,
    }
    /// A selection in the response of `systemServiceAccounts` (`SystemServiceAccountsServiceAccounts`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct SystemServiceAccountsServiceAccounts {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `category` as selected.
        pub category: Option<String>,
        /// `active` as selected.
        pub active: Option<Boolean>,
        /// `lastUsedAt` as selected.
        #[serde(rename = "lastUsedAt")]
        pub last_used_at: Option<DateTime>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `roleBindings` as selected.
        #[serde(rename = "roleBindings")]
        pub role_bindings: Vec<SystemServiceAccountsServiceAccountsRoleBindings>,
    }
    /// A selection in the response of `systemServiceAccounts` (`SystemServiceAccountsServiceAccountsRoleBindings`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct SystemServiceAccountsServiceAccountsRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `systemServiceAccounts` on `client` with its variables in the order the operation declares them: `Client::execute::<SystemServiceAccounts>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::SystemServiceAccounts>(Variables).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for SystemServiceAccounts {
    type Variables = system_service_accounts::Variables;
    type ResponseData = system_service_accounts::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: system_service_accounts::QUERY,
            operation_name: system_service_accounts::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for SystemServiceAccounts {
    const NAME: &'static str = "systemServiceAccounts";
    const BASE: &'static str = "systemServiceAccounts";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/service_account/systemServiceAccounts.graphql";
}
/// `houston workspace service-account list`.
///
/// The query `workspaceServiceAccounts` (queries/service_account/workspaceServiceAccounts.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspaceServiceAccounts;
/// The types of `workspaceServiceAccounts` (queries/service_account/workspaceServiceAccounts.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace_service_accounts {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaceServiceAccounts";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace service-account list`.\nquery workspaceServiceAccounts($workspaceUuid: Uuid!) {\n  workspaceServiceAccounts(workspaceUuid: $workspaceUuid) {\n    id\n    label\n    category\n    active\n    lastUsedAt\n    createdAt\n    roleBindings {\n      role\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Uuid = super::Uuid;
    /// The variables of `workspaceServiceAccounts`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceServiceAccounts` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaceServiceAccounts` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "workspaceServiceAccounts")]
        pub workspace_service_accounts: Option<
            Vec<Option<WorkspaceServiceAccountsWorkspaceServiceAccounts>>,
        >,
    }
    /// A selection in the response of `workspaceServiceAccounts` (`WorkspaceServiceAccountsWorkspaceServiceAccounts`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceServiceAccountsWorkspaceServiceAccounts {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `category` as selected.
        pub category: Option<String>,
        /// `active` as selected.
        pub active: Option<Boolean>,
        /// `lastUsedAt` as selected.
        #[serde(rename = "lastUsedAt")]
        pub last_used_at: Option<DateTime>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `roleBindings` as selected.
        #[serde(rename = "roleBindings")]
        pub role_bindings: Vec<
            WorkspaceServiceAccountsWorkspaceServiceAccountsRoleBindings,
        >,
    }
    /// A selection in the response of `workspaceServiceAccounts` (`WorkspaceServiceAccountsWorkspaceServiceAccountsRoleBindings`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceServiceAccountsWorkspaceServiceAccountsRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaceServiceAccounts` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspaceServiceAccounts>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<super::WorkspaceServiceAccounts>(Variables { workspace_uuid })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspaceServiceAccounts {
    type Variables = workspace_service_accounts::Variables;
    type ResponseData = workspace_service_accounts::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace_service_accounts::QUERY,
            operation_name: workspace_service_accounts::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspaceServiceAccounts {
    const NAME: &'static str = "workspaceServiceAccounts";
    const BASE: &'static str = "workspaceServiceAccounts";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/service_account/workspaceServiceAccounts.graphql";
}
/// `houston team system-role TEAM ROLE`.
///
/// The mutation `createTeamSystemRoleBinding_0_29_2` (queries/team/createTeamSystemRoleBinding@0.29.2.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct CreateTeamSystemRoleBinding;
/// The types of `createTeamSystemRoleBinding_0_29_2` (queries/team/createTeamSystemRoleBinding@0.29.2.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod create_team_system_role_binding {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "createTeamSystemRoleBinding_0_29_2";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston team system-role TEAM ROLE`.\nmutation createTeamSystemRoleBinding_0_29_2($teamUuid: Uuid!, $role: Role!) {\n  createTeamSystemRoleBinding(teamUuid: $teamUuid, role: $role) {\n    id\n    role\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `createTeamSystemRoleBinding_0_29_2`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$teamUuid`.
        #[serde(rename = "teamUuid")]
        pub team_uuid: Uuid,
        /// `$role`.
        pub role: Role,
    }
    impl Variables {}
    /// What `createTeamSystemRoleBinding_0_29_2` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `createTeamSystemRoleBinding` as selected.
        #[serde(rename = "createTeamSystemRoleBinding")]
        pub create_team_system_role_binding: Option<
            CreateTeamSystemRoleBindingCreateTeamSystemRoleBinding,
        >,
    }
    /// A selection in the response of `createTeamSystemRoleBinding_0_29_2` (`CreateTeamSystemRoleBindingCreateTeamSystemRoleBinding`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CreateTeamSystemRoleBindingCreateTeamSystemRoleBinding {
        /// `id` as selected.
        pub id: String,
        /// `role` as selected.
        pub role: Option<Role>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `createTeamSystemRoleBinding_0_29_2` on `client` with its variables in the order the operation declares them: `Client::execute::<CreateTeamSystemRoleBinding>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        team_uuid: Uuid,
        role: Role,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<super::CreateTeamSystemRoleBinding>(Variables { team_uuid, role })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for CreateTeamSystemRoleBinding {
    type Variables = create_team_system_role_binding::Variables;
    type ResponseData = create_team_system_role_binding::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: create_team_system_role_binding::QUERY,
            operation_name: create_team_system_role_binding::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for CreateTeamSystemRoleBinding {
    const NAME: &'static str = "createTeamSystemRoleBinding_0_29_2";
    const BASE: &'static str = "createTeamSystemRoleBinding";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 29u64, 2u64),
    );
    const FILE: &'static str = "queries/team/createTeamSystemRoleBinding@0.29.2.graphql";
}
/// `houston team system-role TEAM NONE` (and before a change of system role).
///
/// The mutation `deleteTeamSystemRoleBinding_0_29_2` (queries/team/deleteTeamSystemRoleBinding@0.29.2.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeleteTeamSystemRoleBinding;
/// The types of `deleteTeamSystemRoleBinding_0_29_2` (queries/team/deleteTeamSystemRoleBinding@0.29.2.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod delete_team_system_role_binding {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deleteTeamSystemRoleBinding_0_29_2";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston team system-role TEAM NONE` (and before a change of system role).\nmutation deleteTeamSystemRoleBinding_0_29_2($teamUuid: Uuid!, $role: Role!) {\n  deleteTeamSystemRoleBinding(teamUuid: $teamUuid, role: $role) {\n    id\n    role\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `deleteTeamSystemRoleBinding_0_29_2`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$teamUuid`.
        #[serde(rename = "teamUuid")]
        pub team_uuid: Uuid,
        /// `$role`.
        pub role: Role,
    }
    impl Variables {}
    /// What `deleteTeamSystemRoleBinding_0_29_2` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deleteTeamSystemRoleBinding` as selected.
        #[serde(rename = "deleteTeamSystemRoleBinding")]
        pub delete_team_system_role_binding: Option<
            DeleteTeamSystemRoleBindingDeleteTeamSystemRoleBinding,
        >,
    }
    /// A selection in the response of `deleteTeamSystemRoleBinding_0_29_2` (`DeleteTeamSystemRoleBindingDeleteTeamSystemRoleBinding`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeleteTeamSystemRoleBindingDeleteTeamSystemRoleBinding {
        /// `id` as selected.
        pub id: String,
        /// `role` as selected.
        pub role: Option<Role>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deleteTeamSystemRoleBinding_0_29_2` on `client` with its variables in the order the operation declares them: `Client::execute::<DeleteTeamSystemRoleBinding>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        team_uuid: Uuid,
        role: Role,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<super::DeleteTeamSystemRoleBinding>(Variables { team_uuid, role })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeleteTeamSystemRoleBinding {
    type Variables = delete_team_system_role_binding::Variables;
    type ResponseData = delete_team_system_role_binding::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: delete_team_system_role_binding::QUERY,
            operation_name: delete_team_system_role_binding::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeleteTeamSystemRoleBinding {
    const NAME: &'static str = "deleteTeamSystemRoleBinding_0_29_2";
    const BASE: &'static str = "deleteTeamSystemRoleBinding";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 29u64, 2u64),
    );
    const FILE: &'static str = "queries/team/deleteTeamSystemRoleBinding@0.29.2.graphql";
}
/// `houston team list`; a team's system role is its SYSTEM_* binding.
///
/// The query `paginatedTeams_0_28_0` (queries/team/paginatedTeams@0.28.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct PaginatedTeams;
/// The types of `paginatedTeams_0_28_0` (queries/team/paginatedTeams@0.28.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod paginated_teams {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "paginatedTeams_0_28_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston team list`; a team's system role is its SYSTEM_* binding.\nquery paginatedTeams_0_28_0($take: Int, $cursor: Uuid, $workspaceUuid: Uuid) {\n  paginatedTeams(take: $take, cursor: $cursor, workspaceUuid: $workspaceUuid) {\n    count\n    teams {\n      id\n      name\n      roleBindings {\n        role\n      }\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `paginatedTeams_0_28_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$take`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub take: Option<Int>,
        /// `$cursor`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub cursor: Option<Uuid>,
        /// `$workspaceUuid`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Option<Uuid>,
    }
    impl Variables {}
    /// What `paginatedTeams_0_28_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `paginatedTeams` as selected.
        #[serde(rename = "paginatedTeams")]
        pub paginated_teams: Option<PaginatedTeamsPaginatedTeams>,
    }
    /// A selection in the response of `paginatedTeams_0_28_0` (`PaginatedTeamsPaginatedTeams`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct PaginatedTeamsPaginatedTeams {
        /// `count` as selected.
        pub count: Option<Int>,
        /// `teams` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub teams: Option<Vec<Option<PaginatedTeamsPaginatedTeamsTeams>>>,
    }
    /// A selection in the response of `paginatedTeams_0_28_0` (`PaginatedTeamsPaginatedTeamsTeams`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct PaginatedTeamsPaginatedTeamsTeams {
        /// `id` as selected.
        pub id: Option<String>,
        /// `name` as selected.
        pub name: Option<String>,
        /// `roleBindings` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "roleBindings")]
        pub role_bindings: Option<
            Vec<Option<PaginatedTeamsPaginatedTeamsTeamsRoleBindings>>,
        >,
    }
    /// A selection in the response of `paginatedTeams_0_28_0` (`PaginatedTeamsPaginatedTeamsTeamsRoleBindings`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct PaginatedTeamsPaginatedTeamsTeamsRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `paginatedTeams_0_28_0` on `client` with its variables in the order the operation declares them: `Client::execute::<PaginatedTeams>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        take: Option<Int>,
        cursor: Option<Uuid>,
        workspace_uuid: Option<Uuid>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::PaginatedTeams,
            >(Variables {
                take,
                cursor,
                workspace_uuid,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for PaginatedTeams {
    type Variables = paginated_teams::Variables;
    type ResponseData = paginated_teams::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: paginated_teams::QUERY,
            operation_name: paginated_teams::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for PaginatedTeams {
    const NAME: &'static str = "paginatedTeams_0_28_0";
    const BASE: &'static str = "paginatedTeams";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 28u64, 0u64),
    );
    const FILE: &'static str = "queries/team/paginatedTeams@0.28.0.graphql";
}
/// `houston team get`.
///
/// The query `team_0_28_0` (queries/team/team@0.28.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct Team;
/// The types of `team_0_28_0` (queries/team/team@0.28.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod team {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "team_0_28_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston team get`.\nquery team_0_28_0($teamUuid: Uuid!) {\n  team(teamUuid: $teamUuid) {\n    id\n    name\n    createdAt\n    roleBindings {\n      id\n      role\n      workspace {\n        id\n        label\n      }\n      deployment {\n        id\n        label\n        releaseName\n      }\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Uuid = super::Uuid;
    /// The variables of `team_0_28_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$teamUuid`.
        #[serde(rename = "teamUuid")]
        pub team_uuid: Uuid,
    }
    impl Variables {}
    /// What `team_0_28_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `team` as selected.
        pub team: Option<TeamTeam>,
    }
    /// A selection in the response of `team_0_28_0` (`TeamTeam`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct TeamTeam {
        /// `id` as selected.
        pub id: Option<String>,
        /// `name` as selected.
        pub name: Option<String>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: Option<DateTime>,
        /// `roleBindings` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "roleBindings")]
        pub role_bindings: Option<Vec<Option<TeamTeamRoleBindings>>>,
    }
    /// A selection in the response of `team_0_28_0` (`TeamTeamRoleBindings`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct TeamTeamRoleBindings {
        /// `id` as selected.
        pub id: String,
        /// `role` as selected.
        pub role: Option<Role>,
        /// `workspace` as selected.
        pub workspace: Option<TeamTeamRoleBindingsWorkspace>,
        /// `deployment` as selected.
        pub deployment: Option<TeamTeamRoleBindingsDeployment>,
    }
    /// A selection in the response of `team_0_28_0` (`TeamTeamRoleBindingsWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct TeamTeamRoleBindingsWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    /// A selection in the response of `team_0_28_0` (`TeamTeamRoleBindingsDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct TeamTeamRoleBindingsDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `team_0_28_0` on `client` with its variables in the order the operation declares them: `Client::execute::<Team>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        team_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::Team>(Variables { team_uuid }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for Team {
    type Variables = team::Variables;
    type ResponseData = team::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: team::QUERY,
            operation_name: team::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for Team {
    const NAME: &'static str = "team_0_28_0";
    const BASE: &'static str = "team";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 28u64, 0u64),
    );
    const FILE: &'static str = "queries/team/team@0.28.0.graphql";
}
/// `houston team users`.
///
/// The query `teamUsers_0_28_0` (queries/team/teamUsers@0.28.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct TeamUsers;
/// The types of `teamUsers_0_28_0` (queries/team/teamUsers@0.28.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod team_users {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "teamUsers_0_28_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston team users`.\nquery teamUsers_0_28_0($teamUuid: Uuid!) {\n  teamUsers(teamUuid: $teamUuid) {\n    id\n    username\n    status\n    emails {\n      address\n      primary\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `teamUsers_0_28_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$teamUuid`.
        #[serde(rename = "teamUuid")]
        pub team_uuid: Uuid,
    }
    impl Variables {}
    /// What `teamUsers_0_28_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `teamUsers` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "teamUsers")]
        pub team_users: Option<Vec<Option<TeamUsersTeamUsers>>>,
    }
    /// A selection in the response of `teamUsers_0_28_0` (`TeamUsersTeamUsers`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct TeamUsersTeamUsers {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `emails` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub emails: Option<Vec<Option<TeamUsersTeamUsersEmails>>>,
    }
    /// A selection in the response of `teamUsers_0_28_0` (`TeamUsersTeamUsersEmails`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct TeamUsersTeamUsersEmails {
        /// `address` as selected.
        pub address: Option<String>,
        /// `primary` as selected.
        pub primary: Option<Boolean>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `teamUsers_0_28_0` on `client` with its variables in the order the operation declares them: `Client::execute::<TeamUsers>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        team_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::TeamUsers>(Variables { team_uuid }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for TeamUsers {
    type Variables = team_users::Variables;
    type ResponseData = team_users::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: team_users::QUERY,
            operation_name: team_users::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for TeamUsers {
    const NAME: &'static str = "teamUsers_0_28_0";
    const BASE: &'static str = "teamUsers";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 28u64, 0u64),
    );
    const FILE: &'static str = "queries/team/teamUsers@0.28.0.graphql";
}
/// `houston user system-role add` (e.g. SYSTEM_ADMIN).
///
/// The mutation `createSystemRoleBinding` (queries/user/createSystemRoleBinding.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct CreateSystemRoleBinding;
/// The types of `createSystemRoleBinding` (queries/user/createSystemRoleBinding.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod create_system_role_binding {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "createSystemRoleBinding";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston user system-role add` (e.g. SYSTEM_ADMIN).\nmutation createSystemRoleBinding($userId: ID!, $role: Role!) {\n  createSystemRoleBinding(userId: $userId, role: $role) {\n    id\n    role\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    /// The variables of `createSystemRoleBinding`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$userId`.
        #[serde(rename = "userId")]
        pub user_id: Id,
        /// `$role`.
        pub role: Role,
    }
    impl Variables {}
    /// What `createSystemRoleBinding` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `createSystemRoleBinding` as selected.
        #[serde(rename = "createSystemRoleBinding")]
        pub create_system_role_binding: Option<
            CreateSystemRoleBindingCreateSystemRoleBinding,
        >,
    }
    /// A selection in the response of `createSystemRoleBinding` (`CreateSystemRoleBindingCreateSystemRoleBinding`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CreateSystemRoleBindingCreateSystemRoleBinding {
        /// `id` as selected.
        pub id: String,
        /// `role` as selected.
        pub role: Option<Role>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `createSystemRoleBinding` on `client` with its variables in the order the operation declares them: `Client::execute::<CreateSystemRoleBinding>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        user_id: Id,
        role: Role,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<super::CreateSystemRoleBinding>(Variables { user_id, role })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for CreateSystemRoleBinding {
    type Variables = create_system_role_binding::Variables;
    type ResponseData = create_system_role_binding::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: create_system_role_binding::QUERY,
            operation_name: create_system_role_binding::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for CreateSystemRoleBinding {
    const NAME: &'static str = "createSystemRoleBinding";
    const BASE: &'static str = "createSystemRoleBinding";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/user/createSystemRoleBinding.graphql";
}
/// `houston login --username NAME`: a user token for local (password) accounts. No token needed.
///
/// The mutation `createToken` (queries/user/createToken.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct CreateToken;
/// The types of `createToken` (queries/user/createToken.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod create_token {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "createToken";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston login --username NAME`: a user token for local (password) accounts. No token needed.\nmutation createToken($identity: String, $password: String!) {\n  createToken(identity: $identity, password: $password) {\n    user {\n      id\n      username\n    }\n    token {\n      value\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    /// The variables of `createToken`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$identity`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub identity: Option<String>,
        /// `$password`.
        pub password: String,
    }
    impl Variables {}
    /// What `createToken` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `createToken` as selected.
        #[serde(rename = "createToken")]
        pub create_token: Option<CreateTokenCreateToken>,
    }
    /// A selection in the response of `createToken` (`CreateTokenCreateToken`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CreateTokenCreateToken {
        /// `user` as selected.
        pub user: Option<CreateTokenCreateTokenUser>,
        /// `token` as selected.
        pub token: Option<CreateTokenCreateTokenToken>,
    }
    /// A selection in the response of `createToken` (`CreateTokenCreateTokenUser`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CreateTokenCreateTokenUser {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
    }
    /// A selection in the response of `createToken` (`CreateTokenCreateTokenToken`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CreateTokenCreateTokenToken {
        /// `value` as selected.
        pub value: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `createToken` on `client` with its variables in the order the operation declares them: `Client::execute::<CreateToken>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        identity: Option<String>,
        password: String,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::CreateToken>(Variables { identity, password }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for CreateToken {
    type Variables = create_token::Variables;
    type ResponseData = create_token::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: create_token::QUERY,
            operation_name: create_token::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for CreateToken {
    const NAME: &'static str = "createToken";
    const BASE: &'static str = "createToken";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/user/createToken.graphql";
}
/// `houston user create` (local auth): the password travels once, in this request only.
///
/// The mutation `createUser` (queries/user/createUser.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct CreateUser;
/// The types of `createUser` (queries/user/createUser.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod create_user {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "createUser";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston user create` (local auth): the password travels once, in this request only.\nmutation createUser($email: String!, $password: String!, $username: String, $inviteToken: String) {\n  createUser(email: $email, password: $password, username: $username, inviteToken: $inviteToken) {\n    user {\n      id\n      username\n      status\n      createdAt\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    /// The variables of `createUser`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$email`.
        pub email: String,
        /// `$password`.
        pub password: String,
        /// `$username`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub username: Option<String>,
        /// `$inviteToken`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "inviteToken")]
        pub invite_token: Option<String>,
    }
    impl Variables {}
    /// What `createUser` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `createUser` as selected.
        #[serde(rename = "createUser")]
        pub create_user: Option<CreateUserCreateUser>,
    }
    /// A selection in the response of `createUser` (`CreateUserCreateUser`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CreateUserCreateUser {
        /// `user` as selected.
        pub user: Option<CreateUserCreateUserUser>,
    }
    /// A selection in the response of `createUser` (`CreateUserCreateUserUser`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CreateUserCreateUserUser {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `createUser` on `client` with its variables in the order the operation declares them: `Client::execute::<CreateUser>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        email: String,
        password: String,
        username: Option<String>,
        invite_token: Option<String>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::CreateUser,
            >(Variables {
                email,
                password,
                username,
                invite_token,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for CreateUser {
    type Variables = create_user::Variables;
    type ResponseData = create_user::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: create_user::QUERY,
            operation_name: create_user::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for CreateUser {
    const NAME: &'static str = "createUser";
    const BASE: &'static str = "createUser";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/user/createUser.graphql";
}
/// `houston user me`: who the token belongs to.
///
/// The query `currentUser` (queries/user/currentUser.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct CurrentUser;
/// The types of `currentUser` (queries/user/currentUser.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod current_user {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "currentUser";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston user me`: who the token belongs to.\nquery currentUser {\n  self {\n    user {\n      id\n      username\n      fullName\n      status\n      emails {\n        address\n        primary\n        verified\n      }\n      roleBindings {\n        role\n        workspace {\n          id\n          label\n        }\n        deployment {\n          id\n          label\n          releaseName\n        }\n      }\n    }\n    isAdmin\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    /// The variables of `currentUser`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables;
    /// What `currentUser` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `self` as selected.
        #[serde(rename = "self")]
        pub self_: Option<CurrentUserSelf>,
    }
    /// A selection in the response of `currentUser` (`CurrentUserSelf`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CurrentUserSelf {
        /// `user` as selected.
        pub user: Option<CurrentUserSelfUser>,
        /// `isAdmin` as selected.
        #[serde(rename = "isAdmin")]
        pub is_admin: Option<Boolean>,
    }
    /// A selection in the response of `currentUser` (`CurrentUserSelfUser`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CurrentUserSelfUser {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
        /// `fullName` as selected.
        #[serde(rename = "fullName")]
        pub full_name: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `emails` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub emails: Option<Vec<Option<CurrentUserSelfUserEmails>>>,
        /// `roleBindings` as selected.
        #[serde(rename = "roleBindings")]
        pub role_bindings: Vec<CurrentUserSelfUserRoleBindings>,
    }
    /// A selection in the response of `currentUser` (`CurrentUserSelfUserEmails`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CurrentUserSelfUserEmails {
        /// `address` as selected.
        pub address: Option<String>,
        /// `primary` as selected.
        pub primary: Option<Boolean>,
        /// `verified` as selected.
        pub verified: Option<Boolean>,
    }
    /// A selection in the response of `currentUser` (`CurrentUserSelfUserRoleBindings`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CurrentUserSelfUserRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `workspace` as selected.
        pub workspace: Option<CurrentUserSelfUserRoleBindingsWorkspace>,
        /// `deployment` as selected.
        pub deployment: Option<CurrentUserSelfUserRoleBindingsDeployment>,
    }
    /// A selection in the response of `currentUser` (`CurrentUserSelfUserRoleBindingsWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CurrentUserSelfUserRoleBindingsWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    /// A selection in the response of `currentUser` (`CurrentUserSelfUserRoleBindingsDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CurrentUserSelfUserRoleBindingsDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `currentUser` on `client` with its variables in the order the operation declares them: `Client::execute::<CurrentUser>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::CurrentUser>(Variables).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for CurrentUser {
    type Variables = current_user::Variables;
    type ResponseData = current_user::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: current_user::QUERY,
            operation_name: current_user::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for CurrentUser {
    const NAME: &'static str = "currentUser";
    const BASE: &'static str = "currentUser";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/user/currentUser.graphql";
}
/// `houston invite revoke`.
///
/// The mutation `deleteInviteToken` (queries/user/deleteInviteToken.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeleteInviteToken;
/// The types of `deleteInviteToken` (queries/user/deleteInviteToken.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod delete_invite_token {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deleteInviteToken";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston invite revoke`.\nmutation deleteInviteToken($inviteUuid: Uuid, $workspaceUuid: Uuid) {\n  deleteInviteToken(inviteUuid: $inviteUuid, workspaceUuid: $workspaceUuid) {\n    id\n    email\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `deleteInviteToken`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$inviteUuid`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "inviteUuid")]
        pub invite_uuid: Option<Uuid>,
        /// `$workspaceUuid`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Option<Uuid>,
    }
    impl Variables {}
    /// What `deleteInviteToken` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deleteInviteToken` as selected.
        #[serde(rename = "deleteInviteToken")]
        pub delete_invite_token: Option<DeleteInviteTokenDeleteInviteToken>,
    }
    /// A selection in the response of `deleteInviteToken` (`DeleteInviteTokenDeleteInviteToken`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeleteInviteTokenDeleteInviteToken {
        /// `id` as selected.
        pub id: Option<String>,
        /// `email` as selected.
        pub email: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deleteInviteToken` on `client` with its variables in the order the operation declares them: `Client::execute::<DeleteInviteToken>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        invite_uuid: Option<Uuid>,
        workspace_uuid: Option<Uuid>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::DeleteInviteToken,
            >(Variables {
                invite_uuid,
                workspace_uuid,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeleteInviteToken {
    type Variables = delete_invite_token::Variables;
    type ResponseData = delete_invite_token::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: delete_invite_token::QUERY,
            operation_name: delete_invite_token::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeleteInviteToken {
    const NAME: &'static str = "deleteInviteToken";
    const BASE: &'static str = "deleteInviteToken";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/user/deleteInviteToken.graphql";
}
/// `houston user system-role remove`.
///
/// The mutation `deleteSystemRoleBinding` (queries/user/deleteSystemRoleBinding.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeleteSystemRoleBinding;
/// The types of `deleteSystemRoleBinding` (queries/user/deleteSystemRoleBinding.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod delete_system_role_binding {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deleteSystemRoleBinding";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston user system-role remove`.\nmutation deleteSystemRoleBinding($userId: ID!, $role: Role!) {\n  deleteSystemRoleBinding(userId: $userId, role: $role) {\n    id\n    role\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    /// The variables of `deleteSystemRoleBinding`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$userId`.
        #[serde(rename = "userId")]
        pub user_id: Id,
        /// `$role`.
        pub role: Role,
    }
    impl Variables {}
    /// What `deleteSystemRoleBinding` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deleteSystemRoleBinding` as selected.
        #[serde(rename = "deleteSystemRoleBinding")]
        pub delete_system_role_binding: Option<
            DeleteSystemRoleBindingDeleteSystemRoleBinding,
        >,
    }
    /// A selection in the response of `deleteSystemRoleBinding` (`DeleteSystemRoleBindingDeleteSystemRoleBinding`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeleteSystemRoleBindingDeleteSystemRoleBinding {
        /// `id` as selected.
        pub id: String,
        /// `role` as selected.
        pub role: Option<Role>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deleteSystemRoleBinding` on `client` with its variables in the order the operation declares them: `Client::execute::<DeleteSystemRoleBinding>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        user_id: Id,
        role: Role,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<super::DeleteSystemRoleBinding>(Variables { user_id, role })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeleteSystemRoleBinding {
    type Variables = delete_system_role_binding::Variables;
    type ResponseData = delete_system_role_binding::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: delete_system_role_binding::QUERY,
            operation_name: delete_system_role_binding::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeleteSystemRoleBinding {
    const NAME: &'static str = "deleteSystemRoleBinding";
    const BASE: &'static str = "deleteSystemRoleBinding";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/user/deleteSystemRoleBinding.graphql";
}
/// `houston invite create`: invites someone to the platform (not to a workspace).
///
/// The mutation `inviteUser` (queries/user/inviteUser.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct InviteUser;
/// The types of `inviteUser` (queries/user/inviteUser.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod invite_user {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "inviteUser";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston invite create`: invites someone to the platform (not to a workspace).\nmutation inviteUser($email: String!) {\n  inviteUser(email: $email) {\n    id\n    email\n    createdAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    /// The variables of `inviteUser`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$email`.
        pub email: String,
    }
    impl Variables {}
    /// What `inviteUser` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `inviteUser` as selected.
        #[serde(rename = "inviteUser")]
        pub invite_user: Option<InviteUserInviteUser>,
    }
    /// A selection in the response of `inviteUser` (`InviteUserInviteUser`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct InviteUserInviteUser {
        /// `id` as selected.
        pub id: Option<String>,
        /// `email` as selected.
        pub email: Option<String>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: Option<DateTime>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `inviteUser` on `client` with its variables in the order the operation declares them: `Client::execute::<InviteUser>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        email: String,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::InviteUser>(Variables { email }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for InviteUser {
    type Variables = invite_user::Variables;
    type ResponseData = invite_user::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: invite_user::QUERY,
            operation_name: invite_user::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for InviteUser {
    const NAME: &'static str = "inviteUser";
    const BASE: &'static str = "inviteUser";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/user/inviteUser.graphql";
}
/// `houston invite list`: pending platform invitations.
///
/// The query `invites` (queries/user/invites.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct Invites;
/// The types of `invites` (queries/user/invites.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod invites {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "invites";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston invite list`: pending platform invitations.\nquery invites($invite: InviteSearch) {\n  invites(invite: $invite) {\n    id\n    email\n    role\n    createdAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Uuid = super::Uuid;
    /// A selection in the response of `invites` (`InviteSearch`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct InviteSearch {
        /// `inviteUuid` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "inviteUuid")]
        pub invite_uuid: Option<Uuid>,
        /// `email` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
    }
    /// The variables of `invites`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$invite`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub invite: Option<InviteSearch>,
    }
    impl Variables {}
    /// What `invites` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `invites` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub invites: Option<Vec<Option<InvitesInvites>>>,
    }
    /// A selection in the response of `invites` (`InvitesInvites`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct InvitesInvites {
        /// `id` as selected.
        pub id: Option<String>,
        /// `email` as selected.
        pub email: Option<String>,
        /// `role` as selected.
        pub role: Option<String>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: Option<DateTime>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `invites` on `client` with its variables in the order the operation declares them: `Client::execute::<Invites>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        invite: Option<InviteSearch>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::Invites>(Variables { invite }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for Invites {
    type Variables = invites::Variables;
    type ResponseData = invites::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: invites::QUERY,
            operation_name: invites::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for Invites {
    const NAME: &'static str = "invites";
    const BASE: &'static str = "invites";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/user/invites.graphql";
}
/// `houston user delete` (system admins).
///
/// The mutation `removeUser` (queries/user/removeUser.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct RemoveUser;
/// The types of `removeUser` (queries/user/removeUser.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod remove_user {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "removeUser";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston user delete` (system admins).\nmutation removeUser($userUuid: Uuid!) {\n  removeUser(userUuid: $userUuid) {\n    id\n    username\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `removeUser`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$userUuid`.
        #[serde(rename = "userUuid")]
        pub user_uuid: Uuid,
    }
    impl Variables {}
    /// What `removeUser` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `removeUser` as selected.
        #[serde(rename = "removeUser")]
        pub remove_user: Option<RemoveUserRemoveUser>,
    }
    /// A selection in the response of `removeUser` (`RemoveUserRemoveUser`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct RemoveUserRemoveUser {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `removeUser` on `client` with its variables in the order the operation declares them: `Client::execute::<RemoveUser>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        user_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::RemoveUser>(Variables { user_uuid }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for RemoveUser {
    type Variables = remove_user::Variables;
    type ResponseData = remove_user::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: remove_user::QUERY,
            operation_name: remove_user::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for RemoveUser {
    const NAME: &'static str = "removeUser";
    const BASE: &'static str = "removeUser";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/user/removeUser.graphql";
}
/// `houston user list` (system permission `system.users.get`).
///
/// The query `users` (queries/user/users.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct Users;
/// The types of `users` (queries/user/users.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod users {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "users";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston user list` (system permission `system.users.get`).\nquery users($user: UserSearch) {\n  users(user: $user) {\n    id\n    username\n    fullName\n    status\n    emails {\n      address\n      primary\n      verified\n    }\n    roleBindings {\n      role\n      workspace {\n        id\n        label\n      }\n      deployment {\n        id\n        releaseName\n      }\n    }\n    createdAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Id = super::Id;
    type Uuid = super::Uuid;
    /// A selection in the response of `users` (`UserSearch`).
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UserSearch {
        /// `userId` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "userId")]
        pub user_id: Option<Id>,
        /// `userUuid` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "userUuid")]
        pub user_uuid: Option<Uuid>,
        /// `username` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub username: Option<String>,
        /// `email` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// `fullName` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "fullName")]
        pub full_name: Option<String>,
        /// `createdAt` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "createdAt")]
        pub created_at: Option<DateTime>,
        /// `updatedAt` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "updatedAt")]
        pub updated_at: Option<DateTime>,
    }
    /// The variables of `users`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$user`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub user: Option<UserSearch>,
    }
    impl Variables {}
    /// What `users` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `users` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub users: Option<Vec<Option<UsersUsers>>>,
    }
    /// A selection in the response of `users` (`UsersUsers`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UsersUsers {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
        /// `fullName` as selected.
        #[serde(rename = "fullName")]
        pub full_name: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `emails` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub emails: Option<Vec<Option<UsersUsersEmails>>>,
        /// `roleBindings` as selected.
        #[serde(rename = "roleBindings")]
        pub role_bindings: Vec<UsersUsersRoleBindings>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
    }
    /// A selection in the response of `users` (`UsersUsersEmails`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UsersUsersEmails {
        /// `address` as selected.
        pub address: Option<String>,
        /// `primary` as selected.
        pub primary: Option<Boolean>,
        /// `verified` as selected.
        pub verified: Option<Boolean>,
    }
    /// A selection in the response of `users` (`UsersUsersRoleBindings`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UsersUsersRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `workspace` as selected.
        pub workspace: Option<UsersUsersRoleBindingsWorkspace>,
        /// `deployment` as selected.
        pub deployment: Option<UsersUsersRoleBindingsDeployment>,
    }
    /// A selection in the response of `users` (`UsersUsersRoleBindingsWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UsersUsersRoleBindingsWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    /// A selection in the response of `users` (`UsersUsersRoleBindingsDeployment`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UsersUsersRoleBindingsDeployment {
        /// `id` as selected.
        pub id: String,
        /// `releaseName` as selected.
        #[serde(rename = "releaseName")]
        pub release_name: Option<String>,
    }
    /// Runs `users` on `client` with its variables in the order the operation declares them: `Client::execute::<Users>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        user: Option<UserSearch>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::Users>(Variables { user }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for Users {
    type Variables = users::Variables;
    type ResponseData = users::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: users::QUERY,
            operation_name: users::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for Users {
    const NAME: &'static str = "users";
    const BASE: &'static str = "users";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/user/users.graphql";
}
/// `houston user verify-email EMAIL`: marks an address verified (system admins).
///
/// The mutation `verifyEmail` (queries/user/verifyEmail.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct VerifyEmail;
/// The types of `verifyEmail` (queries/user/verifyEmail.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod verify_email {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "verifyEmail";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston user verify-email EMAIL`: marks an address verified (system admins).\nmutation verifyEmail($email: String!) {\n  verifyEmail(email: $email)\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    /// The variables of `verifyEmail`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$email`.
        pub email: String,
    }
    impl Variables {}
    /// What `verifyEmail` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `verifyEmail` as selected.
        #[serde(rename = "verifyEmail")]
        pub verify_email: Option<Boolean>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `verifyEmail` on `client` with its variables in the order the operation declares them: `Client::execute::<VerifyEmail>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        email: String,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::VerifyEmail>(Variables { email }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for VerifyEmail {
    type Variables = verify_email::Variables;
    type ResponseData = verify_email::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: verify_email::QUERY,
            operation_name: verify_email::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for VerifyEmail {
    const NAME: &'static str = "verifyEmail";
    const BASE: &'static str = "verifyEmail";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/user/verifyEmail.graphql";
}
/// `houston workspace create`.
///
/// The mutation `createWorkspace` (queries/workspace/createWorkspace.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct CreateWorkspace;
/// The types of `createWorkspace` (queries/workspace/createWorkspace.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod create_workspace {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "createWorkspace";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace create`.\nmutation createWorkspace($label: String!, $description: String) {\n  createWorkspace(label: $label, description: $description) {\n    id\n    label\n    description\n    createdAt\n    updatedAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    /// The variables of `createWorkspace`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$label`.
        pub label: String,
        /// `$description`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
    }
    impl Variables {}
    /// What `createWorkspace` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `createWorkspace` as selected.
        #[serde(rename = "createWorkspace")]
        pub create_workspace: Option<CreateWorkspaceCreateWorkspace>,
    }
    /// A selection in the response of `createWorkspace` (`CreateWorkspaceCreateWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct CreateWorkspaceCreateWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        #[serde(rename = "updatedAt")]
        pub updated_at: DateTime,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `createWorkspace` on `client` with its variables in the order the operation declares them: `Client::execute::<CreateWorkspace>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        label: String,
        description: Option<String>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::CreateWorkspace>(Variables { label, description }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for CreateWorkspace {
    type Variables = create_workspace::Variables;
    type ResponseData = create_workspace::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: create_workspace::QUERY,
            operation_name: create_workspace::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for CreateWorkspace {
    const NAME: &'static str = "createWorkspace";
    const BASE: &'static str = "createWorkspace";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/workspace/createWorkspace.graphql";
}
/// `houston workspace delete`.
///
/// The mutation `deleteWorkspace` (queries/workspace/deleteWorkspace.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct DeleteWorkspace;
/// The types of `deleteWorkspace` (queries/workspace/deleteWorkspace.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod delete_workspace {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "deleteWorkspace";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace delete`.\nmutation deleteWorkspace($workspaceUuid: Uuid!) {\n  deleteWorkspace(workspaceUuid: $workspaceUuid) {\n    id\n    label\n    description\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `deleteWorkspace`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `deleteWorkspace` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `deleteWorkspace` as selected.
        #[serde(rename = "deleteWorkspace")]
        pub delete_workspace: Option<DeleteWorkspaceDeleteWorkspace>,
    }
    /// A selection in the response of `deleteWorkspace` (`DeleteWorkspaceDeleteWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct DeleteWorkspaceDeleteWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `deleteWorkspace` on `client` with its variables in the order the operation declares them: `Client::execute::<DeleteWorkspace>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::DeleteWorkspace>(Variables { workspace_uuid }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for DeleteWorkspace {
    type Variables = delete_workspace::Variables;
    type ResponseData = delete_workspace::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: delete_workspace::QUERY,
            operation_name: delete_workspace::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for DeleteWorkspace {
    const NAME: &'static str = "deleteWorkspace";
    const BASE: &'static str = "deleteWorkspace";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/workspace/deleteWorkspace.graphql";
}
/// `houston workspace list --all`: every workspace on the platform (system admins).
///
/// The query `sysWorkspaces_0_36_0` (queries/workspace/sysWorkspaces@0.36.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct SysWorkspaces;
/// The types of `sysWorkspaces_0_36_0` (queries/workspace/sysWorkspaces@0.36.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod sys_workspaces {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "sysWorkspaces_0_36_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace list --all`: every workspace on the platform (system admins).\nquery sysWorkspaces_0_36_0 {\n  sysWorkspaces {\n    id\n    label\n    description\n    createdAt\n    updatedAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    /// The variables of `sysWorkspaces_0_36_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables;
    /// What `sysWorkspaces_0_36_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `sysWorkspaces` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "sysWorkspaces")]
        pub sys_workspaces: Option<Vec<Option<SysWorkspacesSysWorkspaces>>>,
    }
    /// A selection in the response of `sysWorkspaces_0_36_0` (`SysWorkspacesSysWorkspaces`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct SysWorkspacesSysWorkspaces {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        #[serde(rename = "updatedAt")]
        pub updated_at: DateTime,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `sysWorkspaces_0_36_0` on `client` with its variables in the order the operation declares them: `Client::execute::<SysWorkspaces>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::SysWorkspaces>(Variables).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for SysWorkspaces {
    type Variables = sys_workspaces::Variables;
    type ResponseData = sys_workspaces::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: sys_workspaces::QUERY,
            operation_name: sys_workspaces::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for SysWorkspaces {
    const NAME: &'static str = "sysWorkspaces_0_36_0";
    const BASE: &'static str = "sysWorkspaces";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 36u64, 0u64),
    );
    const FILE: &'static str = "queries/workspace/sysWorkspaces@0.36.0.graphql";
}
/// `houston workspace update`: `payload` holds the fields to change (`label`, `description`).
///
/// The mutation `updateWorkspace` (queries/workspace/updateWorkspace.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct UpdateWorkspace;
/// The types of `updateWorkspace` (queries/workspace/updateWorkspace.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod update_workspace {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "updateWorkspace";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace update`: `payload` holds the fields to change (`label`, `description`).\nmutation updateWorkspace($workspaceUuid: Uuid!, $payload: JSON!) {\n  updateWorkspace(workspaceUuid: $workspaceUuid, payload: $payload) {\n    id\n    label\n    description\n    createdAt\n    updatedAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Json = super::Json;
    type Uuid = super::Uuid;
    /// The variables of `updateWorkspace`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
        /// `$payload`.
        pub payload: Json,
    }
    impl Variables {}
    /// What `updateWorkspace` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `updateWorkspace` as selected.
        #[serde(rename = "updateWorkspace")]
        pub update_workspace: Option<UpdateWorkspaceUpdateWorkspace>,
    }
    /// A selection in the response of `updateWorkspace` (`UpdateWorkspaceUpdateWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct UpdateWorkspaceUpdateWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        #[serde(rename = "updatedAt")]
        pub updated_at: DateTime,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `updateWorkspace` on `client` with its variables in the order the operation declares them: `Client::execute::<UpdateWorkspace>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
        payload: Json,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::UpdateWorkspace,
            >(Variables {
                workspace_uuid,
                payload,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for UpdateWorkspace {
    type Variables = update_workspace::Variables;
    type ResponseData = update_workspace::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: update_workspace::QUERY,
            operation_name: update_workspace::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for UpdateWorkspace {
    const NAME: &'static str = "updateWorkspace";
    const BASE: &'static str = "updateWorkspace";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/workspace/updateWorkspace.graphql";
}
/// `houston workspace get`.
///
/// The query `workspace` (queries/workspace/workspace.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct Workspace;
/// The types of `workspace` (queries/workspace/workspace.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspace";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace get`.\nquery workspace($workspaceUuid: Uuid!) {\n  workspace(workspaceUuid: $workspaceUuid) {\n    id\n    label\n    description\n    createdAt\n    updatedAt\n    roleBindings {\n      role\n      user {\n        id\n        username\n      }\n      serviceAccount {\n        id\n        label\n      }\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Uuid = super::Uuid;
    /// The variables of `workspace`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspace` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspace` as selected.
        pub workspace: Option<WorkspaceWorkspace>,
    }
    /// A selection in the response of `workspace` (`WorkspaceWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        #[serde(rename = "updatedAt")]
        pub updated_at: DateTime,
        /// `roleBindings` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "roleBindings")]
        pub role_bindings: Option<Vec<Option<WorkspaceWorkspaceRoleBindings>>>,
    }
    /// A selection in the response of `workspace` (`WorkspaceWorkspaceRoleBindings`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceWorkspaceRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `user` as selected.
        pub user: Option<WorkspaceWorkspaceRoleBindingsUser>,
        /// `serviceAccount` as selected.
        #[serde(rename = "serviceAccount")]
        pub service_account: Option<WorkspaceWorkspaceRoleBindingsServiceAccount>,
    }
    /// A selection in the response of `workspace` (`WorkspaceWorkspaceRoleBindingsUser`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceWorkspaceRoleBindingsUser {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
    }
    /// A selection in the response of `workspace` (`WorkspaceWorkspaceRoleBindingsServiceAccount`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceWorkspaceRoleBindingsServiceAccount {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspace` on `client` with its variables in the order the operation declares them: `Client::execute::<Workspace>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::Workspace>(Variables { workspace_uuid }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for Workspace {
    type Variables = workspace::Variables;
    type ResponseData = workspace::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace::QUERY,
            operation_name: workspace::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for Workspace {
    const NAME: &'static str = "workspace";
    const BASE: &'static str = "workspace";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/workspace/workspace.graphql";
}
/// `houston workspace team add`.
///
/// The mutation `workspaceAddTeam_0_28_0` (queries/workspace/workspaceAddTeam@0.28.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspaceAddTeam;
/// The types of `workspaceAddTeam_0_28_0` (queries/workspace/workspaceAddTeam@0.28.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace_add_team {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaceAddTeam_0_28_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace team add`.\nmutation workspaceAddTeam_0_28_0($workspaceUuid: Uuid!, $teamUuid: Uuid!, $role: Role!) {\n  workspaceAddTeam(workspaceUuid: $workspaceUuid, teamUuid: $teamUuid, role: $role) {\n    id\n    label\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `workspaceAddTeam_0_28_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
        /// `$teamUuid`.
        #[serde(rename = "teamUuid")]
        pub team_uuid: Uuid,
        /// `$role`.
        pub role: Role,
    }
    impl Variables {}
    /// What `workspaceAddTeam_0_28_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaceAddTeam` as selected.
        #[serde(rename = "workspaceAddTeam")]
        pub workspace_add_team: Option<WorkspaceAddTeamWorkspaceAddTeam>,
    }
    /// A selection in the response of `workspaceAddTeam_0_28_0` (`WorkspaceAddTeamWorkspaceAddTeam`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceAddTeamWorkspaceAddTeam {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaceAddTeam_0_28_0` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspaceAddTeam>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
        team_uuid: Uuid,
        role: Role,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::WorkspaceAddTeam,
            >(Variables {
                workspace_uuid,
                team_uuid,
                role,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspaceAddTeam {
    type Variables = workspace_add_team::Variables;
    type ResponseData = workspace_add_team::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace_add_team::QUERY,
            operation_name: workspace_add_team::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspaceAddTeam {
    const NAME: &'static str = "workspaceAddTeam_0_28_0";
    const BASE: &'static str = "workspaceAddTeam";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 28u64, 0u64),
    );
    const FILE: &'static str = "queries/workspace/workspaceAddTeam@0.28.0.graphql";
}
/// `houston workspace user add`: an unknown e-mail gets an invite unless bypassInvite.
///
/// The mutation `workspaceAddUser` (queries/workspace/workspaceAddUser.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspaceAddUser;
/// The types of `workspaceAddUser` (queries/workspace/workspaceAddUser.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace_add_user {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaceAddUser";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace user add`: an unknown e-mail gets an invite unless bypassInvite.\nmutation workspaceAddUser(\n  $workspaceUuid: Uuid!\n  $email: String!\n  $role: Role!\n  $bypassInvite: Boolean\n) {\n  workspaceAddUser(\n    workspaceUuid: $workspaceUuid\n    email: $email\n    role: $role\n    bypassInvite: $bypassInvite\n  ) {\n    id\n    label\n    users {\n      id\n      username\n      emails {\n        address\n      }\n      roleBindings {\n        role\n        workspace {\n          id\n        }\n      }\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `workspaceAddUser`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
        /// `$email`.
        pub email: String,
        /// `$role`.
        pub role: Role,
        /// `$bypassInvite`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "bypassInvite")]
        pub bypass_invite: Option<Boolean>,
    }
    impl Variables {}
    /// What `workspaceAddUser` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaceAddUser` as selected.
        #[serde(rename = "workspaceAddUser")]
        pub workspace_add_user: Option<WorkspaceAddUserWorkspaceAddUser>,
    }
    /// A selection in the response of `workspaceAddUser` (`WorkspaceAddUserWorkspaceAddUser`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceAddUserWorkspaceAddUser {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `users` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub users: Option<Vec<Option<WorkspaceAddUserWorkspaceAddUserUsers>>>,
    }
    /// A selection in the response of `workspaceAddUser` (`WorkspaceAddUserWorkspaceAddUserUsers`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceAddUserWorkspaceAddUserUsers {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
        /// `emails` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub emails: Option<Vec<Option<WorkspaceAddUserWorkspaceAddUserUsersEmails>>>,
        /// `roleBindings` as selected.
        #[serde(rename = "roleBindings")]
        pub role_bindings: Vec<WorkspaceAddUserWorkspaceAddUserUsersRoleBindings>,
    }
    /// A selection in the response of `workspaceAddUser` (`WorkspaceAddUserWorkspaceAddUserUsersEmails`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceAddUserWorkspaceAddUserUsersEmails {
        /// `address` as selected.
        pub address: Option<String>,
    }
    /// A selection in the response of `workspaceAddUser` (`WorkspaceAddUserWorkspaceAddUserUsersRoleBindings`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceAddUserWorkspaceAddUserUsersRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `workspace` as selected.
        pub workspace: Option<
            WorkspaceAddUserWorkspaceAddUserUsersRoleBindingsWorkspace,
        >,
    }
    /// A selection in the response of `workspaceAddUser` (`WorkspaceAddUserWorkspaceAddUserUsersRoleBindingsWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceAddUserWorkspaceAddUserUsersRoleBindingsWorkspace {
        /// `id` as selected.
        pub id: String,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaceAddUser` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspaceAddUser>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
        email: String,
        role: Role,
        bypass_invite: Option<Boolean>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::WorkspaceAddUser,
            >(Variables {
                workspace_uuid,
                email,
                role,
                bypass_invite,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspaceAddUser {
    type Variables = workspace_add_user::Variables;
    type ResponseData = workspace_add_user::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace_add_user::QUERY,
            operation_name: workspace_add_user::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspaceAddUser {
    const NAME: &'static str = "workspaceAddUser";
    const BASE: &'static str = "workspaceAddUser";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/workspace/workspaceAddUser.graphql";
}
/// `houston workspace user add --from-file`: the same mutation with a minimal answer. The full form lists every member in every answer, which makes a thousand adds quadratic.
///
/// The mutation `workspaceAddUserQuietly` (queries/workspace/workspaceAddUserQuietly.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspaceAddUserQuietly;
/// The types of `workspaceAddUserQuietly` (queries/workspace/workspaceAddUserQuietly.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace_add_user_quietly {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaceAddUserQuietly";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace user add --from-file`: the same mutation with a minimal answer. The full form\n# lists every member in every answer, which makes a thousand adds quadratic.\nmutation workspaceAddUserQuietly(\n  $workspaceUuid: Uuid!\n  $email: String!\n  $role: Role!\n  $bypassInvite: Boolean\n) {\n  workspaceAddUser(\n    workspaceUuid: $workspaceUuid\n    email: $email\n    role: $role\n    bypassInvite: $bypassInvite\n  ) {\n    id\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `workspaceAddUserQuietly`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
        /// `$email`.
        pub email: String,
        /// `$role`.
        pub role: Role,
        /// `$bypassInvite`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "bypassInvite")]
        pub bypass_invite: Option<Boolean>,
    }
    impl Variables {}
    /// What `workspaceAddUserQuietly` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaceAddUser` as selected.
        #[serde(rename = "workspaceAddUser")]
        pub workspace_add_user: Option<WorkspaceAddUserQuietlyWorkspaceAddUser>,
    }
    /// A selection in the response of `workspaceAddUserQuietly` (`WorkspaceAddUserQuietlyWorkspaceAddUser`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceAddUserQuietlyWorkspaceAddUser {
        /// `id` as selected.
        pub id: String,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaceAddUserQuietly` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspaceAddUserQuietly>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
        email: String,
        role: Role,
        bypass_invite: Option<Boolean>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::WorkspaceAddUserQuietly,
            >(Variables {
                workspace_uuid,
                email,
                role,
                bypass_invite,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspaceAddUserQuietly {
    type Variables = workspace_add_user_quietly::Variables;
    type ResponseData = workspace_add_user_quietly::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace_add_user_quietly::QUERY,
            operation_name: workspace_add_user_quietly::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspaceAddUserQuietly {
    const NAME: &'static str = "workspaceAddUserQuietly";
    const BASE: &'static str = "workspaceAddUserQuietly";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/workspace/workspaceAddUserQuietly.graphql";
}
/// `houston invite list --workspace`.
///
/// The query `workspaceInvites` (queries/workspace/workspaceInvites.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspaceInvites;
/// The types of `workspaceInvites` (queries/workspace/workspaceInvites.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace_invites {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaceInvites";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston invite list --workspace`.\nquery workspaceInvites($workspaceUuid: Uuid!) {\n  workspaceInvites(workspaceUuid: $workspaceUuid) {\n    id\n    email\n    role\n    createdAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    type Uuid = super::Uuid;
    /// The variables of `workspaceInvites`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceInvites` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaceInvites` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "workspaceInvites")]
        pub workspace_invites: Option<Vec<Option<WorkspaceInvitesWorkspaceInvites>>>,
    }
    /// A selection in the response of `workspaceInvites` (`WorkspaceInvitesWorkspaceInvites`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceInvitesWorkspaceInvites {
        /// `id` as selected.
        pub id: Option<String>,
        /// `email` as selected.
        pub email: Option<String>,
        /// `role` as selected.
        pub role: Option<String>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: Option<DateTime>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaceInvites` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspaceInvites>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::WorkspaceInvites>(Variables { workspace_uuid }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspaceInvites {
    type Variables = workspace_invites::Variables;
    type ResponseData = workspace_invites::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace_invites::QUERY,
            operation_name: workspace_invites::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspaceInvites {
    const NAME: &'static str = "workspaceInvites";
    const BASE: &'static str = "workspaceInvites";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/workspace/workspaceInvites.graphql";
}
/// `houston workspace get` and every `--workspace ID`: one workspace by id, without its members.
///
/// The query `workspaceLabel` (queries/workspace/workspaceLabel.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspaceLabel;
/// The types of `workspaceLabel` (queries/workspace/workspaceLabel.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace_label {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaceLabel";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace get` and every `--workspace ID`: one workspace by id, without its members.\nquery workspaceLabel($workspaceUuid: Uuid!) {\n  workspace(workspaceUuid: $workspaceUuid) {\n    id\n    label\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `workspaceLabel`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceLabel` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspace` as selected.
        pub workspace: Option<WorkspaceLabelWorkspace>,
    }
    /// A selection in the response of `workspaceLabel` (`WorkspaceLabelWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceLabelWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaceLabel` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspaceLabel>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::WorkspaceLabel>(Variables { workspace_uuid }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspaceLabel {
    type Variables = workspace_label::Variables;
    type ResponseData = workspace_label::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace_label::QUERY,
            operation_name: workspace_label::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspaceLabel {
    const NAME: &'static str = "workspaceLabel";
    const BASE: &'static str = "workspaceLabel";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/workspace/workspaceLabel.graphql";
}
/// `houston workspace team remove`.
///
/// The mutation `workspaceRemoveTeam_0_28_0` (queries/workspace/workspaceRemoveTeam@0.28.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspaceRemoveTeam;
/// The types of `workspaceRemoveTeam_0_28_0` (queries/workspace/workspaceRemoveTeam@0.28.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace_remove_team {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaceRemoveTeam_0_28_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace team remove`.\nmutation workspaceRemoveTeam_0_28_0($workspaceUuid: Uuid!, $teamUuid: Uuid!) {\n  workspaceRemoveTeam(workspaceUuid: $workspaceUuid, teamUuid: $teamUuid) {\n    id\n    label\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `workspaceRemoveTeam_0_28_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
        /// `$teamUuid`.
        #[serde(rename = "teamUuid")]
        pub team_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceRemoveTeam_0_28_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaceRemoveTeam` as selected.
        #[serde(rename = "workspaceRemoveTeam")]
        pub workspace_remove_team: Option<WorkspaceRemoveTeamWorkspaceRemoveTeam>,
    }
    /// A selection in the response of `workspaceRemoveTeam_0_28_0` (`WorkspaceRemoveTeamWorkspaceRemoveTeam`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceRemoveTeamWorkspaceRemoveTeam {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaceRemoveTeam_0_28_0` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspaceRemoveTeam>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
        team_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::WorkspaceRemoveTeam,
            >(Variables {
                workspace_uuid,
                team_uuid,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspaceRemoveTeam {
    type Variables = workspace_remove_team::Variables;
    type ResponseData = workspace_remove_team::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace_remove_team::QUERY,
            operation_name: workspace_remove_team::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspaceRemoveTeam {
    const NAME: &'static str = "workspaceRemoveTeam_0_28_0";
    const BASE: &'static str = "workspaceRemoveTeam";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 28u64, 0u64),
    );
    const FILE: &'static str = "queries/workspace/workspaceRemoveTeam@0.28.0.graphql";
}
/// `houston workspace user remove`.
///
/// The mutation `workspaceRemoveUser` (queries/workspace/workspaceRemoveUser.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspaceRemoveUser;
/// The types of `workspaceRemoveUser` (queries/workspace/workspaceRemoveUser.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace_remove_user {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaceRemoveUser";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace user remove`.\nmutation workspaceRemoveUser($workspaceUuid: Uuid!, $userUuid: Uuid!) {\n  workspaceRemoveUser(workspaceUuid: $workspaceUuid, userUuid: $userUuid) {\n    id\n    label\n    users {\n      id\n      username\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `workspaceRemoveUser`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
        /// `$userUuid`.
        #[serde(rename = "userUuid")]
        pub user_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceRemoveUser` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaceRemoveUser` as selected.
        #[serde(rename = "workspaceRemoveUser")]
        pub workspace_remove_user: Option<WorkspaceRemoveUserWorkspaceRemoveUser>,
    }
    /// A selection in the response of `workspaceRemoveUser` (`WorkspaceRemoveUserWorkspaceRemoveUser`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceRemoveUserWorkspaceRemoveUser {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `users` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub users: Option<Vec<Option<WorkspaceRemoveUserWorkspaceRemoveUserUsers>>>,
    }
    /// A selection in the response of `workspaceRemoveUser` (`WorkspaceRemoveUserWorkspaceRemoveUserUsers`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceRemoveUserWorkspaceRemoveUserUsers {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaceRemoveUser` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspaceRemoveUser>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
        user_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::WorkspaceRemoveUser,
            >(Variables {
                workspace_uuid,
                user_uuid,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspaceRemoveUser {
    type Variables = workspace_remove_user::Variables;
    type ResponseData = workspace_remove_user::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace_remove_user::QUERY,
            operation_name: workspace_remove_user::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspaceRemoveUser {
    const NAME: &'static str = "workspaceRemoveUser";
    const BASE: &'static str = "workspaceRemoveUser";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/workspace/workspaceRemoveUser.graphql";
}
/// `houston workspace team list`; roleBindings are all of each team's bindings.
///
/// The query `workspaceTeams_0_28_0` (queries/workspace/workspaceTeams@0.28.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspaceTeams;
/// The types of `workspaceTeams_0_28_0` (queries/workspace/workspaceTeams@0.28.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace_teams {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaceTeams_0_28_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace team list`; roleBindings are all of each team's bindings.\nquery workspaceTeams_0_28_0($workspaceUuid: Uuid!) {\n  workspaceTeams(workspaceUuid: $workspaceUuid) {\n    id\n    name\n    roleBindings {\n      role\n      workspace {\n        id\n      }\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `workspaceTeams_0_28_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceTeams_0_28_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaceTeams` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "workspaceTeams")]
        pub workspace_teams: Option<Vec<Option<WorkspaceTeamsWorkspaceTeams>>>,
    }
    /// A selection in the response of `workspaceTeams_0_28_0` (`WorkspaceTeamsWorkspaceTeams`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceTeamsWorkspaceTeams {
        /// `id` as selected.
        pub id: Option<String>,
        /// `name` as selected.
        pub name: Option<String>,
        /// `roleBindings` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "roleBindings")]
        pub role_bindings: Option<Vec<Option<WorkspaceTeamsWorkspaceTeamsRoleBindings>>>,
    }
    /// A selection in the response of `workspaceTeams_0_28_0` (`WorkspaceTeamsWorkspaceTeamsRoleBindings`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceTeamsWorkspaceTeamsRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `workspace` as selected.
        pub workspace: Option<WorkspaceTeamsWorkspaceTeamsRoleBindingsWorkspace>,
    }
    /// A selection in the response of `workspaceTeams_0_28_0` (`WorkspaceTeamsWorkspaceTeamsRoleBindingsWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceTeamsWorkspaceTeamsRoleBindingsWorkspace {
        /// `id` as selected.
        pub id: String,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaceTeams_0_28_0` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspaceTeams>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::WorkspaceTeams>(Variables { workspace_uuid }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspaceTeams {
    type Variables = workspace_teams::Variables;
    type ResponseData = workspace_teams::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace_teams::QUERY,
            operation_name: workspace_teams::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspaceTeams {
    const NAME: &'static str = "workspaceTeams_0_28_0";
    const BASE: &'static str = "workspaceTeams";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 28u64, 0u64),
    );
    const FILE: &'static str = "queries/workspace/workspaceTeams@0.28.0.graphql";
}
/// `houston workspace team update`: returns the new role.
///
/// The mutation `workspaceUpdateTeamRole_0_28_0` (queries/workspace/workspaceUpdateTeamRole@0.28.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspaceUpdateTeamRole;
/// The types of `workspaceUpdateTeamRole_0_28_0` (queries/workspace/workspaceUpdateTeamRole@0.28.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace_update_team_role {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaceUpdateTeamRole_0_28_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace team update`: returns the new role.\nmutation workspaceUpdateTeamRole_0_28_0($workspaceUuid: Uuid!, $teamUuid: Uuid!, $role: Role!) {\n  workspaceUpdateTeamRole(workspaceUuid: $workspaceUuid, teamUuid: $teamUuid, role: $role)\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `workspaceUpdateTeamRole_0_28_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
        /// `$teamUuid`.
        #[serde(rename = "teamUuid")]
        pub team_uuid: Uuid,
        /// `$role`.
        pub role: Role,
    }
    impl Variables {}
    /// What `workspaceUpdateTeamRole_0_28_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaceUpdateTeamRole` as selected.
        #[serde(rename = "workspaceUpdateTeamRole")]
        pub workspace_update_team_role: Option<Role>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaceUpdateTeamRole_0_28_0` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspaceUpdateTeamRole>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
        team_uuid: Uuid,
        role: Role,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::WorkspaceUpdateTeamRole,
            >(Variables {
                workspace_uuid,
                team_uuid,
                role,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspaceUpdateTeamRole {
    type Variables = workspace_update_team_role::Variables;
    type ResponseData = workspace_update_team_role::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace_update_team_role::QUERY,
            operation_name: workspace_update_team_role::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspaceUpdateTeamRole {
    const NAME: &'static str = "workspaceUpdateTeamRole_0_28_0";
    const BASE: &'static str = "workspaceUpdateTeamRole";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 28u64, 0u64),
    );
    const FILE: &'static str = "queries/workspace/workspaceUpdateTeamRole@0.28.0.graphql";
}
/// `houston workspace user update`: returns the new role (a scalar, no selection).
///
/// The mutation `workspaceUpsertUserRole` (queries/workspace/workspaceUpsertUserRole.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspaceUpsertUserRole;
/// The types of `workspaceUpsertUserRole` (queries/workspace/workspaceUpsertUserRole.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace_upsert_user_role {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaceUpsertUserRole";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace user update`: returns the new role (a scalar, no selection).\nmutation workspaceUpsertUserRole($workspaceUuid: Uuid!, $email: String!, $role: Role!) {\n  workspaceUpsertUserRole(workspaceUuid: $workspaceUuid, email: $email, role: $role)\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `workspaceUpsertUserRole`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
        /// `$email`.
        pub email: String,
        /// `$role`.
        pub role: Role,
    }
    impl Variables {}
    /// What `workspaceUpsertUserRole` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaceUpsertUserRole` as selected.
        #[serde(rename = "workspaceUpsertUserRole")]
        pub workspace_upsert_user_role: Option<Role>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaceUpsertUserRole` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspaceUpsertUserRole>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
        email: String,
        role: Role,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client
            .execute::<
                super::WorkspaceUpsertUserRole,
            >(Variables {
                workspace_uuid,
                email,
                role,
            })
            .await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspaceUpsertUserRole {
    type Variables = workspace_upsert_user_role::Variables;
    type ResponseData = workspace_upsert_user_role::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace_upsert_user_role::QUERY,
            operation_name: workspace_upsert_user_role::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspaceUpsertUserRole {
    const NAME: &'static str = "workspaceUpsertUserRole";
    const BASE: &'static str = "workspaceUpsertUserRole";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Mutation;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/workspace/workspaceUpsertUserRole.graphql";
}
/// `houston workspace user list`; roleBindings are all of each user's bindings, filter by workspace.
///
/// The query `workspaceUsers` (queries/workspace/workspaceUsers.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspaceUsers;
/// The types of `workspaceUsers` (queries/workspace/workspaceUsers.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspace_users {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaceUsers";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace user list`; roleBindings are all of each user's bindings, filter by workspace.\nquery workspaceUsers($workspaceUuid: Uuid!) {\n  workspaceUsers(workspaceUuid: $workspaceUuid) {\n    id\n    username\n    fullName\n    status\n    emails {\n      address\n      primary\n    }\n    roleBindings {\n      role\n      workspace {\n        id\n      }\n    }\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type Uuid = super::Uuid;
    /// The variables of `workspaceUsers`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceUsers` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaceUsers` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(rename = "workspaceUsers")]
        pub workspace_users: Option<Vec<Option<WorkspaceUsersWorkspaceUsers>>>,
    }
    /// A selection in the response of `workspaceUsers` (`WorkspaceUsersWorkspaceUsers`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceUsersWorkspaceUsers {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
        /// `fullName` as selected.
        #[serde(rename = "fullName")]
        pub full_name: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `emails` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub emails: Option<Vec<Option<WorkspaceUsersWorkspaceUsersEmails>>>,
        /// `roleBindings` as selected.
        #[serde(rename = "roleBindings")]
        pub role_bindings: Vec<WorkspaceUsersWorkspaceUsersRoleBindings>,
    }
    /// A selection in the response of `workspaceUsers` (`WorkspaceUsersWorkspaceUsersEmails`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceUsersWorkspaceUsersEmails {
        /// `address` as selected.
        pub address: Option<String>,
        /// `primary` as selected.
        pub primary: Option<Boolean>,
    }
    /// A selection in the response of `workspaceUsers` (`WorkspaceUsersWorkspaceUsersRoleBindings`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceUsersWorkspaceUsersRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `workspace` as selected.
        pub workspace: Option<WorkspaceUsersWorkspaceUsersRoleBindingsWorkspace>,
    }
    /// A selection in the response of `workspaceUsers` (`WorkspaceUsersWorkspaceUsersRoleBindingsWorkspace`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspaceUsersWorkspaceUsersRoleBindingsWorkspace {
        /// `id` as selected.
        pub id: String,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaceUsers` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspaceUsers>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        workspace_uuid: Uuid,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::WorkspaceUsers>(Variables { workspace_uuid }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspaceUsers {
    type Variables = workspace_users::Variables;
    type ResponseData = workspace_users::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspace_users::QUERY,
            operation_name: workspace_users::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspaceUsers {
    const NAME: &'static str = "workspaceUsers";
    const BASE: &'static str = "workspaceUsers";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/workspace/workspaceUsers.graphql";
}
/// `houston workspace list` (and resolving a workspace label to its id).
///
/// The query `workspaces` (queries/workspace/workspaces.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct Workspaces;
/// The types of `workspaces` (queries/workspace/workspaces.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspaces {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspaces";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston workspace list` (and resolving a workspace label to its id).\nquery workspaces {\n  workspaces {\n    id\n    label\n    description\n    createdAt\n    updatedAt\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    type DateTime = super::DateTime;
    /// The variables of `workspaces`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables;
    /// What `workspaces` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaces` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub workspaces: Option<Vec<Option<WorkspacesWorkspaces>>>,
    }
    /// A selection in the response of `workspaces` (`WorkspacesWorkspaces`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspacesWorkspaces {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `createdAt` as selected.
        #[serde(rename = "createdAt")]
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        #[serde(rename = "updatedAt")]
        pub updated_at: DateTime,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspaces` on `client` with its variables in the order the operation declares them: `Client::execute::<Workspaces>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::Workspaces>(Variables).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for Workspaces {
    type Variables = workspaces::Variables;
    type ResponseData = workspaces::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspaces::QUERY,
            operation_name: workspaces::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for Workspaces {
    const NAME: &'static str = "workspaces";
    const BASE: &'static str = "workspaces";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = None;
    const FILE: &'static str = "queries/workspace/workspaces.graphql";
}
/// `houston deployment list --workspace LABEL` (every `--workspace LABEL`): only the workspaces with that label.
///
/// The query `workspacesLabelled_0_36_0` (queries/workspace/workspacesLabelled@0.36.0.graphql): run it with `Client::execute`.
#[allow(dead_code, unused_imports)]
pub struct WorkspacesLabelled;
/// The types of `workspacesLabelled_0_36_0` (queries/workspace/workspacesLabelled@0.36.0.graphql): its `Variables` and `ResponseData`.
#[allow(dead_code, unused_imports)]
pub mod workspaces_labelled {
    use std::result::Result;
    /// The operation's name, as sent to the server.
    pub const OPERATION_NAME: &str = "workspacesLabelled_0_36_0";
    /// The document, as sent to the server.
    pub const QUERY: &str = "# `houston deployment list --workspace LABEL` (every `--workspace LABEL`): only the workspaces with that label.\nquery workspacesLabelled_0_36_0($label: String) {\n  workspaces(label: $label) {\n    id\n    label\n  }\n}\n";
    use crate::__private::serde::{Serialize, Deserialize};
    use super::*;
    #[allow(dead_code)]
    type Boolean = bool;
    #[allow(dead_code)]
    type Float = f64;
    #[allow(dead_code)]
    type Int = i64;
    #[allow(dead_code)]
    type ID = String;
    /// The variables of `workspacesLabelled_0_36_0`.
    #[derive(Serialize, Debug, Clone, PartialEq, Deserialize)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$label`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub label: Option<String>,
    }
    impl Variables {}
    /// What `workspacesLabelled_0_36_0` returns.
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct ResponseData {
        /// `workspaces` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub workspaces: Option<Vec<Option<WorkspacesLabelledWorkspaces>>>,
    }
    /// A selection in the response of `workspacesLabelled_0_36_0` (`WorkspacesLabelledWorkspaces`).
    #[derive(Deserialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct WorkspacesLabelledWorkspaces {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    #[allow(dead_code)]
    type Id = String;
    /// Runs `workspacesLabelled_0_36_0` on `client` with its variables in the order the operation declares them: `Client::execute::<WorkspacesLabelled>` without the `Variables` struct.
    #[allow(clippy::too_many_arguments)]
    pub async fn call(
        client: &crate::houston::Client,
        label: Option<String>,
    ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
        client.execute::<super::WorkspacesLabelled>(Variables { label }).await
    }
}
#[allow(dead_code, unused_imports)]
impl crate::__private::graphql_client::GraphQLQuery for WorkspacesLabelled {
    type Variables = workspaces_labelled::Variables;
    type ResponseData = workspaces_labelled::ResponseData;
    /// The default of `build_query` declared in the operation.
    fn build_query(
        variables: Self::Variables,
    ) -> crate::__private::graphql_client::QueryBody<Self::Variables> {
        crate::__private::graphql_client::QueryBody {
            variables,
            query: workspaces_labelled::QUERY,
            operation_name: workspaces_labelled::OPERATION_NAME,
        }
    }
}
#[allow(dead_code, unused_imports)]
impl crate::houston::Operation for WorkspacesLabelled {
    const NAME: &'static str = "workspacesLabelled_0_36_0";
    const BASE: &'static str = "workspacesLabelled";
    const KIND: crate::houston::OperationKind = crate::houston::OperationKind::Query;
    const MIN_VERSION: Option<crate::houston::Version> = Some(
        crate::houston::Version(0u64, 36u64, 0u64),
    );
    const FILE: &'static str = "queries/workspace/workspacesLabelled@0.36.0.graphql";
}
/// The variants of `availableNamespaces` under the queries directory, oldest first; [`AvailableNamespacesVariant::for_platform`] picks one for a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(dead_code, unused_imports)]
pub enum AvailableNamespacesVariant {
    /// [`AvailableNamespaces`] (`queries/platform/availableNamespaces.graphql`), for platforms from 0.0.0 on.
    AvailableNamespaces,
    /// [`AvailableNamespaces100`] (`queries/platform/availableNamespaces@1.0.0.graphql`), for platforms from 1.0.0 on.
    AvailableNamespaces100,
}
#[allow(dead_code, unused_imports)]
impl AvailableNamespacesVariant {
    /// The oldest platform any variant is for: below it, none fits.
    pub const OLDEST: crate::houston::Version = crate::houston::Version(
        0u64,
        0u64,
        0u64,
    );
    /// Every variant with the oldest platform it is for, oldest first.
    pub const ALL: &'static [(Self, crate::houston::Version)] = &[
        (
            AvailableNamespacesVariant::AvailableNamespaces,
            crate::houston::Version(0u64, 0u64, 0u64),
        ),
        (
            AvailableNamespacesVariant::AvailableNamespaces100,
            crate::houston::Version(1u64, 0u64, 0u64),
        ),
    ];
    /// The variant for `platform`: the newest one not above it. Like the astro CLI, an
    /// unknown platform, or one older than every variant, gets the newest.
    pub fn for_platform(platform: Option<crate::houston::Version>) -> Self {
        let versions: Vec<crate::houston::Version> = Self::ALL
            .iter()
            .map(|(_, v)| *v)
            .collect();
        let i = crate::houston::pick_variant(&versions, platform)
            .unwrap_or(Self::ALL.len() - 1);
        Self::ALL[i].0
    }
    /// The oldest platform this variant is for.
    pub fn min_version(self) -> crate::houston::Version {
        Self::ALL
            .iter()
            .find(|(v, _)| *v == self)
            .map(|(_, min)| *min)
            .unwrap_or(crate::houston::Version(0, 0, 0))
    }
}
/// The variants of `createDeployment` under the queries directory, oldest first; [`CreateDeploymentVariant::for_platform`] picks one for a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(dead_code, unused_imports)]
pub enum CreateDeploymentVariant {
    /// [`CreateDeployment`] (`queries/deployment/createDeployment.graphql`), for platforms from 0.0.0 on.
    CreateDeployment,
    /// [`CreateDeployment0290`] (`queries/deployment/createDeployment@0.29.0.graphql`), for platforms from 0.29.0 on.
    CreateDeployment0290,
}
#[allow(dead_code, unused_imports)]
impl CreateDeploymentVariant {
    /// The oldest platform any variant is for: below it, none fits.
    pub const OLDEST: crate::houston::Version = crate::houston::Version(
        0u64,
        0u64,
        0u64,
    );
    /// Every variant with the oldest platform it is for, oldest first.
    pub const ALL: &'static [(Self, crate::houston::Version)] = &[
        (
            CreateDeploymentVariant::CreateDeployment,
            crate::houston::Version(0u64, 0u64, 0u64),
        ),
        (
            CreateDeploymentVariant::CreateDeployment0290,
            crate::houston::Version(0u64, 29u64, 0u64),
        ),
    ];
    /// The variant for `platform`: the newest one not above it. Like the astro CLI, an
    /// unknown platform, or one older than every variant, gets the newest.
    pub fn for_platform(platform: Option<crate::houston::Version>) -> Self {
        let versions: Vec<crate::houston::Version> = Self::ALL
            .iter()
            .map(|(_, v)| *v)
            .collect();
        let i = crate::houston::pick_variant(&versions, platform)
            .unwrap_or(Self::ALL.len() - 1);
        Self::ALL[i].0
    }
    /// The oldest platform this variant is for.
    pub fn min_version(self) -> crate::houston::Version {
        Self::ALL
            .iter()
            .find(|(v, _)| *v == self)
            .map(|(_, min)| *min)
            .unwrap_or(crate::houston::Version(0, 0, 0))
    }
}
/// The variants of `deployment` under the queries directory, oldest first; [`DeploymentVariant::for_platform`] picks one for a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(dead_code, unused_imports)]
pub enum DeploymentVariant {
    /// [`Deployment`] (`queries/deployment/deployment.graphql`), for platforms from 0.0.0 on.
    Deployment,
    /// [`Deployment0290`] (`queries/deployment/deployment@0.29.0.graphql`), for platforms from 0.29.0 on.
    Deployment0290,
}
#[allow(dead_code, unused_imports)]
impl DeploymentVariant {
    /// The oldest platform any variant is for: below it, none fits.
    pub const OLDEST: crate::houston::Version = crate::houston::Version(
        0u64,
        0u64,
        0u64,
    );
    /// Every variant with the oldest platform it is for, oldest first.
    pub const ALL: &'static [(Self, crate::houston::Version)] = &[
        (DeploymentVariant::Deployment, crate::houston::Version(0u64, 0u64, 0u64)),
        (DeploymentVariant::Deployment0290, crate::houston::Version(0u64, 29u64, 0u64)),
    ];
    /// The variant for `platform`: the newest one not above it. Like the astro CLI, an
    /// unknown platform, or one older than every variant, gets the newest.
    pub fn for_platform(platform: Option<crate::houston::Version>) -> Self {
        let versions: Vec<crate::houston::Version> = Self::ALL
            .iter()
            .map(|(_, v)| *v)
            .collect();
        let i = crate::houston::pick_variant(&versions, platform)
            .unwrap_or(Self::ALL.len() - 1);
        Self::ALL[i].0
    }
    /// The oldest platform this variant is for.
    pub fn min_version(self) -> crate::houston::Version {
        Self::ALL
            .iter()
            .find(|(v, _)| *v == self)
            .map(|(_, min)| *min)
            .unwrap_or(crate::houston::Version(0, 0, 0))
    }
}
/// The variants of `updateDeployment` under the queries directory, oldest first; [`UpdateDeploymentVariant::for_platform`] picks one for a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(dead_code, unused_imports)]
pub enum UpdateDeploymentVariant {
    /// [`UpdateDeployment`] (`queries/deployment/updateDeployment.graphql`), for platforms from 0.0.0 on.
    UpdateDeployment,
    /// [`UpdateDeployment0280`] (`queries/deployment/updateDeployment@0.28.0.graphql`), for platforms from 0.28.0 on.
    UpdateDeployment0280,
}
#[allow(dead_code, unused_imports)]
impl UpdateDeploymentVariant {
    /// The oldest platform any variant is for: below it, none fits.
    pub const OLDEST: crate::houston::Version = crate::houston::Version(
        0u64,
        0u64,
        0u64,
    );
    /// Every variant with the oldest platform it is for, oldest first.
    pub const ALL: &'static [(Self, crate::houston::Version)] = &[
        (
            UpdateDeploymentVariant::UpdateDeployment,
            crate::houston::Version(0u64, 0u64, 0u64),
        ),
        (
            UpdateDeploymentVariant::UpdateDeployment0280,
            crate::houston::Version(0u64, 28u64, 0u64),
        ),
    ];
    /// The variant for `platform`: the newest one not above it. Like the astro CLI, an
    /// unknown platform, or one older than every variant, gets the newest.
    pub fn for_platform(platform: Option<crate::houston::Version>) -> Self {
        let versions: Vec<crate::houston::Version> = Self::ALL
            .iter()
            .map(|(_, v)| *v)
            .collect();
        let i = crate::houston::pick_variant(&versions, platform)
            .unwrap_or(Self::ALL.len() - 1);
        Self::ALL[i].0
    }
    /// The oldest platform this variant is for.
    pub fn min_version(self) -> crate::houston::Version {
        Self::ALL
            .iter()
            .find(|(v, _)| *v == self)
            .map(|(_, min)| *min)
            .unwrap_or(crate::houston::Version(0, 0, 0))
    }
}
/// The variants of `upsertDeployment` under the queries directory, oldest first; [`UpsertDeploymentVariant::for_platform`] picks one for a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(dead_code, unused_imports)]
pub enum UpsertDeploymentVariant {
    /// [`UpsertDeployment100`] (`queries/deployment/upsertDeployment@1.0.0.graphql`), for platforms from 1.0.0 on.
    UpsertDeployment100,
    /// [`UpsertDeployment210`] (`queries/deployment/upsertDeployment@2.1.0.graphql`), for platforms from 2.1.0 on.
    UpsertDeployment210,
}
#[allow(dead_code, unused_imports)]
impl UpsertDeploymentVariant {
    /// The oldest platform any variant is for: below it, none fits.
    pub const OLDEST: crate::houston::Version = crate::houston::Version(
        1u64,
        0u64,
        0u64,
    );
    /// Every variant with the oldest platform it is for, oldest first.
    pub const ALL: &'static [(Self, crate::houston::Version)] = &[
        (
            UpsertDeploymentVariant::UpsertDeployment100,
            crate::houston::Version(1u64, 0u64, 0u64),
        ),
        (
            UpsertDeploymentVariant::UpsertDeployment210,
            crate::houston::Version(2u64, 1u64, 0u64),
        ),
    ];
    /// The variant for `platform`: the newest one not above it. Like the astro CLI, an
    /// unknown platform, or one older than every variant, gets the newest.
    pub fn for_platform(platform: Option<crate::houston::Version>) -> Self {
        let versions: Vec<crate::houston::Version> = Self::ALL
            .iter()
            .map(|(_, v)| *v)
            .collect();
        let i = crate::houston::pick_variant(&versions, platform)
            .unwrap_or(Self::ALL.len() - 1);
        Self::ALL[i].0
    }
    /// The oldest platform this variant is for.
    pub fn min_version(self) -> crate::houston::Version {
        Self::ALL
            .iter()
            .find(|(v, _)| *v == self)
            .map(|(_, min)| *min)
            .unwrap_or(crate::houston::Version(0, 0, 0))
    }
}
/// The variants of `workspaceDeployments` under the queries directory, oldest first; [`WorkspaceDeploymentsVariant::for_platform`] picks one for a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(dead_code, unused_imports)]
pub enum WorkspaceDeploymentsVariant {
    /// [`WorkspaceDeployments`] (`queries/deployment/workspaceDeployments.graphql`), for platforms from 0.0.0 on.
    WorkspaceDeployments,
    /// [`WorkspaceDeployments0290`] (`queries/deployment/workspaceDeployments@0.29.0.graphql`), for platforms from 0.29.0 on.
    WorkspaceDeployments0290,
}
#[allow(dead_code, unused_imports)]
impl WorkspaceDeploymentsVariant {
    /// The oldest platform any variant is for: below it, none fits.
    pub const OLDEST: crate::houston::Version = crate::houston::Version(
        0u64,
        0u64,
        0u64,
    );
    /// Every variant with the oldest platform it is for, oldest first.
    pub const ALL: &'static [(Self, crate::houston::Version)] = &[
        (
            WorkspaceDeploymentsVariant::WorkspaceDeployments,
            crate::houston::Version(0u64, 0u64, 0u64),
        ),
        (
            WorkspaceDeploymentsVariant::WorkspaceDeployments0290,
            crate::houston::Version(0u64, 29u64, 0u64),
        ),
    ];
    /// The variant for `platform`: the newest one not above it. Like the astro CLI, an
    /// unknown platform, or one older than every variant, gets the newest.
    pub fn for_platform(platform: Option<crate::houston::Version>) -> Self {
        let versions: Vec<crate::houston::Version> = Self::ALL
            .iter()
            .map(|(_, v)| *v)
            .collect();
        let i = crate::houston::pick_variant(&versions, platform)
            .unwrap_or(Self::ALL.len() - 1);
        Self::ALL[i].0
    }
    /// The oldest platform this variant is for.
    pub fn min_version(self) -> crate::houston::Version {
        Self::ALL
            .iter()
            .find(|(v, _)| *v == self)
            .map(|(_, min)| *min)
            .unwrap_or(crate::houston::Version(0, 0, 0))
    }
}
/// One call per operation that has version variants: `versioned::NAME::call` picks
/// the variant for the client's platform (see each module).
#[allow(dead_code, unused_imports)]
pub mod versioned {
    /// `availableNamespaces` whatever the platform's version: [`call`] sends the variant [`AvailableNamespacesVariant`](super::super::AvailableNamespacesVariant) picks for it.
    pub mod available_namespaces {
        /// The variables of every variant of `availableNamespaces`: one a variant lacks, does not require or gives a default is an `Option` (`None` leaves it out of the request).
        #[derive(
            Debug,
            Clone,
            PartialEq,
            crate::__private::serde::Serialize,
            crate::__private::serde::Deserialize
        )]
        #[serde(crate = "crate :: __private :: serde")]
        pub struct Variables {
            /// `$clusterId`, taken by `availableNamespaces_1_0_0` only. Required by `availableNamespaces_1_0_0`: left `None` where that variant is picked, the call fails before sending with `Error::MissingVariable`.
            #[serde(
                rename = "clusterId",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub cluster_id: Option<super::super::Uuid>,
        }
        /// What `availableNamespaces` returns: the answer of the variant that ran.
        #[derive(Debug, Clone, PartialEq)]
        pub enum ResponseData {
            /// The answer of `availableNamespaces` (queries/platform/availableNamespaces.graphql).
            AvailableNamespaces(super::super::available_namespaces::ResponseData),
            /// The answer of `availableNamespaces_1_0_0` (queries/platform/availableNamespaces@1.0.0.graphql).
            AvailableNamespaces100(
                super::super::available_namespaces_1_0_0::ResponseData,
            ),
        }
        /// The variables (GraphQL names) `variant` declares.
        fn declared(
            variant: super::super::AvailableNamespacesVariant,
        ) -> &'static [&'static str] {
            use super::super::AvailableNamespacesVariant;
            match variant {
                AvailableNamespacesVariant::AvailableNamespaces => &[],
                AvailableNamespacesVariant::AvailableNamespaces100 => &["clusterId"],
            }
        }
        /// The variables (GraphQL names) `variant` requires: non-null, with no default.
        fn required(
            variant: super::super::AvailableNamespacesVariant,
        ) -> &'static [&'static str] {
            use super::super::AvailableNamespacesVariant;
            match variant {
                AvailableNamespacesVariant::AvailableNamespaces => &[],
                AvailableNamespacesVariant::AvailableNamespaces100 => &["clusterId"],
            }
        }
        /// Runs `availableNamespaces` on `client` in the variant for its platform: the one the client's known version picks; when the version is unknown, the newest (a query asks for the version in the same request), then the older variant if the answer says the platform is older. A value given for a variable the chosen variant lacks is refused before anything is sent, as `Error::NotCarried`, and a variable it requires left `None` as `Error::MissingVariable`.
        pub async fn call(
            client: &crate::houston::Client,
            variables: Variables,
        ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
            use super::super::AvailableNamespacesVariant;
            let newest = AvailableNamespacesVariant::ALL[AvailableNamespacesVariant::ALL
                    .len() - 1]
                .0;
            let first = match client.known_platform_version() {
                Some(platform) => AvailableNamespacesVariant::for_platform(platform),
                None if !crate::houston::carries(
                    &variables,
                    declared(newest),
                    required(newest),
                ) => {
                    AvailableNamespacesVariant::for_platform(
                        client.platform_version().await?,
                    )
                }
                None => newest,
            };
            match send(client, first, &variables).await {
                Err(crate::houston::Error::TooOld { .. }) => {
                    let known = client.platform_version().await?;
                    send(
                            client,
                            AvailableNamespacesVariant::for_platform(known),
                            &variables,
                        )
                        .await
                }
                other => other,
            }
        }
        async fn send(
            client: &crate::houston::Client,
            variant: super::super::AvailableNamespacesVariant,
            variables: &Variables,
        ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
            use super::super::AvailableNamespacesVariant;
            let platform = client.known_platform_version().flatten();
            match variant {
                AvailableNamespacesVariant::AvailableNamespaces => {
                    let v = crate::houston::carry::<
                        super::super::available_namespaces::Variables,
                    >(variables, &[], &[], "availableNamespaces", platform)?;
                    let r = client
                        .execute::<super::super::AvailableNamespaces>(v)
                        .await?;
                    Ok(crate::houston::Response {
                        data: ResponseData::AvailableNamespaces(r.data),
                        raw: r.raw,
                    })
                }
                AvailableNamespacesVariant::AvailableNamespaces100 => {
                    let v = crate::houston::carry::<
                        super::super::available_namespaces_1_0_0::Variables,
                    >(
                        variables,
                        &["clusterId"],
                        &["clusterId"],
                        "availableNamespaces",
                        platform,
                    )?;
                    let r = client
                        .execute::<super::super::AvailableNamespaces100>(v)
                        .await?;
                    Ok(crate::houston::Response {
                        data: ResponseData::AvailableNamespaces100(r.data),
                        raw: r.raw,
                    })
                }
            }
        }
    }
    /// `createDeployment` whatever the platform's version: [`call`] sends the variant [`CreateDeploymentVariant`](super::super::CreateDeploymentVariant) picks for it.
    pub mod create_deployment {
        /// The variables of every variant of `createDeployment`: one a variant lacks, does not require or gives a default is an `Option` (`None` leaves it out of the request).
        #[derive(
            Debug,
            Clone,
            PartialEq,
            crate::__private::serde::Serialize,
            crate::__private::serde::Deserialize
        )]
        #[serde(crate = "crate :: __private :: serde")]
        pub struct Variables {
            /// `$workspaceUuid`, in every variant.
            #[serde(rename = "workspaceUuid")]
            pub workspace_uuid: super::super::Uuid,
            /// `$label`, in every variant.
            #[serde(rename = "label")]
            pub label: String,
            /// `$type`, in every variant. `None` leaves it out, and the operation's default `"airflow"` applies.
            #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
            pub type_: Option<String>,
            /// `$releaseName`, in every variant.
            #[serde(
                rename = "releaseName",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub release_name: Option<String>,
            /// `$description`, in every variant.
            #[serde(
                rename = "description",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub description: Option<String>,
            /// `$executor`, in every variant.
            #[serde(
                rename = "executor",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub executor: Option<super::super::ExecutorType>,
            /// `$workers`, in every variant.
            #[serde(
                rename = "workers",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub workers: Option<super::super::create_deployment_0_29_0::Workers>,
            /// `$webserver`, in every variant.
            #[serde(
                rename = "webserver",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub webserver: Option<super::super::create_deployment_0_29_0::Webserver>,
            /// `$scheduler`, in every variant.
            #[serde(
                rename = "scheduler",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub scheduler: Option<super::super::create_deployment_0_29_0::Scheduler>,
            /// `$properties`, in every variant.
            #[serde(
                rename = "properties",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub properties: Option<super::super::Json>,
            /// `$runtimeVersion`, taken by `createDeployment_0_29_0` only.
            #[serde(
                rename = "runtimeVersion",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub runtime_version: Option<String>,
            /// `$namespace`, in every variant.
            #[serde(
                rename = "namespace",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub namespace: Option<String>,
            /// `$cloudRole`, in every variant.
            #[serde(
                rename = "cloudRole",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub cloud_role: Option<String>,
            /// `$dagDeployment`, in every variant.
            #[serde(
                rename = "dagDeployment",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub dag_deployment: Option<
                super::super::create_deployment_0_29_0::DagDeployment,
            >,
            /// `$triggerer`, taken by `createDeployment_0_29_0` only.
            #[serde(
                rename = "triggerer",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub triggerer: Option<super::super::create_deployment_0_29_0::Triggerer>,
            /// `$airflowVersion`, taken by `createDeployment` only.
            #[serde(
                rename = "airflowVersion",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub airflow_version: Option<String>,
        }
        /// What `createDeployment` returns: the answer of the variant that ran.
        #[derive(Debug, Clone, PartialEq)]
        pub enum ResponseData {
            /// The answer of `createDeployment` (queries/deployment/createDeployment.graphql).
            CreateDeployment(super::super::create_deployment::ResponseData),
            /// The answer of `createDeployment_0_29_0` (queries/deployment/createDeployment@0.29.0.graphql).
            CreateDeployment0290(super::super::create_deployment_0_29_0::ResponseData),
        }
        /// The variables (GraphQL names) `variant` declares.
        fn declared(
            variant: super::super::CreateDeploymentVariant,
        ) -> &'static [&'static str] {
            use super::super::CreateDeploymentVariant;
            match variant {
                CreateDeploymentVariant::CreateDeployment => {
                    &[
                        "workspaceUuid",
                        "label",
                        "type",
                        "releaseName",
                        "description",
                        "executor",
                        "workers",
                        "webserver",
                        "scheduler",
                        "properties",
                        "airflowVersion",
                        "namespace",
                        "cloudRole",
                        "dagDeployment",
                    ]
                }
                CreateDeploymentVariant::CreateDeployment0290 => {
                    &[
                        "workspaceUuid",
                        "label",
                        "type",
                        "releaseName",
                        "description",
                        "executor",
                        "workers",
                        "webserver",
                        "scheduler",
                        "properties",
                        "runtimeVersion",
                        "namespace",
                        "cloudRole",
                        "dagDeployment",
                        "triggerer",
                    ]
                }
            }
        }
        /// The variables (GraphQL names) `variant` requires: non-null, with no default.
        fn required(
            variant: super::super::CreateDeploymentVariant,
        ) -> &'static [&'static str] {
            use super::super::CreateDeploymentVariant;
            match variant {
                CreateDeploymentVariant::CreateDeployment => &["workspaceUuid", "label"],
                CreateDeploymentVariant::CreateDeployment0290 => {
                    &["workspaceUuid", "label"]
                }
            }
        }
        /// Runs `createDeployment` on `client` in the variant for its platform: the one the client's known version picks; when the version is unknown, the newest (a query asks for the version in the same request), then the older variant if the answer says the platform is older. A value given for a variable the chosen variant lacks is refused before anything is sent, as `Error::NotCarried`, and a variable it requires left `None` as `Error::MissingVariable`.
        pub async fn call(
            client: &crate::houston::Client,
            variables: Variables,
        ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
            use super::super::CreateDeploymentVariant;
            let newest = CreateDeploymentVariant::ALL[CreateDeploymentVariant::ALL.len()
                    - 1]
                .0;
            let first = match client.known_platform_version() {
                Some(platform) => CreateDeploymentVariant::for_platform(platform),
                None if !crate::houston::carries(
                    &variables,
                    declared(newest),
                    required(newest),
                ) => {
                    CreateDeploymentVariant::for_platform(
                        client.platform_version().await?,
                    )
                }
                None => newest,
            };
            match send(client, first, &variables).await {
                Err(crate::houston::Error::TooOld { .. }) => {
                    let known = client.platform_version().await?;
                    send(
                            client,
                            CreateDeploymentVariant::for_platform(known),
                            &variables,
                        )
                        .await
                }
                other => other,
            }
        }
        async fn send(
            client: &crate::houston::Client,
            variant: super::super::CreateDeploymentVariant,
            variables: &Variables,
        ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
            use super::super::CreateDeploymentVariant;
            let platform = client.known_platform_version().flatten();
            match variant {
                CreateDeploymentVariant::CreateDeployment => {
                    let v = crate::houston::carry::<
                        super::super::create_deployment::Variables,
                    >(
                        variables,
                        &[
                            "workspaceUuid",
                            "label",
                            "type",
                            "releaseName",
                            "description",
                            "executor",
                            "workers",
                            "webserver",
                            "scheduler",
                            "properties",
                            "airflowVersion",
                            "namespace",
                            "cloudRole",
                            "dagDeployment",
                        ],
                        &["workspaceUuid", "label"],
                        "createDeployment",
                        platform,
                    )?;
                    let r = client.execute::<super::super::CreateDeployment>(v).await?;
                    Ok(crate::houston::Response {
                        data: ResponseData::CreateDeployment(r.data),
                        raw: r.raw,
                    })
                }
                CreateDeploymentVariant::CreateDeployment0290 => {
                    let v = crate::houston::carry::<
                        super::super::create_deployment_0_29_0::Variables,
                    >(
                        variables,
                        &[
                            "workspaceUuid",
                            "label",
                            "type",
                            "releaseName",
                            "description",
                            "executor",
                            "workers",
                            "webserver",
                            "scheduler",
                            "properties",
                            "runtimeVersion",
                            "namespace",
                            "cloudRole",
                            "dagDeployment",
                            "triggerer",
                        ],
                        &["workspaceUuid", "label"],
                        "createDeployment",
                        platform,
                    )?;
                    let r = client
                        .execute::<super::super::CreateDeployment0290>(v)
                        .await?;
                    Ok(crate::houston::Response {
                        data: ResponseData::CreateDeployment0290(r.data),
                        raw: r.raw,
                    })
                }
            }
        }
    }
    /// `deployment` whatever the platform's version: [`call`] sends the variant [`DeploymentVariant`](super::super::DeploymentVariant) picks for it.
    pub mod deployment {
        /// The variables of every variant of `deployment`: one a variant lacks, does not require or gives a default is an `Option` (`None` leaves it out of the request).
        #[derive(
            Debug,
            Clone,
            PartialEq,
            crate::__private::serde::Serialize,
            crate::__private::serde::Deserialize
        )]
        #[serde(crate = "crate :: __private :: serde")]
        pub struct Variables {
            /// `$where`, in every variant.
            #[serde(rename = "where")]
            pub where_: super::super::deployment_0_29_0::DeploymentWhereUniqueInput,
        }
        /// What `deployment` returns: the answer of the variant that ran.
        #[derive(Debug, Clone, PartialEq)]
        pub enum ResponseData {
            /// The answer of `deployment` (queries/deployment/deployment.graphql).
            Deployment(super::super::deployment::ResponseData),
            /// The answer of `deployment_0_29_0` (queries/deployment/deployment@0.29.0.graphql).
            Deployment0290(super::super::deployment_0_29_0::ResponseData),
        }
        /// The variables (GraphQL names) `variant` declares.
        fn declared(
            variant: super::super::DeploymentVariant,
        ) -> &'static [&'static str] {
            use super::super::DeploymentVariant;
            match variant {
                DeploymentVariant::Deployment => &["where"],
                DeploymentVariant::Deployment0290 => &["where"],
            }
        }
        /// The variables (GraphQL names) `variant` requires: non-null, with no default.
        fn required(
            variant: super::super::DeploymentVariant,
        ) -> &'static [&'static str] {
            use super::super::DeploymentVariant;
            match variant {
                DeploymentVariant::Deployment => &["where"],
                DeploymentVariant::Deployment0290 => &["where"],
            }
        }
        /// Runs `deployment` on `client` in the variant for its platform: the one the client's known version picks; when the version is unknown, the newest (a query asks for the version in the same request), then the older variant if the answer says the platform is older. A value given for a variable the chosen variant lacks is refused before anything is sent, as `Error::NotCarried`, and a variable it requires left `None` as `Error::MissingVariable`.
        pub async fn call(
            client: &crate::houston::Client,
            variables: Variables,
        ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
            use super::super::DeploymentVariant;
            let newest = DeploymentVariant::ALL[DeploymentVariant::ALL.len() - 1].0;
            let first = match client.known_platform_version() {
                Some(platform) => DeploymentVariant::for_platform(platform),
                None if !crate::houston::carries(
                    &variables,
                    declared(newest),
                    required(newest),
                ) => DeploymentVariant::for_platform(client.platform_version().await?),
                None => newest,
            };
            match send(client, first, &variables).await {
                Err(crate::houston::Error::TooOld { .. }) => {
                    let known = client.platform_version().await?;
                    send(client, DeploymentVariant::for_platform(known), &variables)
                        .await
                }
                other => other,
            }
        }
        async fn send(
            client: &crate::houston::Client,
            variant: super::super::DeploymentVariant,
            variables: &Variables,
        ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
            use super::super::DeploymentVariant;
            let platform = client.known_platform_version().flatten();
            match variant {
                DeploymentVariant::Deployment => {
                    let v = crate::houston::carry::<
                        super::super::deployment::Variables,
                    >(variables, &["where"], &["where"], "deployment", platform)?;
                    let r = client.execute::<super::super::Deployment>(v).await?;
                    Ok(crate::houston::Response {
                        data: ResponseData::Deployment(r.data),
                        raw: r.raw,
                    })
                }
                DeploymentVariant::Deployment0290 => {
                    let v = crate::houston::carry::<
                        super::super::deployment_0_29_0::Variables,
                    >(variables, &["where"], &["where"], "deployment", platform)?;
                    let r = client.execute::<super::super::Deployment0290>(v).await?;
                    Ok(crate::houston::Response {
                        data: ResponseData::Deployment0290(r.data),
                        raw: r.raw,
                    })
                }
            }
        }
    }
    /// `updateDeployment` whatever the platform's version: [`call`] sends the variant [`UpdateDeploymentVariant`](super::super::UpdateDeploymentVariant) picks for it.
    pub mod update_deployment {
        /// The variables of every variant of `updateDeployment`: one a variant lacks, does not require or gives a default is an `Option` (`None` leaves it out of the request).
        #[derive(
            Debug,
            Clone,
            PartialEq,
            crate::__private::serde::Serialize,
            crate::__private::serde::Deserialize
        )]
        #[serde(crate = "crate :: __private :: serde")]
        pub struct Variables {
            /// `$deploymentUuid`, in every variant.
            #[serde(rename = "deploymentUuid")]
            pub deployment_uuid: super::super::Uuid,
            /// `$payload`, in every variant.
            #[serde(
                rename = "payload",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub payload: Option<super::super::Json>,
            /// `$executor`, in every variant.
            #[serde(
                rename = "executor",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub executor: Option<super::super::ExecutorType>,
            /// `$workers`, in every variant.
            #[serde(
                rename = "workers",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub workers: Option<super::super::update_deployment_0_28_0::Workers>,
            /// `$webserver`, in every variant.
            #[serde(
                rename = "webserver",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub webserver: Option<super::super::update_deployment_0_28_0::Webserver>,
            /// `$scheduler`, in every variant.
            #[serde(
                rename = "scheduler",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub scheduler: Option<super::super::update_deployment_0_28_0::Scheduler>,
            /// `$cloudRole`, in every variant.
            #[serde(
                rename = "cloudRole",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub cloud_role: Option<String>,
            /// `$dagDeployment`, in every variant.
            #[serde(
                rename = "dagDeployment",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub dag_deployment: Option<
                super::super::update_deployment_0_28_0::DagDeployment,
            >,
            /// `$triggerer`, taken by `updateDeployment_0_28_0` only.
            #[serde(
                rename = "triggerer",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub triggerer: Option<super::super::update_deployment_0_28_0::Triggerer>,
        }
        /// What `updateDeployment` returns: the answer of the variant that ran.
        #[derive(Debug, Clone, PartialEq)]
        pub enum ResponseData {
            /// The answer of `updateDeployment` (queries/deployment/updateDeployment.graphql).
            UpdateDeployment(super::super::update_deployment::ResponseData),
            /// The answer of `updateDeployment_0_28_0` (queries/deployment/updateDeployment@0.28.0.graphql).
            UpdateDeployment0280(super::super::update_deployment_0_28_0::ResponseData),
        }
        /// The variables (GraphQL names) `variant` declares.
        fn declared(
            variant: super::super::UpdateDeploymentVariant,
        ) -> &'static [&'static str] {
            use super::super::UpdateDeploymentVariant;
            match variant {
                UpdateDeploymentVariant::UpdateDeployment => {
                    &[
                        "deploymentUuid",
                        "payload",
                        "executor",
                        "workers",
                        "webserver",
                        "scheduler",
                        "cloudRole",
                        "dagDeployment",
                    ]
                }
                UpdateDeploymentVariant::UpdateDeployment0280 => {
                    &[
                        "deploymentUuid",
                        "payload",
                        "executor",
                        "workers",
                        "webserver",
                        "scheduler",
                        "cloudRole",
                        "dagDeployment",
                        "triggerer",
                    ]
                }
            }
        }
        /// The variables (GraphQL names) `variant` requires: non-null, with no default.
        fn required(
            variant: super::super::UpdateDeploymentVariant,
        ) -> &'static [&'static str] {
            use super::super::UpdateDeploymentVariant;
            match variant {
                UpdateDeploymentVariant::UpdateDeployment => &["deploymentUuid"],
                UpdateDeploymentVariant::UpdateDeployment0280 => &["deploymentUuid"],
            }
        }
        /// Runs `updateDeployment` on `client` in the variant for its platform: the one the client's known version picks; when the version is unknown, the newest (a query asks for the version in the same request), then the older variant if the answer says the platform is older. A value given for a variable the chosen variant lacks is refused before anything is sent, as `Error::NotCarried`, and a variable it requires left `None` as `Error::MissingVariable`.
        pub async fn call(
            client: &crate::houston::Client,
            variables: Variables,
        ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
            use super::super::UpdateDeploymentVariant;
            let newest = UpdateDeploymentVariant::ALL[UpdateDeploymentVariant::ALL.len()
                    - 1]
                .0;
            let first = match client.known_platform_version() {
                Some(platform) => UpdateDeploymentVariant::for_platform(platform),
                None if !crate::houston::carries(
                    &variables,
                    declared(newest),
                    required(newest),
                ) => {
                    UpdateDeploymentVariant::for_platform(
                        client.platform_version().await?,
                    )
                }
                None => newest,
            };
            match send(client, first, &variables).await {
                Err(crate::houston::Error::TooOld { .. }) => {
                    let known = client.platform_version().await?;
                    send(
                            client,
                            UpdateDeploymentVariant::for_platform(known),
                            &variables,
                        )
                        .await
                }
                other => other,
            }
        }
        async fn send(
            client: &crate::houston::Client,
            variant: super::super::UpdateDeploymentVariant,
            variables: &Variables,
        ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
            use super::super::UpdateDeploymentVariant;
            let platform = client.known_platform_version().flatten();
            match variant {
                UpdateDeploymentVariant::UpdateDeployment => {
                    let v = crate::houston::carry::<
                        super::super::update_deployment::Variables,
                    >(
                        variables,
                        &[
                            "deploymentUuid",
                            "payload",
                            "executor",
                            "workers",
                            "webserver",
                            "scheduler",
                            "cloudRole",
                            "dagDeployment",
                        ],
                        &["deploymentUuid"],
                        "updateDeployment",
                        platform,
                    )?;
                    let r = client.execute::<super::super::UpdateDeployment>(v).await?;
                    Ok(crate::houston::Response {
                        data: ResponseData::UpdateDeployment(r.data),
                        raw: r.raw,
                    })
                }
                UpdateDeploymentVariant::UpdateDeployment0280 => {
                    let v = crate::houston::carry::<
                        super::super::update_deployment_0_28_0::Variables,
                    >(
                        variables,
                        &[
                            "deploymentUuid",
                            "payload",
                            "executor",
                            "workers",
                            "webserver",
                            "scheduler",
                            "cloudRole",
                            "dagDeployment",
                            "triggerer",
                        ],
                        &["deploymentUuid"],
                        "updateDeployment",
                        platform,
                    )?;
                    let r = client
                        .execute::<super::super::UpdateDeployment0280>(v)
                        .await?;
                    Ok(crate::houston::Response {
                        data: ResponseData::UpdateDeployment0280(r.data),
                        raw: r.raw,
                    })
                }
            }
        }
    }
    /// `upsertDeployment` whatever the platform's version: [`call`] sends the variant [`UpsertDeploymentVariant`](super::super::UpsertDeploymentVariant) picks for it.
    pub mod upsert_deployment {
        /// The variables of every variant of `upsertDeployment`: one a variant lacks, does not require or gives a default is an `Option` (`None` leaves it out of the request).
        #[derive(
            Debug,
            Clone,
            PartialEq,
            crate::__private::serde::Serialize,
            crate::__private::serde::Deserialize
        )]
        #[serde(crate = "crate :: __private :: serde")]
        pub struct Variables {
            /// `$workspaceUuid`, in every variant.
            #[serde(
                rename = "workspaceUuid",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub workspace_uuid: Option<super::super::Uuid>,
            /// `$deploymentUuid`, in every variant.
            #[serde(
                rename = "deploymentUuid",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub deployment_uuid: Option<super::super::Uuid>,
            /// `$clusterId`, in every variant.
            #[serde(
                rename = "clusterId",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub cluster_id: Option<super::super::Uuid>,
            /// `$label`, in every variant.
            #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
            pub label: Option<String>,
            /// `$description`, in every variant.
            #[serde(
                rename = "description",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub description: Option<String>,
            /// `$releaseName`, in every variant.
            #[serde(
                rename = "releaseName",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub release_name: Option<String>,
            /// `$namespace`, in every variant.
            #[serde(
                rename = "namespace",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub namespace: Option<String>,
            /// `$runtimeVersion`, in every variant.
            #[serde(
                rename = "runtimeVersion",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub runtime_version: Option<String>,
            /// `$executor`, in every variant.
            #[serde(
                rename = "executor",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub executor: Option<super::super::ExecutorType>,
            /// `$workers`, in every variant.
            #[serde(
                rename = "workers",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub workers: Option<super::super::upsert_deployment_2_1_0::Workers>,
            /// `$webserver`, in every variant.
            #[serde(
                rename = "webserver",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub webserver: Option<super::super::upsert_deployment_2_1_0::Webserver>,
            /// `$scheduler`, in every variant.
            #[serde(
                rename = "scheduler",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub scheduler: Option<super::super::upsert_deployment_2_1_0::Scheduler>,
            /// `$properties`, in every variant.
            #[serde(
                rename = "properties",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub properties: Option<super::super::Json>,
            /// `$triggerer`, in every variant.
            #[serde(
                rename = "triggerer",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub triggerer: Option<super::super::upsert_deployment_2_1_0::Triggerer>,
            /// `$dagDeployment`, in every variant.
            #[serde(
                rename = "dagDeployment",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub dag_deployment: Option<
                super::super::upsert_deployment_2_1_0::DagDeployment,
            >,
            /// `$cloudRole`, in every variant.
            #[serde(
                rename = "cloudRole",
                default,
                skip_serializing_if = "Option::is_none"
            )]
            pub cloud_role: Option<String>,
            /// `$mode`, taken by `upsertDeployment_2_1_0` only.
            #[serde(rename = "mode", default, skip_serializing_if = "Option::is_none")]
            pub mode: Option<super::super::AllowedDeploymentModeValues>,
        }
        /// What `upsertDeployment` returns: the answer of the variant that ran.
        #[derive(Debug, Clone, PartialEq)]
        pub enum ResponseData {
            /// The answer of `upsertDeployment_1_0_0` (queries/deployment/upsertDeployment@1.0.0.graphql).
            UpsertDeployment100(super::super::upsert_deployment_1_0_0::ResponseData),
            /// The answer of `upsertDeployment_2_1_0` (queries/deployment/upsertDeployment@2.1.0.graphql).
            UpsertDeployment210(super::super::upsert_deployment_2_1_0::ResponseData),
        }
        /// The variables (GraphQL names) `variant` declares.
        fn declared(
            variant: super::super::UpsertDeploymentVariant,
        ) -> &'static [&'static str] {
            use super::super::UpsertDeploymentVariant;
            match variant {
                UpsertDeploymentVariant::UpsertDeployment100 => {
                    &[
                        "workspaceUuid",
                        "deploymentUuid",
                        "clusterId",
                        "label",
                        "description",
                        "releaseName",
                        "namespace",
                        "runtimeVersion",
                        "executor",
                        "workers",
                        "webserver",
                        "scheduler",
                        "properties",
                        "triggerer",
                        "dagDeployment",
                        "cloudRole",
                    ]
                }
                UpsertDeploymentVariant::UpsertDeployment210 => {
                    &[
                        "workspaceUuid",
                        "deploymentUuid",
                        "clusterId",
                        "label",
                        "description",
                        "releaseName",
                        "namespace",
                        "runtimeVersion",
                        "executor",
                        "workers",
                        "webserver",
                        "scheduler",
                        "properties",
                        "triggerer",
                        "dagDeployment",
                        "cloudRole",
                        "mode",
                    ]
                }
            }
        }
        /// The variables (GraphQL names) `variant` requires: non-null, with no default.
        fn required(
            variant: super::super::UpsertDeploymentVariant,
        ) -> &'static [&'static str] {
            use super::super::UpsertDeploymentVariant;
            match variant {
                UpsertDeploymentVariant::UpsertDeployment100 => &[],
                UpsertDeploymentVariant::UpsertDeployment210 => &[],
            }
        }
        /// Runs `upsertDeployment` on `client` in the variant for its platform: the one the client's known version picks; when the version is unknown, the newest (a query asks for the version in the same request), then the older variant if the answer says the platform is older. A value given for a variable the chosen variant lacks is refused before anything is sent, as `Error::NotCarried`, and a variable it requires left `None` as `Error::MissingVariable`.
        pub async fn call(
            client: &crate::houston::Client,
            variables: Variables,
        ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
            use super::super::UpsertDeploymentVariant;
            let newest = UpsertDeploymentVariant::ALL[UpsertDeploymentVariant::ALL.len()
                    - 1]
                .0;
            let first = match client.known_platform_version() {
                Some(platform) => UpsertDeploymentVariant::for_platform(platform),
                None if !crate::houston::carries(
                    &variables,
                    declared(newest),
                    required(newest),
                ) => {
                    UpsertDeploymentVariant::for_platform(
                        client.platform_version().await?,
                    )
                }
                None => newest,
            };
            match send(client, first, &variables).await {
                Err(crate::houston::Error::TooOld { .. }) => {
                    let known = client.platform_version().await?;
                    send(
                            client,
                            UpsertDeploymentVariant::for_platform(known),
                            &variables,
                        )
                        .await
                }
                other => other,
            }
        }
        async fn send(
            client: &crate::houston::Client,
            variant: super::super::UpsertDeploymentVariant,
            variables: &Variables,
        ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
            use super::super::UpsertDeploymentVariant;
            let platform = client.known_platform_version().flatten();
            match variant {
                UpsertDeploymentVariant::UpsertDeployment100 => {
                    let v = crate::houston::carry::<
                        super::super::upsert_deployment_1_0_0::Variables,
                    >(
                        variables,
                        &[
                            "workspaceUuid",
                            "deploymentUuid",
                            "clusterId",
                            "label",
                            "description",
                            "releaseName",
                            "namespace",
                            "runtimeVersion",
                            "executor",
                            "workers",
                            "webserver",
                            "scheduler",
                            "properties",
                            "triggerer",
                            "dagDeployment",
                            "cloudRole",
                        ],
                        &[],
                        "upsertDeployment",
                        platform,
                    )?;
                    let r = client
                        .execute::<super::super::UpsertDeployment100>(v)
                        .await?;
                    Ok(crate::houston::Response {
                        data: ResponseData::UpsertDeployment100(r.data),
                        raw: r.raw,
                    })
                }
                UpsertDeploymentVariant::UpsertDeployment210 => {
                    let v = crate::houston::carry::<
                        super::super::upsert_deployment_2_1_0::Variables,
                    >(
                        variables,
                        &[
                            "workspaceUuid",
                            "deploymentUuid",
                            "clusterId",
                            "label",
                            "description",
                            "releaseName",
                            "namespace",
                            "runtimeVersion",
                            "executor",
                            "workers",
                            "webserver",
                            "scheduler",
                            "properties",
                            "triggerer",
                            "dagDeployment",
                            "cloudRole",
                            "mode",
                        ],
                        &[],
                        "upsertDeployment",
                        platform,
                    )?;
                    let r = client
                        .execute::<super::super::UpsertDeployment210>(v)
                        .await?;
                    Ok(crate::houston::Response {
                        data: ResponseData::UpsertDeployment210(r.data),
                        raw: r.raw,
                    })
                }
            }
        }
    }
    /// `workspaceDeployments` whatever the platform's version: [`call`] sends the variant [`WorkspaceDeploymentsVariant`](super::super::WorkspaceDeploymentsVariant) picks for it.
    pub mod workspace_deployments {
        /// The variables of every variant of `workspaceDeployments`: one a variant lacks, does not require or gives a default is an `Option` (`None` leaves it out of the request).
        #[derive(
            Debug,
            Clone,
            PartialEq,
            crate::__private::serde::Serialize,
            crate::__private::serde::Deserialize
        )]
        #[serde(crate = "crate :: __private :: serde")]
        pub struct Variables {
            /// `$workspaceUuid`, in every variant.
            #[serde(rename = "workspaceUuid")]
            pub workspace_uuid: super::super::Uuid,
        }
        /// What `workspaceDeployments` returns: the answer of the variant that ran.
        #[derive(Debug, Clone, PartialEq)]
        pub enum ResponseData {
            /// The answer of `workspaceDeployments` (queries/deployment/workspaceDeployments.graphql).
            WorkspaceDeployments(super::super::workspace_deployments::ResponseData),
            /// The answer of `workspaceDeployments_0_29_0` (queries/deployment/workspaceDeployments@0.29.0.graphql).
            WorkspaceDeployments0290(
                super::super::workspace_deployments_0_29_0::ResponseData,
            ),
        }
        /// The variables (GraphQL names) `variant` declares.
        fn declared(
            variant: super::super::WorkspaceDeploymentsVariant,
        ) -> &'static [&'static str] {
            use super::super::WorkspaceDeploymentsVariant;
            match variant {
                WorkspaceDeploymentsVariant::WorkspaceDeployments => &["workspaceUuid"],
                WorkspaceDeploymentsVariant::WorkspaceDeployments0290 => {
                    &["workspaceUuid"]
                }
            }
        }
        /// The variables (GraphQL names) `variant` requires: non-null, with no default.
        fn required(
            variant: super::super::WorkspaceDeploymentsVariant,
        ) -> &'static [&'static str] {
            use super::super::WorkspaceDeploymentsVariant;
            match variant {
                WorkspaceDeploymentsVariant::WorkspaceDeployments => &["workspaceUuid"],
                WorkspaceDeploymentsVariant::WorkspaceDeployments0290 => {
                    &["workspaceUuid"]
                }
            }
        }
        /// Runs `workspaceDeployments` on `client` in the variant for its platform: the one the client's known version picks; when the version is unknown, the newest (a query asks for the version in the same request), then the older variant if the answer says the platform is older. A value given for a variable the chosen variant lacks is refused before anything is sent, as `Error::NotCarried`, and a variable it requires left `None` as `Error::MissingVariable`.
        pub async fn call(
            client: &crate::houston::Client,
            variables: Variables,
        ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
            use super::super::WorkspaceDeploymentsVariant;
            let newest = WorkspaceDeploymentsVariant::ALL[WorkspaceDeploymentsVariant::ALL
                    .len() - 1]
                .0;
            let first = match client.known_platform_version() {
                Some(platform) => WorkspaceDeploymentsVariant::for_platform(platform),
                None if !crate::houston::carries(
                    &variables,
                    declared(newest),
                    required(newest),
                ) => {
                    WorkspaceDeploymentsVariant::for_platform(
                        client.platform_version().await?,
                    )
                }
                None => newest,
            };
            match send(client, first, &variables).await {
                Err(crate::houston::Error::TooOld { .. }) => {
                    let known = client.platform_version().await?;
                    send(
                            client,
                            WorkspaceDeploymentsVariant::for_platform(known),
                            &variables,
                        )
                        .await
                }
                other => other,
            }
        }
        async fn send(
            client: &crate::houston::Client,
            variant: super::super::WorkspaceDeploymentsVariant,
            variables: &Variables,
        ) -> Result<crate::houston::Response<ResponseData>, crate::houston::Error> {
            use super::super::WorkspaceDeploymentsVariant;
            let platform = client.known_platform_version().flatten();
            match variant {
                WorkspaceDeploymentsVariant::WorkspaceDeployments => {
                    let v = crate::houston::carry::<
                        super::super::workspace_deployments::Variables,
                    >(
                        variables,
                        &["workspaceUuid"],
                        &["workspaceUuid"],
                        "workspaceDeployments",
                        platform,
                    )?;
                    let r = client
                        .execute::<super::super::WorkspaceDeployments>(v)
                        .await?;
                    Ok(crate::houston::Response {
                        data: ResponseData::WorkspaceDeployments(r.data),
                        raw: r.raw,
                    })
                }
                WorkspaceDeploymentsVariant::WorkspaceDeployments0290 => {
                    let v = crate::houston::carry::<
                        super::super::workspace_deployments_0_29_0::Variables,
                    >(
                        variables,
                        &["workspaceUuid"],
                        &["workspaceUuid"],
                        "workspaceDeployments",
                        platform,
                    )?;
                    let r = client
                        .execute::<super::super::WorkspaceDeployments0290>(v)
                        .await?;
                    Ok(crate::houston::Response {
                        data: ResponseData::WorkspaceDeployments0290(r.data),
                        raw: r.raw,
                    })
                }
            }
        }
    }
}
