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
#[derive(Debug, Clone, PartialEq, Eq, Hash, crate::__private::serde::Serialize)]
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
#[allow(dead_code, unused_imports)]
impl crate::__private::decode::Decode for AllowedDeploymentModeValues {
    fn decode(
        value: &crate::__private::serde_json::Value,
    ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
        crate::__private::decode::string_enum(value, Self::known, Self::Other)
    }
}
#[allow(dead_code, unused_imports)]
impl<'de> crate::__private::serde::Deserialize<'de> for AllowedDeploymentModeValues {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::__private::decode::deserialize(deserializer)
    }
}
/// S21.
#[derive(Debug, Clone, PartialEq, Eq, Hash, crate::__private::serde::Serialize)]
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
#[allow(dead_code, unused_imports)]
impl crate::__private::decode::Decode for DeploymentStatusType {
    fn decode(
        value: &crate::__private::serde_json::Value,
    ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
        crate::__private::decode::string_enum(value, Self::known, Self::Other)
    }
}
#[allow(dead_code, unused_imports)]
impl<'de> crate::__private::serde::Deserialize<'de> for DeploymentStatusType {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::__private::decode::deserialize(deserializer)
    }
}
/// Owner kind of a service account. S19, S21.
#[derive(Debug, Clone, PartialEq, Eq, Hash, crate::__private::serde::Serialize)]
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
#[allow(dead_code, unused_imports)]
impl crate::__private::decode::Decode for EntityType {
    fn decode(
        value: &crate::__private::serde_json::Value,
    ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
        crate::__private::decode::string_enum(value, Self::known, Self::Other)
    }
}
#[allow(dead_code, unused_imports)]
impl<'de> crate::__private::serde::Deserialize<'de> for EntityType {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::__private::decode::deserialize(deserializer)
    }
}
/// Airflow executor (mixed-case values). S21, CLI.
#[derive(Debug, Clone, PartialEq, Eq, Hash, crate::__private::serde::Serialize)]
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
#[allow(dead_code, unused_imports)]
impl crate::__private::decode::Decode for ExecutorType {
    fn decode(
        value: &crate::__private::serde_json::Value,
    ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
        crate::__private::decode::string_enum(value, Self::known, Self::Other)
    }
}
#[allow(dead_code, unused_imports)]
impl<'de> crate::__private::serde::Deserialize<'de> for ExecutorType {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::__private::decode::deserialize(deserializer)
    }
}
/// S19, S21.
#[derive(Debug, Clone, PartialEq, Eq, Hash, crate::__private::serde::Serialize)]
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
#[allow(dead_code, unused_imports)]
impl crate::__private::decode::Decode for MetricType {
    fn decode(
        value: &crate::__private::serde_json::Value,
    ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
        crate::__private::decode::string_enum(value, Self::known, Self::Other)
    }
}
#[allow(dead_code, unused_imports)]
impl<'de> crate::__private::serde::Deserialize<'de> for MetricType {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::__private::decode::deserialize(deserializer)
    }
}
/// Combinator of the server-side @auth directive (not used by any client-visible field). S19, S21.
#[derive(Debug, Clone, PartialEq, Eq, Hash, crate::__private::serde::Serialize)]
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
#[allow(dead_code, unused_imports)]
impl crate::__private::decode::Decode for Operator {
    fn decode(
        value: &crate::__private::serde_json::Value,
    ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
        crate::__private::decode::string_enum(value, Self::known, Self::Other)
    }
}
#[allow(dead_code, unused_imports)]
impl<'de> crate::__private::serde::Deserialize<'de> for Operator {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::__private::decode::deserialize(deserializer)
    }
}
/// Role of a role binding. S19 datamodel, S21 (identical 10 values).
#[derive(Debug, Clone, PartialEq, Eq, Hash, crate::__private::serde::Serialize)]
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
#[allow(dead_code, unused_imports)]
impl crate::__private::decode::Decode for Role {
    fn decode(
        value: &crate::__private::serde_json::Value,
    ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
        crate::__private::decode::string_enum(value, Self::known, Self::Other)
    }
}
#[allow(dead_code, unused_imports)]
impl<'de> crate::__private::serde::Deserialize<'de> for Role {
    fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::__private::decode::deserialize(deserializer)
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `adoptDeployment` as selected.
        pub adopt_deployment: Option<AdoptDeploymentAdoptDeployment>,
    }
    /// A selection in the response of `adoptDeployment_2_1_0` (`AdoptDeploymentAdoptDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct AdoptDeploymentAdoptDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `namespace` as selected.
        pub namespace: Option<String>,
        /// `clusterId` as selected.
        pub cluster_id: Option<Uuid>,
        /// `workspace` as selected.
        pub workspace: Option<AdoptDeploymentAdoptDeploymentWorkspace>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
    }
    /// A selection in the response of `adoptDeployment_2_1_0` (`AdoptDeploymentAdoptDeploymentWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
                cluster_id: crate::__private::decode::scalar(
                    object,
                    "clusterId",
                    false,
                )?,
                cr_namespace: crate::__private::decode::scalar(
                    object,
                    "crNamespace",
                    false,
                )?,
                cr_name: crate::__private::decode::scalar(object, "crName", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                use_apc_logging: crate::__private::decode::scalar(
                    object,
                    "useApcLogging",
                    true,
                )?,
                use_apc_registry: crate::__private::decode::scalar(
                    object,
                    "useApcRegistry",
                    true,
                )?,
                accept_incompatibilities: crate::__private::decode::scalar(
                    object,
                    "acceptIncompatibilities",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$workspaceUuid`, `$clusterId`, `$crNamespace`, `$crName`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            workspace_uuid: Uuid,
            cluster_id: Uuid,
            cr_namespace: String,
            cr_name: String,
        ) -> Self {
            Variables {
                workspace_uuid,
                cluster_id,
                cr_namespace,
                cr_name,
                label: None,
                description: None,
                use_apc_logging: None,
                use_apc_registry: None,
                accept_incompatibilities: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                adopt_deployment: crate::__private::decode::field(
                    object,
                    "adoptDeployment",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for AdoptDeploymentAdoptDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct AdoptDeploymentAdoptDeployment",
            )?;
            ::std::result::Result::Ok(AdoptDeploymentAdoptDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                namespace: crate::__private::decode::scalar(object, "namespace", true)?,
                cluster_id: crate::__private::decode::scalar(object, "clusterId", true)?,
                workspace: crate::__private::decode::field(object, "workspace")?,
                created_at: crate::__private::decode::scalar(object, "createdAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for AdoptDeploymentAdoptDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for AdoptDeploymentAdoptDeploymentWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct AdoptDeploymentAdoptDeploymentWorkspace",
            )?;
            ::std::result::Result::Ok(AdoptDeploymentAdoptDeploymentWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for AdoptDeploymentAdoptDeploymentWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
    }
    impl Variables {}
    /// What `cancelRuntimeUpdate_0_29_0` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `cancelRuntimeUpdate` as selected.
        pub cancel_runtime_update: Option<CancelRuntimeUpdateCancelRuntimeUpdate>,
    }
    /// A selection in the response of `cancelRuntimeUpdate_0_29_0` (`CancelRuntimeUpdateCancelRuntimeUpdate`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CancelRuntimeUpdateCancelRuntimeUpdate {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `runtimeVersion` as selected.
        pub runtime_version: Option<String>,
        /// `desiredRuntimeVersion` as selected.
        pub desired_runtime_version: Option<String>,
        /// `runtimeAirflowVersion` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                cancel_runtime_update: crate::__private::decode::field(
                    object,
                    "cancelRuntimeUpdate",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CancelRuntimeUpdateCancelRuntimeUpdate {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CancelRuntimeUpdateCancelRuntimeUpdate",
            )?;
            ::std::result::Result::Ok(CancelRuntimeUpdateCancelRuntimeUpdate {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                runtime_version: crate::__private::decode::scalar(
                    object,
                    "runtimeVersion",
                    true,
                )?,
                desired_runtime_version: crate::__private::decode::scalar(
                    object,
                    "desiredRuntimeVersion",
                    true,
                )?,
                runtime_airflow_version: crate::__private::decode::scalar(
                    object,
                    "runtimeAirflowVersion",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for CancelRuntimeUpdateCancelRuntimeUpdate {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `createDeployment` as selected.
        pub create_deployment: Option<CreateDeploymentCreateDeployment>,
    }
    /// A selection in the response of `createDeployment` (`CreateDeploymentCreateDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateDeploymentCreateDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `executor` as selected.
        pub executor: Option<ExecutorType>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `urls` as selected.
        pub urls: Option<Vec<Option<CreateDeploymentCreateDeploymentUrls>>>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
    }
    /// A selection in the response of `createDeployment` (`CreateDeploymentCreateDeploymentUrls`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateDeploymentCreateDeploymentUrls {
        /// `type` as selected.
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
    impl crate::__private::decode::Decode for DagDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DagDeployment",
            )?;
            ::std::result::Result::Ok(DagDeployment {
                type_: crate::__private::decode::scalar(object, "type", true)?,
                nfs_location: crate::__private::decode::scalar(
                    object,
                    "nfsLocation",
                    true,
                )?,
                repository_url: crate::__private::decode::scalar(
                    object,
                    "repositoryUrl",
                    true,
                )?,
                branch_name: crate::__private::decode::scalar(
                    object,
                    "branchName",
                    true,
                )?,
                rev: crate::__private::decode::scalar(object, "rev", true)?,
                dag_directory_location: crate::__private::decode::scalar(
                    object,
                    "dagDirectoryLocation",
                    true,
                )?,
                sync_interval: crate::__private::decode::scalar(
                    object,
                    "syncInterval",
                    true,
                )?,
                sync_timeout: crate::__private::decode::scalar(
                    object,
                    "syncTimeout",
                    true,
                )?,
                ephemeral_storage: crate::__private::decode::scalar(
                    object,
                    "ephemeralStorage",
                    true,
                )?,
                ssh_key: crate::__private::decode::scalar(object, "sshKey", true)?,
                known_hosts: crate::__private::decode::scalar(
                    object,
                    "knownHosts",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for DagDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Limits {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Limits")?;
            ::std::result::Result::Ok(Limits {
                cpu: crate::__private::decode::scalar(object, "cpu", true)?,
                memory: crate::__private::decode::scalar(object, "memory", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Limits {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Requests {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Requests")?;
            ::std::result::Result::Ok(Requests {
                cpu: crate::__private::decode::scalar(object, "cpu", true)?,
                memory: crate::__private::decode::scalar(object, "memory", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Requests {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Resources {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Resources")?;
            ::std::result::Result::Ok(Resources {
                requests: crate::__private::decode::field(object, "requests")?,
                limits: crate::__private::decode::field(object, "limits")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Resources {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Scheduler {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Scheduler")?;
            ::std::result::Result::Ok(Scheduler {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
                resources: crate::__private::decode::field(object, "resources")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Scheduler {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Webserver {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Webserver")?;
            ::std::result::Result::Ok(Webserver {
                resources: crate::__private::decode::field(object, "resources")?,
                use_default_airflow_image: crate::__private::decode::scalar(
                    object,
                    "useDefaultAirflowImage",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Webserver {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Workers {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Workers")?;
            ::std::result::Result::Ok(Workers {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
                termination_grace_period_seconds: crate::__private::decode::scalar(
                    object,
                    "terminationGracePeriodSeconds",
                    true,
                )?,
                resources: crate::__private::decode::field(object, "resources")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Workers {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
                label: crate::__private::decode::scalar(object, "label", false)?,
                type_: crate::__private::decode::scalar(object, "type", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                executor: crate::__private::decode::field(object, "executor")?,
                workers: crate::__private::decode::field(object, "workers")?,
                webserver: crate::__private::decode::field(object, "webserver")?,
                scheduler: crate::__private::decode::field(object, "scheduler")?,
                properties: crate::__private::decode::scalar(
                    object,
                    "properties",
                    true,
                )?,
                airflow_version: crate::__private::decode::scalar(
                    object,
                    "airflowVersion",
                    true,
                )?,
                namespace: crate::__private::decode::scalar(object, "namespace", true)?,
                cloud_role: crate::__private::decode::scalar(object, "cloudRole", true)?,
                dag_deployment: crate::__private::decode::field(object, "dagDeployment")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$workspaceUuid`, `$label`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(workspace_uuid: Uuid, label: String) -> Self {
            Variables {
                workspace_uuid,
                label,
                type_: None,
                release_name: None,
                description: None,
                executor: None,
                workers: None,
                webserver: None,
                scheduler: None,
                properties: None,
                airflow_version: None,
                namespace: None,
                cloud_role: None,
                dag_deployment: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                create_deployment: crate::__private::decode::field(
                    object,
                    "createDeployment",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CreateDeploymentCreateDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CreateDeploymentCreateDeployment",
            )?;
            ::std::result::Result::Ok(CreateDeploymentCreateDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                executor: crate::__private::decode::field(object, "executor")?,
                version: crate::__private::decode::scalar(object, "version", true)?,
                urls: crate::__private::decode::field(object, "urls")?,
                created_at: crate::__private::decode::scalar(object, "createdAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for CreateDeploymentCreateDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CreateDeploymentCreateDeploymentUrls {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CreateDeploymentCreateDeploymentUrls",
            )?;
            ::std::result::Result::Ok(CreateDeploymentCreateDeploymentUrls {
                type_: crate::__private::decode::scalar(object, "type", true)?,
                url: crate::__private::decode::scalar(object, "url", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for CreateDeploymentCreateDeploymentUrls {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Triggerer {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
    }
    /// A selection in the response of `createDeployment_0_29_0` (`Webserver`).
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `createDeployment` as selected.
        pub create_deployment: Option<CreateDeployment0290CreateDeployment>,
    }
    /// A selection in the response of `createDeployment_0_29_0` (`CreateDeployment0290CreateDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateDeployment0290CreateDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `executor` as selected.
        pub executor: Option<ExecutorType>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `runtimeVersion` as selected.
        pub runtime_version: Option<String>,
        /// `urls` as selected.
        pub urls: Option<Vec<Option<CreateDeployment0290CreateDeploymentUrls>>>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
    }
    /// A selection in the response of `createDeployment_0_29_0` (`CreateDeployment0290CreateDeploymentUrls`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateDeployment0290CreateDeploymentUrls {
        /// `type` as selected.
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
    impl crate::__private::decode::Decode for DagDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DagDeployment",
            )?;
            ::std::result::Result::Ok(DagDeployment {
                type_: crate::__private::decode::scalar(object, "type", true)?,
                nfs_location: crate::__private::decode::scalar(
                    object,
                    "nfsLocation",
                    true,
                )?,
                repository_url: crate::__private::decode::scalar(
                    object,
                    "repositoryUrl",
                    true,
                )?,
                branch_name: crate::__private::decode::scalar(
                    object,
                    "branchName",
                    true,
                )?,
                rev: crate::__private::decode::scalar(object, "rev", true)?,
                dag_directory_location: crate::__private::decode::scalar(
                    object,
                    "dagDirectoryLocation",
                    true,
                )?,
                sync_interval: crate::__private::decode::scalar(
                    object,
                    "syncInterval",
                    true,
                )?,
                sync_timeout: crate::__private::decode::scalar(
                    object,
                    "syncTimeout",
                    true,
                )?,
                ephemeral_storage: crate::__private::decode::scalar(
                    object,
                    "ephemeralStorage",
                    true,
                )?,
                ssh_key: crate::__private::decode::scalar(object, "sshKey", true)?,
                known_hosts: crate::__private::decode::scalar(
                    object,
                    "knownHosts",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for DagDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Limits {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Limits")?;
            ::std::result::Result::Ok(Limits {
                cpu: crate::__private::decode::scalar(object, "cpu", true)?,
                memory: crate::__private::decode::scalar(object, "memory", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Limits {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Requests {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Requests")?;
            ::std::result::Result::Ok(Requests {
                cpu: crate::__private::decode::scalar(object, "cpu", true)?,
                memory: crate::__private::decode::scalar(object, "memory", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Requests {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Resources {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Resources")?;
            ::std::result::Result::Ok(Resources {
                requests: crate::__private::decode::field(object, "requests")?,
                limits: crate::__private::decode::field(object, "limits")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Resources {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Scheduler {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Scheduler")?;
            ::std::result::Result::Ok(Scheduler {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
                resources: crate::__private::decode::field(object, "resources")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Scheduler {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Triggerer {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Triggerer")?;
            ::std::result::Result::Ok(Triggerer {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Triggerer {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Webserver {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Webserver")?;
            ::std::result::Result::Ok(Webserver {
                resources: crate::__private::decode::field(object, "resources")?,
                use_default_airflow_image: crate::__private::decode::scalar(
                    object,
                    "useDefaultAirflowImage",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Webserver {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Workers {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Workers")?;
            ::std::result::Result::Ok(Workers {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
                termination_grace_period_seconds: crate::__private::decode::scalar(
                    object,
                    "terminationGracePeriodSeconds",
                    true,
                )?,
                resources: crate::__private::decode::field(object, "resources")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Workers {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
                label: crate::__private::decode::scalar(object, "label", false)?,
                type_: crate::__private::decode::scalar(object, "type", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                executor: crate::__private::decode::field(object, "executor")?,
                workers: crate::__private::decode::field(object, "workers")?,
                webserver: crate::__private::decode::field(object, "webserver")?,
                scheduler: crate::__private::decode::field(object, "scheduler")?,
                properties: crate::__private::decode::scalar(
                    object,
                    "properties",
                    true,
                )?,
                runtime_version: crate::__private::decode::scalar(
                    object,
                    "runtimeVersion",
                    true,
                )?,
                namespace: crate::__private::decode::scalar(object, "namespace", true)?,
                cloud_role: crate::__private::decode::scalar(object, "cloudRole", true)?,
                dag_deployment: crate::__private::decode::field(
                    object,
                    "dagDeployment",
                )?,
                triggerer: crate::__private::decode::field(object, "triggerer")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$workspaceUuid`, `$label`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(workspace_uuid: Uuid, label: String) -> Self {
            Variables {
                workspace_uuid,
                label,
                type_: None,
                release_name: None,
                description: None,
                executor: None,
                workers: None,
                webserver: None,
                scheduler: None,
                properties: None,
                runtime_version: None,
                namespace: None,
                cloud_role: None,
                dag_deployment: None,
                triggerer: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                create_deployment: crate::__private::decode::field(
                    object,
                    "createDeployment",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CreateDeployment0290CreateDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CreateDeployment0290CreateDeployment",
            )?;
            ::std::result::Result::Ok(CreateDeployment0290CreateDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                executor: crate::__private::decode::field(object, "executor")?,
                version: crate::__private::decode::scalar(object, "version", true)?,
                runtime_version: crate::__private::decode::scalar(
                    object,
                    "runtimeVersion",
                    true,
                )?,
                urls: crate::__private::decode::field(object, "urls")?,
                created_at: crate::__private::decode::scalar(object, "createdAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for CreateDeployment0290CreateDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CreateDeployment0290CreateDeploymentUrls {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CreateDeployment0290CreateDeploymentUrls",
            )?;
            ::std::result::Result::Ok(CreateDeployment0290CreateDeploymentUrls {
                type_: crate::__private::decode::scalar(object, "type", true)?,
                url: crate::__private::decode::scalar(object, "url", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for CreateDeployment0290CreateDeploymentUrls {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deleteDeployment` as selected.
        pub delete_deployment: Option<DeleteDeploymentDeleteDeployment>,
    }
    /// A selection in the response of `deleteDeployment` (`DeleteDeploymentDeleteDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeleteDeploymentDeleteDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
                deployment_hard_delete: crate::__private::decode::scalar(
                    object,
                    "deploymentHardDelete",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$deploymentUuid`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(deployment_uuid: Uuid) -> Self {
            Variables {
                deployment_uuid,
                deployment_hard_delete: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                delete_deployment: crate::__private::decode::field(
                    object,
                    "deleteDeployment",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for DeleteDeploymentDeleteDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeleteDeploymentDeleteDeployment",
            )?;
            ::std::result::Result::Ok(DeleteDeploymentDeleteDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeleteDeploymentDeleteDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$where`.
        #[serde(rename = "where")]
        pub where_: DeploymentWhereUniqueInput,
    }
    impl Variables {}
    /// What `deployment` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deployment` as selected.
        pub deployment: Option<DeploymentDeployment>,
    }
    /// A selection in the response of `deployment` (`DeploymentDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `releaseName` as selected.
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
        pub urls: Option<Vec<Option<DeploymentDeploymentUrls>>>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        pub updated_at: DateTime,
    }
    /// A selection in the response of `deployment` (`DeploymentDeploymentWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentDeploymentWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    /// A selection in the response of `deployment` (`DeploymentDeploymentUrls`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentDeploymentUrls {
        /// `type` as selected.
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
    impl crate::__private::decode::Decode for DeploymentWhereUniqueInput {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentWhereUniqueInput",
            )?;
            ::std::result::Result::Ok(DeploymentWhereUniqueInput {
                id: crate::__private::decode::scalar(object, "id", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for DeploymentWhereUniqueInput {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                where_: crate::__private::decode::field(object, "where")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                deployment: crate::__private::decode::field(object, "deployment")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for DeploymentDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentDeployment",
            )?;
            ::std::result::Result::Ok(DeploymentDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                status: crate::__private::decode::scalar(object, "status", true)?,
                version: crate::__private::decode::scalar(object, "version", true)?,
                executor: crate::__private::decode::field(object, "executor")?,
                workspace: crate::__private::decode::field(object, "workspace")?,
                urls: crate::__private::decode::field(object, "urls")?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                updated_at: crate::__private::decode::scalar(object, "updatedAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for DeploymentDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for DeploymentDeploymentWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentDeploymentWorkspace",
            )?;
            ::std::result::Result::Ok(DeploymentDeploymentWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentDeploymentWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for DeploymentDeploymentUrls {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentDeploymentUrls",
            )?;
            ::std::result::Result::Ok(DeploymentDeploymentUrls {
                type_: crate::__private::decode::scalar(object, "type", true)?,
                url: crate::__private::decode::scalar(object, "url", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for DeploymentDeploymentUrls {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$where`.
        #[serde(rename = "where")]
        pub where_: DeploymentWhereUniqueInput,
    }
    impl Variables {}
    /// What `deployment_0_29_0` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deployment` as selected.
        pub deployment: Option<Deployment0290Deployment>,
    }
    /// A selection in the response of `deployment_0_29_0` (`Deployment0290Deployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct Deployment0290Deployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `executor` as selected.
        pub executor: Option<ExecutorType>,
        /// `runtimeVersion` as selected.
        pub runtime_version: Option<String>,
        /// `runtimeAirflowVersion` as selected.
        pub runtime_airflow_version: Option<String>,
        /// `workspace` as selected.
        pub workspace: Option<Deployment0290DeploymentWorkspace>,
        /// `urls` as selected.
        pub urls: Option<Vec<Option<Deployment0290DeploymentUrls>>>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        pub updated_at: DateTime,
    }
    /// A selection in the response of `deployment_0_29_0` (`Deployment0290DeploymentWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct Deployment0290DeploymentWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    /// A selection in the response of `deployment_0_29_0` (`Deployment0290DeploymentUrls`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct Deployment0290DeploymentUrls {
        /// `type` as selected.
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
    impl crate::__private::decode::Decode for DeploymentWhereUniqueInput {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentWhereUniqueInput",
            )?;
            ::std::result::Result::Ok(DeploymentWhereUniqueInput {
                id: crate::__private::decode::scalar(object, "id", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for DeploymentWhereUniqueInput {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                where_: crate::__private::decode::field(object, "where")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                deployment: crate::__private::decode::field(object, "deployment")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Deployment0290Deployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct Deployment0290Deployment",
            )?;
            ::std::result::Result::Ok(Deployment0290Deployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                status: crate::__private::decode::scalar(object, "status", true)?,
                version: crate::__private::decode::scalar(object, "version", true)?,
                executor: crate::__private::decode::field(object, "executor")?,
                runtime_version: crate::__private::decode::scalar(
                    object,
                    "runtimeVersion",
                    true,
                )?,
                runtime_airflow_version: crate::__private::decode::scalar(
                    object,
                    "runtimeAirflowVersion",
                    true,
                )?,
                workspace: crate::__private::decode::field(object, "workspace")?,
                urls: crate::__private::decode::field(object, "urls")?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                updated_at: crate::__private::decode::scalar(object, "updatedAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Deployment0290Deployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Deployment0290DeploymentWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct Deployment0290DeploymentWorkspace",
            )?;
            ::std::result::Result::Ok(Deployment0290DeploymentWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for Deployment0290DeploymentWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Deployment0290DeploymentUrls {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct Deployment0290DeploymentUrls",
            )?;
            ::std::result::Result::Ok(Deployment0290DeploymentUrls {
                type_: crate::__private::decode::scalar(object, "type", true)?,
                url: crate::__private::decode::scalar(object, "url", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for Deployment0290DeploymentUrls {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deploymentAddTeamRole` as selected.
        pub deployment_add_team_role: Option<DeploymentAddTeamRoleDeploymentAddTeamRole>,
    }
    /// A selection in the response of `deploymentAddTeamRole_0_28_0` (`DeploymentAddTeamRoleDeploymentAddTeamRole`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
                team_uuid: crate::__private::decode::scalar(object, "teamUuid", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                deployment_add_team_role: crate::__private::decode::field(
                    object,
                    "deploymentAddTeamRole",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentAddTeamRoleDeploymentAddTeamRole {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentAddTeamRoleDeploymentAddTeamRole",
            )?;
            ::std::result::Result::Ok(DeploymentAddTeamRoleDeploymentAddTeamRole {
                id: crate::__private::decode::scalar(object, "id", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentAddTeamRoleDeploymentAddTeamRole {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deploymentAddUserRole` as selected.
        pub deployment_add_user_role: Option<DeploymentAddUserRoleDeploymentAddUserRole>,
    }
    /// A selection in the response of `deploymentAddUserRole` (`DeploymentAddUserRoleDeploymentAddUserRole`).
    #[derive(Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentAddUserRoleDeploymentAddUserRoleUser {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
    }
    /// A selection in the response of `deploymentAddUserRole` (`DeploymentAddUserRoleDeploymentAddUserRoleDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentAddUserRoleDeploymentAddUserRoleDeployment {
        /// `id` as selected.
        pub id: String,
        /// `releaseName` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_id: crate::__private::decode::scalar(
                    object,
                    "deploymentId",
                    false,
                )?,
                email: crate::__private::decode::scalar(object, "email", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                deployment_add_user_role: crate::__private::decode::field(
                    object,
                    "deploymentAddUserRole",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentAddUserRoleDeploymentAddUserRole {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentAddUserRoleDeploymentAddUserRole",
            )?;
            ::std::result::Result::Ok(DeploymentAddUserRoleDeploymentAddUserRole {
                id: crate::__private::decode::scalar(object, "id", false)?,
                role: crate::__private::decode::field(object, "role")?,
                user: crate::__private::decode::field(object, "user")?,
                deployment: crate::__private::decode::field(object, "deployment")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentAddUserRoleDeploymentAddUserRole {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentAddUserRoleDeploymentAddUserRoleUser {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentAddUserRoleDeploymentAddUserRoleUser",
            )?;
            ::std::result::Result::Ok(DeploymentAddUserRoleDeploymentAddUserRoleUser {
                id: crate::__private::decode::scalar(object, "id", false)?,
                username: crate::__private::decode::scalar(object, "username", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentAddUserRoleDeploymentAddUserRoleUser {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentAddUserRoleDeploymentAddUserRoleDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentAddUserRoleDeploymentAddUserRoleDeployment",
            )?;
            ::std::result::Result::Ok(DeploymentAddUserRoleDeploymentAddUserRoleDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentAddUserRoleDeploymentAddUserRoleDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deploymentAlertsUpdate` as selected.
        pub deployment_alerts_update: Option<
            DeploymentAlertsUpdateDeploymentAlertsUpdate,
        >,
    }
    /// A selection in the response of `deploymentAlertsUpdate` (`DeploymentAlertsUpdateDeploymentAlertsUpdate`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentAlertsUpdateDeploymentAlertsUpdate {
        /// `id` as selected.
        pub id: String,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `alertEmails` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
                alert_emails: crate::__private::decode::scalar(
                    object,
                    "alertEmails",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$deploymentUuid`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(deployment_uuid: Uuid) -> Self {
            Variables {
                deployment_uuid,
                alert_emails: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                deployment_alerts_update: crate::__private::decode::field(
                    object,
                    "deploymentAlertsUpdate",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentAlertsUpdateDeploymentAlertsUpdate {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentAlertsUpdateDeploymentAlertsUpdate",
            )?;
            ::std::result::Result::Ok(DeploymentAlertsUpdateDeploymentAlertsUpdate {
                id: crate::__private::decode::scalar(object, "id", false)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                alert_emails: crate::__private::decode::scalar(
                    object,
                    "alertEmails",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentAlertsUpdateDeploymentAlertsUpdate {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `log` as selected.
        pub log: Option<DeploymentLogLog>,
    }
    /// A selection in the response of `deploymentLog` (`DeploymentLogLog`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentLogLog {
        /// `id` as selected.
        pub id: Option<String>,
        /// `createdAt` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
                component: crate::__private::decode::scalar(object, "component", true)?,
                timestamp: crate::__private::decode::scalar(object, "timestamp", true)?,
                search: crate::__private::decode::scalar(object, "search", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$deploymentUuid`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(deployment_uuid: Uuid) -> Self {
            Variables {
                deployment_uuid,
                component: None,
                timestamp: None,
                search: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                log: crate::__private::decode::field(object, "log")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for DeploymentLogLog {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentLogLog",
            )?;
            ::std::result::Result::Ok(DeploymentLogLog {
                id: crate::__private::decode::scalar(object, "id", true)?,
                created_at: crate::__private::decode::scalar(object, "createdAt", true)?,
                component: crate::__private::decode::scalar(object, "component", true)?,
                level: crate::__private::decode::scalar(object, "level", true)?,
                log: crate::__private::decode::scalar(object, "log", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for DeploymentLogLog {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `logs` as selected.
        pub logs: Option<Vec<Option<DeploymentLogsLogs>>>,
    }
    /// A selection in the response of `deploymentLogs` (`DeploymentLogsLogs`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentLogsLogs {
        /// `id` as selected.
        pub id: Option<String>,
        /// `createdAt` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
                component: crate::__private::decode::scalar(object, "component", true)?,
                timestamp: crate::__private::decode::scalar(object, "timestamp", true)?,
                search: crate::__private::decode::scalar(object, "search", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$deploymentUuid`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(deployment_uuid: Uuid) -> Self {
            Variables {
                deployment_uuid,
                component: None,
                timestamp: None,
                search: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                logs: crate::__private::decode::field(object, "logs")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for DeploymentLogsLogs {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentLogsLogs",
            )?;
            ::std::result::Result::Ok(DeploymentLogsLogs {
                id: crate::__private::decode::scalar(object, "id", true)?,
                created_at: crate::__private::decode::scalar(object, "createdAt", true)?,
                component: crate::__private::decode::scalar(object, "component", true)?,
                level: crate::__private::decode::scalar(object, "level", true)?,
                log: crate::__private::decode::scalar(object, "log", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for DeploymentLogsLogs {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deploymentRemoveTeamRole` as selected.
        pub deployment_remove_team_role: Option<
            DeploymentRemoveTeamRoleDeploymentRemoveTeamRole,
        >,
    }
    /// A selection in the response of `deploymentRemoveTeamRole_0_28_0` (`DeploymentRemoveTeamRoleDeploymentRemoveTeamRole`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
                team_uuid: crate::__private::decode::scalar(object, "teamUuid", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                deployment_remove_team_role: crate::__private::decode::field(
                    object,
                    "deploymentRemoveTeamRole",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentRemoveTeamRoleDeploymentRemoveTeamRole {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentRemoveTeamRoleDeploymentRemoveTeamRole",
            )?;
            ::std::result::Result::Ok(DeploymentRemoveTeamRoleDeploymentRemoveTeamRole {
                id: crate::__private::decode::scalar(object, "id", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentRemoveTeamRoleDeploymentRemoveTeamRole {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deploymentRemoveUserRole` as selected.
        pub deployment_remove_user_role: Option<
            DeploymentRemoveUserRoleDeploymentRemoveUserRole,
        >,
    }
    /// A selection in the response of `deploymentRemoveUserRole` (`DeploymentRemoveUserRoleDeploymentRemoveUserRole`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_id: crate::__private::decode::scalar(
                    object,
                    "deploymentId",
                    false,
                )?,
                email: crate::__private::decode::scalar(object, "email", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                deployment_remove_user_role: crate::__private::decode::field(
                    object,
                    "deploymentRemoveUserRole",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentRemoveUserRoleDeploymentRemoveUserRole {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentRemoveUserRoleDeploymentRemoveUserRole",
            )?;
            ::std::result::Result::Ok(DeploymentRemoveUserRoleDeploymentRemoveUserRole {
                id: crate::__private::decode::scalar(object, "id", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentRemoveUserRoleDeploymentRemoveUserRole {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
    }
    impl Variables {}
    /// What `deploymentTeams_0_28_0` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deploymentTeams` as selected.
        pub deployment_teams: Option<Vec<Option<DeploymentTeamsDeploymentTeams>>>,
    }
    /// A selection in the response of `deploymentTeams_0_28_0` (`DeploymentTeamsDeploymentTeams`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentTeamsDeploymentTeams {
        /// `id` as selected.
        pub id: Option<String>,
        /// `name` as selected.
        pub name: Option<String>,
        /// `roleBindings` as selected.
        pub role_bindings: Option<
            Vec<Option<DeploymentTeamsDeploymentTeamsRoleBindings>>,
        >,
    }
    /// A selection in the response of `deploymentTeams_0_28_0` (`DeploymentTeamsDeploymentTeamsRoleBindings`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentTeamsDeploymentTeamsRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `deployment` as selected.
        pub deployment: Option<DeploymentTeamsDeploymentTeamsRoleBindingsDeployment>,
    }
    /// A selection in the response of `deploymentTeams_0_28_0` (`DeploymentTeamsDeploymentTeamsRoleBindingsDeployment`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                deployment_teams: crate::__private::decode::field(
                    object,
                    "deploymentTeams",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for DeploymentTeamsDeploymentTeams {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentTeamsDeploymentTeams",
            )?;
            ::std::result::Result::Ok(DeploymentTeamsDeploymentTeams {
                id: crate::__private::decode::scalar(object, "id", true)?,
                name: crate::__private::decode::scalar(object, "name", true)?,
                role_bindings: crate::__private::decode::field(object, "roleBindings")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentTeamsDeploymentTeams {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentTeamsDeploymentTeamsRoleBindings {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentTeamsDeploymentTeamsRoleBindings",
            )?;
            ::std::result::Result::Ok(DeploymentTeamsDeploymentTeamsRoleBindings {
                role: crate::__private::decode::field(object, "role")?,
                deployment: crate::__private::decode::field(object, "deployment")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentTeamsDeploymentTeamsRoleBindings {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentTeamsDeploymentTeamsRoleBindingsDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentTeamsDeploymentTeamsRoleBindingsDeployment",
            )?;
            ::std::result::Result::Ok(DeploymentTeamsDeploymentTeamsRoleBindingsDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentTeamsDeploymentTeamsRoleBindingsDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deploymentUpdateTeamRole` as selected.
        pub deployment_update_team_role: Option<
            DeploymentUpdateTeamRoleDeploymentUpdateTeamRole,
        >,
    }
    /// A selection in the response of `deploymentUpdateTeamRole_0_28_0` (`DeploymentUpdateTeamRoleDeploymentUpdateTeamRole`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
                team_uuid: crate::__private::decode::scalar(object, "teamUuid", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                deployment_update_team_role: crate::__private::decode::field(
                    object,
                    "deploymentUpdateTeamRole",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentUpdateTeamRoleDeploymentUpdateTeamRole {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentUpdateTeamRoleDeploymentUpdateTeamRole",
            )?;
            ::std::result::Result::Ok(DeploymentUpdateTeamRoleDeploymentUpdateTeamRole {
                id: crate::__private::decode::scalar(object, "id", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentUpdateTeamRoleDeploymentUpdateTeamRole {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deploymentUpdateUserRole` as selected.
        pub deployment_update_user_role: Option<
            DeploymentUpdateUserRoleDeploymentUpdateUserRole,
        >,
    }
    /// A selection in the response of `deploymentUpdateUserRole` (`DeploymentUpdateUserRoleDeploymentUpdateUserRole`).
    #[derive(Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentUpdateUserRoleDeploymentUpdateUserRoleUser {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
    }
    /// A selection in the response of `deploymentUpdateUserRole` (`DeploymentUpdateUserRoleDeploymentUpdateUserRoleDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentUpdateUserRoleDeploymentUpdateUserRoleDeployment {
        /// `id` as selected.
        pub id: String,
        /// `releaseName` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_id: crate::__private::decode::scalar(
                    object,
                    "deploymentId",
                    false,
                )?,
                email: crate::__private::decode::scalar(object, "email", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                deployment_update_user_role: crate::__private::decode::field(
                    object,
                    "deploymentUpdateUserRole",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentUpdateUserRoleDeploymentUpdateUserRole {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentUpdateUserRoleDeploymentUpdateUserRole",
            )?;
            ::std::result::Result::Ok(DeploymentUpdateUserRoleDeploymentUpdateUserRole {
                id: crate::__private::decode::scalar(object, "id", false)?,
                role: crate::__private::decode::field(object, "role")?,
                user: crate::__private::decode::field(object, "user")?,
                deployment: crate::__private::decode::field(object, "deployment")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentUpdateUserRoleDeploymentUpdateUserRole {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentUpdateUserRoleDeploymentUpdateUserRoleUser {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentUpdateUserRoleDeploymentUpdateUserRoleUser",
            )?;
            ::std::result::Result::Ok(DeploymentUpdateUserRoleDeploymentUpdateUserRoleUser {
                id: crate::__private::decode::scalar(object, "id", false)?,
                username: crate::__private::decode::scalar(object, "username", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentUpdateUserRoleDeploymentUpdateUserRoleUser {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentUpdateUserRoleDeploymentUpdateUserRoleDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentUpdateUserRoleDeploymentUpdateUserRoleDeployment",
            )?;
            ::std::result::Result::Ok(DeploymentUpdateUserRoleDeploymentUpdateUserRoleDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentUpdateUserRoleDeploymentUpdateUserRoleDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentId`.
        #[serde(rename = "deploymentId")]
        pub deployment_id: Id,
    }
    impl Variables {}
    /// What `deploymentUsers` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deploymentUsers` as selected.
        pub deployment_users: Option<Vec<Option<DeploymentUsersDeploymentUsers>>>,
    }
    /// A selection in the response of `deploymentUsers` (`DeploymentUsersDeploymentUsers`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentUsersDeploymentUsers {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
        /// `fullName` as selected.
        pub full_name: Option<String>,
        /// `emails` as selected.
        pub emails: Option<Vec<Option<DeploymentUsersDeploymentUsersEmails>>>,
        /// `roleBindings` as selected.
        pub role_bindings: Vec<DeploymentUsersDeploymentUsersRoleBindings>,
    }
    /// A selection in the response of `deploymentUsers` (`DeploymentUsersDeploymentUsersEmails`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentUsersDeploymentUsersEmails {
        /// `address` as selected.
        pub address: Option<String>,
    }
    /// A selection in the response of `deploymentUsers` (`DeploymentUsersDeploymentUsersRoleBindings`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentUsersDeploymentUsersRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `deployment` as selected.
        pub deployment: Option<DeploymentUsersDeploymentUsersRoleBindingsDeployment>,
    }
    /// A selection in the response of `deploymentUsers` (`DeploymentUsersDeploymentUsersRoleBindingsDeployment`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_id: crate::__private::decode::scalar(
                    object,
                    "deploymentId",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                deployment_users: crate::__private::decode::field(
                    object,
                    "deploymentUsers",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for DeploymentUsersDeploymentUsers {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentUsersDeploymentUsers",
            )?;
            ::std::result::Result::Ok(DeploymentUsersDeploymentUsers {
                id: crate::__private::decode::scalar(object, "id", false)?,
                username: crate::__private::decode::scalar(object, "username", true)?,
                full_name: crate::__private::decode::scalar(object, "fullName", true)?,
                emails: crate::__private::decode::field(object, "emails")?,
                role_bindings: crate::__private::decode::field(object, "roleBindings")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentUsersDeploymentUsers {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for DeploymentUsersDeploymentUsersEmails {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentUsersDeploymentUsersEmails",
            )?;
            ::std::result::Result::Ok(DeploymentUsersDeploymentUsersEmails {
                address: crate::__private::decode::scalar(object, "address", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentUsersDeploymentUsersEmails {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentUsersDeploymentUsersRoleBindings {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentUsersDeploymentUsersRoleBindings",
            )?;
            ::std::result::Result::Ok(DeploymentUsersDeploymentUsersRoleBindings {
                role: crate::__private::decode::field(object, "role")?,
                deployment: crate::__private::decode::field(object, "deployment")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentUsersDeploymentUsersRoleBindings {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentUsersDeploymentUsersRoleBindingsDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentUsersDeploymentUsersRoleBindingsDeployment",
            )?;
            ::std::result::Result::Ok(DeploymentUsersDeploymentUsersRoleBindingsDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentUsersDeploymentUsersRoleBindingsDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deploymentVariables` as selected.
        pub deployment_variables: Option<
            Vec<Option<DeploymentVariablesDeploymentVariables>>,
        >,
    }
    /// A selection in the response of `deploymentVariables` (`DeploymentVariablesDeploymentVariables`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeploymentVariablesDeploymentVariables {
        /// `key` as selected.
        pub key: Option<String>,
        /// `value` as selected.
        pub value: Option<String>,
        /// `isSecret` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$deploymentUuid`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(deployment_uuid: Uuid) -> Self {
            Variables {
                deployment_uuid,
                release_name: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                deployment_variables: crate::__private::decode::field(
                    object,
                    "deploymentVariables",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for DeploymentVariablesDeploymentVariables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentVariablesDeploymentVariables",
            )?;
            ::std::result::Result::Ok(DeploymentVariablesDeploymentVariables {
                key: crate::__private::decode::scalar(object, "key", true)?,
                value: crate::__private::decode::scalar(object, "value", true)?,
                is_secret: crate::__private::decode::scalar(object, "isSecret", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentVariablesDeploymentVariables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    #[derive(Default)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `paginatedDeployments` as selected.
        pub paginated_deployments: Option<
            Vec<Option<PaginatedDeploymentsPaginatedDeployments>>,
        >,
    }
    /// A selection in the response of `paginatedDeployments_0_32_0` (`PaginatedDeploymentsPaginatedDeployments`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct PaginatedDeploymentsPaginatedDeployments {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `runtimeVersion` as selected.
        pub runtime_version: Option<String>,
        /// `workspace` as selected.
        pub workspace: Option<PaginatedDeploymentsPaginatedDeploymentsWorkspace>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        pub updated_at: DateTime,
    }
    /// A selection in the response of `paginatedDeployments_0_32_0` (`PaginatedDeploymentsPaginatedDeploymentsWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                take: crate::__private::decode::scalar(object, "take", true)?,
                page_number: crate::__private::decode::scalar(
                    object,
                    "pageNumber",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                paginated_deployments: crate::__private::decode::field(
                    object,
                    "paginatedDeployments",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for PaginatedDeploymentsPaginatedDeployments {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct PaginatedDeploymentsPaginatedDeployments",
            )?;
            ::std::result::Result::Ok(PaginatedDeploymentsPaginatedDeployments {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                status: crate::__private::decode::scalar(object, "status", true)?,
                version: crate::__private::decode::scalar(object, "version", true)?,
                runtime_version: crate::__private::decode::scalar(
                    object,
                    "runtimeVersion",
                    true,
                )?,
                workspace: crate::__private::decode::field(object, "workspace")?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                updated_at: crate::__private::decode::scalar(object, "updatedAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for PaginatedDeploymentsPaginatedDeployments {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for PaginatedDeploymentsPaginatedDeploymentsWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct PaginatedDeploymentsPaginatedDeploymentsWorkspace",
            )?;
            ::std::result::Result::Ok(PaginatedDeploymentsPaginatedDeploymentsWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for PaginatedDeploymentsPaginatedDeploymentsWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
    }
    impl Variables {}
    /// What `unadoptDeployment_2_1_0` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `unadoptDeployment` as selected.
        pub unadopt_deployment: Option<UnadoptDeploymentUnadoptDeployment>,
    }
    /// A selection in the response of `unadoptDeployment_2_1_0` (`UnadoptDeploymentUnadoptDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UnadoptDeploymentUnadoptDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `namespace` as selected.
        pub namespace: Option<String>,
        /// `clusterId` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                unadopt_deployment: crate::__private::decode::field(
                    object,
                    "unadoptDeployment",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for UnadoptDeploymentUnadoptDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UnadoptDeploymentUnadoptDeployment",
            )?;
            ::std::result::Result::Ok(UnadoptDeploymentUnadoptDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                namespace: crate::__private::decode::scalar(object, "namespace", true)?,
                cluster_id: crate::__private::decode::scalar(object, "clusterId", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for UnadoptDeploymentUnadoptDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `updateDeployment` as selected.
        pub update_deployment: Option<UpdateDeploymentUpdateDeployment>,
    }
    /// A selection in the response of `updateDeployment` (`UpdateDeploymentUpdateDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateDeploymentUpdateDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `executor` as selected.
        pub executor: Option<ExecutorType>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `updatedAt` as selected.
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
    impl crate::__private::decode::Decode for DagDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DagDeployment",
            )?;
            ::std::result::Result::Ok(DagDeployment {
                type_: crate::__private::decode::scalar(object, "type", true)?,
                nfs_location: crate::__private::decode::scalar(
                    object,
                    "nfsLocation",
                    true,
                )?,
                repository_url: crate::__private::decode::scalar(
                    object,
                    "repositoryUrl",
                    true,
                )?,
                branch_name: crate::__private::decode::scalar(
                    object,
                    "branchName",
                    true,
                )?,
                rev: crate::__private::decode::scalar(object, "rev", true)?,
                dag_directory_location: crate::__private::decode::scalar(
                    object,
                    "dagDirectoryLocation",
                    true,
                )?,
                sync_interval: crate::__private::decode::scalar(
                    object,
                    "syncInterval",
                    true,
                )?,
                sync_timeout: crate::__private::decode::scalar(
                    object,
                    "syncTimeout",
                    true,
                )?,
                ephemeral_storage: crate::__private::decode::scalar(
                    object,
                    "ephemeralStorage",
                    true,
                )?,
                ssh_key: crate::__private::decode::scalar(object, "sshKey", true)?,
                known_hosts: crate::__private::decode::scalar(
                    object,
                    "knownHosts",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for DagDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Limits {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Limits")?;
            ::std::result::Result::Ok(Limits {
                cpu: crate::__private::decode::scalar(object, "cpu", true)?,
                memory: crate::__private::decode::scalar(object, "memory", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Limits {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Requests {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Requests")?;
            ::std::result::Result::Ok(Requests {
                cpu: crate::__private::decode::scalar(object, "cpu", true)?,
                memory: crate::__private::decode::scalar(object, "memory", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Requests {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Resources {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Resources")?;
            ::std::result::Result::Ok(Resources {
                requests: crate::__private::decode::field(object, "requests")?,
                limits: crate::__private::decode::field(object, "limits")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Resources {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Scheduler {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Scheduler")?;
            ::std::result::Result::Ok(Scheduler {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
                resources: crate::__private::decode::field(object, "resources")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Scheduler {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Webserver {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Webserver")?;
            ::std::result::Result::Ok(Webserver {
                resources: crate::__private::decode::field(object, "resources")?,
                use_default_airflow_image: crate::__private::decode::scalar(
                    object,
                    "useDefaultAirflowImage",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Webserver {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Workers {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Workers")?;
            ::std::result::Result::Ok(Workers {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
                termination_grace_period_seconds: crate::__private::decode::scalar(
                    object,
                    "terminationGracePeriodSeconds",
                    true,
                )?,
                resources: crate::__private::decode::field(object, "resources")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Workers {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
                payload: crate::__private::decode::scalar(object, "payload", true)?,
                executor: crate::__private::decode::field(object, "executor")?,
                workers: crate::__private::decode::field(object, "workers")?,
                webserver: crate::__private::decode::field(object, "webserver")?,
                scheduler: crate::__private::decode::field(object, "scheduler")?,
                cloud_role: crate::__private::decode::scalar(object, "cloudRole", true)?,
                dag_deployment: crate::__private::decode::field(object, "dagDeployment")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$deploymentUuid`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(deployment_uuid: Uuid) -> Self {
            Variables {
                deployment_uuid,
                payload: None,
                executor: None,
                workers: None,
                webserver: None,
                scheduler: None,
                cloud_role: None,
                dag_deployment: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                update_deployment: crate::__private::decode::field(
                    object,
                    "updateDeployment",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for UpdateDeploymentUpdateDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UpdateDeploymentUpdateDeployment",
            )?;
            ::std::result::Result::Ok(UpdateDeploymentUpdateDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                executor: crate::__private::decode::field(object, "executor")?,
                version: crate::__private::decode::scalar(object, "version", true)?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                updated_at: crate::__private::decode::scalar(object, "updatedAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for UpdateDeploymentUpdateDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Triggerer {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
    }
    /// A selection in the response of `updateDeployment_0_28_0` (`Webserver`).
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `updateDeployment` as selected.
        pub update_deployment: Option<UpdateDeployment0280UpdateDeployment>,
    }
    /// A selection in the response of `updateDeployment_0_28_0` (`UpdateDeployment0280UpdateDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateDeployment0280UpdateDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `executor` as selected.
        pub executor: Option<ExecutorType>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `updatedAt` as selected.
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
    impl crate::__private::decode::Decode for DagDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DagDeployment",
            )?;
            ::std::result::Result::Ok(DagDeployment {
                type_: crate::__private::decode::scalar(object, "type", true)?,
                nfs_location: crate::__private::decode::scalar(
                    object,
                    "nfsLocation",
                    true,
                )?,
                repository_url: crate::__private::decode::scalar(
                    object,
                    "repositoryUrl",
                    true,
                )?,
                branch_name: crate::__private::decode::scalar(
                    object,
                    "branchName",
                    true,
                )?,
                rev: crate::__private::decode::scalar(object, "rev", true)?,
                dag_directory_location: crate::__private::decode::scalar(
                    object,
                    "dagDirectoryLocation",
                    true,
                )?,
                sync_interval: crate::__private::decode::scalar(
                    object,
                    "syncInterval",
                    true,
                )?,
                sync_timeout: crate::__private::decode::scalar(
                    object,
                    "syncTimeout",
                    true,
                )?,
                ephemeral_storage: crate::__private::decode::scalar(
                    object,
                    "ephemeralStorage",
                    true,
                )?,
                ssh_key: crate::__private::decode::scalar(object, "sshKey", true)?,
                known_hosts: crate::__private::decode::scalar(
                    object,
                    "knownHosts",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for DagDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Limits {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Limits")?;
            ::std::result::Result::Ok(Limits {
                cpu: crate::__private::decode::scalar(object, "cpu", true)?,
                memory: crate::__private::decode::scalar(object, "memory", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Limits {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Requests {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Requests")?;
            ::std::result::Result::Ok(Requests {
                cpu: crate::__private::decode::scalar(object, "cpu", true)?,
                memory: crate::__private::decode::scalar(object, "memory", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Requests {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Resources {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Resources")?;
            ::std::result::Result::Ok(Resources {
                requests: crate::__private::decode::field(object, "requests")?,
                limits: crate::__private::decode::field(object, "limits")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Resources {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Scheduler {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Scheduler")?;
            ::std::result::Result::Ok(Scheduler {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
                resources: crate::__private::decode::field(object, "resources")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Scheduler {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Triggerer {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Triggerer")?;
            ::std::result::Result::Ok(Triggerer {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Triggerer {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Webserver {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Webserver")?;
            ::std::result::Result::Ok(Webserver {
                resources: crate::__private::decode::field(object, "resources")?,
                use_default_airflow_image: crate::__private::decode::scalar(
                    object,
                    "useDefaultAirflowImage",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Webserver {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Workers {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Workers")?;
            ::std::result::Result::Ok(Workers {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
                termination_grace_period_seconds: crate::__private::decode::scalar(
                    object,
                    "terminationGracePeriodSeconds",
                    true,
                )?,
                resources: crate::__private::decode::field(object, "resources")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Workers {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
                payload: crate::__private::decode::scalar(object, "payload", true)?,
                executor: crate::__private::decode::field(object, "executor")?,
                workers: crate::__private::decode::field(object, "workers")?,
                webserver: crate::__private::decode::field(object, "webserver")?,
                scheduler: crate::__private::decode::field(object, "scheduler")?,
                cloud_role: crate::__private::decode::scalar(object, "cloudRole", true)?,
                dag_deployment: crate::__private::decode::field(
                    object,
                    "dagDeployment",
                )?,
                triggerer: crate::__private::decode::field(object, "triggerer")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$deploymentUuid`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(deployment_uuid: Uuid) -> Self {
            Variables {
                deployment_uuid,
                payload: None,
                executor: None,
                workers: None,
                webserver: None,
                scheduler: None,
                cloud_role: None,
                dag_deployment: None,
                triggerer: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                update_deployment: crate::__private::decode::field(
                    object,
                    "updateDeployment",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for UpdateDeployment0280UpdateDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UpdateDeployment0280UpdateDeployment",
            )?;
            ::std::result::Result::Ok(UpdateDeployment0280UpdateDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                executor: crate::__private::decode::field(object, "executor")?,
                version: crate::__private::decode::scalar(object, "version", true)?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                updated_at: crate::__private::decode::scalar(object, "updatedAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for UpdateDeployment0280UpdateDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `updateDeploymentImage` as selected.
        pub update_deployment_image: Option<UpdateDeploymentImageUpdateDeploymentImage>,
    }
    /// A selection in the response of `updateDeploymentImage_0_29_2` (`UpdateDeploymentImageUpdateDeploymentImage`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateDeploymentImageUpdateDeploymentImage {
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `runtimeVersion` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    false,
                )?,
                image: crate::__private::decode::scalar(object, "image", false)?,
                runtime_version: crate::__private::decode::scalar(
                    object,
                    "runtimeVersion",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$releaseName`, `$image`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(release_name: String, image: String) -> Self {
            Variables {
                release_name,
                image,
                runtime_version: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                update_deployment_image: crate::__private::decode::field(
                    object,
                    "updateDeploymentImage",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for UpdateDeploymentImageUpdateDeploymentImage {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UpdateDeploymentImageUpdateDeploymentImage",
            )?;
            ::std::result::Result::Ok(UpdateDeploymentImageUpdateDeploymentImage {
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                runtime_version: crate::__private::decode::scalar(
                    object,
                    "runtimeVersion",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for UpdateDeploymentImageUpdateDeploymentImage {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `updateDeploymentRuntime` as selected.
        pub update_deployment_runtime: Option<
            UpdateDeploymentRuntimeUpdateDeploymentRuntime,
        >,
    }
    /// A selection in the response of `updateDeploymentRuntime_0_29_0` (`UpdateDeploymentRuntimeUpdateDeploymentRuntime`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateDeploymentRuntimeUpdateDeploymentRuntime {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `runtimeVersion` as selected.
        pub runtime_version: Option<String>,
        /// `desiredRuntimeVersion` as selected.
        pub desired_runtime_version: Option<String>,
        /// `runtimeAirflowVersion` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
                desired_runtime_version: crate::__private::decode::scalar(
                    object,
                    "desiredRuntimeVersion",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                update_deployment_runtime: crate::__private::decode::field(
                    object,
                    "updateDeploymentRuntime",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for UpdateDeploymentRuntimeUpdateDeploymentRuntime {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UpdateDeploymentRuntimeUpdateDeploymentRuntime",
            )?;
            ::std::result::Result::Ok(UpdateDeploymentRuntimeUpdateDeploymentRuntime {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                runtime_version: crate::__private::decode::scalar(
                    object,
                    "runtimeVersion",
                    true,
                )?,
                desired_runtime_version: crate::__private::decode::scalar(
                    object,
                    "desiredRuntimeVersion",
                    true,
                )?,
                runtime_airflow_version: crate::__private::decode::scalar(
                    object,
                    "runtimeAirflowVersion",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for UpdateDeploymentRuntimeUpdateDeploymentRuntime {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `updateDeploymentVariables` as selected.
        pub update_deployment_variables: Option<
            Vec<Option<UpdateDeploymentVariablesUpdateDeploymentVariables>>,
        >,
    }
    /// A selection in the response of `updateDeploymentVariables` (`UpdateDeploymentVariablesUpdateDeploymentVariables`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateDeploymentVariablesUpdateDeploymentVariables {
        /// `key` as selected.
        pub key: Option<String>,
        /// `value` as selected.
        pub value: Option<String>,
        /// `isSecret` as selected.
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
    impl crate::__private::decode::Decode for InputEnvironmentVariable {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct InputEnvironmentVariable",
            )?;
            ::std::result::Result::Ok(InputEnvironmentVariable {
                key: crate::__private::decode::scalar(object, "key", true)?,
                value: crate::__private::decode::scalar(object, "value", true)?,
                is_secret: crate::__private::decode::scalar(object, "isSecret", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for InputEnvironmentVariable {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    false,
                )?,
                environment_variables: crate::__private::decode::field(
                    object,
                    "environmentVariables",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                update_deployment_variables: crate::__private::decode::field(
                    object,
                    "updateDeploymentVariables",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for UpdateDeploymentVariablesUpdateDeploymentVariables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UpdateDeploymentVariablesUpdateDeploymentVariables",
            )?;
            ::std::result::Result::Ok(UpdateDeploymentVariablesUpdateDeploymentVariables {
                key: crate::__private::decode::scalar(object, "key", true)?,
                value: crate::__private::decode::scalar(object, "value", true)?,
                is_secret: crate::__private::decode::scalar(object, "isSecret", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for UpdateDeploymentVariablesUpdateDeploymentVariables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Triggerer {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
    }
    /// A selection in the response of `upsertDeployment_1_0_0` (`Webserver`).
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    #[derive(Default)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `upsertDeployment` as selected.
        pub upsert_deployment: Option<UpsertDeployment100UpsertDeployment>,
    }
    /// A selection in the response of `upsertDeployment_1_0_0` (`UpsertDeployment100UpsertDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpsertDeployment100UpsertDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `executor` as selected.
        pub executor: Option<ExecutorType>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `runtimeVersion` as selected.
        pub runtime_version: Option<String>,
        /// `urls` as selected.
        pub urls: Option<Vec<Option<UpsertDeployment100UpsertDeploymentUrls>>>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        pub updated_at: DateTime,
    }
    /// A selection in the response of `upsertDeployment_1_0_0` (`UpsertDeployment100UpsertDeploymentUrls`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpsertDeployment100UpsertDeploymentUrls {
        /// `type` as selected.
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
    impl crate::__private::decode::Decode for DagDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DagDeployment",
            )?;
            ::std::result::Result::Ok(DagDeployment {
                type_: crate::__private::decode::scalar(object, "type", true)?,
                nfs_location: crate::__private::decode::scalar(
                    object,
                    "nfsLocation",
                    true,
                )?,
                repository_url: crate::__private::decode::scalar(
                    object,
                    "repositoryUrl",
                    true,
                )?,
                branch_name: crate::__private::decode::scalar(
                    object,
                    "branchName",
                    true,
                )?,
                rev: crate::__private::decode::scalar(object, "rev", true)?,
                dag_directory_location: crate::__private::decode::scalar(
                    object,
                    "dagDirectoryLocation",
                    true,
                )?,
                sync_interval: crate::__private::decode::scalar(
                    object,
                    "syncInterval",
                    true,
                )?,
                sync_timeout: crate::__private::decode::scalar(
                    object,
                    "syncTimeout",
                    true,
                )?,
                ephemeral_storage: crate::__private::decode::scalar(
                    object,
                    "ephemeralStorage",
                    true,
                )?,
                ssh_key: crate::__private::decode::scalar(object, "sshKey", true)?,
                known_hosts: crate::__private::decode::scalar(
                    object,
                    "knownHosts",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for DagDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Limits {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Limits")?;
            ::std::result::Result::Ok(Limits {
                cpu: crate::__private::decode::scalar(object, "cpu", true)?,
                memory: crate::__private::decode::scalar(object, "memory", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Limits {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Requests {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Requests")?;
            ::std::result::Result::Ok(Requests {
                cpu: crate::__private::decode::scalar(object, "cpu", true)?,
                memory: crate::__private::decode::scalar(object, "memory", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Requests {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Resources {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Resources")?;
            ::std::result::Result::Ok(Resources {
                requests: crate::__private::decode::field(object, "requests")?,
                limits: crate::__private::decode::field(object, "limits")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Resources {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Scheduler {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Scheduler")?;
            ::std::result::Result::Ok(Scheduler {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
                resources: crate::__private::decode::field(object, "resources")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Scheduler {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Triggerer {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Triggerer")?;
            ::std::result::Result::Ok(Triggerer {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Triggerer {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Webserver {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Webserver")?;
            ::std::result::Result::Ok(Webserver {
                resources: crate::__private::decode::field(object, "resources")?,
                use_default_airflow_image: crate::__private::decode::scalar(
                    object,
                    "useDefaultAirflowImage",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Webserver {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Workers {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Workers")?;
            ::std::result::Result::Ok(Workers {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
                termination_grace_period_seconds: crate::__private::decode::scalar(
                    object,
                    "terminationGracePeriodSeconds",
                    true,
                )?,
                resources: crate::__private::decode::field(object, "resources")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Workers {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    true,
                )?,
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    true,
                )?,
                cluster_id: crate::__private::decode::scalar(object, "clusterId", true)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                namespace: crate::__private::decode::scalar(object, "namespace", true)?,
                runtime_version: crate::__private::decode::scalar(
                    object,
                    "runtimeVersion",
                    true,
                )?,
                executor: crate::__private::decode::field(object, "executor")?,
                workers: crate::__private::decode::field(object, "workers")?,
                webserver: crate::__private::decode::field(object, "webserver")?,
                scheduler: crate::__private::decode::field(object, "scheduler")?,
                properties: crate::__private::decode::scalar(
                    object,
                    "properties",
                    true,
                )?,
                triggerer: crate::__private::decode::field(object, "triggerer")?,
                dag_deployment: crate::__private::decode::field(
                    object,
                    "dagDeployment",
                )?,
                cloud_role: crate::__private::decode::scalar(object, "cloudRole", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                upsert_deployment: crate::__private::decode::field(
                    object,
                    "upsertDeployment",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for UpsertDeployment100UpsertDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UpsertDeployment100UpsertDeployment",
            )?;
            ::std::result::Result::Ok(UpsertDeployment100UpsertDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                executor: crate::__private::decode::field(object, "executor")?,
                version: crate::__private::decode::scalar(object, "version", true)?,
                runtime_version: crate::__private::decode::scalar(
                    object,
                    "runtimeVersion",
                    true,
                )?,
                urls: crate::__private::decode::field(object, "urls")?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                updated_at: crate::__private::decode::scalar(object, "updatedAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for UpsertDeployment100UpsertDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for UpsertDeployment100UpsertDeploymentUrls {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UpsertDeployment100UpsertDeploymentUrls",
            )?;
            ::std::result::Result::Ok(UpsertDeployment100UpsertDeploymentUrls {
                type_: crate::__private::decode::scalar(object, "type", true)?,
                url: crate::__private::decode::scalar(object, "url", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for UpsertDeployment100UpsertDeploymentUrls {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Triggerer {
        /// `replicas` as selected.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub replicas: Option<Int>,
    }
    /// A selection in the response of `upsertDeployment_2_1_0` (`Webserver`).
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    #[derive(Default)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `upsertDeployment` as selected.
        pub upsert_deployment: Option<UpsertDeployment210UpsertDeployment>,
    }
    /// A selection in the response of `upsertDeployment_2_1_0` (`UpsertDeployment210UpsertDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpsertDeployment210UpsertDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `executor` as selected.
        pub executor: Option<ExecutorType>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `runtimeVersion` as selected.
        pub runtime_version: Option<String>,
        /// `urls` as selected.
        pub urls: Option<Vec<Option<UpsertDeployment210UpsertDeploymentUrls>>>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        pub updated_at: DateTime,
    }
    /// A selection in the response of `upsertDeployment_2_1_0` (`UpsertDeployment210UpsertDeploymentUrls`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpsertDeployment210UpsertDeploymentUrls {
        /// `type` as selected.
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
    impl crate::__private::decode::Decode for DagDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DagDeployment",
            )?;
            ::std::result::Result::Ok(DagDeployment {
                type_: crate::__private::decode::scalar(object, "type", true)?,
                nfs_location: crate::__private::decode::scalar(
                    object,
                    "nfsLocation",
                    true,
                )?,
                repository_url: crate::__private::decode::scalar(
                    object,
                    "repositoryUrl",
                    true,
                )?,
                branch_name: crate::__private::decode::scalar(
                    object,
                    "branchName",
                    true,
                )?,
                rev: crate::__private::decode::scalar(object, "rev", true)?,
                dag_directory_location: crate::__private::decode::scalar(
                    object,
                    "dagDirectoryLocation",
                    true,
                )?,
                sync_interval: crate::__private::decode::scalar(
                    object,
                    "syncInterval",
                    true,
                )?,
                sync_timeout: crate::__private::decode::scalar(
                    object,
                    "syncTimeout",
                    true,
                )?,
                ephemeral_storage: crate::__private::decode::scalar(
                    object,
                    "ephemeralStorage",
                    true,
                )?,
                ssh_key: crate::__private::decode::scalar(object, "sshKey", true)?,
                known_hosts: crate::__private::decode::scalar(
                    object,
                    "knownHosts",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for DagDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Limits {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Limits")?;
            ::std::result::Result::Ok(Limits {
                cpu: crate::__private::decode::scalar(object, "cpu", true)?,
                memory: crate::__private::decode::scalar(object, "memory", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Limits {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Requests {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Requests")?;
            ::std::result::Result::Ok(Requests {
                cpu: crate::__private::decode::scalar(object, "cpu", true)?,
                memory: crate::__private::decode::scalar(object, "memory", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Requests {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Resources {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Resources")?;
            ::std::result::Result::Ok(Resources {
                requests: crate::__private::decode::field(object, "requests")?,
                limits: crate::__private::decode::field(object, "limits")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Resources {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Scheduler {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Scheduler")?;
            ::std::result::Result::Ok(Scheduler {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
                resources: crate::__private::decode::field(object, "resources")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Scheduler {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Triggerer {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Triggerer")?;
            ::std::result::Result::Ok(Triggerer {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Triggerer {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Webserver {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Webserver")?;
            ::std::result::Result::Ok(Webserver {
                resources: crate::__private::decode::field(object, "resources")?,
                use_default_airflow_image: crate::__private::decode::scalar(
                    object,
                    "useDefaultAirflowImage",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Webserver {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Workers {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Workers")?;
            ::std::result::Result::Ok(Workers {
                replicas: crate::__private::decode::scalar(object, "replicas", true)?,
                termination_grace_period_seconds: crate::__private::decode::scalar(
                    object,
                    "terminationGracePeriodSeconds",
                    true,
                )?,
                resources: crate::__private::decode::field(object, "resources")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Workers {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    true,
                )?,
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    true,
                )?,
                cluster_id: crate::__private::decode::scalar(object, "clusterId", true)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                namespace: crate::__private::decode::scalar(object, "namespace", true)?,
                runtime_version: crate::__private::decode::scalar(
                    object,
                    "runtimeVersion",
                    true,
                )?,
                executor: crate::__private::decode::field(object, "executor")?,
                workers: crate::__private::decode::field(object, "workers")?,
                webserver: crate::__private::decode::field(object, "webserver")?,
                scheduler: crate::__private::decode::field(object, "scheduler")?,
                properties: crate::__private::decode::scalar(
                    object,
                    "properties",
                    true,
                )?,
                triggerer: crate::__private::decode::field(object, "triggerer")?,
                dag_deployment: crate::__private::decode::field(
                    object,
                    "dagDeployment",
                )?,
                cloud_role: crate::__private::decode::scalar(object, "cloudRole", true)?,
                mode: crate::__private::decode::field(object, "mode")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                upsert_deployment: crate::__private::decode::field(
                    object,
                    "upsertDeployment",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for UpsertDeployment210UpsertDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UpsertDeployment210UpsertDeployment",
            )?;
            ::std::result::Result::Ok(UpsertDeployment210UpsertDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                executor: crate::__private::decode::field(object, "executor")?,
                version: crate::__private::decode::scalar(object, "version", true)?,
                runtime_version: crate::__private::decode::scalar(
                    object,
                    "runtimeVersion",
                    true,
                )?,
                urls: crate::__private::decode::field(object, "urls")?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                updated_at: crate::__private::decode::scalar(object, "updatedAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for UpsertDeployment210UpsertDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for UpsertDeployment210UpsertDeploymentUrls {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UpsertDeployment210UpsertDeploymentUrls",
            )?;
            ::std::result::Result::Ok(UpsertDeployment210UpsertDeploymentUrls {
                type_: crate::__private::decode::scalar(object, "type", true)?,
                url: crate::__private::decode::scalar(object, "url", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for UpsertDeployment210UpsertDeploymentUrls {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `upsertDeployment` as selected.
        pub upsert_deployment: Option<UpsertDeploymentImageUpsertDeployment>,
    }
    /// A selection in the response of `upsertDeploymentImage_2_1_0` (`UpsertDeploymentImageUpsertDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpsertDeploymentImageUpsertDeployment {
        /// `id` as selected.
        pub id: String,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `runtimeVersion` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    false,
                )?,
                image: crate::__private::decode::scalar(object, "image", false)?,
                runtime_version: crate::__private::decode::scalar(
                    object,
                    "runtimeVersion",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                upsert_deployment: crate::__private::decode::field(
                    object,
                    "upsertDeployment",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for UpsertDeploymentImageUpsertDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UpsertDeploymentImageUpsertDeployment",
            )?;
            ::std::result::Result::Ok(UpsertDeploymentImageUpsertDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                runtime_version: crate::__private::decode::scalar(
                    object,
                    "runtimeVersion",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for UpsertDeploymentImageUpsertDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceDeploymentLabels` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaceDeployments` as selected.
        pub workspace_deployments: Option<
            Vec<Option<WorkspaceDeploymentLabelsWorkspaceDeployments>>,
        >,
    }
    /// A selection in the response of `workspaceDeploymentLabels` (`WorkspaceDeploymentLabelsWorkspaceDeployments`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceDeploymentLabelsWorkspaceDeployments {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace_deployments: crate::__private::decode::field(
                    object,
                    "workspaceDeployments",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for WorkspaceDeploymentLabelsWorkspaceDeployments {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceDeploymentLabelsWorkspaceDeployments",
            )?;
            ::std::result::Result::Ok(WorkspaceDeploymentLabelsWorkspaceDeployments {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceDeploymentLabelsWorkspaceDeployments {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceDeployments` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaceDeployments` as selected.
        pub workspace_deployments: Option<
            Vec<Option<WorkspaceDeploymentsWorkspaceDeployments>>,
        >,
    }
    /// A selection in the response of `workspaceDeployments` (`WorkspaceDeploymentsWorkspaceDeployments`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceDeploymentsWorkspaceDeployments {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `workspace` as selected.
        pub workspace: Option<WorkspaceDeploymentsWorkspaceDeploymentsWorkspace>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        pub updated_at: DateTime,
    }
    /// A selection in the response of `workspaceDeployments` (`WorkspaceDeploymentsWorkspaceDeploymentsWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace_deployments: crate::__private::decode::field(
                    object,
                    "workspaceDeployments",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceDeploymentsWorkspaceDeployments {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceDeploymentsWorkspaceDeployments",
            )?;
            ::std::result::Result::Ok(WorkspaceDeploymentsWorkspaceDeployments {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                status: crate::__private::decode::scalar(object, "status", true)?,
                version: crate::__private::decode::scalar(object, "version", true)?,
                workspace: crate::__private::decode::field(object, "workspace")?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                updated_at: crate::__private::decode::scalar(object, "updatedAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceDeploymentsWorkspaceDeployments {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for WorkspaceDeploymentsWorkspaceDeploymentsWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceDeploymentsWorkspaceDeploymentsWorkspace",
            )?;
            ::std::result::Result::Ok(WorkspaceDeploymentsWorkspaceDeploymentsWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceDeploymentsWorkspaceDeploymentsWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceDeployments_0_29_0` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaceDeployments` as selected.
        pub workspace_deployments: Option<
            Vec<Option<WorkspaceDeployments0290WorkspaceDeployments>>,
        >,
    }
    /// A selection in the response of `workspaceDeployments_0_29_0` (`WorkspaceDeployments0290WorkspaceDeployments`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceDeployments0290WorkspaceDeployments {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
        pub release_name: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `version` as selected.
        pub version: Option<String>,
        /// `runtimeVersion` as selected.
        pub runtime_version: Option<String>,
        /// `runtimeAirflowVersion` as selected.
        pub runtime_airflow_version: Option<String>,
        /// `workspace` as selected.
        pub workspace: Option<WorkspaceDeployments0290WorkspaceDeploymentsWorkspace>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        pub updated_at: DateTime,
    }
    /// A selection in the response of `workspaceDeployments_0_29_0` (`WorkspaceDeployments0290WorkspaceDeploymentsWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace_deployments: crate::__private::decode::field(
                    object,
                    "workspaceDeployments",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for WorkspaceDeployments0290WorkspaceDeployments {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceDeployments0290WorkspaceDeployments",
            )?;
            ::std::result::Result::Ok(WorkspaceDeployments0290WorkspaceDeployments {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
                status: crate::__private::decode::scalar(object, "status", true)?,
                version: crate::__private::decode::scalar(object, "version", true)?,
                runtime_version: crate::__private::decode::scalar(
                    object,
                    "runtimeVersion",
                    true,
                )?,
                runtime_airflow_version: crate::__private::decode::scalar(
                    object,
                    "runtimeAirflowVersion",
                    true,
                )?,
                workspace: crate::__private::decode::field(object, "workspace")?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                updated_at: crate::__private::decode::scalar(object, "updatedAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceDeployments0290WorkspaceDeployments {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for WorkspaceDeployments0290WorkspaceDeploymentsWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceDeployments0290WorkspaceDeploymentsWorkspace",
            )?;
            ::std::result::Result::Ok(WorkspaceDeployments0290WorkspaceDeploymentsWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceDeployments0290WorkspaceDeploymentsWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `authConfig` as selected.
        pub auth_config: Option<AuthConfigAuthConfig>,
    }
    /// A selection in the response of `authConfig` (`AuthConfigAuthConfig`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct AuthConfigAuthConfig {
        /// `localEnabled` as selected.
        pub local_enabled: Option<Boolean>,
        /// `publicSignup` as selected.
        pub public_signup: Option<Boolean>,
        /// `initialSignup` as selected.
        pub initial_signup: Option<Boolean>,
        /// `providers` as selected.
        pub providers: Option<Vec<Option<AuthConfigAuthConfigProviders>>>,
    }
    /// A selection in the response of `authConfig` (`AuthConfigAuthConfigProviders`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct AuthConfigAuthConfigProviders {
        /// `name` as selected.
        pub name: Option<String>,
        /// `displayName` as selected.
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
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                auth_config: crate::__private::decode::field(object, "authConfig")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for AuthConfigAuthConfig {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct AuthConfigAuthConfig",
            )?;
            ::std::result::Result::Ok(AuthConfigAuthConfig {
                local_enabled: crate::__private::decode::scalar(
                    object,
                    "localEnabled",
                    true,
                )?,
                public_signup: crate::__private::decode::scalar(
                    object,
                    "publicSignup",
                    true,
                )?,
                initial_signup: crate::__private::decode::scalar(
                    object,
                    "initialSignup",
                    true,
                )?,
                providers: crate::__private::decode::field(object, "providers")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for AuthConfigAuthConfig {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for AuthConfigAuthConfigProviders {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct AuthConfigAuthConfigProviders",
            )?;
            ::std::result::Result::Ok(AuthConfigAuthConfigProviders {
                name: crate::__private::decode::scalar(object, "name", true)?,
                display_name: crate::__private::decode::scalar(
                    object,
                    "displayName",
                    true,
                )?,
                url: crate::__private::decode::scalar(object, "url", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for AuthConfigAuthConfigProviders {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `availableNamespaces` as selected.
        pub available_namespaces: Option<
            Vec<Option<AvailableNamespacesAvailableNamespaces>>,
        >,
    }
    /// A selection in the response of `availableNamespaces` (`AvailableNamespacesAvailableNamespaces`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                available_namespaces: crate::__private::decode::field(
                    object,
                    "availableNamespaces",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for AvailableNamespacesAvailableNamespaces {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct AvailableNamespacesAvailableNamespaces",
            )?;
            ::std::result::Result::Ok(AvailableNamespacesAvailableNamespaces {
                name: crate::__private::decode::scalar(object, "name", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for AvailableNamespacesAvailableNamespaces {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$clusterId`.
        #[serde(rename = "clusterId")]
        pub cluster_id: Uuid,
    }
    impl Variables {}
    /// What `availableNamespaces_1_0_0` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `availableNamespaces` as selected.
        pub available_namespaces: Option<
            Vec<Option<AvailableNamespaces100AvailableNamespaces>>,
        >,
    }
    /// A selection in the response of `availableNamespaces_1_0_0` (`AvailableNamespaces100AvailableNamespaces`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                cluster_id: crate::__private::decode::scalar(object, "clusterId", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                available_namespaces: crate::__private::decode::field(
                    object,
                    "availableNamespaces",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for AvailableNamespaces100AvailableNamespaces {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct AvailableNamespaces100AvailableNamespaces",
            )?;
            ::std::result::Result::Ok(AvailableNamespaces100AvailableNamespaces {
                name: crate::__private::decode::scalar(object, "name", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for AvailableNamespaces100AvailableNamespaces {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `appConfig` as selected.
        pub app_config: Option<PlatformInfoAppConfig>,
    }
    /// A selection in the response of `platformInfo` (`PlatformInfoAppConfig`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct PlatformInfoAppConfig {
        /// `version` as selected.
        pub version: Option<String>,
        /// `baseDomain` as selected.
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
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                app_config: crate::__private::decode::field(object, "appConfig")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for PlatformInfoAppConfig {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct PlatformInfoAppConfig",
            )?;
            ::std::result::Result::Ok(PlatformInfoAppConfig {
                version: crate::__private::decode::scalar(object, "version", true)?,
                base_domain: crate::__private::decode::scalar(
                    object,
                    "baseDomain",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for PlatformInfoAppConfig {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    #[derive(Default)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `runtimeReleases` as selected.
        pub runtime_releases: Option<Vec<Option<RuntimeReleasesRuntimeReleases>>>,
    }
    /// A selection in the response of `runtimeReleases_0_29_0` (`RuntimeReleasesRuntimeReleases`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct RuntimeReleasesRuntimeReleases {
        /// `version` as selected.
        pub version: Option<String>,
        /// `airflowVersion` as selected.
        pub airflow_version: Option<String>,
        /// `airflowDatabaseMigrations` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                airflow_version: crate::__private::decode::scalar(
                    object,
                    "airflowVersion",
                    true,
                )?,
                cluster_id: crate::__private::decode::scalar(object, "clusterId", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                runtime_releases: crate::__private::decode::field(
                    object,
                    "runtimeReleases",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for RuntimeReleasesRuntimeReleases {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct RuntimeReleasesRuntimeReleases",
            )?;
            ::std::result::Result::Ok(RuntimeReleasesRuntimeReleases {
                version: crate::__private::decode::scalar(object, "version", true)?,
                airflow_version: crate::__private::decode::scalar(
                    object,
                    "airflowVersion",
                    true,
                )?,
                airflow_database_migrations: crate::__private::decode::scalar(
                    object,
                    "airflowDatabaseMigrations",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for RuntimeReleasesRuntimeReleases {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `createDeploymentServiceAccount` as selected.
        pub create_deployment_service_account: Option<
            CreateDeploymentServiceAccountCreateDeploymentServiceAccount,
        >,
    }
    /// A selection in the response of `createDeploymentServiceAccount` (`CreateDeploymentServiceAccountCreateDeploymentServiceAccount`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateDeploymentServiceAccountCreateDeploymentServiceAccount {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `apiKey` as selected.
        pub api_key: Option<String>,
        /// `category` as selected.
        pub category: Option<String>,
        /// `active` as selected.
        pub active: Option<Boolean>,
        /// `createdAt` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                label: crate::__private::decode::scalar(object, "label", false)?,
                category: crate::__private::decode::scalar(object, "category", true)?,
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$label`, `$deploymentUuid`, `$role`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(label: String, deployment_uuid: Uuid, role: Role) -> Self {
            Variables {
                label,
                deployment_uuid,
                role,
                category: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                create_deployment_service_account: crate::__private::decode::field(
                    object,
                    "createDeploymentServiceAccount",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for CreateDeploymentServiceAccountCreateDeploymentServiceAccount {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CreateDeploymentServiceAccountCreateDeploymentServiceAccount",
            )?;
            ::std::result::Result::Ok(CreateDeploymentServiceAccountCreateDeploymentServiceAccount {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                api_key: crate::__private::decode::scalar(object, "apiKey", true)?,
                category: crate::__private::decode::scalar(object, "category", true)?,
                active: crate::__private::decode::scalar(object, "active", true)?,
                created_at: crate::__private::decode::scalar(object, "createdAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for CreateDeploymentServiceAccountCreateDeploymentServiceAccount {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `createSystemServiceAccount` as selected.
        pub create_system_service_account: Option<
            CreateSystemServiceAccountCreateSystemServiceAccount,
        >,
    }
    /// A selection in the response of `createSystemServiceAccount` (`CreateSystemServiceAccountCreateSystemServiceAccount`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateSystemServiceAccountCreateSystemServiceAccount {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `apiKey` as selected.
        pub api_key: Option<String>,
        /// `category` as selected.
        pub category: Option<String>,
        /// `active` as selected.
        pub active: Option<Boolean>,
        /// `createdAt` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                label: crate::__private::decode::scalar(object, "label", false)?,
                category: crate::__private::decode::scalar(object, "category", true)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$label`, `$role`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(label: String, role: Role) -> Self {
            Variables {
                label,
                role,
                category: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                create_system_service_account: crate::__private::decode::field(
                    object,
                    "createSystemServiceAccount",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for CreateSystemServiceAccountCreateSystemServiceAccount {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CreateSystemServiceAccountCreateSystemServiceAccount",
            )?;
            ::std::result::Result::Ok(CreateSystemServiceAccountCreateSystemServiceAccount {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                api_key: crate::__private::decode::scalar(object, "apiKey", true)?,
                category: crate::__private::decode::scalar(object, "category", true)?,
                active: crate::__private::decode::scalar(object, "active", true)?,
                created_at: crate::__private::decode::scalar(object, "createdAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for CreateSystemServiceAccountCreateSystemServiceAccount {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `createWorkspaceServiceAccount` as selected.
        pub create_workspace_service_account: Option<
            CreateWorkspaceServiceAccountCreateWorkspaceServiceAccount,
        >,
    }
    /// A selection in the response of `createWorkspaceServiceAccount` (`CreateWorkspaceServiceAccountCreateWorkspaceServiceAccount`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateWorkspaceServiceAccountCreateWorkspaceServiceAccount {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `apiKey` as selected.
        pub api_key: Option<String>,
        /// `category` as selected.
        pub category: Option<String>,
        /// `active` as selected.
        pub active: Option<Boolean>,
        /// `createdAt` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                label: crate::__private::decode::scalar(object, "label", false)?,
                category: crate::__private::decode::scalar(object, "category", true)?,
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$label`, `$workspaceUuid`, `$role`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(label: String, workspace_uuid: Uuid, role: Role) -> Self {
            Variables {
                label,
                workspace_uuid,
                role,
                category: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                create_workspace_service_account: crate::__private::decode::field(
                    object,
                    "createWorkspaceServiceAccount",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for CreateWorkspaceServiceAccountCreateWorkspaceServiceAccount {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CreateWorkspaceServiceAccountCreateWorkspaceServiceAccount",
            )?;
            ::std::result::Result::Ok(CreateWorkspaceServiceAccountCreateWorkspaceServiceAccount {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                api_key: crate::__private::decode::scalar(object, "apiKey", true)?,
                category: crate::__private::decode::scalar(object, "category", true)?,
                active: crate::__private::decode::scalar(object, "active", true)?,
                created_at: crate::__private::decode::scalar(object, "createdAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for CreateWorkspaceServiceAccountCreateWorkspaceServiceAccount {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deleteDeploymentServiceAccount` as selected.
        pub delete_deployment_service_account: Option<
            DeleteDeploymentServiceAccountDeleteDeploymentServiceAccount,
        >,
    }
    /// A selection in the response of `deleteDeploymentServiceAccount` (`DeleteDeploymentServiceAccountDeleteDeploymentServiceAccount`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                service_account_uuid: crate::__private::decode::scalar(
                    object,
                    "serviceAccountUuid",
                    false,
                )?,
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                delete_deployment_service_account: crate::__private::decode::field(
                    object,
                    "deleteDeploymentServiceAccount",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeleteDeploymentServiceAccountDeleteDeploymentServiceAccount {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeleteDeploymentServiceAccountDeleteDeploymentServiceAccount",
            )?;
            ::std::result::Result::Ok(DeleteDeploymentServiceAccountDeleteDeploymentServiceAccount {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeleteDeploymentServiceAccountDeleteDeploymentServiceAccount {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$serviceAccountUuid`.
        #[serde(rename = "serviceAccountUuid")]
        pub service_account_uuid: Uuid,
    }
    impl Variables {}
    /// What `deleteSystemServiceAccount` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deleteSystemServiceAccount` as selected.
        pub delete_system_service_account: Option<
            DeleteSystemServiceAccountDeleteSystemServiceAccount,
        >,
    }
    /// A selection in the response of `deleteSystemServiceAccount` (`DeleteSystemServiceAccountDeleteSystemServiceAccount`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                service_account_uuid: crate::__private::decode::scalar(
                    object,
                    "serviceAccountUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                delete_system_service_account: crate::__private::decode::field(
                    object,
                    "deleteSystemServiceAccount",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeleteSystemServiceAccountDeleteSystemServiceAccount {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeleteSystemServiceAccountDeleteSystemServiceAccount",
            )?;
            ::std::result::Result::Ok(DeleteSystemServiceAccountDeleteSystemServiceAccount {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeleteSystemServiceAccountDeleteSystemServiceAccount {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deleteWorkspaceServiceAccount` as selected.
        pub delete_workspace_service_account: Option<
            DeleteWorkspaceServiceAccountDeleteWorkspaceServiceAccount,
        >,
    }
    /// A selection in the response of `deleteWorkspaceServiceAccount` (`DeleteWorkspaceServiceAccountDeleteWorkspaceServiceAccount`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                service_account_uuid: crate::__private::decode::scalar(
                    object,
                    "serviceAccountUuid",
                    false,
                )?,
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                delete_workspace_service_account: crate::__private::decode::field(
                    object,
                    "deleteWorkspaceServiceAccount",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeleteWorkspaceServiceAccountDeleteWorkspaceServiceAccount {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeleteWorkspaceServiceAccountDeleteWorkspaceServiceAccount",
            )?;
            ::std::result::Result::Ok(DeleteWorkspaceServiceAccountDeleteWorkspaceServiceAccount {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeleteWorkspaceServiceAccountDeleteWorkspaceServiceAccount {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deploymentServiceAccount` as selected.
        pub deployment_service_account: Option<
            DeploymentServiceAccountDeploymentServiceAccount,
        >,
    }
    /// A selection in the response of `deploymentServiceAccount` (`DeploymentServiceAccountDeploymentServiceAccount`).
    #[derive(Debug, Clone, PartialEq)]
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
        pub last_used_at: Option<DateTime>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        pub updated_at: DateTime,
        /// `roleBindings` as selected.
        pub role_bindings: Vec<
            DeploymentServiceAccountDeploymentServiceAccountRoleBindings,
        >,
    }
    /// A selection in the response of `deploymentServiceAccount` (`DeploymentServiceAccountDeploymentServiceAccountRoleBindings`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
                service_account_uuid: crate::__private::decode::scalar(
                    object,
                    "serviceAccountUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                deployment_service_account: crate::__private::decode::field(
                    object,
                    "deploymentServiceAccount",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentServiceAccountDeploymentServiceAccount {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentServiceAccountDeploymentServiceAccount",
            )?;
            ::std::result::Result::Ok(DeploymentServiceAccountDeploymentServiceAccount {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                category: crate::__private::decode::scalar(object, "category", true)?,
                active: crate::__private::decode::scalar(object, "active", true)?,
                last_used_at: crate::__private::decode::scalar(
                    object,
                    "lastUsedAt",
                    true,
                )?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                updated_at: crate::__private::decode::scalar(
                    object,
                    "updatedAt",
                    false,
                )?,
                role_bindings: crate::__private::decode::field(object, "roleBindings")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentServiceAccountDeploymentServiceAccount {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentServiceAccountDeploymentServiceAccountRoleBindings {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentServiceAccountDeploymentServiceAccountRoleBindings",
            )?;
            ::std::result::Result::Ok(DeploymentServiceAccountDeploymentServiceAccountRoleBindings {
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentServiceAccountDeploymentServiceAccountRoleBindings {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$deploymentUuid`.
        #[serde(rename = "deploymentUuid")]
        pub deployment_uuid: Uuid,
    }
    impl Variables {}
    /// What `deploymentServiceAccounts` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deploymentServiceAccounts` as selected.
        pub deployment_service_accounts: Option<
            Vec<Option<DeploymentServiceAccountsDeploymentServiceAccounts>>,
        >,
    }
    /// A selection in the response of `deploymentServiceAccounts` (`DeploymentServiceAccountsDeploymentServiceAccounts`).
    #[derive(Debug, Clone, PartialEq)]
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
        pub last_used_at: Option<DateTime>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `roleBindings` as selected.
        pub role_bindings: Vec<
            DeploymentServiceAccountsDeploymentServiceAccountsRoleBindings,
        >,
    }
    /// A selection in the response of `deploymentServiceAccounts` (`DeploymentServiceAccountsDeploymentServiceAccountsRoleBindings`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                deployment_uuid: crate::__private::decode::scalar(
                    object,
                    "deploymentUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                deployment_service_accounts: crate::__private::decode::field(
                    object,
                    "deploymentServiceAccounts",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentServiceAccountsDeploymentServiceAccounts {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentServiceAccountsDeploymentServiceAccounts",
            )?;
            ::std::result::Result::Ok(DeploymentServiceAccountsDeploymentServiceAccounts {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                category: crate::__private::decode::scalar(object, "category", true)?,
                active: crate::__private::decode::scalar(object, "active", true)?,
                last_used_at: crate::__private::decode::scalar(
                    object,
                    "lastUsedAt",
                    true,
                )?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                role_bindings: crate::__private::decode::field(object, "roleBindings")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentServiceAccountsDeploymentServiceAccounts {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeploymentServiceAccountsDeploymentServiceAccountsRoleBindings {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeploymentServiceAccountsDeploymentServiceAccountsRoleBindings",
            )?;
            ::std::result::Result::Ok(DeploymentServiceAccountsDeploymentServiceAccountsRoleBindings {
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeploymentServiceAccountsDeploymentServiceAccountsRoleBindings {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `serviceAccounts` as selected.
        pub service_accounts: Option<Vec<Option<SystemServiceAccountsServiceAccounts>>>,
    }
    /// A selection in the response of `systemServiceAccounts` (`SystemServiceAccountsServiceAccounts`).
    #[derive(Debug, Clone, PartialEq)]
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
        pub last_used_at: Option<DateTime>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `roleBindings` as selected.
        pub role_bindings: Vec<SystemServiceAccountsServiceAccountsRoleBindings>,
    }
    /// A selection in the response of `systemServiceAccounts` (`SystemServiceAccountsServiceAccountsRoleBindings`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                service_accounts: crate::__private::decode::field(
                    object,
                    "serviceAccounts",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for SystemServiceAccountsServiceAccounts {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct SystemServiceAccountsServiceAccounts",
            )?;
            ::std::result::Result::Ok(SystemServiceAccountsServiceAccounts {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                category: crate::__private::decode::scalar(object, "category", true)?,
                active: crate::__private::decode::scalar(object, "active", true)?,
                last_used_at: crate::__private::decode::scalar(
                    object,
                    "lastUsedAt",
                    true,
                )?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                role_bindings: crate::__private::decode::field(object, "roleBindings")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for SystemServiceAccountsServiceAccounts {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for SystemServiceAccountsServiceAccountsRoleBindings {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct SystemServiceAccountsServiceAccountsRoleBindings",
            )?;
            ::std::result::Result::Ok(SystemServiceAccountsServiceAccountsRoleBindings {
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for SystemServiceAccountsServiceAccountsRoleBindings {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceServiceAccounts` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaceServiceAccounts` as selected.
        pub workspace_service_accounts: Option<
            Vec<Option<WorkspaceServiceAccountsWorkspaceServiceAccounts>>,
        >,
    }
    /// A selection in the response of `workspaceServiceAccounts` (`WorkspaceServiceAccountsWorkspaceServiceAccounts`).
    #[derive(Debug, Clone, PartialEq)]
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
        pub last_used_at: Option<DateTime>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `roleBindings` as selected.
        pub role_bindings: Vec<
            WorkspaceServiceAccountsWorkspaceServiceAccountsRoleBindings,
        >,
    }
    /// A selection in the response of `workspaceServiceAccounts` (`WorkspaceServiceAccountsWorkspaceServiceAccountsRoleBindings`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace_service_accounts: crate::__private::decode::field(
                    object,
                    "workspaceServiceAccounts",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for WorkspaceServiceAccountsWorkspaceServiceAccounts {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceServiceAccountsWorkspaceServiceAccounts",
            )?;
            ::std::result::Result::Ok(WorkspaceServiceAccountsWorkspaceServiceAccounts {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                category: crate::__private::decode::scalar(object, "category", true)?,
                active: crate::__private::decode::scalar(object, "active", true)?,
                last_used_at: crate::__private::decode::scalar(
                    object,
                    "lastUsedAt",
                    true,
                )?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                role_bindings: crate::__private::decode::field(object, "roleBindings")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceServiceAccountsWorkspaceServiceAccounts {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for WorkspaceServiceAccountsWorkspaceServiceAccountsRoleBindings {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceServiceAccountsWorkspaceServiceAccountsRoleBindings",
            )?;
            ::std::result::Result::Ok(WorkspaceServiceAccountsWorkspaceServiceAccountsRoleBindings {
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceServiceAccountsWorkspaceServiceAccountsRoleBindings {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `createTeamSystemRoleBinding` as selected.
        pub create_team_system_role_binding: Option<
            CreateTeamSystemRoleBindingCreateTeamSystemRoleBinding,
        >,
    }
    /// A selection in the response of `createTeamSystemRoleBinding_0_29_2` (`CreateTeamSystemRoleBindingCreateTeamSystemRoleBinding`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                team_uuid: crate::__private::decode::scalar(object, "teamUuid", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                create_team_system_role_binding: crate::__private::decode::field(
                    object,
                    "createTeamSystemRoleBinding",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for CreateTeamSystemRoleBindingCreateTeamSystemRoleBinding {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CreateTeamSystemRoleBindingCreateTeamSystemRoleBinding",
            )?;
            ::std::result::Result::Ok(CreateTeamSystemRoleBindingCreateTeamSystemRoleBinding {
                id: crate::__private::decode::scalar(object, "id", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for CreateTeamSystemRoleBindingCreateTeamSystemRoleBinding {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deleteTeamSystemRoleBinding` as selected.
        pub delete_team_system_role_binding: Option<
            DeleteTeamSystemRoleBindingDeleteTeamSystemRoleBinding,
        >,
    }
    /// A selection in the response of `deleteTeamSystemRoleBinding_0_29_2` (`DeleteTeamSystemRoleBindingDeleteTeamSystemRoleBinding`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                team_uuid: crate::__private::decode::scalar(object, "teamUuid", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                delete_team_system_role_binding: crate::__private::decode::field(
                    object,
                    "deleteTeamSystemRoleBinding",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeleteTeamSystemRoleBindingDeleteTeamSystemRoleBinding {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeleteTeamSystemRoleBindingDeleteTeamSystemRoleBinding",
            )?;
            ::std::result::Result::Ok(DeleteTeamSystemRoleBindingDeleteTeamSystemRoleBinding {
                id: crate::__private::decode::scalar(object, "id", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeleteTeamSystemRoleBindingDeleteTeamSystemRoleBinding {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    #[derive(Default)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `paginatedTeams` as selected.
        pub paginated_teams: Option<PaginatedTeamsPaginatedTeams>,
    }
    /// A selection in the response of `paginatedTeams_0_28_0` (`PaginatedTeamsPaginatedTeams`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct PaginatedTeamsPaginatedTeams {
        /// `count` as selected.
        pub count: Option<Int>,
        /// `teams` as selected.
        pub teams: Option<Vec<Option<PaginatedTeamsPaginatedTeamsTeams>>>,
    }
    /// A selection in the response of `paginatedTeams_0_28_0` (`PaginatedTeamsPaginatedTeamsTeams`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct PaginatedTeamsPaginatedTeamsTeams {
        /// `id` as selected.
        pub id: Option<String>,
        /// `name` as selected.
        pub name: Option<String>,
        /// `roleBindings` as selected.
        pub role_bindings: Option<
            Vec<Option<PaginatedTeamsPaginatedTeamsTeamsRoleBindings>>,
        >,
    }
    /// A selection in the response of `paginatedTeams_0_28_0` (`PaginatedTeamsPaginatedTeamsTeamsRoleBindings`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                take: crate::__private::decode::scalar(object, "take", true)?,
                cursor: crate::__private::decode::scalar(object, "cursor", true)?,
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                paginated_teams: crate::__private::decode::field(
                    object,
                    "paginatedTeams",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for PaginatedTeamsPaginatedTeams {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct PaginatedTeamsPaginatedTeams",
            )?;
            ::std::result::Result::Ok(PaginatedTeamsPaginatedTeams {
                count: crate::__private::decode::scalar(object, "count", true)?,
                teams: crate::__private::decode::field(object, "teams")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for PaginatedTeamsPaginatedTeams {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for PaginatedTeamsPaginatedTeamsTeams {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct PaginatedTeamsPaginatedTeamsTeams",
            )?;
            ::std::result::Result::Ok(PaginatedTeamsPaginatedTeamsTeams {
                id: crate::__private::decode::scalar(object, "id", true)?,
                name: crate::__private::decode::scalar(object, "name", true)?,
                role_bindings: crate::__private::decode::field(object, "roleBindings")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for PaginatedTeamsPaginatedTeamsTeams {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for PaginatedTeamsPaginatedTeamsTeamsRoleBindings {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct PaginatedTeamsPaginatedTeamsTeamsRoleBindings",
            )?;
            ::std::result::Result::Ok(PaginatedTeamsPaginatedTeamsTeamsRoleBindings {
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for PaginatedTeamsPaginatedTeamsTeamsRoleBindings {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$teamUuid`.
        #[serde(rename = "teamUuid")]
        pub team_uuid: Uuid,
    }
    impl Variables {}
    /// What `team_0_28_0` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `team` as selected.
        pub team: Option<TeamTeam>,
    }
    /// A selection in the response of `team_0_28_0` (`TeamTeam`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct TeamTeam {
        /// `id` as selected.
        pub id: Option<String>,
        /// `name` as selected.
        pub name: Option<String>,
        /// `createdAt` as selected.
        pub created_at: Option<DateTime>,
        /// `roleBindings` as selected.
        pub role_bindings: Option<Vec<Option<TeamTeamRoleBindings>>>,
    }
    /// A selection in the response of `team_0_28_0` (`TeamTeamRoleBindings`).
    #[derive(Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct TeamTeamRoleBindingsWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    /// A selection in the response of `team_0_28_0` (`TeamTeamRoleBindingsDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct TeamTeamRoleBindingsDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                team_uuid: crate::__private::decode::scalar(object, "teamUuid", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                team: crate::__private::decode::field(object, "team")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for TeamTeam {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct TeamTeam")?;
            ::std::result::Result::Ok(TeamTeam {
                id: crate::__private::decode::scalar(object, "id", true)?,
                name: crate::__private::decode::scalar(object, "name", true)?,
                created_at: crate::__private::decode::scalar(object, "createdAt", true)?,
                role_bindings: crate::__private::decode::field(object, "roleBindings")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for TeamTeam {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for TeamTeamRoleBindings {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct TeamTeamRoleBindings",
            )?;
            ::std::result::Result::Ok(TeamTeamRoleBindings {
                id: crate::__private::decode::scalar(object, "id", false)?,
                role: crate::__private::decode::field(object, "role")?,
                workspace: crate::__private::decode::field(object, "workspace")?,
                deployment: crate::__private::decode::field(object, "deployment")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for TeamTeamRoleBindings {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for TeamTeamRoleBindingsWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct TeamTeamRoleBindingsWorkspace",
            )?;
            ::std::result::Result::Ok(TeamTeamRoleBindingsWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for TeamTeamRoleBindingsWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for TeamTeamRoleBindingsDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct TeamTeamRoleBindingsDeployment",
            )?;
            ::std::result::Result::Ok(TeamTeamRoleBindingsDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for TeamTeamRoleBindingsDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$teamUuid`.
        #[serde(rename = "teamUuid")]
        pub team_uuid: Uuid,
    }
    impl Variables {}
    /// What `teamUsers_0_28_0` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `teamUsers` as selected.
        pub team_users: Option<Vec<Option<TeamUsersTeamUsers>>>,
    }
    /// A selection in the response of `teamUsers_0_28_0` (`TeamUsersTeamUsers`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct TeamUsersTeamUsers {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `emails` as selected.
        pub emails: Option<Vec<Option<TeamUsersTeamUsersEmails>>>,
    }
    /// A selection in the response of `teamUsers_0_28_0` (`TeamUsersTeamUsersEmails`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                team_uuid: crate::__private::decode::scalar(object, "teamUuid", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                team_users: crate::__private::decode::field(object, "teamUsers")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for TeamUsersTeamUsers {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct TeamUsersTeamUsers",
            )?;
            ::std::result::Result::Ok(TeamUsersTeamUsers {
                id: crate::__private::decode::scalar(object, "id", false)?,
                username: crate::__private::decode::scalar(object, "username", true)?,
                status: crate::__private::decode::scalar(object, "status", true)?,
                emails: crate::__private::decode::field(object, "emails")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for TeamUsersTeamUsers {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for TeamUsersTeamUsersEmails {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct TeamUsersTeamUsersEmails",
            )?;
            ::std::result::Result::Ok(TeamUsersTeamUsersEmails {
                address: crate::__private::decode::scalar(object, "address", true)?,
                primary: crate::__private::decode::scalar(object, "primary", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for TeamUsersTeamUsersEmails {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `createSystemRoleBinding` as selected.
        pub create_system_role_binding: Option<
            CreateSystemRoleBindingCreateSystemRoleBinding,
        >,
    }
    /// A selection in the response of `createSystemRoleBinding` (`CreateSystemRoleBindingCreateSystemRoleBinding`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                user_id: crate::__private::decode::scalar(object, "userId", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                create_system_role_binding: crate::__private::decode::field(
                    object,
                    "createSystemRoleBinding",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for CreateSystemRoleBindingCreateSystemRoleBinding {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CreateSystemRoleBindingCreateSystemRoleBinding",
            )?;
            ::std::result::Result::Ok(CreateSystemRoleBindingCreateSystemRoleBinding {
                id: crate::__private::decode::scalar(object, "id", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for CreateSystemRoleBindingCreateSystemRoleBinding {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `createToken` as selected.
        pub create_token: Option<CreateTokenCreateToken>,
    }
    /// A selection in the response of `createToken` (`CreateTokenCreateToken`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateTokenCreateToken {
        /// `user` as selected.
        pub user: Option<CreateTokenCreateTokenUser>,
        /// `token` as selected.
        pub token: Option<CreateTokenCreateTokenToken>,
    }
    /// A selection in the response of `createToken` (`CreateTokenCreateTokenUser`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateTokenCreateTokenUser {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
    }
    /// A selection in the response of `createToken` (`CreateTokenCreateTokenToken`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                identity: crate::__private::decode::scalar(object, "identity", true)?,
                password: crate::__private::decode::scalar(object, "password", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$password`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(password: String) -> Self {
            Variables {
                password,
                identity: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                create_token: crate::__private::decode::field(object, "createToken")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CreateTokenCreateToken {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CreateTokenCreateToken",
            )?;
            ::std::result::Result::Ok(CreateTokenCreateToken {
                user: crate::__private::decode::field(object, "user")?,
                token: crate::__private::decode::field(object, "token")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for CreateTokenCreateToken {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CreateTokenCreateTokenUser {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CreateTokenCreateTokenUser",
            )?;
            ::std::result::Result::Ok(CreateTokenCreateTokenUser {
                id: crate::__private::decode::scalar(object, "id", false)?,
                username: crate::__private::decode::scalar(object, "username", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for CreateTokenCreateTokenUser {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CreateTokenCreateTokenToken {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CreateTokenCreateTokenToken",
            )?;
            ::std::result::Result::Ok(CreateTokenCreateTokenToken {
                value: crate::__private::decode::scalar(object, "value", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for CreateTokenCreateTokenToken {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `createUser` as selected.
        pub create_user: Option<CreateUserCreateUser>,
    }
    /// A selection in the response of `createUser` (`CreateUserCreateUser`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateUserCreateUser {
        /// `user` as selected.
        pub user: Option<CreateUserCreateUserUser>,
    }
    /// A selection in the response of `createUser` (`CreateUserCreateUserUser`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateUserCreateUserUser {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `createdAt` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                email: crate::__private::decode::scalar(object, "email", false)?,
                password: crate::__private::decode::scalar(object, "password", false)?,
                username: crate::__private::decode::scalar(object, "username", true)?,
                invite_token: crate::__private::decode::scalar(
                    object,
                    "inviteToken",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$email`, `$password`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(email: String, password: String) -> Self {
            Variables {
                email,
                password,
                username: None,
                invite_token: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                create_user: crate::__private::decode::field(object, "createUser")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CreateUserCreateUser {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CreateUserCreateUser",
            )?;
            ::std::result::Result::Ok(CreateUserCreateUser {
                user: crate::__private::decode::field(object, "user")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for CreateUserCreateUser {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CreateUserCreateUserUser {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CreateUserCreateUserUser",
            )?;
            ::std::result::Result::Ok(CreateUserCreateUserUser {
                id: crate::__private::decode::scalar(object, "id", false)?,
                username: crate::__private::decode::scalar(object, "username", true)?,
                status: crate::__private::decode::scalar(object, "status", true)?,
                created_at: crate::__private::decode::scalar(object, "createdAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for CreateUserCreateUserUser {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `self` as selected.
        pub self_: Option<CurrentUserSelf>,
    }
    /// A selection in the response of `currentUser` (`CurrentUserSelf`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CurrentUserSelf {
        /// `user` as selected.
        pub user: Option<CurrentUserSelfUser>,
        /// `isAdmin` as selected.
        pub is_admin: Option<Boolean>,
    }
    /// A selection in the response of `currentUser` (`CurrentUserSelfUser`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CurrentUserSelfUser {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
        /// `fullName` as selected.
        pub full_name: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `emails` as selected.
        pub emails: Option<Vec<Option<CurrentUserSelfUserEmails>>>,
        /// `roleBindings` as selected.
        pub role_bindings: Vec<CurrentUserSelfUserRoleBindings>,
    }
    /// A selection in the response of `currentUser` (`CurrentUserSelfUserEmails`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CurrentUserSelfUserEmails {
        /// `address` as selected.
        pub address: Option<String>,
        /// `primary` as selected.
        pub primary: Option<Boolean>,
        /// `verified` as selected.
        pub verified: Option<Boolean>,
    }
    /// A selection in the response of `currentUser` (`CurrentUserSelfUserRoleBindings`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CurrentUserSelfUserRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `workspace` as selected.
        pub workspace: Option<CurrentUserSelfUserRoleBindingsWorkspace>,
        /// `deployment` as selected.
        pub deployment: Option<CurrentUserSelfUserRoleBindingsDeployment>,
    }
    /// A selection in the response of `currentUser` (`CurrentUserSelfUserRoleBindingsWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CurrentUserSelfUserRoleBindingsWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    /// A selection in the response of `currentUser` (`CurrentUserSelfUserRoleBindingsDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CurrentUserSelfUserRoleBindingsDeployment {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `releaseName` as selected.
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
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                self_: crate::__private::decode::field(object, "self")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CurrentUserSelf {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CurrentUserSelf",
            )?;
            ::std::result::Result::Ok(CurrentUserSelf {
                user: crate::__private::decode::field(object, "user")?,
                is_admin: crate::__private::decode::scalar(object, "isAdmin", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for CurrentUserSelf {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CurrentUserSelfUser {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CurrentUserSelfUser",
            )?;
            ::std::result::Result::Ok(CurrentUserSelfUser {
                id: crate::__private::decode::scalar(object, "id", false)?,
                username: crate::__private::decode::scalar(object, "username", true)?,
                full_name: crate::__private::decode::scalar(object, "fullName", true)?,
                status: crate::__private::decode::scalar(object, "status", true)?,
                emails: crate::__private::decode::field(object, "emails")?,
                role_bindings: crate::__private::decode::field(object, "roleBindings")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for CurrentUserSelfUser {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CurrentUserSelfUserEmails {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CurrentUserSelfUserEmails",
            )?;
            ::std::result::Result::Ok(CurrentUserSelfUserEmails {
                address: crate::__private::decode::scalar(object, "address", true)?,
                primary: crate::__private::decode::scalar(object, "primary", true)?,
                verified: crate::__private::decode::scalar(object, "verified", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for CurrentUserSelfUserEmails {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CurrentUserSelfUserRoleBindings {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CurrentUserSelfUserRoleBindings",
            )?;
            ::std::result::Result::Ok(CurrentUserSelfUserRoleBindings {
                role: crate::__private::decode::field(object, "role")?,
                workspace: crate::__private::decode::field(object, "workspace")?,
                deployment: crate::__private::decode::field(object, "deployment")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for CurrentUserSelfUserRoleBindings {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CurrentUserSelfUserRoleBindingsWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CurrentUserSelfUserRoleBindingsWorkspace",
            )?;
            ::std::result::Result::Ok(CurrentUserSelfUserRoleBindingsWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for CurrentUserSelfUserRoleBindingsWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CurrentUserSelfUserRoleBindingsDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CurrentUserSelfUserRoleBindingsDeployment",
            )?;
            ::std::result::Result::Ok(CurrentUserSelfUserRoleBindingsDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for CurrentUserSelfUserRoleBindingsDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    #[derive(Default)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deleteInviteToken` as selected.
        pub delete_invite_token: Option<DeleteInviteTokenDeleteInviteToken>,
    }
    /// A selection in the response of `deleteInviteToken` (`DeleteInviteTokenDeleteInviteToken`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                invite_uuid: crate::__private::decode::scalar(
                    object,
                    "inviteUuid",
                    true,
                )?,
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                delete_invite_token: crate::__private::decode::field(
                    object,
                    "deleteInviteToken",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for DeleteInviteTokenDeleteInviteToken {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeleteInviteTokenDeleteInviteToken",
            )?;
            ::std::result::Result::Ok(DeleteInviteTokenDeleteInviteToken {
                id: crate::__private::decode::scalar(object, "id", true)?,
                email: crate::__private::decode::scalar(object, "email", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeleteInviteTokenDeleteInviteToken {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deleteSystemRoleBinding` as selected.
        pub delete_system_role_binding: Option<
            DeleteSystemRoleBindingDeleteSystemRoleBinding,
        >,
    }
    /// A selection in the response of `deleteSystemRoleBinding` (`DeleteSystemRoleBindingDeleteSystemRoleBinding`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                user_id: crate::__private::decode::scalar(object, "userId", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                delete_system_role_binding: crate::__private::decode::field(
                    object,
                    "deleteSystemRoleBinding",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for DeleteSystemRoleBindingDeleteSystemRoleBinding {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeleteSystemRoleBindingDeleteSystemRoleBinding",
            )?;
            ::std::result::Result::Ok(DeleteSystemRoleBindingDeleteSystemRoleBinding {
                id: crate::__private::decode::scalar(object, "id", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeleteSystemRoleBindingDeleteSystemRoleBinding {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$email`.
        pub email: String,
    }
    impl Variables {}
    /// What `inviteUser` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `inviteUser` as selected.
        pub invite_user: Option<InviteUserInviteUser>,
    }
    /// A selection in the response of `inviteUser` (`InviteUserInviteUser`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct InviteUserInviteUser {
        /// `id` as selected.
        pub id: Option<String>,
        /// `email` as selected.
        pub email: Option<String>,
        /// `createdAt` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                email: crate::__private::decode::scalar(object, "email", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                invite_user: crate::__private::decode::field(object, "inviteUser")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for InviteUserInviteUser {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct InviteUserInviteUser",
            )?;
            ::std::result::Result::Ok(InviteUserInviteUser {
                id: crate::__private::decode::scalar(object, "id", true)?,
                email: crate::__private::decode::scalar(object, "email", true)?,
                created_at: crate::__private::decode::scalar(object, "createdAt", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for InviteUserInviteUser {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    #[derive(Default)]
    pub struct Variables {
        /// `$invite`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub invite: Option<InviteSearch>,
    }
    impl Variables {}
    /// What `invites` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `invites` as selected.
        pub invites: Option<Vec<Option<InvitesInvites>>>,
    }
    /// A selection in the response of `invites` (`InvitesInvites`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct InvitesInvites {
        /// `id` as selected.
        pub id: Option<String>,
        /// `email` as selected.
        pub email: Option<String>,
        /// `role` as selected.
        pub role: Option<String>,
        /// `createdAt` as selected.
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
    impl crate::__private::decode::Decode for InviteSearch {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct InviteSearch")?;
            ::std::result::Result::Ok(InviteSearch {
                invite_uuid: crate::__private::decode::scalar(
                    object,
                    "inviteUuid",
                    true,
                )?,
                email: crate::__private::decode::scalar(object, "email", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for InviteSearch {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                invite: crate::__private::decode::field(object, "invite")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                invites: crate::__private::decode::field(object, "invites")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for InvitesInvites {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct InvitesInvites",
            )?;
            ::std::result::Result::Ok(InvitesInvites {
                id: crate::__private::decode::scalar(object, "id", true)?,
                email: crate::__private::decode::scalar(object, "email", true)?,
                role: crate::__private::decode::scalar(object, "role", true)?,
                created_at: crate::__private::decode::scalar(object, "createdAt", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for InvitesInvites {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$userUuid`.
        #[serde(rename = "userUuid")]
        pub user_uuid: Uuid,
    }
    impl Variables {}
    /// What `removeUser` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `removeUser` as selected.
        pub remove_user: Option<RemoveUserRemoveUser>,
    }
    /// A selection in the response of `removeUser` (`RemoveUserRemoveUser`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                user_uuid: crate::__private::decode::scalar(object, "userUuid", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                remove_user: crate::__private::decode::field(object, "removeUser")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for RemoveUserRemoveUser {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct RemoveUserRemoveUser",
            )?;
            ::std::result::Result::Ok(RemoveUserRemoveUser {
                id: crate::__private::decode::scalar(object, "id", false)?,
                username: crate::__private::decode::scalar(object, "username", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for RemoveUserRemoveUser {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    #[derive(Default)]
    pub struct Variables {
        /// `$user`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub user: Option<UserSearch>,
    }
    impl Variables {}
    /// What `users` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `users` as selected.
        pub users: Option<Vec<Option<UsersUsers>>>,
    }
    /// A selection in the response of `users` (`UsersUsers`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UsersUsers {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
        /// `fullName` as selected.
        pub full_name: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `emails` as selected.
        pub emails: Option<Vec<Option<UsersUsersEmails>>>,
        /// `roleBindings` as selected.
        pub role_bindings: Vec<UsersUsersRoleBindings>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
    }
    /// A selection in the response of `users` (`UsersUsersEmails`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UsersUsersEmails {
        /// `address` as selected.
        pub address: Option<String>,
        /// `primary` as selected.
        pub primary: Option<Boolean>,
        /// `verified` as selected.
        pub verified: Option<Boolean>,
    }
    /// A selection in the response of `users` (`UsersUsersRoleBindings`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UsersUsersRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `workspace` as selected.
        pub workspace: Option<UsersUsersRoleBindingsWorkspace>,
        /// `deployment` as selected.
        pub deployment: Option<UsersUsersRoleBindingsDeployment>,
    }
    /// A selection in the response of `users` (`UsersUsersRoleBindingsWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UsersUsersRoleBindingsWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
    }
    /// A selection in the response of `users` (`UsersUsersRoleBindingsDeployment`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UsersUsersRoleBindingsDeployment {
        /// `id` as selected.
        pub id: String,
        /// `releaseName` as selected.
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
    impl crate::__private::decode::Decode for UserSearch {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct UserSearch")?;
            ::std::result::Result::Ok(UserSearch {
                user_id: crate::__private::decode::scalar(object, "userId", true)?,
                user_uuid: crate::__private::decode::scalar(object, "userUuid", true)?,
                username: crate::__private::decode::scalar(object, "username", true)?,
                email: crate::__private::decode::scalar(object, "email", true)?,
                full_name: crate::__private::decode::scalar(object, "fullName", true)?,
                created_at: crate::__private::decode::scalar(object, "createdAt", true)?,
                updated_at: crate::__private::decode::scalar(object, "updatedAt", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for UserSearch {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                user: crate::__private::decode::field(object, "user")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                users: crate::__private::decode::field(object, "users")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for UsersUsers {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct UsersUsers")?;
            ::std::result::Result::Ok(UsersUsers {
                id: crate::__private::decode::scalar(object, "id", false)?,
                username: crate::__private::decode::scalar(object, "username", true)?,
                full_name: crate::__private::decode::scalar(object, "fullName", true)?,
                status: crate::__private::decode::scalar(object, "status", true)?,
                emails: crate::__private::decode::field(object, "emails")?,
                role_bindings: crate::__private::decode::field(object, "roleBindings")?,
                created_at: crate::__private::decode::scalar(object, "createdAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for UsersUsers {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for UsersUsersEmails {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UsersUsersEmails",
            )?;
            ::std::result::Result::Ok(UsersUsersEmails {
                address: crate::__private::decode::scalar(object, "address", true)?,
                primary: crate::__private::decode::scalar(object, "primary", true)?,
                verified: crate::__private::decode::scalar(object, "verified", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for UsersUsersEmails {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for UsersUsersRoleBindings {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UsersUsersRoleBindings",
            )?;
            ::std::result::Result::Ok(UsersUsersRoleBindings {
                role: crate::__private::decode::field(object, "role")?,
                workspace: crate::__private::decode::field(object, "workspace")?,
                deployment: crate::__private::decode::field(object, "deployment")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for UsersUsersRoleBindings {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for UsersUsersRoleBindingsWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UsersUsersRoleBindingsWorkspace",
            )?;
            ::std::result::Result::Ok(UsersUsersRoleBindingsWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for UsersUsersRoleBindingsWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for UsersUsersRoleBindingsDeployment {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UsersUsersRoleBindingsDeployment",
            )?;
            ::std::result::Result::Ok(UsersUsersRoleBindingsDeployment {
                id: crate::__private::decode::scalar(object, "id", false)?,
                release_name: crate::__private::decode::scalar(
                    object,
                    "releaseName",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for UsersUsersRoleBindingsDeployment {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$email`.
        pub email: String,
    }
    impl Variables {}
    /// What `verifyEmail` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `verifyEmail` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                email: crate::__private::decode::scalar(object, "email", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                verify_email: crate::__private::decode::scalar(
                    object,
                    "verifyEmail",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `createWorkspace` as selected.
        pub create_workspace: Option<CreateWorkspaceCreateWorkspace>,
    }
    /// A selection in the response of `createWorkspace` (`CreateWorkspaceCreateWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct CreateWorkspaceCreateWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `updatedAt` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                label: crate::__private::decode::scalar(object, "label", false)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$label`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(label: String) -> Self {
            Variables {
                label,
                description: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                create_workspace: crate::__private::decode::field(
                    object,
                    "createWorkspace",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for CreateWorkspaceCreateWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct CreateWorkspaceCreateWorkspace",
            )?;
            ::std::result::Result::Ok(CreateWorkspaceCreateWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                updated_at: crate::__private::decode::scalar(object, "updatedAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for CreateWorkspaceCreateWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `deleteWorkspace` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `deleteWorkspace` as selected.
        pub delete_workspace: Option<DeleteWorkspaceDeleteWorkspace>,
    }
    /// A selection in the response of `deleteWorkspace` (`DeleteWorkspaceDeleteWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                delete_workspace: crate::__private::decode::field(
                    object,
                    "deleteWorkspace",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for DeleteWorkspaceDeleteWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct DeleteWorkspaceDeleteWorkspace",
            )?;
            ::std::result::Result::Ok(DeleteWorkspaceDeleteWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for DeleteWorkspaceDeleteWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `sysWorkspaces` as selected.
        pub sys_workspaces: Option<Vec<Option<SysWorkspacesSysWorkspaces>>>,
    }
    /// A selection in the response of `sysWorkspaces_0_36_0` (`SysWorkspacesSysWorkspaces`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct SysWorkspacesSysWorkspaces {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `updatedAt` as selected.
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
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                sys_workspaces: crate::__private::decode::field(object, "sysWorkspaces")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for SysWorkspacesSysWorkspaces {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct SysWorkspacesSysWorkspaces",
            )?;
            ::std::result::Result::Ok(SysWorkspacesSysWorkspaces {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                updated_at: crate::__private::decode::scalar(object, "updatedAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for SysWorkspacesSysWorkspaces {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `updateWorkspace` as selected.
        pub update_workspace: Option<UpdateWorkspaceUpdateWorkspace>,
    }
    /// A selection in the response of `updateWorkspace` (`UpdateWorkspaceUpdateWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct UpdateWorkspaceUpdateWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `updatedAt` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
                payload: crate::__private::decode::scalar(object, "payload", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                update_workspace: crate::__private::decode::field(
                    object,
                    "updateWorkspace",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for UpdateWorkspaceUpdateWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct UpdateWorkspaceUpdateWorkspace",
            )?;
            ::std::result::Result::Ok(UpdateWorkspaceUpdateWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                updated_at: crate::__private::decode::scalar(object, "updatedAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for UpdateWorkspaceUpdateWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspace` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspace` as selected.
        pub workspace: Option<WorkspaceWorkspace>,
    }
    /// A selection in the response of `workspace` (`WorkspaceWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceWorkspace {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `updatedAt` as selected.
        pub updated_at: DateTime,
        /// `roleBindings` as selected.
        pub role_bindings: Option<Vec<Option<WorkspaceWorkspaceRoleBindings>>>,
    }
    /// A selection in the response of `workspace` (`WorkspaceWorkspaceRoleBindings`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceWorkspaceRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `user` as selected.
        pub user: Option<WorkspaceWorkspaceRoleBindingsUser>,
        /// `serviceAccount` as selected.
        pub service_account: Option<WorkspaceWorkspaceRoleBindingsServiceAccount>,
    }
    /// A selection in the response of `workspace` (`WorkspaceWorkspaceRoleBindingsUser`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceWorkspaceRoleBindingsUser {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
    }
    /// A selection in the response of `workspace` (`WorkspaceWorkspaceRoleBindingsServiceAccount`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace: crate::__private::decode::field(object, "workspace")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceWorkspace",
            )?;
            ::std::result::Result::Ok(WorkspaceWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                updated_at: crate::__private::decode::scalar(
                    object,
                    "updatedAt",
                    false,
                )?,
                role_bindings: crate::__private::decode::field(object, "roleBindings")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for WorkspaceWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceWorkspaceRoleBindings {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceWorkspaceRoleBindings",
            )?;
            ::std::result::Result::Ok(WorkspaceWorkspaceRoleBindings {
                role: crate::__private::decode::field(object, "role")?,
                user: crate::__private::decode::field(object, "user")?,
                service_account: crate::__private::decode::field(
                    object,
                    "serviceAccount",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceWorkspaceRoleBindings {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceWorkspaceRoleBindingsUser {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceWorkspaceRoleBindingsUser",
            )?;
            ::std::result::Result::Ok(WorkspaceWorkspaceRoleBindingsUser {
                id: crate::__private::decode::scalar(object, "id", false)?,
                username: crate::__private::decode::scalar(object, "username", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceWorkspaceRoleBindingsUser {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for WorkspaceWorkspaceRoleBindingsServiceAccount {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceWorkspaceRoleBindingsServiceAccount",
            )?;
            ::std::result::Result::Ok(WorkspaceWorkspaceRoleBindingsServiceAccount {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceWorkspaceRoleBindingsServiceAccount {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaceAddTeam` as selected.
        pub workspace_add_team: Option<WorkspaceAddTeamWorkspaceAddTeam>,
    }
    /// A selection in the response of `workspaceAddTeam_0_28_0` (`WorkspaceAddTeamWorkspaceAddTeam`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
                team_uuid: crate::__private::decode::scalar(object, "teamUuid", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace_add_team: crate::__private::decode::field(
                    object,
                    "workspaceAddTeam",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceAddTeamWorkspaceAddTeam {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceAddTeamWorkspaceAddTeam",
            )?;
            ::std::result::Result::Ok(WorkspaceAddTeamWorkspaceAddTeam {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceAddTeamWorkspaceAddTeam {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaceAddUser` as selected.
        pub workspace_add_user: Option<WorkspaceAddUserWorkspaceAddUser>,
    }
    /// A selection in the response of `workspaceAddUser` (`WorkspaceAddUserWorkspaceAddUser`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceAddUserWorkspaceAddUser {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `users` as selected.
        pub users: Option<Vec<Option<WorkspaceAddUserWorkspaceAddUserUsers>>>,
    }
    /// A selection in the response of `workspaceAddUser` (`WorkspaceAddUserWorkspaceAddUserUsers`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceAddUserWorkspaceAddUserUsers {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
        /// `emails` as selected.
        pub emails: Option<Vec<Option<WorkspaceAddUserWorkspaceAddUserUsersEmails>>>,
        /// `roleBindings` as selected.
        pub role_bindings: Vec<WorkspaceAddUserWorkspaceAddUserUsersRoleBindings>,
    }
    /// A selection in the response of `workspaceAddUser` (`WorkspaceAddUserWorkspaceAddUserUsersEmails`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceAddUserWorkspaceAddUserUsersEmails {
        /// `address` as selected.
        pub address: Option<String>,
    }
    /// A selection in the response of `workspaceAddUser` (`WorkspaceAddUserWorkspaceAddUserUsersRoleBindings`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceAddUserWorkspaceAddUserUsersRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `workspace` as selected.
        pub workspace: Option<
            WorkspaceAddUserWorkspaceAddUserUsersRoleBindingsWorkspace,
        >,
    }
    /// A selection in the response of `workspaceAddUser` (`WorkspaceAddUserWorkspaceAddUserUsersRoleBindingsWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
                email: crate::__private::decode::scalar(object, "email", false)?,
                role: crate::__private::decode::field(object, "role")?,
                bypass_invite: crate::__private::decode::scalar(
                    object,
                    "bypassInvite",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$workspaceUuid`, `$email`, `$role`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(workspace_uuid: Uuid, email: String, role: Role) -> Self {
            Variables {
                workspace_uuid,
                email,
                role,
                bypass_invite: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace_add_user: crate::__private::decode::field(
                    object,
                    "workspaceAddUser",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceAddUserWorkspaceAddUser {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceAddUserWorkspaceAddUser",
            )?;
            ::std::result::Result::Ok(WorkspaceAddUserWorkspaceAddUser {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                users: crate::__private::decode::field(object, "users")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceAddUserWorkspaceAddUser {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceAddUserWorkspaceAddUserUsers {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceAddUserWorkspaceAddUserUsers",
            )?;
            ::std::result::Result::Ok(WorkspaceAddUserWorkspaceAddUserUsers {
                id: crate::__private::decode::scalar(object, "id", false)?,
                username: crate::__private::decode::scalar(object, "username", true)?,
                emails: crate::__private::decode::field(object, "emails")?,
                role_bindings: crate::__private::decode::field(object, "roleBindings")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceAddUserWorkspaceAddUserUsers {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for WorkspaceAddUserWorkspaceAddUserUsersEmails {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceAddUserWorkspaceAddUserUsersEmails",
            )?;
            ::std::result::Result::Ok(WorkspaceAddUserWorkspaceAddUserUsersEmails {
                address: crate::__private::decode::scalar(object, "address", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceAddUserWorkspaceAddUserUsersEmails {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for WorkspaceAddUserWorkspaceAddUserUsersRoleBindings {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceAddUserWorkspaceAddUserUsersRoleBindings",
            )?;
            ::std::result::Result::Ok(WorkspaceAddUserWorkspaceAddUserUsersRoleBindings {
                role: crate::__private::decode::field(object, "role")?,
                workspace: crate::__private::decode::field(object, "workspace")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceAddUserWorkspaceAddUserUsersRoleBindings {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for WorkspaceAddUserWorkspaceAddUserUsersRoleBindingsWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceAddUserWorkspaceAddUserUsersRoleBindingsWorkspace",
            )?;
            ::std::result::Result::Ok(WorkspaceAddUserWorkspaceAddUserUsersRoleBindingsWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceAddUserWorkspaceAddUserUsersRoleBindingsWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaceAddUser` as selected.
        pub workspace_add_user: Option<WorkspaceAddUserQuietlyWorkspaceAddUser>,
    }
    /// A selection in the response of `workspaceAddUserQuietly` (`WorkspaceAddUserQuietlyWorkspaceAddUser`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
                email: crate::__private::decode::scalar(object, "email", false)?,
                role: crate::__private::decode::field(object, "role")?,
                bypass_invite: crate::__private::decode::scalar(
                    object,
                    "bypassInvite",
                    true,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl Variables {
        /// The required variables (`$workspaceUuid`, `$email`, `$role`); every optional one `None`.
        #[allow(clippy::too_many_arguments)]
        pub fn new(workspace_uuid: Uuid, email: String, role: Role) -> Self {
            Variables {
                workspace_uuid,
                email,
                role,
                bypass_invite: None,
            }
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace_add_user: crate::__private::decode::field(
                    object,
                    "workspaceAddUser",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceAddUserQuietlyWorkspaceAddUser {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceAddUserQuietlyWorkspaceAddUser",
            )?;
            ::std::result::Result::Ok(WorkspaceAddUserQuietlyWorkspaceAddUser {
                id: crate::__private::decode::scalar(object, "id", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceAddUserQuietlyWorkspaceAddUser {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceInvites` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaceInvites` as selected.
        pub workspace_invites: Option<Vec<Option<WorkspaceInvitesWorkspaceInvites>>>,
    }
    /// A selection in the response of `workspaceInvites` (`WorkspaceInvitesWorkspaceInvites`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceInvitesWorkspaceInvites {
        /// `id` as selected.
        pub id: Option<String>,
        /// `email` as selected.
        pub email: Option<String>,
        /// `role` as selected.
        pub role: Option<String>,
        /// `createdAt` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace_invites: crate::__private::decode::field(
                    object,
                    "workspaceInvites",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceInvitesWorkspaceInvites {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceInvitesWorkspaceInvites",
            )?;
            ::std::result::Result::Ok(WorkspaceInvitesWorkspaceInvites {
                id: crate::__private::decode::scalar(object, "id", true)?,
                email: crate::__private::decode::scalar(object, "email", true)?,
                role: crate::__private::decode::scalar(object, "role", true)?,
                created_at: crate::__private::decode::scalar(object, "createdAt", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceInvitesWorkspaceInvites {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceLabel` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspace` as selected.
        pub workspace: Option<WorkspaceLabelWorkspace>,
    }
    /// A selection in the response of `workspaceLabel` (`WorkspaceLabelWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace: crate::__private::decode::field(object, "workspace")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceLabelWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceLabelWorkspace",
            )?;
            ::std::result::Result::Ok(WorkspaceLabelWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for WorkspaceLabelWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaceRemoveTeam` as selected.
        pub workspace_remove_team: Option<WorkspaceRemoveTeamWorkspaceRemoveTeam>,
    }
    /// A selection in the response of `workspaceRemoveTeam_0_28_0` (`WorkspaceRemoveTeamWorkspaceRemoveTeam`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
                team_uuid: crate::__private::decode::scalar(object, "teamUuid", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace_remove_team: crate::__private::decode::field(
                    object,
                    "workspaceRemoveTeam",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceRemoveTeamWorkspaceRemoveTeam {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceRemoveTeamWorkspaceRemoveTeam",
            )?;
            ::std::result::Result::Ok(WorkspaceRemoveTeamWorkspaceRemoveTeam {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceRemoveTeamWorkspaceRemoveTeam {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaceRemoveUser` as selected.
        pub workspace_remove_user: Option<WorkspaceRemoveUserWorkspaceRemoveUser>,
    }
    /// A selection in the response of `workspaceRemoveUser` (`WorkspaceRemoveUserWorkspaceRemoveUser`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceRemoveUserWorkspaceRemoveUser {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `users` as selected.
        pub users: Option<Vec<Option<WorkspaceRemoveUserWorkspaceRemoveUserUsers>>>,
    }
    /// A selection in the response of `workspaceRemoveUser` (`WorkspaceRemoveUserWorkspaceRemoveUserUsers`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
                user_uuid: crate::__private::decode::scalar(object, "userUuid", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace_remove_user: crate::__private::decode::field(
                    object,
                    "workspaceRemoveUser",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceRemoveUserWorkspaceRemoveUser {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceRemoveUserWorkspaceRemoveUser",
            )?;
            ::std::result::Result::Ok(WorkspaceRemoveUserWorkspaceRemoveUser {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                users: crate::__private::decode::field(object, "users")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceRemoveUserWorkspaceRemoveUser {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for WorkspaceRemoveUserWorkspaceRemoveUserUsers {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceRemoveUserWorkspaceRemoveUserUsers",
            )?;
            ::std::result::Result::Ok(WorkspaceRemoveUserWorkspaceRemoveUserUsers {
                id: crate::__private::decode::scalar(object, "id", false)?,
                username: crate::__private::decode::scalar(object, "username", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceRemoveUserWorkspaceRemoveUserUsers {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceTeams_0_28_0` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaceTeams` as selected.
        pub workspace_teams: Option<Vec<Option<WorkspaceTeamsWorkspaceTeams>>>,
    }
    /// A selection in the response of `workspaceTeams_0_28_0` (`WorkspaceTeamsWorkspaceTeams`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceTeamsWorkspaceTeams {
        /// `id` as selected.
        pub id: Option<String>,
        /// `name` as selected.
        pub name: Option<String>,
        /// `roleBindings` as selected.
        pub role_bindings: Option<Vec<Option<WorkspaceTeamsWorkspaceTeamsRoleBindings>>>,
    }
    /// A selection in the response of `workspaceTeams_0_28_0` (`WorkspaceTeamsWorkspaceTeamsRoleBindings`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceTeamsWorkspaceTeamsRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `workspace` as selected.
        pub workspace: Option<WorkspaceTeamsWorkspaceTeamsRoleBindingsWorkspace>,
    }
    /// A selection in the response of `workspaceTeams_0_28_0` (`WorkspaceTeamsWorkspaceTeamsRoleBindingsWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace_teams: crate::__private::decode::field(
                    object,
                    "workspaceTeams",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceTeamsWorkspaceTeams {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceTeamsWorkspaceTeams",
            )?;
            ::std::result::Result::Ok(WorkspaceTeamsWorkspaceTeams {
                id: crate::__private::decode::scalar(object, "id", true)?,
                name: crate::__private::decode::scalar(object, "name", true)?,
                role_bindings: crate::__private::decode::field(object, "roleBindings")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceTeamsWorkspaceTeams {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceTeamsWorkspaceTeamsRoleBindings {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceTeamsWorkspaceTeamsRoleBindings",
            )?;
            ::std::result::Result::Ok(WorkspaceTeamsWorkspaceTeamsRoleBindings {
                role: crate::__private::decode::field(object, "role")?,
                workspace: crate::__private::decode::field(object, "workspace")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceTeamsWorkspaceTeamsRoleBindings {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for WorkspaceTeamsWorkspaceTeamsRoleBindingsWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceTeamsWorkspaceTeamsRoleBindingsWorkspace",
            )?;
            ::std::result::Result::Ok(WorkspaceTeamsWorkspaceTeamsRoleBindingsWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceTeamsWorkspaceTeamsRoleBindingsWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaceUpdateTeamRole` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
                team_uuid: crate::__private::decode::scalar(object, "teamUuid", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace_update_team_role: crate::__private::decode::field(
                    object,
                    "workspaceUpdateTeamRole",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaceUpsertUserRole` as selected.
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
                email: crate::__private::decode::scalar(object, "email", false)?,
                role: crate::__private::decode::field(object, "role")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace_upsert_user_role: crate::__private::decode::field(
                    object,
                    "workspaceUpsertUserRole",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    pub struct Variables {
        /// `$workspaceUuid`.
        #[serde(rename = "workspaceUuid")]
        pub workspace_uuid: Uuid,
    }
    impl Variables {}
    /// What `workspaceUsers` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaceUsers` as selected.
        pub workspace_users: Option<Vec<Option<WorkspaceUsersWorkspaceUsers>>>,
    }
    /// A selection in the response of `workspaceUsers` (`WorkspaceUsersWorkspaceUsers`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceUsersWorkspaceUsers {
        /// `id` as selected.
        pub id: String,
        /// `username` as selected.
        pub username: Option<String>,
        /// `fullName` as selected.
        pub full_name: Option<String>,
        /// `status` as selected.
        pub status: Option<String>,
        /// `emails` as selected.
        pub emails: Option<Vec<Option<WorkspaceUsersWorkspaceUsersEmails>>>,
        /// `roleBindings` as selected.
        pub role_bindings: Vec<WorkspaceUsersWorkspaceUsersRoleBindings>,
    }
    /// A selection in the response of `workspaceUsers` (`WorkspaceUsersWorkspaceUsersEmails`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceUsersWorkspaceUsersEmails {
        /// `address` as selected.
        pub address: Option<String>,
        /// `primary` as selected.
        pub primary: Option<Boolean>,
    }
    /// A selection in the response of `workspaceUsers` (`WorkspaceUsersWorkspaceUsersRoleBindings`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspaceUsersWorkspaceUsersRoleBindings {
        /// `role` as selected.
        pub role: Option<Role>,
        /// `workspace` as selected.
        pub workspace: Option<WorkspaceUsersWorkspaceUsersRoleBindingsWorkspace>,
    }
    /// A selection in the response of `workspaceUsers` (`WorkspaceUsersWorkspaceUsersRoleBindingsWorkspace`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                workspace_uuid: crate::__private::decode::scalar(
                    object,
                    "workspaceUuid",
                    false,
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspace_users: crate::__private::decode::field(
                    object,
                    "workspaceUsers",
                )?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceUsersWorkspaceUsers {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceUsersWorkspaceUsers",
            )?;
            ::std::result::Result::Ok(WorkspaceUsersWorkspaceUsers {
                id: crate::__private::decode::scalar(object, "id", false)?,
                username: crate::__private::decode::scalar(object, "username", true)?,
                full_name: crate::__private::decode::scalar(object, "fullName", true)?,
                status: crate::__private::decode::scalar(object, "status", true)?,
                emails: crate::__private::decode::field(object, "emails")?,
                role_bindings: crate::__private::decode::field(object, "roleBindings")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceUsersWorkspaceUsers {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceUsersWorkspaceUsersEmails {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceUsersWorkspaceUsersEmails",
            )?;
            ::std::result::Result::Ok(WorkspaceUsersWorkspaceUsersEmails {
                address: crate::__private::decode::scalar(object, "address", true)?,
                primary: crate::__private::decode::scalar(object, "primary", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceUsersWorkspaceUsersEmails {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspaceUsersWorkspaceUsersRoleBindings {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceUsersWorkspaceUsersRoleBindings",
            )?;
            ::std::result::Result::Ok(WorkspaceUsersWorkspaceUsersRoleBindings {
                role: crate::__private::decode::field(object, "role")?,
                workspace: crate::__private::decode::field(object, "workspace")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceUsersWorkspaceUsersRoleBindings {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode
    for WorkspaceUsersWorkspaceUsersRoleBindingsWorkspace {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspaceUsersWorkspaceUsersRoleBindingsWorkspace",
            )?;
            ::std::result::Result::Ok(WorkspaceUsersWorkspaceUsersRoleBindingsWorkspace {
                id: crate::__private::decode::scalar(object, "id", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspaceUsersWorkspaceUsersRoleBindingsWorkspace {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaces` as selected.
        pub workspaces: Option<Vec<Option<WorkspacesWorkspaces>>>,
    }
    /// A selection in the response of `workspaces` (`WorkspacesWorkspaces`).
    #[derive(Debug, Clone, PartialEq)]
    pub struct WorkspacesWorkspaces {
        /// `id` as selected.
        pub id: String,
        /// `label` as selected.
        pub label: Option<String>,
        /// `description` as selected.
        pub description: Option<String>,
        /// `createdAt` as selected.
        pub created_at: DateTime,
        /// `updatedAt` as selected.
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
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspaces: crate::__private::decode::field(object, "workspaces")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspacesWorkspaces {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspacesWorkspaces",
            )?;
            ::std::result::Result::Ok(WorkspacesWorkspaces {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
                description: crate::__private::decode::scalar(
                    object,
                    "description",
                    true,
                )?,
                created_at: crate::__private::decode::scalar(
                    object,
                    "createdAt",
                    false,
                )?,
                updated_at: crate::__private::decode::scalar(object, "updatedAt", false)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for WorkspacesWorkspaces {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
    #[derive(Serialize, Debug, Clone, PartialEq)]
    #[serde(crate = "crate :: __private :: serde")]
    #[derive(Default)]
    pub struct Variables {
        /// `$label`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub label: Option<String>,
    }
    impl Variables {}
    /// What `workspacesLabelled_0_36_0` returns.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResponseData {
        /// `workspaces` as selected.
        pub workspaces: Option<Vec<Option<WorkspacesLabelledWorkspaces>>>,
    }
    /// A selection in the response of `workspacesLabelled_0_36_0` (`WorkspacesLabelledWorkspaces`).
    #[derive(Debug, Clone, PartialEq)]
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
    impl crate::__private::decode::Decode for Variables {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct Variables")?;
            ::std::result::Result::Ok(Variables {
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for ResponseData {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(value, "struct ResponseData")?;
            ::std::result::Result::Ok(ResponseData {
                workspaces: crate::__private::decode::field(object, "workspaces")?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de> for ResponseData {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
    }
    impl crate::__private::decode::Decode for WorkspacesLabelledWorkspaces {
        fn decode(
            value: &crate::__private::serde_json::Value,
        ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
            let object = crate::__private::decode::object(
                value,
                "struct WorkspacesLabelledWorkspaces",
            )?;
            ::std::result::Result::Ok(WorkspacesLabelledWorkspaces {
                id: crate::__private::decode::scalar(object, "id", false)?,
                label: crate::__private::decode::scalar(object, "label", true)?,
            })
        }
    }
    impl<'de> crate::__private::serde::Deserialize<'de>
    for WorkspacesLabelledWorkspaces {
        fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::__private::decode::deserialize(deserializer)
        }
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
        #[derive(Debug, Clone, PartialEq, crate::__private::serde::Serialize)]
        #[serde(crate = "crate :: __private :: serde")]
        #[derive(Default)]
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
        impl crate::__private::decode::Decode for Variables {
            fn decode(
                value: &crate::__private::serde_json::Value,
            ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
                let object = crate::__private::decode::object(
                    value,
                    "struct Variables",
                )?;
                ::std::result::Result::Ok(Variables {
                    cluster_id: crate::__private::decode::scalar(
                        object,
                        "clusterId",
                        true,
                    )?,
                })
            }
        }
        impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
            fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::__private::decode::deserialize(deserializer)
            }
        }
    }
    /// `createDeployment` whatever the platform's version: [`call`] sends the variant [`CreateDeploymentVariant`](super::super::CreateDeploymentVariant) picks for it.
    pub mod create_deployment {
        /// The variables of every variant of `createDeployment`: one a variant lacks, does not require or gives a default is an `Option` (`None` leaves it out of the request).
        #[derive(Debug, Clone, PartialEq, crate::__private::serde::Serialize)]
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
        impl crate::__private::decode::Decode for Variables {
            fn decode(
                value: &crate::__private::serde_json::Value,
            ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
                let object = crate::__private::decode::object(
                    value,
                    "struct Variables",
                )?;
                ::std::result::Result::Ok(Variables {
                    workspace_uuid: crate::__private::decode::scalar(
                        object,
                        "workspaceUuid",
                        false,
                    )?,
                    label: crate::__private::decode::scalar(object, "label", false)?,
                    type_: crate::__private::decode::scalar(object, "type", true)?,
                    release_name: crate::__private::decode::scalar(
                        object,
                        "releaseName",
                        true,
                    )?,
                    description: crate::__private::decode::scalar(
                        object,
                        "description",
                        true,
                    )?,
                    executor: crate::__private::decode::scalar(
                        object,
                        "executor",
                        true,
                    )?,
                    workers: crate::__private::decode::scalar(object, "workers", true)?,
                    webserver: crate::__private::decode::scalar(
                        object,
                        "webserver",
                        true,
                    )?,
                    scheduler: crate::__private::decode::scalar(
                        object,
                        "scheduler",
                        true,
                    )?,
                    properties: crate::__private::decode::scalar(
                        object,
                        "properties",
                        true,
                    )?,
                    runtime_version: crate::__private::decode::scalar(
                        object,
                        "runtimeVersion",
                        true,
                    )?,
                    namespace: crate::__private::decode::scalar(
                        object,
                        "namespace",
                        true,
                    )?,
                    cloud_role: crate::__private::decode::scalar(
                        object,
                        "cloudRole",
                        true,
                    )?,
                    dag_deployment: crate::__private::decode::scalar(
                        object,
                        "dagDeployment",
                        true,
                    )?,
                    triggerer: crate::__private::decode::scalar(
                        object,
                        "triggerer",
                        true,
                    )?,
                    airflow_version: crate::__private::decode::scalar(
                        object,
                        "airflowVersion",
                        true,
                    )?,
                })
            }
        }
        impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
            fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::__private::decode::deserialize(deserializer)
            }
        }
        impl Variables {
            /// The required variables (`$workspaceUuid`, `$label`); every optional one `None`.
            #[allow(clippy::too_many_arguments)]
            pub fn new(workspace_uuid: super::super::Uuid, label: String) -> Self {
                Variables {
                    workspace_uuid,
                    label,
                    type_: None,
                    release_name: None,
                    description: None,
                    executor: None,
                    workers: None,
                    webserver: None,
                    scheduler: None,
                    properties: None,
                    runtime_version: None,
                    namespace: None,
                    cloud_role: None,
                    dag_deployment: None,
                    triggerer: None,
                    airflow_version: None,
                }
            }
        }
    }
    /// `deployment` whatever the platform's version: [`call`] sends the variant [`DeploymentVariant`](super::super::DeploymentVariant) picks for it.
    pub mod deployment {
        /// The variables of every variant of `deployment`: one a variant lacks, does not require or gives a default is an `Option` (`None` leaves it out of the request).
        #[derive(Debug, Clone, PartialEq, crate::__private::serde::Serialize)]
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
        impl crate::__private::decode::Decode for Variables {
            fn decode(
                value: &crate::__private::serde_json::Value,
            ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
                let object = crate::__private::decode::object(
                    value,
                    "struct Variables",
                )?;
                ::std::result::Result::Ok(Variables {
                    where_: crate::__private::decode::scalar(object, "where", false)?,
                })
            }
        }
        impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
            fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::__private::decode::deserialize(deserializer)
            }
        }
    }
    /// `updateDeployment` whatever the platform's version: [`call`] sends the variant [`UpdateDeploymentVariant`](super::super::UpdateDeploymentVariant) picks for it.
    pub mod update_deployment {
        /// The variables of every variant of `updateDeployment`: one a variant lacks, does not require or gives a default is an `Option` (`None` leaves it out of the request).
        #[derive(Debug, Clone, PartialEq, crate::__private::serde::Serialize)]
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
        impl crate::__private::decode::Decode for Variables {
            fn decode(
                value: &crate::__private::serde_json::Value,
            ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
                let object = crate::__private::decode::object(
                    value,
                    "struct Variables",
                )?;
                ::std::result::Result::Ok(Variables {
                    deployment_uuid: crate::__private::decode::scalar(
                        object,
                        "deploymentUuid",
                        false,
                    )?,
                    payload: crate::__private::decode::scalar(object, "payload", true)?,
                    executor: crate::__private::decode::scalar(
                        object,
                        "executor",
                        true,
                    )?,
                    workers: crate::__private::decode::scalar(object, "workers", true)?,
                    webserver: crate::__private::decode::scalar(
                        object,
                        "webserver",
                        true,
                    )?,
                    scheduler: crate::__private::decode::scalar(
                        object,
                        "scheduler",
                        true,
                    )?,
                    cloud_role: crate::__private::decode::scalar(
                        object,
                        "cloudRole",
                        true,
                    )?,
                    dag_deployment: crate::__private::decode::scalar(
                        object,
                        "dagDeployment",
                        true,
                    )?,
                    triggerer: crate::__private::decode::scalar(
                        object,
                        "triggerer",
                        true,
                    )?,
                })
            }
        }
        impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
            fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::__private::decode::deserialize(deserializer)
            }
        }
        impl Variables {
            /// The required variables (`$deploymentUuid`); every optional one `None`.
            #[allow(clippy::too_many_arguments)]
            pub fn new(deployment_uuid: super::super::Uuid) -> Self {
                Variables {
                    deployment_uuid,
                    payload: None,
                    executor: None,
                    workers: None,
                    webserver: None,
                    scheduler: None,
                    cloud_role: None,
                    dag_deployment: None,
                    triggerer: None,
                }
            }
        }
    }
    /// `upsertDeployment` whatever the platform's version: [`call`] sends the variant [`UpsertDeploymentVariant`](super::super::UpsertDeploymentVariant) picks for it.
    pub mod upsert_deployment {
        /// The variables of every variant of `upsertDeployment`: one a variant lacks, does not require or gives a default is an `Option` (`None` leaves it out of the request).
        #[derive(Debug, Clone, PartialEq, crate::__private::serde::Serialize)]
        #[serde(crate = "crate :: __private :: serde")]
        #[derive(Default)]
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
        impl crate::__private::decode::Decode for Variables {
            fn decode(
                value: &crate::__private::serde_json::Value,
            ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
                let object = crate::__private::decode::object(
                    value,
                    "struct Variables",
                )?;
                ::std::result::Result::Ok(Variables {
                    workspace_uuid: crate::__private::decode::scalar(
                        object,
                        "workspaceUuid",
                        true,
                    )?,
                    deployment_uuid: crate::__private::decode::scalar(
                        object,
                        "deploymentUuid",
                        true,
                    )?,
                    cluster_id: crate::__private::decode::scalar(
                        object,
                        "clusterId",
                        true,
                    )?,
                    label: crate::__private::decode::scalar(object, "label", true)?,
                    description: crate::__private::decode::scalar(
                        object,
                        "description",
                        true,
                    )?,
                    release_name: crate::__private::decode::scalar(
                        object,
                        "releaseName",
                        true,
                    )?,
                    namespace: crate::__private::decode::scalar(
                        object,
                        "namespace",
                        true,
                    )?,
                    runtime_version: crate::__private::decode::scalar(
                        object,
                        "runtimeVersion",
                        true,
                    )?,
                    executor: crate::__private::decode::scalar(
                        object,
                        "executor",
                        true,
                    )?,
                    workers: crate::__private::decode::scalar(object, "workers", true)?,
                    webserver: crate::__private::decode::scalar(
                        object,
                        "webserver",
                        true,
                    )?,
                    scheduler: crate::__private::decode::scalar(
                        object,
                        "scheduler",
                        true,
                    )?,
                    properties: crate::__private::decode::scalar(
                        object,
                        "properties",
                        true,
                    )?,
                    triggerer: crate::__private::decode::scalar(
                        object,
                        "triggerer",
                        true,
                    )?,
                    dag_deployment: crate::__private::decode::scalar(
                        object,
                        "dagDeployment",
                        true,
                    )?,
                    cloud_role: crate::__private::decode::scalar(
                        object,
                        "cloudRole",
                        true,
                    )?,
                    mode: crate::__private::decode::scalar(object, "mode", true)?,
                })
            }
        }
        impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
            fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::__private::decode::deserialize(deserializer)
            }
        }
    }
    /// `workspaceDeployments` whatever the platform's version: [`call`] sends the variant [`WorkspaceDeploymentsVariant`](super::super::WorkspaceDeploymentsVariant) picks for it.
    pub mod workspace_deployments {
        /// The variables of every variant of `workspaceDeployments`: one a variant lacks, does not require or gives a default is an `Option` (`None` leaves it out of the request).
        #[derive(Debug, Clone, PartialEq, crate::__private::serde::Serialize)]
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
        impl crate::__private::decode::Decode for Variables {
            fn decode(
                value: &crate::__private::serde_json::Value,
            ) -> ::std::result::Result<Self, crate::__private::decode::Mismatch> {
                let object = crate::__private::decode::object(
                    value,
                    "struct Variables",
                )?;
                ::std::result::Result::Ok(Variables {
                    workspace_uuid: crate::__private::decode::scalar(
                        object,
                        "workspaceUuid",
                        false,
                    )?,
                })
            }
        }
        impl<'de> crate::__private::serde::Deserialize<'de> for Variables {
            fn deserialize<D: crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::__private::decode::deserialize(deserializer)
            }
        }
    }
}
