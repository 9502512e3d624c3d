import type { TimelineEntry } from '../../api/types';

/** What an event means, in a person's words. */
export function eventTitle(entry: TimelineEntry): string {
  switch (entry.type) {
    case 'AssetSeen':
      return entry.reappeared ? 'Reappeared' : 'First seen';
    case 'AssetChanged':
      return 'Changed';
    case 'AssetGone':
      return 'Gone';
    case 'ManualAssetRegistered':
      return 'Registered';
    case 'AssetEdited':
      return 'Edited';
    case 'RelationshipAdded':
      return 'Relationship added';
    case 'RelationshipRemoved':
      return 'Relationship removed';
    case 'AssetDecommissioned':
      return 'Decommissioned';
    default:
      return entry.type;
  }
}

export const goneReasons: Record<string, string> = {
  AbsentFromCleanScan: 'no longer listed by a complete scan',
  Terminated: 'terminated',
  Deleting: 'being deleted',
  AccountRemoved: 'its account was removed',
};

/** Whether an event happened after the instant the page shows the asset as of. */
export function isAfter(entry: TimelineEntry, asOf: string | null): boolean {
  return asOf !== null && new Date(entry.at).getTime() > new Date(asOf).getTime();
}
