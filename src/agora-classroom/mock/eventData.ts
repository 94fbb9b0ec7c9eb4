import type { WidgetEventData } from './widgetEvent.ts';

/**
 * What each kind of event the mock emits carries in `data`, in the shapes of the document's event
 * schemas and AG-62 (integer roles, cmd-20 `total` = users online after the event, `totalReward`).
 * Seeded events of any other type keep their `data` as the seed gives it.
 */

/** A class state change (cmd 1): the moments as they stand after the change (AG-36). */
export interface ClassStateData {
  readonly startTime: number | null;
  readonly state: 0 | 1 | 2 | 3;
  readonly endTime: number | null;
  readonly closeTime: number | null;
}

/**
 * A recording state change (cmd 1001), and the set-recording-state answer's `data`: `state` 1
 * recording, 2 ended; `reason` 1 started, 2 stopped (AG-6, AG-50; the retries' 3-5 are AG-51's).
 */
export interface RecordingStateData {
  readonly recordId: string;
  readonly sid: string;
  readonly resourceId: string;
  readonly state: 1 | 2;
  readonly startTime: number;
  readonly streamingUrl: { readonly rtmp?: string; readonly flv?: string; readonly hls?: string } | null;
  readonly reason?: 1 | 2 | 3 | 4 | 5;
}

/** A user as a users event names them (`OnlineUser`/`OfflineUser`). */
export interface EventUser {
  readonly userUuid: string;
  readonly userName: string;
  readonly role: number;
  readonly streamUuid: string;
  /** Online: `1` joined, `2` re-joined. Offline: `1` left, `2` removed (kicked, or the classroom closed). */
  readonly type: 1 | 2;
  readonly updateTime: number;
  readonly userProperties: { readonly [key: string]: unknown };
}

/** Users joined or left (cmd 20): `total` is the number online after the event (AG-62). */
export interface UsersData {
  readonly total: number;
  readonly onlineUsers: readonly EventUser[];
  readonly offlineUsers: readonly EventUser[];
}

/** A room chat message (cmd 3). */
export interface ChatData {
  readonly fromUser: { readonly userUuid: string; readonly userName: string; readonly role: number };
  readonly message: string;
  readonly type: 1;
}

/** Rewards (cmd 1101): per user the change and the new total. */
export interface RewardsData {
  readonly rewardDetails: readonly { readonly userUuid: string; readonly changedReward: number; readonly totalReward: number }[];
  readonly updateTime: number;
}

/** The stage (cmd 1501): everyone on it after the change, who came on, who left. */
export interface StageData {
  readonly acceptedUsers: readonly { readonly userUuid: string }[];
  readonly addAcceptedUsers: readonly { readonly userUuid: string }[];
  readonly removeAcceptedUsers: readonly { readonly userUuid: string }[];
}

/** Raised hands (cmd 1502): every raised hand after the change, who raised, who lowered. */
export interface HandsData {
  readonly progressUsers: readonly HandEntry[];
  readonly addProgressUsers: readonly HandEntry[];
  readonly removeProgressUsers: readonly HandEntry[];
}
export interface HandEntry {
  readonly userUuid: string;
  readonly payload: { readonly [key: string]: unknown };
}

/** What an event row carries: one of the shapes above, or a seeded event's `data` as given. */
export type EventData = ClassStateData | RecordingStateData | UsersData | ChatData | RewardsData | StageData | HandsData | { readonly [key: string]: unknown };

/**
 * An event before it has a place in its room's sequence (`recordEvents` numbers and queues it). A new
 * event type (widgets, cmd 1110) adds its member here.
 */
export type EventDraft =
  | { readonly cmd: 1; readonly data: ClassStateData }
  | { readonly cmd: 3; readonly data: ChatData }
  | { readonly cmd: 20; readonly data: UsersData }
  | { readonly cmd: 1001; readonly data: RecordingStateData }
  | { readonly cmd: 1101; readonly data: RewardsData }
  | { readonly cmd: 1501; readonly data: StageData }
  | { readonly cmd: 1502; readonly data: HandsData }
  | { readonly cmd: 1110; readonly data: WidgetEventData };
