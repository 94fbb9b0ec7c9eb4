/**
 * GENERATED FILE - DO NOT EDIT. Source: openapi/mock-control/openapi.yaml.
 * Rebuild with `npm run generate`; `npm test` fails when this copy is stale.
 */
export interface paths {
    "/__mock/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The web console
         * @description The console's page (HTML). It loads `/__mock/console/console.js` and `console.css` from the
         *     same mock and reads the other endpoints of this API: on the page of either port it shows
         *     every mock of the process (`GET /__mock/mocks`). It follows each journal as server-sent
         *     events (`GET /__mock/requests/stream`), so a request shows up without a reload.
         */
        get: operations["getMockConsole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/console/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A file of the web console
         * @description The console's script (`console.js`) and style sheet (`console.css`). Any other name answers 404.
         */
        get: operations["getMockConsoleFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/mocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every mock of the process
         * @description The mocks `npm start` runs, each with its API, origin and base URL, so that the console
         *     served on one port shows them all (it calls the others directly: the mocks allow any
         *     origin). A mock started on its own (`createMockServer`) lists itself with `origin` `null`.
         */
        get: operations["listMocks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The last API requests and their answers
         * @description The journal of this port's API requests, oldest first: the last 1,000 are kept (older ones
         *     are dropped). Each entry has the time, method, path and query, the operation reached, the
         *     status, the duration (faults' delays included), a verdict (why the answer is what it is),
         *     the request's validation problems (a 400/422), the answer's problems against the document
         *     (a mock bug, also flagged with `x-mock-response-violations`), the warnings sent in
         *     `x-mock-warnings`, the `Prefer` header and what became of it, the faults applied, and the
         *     request's and the answer's headers and bodies (bodies cut at 16 KiB; credential headers
         *     shown as their length only; the newest 1 MiB of headers and bodies are kept, a repeated
         *     read's answer once for all its entries, which may then lose it up to half a MiB sooner
         *     than the entries around them; entries whose texts are gone say `messagesKept: false`).
         *     Control API requests are not journaled.
         *
         *     Filters combine: `path` (entries whose path contains the text), `status` (`422` or a
         *     class such as `4xx`), `after` (entries newer than that id: what a poller has not seen yet),
         *     `limit` (the newest that many of the matching entries).
         */
        get: operations["listMockRequests"];
        put?: never;
        post?: never;
        /**
         * Clear the journal
         * @description Forgets every entry. Ids go on from where they were, so a poller's `after` stays valid.
         */
        delete: operations["clearMockRequests"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/requests/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The journal as server-sent events
         * @description The journal's entries as they happen, as server-sent events (`EventSource`): first a
         *     `retry` line, then one `request` event per entry (its `id` is the entry's, its `data` the
         *     entry as `GET /__mock/requests` gives it) and a `cleared` event when the journal is cleared.
         *     It starts after `after` if given, else after the `Last-Event-ID` a reconnecting
         *     `EventSource` sends, else with the next request (`after=0` replays every kept entry). The
         *     Node server (`npm start`) keeps the connection open; an adapter that cannot (the engine
         *     behind a browser's fetch) answers what it has and the client reconnects after `retry`
         *     milliseconds with `Last-Event-ID`, so nothing is missed either way.
         */
        get: operations["streamMockRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tables of this mock's state
         * @description Each table of the API's state with its number of rows (read only). The AnyClassroom mock
         *     keeps `account`, `classrooms`, `devices` and `links`; the Agora mock `apps`, `rooms`,
         *     `users`, `records` (recordings), `events` and `pending` (the App's polling queue).
         *     `scenario` is the data set the mocks run (`default` until a switch).
         */
        get: operations["getMockState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/state/{table}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rows of one state table
         * @description A page of the table's rows (key and value), in the table's order. Read only.
         */
        get: operations["getMockStateTable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The faults applied to API requests
         * @description `latencyMs` is added to every API answer; a share `errorRate` (0 to 1) of API requests is
         *     answered 503 in the API's own format with `Retry-After: 1`. Their start values come from
         *     `--latency` and `--error-rate`; the control API is never faulted.
         */
        get: operations["getMockFaults"];
        /**
         * Change the faults at run time
         * @description The members sent change, the others stay (`{"errorRate": 0}` turns the error rate off and
         *     keeps the latency). They apply from the next API request on, and stay until changed again
         *     or the mock stops (a reset does not change them).
         */
        put: operations["setMockFaults"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The named data sets the mocks can switch to
         * @description `default` (the data sets the mocks started with) and each file `mocks/scenarios/<name>.json`,
         *     read when asked (an edited file counts at once), with its description, the APIs it holds
         *     data for and the clock it sets; `active` is the one in use.
         */
        get: operations["listMockScenarios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/scenarios/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch every mock to a named data set
         * @description Loads the scenario into every mock of the process (an API without a part in the file gets
         *     the data it started with) and sets the clocks: frozen at the file's `clock.now`, or back to
         *     real time. A later reset returns to this scenario's data. The whole file is checked first,
         *     each API's part with that API's seed checker: a file that breaks the format is refused with
         *     422 and every problem (file, JSON path, expected, actual), and nothing changes (DECISIONS MK-7).
         */
        post: operations["switchMockScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset to the seed data and the real-time clock
         * @description Drops everything created since start-up (or since the last reset), reloads the seed data set the mock was started with, and returns the clock to real time. No body is needed.
         */
        post: operations["resetMock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the mock clock
         * @description The mock's current time in Unix seconds, and whether the clock is frozen.
         */
        get: operations["getMockClock"];
        put?: never;
        /**
         * Set and freeze the clock, or move a frozen clock forward
         * @description `{"now": <unix seconds>}` sets the clock to that instant and freezes it there. `{"advance": <seconds>}` moves the clock forward (freezing it first if it was running in real time). Send exactly one of the two. Time only moves forward with `advance`; `now` may go anywhere, which is useful to replay a scenario.
         */
        post: operations["setMockClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/rooms/{roomUuid}/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user joins a classroom (Agora mock)
         * @description The user comes online in the classroom, as when Agora's client SDK launches a classroom:
         *     a users event (`cmd` 20) with the user in `onlineUsers`, `type` `1` the first time the user
         *     enters this classroom and `2` on every later entry (re-entry or reconnection; a user who is
         *     already online reconnects without going offline). `userName`, `role`, `streamUuid` and
         *     `userProperties` replace what was stored. A student who joins a classroom created with
         *     `processes.handsUp.defaultAcceptRole` `audience` is also put on the stage while it has room
         *     (`cmd` 1501) (DECISIONS AG-60, AG-61).
         *
         *     - The classroom does not exist or has been destroyed: 404, `code` 20404100.
         *     - The classroom is closed (state 3): 409, nobody can join.
         *     - The user was kicked out with `dirty.state` 1 and the ban still runs: 409, and the
         *       message says until when (or that the ban is permanent).
         *     - The role's `roleConfig` `limit` is reached (online users with that role): 409.
         *     - The body is invalid: 400.
         */
        post: operations["joinRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/rooms/{roomUuid}/users/{userUuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description ID of a user of the classroom (percent-encoded in the URL).
                 * @example student_7
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * A user leaves a classroom (Agora mock)
         * @description The user goes offline, as when the client leaves (or the app is closed, or the network is
         *     lost): a users event (`cmd` 20) with the user in `offlineUsers`, `type` `1`. A raised hand
         *     is lowered (`cmd` 1502), the user leaves the stage (`cmd` 1501), and widgets whose
         *     `ownerUserUuid` is the user are deleted (`cmd` 1110, `action` 2) (DECISIONS AG-60).
         *
         *     - Unknown or destroyed classroom: 404, `code` 20404100. A user who never joined: 404,
         *       `code` 20404200.
         *     - The user is not online: 409.
         */
        delete: operations["leaveRoom"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/rooms/{roomUuid}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user sends a chat message to the classroom (Agora mock)
         * @description A room chat message from an online user: a chat event (`cmd` 3) with `fromUser`
         *     (`userUuid`, `userName`, `role`), `message` and `type` `1` (text) (DECISIONS AG-61).
         *
         *     - Chat muted for the classroom (`muteChat` 1, see `PUT .../mute`) and the sender is a
         *       student: 403 with `code` 30403200, Agora's "The classroom is muted globally. You cannot
         *       send chat messages." Teachers and assistants can still send.
         *     - Unknown or destroyed classroom: 404 `code` 20404100; unknown sender: 404 `code`
         *       20404200; sender not online: 409.
         */
        post: operations["sendRoomMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/rooms/{roomUuid}/mute": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Mute or unmute chat, video or audio for a whole classroom (Agora mock)
         * @description Sets the classroom-wide mute flags that the Agora classroom query shows (`muteChat`,
         *     `muteVideo`, `muteAudio`), as a teacher does in Agora's client. Send at least one; the
         *     others keep their value. `muteChat` 1 makes students' chat messages fail with 403 /
         *     30403200. Agora documents no event for it, so none is produced (DECISIONS AG-61).
         */
        put: operations["setRoomMute"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/rooms/{roomUuid}/hands/{userUuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description ID of a user of the classroom (percent-encoded in the URL).
                 * @example student_7
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user raises their hand (Agora mock)
         * @description An online user raises their hand: a hand-raising event (`cmd` 1502) with the user in
         *     `addProgressUsers` (with the optional `payload`) and every raised hand in `progressUsers`.
         *     A hand already raised changes nothing and produces no event (DECISIONS AG-61).
         *
         *     - Unknown or destroyed classroom: 404 `code` 20404100; unknown user: 404 `code` 20404200;
         *       user not online: 409.
         */
        post: operations["raiseHand"];
        /**
         * A user lowers their hand (Agora mock)
         * @description The user's hand goes down: a hand-raising event (`cmd` 1502) with the user in
         *     `removeProgressUsers`. A hand that is not raised changes nothing and produces no event
         *     (DECISIONS AG-61).
         *
         *     - Unknown or destroyed classroom: 404 `code` 20404100; unknown user: 404 `code` 20404200.
         */
        delete: operations["lowerHand"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/rooms/{roomUuid}/stage/{userUuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description ID of a user of the classroom (percent-encoded in the URL).
                 * @example student_7
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user is taken on the stage (Agora mock)
         * @description The teacher takes an online user on the stage: a stage event (`cmd` 1501) with the user in
         *     `addAcceptedUsers` and everyone on the stage in `acceptedUsers`. A raised hand of the user
         *     is lowered first (`cmd` 1502). A user already on the stage changes nothing and produces no
         *     event (DECISIONS AG-61).
         *
         *     - The stage is full: the classroom was created with `processes.handsUp.maxAccept` and that
         *       many users are on it: 409. Without `maxAccept` the stage has no limit.
         *     - Unknown or destroyed classroom: 404 `code` 20404100; unknown user: 404 `code` 20404200;
         *       user not online: 409.
         */
        post: operations["acceptToStage"];
        /**
         * A user is taken off the stage (Agora mock)
         * @description The user leaves the stage: a stage event (`cmd` 1501) with the user in
         *     `removeAcceptedUsers`. A user who is not on the stage changes nothing and produces no event
         *     (DECISIONS AG-61).
         *
         *     - Unknown or destroyed classroom: 404 `code` 20404100; unknown user: 404 `code` 20404200.
         */
        delete: operations["removeFromStage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/rooms/{roomUuid}/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The teacher gives rewards (Agora mock)
         * @description Rewards for users of the classroom, in the body Agora's own web client sends to its rewards
         *     endpoint (`{"rewardDetails": [{"userUuid", "changeReward"}]}`): one rewards event (`cmd`
         *     1101) with, per user, `changedReward` and the user's new `totalReward`, and `updateTime`.
         *     Each user must have joined the classroom (online or not) (DECISIONS AG-61).
         *
         *     - Unknown or destroyed classroom: 404 `code` 20404100; a user who never joined: 404
         *       `code` 20404200 (nothing is given to anyone).
         */
        post: operations["giveRewards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        MockList: {
            /** @description The API of the mock that answered. */
            self: string;
            mocks: {
                /** @description The API's registry name. */
                api: string;
                /** @description The mock's origin; `null` when the mock does not know it (started on its own). */
                origin: string | null;
                /** @description Where the API's document paths hang. */
                url: string | null;
            }[];
        };
        JournalPage: {
            /** @description How many entries the journal keeps (1,000). */
            capacity: number;
            /** @description How many it holds now. */
            kept: number;
            /** @description The id of the newest entry ever recorded (0 when none); poll with `after` set to it. */
            lastId: number;
            entries: components["schemas"]["JournalEntry"][];
        };
        JournalEntry: {
            /** @description 1, 2, ... in the order the answers were given. */
            id: number;
            /**
             * Format: date-time
             * @description When the request arrived (wall clock, not the mock clock).
             */
            time: string;
            method: string;
            /** @description The path as sent. */
            path: string;
            /** @description The query string without `?` (empty when none). */
            query: string;
            /** @description The operation of the API's document the request reached; `null` when routing refused it. */
            operationId: string | null;
            status: number;
            /** @description Milliseconds from arrival to the answer (faults' delays included). */
            durationMs: number;
            /**
             * @description Why the answer is what it is: `ok`; `from-document` (`Prefer` asked for the document's
             *     answer); `domain-error` (the API's rules said no: 404, 409, ...); `refused` (a stage
             *     of the request path refused it: no route, credentials, media type, JSON, the
             *     document's rules, the size limit); `faulted` (the error rate, or the state file could
             *     not be written); `off-spec` (the answer breaks the document: a mock bug).
             */
            verdict: {
                /** @enum {string} */
                kind: "ok" | "from-document" | "domain-error" | "refused" | "faulted" | "off-spec";
                reason: string;
            };
            /** @description Every problem validation found in the request (for a 400/422). */
            requestProblems: string[];
            /** @description How the answer breaks the document (a mock bug). */
            responseProblems: string[];
            /** @description The `x-mock-warnings` value sent with the answer (DECISIONS MK-2). */
            warnings: string | null;
            /** @description The request's `Prefer` header and what became of it; `null` without one. */
            prefer: null | {
                /** @description The `Prefer` header as sent. */
                header: string;
                /**
                 * @description Answered from the document; ignored (see `reason`, DECISIONS MK-1); only a delay was applied; nothing in it was used.
                 * @enum {string}
                 */
                outcome: "answered" | "ignored" | "delay-only" | "not-used";
                reason?: string;
            };
            /** @description What the faults did (`latency 250 ms`, `Prefer delay 100 ms`, `error rate 0.2: 503`). */
            faults: string[];
            /**
             * @description Whether the request's and the answer's headers and bodies are still kept: the journal
             *     keeps the newest 1 MiB of them (every entry's other fields stay); `false` leaves
             *     `request` and `answer` empty.
             */
            messagesKept: boolean;
            request: components["schemas"]["JournalMessage"];
            response: components["schemas"]["JournalMessage"];
        };
        JournalMessage: {
            /** @description Header names and values; a credential's value is replaced by its length. */
            headers: {
                [key: string]: string;
            };
            /** @description The body; `null` when there was none. */
            body: null | {
                /** @description The body as text (JSON for the mock's answers), at most 16 KiB. */
                text: string;
                /** @description Whether the text was cut at 16 KiB. */
                truncated: boolean;
            };
        };
        JournalCleared: {
            /** @description How many entries were dropped. */
            cleared: number;
            /** @description The newest id so far (ids are not reused). */
            lastId: number;
        };
        StateOverview: {
            api: string;
            /** @description The scenario the mocks run (`default` until a switch). */
            scenario: string;
            tables: {
                name: string;
                rows: number;
            }[];
        };
        StateTablePage: {
            api: string;
            table: string;
            /** @description Rows in the table. */
            total: number;
            offset: number;
            rows: {
                key: string;
                /** @description The row as the mock stores it (its own field names, not the API's). */
                value: unknown;
            }[];
        };
        Faults: {
            /** @description Milliseconds added to every API answer. */
            latencyMs: number;
            /** @description Share of API requests answered 503. */
            errorRate: number;
        };
        FaultsCommand: {
            /** @description Milliseconds to add to every API answer (0 turns the latency off). */
            latencyMs?: number;
            /** @description Share of API requests to answer 503 (0 turns the fault off). */
            errorRate?: number;
        };
        ScenarioSummary: {
            name: string;
            description: string;
            /** @description The APIs the scenario holds data for. */
            apis: string[];
            /** @description Unix seconds the scenario freezes the clock at, when it sets one. */
            clock?: number;
        };
        ScenarioList: {
            active: string;
            scenarios: components["schemas"]["ScenarioSummary"][];
        };
        ScenarioSwitched: {
            active: string;
            scenario: components["schemas"]["ScenarioSummary"];
            clock: components["schemas"]["Clock"];
        };
        Clock: {
            /** @description Current mock time, Unix seconds (fractional while the clock runs in real time). */
            now: number;
            /** @description Whether the clock stands still until told otherwise. */
            frozen: boolean;
        };
        ClockCommand: {
            /** @description Unix seconds to set the clock to; the clock freezes there. */
            now: number;
        } | {
            /** @description Seconds to move the clock forward. */
            advance: number;
        };
        ResetResult: {
            /** @constant */
            reset: true;
            clock: components["schemas"]["Clock"];
        };
        ControlError: {
            /** @description What is wrong, in words. */
            error: string;
            /** @description One entry per problem found in the request, when there are several. */
            details?: string[];
            /**
             * @description The business code the vendor's service gives in the same situation, when there is one
             *     (`20404100`, `20404200`, `30403200`).
             */
            code?: number;
        };
        JoinRoomCommand: {
            userUuid: components["schemas"]["Identifier"];
            /** @description Display name of the user. */
            userName: string;
            /**
             * @description `1` teacher, `2` student, `3` teaching assistant.
             * @enum {integer}
             */
            role: 1 | 2 | 3;
            /** @description The user's RTC uid; the mock assigns one (digits) when absent and keeps it for later entries. */
            streamUuid?: string;
            /** @description The user's custom properties on entry (replace the stored ones when given). */
            userProperties?: {
                [key: string]: unknown;
            };
        };
        SendMessageCommand: {
            fromUserUuid: components["schemas"]["Identifier"];
            /** @description The text message. */
            message: string;
        };
        MuteCommand: {
            /**
             * @description `1` students cannot send chat messages.
             * @enum {integer}
             */
            muteChat?: 0 | 1;
            /**
             * @description `1` student video muted.
             * @enum {integer}
             */
            muteVideo?: 0 | 1;
            /**
             * @description `1` student audio muted.
             * @enum {integer}
             */
            muteAudio?: 0 | 1;
        };
        MuteFlags: {
            /** @enum {integer} */
            muteChat: 0 | 1;
            /** @enum {integer} */
            muteVideo: 0 | 1;
            /** @enum {integer} */
            muteAudio: 0 | 1;
        };
        RaiseHandCommand: {
            /** @description Free-form data attached to the raise (shown in the event's `payload`). */
            payload?: {
                [key: string]: unknown;
            };
        };
        RewardsCommand: {
            rewardDetails: {
                userUuid: components["schemas"]["Identifier"];
                /** @description Rewards to add to the user's total. */
                changeReward: number;
            }[];
        };
        ActivityResult: {
            /** @description The events the command produced, in order (possibly none), as the Agora API's event list will show them. */
            events: components["schemas"]["Event"][];
        };
        UserActivityResult: {
            user: components["schemas"]["User"];
            /** @description The events the command produced, in order, as the Agora API's event list will show them. */
            events: components["schemas"]["Event"][];
        };
        /**
         * RoomUuid
         * @description Classroom ID, unique per App ID and used as the RTC/RTM channel name. Less than 64 bytes: at
         *     most 63 characters, all ASCII, from `a-z A-Z 0-9`, the space and
         *     ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``. In a URL path the value is
         *     percent-encoded; this schema applies to the decoded value.
         */
        RoomUuid: string;
        /**
         * Identifier
         * @description A user or widget ID under Agora's identifier rules (the same as `RoomUuid`): less than 64 bytes,
         *     i.e. at most 63 ASCII characters from `a-z A-Z 0-9`, the space and
         *     ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``. In a URL path the value is
         *     percent-encoded; this schema applies to the decoded value.
         */
        Identifier: string;
        /**
         * EventUserRole
         * @description A user's role. Agora's tables type it Integer (`1` teacher, `2` student, `3` teaching assistant;
         *     Agora's token library also names `0` invisible and `4` observer), while Agora's own examples send
         *     strings (`"1"`, `"0"`, `"host"`, `"audience"`, `"server"`). Both are accepted; the project's mock
         *     prints the integer (DECISIONS AG-30).
         */
        EventUserRole: (0 | 1 | 2 | 3 | 4) | string;
        /**
         * Timestamp
         * @description Unix timestamp in milliseconds (UTC).
         */
        Timestamp: number;
        /**
         * User
         * @description One user of a classroom, as the user query prints it. A user exists in a classroom from the first
         *     time they join it (DECISIONS AG-55); `state` says whether they are online now.
         */
        User: {
            /** @description User ID (also the user's RTM login ID). */
            userUuid: string;
            /** @description Display name of the user. */
            userName: string;
            role: components["schemas"]["EventUserRole"];
            /** @description ID of the user's stream, also the uid the user joins the RTC channel with. */
            streamUuid: string;
            /**
             * @description `1` online, `0` offline.
             * @enum {integer}
             */
            state: 0 | 1;
            /**
             * @description The user's custom properties (free-form), changed by the update and delete operations on
             *     the user's `/properties` (DECISIONS AG-56).
             */
            userProperties: {
                [key: string]: unknown;
            };
            /** @description When the user's record last changed (joined, left, properties), Unix timestamp in milliseconds (UTC). */
            updateTime: components["schemas"]["Timestamp"];
        };
        /**
         * EventRoomUuid
         * @description ID of the classroom the event happened in (a `RoomUuid`). Not constrained further here: Agora's
         *     own examples print placeholders such as `""` and `xxxxxx`.
         */
        EventRoomUuid: string;
        /**
         * EventSequence
         * @description Event ID: unique within the classroom and incremented automatically, so it gives the order of
         *     the classroom's events.
         */
        EventSequence: number;
        /**
         * EventVersion
         * @description Version of the service that produced the event.
         */
        EventVersion: number;
        /**
         * NullableTimestamp
         * @description Unix timestamp in milliseconds (UTC), or `null` while the moment has not happened yet.
         */
        NullableTimestamp: number | null;
        /**
         * ClassState
         * @description Class state: `0` not started, `1` started (in progress), `2` ended (the class time is over; during
         *     the run-late time `closeDelay` users may still enter, stay and use everything), `3` closed (the
         *     run-late time is over or the classroom was closed: everyone has been removed, nobody can join,
         *     and the class cannot be restarted).
         * @enum {integer}
         */
        ClassState: 0 | 1 | 2 | 3;
        /**
         * ClassStateEventData
         * @description `data` of a class state change event (`cmd` 1). Agora's own example carries only `startTime` and
         *     `state`; the project's mock always sends all four members, `null` for a moment that has not
         *     happened (DECISIONS AG-29).
         */
        ClassStateEventData: {
            /** @description When the class started, Unix timestamp in milliseconds (UTC); `null` before it has started. */
            startTime?: components["schemas"]["NullableTimestamp"];
            state: components["schemas"]["ClassState"];
            /** @description When the class ended, Unix timestamp in milliseconds (UTC); `null` before it has ended. */
            endTime?: components["schemas"]["NullableTimestamp"];
            /**
             * @description When the classroom closes (or closed), Unix timestamp in milliseconds (UTC): the end time plus
             *     `closeDelay` once the class has ended, the moment of closing once it is closed (state 3),
             *     `null` before the class has ended.
             */
            closeTime?: components["schemas"]["NullableTimestamp"];
        };
        /**
         * ClassStateEvent
         * @description Class state changed (`cmd` 1).
         */
        ClassStateEvent: {
            roomUuid: components["schemas"]["EventRoomUuid"];
            /**
             * @description Event type.
             * @constant
             */
            cmd: 1;
            sequence: components["schemas"]["EventSequence"];
            version: components["schemas"]["EventVersion"];
            data: components["schemas"]["ClassStateEventData"];
        };
        /**
         * UserSummary
         * @description A classroom user, as events name them.
         */
        UserSummary: {
            /** @description User ID (also the user's RTM login ID). */
            userUuid: string;
            /** @description Display name of the user. */
            userName: string;
            role: components["schemas"]["EventUserRole"];
        };
        /**
         * ChatMessageEventData
         * @description `data` of a classroom chat message event (`cmd` 3).
         */
        ChatMessageEventData: {
            /** @description The user who sent the message. */
            fromUser: components["schemas"]["UserSummary"];
            /** @description The message text. */
            message: string;
            /**
             * @description Message type: `1` text (the only type so far).
             * @enum {integer}
             */
            type: 1;
        };
        /**
         * ChatMessageEvent
         * @description A classroom chat message was sent (`cmd` 3).
         */
        ChatMessageEvent: {
            roomUuid: components["schemas"]["EventRoomUuid"];
            /**
             * @description Event type.
             * @constant
             */
            cmd: 3;
            sequence: components["schemas"]["EventSequence"];
            version: components["schemas"]["EventVersion"];
            data: components["schemas"]["ChatMessageEventData"];
        };
        /**
         * OnlineUser
         * @description A user who joined the classroom.
         */
        OnlineUser: {
            /** @description User ID (also the user's RTM login ID). */
            userUuid: string;
            /** @description Display name of the user. */
            userName: string;
            role: components["schemas"]["EventUserRole"];
            /** @description ID of the user's stream, also the uid used to join the RTC channel. */
            streamUuid: string;
            /**
             * @description How the user joined: `1` joined normally, `2` re-joined.
             * @enum {integer}
             */
            type: 1 | 2;
            /** @description When the user joined, Unix timestamp in milliseconds (UTC). */
            updateTime: components["schemas"]["Timestamp"];
            /** @description The user's custom properties (free-form key/value pairs, hence deliberately open). */
            userProperties?: {
                [key: string]: unknown;
            };
            /**
             * @description The same, under the name Agora's 2021 English events table gives it (its example says
             *     `userProperties`, which the project's mock sends).
             */
            changeProperties?: {
                [key: string]: unknown;
            };
        };
        /**
         * OfflineUser
         * @description A user who left the classroom.
         */
        OfflineUser: {
            /** @description User ID (also the user's RTM login ID). */
            userUuid: string;
            /** @description Display name of the user. */
            userName: string;
            role: components["schemas"]["EventUserRole"];
            /** @description ID of the user's stream, also the uid used to join the RTC channel. */
            streamUuid: string;
            /**
             * @description Why the user left: `1` left on the client (left normally, the app was closed, or the
             *     network dropped), `2` was kicked out.
             * @enum {integer}
             */
            type: 1 | 2;
            /** @description When the user left, Unix timestamp in milliseconds (UTC). */
            updateTime: components["schemas"]["Timestamp"];
            /** @description The user's custom properties (free-form key/value pairs, hence deliberately open). */
            userProperties?: {
                [key: string]: unknown;
            };
            /**
             * @description The same, under the name Agora's 2021 English events table gives it (its example says
             *     `userProperties`, which the project's mock sends).
             */
            changeProperties?: {
                [key: string]: unknown;
            };
        };
        /**
         * UsersEventData
         * @description `data` of a users-joined-or-left event (`cmd` 20). Every field is optional: Agora's own
         *     example event carries an empty `data: {}`.
         */
        UsersEventData: {
            /**
             * @description Number of users in the classroom after the event (Agora's current English table; its Chinese
             *     table and 2021 English table say the number of users who joined or left in the event). The
             *     project's mock sends the number online after the event (DECISIONS AG-30).
             */
            total?: number;
            /** @description Users who joined the classroom. */
            onlineUsers?: components["schemas"]["OnlineUser"][];
            /** @description Users who left the classroom. */
            offlineUsers?: components["schemas"]["OfflineUser"][];
        };
        /**
         * UsersEvent
         * @description Users joined or left the classroom (`cmd` 20).
         */
        UsersEvent: {
            roomUuid: components["schemas"]["EventRoomUuid"];
            /**
             * @description Event type.
             * @constant
             */
            cmd: 20;
            sequence: components["schemas"]["EventSequence"];
            version: components["schemas"]["EventVersion"];
            data: components["schemas"]["UsersEventData"];
        };
        /**
         * StreamingUrl
         * @description Where the recorded page is pushed live (only with `publishRtmp`): RTMP, FLV and HLS addresses, or
         *     `null` when the recording is not pushed to a CDN.
         */
        StreamingUrl: {
            /** @description RTMP address. */
            rtmp?: string;
            /** @description HTTP-FLV address. */
            flv?: string;
            /** @description HLS address. */
            hls?: string;
        } | null;
        /**
         * RecordingStateData
         * @description State of a classroom's cloud recording: the `data` of a recording state change event (`cmd`
         *     1001) and, optionally, of a successful set-recording-state call. Agora gives `recordId`, `sid` and
         *     `resourceId` only while recording (state 1); the project's mock sends every member on start and
         *     stop (DECISIONS AG-6, AG-29).
         */
        RecordingStateData: {
            /** @description Unique identifier of the recording session. */
            recordId?: string;
            /** @description The `sid` of the Agora Cloud Recording task. */
            sid?: string;
            /** @description The `resourceId` of the Agora Cloud Recording task. */
            resourceId?: string;
            /**
             * @description `1` recording; ended is `2` in Agora's English event table and `0` in its Chinese one and in
             *     its set-recording table, so both are accepted. The project's mock sends `2` (AG-6).
             * @enum {integer}
             */
            state: 0 | 1 | 2;
            /** @description When the recording session started, Unix timestamp in milliseconds (UTC). */
            startTime?: components["schemas"]["Timestamp"];
            streamingUrl?: components["schemas"]["StreamingUrl"];
            /**
             * @description Why the state changed (Agora's recording guide): `1` started normally, `2` stopped normally,
             *     `3` started after a retry, `4` timed out waiting for the page, retrying, `5` gave up after the
             *     last retry.
             * @enum {integer}
             */
            reason?: 1 | 2 | 3 | 4 | 5;
        };
        /**
         * RecordingStateEvent
         * @description The recording state changed (`cmd` 1001).
         */
        RecordingStateEvent: {
            roomUuid: components["schemas"]["EventRoomUuid"];
            /**
             * @description Event type.
             * @constant
             */
            cmd: 1001;
            sequence: components["schemas"]["EventSequence"];
            version: components["schemas"]["EventVersion"];
            data: components["schemas"]["RecordingStateData"];
        };
        /**
         * ResourcesEventData
         * @description `data` of a course resources event (`cmd` 1003).
         */
        ResourcesEventData: {
            /** @description The resources added, updated or deleted. */
            resources: {
                /** @description ID of the resource. */
                resourceUuid?: string;
                /** @description Name of the resource. */
                resourceName?: string;
                /** @description Size in bytes. */
                size?: number;
                /** @description Where the file is. */
                url?: string;
                /** @description ID of the file conversion task. */
                taskUuid?: string;
                /** @description Token of the file conversion task. */
                taskToken?: string;
                /** @description Progress of the file conversion. */
                taskProgress?: {
                    [key: string]: unknown;
                };
            }[];
            /** @description Who changed the resources. */
            operator: components["schemas"]["UserSummary"];
            /**
             * @description `1` added or updated, `2` deleted.
             * @enum {integer}
             */
            action: 1 | 2;
        };
        /**
         * ResourcesEvent
         * @description The classroom's course resources changed (`cmd` 1003).
         */
        ResourcesEvent: {
            roomUuid: components["schemas"]["EventRoomUuid"];
            /**
             * @description Event type.
             * @constant
             */
            cmd: 1003;
            sequence: components["schemas"]["EventSequence"];
            version: components["schemas"]["EventVersion"];
            data: components["schemas"]["ResourcesEventData"];
        };
        /**
         * RewardsEventData
         * @description `data` of a rewards event (`cmd` 1101).
         */
        RewardsEventData: {
            /** @description One entry per user whose rewards changed. */
            rewardDetails: {
                /** @description The user who was rewarded. */
                userUuid: string;
                /** @description Rewards given in this change. */
                changedReward: number;
                /**
                 * @description The user's rewards after this change (the name in every Agora example and the Chinese
                 *     table; the project's mock sends it, DECISIONS AG-62).
                 */
                totalReward?: number;
                /** @description The same, under the name Agora's English table gives it. */
                total?: number;
            }[];
            /** @description When the rewards changed, Unix timestamp in milliseconds (UTC). */
            updateTime: components["schemas"]["Timestamp"];
        };
        /**
         * RewardsEvent
         * @description Rewards changed (`cmd` 1101).
         */
        RewardsEvent: {
            roomUuid: components["schemas"]["EventRoomUuid"];
            /**
             * @description Event type.
             * @constant
             */
            cmd: 1101;
            sequence: components["schemas"]["EventSequence"];
            version: components["schemas"]["EventVersion"];
            data: components["schemas"]["RewardsEventData"];
        };
        /**
         * WidgetEventData
         * @description `data` of a widget event (`cmd` 1110), also the payload of the pop-up quiz and poll data lists.
         *     `changeProperties` holds what changed; its members depend on the widget (the quiz and poll lists
         *     show dotted keys such as `extra.correctItems`), so it is open.
         */
        WidgetEventData: {
            /**
             * @description `1` properties set, `2` properties (or the widget) deleted.
             * @enum {integer}
             */
            action: 1 | 2;
            /** @description ID of the widget. */
            widgetUuid: string;
            /** @description What changed (`position`, `size`, `extra`, `state`, or dotted keys such as `extra.pollId`). */
            changeProperties?: {
                [key: string]: unknown;
            };
            /**
             * @description Why it changed. Agora's English table types it String, though its members (`popQuizId`,
             *     `pollId`, `action`) show an object, as the Chinese table types it; both are accepted.
             */
            cause?: {
                [key: string]: unknown;
            } | string;
            /** @description The student who answered or voted (quiz and poll), or whose widget properties changed. */
            fromUser?: components["schemas"]["UserSummary"];
            /** @description Who made the change. */
            operator?: components["schemas"]["UserSummary"];
        };
        /**
         * WidgetEvent
         * @description A widget's properties changed (`cmd` 1110; Agora's Chinese reference). Agora's example puts
         *     `fromUser` and `operator` next to `data`; its table puts them inside `data`. Both are accepted.
         */
        WidgetEvent: {
            roomUuid: components["schemas"]["EventRoomUuid"];
            /**
             * @description Event type.
             * @constant
             */
            cmd: 1110;
            sequence: components["schemas"]["EventSequence"];
            version: components["schemas"]["EventVersion"];
            data: components["schemas"]["WidgetEventData"];
            /** @description The user whose widget properties changed (widget user properties only). */
            fromUser?: components["schemas"]["UserSummary"];
            /** @description Who made the change. */
            operator?: components["schemas"]["UserSummary"];
        };
        /**
         * UserRef
         * @description A user named by ID only.
         */
        UserRef: {
            /** @description User ID. */
            userUuid: string;
        };
        /**
         * StageEventData
         * @description `data` of a stage event (`cmd` 1501): who is on the stage now, who came on, who left.
         */
        StageEventData: {
            /** @description Every user on the stage after the change. */
            acceptedUsers: components["schemas"]["UserRef"][];
            /** @description Users taken on the stage by this change. */
            addAcceptedUsers: components["schemas"]["UserRef"][];
            /** @description Users taken off the stage by this change. */
            removeAcceptedUsers: components["schemas"]["UserRef"][];
        };
        /**
         * StageEvent
         * @description The users on the stage changed (`cmd` 1501).
         */
        StageEvent: {
            roomUuid: components["schemas"]["EventRoomUuid"];
            /**
             * @description Event type.
             * @constant
             */
            cmd: 1501;
            sequence: components["schemas"]["EventSequence"];
            version: components["schemas"]["EventVersion"];
            data: components["schemas"]["StageEventData"];
        };
        /**
         * HandUpUser
         * @description A user with a raised hand, and what the client attached to the raise.
         */
        HandUpUser: {
            /** @description User ID. */
            userUuid: string;
            /** @description Free-form data the client sent with the raise. */
            payload?: {
                [key: string]: unknown;
            };
        };
        /**
         * HandsUpEventData
         * @description `data` of a hand-raising event (`cmd` 1502): whose hand is up now, who raised, who lowered.
         */
        HandsUpEventData: {
            /** @description Every user with a raised hand after the change. */
            progressUsers: components["schemas"]["HandUpUser"][];
            /** @description Users who raised their hand in this change. */
            addProgressUsers: components["schemas"]["HandUpUser"][];
            /** @description Users whose hand went down in this change. */
            removeProgressUsers: components["schemas"]["HandUpUser"][];
        };
        /**
         * HandsUpEvent
         * @description The users raising their hand changed (`cmd` 1502).
         */
        HandsUpEvent: {
            roomUuid: components["schemas"]["EventRoomUuid"];
            /**
             * @description Event type.
             * @constant
             */
            cmd: 1502;
            sequence: components["schemas"]["EventSequence"];
            version: components["schemas"]["EventVersion"];
            data: components["schemas"]["HandsUpEventData"];
        };
        /**
         * OtherEvent
         * @description An event of a type this document does not detail (a type Agora adds later). Its `cmd` is any
         *     integer other than 1, 3, 20, 1001, 1003, 1101, 1110, 1501 and 1502; its `data` is deliberately
         *     open, because its shape depends on the event type.
         */
        OtherEvent: {
            roomUuid: components["schemas"]["EventRoomUuid"];
            /** @description Event type (any type other than the detailed ones 1, 3, 20, 1001, 1003, 1101, 1110, 1501 and 1502). */
            cmd: number;
            sequence: components["schemas"]["EventSequence"];
            version: components["schemas"]["EventVersion"];
            /** @description Event details; deliberately open because their shape depends on `cmd`. */
            data: {
                [key: string]: unknown;
            };
        };
        /**
         * Event
         * @description A classroom event `{roomUuid, cmd, sequence, version, data}`. The shape of `data` depends on the
         *     event type `cmd`: exactly one of the alternatives matches any event, because each detailed
         *     alternative fixes `cmd` to one value and the last one accepts every other `cmd` with free-form
         *     `data` (DECISIONS AG-28).
         */
        Event: components["schemas"]["ClassStateEvent"] | components["schemas"]["ChatMessageEvent"] | components["schemas"]["UsersEvent"] | components["schemas"]["RecordingStateEvent"] | components["schemas"]["ResourcesEvent"] | components["schemas"]["RewardsEvent"] | components["schemas"]["WidgetEvent"] | components["schemas"]["StageEvent"] | components["schemas"]["HandsUpEvent"] | components["schemas"]["OtherEvent"];
    };
    responses: {
        /** @description A query parameter breaks its rule. */
        InvalidQuery: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /** @description The body is not what the operation takes. */
        InvalidCommand: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /** @description The body is over 1 MiB. */
        TooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /** @description The body is not sent as `application/json`. */
        NotJson: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /** @description The classroom does not exist in the Agora mock's App, or has been destroyed. */
        RoomNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /** @description The classroom does not exist or has been destroyed (20404100), or the user never joined it (20404200). */
        RoomOrUserNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /**
         * @description The mock was started with `--state-file` and could not write the change to it, so the change
         *     was not applied (DECISIONS MK-5); send the request again. `Retry-After` says when.
         */
        NotSaved: {
            headers: {
                /** @description Seconds to wait before sending the request again. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /** @description The user is not online in the classroom. */
        NotOnline: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ControlError"];
            };
        };
    };
    parameters: {
        /**
         * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
         * @example math class 7B
         */
        RoomUuid: components["schemas"]["RoomUuid"];
        /**
         * @description ID of a user of the classroom (percent-encoded in the URL).
         * @example student_7
         */
        UserUuid: components["schemas"]["Identifier"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMockConsole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The console page. */
            200: {
                headers: {
                    /** @description `no-store`: a new mock never meets an old page. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getMockConsoleFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The file's name. */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /** @description `no-store`. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                    "text/css": string;
                };
            };
            /** @description No such file. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    listMocks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mocks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MockList"];
                };
            };
        };
    };
    listMockRequests: {
        parameters: {
            query?: {
                /** @description Only entries whose path contains this text (`/temporal`). */
                path?: string;
                /** @description Only this status (`422`) or class of statuses (`4xx`). */
                status?: string;
                /** @description Only entries with a greater id. */
                after?: number;
                /** @description At most this many entries (the newest of those that match). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching entries, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalPage"];
                };
            };
            400: components["responses"]["InvalidQuery"];
        };
    };
    clearMockRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The journal is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalCleared"];
                };
            };
        };
    };
    streamMockRequests: {
        parameters: {
            query?: {
                /** @description Start after this entry id. */
                after?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream. */
            200: {
                headers: {
                    /** @description `no-store`. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["InvalidQuery"];
        };
    };
    getMockState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateOverview"];
                };
            };
        };
    };
    getMockStateTable: {
        parameters: {
            query?: {
                /** @description Rows to skip. */
                offset?: number;
                /** @description Rows to return at most. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The table's name (`GET /__mock/state` lists them). */
                table: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateTablePage"];
                };
            };
            400: components["responses"]["InvalidQuery"];
            /** @description The mock's state has no table of that name. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    getMockFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current faults. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Faults"];
                };
            };
        };
    };
    setMockFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaultsCommand"];
            };
        };
        responses: {
            /** @description The faults after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Faults"];
                };
            };
            400: components["responses"]["InvalidCommand"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["NotJson"];
        };
    };
    listMockScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scenarios. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioList"];
                };
            };
        };
    };
    switchMockScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The scenario's name (`default`, or a file's name without `.json`). */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every mock runs the scenario now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioSwitched"];
                };
            };
            /** @description No scenario of that name. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The scenario file breaks the scenario or seed format; the running state is kept. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    resetMock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mock is back to its seed state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetResult"];
                };
            };
        };
    };
    getMockClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current mock time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
        };
    };
    setMockClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockCommand"];
            };
        };
        responses: {
            /** @description The clock after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            /** @description The body is not one of the two accepted commands. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is over 1 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is not sent as `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    joinRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinRoomCommand"];
            };
        };
        responses: {
            /** @description The user is online; the events the join produced. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserActivityResult"];
                };
            };
            400: components["responses"]["InvalidCommand"];
            404: components["responses"]["RoomNotFound"];
            /** @description The user cannot join now (classroom closed, user kicked out, role limit reached). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            413: components["responses"]["TooLarge"];
            415: components["responses"]["NotJson"];
            503: components["responses"]["NotSaved"];
        };
    };
    leaveRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description ID of a user of the classroom (percent-encoded in the URL).
                 * @example student_7
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is offline; the events the departure produced. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserActivityResult"];
                };
            };
            404: components["responses"]["RoomOrUserNotFound"];
            409: components["responses"]["NotOnline"];
            503: components["responses"]["NotSaved"];
        };
    };
    sendRoomMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageCommand"];
            };
        };
        responses: {
            /** @description The message was sent; the chat event it produced. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityResult"];
                };
            };
            400: components["responses"]["InvalidCommand"];
            /** @description Chat is muted for the whole classroom and the sender is a student. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            404: components["responses"]["RoomOrUserNotFound"];
            409: components["responses"]["NotOnline"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["NotJson"];
            503: components["responses"]["NotSaved"];
        };
    };
    setRoomMute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MuteCommand"];
            };
        };
        responses: {
            /** @description The classroom's mute flags after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MuteFlags"];
                };
            };
            400: components["responses"]["InvalidCommand"];
            404: components["responses"]["RoomNotFound"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["NotJson"];
            503: components["responses"]["NotSaved"];
        };
    };
    raiseHand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description ID of a user of the classroom (percent-encoded in the URL).
                 * @example student_7
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RaiseHandCommand"];
            };
        };
        responses: {
            /** @description The hand is raised; the event it produced (none when it already was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityResult"];
                };
            };
            400: components["responses"]["InvalidCommand"];
            404: components["responses"]["RoomOrUserNotFound"];
            409: components["responses"]["NotOnline"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["NotJson"];
            503: components["responses"]["NotSaved"];
        };
    };
    lowerHand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description ID of a user of the classroom (percent-encoded in the URL).
                 * @example student_7
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hand is down; the event it produced (none when it already was). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityResult"];
                };
            };
            404: components["responses"]["RoomOrUserNotFound"];
            503: components["responses"]["NotSaved"];
        };
    };
    acceptToStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description ID of a user of the classroom (percent-encoded in the URL).
                 * @example student_7
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is on the stage; the events it produced. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityResult"];
                };
            };
            404: components["responses"]["RoomOrUserNotFound"];
            /** @description The user is not online, or the stage is full (`processes.handsUp.maxAccept`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            503: components["responses"]["NotSaved"];
        };
    };
    removeFromStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description ID of a user of the classroom (percent-encoded in the URL).
                 * @example student_7
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is off the stage; the event it produced (none when they were not on it). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityResult"];
                };
            };
            404: components["responses"]["RoomOrUserNotFound"];
            503: components["responses"]["NotSaved"];
        };
    };
    giveRewards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a classroom of the Agora mock's App (percent-encoded in the URL).
                 * @example math class 7B
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RewardsCommand"];
            };
        };
        responses: {
            /** @description The rewards were given; the event it produced. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityResult"];
                };
            };
            400: components["responses"]["InvalidCommand"];
            404: components["responses"]["RoomOrUserNotFound"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["NotJson"];
            503: components["responses"]["NotSaved"];
        };
    };
}
