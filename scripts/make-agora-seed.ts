/**
 * Writes `mocks/agora-classroom.seed.json`, the Agora mock's default data set, from the timeline
 * below. Deterministic: every id is derived from a sha256 of a label, every time from
 * `CAPTURED_AT`, so running it twice gives the same file (a test checks the committed copy).
 *
 * Run: `npx tsx scripts/make-agora-seed.ts`
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { AGORA_DEFAULTS } from '../src/agora-classroom/mock/createAgoraClassroomMock.ts';

/** The instant the data set describes: Monday 2025-03-03 09:00 UTC. */
export const CAPTURED_AT = Date.UTC(2025, 2, 3, 9, 0, 0);

const MIN = 60_000;
const HOUR = 60 * MIN;
const APP_ID = AGORA_DEFAULTS.appId;

const hex = (label: string, length = 64) => {
  let out = '';
  for (let i = 0; out.length < length; i++) out += createHash('sha256').update(`${label}#${i}`).digest('hex');
  return out.slice(0, length);
};
const b64 = (label: string, bytes: number) => Buffer.from(hex(label, bytes * 2), 'hex').toString('base64url');

interface User { userUuid: string; userName: string; role: 1 | 2 | 3; streamUuid: string }
const user = (userUuid: string, userName: string, role: 1 | 2 | 3, stream: number): User => ({ userUuid, userName, role, streamUuid: String(stream) });

const BOARD_APP_ID = `${b64('netless-app', 16)}/${b64('netless-region', 10)}`;

/** A seeded user's state as the builder follows it through the room's events. */
interface Member { readonly user: User; online: boolean; updateTime: number; totalReward: number }

/**
 * Builds one seeded room: its users, its recordings and its event history, with sequences in order.
 * Users events carry the number online after them as `total`, and every user's `userProperties`
 * (AG-62); the room's users end as the events leave them.
 */
class RoomBuilder {
  readonly records: Record<string, unknown>[] = [];
  readonly events: Record<string, unknown>[] = [];
  readonly boardId: string;
  private readonly members = new Map<string, Member>();
  private sequence = 0;

  constructor(readonly roomUuid: string) {
    this.boardId = hex(`board:${roomUuid}`, 32);
  }

  get whiteboard() {
    return { boardAppId: BOARD_APP_ID, boardId: this.boardId, boardToken: `NETLESSROOM_${b64(`board-token:${this.roomUuid}`, 60)}` };
  }

  /** The room's users as the seed lists them (the user query's shape plus their rewards). */
  get users() {
    return [...this.members.values()].map(({ user, online, updateTime, totalReward }) => ({
      ...user, state: online ? 1 : 0, userProperties: {}, updateTime, ...(totalReward > 0 ? { totalReward } : {}),
    }));
  }

  private emit(cmd: number, data: Record<string, unknown>) {
    this.sequence += 1;
    this.events.push({ roomUuid: this.roomUuid, cmd, sequence: this.sequence, version: 1, data });
  }

  private get online() {
    return [...this.members.values()].filter((m) => m.online).length;
  }

  joined(at: number, users: User[]) {
    const types = users.map((u) => (this.members.has(u.userUuid) ? 2 : 1));
    for (const u of users) this.members.set(u.userUuid, { user: u, online: true, updateTime: at, totalReward: this.members.get(u.userUuid)?.totalReward ?? 0 });
    this.emit(20, { total: this.online, onlineUsers: users.map((u, i) => ({ ...u, type: types[i], updateTime: at, userProperties: {} })), offlineUsers: [] });
  }

  left(at: number, users: User[], type: 1 | 2 = 1) {
    for (const u of users) Object.assign(this.members.get(u.userUuid)!, { online: false, updateTime: at });
    this.emit(20, { total: this.online, onlineUsers: [], offlineUsers: users.map((u) => ({ ...u, type, updateTime: at, userProperties: {} })) });
  }

  /** Everyone still online, as a closing classroom removes them (AG-40). */
  everyoneLeft(at: number) {
    this.left(at, [...this.members.values()].filter((m) => m.online).map((m) => m.user), 2);
  }

  classState(state: 0 | 1 | 2 | 3, startTime: number | null, endTime: number | null, closeTime: number | null) {
    this.emit(1, { startTime, state, endTime, closeTime });
  }

  chat(from: User, message: string) {
    this.emit(3, { fromUser: { userUuid: from.userUuid, userName: from.userName, role: from.role }, message, type: 1 });
  }

  reward(at: number, to: User) {
    const member = this.members.get(to.userUuid)!;
    member.totalReward += 1;
    this.emit(1101, { rewardDetails: [{ userUuid: to.userUuid, changedReward: 1, totalReward: member.totalReward }], updateTime: at });
  }

  /** A recording session from `start` to `end` (`null`: still recording), with its start and stop events. */
  record(start: number, end: number | null, type: 1 | 2 = 2) {
    const label = `${this.roomUuid}:${this.records.length}`;
    const recordId = `${Math.floor(start / 1000).toString(16).padStart(8, '0')}${hex(`record:${label}`, 16)}`;
    const sid = hex(`sid:${label}`, 32);
    const resourceId = b64(`resource:${label}`, 48);
    const record = {
      recordId, appId: APP_ID, roomUuid: this.roomUuid, startTime: start, endTime: end, resourceId, sid,
      recordUid: String(100_000_000 + (Number.parseInt(hex(`uid:${label}`, 8), 16) % 900_000_000)),
      ...this.whiteboard, type, status: end === null ? 1 : 2,
      url: `scenario/recording/${APP_ID}/${recordId}/${sid}.m3u8`,
    };
    this.records.push(record);
    const data = (state: 1 | 2) => ({ recordId, sid, resourceId, state, startTime: start, streamingUrl: null, reason: state });
    this.emit(1001, data(1));
    return { stop: () => this.emit(1001, data(2)) };
  }
}

/** A seed room: `fields` plus the builder's whiteboard, users, records and events; `mute` overrides the 0 flags. */
const room = (b: RoomBuilder, { mute, ...fields }: Record<string, unknown> & { mute?: Record<string, 0 | 1> }) => ({
  roomUuid: b.roomUuid, ...fields, muteChat: 0, muteVideo: 0, muteAudio: 0, ...mute,
  whiteboard: b.whiteboard, users: b.users, records: b.records, events: b.events,
});

/** The default seed data set (see BEHAVIOUR.md for the format). */
export function makeAgoraSeed() {
  const T = CAPTURED_AT;
  const chen = user('teacher_chen', 'Dr. Maya Chen', 1, 10001);
  const okafor = user('teacher_okafor', 'Mr. David Okafor', 1, 10002);
  const silva = user('teacher_silva', 'Ms. Ana Silva', 1, 10003);
  const novak = user('teacher_novak', 'Prof. Petra Novak', 1, 10004);
  const anna = user('teacher_anna', 'Anna Whitfield', 1, 10005);
  const ta = user('assistant_ravi', 'Ravi Kumar', 3, 30001);
  const students = ['Liam Park', 'Sofia Rossi', 'Noah Müller', 'Aiko Tanaka', 'Mateo García', 'Zara Ahmed', 'Leo Martin']
    .map((name, i) => user(`student_${i + 1}`, name, 2, 20001 + i));
  const [liam, sofia, noah, aiko, mateo, zara, leo] = students as [User, User, User, User, User, User, User];

  // 0 not started: scheduled for later today, nothing happened yet.
  const physics = new RoomBuilder('physics-101');

  // 1 started and recording now (a first short recording was stopped and restarted): the live class,
  // a teacher and four students online. No duration: it stays live under any clock until ended by hand.
  const math = new RoomBuilder('math class 7B');
  const mathStart = T - 19 * MIN;
  math.joined(T - 22 * MIN, [okafor]);
  math.joined(T - 21 * MIN, [liam, sofia, noah]);
  math.classState(1, mathStart, null, null);
  const mathFirst = math.record(T - 18 * MIN, T - 16 * MIN);
  math.chat(okafor, 'Can everyone see the board? Recording is on.');
  mathFirst.stop();
  math.record(T - 15 * MIN, null);
  math.chat(sofia, 'Yes, we can see it now!');
  math.reward(T - 10 * MIN, sofia);
  math.joined(T - 8 * MIN, [aiko]);

  // 1 started 23 hours ago, recorded in 137 segments of 9.5 minutes; the last one is still running.
  // No duration either: it runs until ended by hand, so its 137 recordings are there under any clock.
  const marathon = new RoomBuilder('study-marathon-2025');
  const marathonStart = T - 23 * HOUR;
  marathon.joined(marathonStart - 2 * MIN, [chen, ta]);
  marathon.classState(1, marathonStart, null, null);
  for (let i = 0; i < 137; i++) {
    const start = marathonStart + MIN + i * 10 * MIN;
    const session = marathon.record(start, i === 136 ? null : start + 9.5 * MIN);
    if (i !== 136) session.stop();
    if (i === 60) marathon.joined(start + 5 * MIN, [mateo, zara]);
    if (i === 90) marathon.left(start + 5 * MIN, [mateo]);
  }

  // 2 ended 50 minutes ago (the class end stopped the second recording); closes 10 minutes after capture.
  const biology = new RoomBuilder('biology-lab-3');
  const bioStart = T - 118 * MIN;
  const bioEnd = T - 50 * MIN;
  biology.joined(T - 121 * MIN, [silva, aiko, mateo]);
  biology.classState(1, bioStart, null, null);
  biology.record(T - 115 * MIN, T - 90 * MIN).stop();
  const bioSecond = biology.record(T - 85 * MIN, bioEnd);
  biology.chat(silva, 'Label your samples before you leave the bench.');
  biology.classState(2, bioStart, bioEnd, bioEnd + HOUR);
  bioSecond.stop();
  biology.left(T - 45 * MIN, [aiko, mateo]);

  // 3 closed 30 minutes ago: its events stay readable until 30 minutes after capture.
  const history = new RoomBuilder('history-seminar-12');
  const histStart = T - 4 * HOUR;
  const histEnd = T - 150 * MIN;
  history.joined(histStart - 3 * MIN, [novak, zara, leo, liam]);
  history.classState(1, histStart, null, null);
  history.record(histStart + MIN, histStart + 30 * MIN, 1).stop();
  history.record(histStart + 35 * MIN, histStart + 60 * MIN).stop();
  history.chat(leo, 'Could you repeat the date of the Congress of Vienna?');
  history.record(histStart + 62 * MIN, histStart + 88 * MIN).stop();
  history.classState(2, histStart, histEnd, histEnd + 2 * HOUR);
  history.left(histEnd + 5 * MIN, [zara, leo, liam]);
  history.classState(3, histStart, histEnd, T - 30 * MIN);
  history.everyoneLeft(T - 30 * MIN);

  // 1 started 5 minutes ago, a one-to-one lesson, not recording; an id that needs percent-encoding.
  const english = new RoomBuilder('english 1on1 (Anna & Leo)');
  english.joined(T - 7 * MIN, [anna]);
  english.joined(T - 6 * MIN, [leo]);
  english.classState(1, T - 5 * MIN, null, null);

  return {
    description:
      'Default data set of the Agora Flexible Classroom mock (generated by scripts/make-agora-seed.ts; format in src/agora-classroom/mock/BEHAVIOUR.md). ' +
      'Set the mock clock to capturedAt to see the classrooms as they were: history-seminar-12 is destroyed at capturedAt + 30 min. ' +
      'Under the real clock only the classes without a duration stay: math class 7B (live, a teacher and four students online) and study-marathon-2025.',
    capturedAt: T,
    apps: [
      {
        appId: APP_ID,
        boardAppId: BOARD_APP_ID,
        rooms: [
          room(physics, {
            roomName: 'Physics 101: Forces and Motion', roomType: 4, createTime: T - 3 * 24 * HOUR,
            schedule: { startTime: T + 2 * HOUR, duration: 2700, closeDelay: 600 }, roleConfig: { '1': { limit: 1 }, '2': { limit: 30 } },
            state: 0, startTime: null, endTime: null, closeTime: null,
          }),
          room(math, {
            roomName: 'Math 7B: Linear Equations', roomType: 2, createTime: T - 24 * HOUR,
            schedule: { startTime: T - 20 * MIN, closeDelay: 900 },
            processes: { handsUp: { maxAccept: 3, defaultAcceptRole: '' } }, flexProps: { unit: 'Linear equations', quiz: { round: 1 } },
            state: 1, startTime: mathStart, endTime: null, closeTime: null,
          }),
          room(marathon, {
            roomName: '24-Hour Study Marathon 2025', roomType: 10, createTime: T - 2 * 24 * HOUR,
            schedule: { startTime: marathonStart, closeDelay: 3600 }, roleConfig: { '1': { limit: 1 }, '2': { limit: 200 }, '3': { limit: 4 } },
            mute: { muteVideo: 1 }, state: 1, startTime: marathonStart, endTime: null, closeTime: null,
          }),
          room(biology, {
            roomName: 'Biology Lab 3: Cell Division', roomType: 4, createTime: T - 26 * HOUR,
            schedule: { startTime: T - 2 * HOUR, duration: 3600, closeDelay: 3600 }, roleConfig: { '2': { limit: 16 } },
            state: 2, startTime: bioStart, endTime: bioEnd, closeTime: bioEnd + HOUR,
          }),
          room(history, {
            roomName: 'History Seminar 12: Europe after 1815', roomType: 2, createTime: T - 5 * 24 * HOUR + 3 * HOUR,
            schedule: { startTime: histStart, duration: 5400, closeDelay: 7200 },
            mute: { muteChat: 1 }, state: 3, startTime: histStart, endTime: histEnd, closeTime: T - 30 * MIN,
          }),
          room(english, {
            roomName: 'English 1-on-1: Anna & Leo', roomType: 0, createTime: T - 2 * HOUR,
            schedule: { startTime: T - 5 * MIN, duration: 1800, closeDelay: 300 }, roleConfig: { '1': { limit: 1 }, '2': { limit: 1 } },
            state: 1, startTime: T - 5 * MIN, endTime: null, closeTime: null,
          }),
        ],
      },
    ],
  };
}

/**
 * The seed as the committed file holds it: 2-space JSON, except that each record and each event
 * sits on one line (the marathon room alone has 137 records and 277 events), and a final newline.
 */
export function agoraSeedText(): string {
  return `${format(makeAgoraSeed(), '', false)}\n`;
}

function format(value: unknown, indent: string, compactItems: boolean): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = `${indent}  `;
    const items = value.map((item) => `${inner}${compactItems ? JSON.stringify(item) : format(item, inner, false)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    const lines = entries.map(([key, v]) => `${inner}${JSON.stringify(key)}: ${format(v, inner, key === 'records' || key === 'events')}`);
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = new URL('../mocks/agora-classroom.seed.json', import.meta.url);
  writeFileSync(target, agoraSeedText());
  process.stdout.write(`wrote ${target.pathname}\n`);
}
