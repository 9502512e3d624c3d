// Shapes of the API's JSON answers (camelCase; enums travel as their C# names).

export type Role = 'Superadmin' | 'Admin' | 'ReadOnly';
export type AuthSource = 'Local' | 'Oidc' | 'ApiClient';

export interface Me {
  username: string;
  email: string | null;
  displayName: string | null;
  role: Role;
  authSource: AuthSource;
}

/** One signed-in browser of the current user; `current` is the one this page runs in. */
export interface BrowserSession {
  id: string;
  startedAt: string;
  lastSeenAt: string;
  client: string | null;
  address: string | null;
  current: boolean;
}

export interface AuthOptions {
  sso: { enabled: boolean; displayName: string | null };
}

export type AssetStatus = 'Active' | 'Gone' | 'Inactive' | 'Decommissioned';
export type GoneReason = 'AbsentFromCleanScan' | 'Terminated' | 'Deleting' | 'AccountRemoved';
export type CauseKind = 'DiscoveryJob' | 'User' | 'System';

export interface Cause {
  kind: CauseKind;
  id: string;
}

export interface FieldChange {
  field: string;
  old: string | null;
  new: string | null;
}

/** What names an asset and where it lives, in every asset answer. */
export interface AssetIdentity {
  id: string;
  humanId: string | null;
  name: string | null;
  arn: string | null;
  resourceId: string | null;
  service: string;
  resourceType: string;
  accountId: string;
  region: string;
  state: string | null;
}

export interface AssetSummary extends AssetIdentity {
  status: AssetStatus;
  category: string | null;
  criticality: string | null;
  owner: string | null;
  department: string | null;
  classification: string | null;
  manual: boolean;
  firstSeenAt: string;
  lastSeenAt: string;
  goneAt: string | null;
  lastChangedAt: string;
  changeCount: number;
}

export interface AssetPage {
  items: AssetSummary[];
  pageSize: number;
  nextCursor: string | null;
  total: number | null;
}

export interface AsOfPage extends AssetPage {
  at: string;
}

export interface AssetDetail extends AssetIdentity {
  manual: boolean;
  tags: Record<string, string>;
  ipAddresses: string[];
  dnsNames: string[];
  attributes: Record<string, string>;
  related: Record<string, string[]>;
  status: AssetStatus;
  firstSeenAt: string;
  lastSeenAt: string;
  goneAt: string | null;
  goneReason: GoneReason | null;
  changeCount: number;
  version: number;
  fields: Record<string, string>;
  lastChangedAt: string;
  decommissionedAt: string | null;
}

export interface FilterOption {
  value: string;
  count: number;
}

export interface FilterOptions {
  fields: Record<string, FilterOption[]>;
  tagKeys: FilterOption[];
}

export interface Suggestions {
  field: string;
  prefix: string;
  values: string[];
}

export type TimelineEventType =
  | 'AssetSeen'
  | 'AssetChanged'
  | 'AssetGone'
  | 'ManualAssetRegistered'
  | 'AssetEdited'
  | 'RelationshipAdded'
  | 'RelationshipRemoved'
  | 'AssetDecommissioned';

export interface TimelineEntry {
  version: number;
  type: TimelineEventType | string;
  at: string;
  recordedAt: string;
  cause: Cause;
  changes: FieldChange[];
  goneReason: GoneReason | null;
  reappeared: boolean;
}

export interface AssetTimeline {
  assetId: string;
  entries: TimelineEntry[];
  page: number;
  pageSize: number;
  total: number;
}

export interface AssetEditResult {
  assetId: string;
  changes: FieldChange[];
  decommissioned: boolean;
}

export interface BulkEditResult {
  requested: number;
  changed: number;
  assets: AssetEditResult[];
}

export type EdgeOrigin = 'Derived' | 'Manual';
export type Dependence = 'SourceOnTarget' | 'TargetOnSource' | 'None';

export interface GraphNode {
  id: string;
  name: string | null;
  service: string;
  resourceType: string;
  accountId: string;
  region: string;
  status: AssetStatus;
  arn: string | null;
  resourceId: string | null;
  depth: number;
}

export interface GraphEdge {
  id: string;
  sourceId: string;
  targetId: string;
  type: string;
  origin: EdgeOrigin;
  dependence: Dependence;
  description: string | null;
  reference: string | null;
  since: string;
  cause: Cause;
}

export interface Neighbour {
  edge: GraphEdge;
  node: GraphNode;
}

export interface PendingReference {
  type: string;
  kind: string;
  reference: string;
}

export interface AssetRelationships {
  asset: GraphNode;
  outgoing: Neighbour[];
  incoming: Neighbour[];
  pending: PendingReference[];
}

export interface Graph {
  rootId: string;
  depth: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface BulkRelationshipsAdded {
  targetId: string;
  type: string;
  sourceIds: string[];
}

export interface RelationshipAdded {
  sourceId: string;
  targetId: string;
  type: string;
  description: string | null;
}

export interface StatusCounts {
  total: number;
  active: number;
  inactive: number;
  gone: number;
  decommissioned: number;
}

export interface CountLine extends StatusCounts {
  key: string | null;
}

export interface AssetCounts {
  totals: StatusCounts;
  byService: CountLine[];
  byAccount: CountLine[];
  byRegion: CountLine[];
  byCategory: CountLine[];
  byCriticality: CountLine[];
  byStatus: CountLine[];
}

export interface ActivityCounts {
  new: number;
  reappeared: number;
  changed: number;
  changedByDiscovery: number;
  editedByPeople: number;
  gone: number;
  decommissioned: number;
}

export interface DayActivity {
  day: string;
  counts: ActivityCounts;
}

export interface RecentActivity {
  at: string;
  last24Hours: ActivityCounts;
  last7Days: ActivityCounts;
  last30Days: ActivityCounts;
  daily: DayActivity[];
}

export interface AccountSpend {
  accountId: string;
  name: string | null;
  managementAccountId: string;
  currency: string | null;
  thisMonth: number;
  lastMonth: number;
}

export interface CostTotals {
  currency: string | null;
  fetchedAt: string | null;
  thisMonth: number | null;
  lastMonth: number | null;
  byAccount: AccountSpend[];
}

export type JobStatus = 'Pending' | 'Running' | 'Completed' | 'CompletedWithErrors' | 'Failed' | 'Cancelled';

/** Recording while the job runs; then catching up until every read model has processed what it recorded; then visible. */
export type VisibilityState = 'Recording' | 'CatchingUp' | 'Visible';

export interface JobVisibility {
  state: VisibilityState;
  /** Events the slowest read model still has to process to reach the job's last event. */
  eventsBehind: number;
  /** Estimated from the read models' recent pace; null while unknown. */
  secondsLeft: number | null;
  slowestProjection: string | null;
}

export interface DiscoveryJobSummary {
  id: string;
  status: JobStatus;
  startedAt: string;
  finishedAt: string | null;
  accountIds: string[];
  visibility: JobVisibility | null;
}

export type DiscoveryInterval = 'Disabled' | 'Hourly' | 'Daily' | 'Weekly' | 'Monthly';

export interface DiscoveryStatus {
  last: DiscoveryJobSummary | null;
  running: DiscoveryJobSummary[];
  /** When the scheduler starts the next discovery; null when scheduling is disabled. */
  next: string | null;
  scheduling: DiscoveryInterval;
}

export interface Dashboard {
  counts: AssetCounts;
  activity: RecentActivity;
  costs: CostTotals;
  discovery: DiscoveryStatus;
}

export type ScopeOutcome = 'Clean' | 'Failed' | 'Unfinished';

export interface JobScope {
  accountId: string;
  region: string;
  service: string;
  outcome: ScopeOutcome;
  errorCode: string | null;
  errorMessage: string | null;
  observed: number;
  new: number;
  changed: number;
  gone: number;
  at: string;
}

export interface JobTotals {
  seen: number;
  new: number;
  changed: number;
  gone: number;
  failedScopes: number;
  unfinishedScopes: number;
}

export interface JobLogEntry {
  at: string;
  level: 'Info' | 'Warning' | 'Error';
  message: string;
}

export interface DiscoveryJob {
  id: string;
  jobId: string;
  status: JobStatus;
  trigger: string;
  dryRun: boolean;
  accountIds: string[];
  startedAccountIds: string[];
  discoveredAccountIds: string[];
  scopes: JobScope[];
  totals: JobTotals;
  log: JobLogEntry[];
  startedAt: string;
  timeLimit: string;
  deadline: string;
  cancelRequestedAt: string | null;
  cancelRequestedBy: string | null;
  finishedAt: string | null;
  reason: string | null;
  duration: string | null;
  isFinished: boolean;
  version: number;
  /** Worked out when the job is read; absent where it was not asked for. */
  visibility?: JobVisibility | null;
}

export interface DiscoveryJobAccepted {
  jobId: string;
}

export interface CredentialsView {
  type: string;
  accessKeyId: string | null;
  hasSecretAccessKey: boolean;
  managementAccountId: string | null;
  roleName: string | null;
  hasExternalId: boolean;
}

export interface AccountCostFigures {
  thisMonth: number;
  lastMonth: number;
  currency: string | null;
  fetchedAt: string;
}

export interface Account {
  accountId: string;
  displayName: string;
  kind: string;
  environment: string;
  regions: string[];
  credentials: CredentialsView;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
  costs: AccountCostFigures | null;
}

export interface AccountPage {
  items: Account[];
  page: number;
  pageSize: number;
  total: number;
}

export type LifecycleKind = 'Appeared' | 'Changed' | 'Vanished' | 'Decommissioned';

export interface AuditEntry {
  at: string;
  kind: LifecycleKind;
  assetId: string;
  humanId: string | null;
  name: string | null;
  resourceType: string;
  service: string;
  accountId: string;
  region: string;
  cause: Cause;
  changedFields: string[];
  goneReason: GoneReason | null;
  reappeared: boolean;
}

export interface AuditPage {
  from: string;
  to: string;
  items: AuditEntry[];
  pageSize: number;
  nextCursor: string | null;
  total: number | null;
}

export interface Category {
  slug: string;
  name: string;
  description: string | null;
  icon: string | null;
  colour: string | null;
  services: string[];
}

export interface User {
  id: string;
  username: string;
  email: string | null;
  displayName: string | null;
  role: Role;
  active: boolean;
  authSource: AuthSource;
  createdAt: string;
  lastSignInAt: string | null;
}

export interface ApiClient {
  id: string;
  clientId: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
  createdBy: string;
}

export interface Settings {
  sso: {
    enabled: boolean;
    displayName: string | null;
    issuer: string | null;
    clientId: string | null;
    clientSecretSet: boolean;
    scopes: string[];
    roleClaim: string | null;
    adminValue: string | null;
  };
  email: {
    mode: 'Disabled' | 'Console' | 'Smtp';
    host: string | null;
    port: number | null;
    security: 'None' | 'StartTls' | 'SslOnConnect';
    username: string | null;
    passwordSet: boolean;
    fromAddress: string | null;
    fromName: string | null;
  };
  discoveryInterval: DiscoveryInterval;
  sessionTimeoutMinutes: number;
}

/** An RFC 7807 problem, as the API sends it; validation problems carry `errors` by camelCase field name. */
export interface Problem {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  instance?: string | null;
  errors?: Record<string, string[]>;
  [extension: string]: unknown;
}
