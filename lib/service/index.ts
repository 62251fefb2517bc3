export { BackgroundService } from './service';
export { ReportService, DEFAULT_WAIT_MS } from './reports';
export { AnalysisQueue, CancelledError } from './queue';
export { TabStates } from './tabs';
export { badgeFor, BADGE_COLORS, type Badge } from './badge';
export { classifySender, isAllowed, type SenderInfo, type RawSender, type ExtensionIdentity } from './sender';
export { chooseProtocolToken, governorForToken, type ProtocolInfo, type ProtocolLookup } from '../analysis/protocolToken';
export { testRpc, type RpcTestResult } from '../chain/endpoint/checkRpc';
export type { Analyzer, AnalyzeInput, ServiceDeps, SettingsAccess } from './types';
