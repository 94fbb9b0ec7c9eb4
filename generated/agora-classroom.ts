/**
 * GENERATED FILE - DO NOT EDIT. Source: openapi/agora-classroom/openapi.yaml.
 * Rebuild with `npm run generate`; `npm test` fails when this copy is stale.
 */
export interface paths {
    "/edu/apps/{appId}/v2/rooms/{roomUuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        /**
         * Query a classroom
         * @description Returns the classroom `roomUuid` (Agora's current English reference): its name and creation time;
         *     its properties (`roomProperties`: the type, the schedule with the class state and its moments, the
         *     processes, the widgets, the custom properties `flexProps`, the breakout rooms `groups`, and more
         *     that Agora does not document); the current class state (`0` not started, `1` started, `2` ended,
         *     `3` closed; the same value appears as `state`, `roomProperties.state` and
         *     `roomProperties.schedule.state`); the classroom-wide mute flags; and the per-role settings given at
         *     creation (AG-32).
         *
         *     Custom properties set at creation (`flexProps`) or with `PUT .../properties` appear in
         *     `roomProperties.flexProps`; widgets set with the widget operations in `roomProperties.widgets`
         *     (AG-56, AG-59). A classroom that does not exist or has been destroyed answers 404 (`20404100`).
         */
        get: operations["getClassroom"];
        put?: never;
        /**
         * Create a classroom
         * @description Creates the classroom `roomUuid`. Only `roomName` and `roomType` are required (DECISIONS AG-31):
         *
         *     - `roomType`, fixed at creation: `0` one-to-one, `2` lecture hall, `4` small classroom, `6`
         *       proctoring, `10` cloud classroom (Agora's example gives it at least `roleConfig."2"` with
         *       `defaultStream` and `limit`). Send it as a number, as Agora's examples do, or as a string, as its
         *       table types it (AG-35).
         *     - `roomProperties.schedule` (optional): `startTime` (Unix ms, fixed at creation), `duration`
         *       (seconds, at most 86400), `closeDelay` (seconds, default 600).
         *     - `roomProperties.processes.handsUp`: `maxAccept` (most students on the stage at once) and
         *       `defaultAcceptRole` (`audience`: students are on the stage when they join).
         *     - `roomProperties.flexProps`: initial custom properties; `roomProperties.widgets.netlessBoard.state`
         *       and `.easemobIM.state`: whiteboard and chat on (`1`) or off (`0`); `roomProperties.examinationUrl`
         *       (proctoring); `roomProperties.hostingScene` (video lecture hall).
         *     - `roleConfig`: per role (`"2"` students, ...) the most users (`limit`) and their default stream.
         *
         *     Members this document does not list are accepted and ignored, as Agora's servers do.
         *
         *     The new classroom is in state `0` (not started); creating it produces no event. Its life then
         *     follows the clock:
         *
         *     - at `schedule.startTime` the class starts by itself: state `1`, class state event `cmd` 1
         *       (AG-37);
         *     - `duration` seconds after the start it ends by itself: state `2`, `cmd` 1 (AG-38);
         *     - `closeDelay` seconds after the end (default 600) the classroom closes: state `3`, `cmd` 1; every
         *       online user is removed (users event `cmd` 20, offline `type` 2) and nobody can join (AG-39,
         *       AG-40);
         *     - one hour after it closes the classroom is destroyed: every operation on it answers 404 with
         *       business code `20404100` (AG-41, AG-42);
         *     - a classroom nobody uses (never started, nobody ever joined) is kept five days after its
         *       creation, then destroyed (AG-44).
         *
         *     If a classroom with this `roomUuid` already exists, the call fails with HTTP 409 (business code
         *     `409`; `30409104` when the existing one has another `roomType`) and nothing changes; the caller may
         *     simply join it. The `roomUuid` of a destroyed classroom may be used again (AG-42).
         */
        post: operations["createClassroom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The class state to set:
                 *
                 *     - `0`: not started;
                 *     - `1`: started;
                 *     - `2`: ended (the class time is over; during the run-late time `closeDelay` users may still
                 *       enter, stay and use everything);
                 *     - `3`: closed (everyone is removed from the classroom and nobody can join).
                 * @example 1
                 */
                state: components["parameters"]["ClassStateTarget"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set the class state
         * @description Sets the state of the class in classroom `roomUuid`:
         *
         *     - `0`: not started;
         *     - `1`: started;
         *     - `2`: ended: the class time is over; during the run-late time (`closeDelay` seconds, default
         *       600) users may still enter, stay and use everything, then the classroom closes by itself;
         *     - `3`: closed: everyone is removed from the classroom (users event `cmd` 20, offline `type` 2)
         *       and nobody can join; the class cannot be restarted.
         *
         *     Example: `PUT /edu/apps/{yourAppId}/v2/rooms/test_class/states/1` starts the class of
         *     `test_class`.
         *
         *     The state only moves forward (`0` → `1` → `2` → `3`; a step may be skipped, e.g. `1` → `3`).
         *     Setting the current state again succeeds and changes nothing. Going back fails with HTTP 409:
         *     business code `30409100` when the class has been started (`1` → `0`), `30409101` when it has
         *     been ended or closed (`2` or `3` → an earlier state) (AG-4). Each actual change produces a class
         *     state event (`cmd` 1). Ending or closing a class stops a running recording (`cmd` 1001, AG-49).
         *
         *     The clock keeps driving the class after a change by hand: a class started by hand ends
         *     `duration` seconds after that start, and a class ended by hand closes `closeDelay` seconds later
         *     (AG-37..AG-39). A classroom that does not exist or has been destroyed answers 404 (`20404100`).
         */
        put: operations["setClassroomState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/properties": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update custom classroom properties
         * @description Adds or updates custom properties of classroom `roomUuid`; the change is synced to every client.
         *     Each key of `properties` is either:
         *
         *     - a top-level key: its whole value is replaced (`{"key1": {"subkey5": "E"}}` replaces all of
         *       `key1`), or
         *     - a dotted path: only that member is set and the rest of the key is kept
         *       (`{"key1.subkey5": "E"}` sets `subkey5` inside `key1`, creating `key1` when it is absent).
         *
         *     `cause` is free-form and only passed on to the clients. Agora documents no event for property
         *     changes, so none is produced (AG-56).
         *
         *     The custom properties appear in the classroom query as `roomProperties.flexProps` (the `flexProps`
         *     given at creation are the same properties). `roomProperties.examinationUrl` (proctoring) sets the
         *     classroom's exam paper URL, shown as `roomProperties.examinationUrl`.
         */
        put: operations["updateClassroomProperties"];
        post?: never;
        /**
         * Delete custom classroom properties
         * @description Deletes custom properties of classroom `roomUuid`; the change is synced to every client. Each
         *     entry of `properties` is a top-level key (the key and its whole value go) or a dotted path (only
         *     that member goes, e.g. `key1.subkey5`). Keys that do not exist are ignored. `cause` is free-form.
         *     No event is produced (AG-56).
         */
        delete: operations["deleteClassroomProperties"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/groups/states/{state}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description `1`: create breakout rooms (the body lists them); `0`: remove every breakout room (no body).
                 * @example 1
                 */
                state: components["parameters"]["GroupsStateTarget"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Create or remove breakout rooms
         * @description `state` `1` creates the breakout rooms the body lists, replacing any that exist; `state` `0`
         *     removes every breakout room (no body; one sent is ignored).
         *
         *     - Each group: `groupUuid` (assigned by the service when absent), `groupName` (optional), `users`
         *       (required: the users in it, by `userUuid`).
         *     - Creating (`1`) without a body or without `groups` answers 400.
         *     - The breakout rooms appear in the classroom query as `roomProperties.groups`:
         *       `{"state": 1, "details": {<groupUuid>: {"groupName", "users": [{"userUuid"}]}}}`, and
         *       `{"state": 0, "details": {}}` once removed. Agora documents no event for breakout rooms, so none
         *       is produced (AG-58).
         */
        put: operations["setBreakoutRooms"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/users/{userUuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The user ID: the user's unique identifier, also the RTM login ID. The same length and character
                 *     rules as `roomUuid` (at most 63 ASCII characters from `a-z A-Z 0-9`, the space and
                 *     ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``); percent-encode it in the URL.
                 * @example student_1
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        /**
         * Query a user
         * @description Returns the user `userUuid` of classroom `roomUuid`: ID, name, role (`1` teacher, `2` student, `3`
         *     teaching assistant), stream ID (`streamUuid`, the RTC uid), `state` (`1` online, `0` offline),
         *     custom properties (`userProperties`) and `updateTime`.
         *
         *     A user exists in a classroom from the first time they join it (through Agora's client SDKs; in the
         *     project's mock, through its control API) and stays, offline, after leaving or being kicked (AG-55).
         *     A user who never joined answers 404 with `20404200`; an unknown or destroyed classroom 404 with
         *     `20404100`.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/users/{userUuid}/properties": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The user ID: the user's unique identifier, also the RTM login ID. The same length and character
                 *     rules as `roomUuid` (at most 63 ASCII characters from `a-z A-Z 0-9`, the space and
                 *     ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``); percent-encode it in the URL.
                 * @example student_1
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update custom user properties
         * @description Adds or updates custom properties of the user `userUuid` in classroom `roomUuid`; the change is
         *     synced to every client. Each key of `properties` is either:
         *
         *     - a top-level key: its whole value is replaced (`{"key1": {"subkey5": "E"}}` replaces all of
         *       `key1`), or
         *     - a dotted path: only that member is set and the rest of the key is kept
         *       (`{"key1.subkey5": "E"}` sets `subkey5` inside `key1`, creating `key1` when it is absent).
         *
         *     `cause` is free-form and only passed on to the clients. Agora documents no event for property
         *     changes, so none is produced (AG-56).
         *
         *     The properties appear in the user query and in users events as `userProperties`.
         */
        put: operations["updateUserProperties"];
        post?: never;
        /**
         * Delete custom user properties
         * @description Deletes custom properties of the user `userUuid` in classroom `roomUuid`; the change is synced to
         *     every client. Each entry of `properties` is a top-level key or a dotted path (only that member
         *     goes). Keys that do not exist are ignored. No event is produced (AG-56).
         */
        delete: operations["deleteUserProperties"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/users/{userUuid}/exit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The user ID: the user's unique identifier, also the RTM login ID. The same length and character
                 *     rules as `roomUuid` (at most 63 ASCII characters from `a-z A-Z 0-9`, the space and
                 *     ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``); percent-encode it in the URL.
                 * @example student_1
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kick a user out
         * @description Kicks the user `userUuid` out of classroom `roomUuid`. The body is optional:
         *
         *     - `dirty.state` `1` (or `true`): the user may not join again for `dirty.duration` seconds from
         *       now, or for good without `duration`;
         *     - `dirty.state` `0` (or `false`), or no `dirty`: the user may join again at once.
         *
         *     An online user goes offline: users event `cmd` 20 with the user in `offlineUsers`, `type` `2`
         *     (kicked); a raised hand is lowered (`cmd` 1502), the user leaves the stage (`cmd` 1501) and
         *     widgets the user owns (`ownerUserUuid`) are deleted (`cmd` 1110).
         *     Kicking a user who is already offline sets only the ban (AG-57). A user who never joined answers
         *     404 with `20404200`.
         */
        post: operations["kickUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/records/states/{state}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description On `PUT`: the recording state to set, `0` stop recording, `1` start recording. On `PATCH` (update
                 *     the configuration of the running recording) Agora's Chinese reference writes `/records/states/1`;
                 *     the value is not used there (DECISIONS AG-52).
                 * @example 1
                 */
                state: components["parameters"]["RecordingStateTarget"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set the recording state
         * @description Starts (`1`) or stops (`0`) the cloud recording of classroom `roomUuid`. A recording session runs
         *     from the call that starts recording to the call that stops it; each session appears in the
         *     recording list.
         *
         *     Example: `PUT /edu/apps/{yourAppId}/v2/rooms/test_class/records/states/1` starts recording
         *     `test_class`.
         *
         *     Without a body, starting records the teacher's audio and video (composite recording, `type` 2,
         *     M3U8 + TS). With `mode` `web` the service records the web page `webRecordConfig` describes
         *     (`rootUrl` required; `url`, `publishRtmp`, `onhold`, `videoBitrate`, `videoFps`, `audioProfile`,
         *     `videoWidth`, `videoHeight`, `maxRecordingHour` optional) as MP4 files of about 2 hours or 2 GB
         *     each (`type` 3 in the list, the files in `recordDetails`). With `onhold` `true` the task starts
         *     paused. `retryTimeout` is how long to wait for the page's ready call
         *     (`PUT .../records/ready`) before retrying; after two retries without it the recording stops and
         *     is marked `unready`. A web page recording stops by itself after `maxRecordingHour` (default: the
         *     class `duration` plus `closeDelay` rounded up to hours, or 2 hours without a duration) (AG-51). A
         *     stop request's body is ignored.
         *
         *     - Stopping when no recording is running fails with HTTP 409, business code `30409410`.
         *     - Starting while a recording is running fails with HTTP 409, business code `30409411`.
         *     - Starting after the class has ended (state `2` or `3`) fails with HTTP 410, business code
         *       `30410100` (checked before the 409).
         *     - An empty `webRecordConfig.rootUrl` fails with HTTP 400, business code `30400412`.
         *
         *     Each successful start or stop produces a recording state event (`cmd` 1001). The success body
         *     may carry the recording state in `data` (`recordId`, `sid`, `resourceId`, `state`, `startTime`,
         *     `streamingUrl`) or, as in Agora's current example, only `streamingUrl` next to `code`; the seed's
         *     example has neither, so clients must not rely on them (AG-7).
         */
        put: operations["setRecordingState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the recording configuration
         * @description Updates the configuration of the running recording of classroom `roomUuid`:
         *     `webRecordConfig.onhold` `true` pauses it (no more files are written), `false` resumes it. Each
         *     call replaces the previous configuration; Agora advises calling it at least one minute after the
         *     start. Agora's Chinese reference writes the path `/records/states/1`; the `state` value is not
         *     used. (Agora's 2022 English reference used PUT, which is the start/stop operation in this
         *     document.) Agora documents no event for pausing, so none is produced (AG-52).
         *
         *     - No recording running: HTTP 409, business code `30409410`.
         */
        patch: operations["updateRecordingConfig"];
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/records/ready": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Report that the recorded page is ready
         * @description Called by the recorded web page once it has loaded (Agora's recording guide: when the client
         *     SDK's `launch` listener reports event `1`). It marks the classroom's running web page recording as
         *     ready; when the call does not come within the recording's `retryTimeout`, the service retries
         *     the recording, at most twice, and then gives up and marks it `unready` (AG-51). No body.
         *
         *     Agora's guide writes this path without the region prefix and its client sends it with one; both
         *     are served.
         *
         *     - No recording running: HTTP 409, business code `30409410`.
         *     - A second call, or a call for a recording that waits for nothing, succeeds and changes nothing.
         */
        put: operations["setRecordingReady"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/records": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        /**
         * List a classroom's recordings
         * @description Returns the recording sessions of classroom `roomUuid` in batches of up to 100, oldest first.
         *
         *     Fetch the data in batches with `nextId`: for the first call omit `nextId`, leave it empty or
         *     set it to `null`; then pass the `nextId` of the previous response. When the response's
         *     `nextId` is `null` (or absent) there is no further batch; while it is not `null`, keep
         *     querying with it.
         *
         *     Example: `GET /edu/apps/{yourAppId}/v2/rooms/test_class/records?nextId=xxx`.
         *
         *     Each item gives the Agora Cloud Recording `resourceId`, `sid` and `recordUid`, the whiteboard
         *     (`boardAppId`, `boardId`, `boardToken`), the type (`1` individual, `2` composite, `3` web page),
         *     the status (`1` recording, `2` ended), the start and end times in ms (`endTime` is `null` or
         *     absent while recording) and the path of the `.m3u8` playlist in `url`. A web page recording lists
         *     its MP4 files in `recordDetails` (one per file written so far), the recorded page's query string
         *     in `webRecordUrlQuery`, and `unready: true` when it failed because the page never reported ready
         *     (AG-25, AG-51). A classroom that does not exist or has been destroyed answers 404 (`20404100`).
         */
        get: operations["listRecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/sequences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        /**
         * List a classroom's events
         * @description Returns the events of classroom `roomUuid` in `sequence` order, in batches of up to 100,
         *     optionally only those of one type (`cmd`).
         *
         *     Unlike the polling operation, this list can be read again and again: reading it does not consume
         *     events. Once the classroom is destroyed (one hour after it closes, AG-41) it answers 404
         *     (`20404100`) like every other operation on the classroom.
         *
         *     Fetch the data in batches with `nextId`: for the first call omit it, leave it empty or set it
         *     to `null`; then pass the `nextId` of the previous response, until it is `null`.
         *
         *     Examples: `GET .../rooms/test_class/sequences?cmd=20`, `...?null&cmd=1`, `...?nextId=50&cmd=1`.
         *
         *     Each event is `{roomUuid, cmd, sequence, version, data}`; `data` depends on `cmd`: `1` class
         *     state changed, `3` chat message, `20` users joined or left, `1001` recording state changed,
         *     `1003` course resources changed, `1101` rewards changed, `1110` widget properties changed, `1501`
         *     users on the stage changed, `1502` raised hands changed; other types carry free-form `data`
         *     (AG-28).
         */
        get: operations["listClassroomEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/polling/apps/{appId}/v2/rooms/sequences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        /**
         * Poll classroom events
         * @description Returns the new events of all the classrooms of the App ID, at most 100 per call, in the order
         *     they happened. Call it at regular intervals to listen for the events that occur in the classrooms.
         *
         *     - Each event can only be obtained once: an event returned by this call is never returned by
         *       it again (use the per-classroom event list to read events again).
         *     - You cannot get events any longer one hour after a classroom is destroyed. A classroom is
         *       destroyed one hour after it closes (AG-41), so the events of a classroom that nobody has polled
         *       are dropped two hours after it closes (AG-43).
         *
         *     Example: `GET /edu/polling/apps/{yourAppId}/v2/rooms/sequences`.
         *
         *     `data` is an array of events (empty when nothing happened since the last call). Each event
         *     is `{roomUuid, cmd, sequence, version, data}`: `roomUuid` the classroom, `cmd` the event
         *     type, `sequence` the event ID (unique within the classroom and automatically incremented,
         *     giving the order of events), `version` the service version, `data` the details, which depend
         *     on `cmd`: `1` class state changed, `3` chat message, `20` users joined or left, `1001`
         *     recording state changed, `1003` course resources changed, `1101` rewards changed, `1110` widget
         *     properties changed, `1501` users on the stage changed, `1502` raised hands changed; other types
         *     carry free-form `data` (AG-28).
         */
        get: operations["pollEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/widgets/popupQuiz/sequences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        /**
         * Get pop-up quiz data
         * @description Returns the pop-up quiz data of classroom `roomUuid`: the events (`cmd` 1110) of its `popupQuiz`
         *     widget, oldest first, `count` per batch (default 100) (AG-59). Each item's `data` holds:
         *
         *     - `action`, `widgetUuid`, `cause` (`action` `1` teacher starts, `2` teacher ends, `3` student
         *       submits, `4` summary), `operator` (the teacher or `server`) or `fromUser` (the student);
         *     - `changeProperties`: when a quiz starts, `extra.correctItems`, `extra.items`,
         *       `extra.popupQuizId`, `extra.answerState` (`1` in progress, `0` ended),
         *       `extra.receiveQuestionTime`, `extra.averageAccuracy`, `extra.correctCount`, `extra.totalCount`
         *       and `state`; when a student answers, the student's `selectedItems`, `isCorrect`, `popupQuizId`
         *       and `lastCommitTime`; summaries and the end update the counts.
         *
         *     Fetch the data in batches with `nextId`: for the first call omit it, leave it empty or set it
         *     to `null`; then pass the `nextId` of the previous response, until it is `null`.
         *
         *     Agora's English prototype omits the region prefix; both forms are served.
         */
        get: operations["listPopupQuizData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/widgets/poll/sequences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        /**
         * Get poll data
         * @description Returns the poll data of classroom `roomUuid`: the events (`cmd` 1110) of its `poll` widget,
         *     oldest first, `count` per batch (default 100) (AG-59). Each item's `data` holds `action`,
         *     `widgetUuid`, `cause` (as for quizzes), `operator` or `fromUser`, and `changeProperties`: when a
         *     poll starts, `extra.mode` (`1` single, `2` multiple choice), `extra.pollState` (Agora's table says
         *     `pollingState`; `1` in progress, `0` ended), `extra.pollItems`, `extra.pollDetails` (per option
         *     index `{num, percentage}`), `extra.pollId` and `state`; when a student votes, `extra.selectIndex`;
         *     summaries and the end update `extra.pollDetails`.
         *
         *     Fetch the data in batches with `nextId`: for the first call omit it, leave it empty or set it
         *     to `null`; then pass the `nextId` of the previous response, until it is `null`.
         *
         *     Some revisions of Agora's Chinese reference spell the path `widgets/polls/sequences`; this
         *     document serves the current spelling only (AG-59).
         */
        get: operations["listPollData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/widgets/{widgetUuid}/sequences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The widget ID, e.g. `popupQuiz`, `poll`, `countdownTimer` or a custom widget's ID. The same length
                 *     and character rules as `roomUuid`; percent-encode it in the URL.
                 * @example countdownTimer
                 */
                widgetUuid: components["parameters"]["WidgetUuid"];
            };
            cookie?: never;
        };
        /**
         * Get widget events (CN only)
         * @description **Agora's Chinese reference only.** Returns the events (`cmd` 1110) of the widget `widgetUuid` in
         *     classroom `roomUuid`, oldest first, up to 100 per batch; they can be read again and again. Each
         *     event's `data` holds `action` (`1` set, `2` deleted), `widgetUuid` and `changeProperties`
         *     (`position`, `size`, `extra`, `state`); `fromUser` (widget user properties only) and `operator` are
         *     printed next to `data` in Agora's example (AG-59).
         *
         *     Fetch the data in batches with `nextId`: for the first call omit it, leave it empty or set it
         *     to `null`; then pass the `nextId` of the previous response, until it is `null`.
         */
        get: operations["listWidgetEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/widgets/{widgetUuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The widget ID, e.g. `popupQuiz`, `poll`, `countdownTimer` or a custom widget's ID. The same length
                 *     and character rules as `roomUuid`; percent-encode it in the URL.
                 * @example countdownTimer
                 */
                widgetUuid: components["parameters"]["WidgetUuid"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set widget properties (CN only)
         * @description **Agora's Chinese reference only.** Sets the properties of the widget `widgetUuid` in classroom
         *     `roomUuid`, creating the widget when it does not exist; the change is synced to every client.
         *     `extra` (or `properties`, the form of Agora's current example) adds or updates the widget's own
         *     properties with the in-place rule of the properties operations (whole keys or dotted paths,
         *     AG-56); `state` turns it on (`1`) or off (`0`); `ownerUserUuid` names a user whose going offline
         *     deletes the widget. The widget appears in the classroom query as `roomProperties.widgets.<widgetUuid>`,
         *     and a widget event (`cmd` 1110, `action` 1, the change in `changeProperties`) is produced (AG-59).
         */
        put: operations["setWidgetProperties"];
        post?: never;
        /**
         * Delete a widget (CN only)
         * @description **Agora's Chinese reference only.** Deletes the widget `widgetUuid` of classroom `roomUuid` with
         *     all its properties; the change is synced to every client and a widget event (`cmd` 1110, `action`
         *     2) is produced. Deleting a widget that does not exist succeeds and produces nothing (AG-59).
         */
        delete: operations["deleteWidget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/widgets/{widgetUuid}/extra": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The widget ID, e.g. `popupQuiz`, `poll`, `countdownTimer` or a custom widget's ID. The same length
                 *     and character rules as `roomUuid`; percent-encode it in the URL.
                 * @example countdownTimer
                 */
                widgetUuid: components["parameters"]["WidgetUuid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete widget properties (CN only)
         * @description **Agora's Chinese reference only.** Deletes properties from the `extra` of the widget
         *     `widgetUuid` in classroom `roomUuid`: each entry of `properties` is a key or a dotted path
         *     (AG-56). Keys that do not exist are ignored. A widget event (`cmd` 1110, `action` 2, the deleted
         *     keys in `changeProperties`) is produced when something was deleted (AG-59).
         */
        delete: operations["deleteWidgetProperties"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edu/apps/{appId}/v2/rooms/{roomUuid}/widgets/{widgetUuid}/users/{userUuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The widget ID, e.g. `popupQuiz`, `poll`, `countdownTimer` or a custom widget's ID. The same length
                 *     and character rules as `roomUuid`; percent-encode it in the URL.
                 * @example countdownTimer
                 */
                widgetUuid: components["parameters"]["WidgetUuid"];
                /**
                 * @description The user ID: the user's unique identifier, also the RTM login ID. The same length and character
                 *     rules as `roomUuid` (at most 63 ASCII characters from `a-z A-Z 0-9`, the space and
                 *     ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``); percent-encode it in the URL.
                 * @example student_1
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set widget user properties (CN only)
         * @description **Agora's Chinese reference only.** Adds or updates the properties that the user `userUuid` has in
         *     the widget `widgetUuid` of classroom `roomUuid` (whole keys or dotted paths, AG-56); the change is
         *     synced to every client. They appear in the user query as `userProperties.widgets.<widgetUuid>`,
         *     and a widget event (`cmd` 1110, `action` 1, with `fromUser`) is produced (AG-59).
         */
        put: operations["setWidgetUserProperties"];
        post?: never;
        /**
         * Delete widget user properties (CN only)
         * @description **Agora's Chinese reference only.** Deletes properties that the user `userUuid` has in the widget
         *     `widgetUuid` of classroom `roomUuid`: each entry of `properties` is a key or a dotted path (AG-56).
         *     Keys that do not exist are ignored. A widget event (`cmd` 1110, `action` 2, with `fromUser`) is
         *     produced when something was deleted (AG-59).
         */
        delete: operations["deleteWidgetUserProperties"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Error
         * @description The envelope every error answer of the API uses (DECISIONS AG-14), also the answers given outside
         *     every operation, which no operation can declare: an unknown path (404), a wrong method (405, with
         *     an `Allow` header), a request not received in time (408), headers over the server's limit (431)
         *     and bytes that are not an HTTP request (400). There `code` is the HTTP status. The operations'
         *     own error schemas (`UnauthorizedError`, `RoomNotFoundError`, ...) narrow `code` to what each
         *     answer can carry.
         */
        Error: {
            /** @description Business code, or the HTTP status where Agora documents none. */
            code: number;
            msg: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts?: components["schemas"]["Timestamp"];
        };
        /**
         * AppId
         * @description A well-formed Agora App ID: 32 hexadecimal characters. The `appId` path parameter describes the
         *     format with this schema but also admits any other string, which is answered 401 like an unknown
         *     App ID (DECISIONS AG-10); the mock also checks its configured App ID and the seed's against it.
         */
        AppId: string;
        /**
         * RoomUuid
         * @description Classroom ID, unique per App ID and used as the RTC/RTM channel name. Less than 64 bytes: at
         *     most 63 characters, all ASCII, from `a-z A-Z 0-9`, the space and
         *     ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``. In a URL path the value is
         *     percent-encoded; this schema applies to the decoded value.
         */
        RoomUuid: string;
        /**
         * SuccessCode
         * @description Business status code; `0` means the request succeeded.
         * @constant
         */
        SuccessCode: 0;
        /**
         * Message
         * @description Human-readable detail about the result, e.g. `Success` or `Room not exists!`.
         */
        Message: string;
        /**
         * Timestamp
         * @description Unix timestamp in milliseconds (UTC).
         */
        Timestamp: number;
        /**
         * RoomType
         * @description Classroom type, fixed at creation: `0` one-to-one classroom, `2` lecture hall, `4` small
         *     classroom, `6` proctoring (from Agora's proctoring guide), `10` cloud classroom.
         * @enum {integer}
         */
        RoomType: 0 | 2 | 4 | 6 | 10;
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
         * NullableTimestamp
         * @description Unix timestamp in milliseconds (UTC), or `null` while the moment has not happened yet.
         */
        NullableTimestamp: number | null;
        /**
         * ClassroomSchedule
         * @description The class schedule and state as the classroom query prints them. Agora's table lists `state`,
         *     `startTime`, `endTime` and `closeTime` here and its example `duration` and `closeDelay`; all are
         *     accepted. The project's mock prints all six, `null` for a moment that has not come and for a
         *     schedule value that was not given (DECISIONS AG-32).
         */
        ClassroomSchedule: {
            state?: components["schemas"]["ClassState"];
            /**
             * @description When the class starts or started, Unix timestamp in milliseconds (UTC): the planned start
             *     until the class starts, then the actual start.
             */
            startTime?: components["schemas"]["NullableTimestamp"];
            /** @description Class length in seconds, as given at creation. */
            duration?: number | null;
            /** @description Run-late time in seconds (600 when not given at creation). */
            closeDelay?: number;
            /** @description When the class ends or ended (start + duration), or `null` while unknown. */
            endTime?: components["schemas"]["NullableTimestamp"];
            /** @description When the classroom closes or closed (end + closeDelay, or the moment it was closed), or `null` while unknown. */
            closeTime?: components["schemas"]["NullableTimestamp"];
        } & {
            [key: string]: unknown;
        };
        /**
         * WidgetState
         * @description `0` off (inactive), `1` on (active).
         * @enum {integer}
         */
        WidgetState: 0 | 1;
        /**
         * WidgetProperties
         * @description One widget's properties in the classroom: `state` (on/off), `extra` (the widget's own
         *     properties), and for widgets set through the widget operations `ownerUserUuid`, `position` and
         *     `size`. Open, since widgets define their own members.
         */
        WidgetProperties: {
            state?: components["schemas"]["WidgetState"];
            /** @description The widget's own properties. */
            extra?: {
                [key: string]: unknown;
            };
            /** @description The user whose going offline deletes the widget (widget operations only). */
            ownerUserUuid?: string;
            /** @description Where the widget sits on screen. */
            position?: {
                [key: string]: unknown;
            };
            /** @description The widget's size on screen. */
            size?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * ClassroomProperties
         * @description The classroom's properties as the classroom query prints them: what the create call set, the
         *     schedule with the class state and its moments, the widgets, the custom properties (`flexProps`) and
         *     the breakout rooms (`groups`). Open for the members Agora's example shows without documenting them
         *     (`reward`, `im`, `screen`, `carousel`, `webhookConfig`, `record`, `board`, ...).
         */
        ClassroomProperties: {
            roomType: components["schemas"]["RoomType"];
            schedule: components["schemas"]["ClassroomSchedule"];
            state: components["schemas"]["ClassState"];
            /**
             * @description Classroom processes (`handsUp`, and in Agora's example also `openCamera`, `remoteControl`,
             *     `waveArm`).
             */
            processes?: {
                /** @description Hand raising and the stage, as set at creation. */
                handsUp?: {
                    /** @description Most students on the stage at once. */
                    maxAccept?: number;
                    /** @description `audience` when students are on the stage by default, else `""`. */
                    defaultAcceptRole?: string;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
            /**
             * @description Custom classroom properties: the `flexProps` given at creation, changed by the update and
             *     delete operations on `/properties` (DECISIONS AG-56).
             */
            flexProps?: {
                [key: string]: unknown;
            };
            /** @description The classroom's widgets by widget ID. */
            widgets?: {
                /**
                 * @description The whiteboard widget; its `extra` holds `boardAppId`, `boardId`, `boardToken` and
                 *     `boardRegion`.
                 */
                netlessBoard?: components["schemas"]["WidgetProperties"];
                /** @description The chat (IM) widget; its `extra` holds `orgName`, `appName`, `chatRoomId` and `appKey`. */
                easemobIM?: components["schemas"]["WidgetProperties"];
            } & {
                [key: string]: components["schemas"]["WidgetProperties"];
            };
            /** @description Exam paper URL of a proctoring classroom. */
            examinationUrl?: string;
            /** @description Video of a vocational lecture hall, as set at creation. */
            hostingScene?: {
                [key: string]: unknown;
            };
            /**
             * @description The breakout rooms (DECISIONS AG-58): `state` `1` while they exist, and `details`, by group
             *     ID, each `{groupName, users: [{userUuid}]}`.
             */
            groups?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * MuteState
         * @description `1` muted for the whole classroom, `0` not muted.
         * @enum {integer}
         */
        MuteState: 0 | 1;
        /**
         * MuteSetting
         * @description A classroom-wide mute flag: `1` muted, `0` not muted (the form the project's mock prints). Agora's
         *     own example of the classroom query prints an object here (`{}`), whose members it does not
         *     document, so an object is accepted too (DECISIONS AG-32).
         */
        MuteSetting: components["schemas"]["MuteState"] | {
            [key: string]: unknown;
        };
        /**
         * RoleSettings
         * @description Settings for one user role; every member is optional.
         */
        RoleSettings: {
            /**
             * @description Most users with this role in the classroom at once (e.g. `roleConfig."2".limit` = the most
             *     students). A user who would exceed it cannot join (DECISIONS AG-61).
             */
            limit?: number;
            /** @description The default stream of a user with this role (Agora documents it for students). */
            defaultStream?: {
                /** @description `1` the user publishes a stream by default, `0` not. */
                state?: components["schemas"]["WidgetState"];
                /** @description `1` video on by default, `0` off. */
                videoState?: components["schemas"]["WidgetState"];
                /** @description `1` audio on by default, `0` off. */
                audioState?: components["schemas"]["WidgetState"];
            };
        };
        /**
         * RoleConfig
         * @description Per-role settings, keyed by the role number as a string: `"1"` teacher, `"2"` student, `"3"`
         *     teaching assistant, `"4"` observer (`"0"` invisible). Agora's examples configure students (`"2"`).
         */
        RoleConfig: {
            0?: components["schemas"]["RoleSettings"];
            1?: components["schemas"]["RoleSettings"];
            2?: components["schemas"]["RoleSettings"];
            3?: components["schemas"]["RoleSettings"];
            4?: components["schemas"]["RoleSettings"];
        };
        /**
         * Classroom
         * @description Information about one classroom. Agora's answer carries more members than its table documents
         *     (its own example shows `scenario`, `roomTemplate`, `checkState`, ...): every member Agora documents
         *     or shows is listed here, and the object stays open for the rest (DECISIONS AG-32).
         */
        Classroom: {
            roomUuid: components["schemas"]["RoomUuid"];
            /** @description Display name of the classroom. */
            roomName: string;
            /** @description When the classroom was created, Unix timestamp in milliseconds (UTC). */
            createTime: components["schemas"]["Timestamp"];
            roomProperties: components["schemas"]["ClassroomProperties"];
            /** @description The current class state; the same value as `roomProperties.state` and `roomProperties.schedule.state`. */
            state: components["schemas"]["ClassState"];
            /** @description Service scenario, e.g. `education` (in Agora's example; not in its table). */
            scenario?: string;
            /** @description Classroom template, e.g. `edu_medium_v1` (in Agora's example; not in its table). */
            roomTemplate?: string;
            /** @description Shown in Agora's example (`false`); its meaning is not documented. */
            checkState?: boolean;
            /** @description Whether chat is muted for the whole classroom (students cannot send messages). */
            muteChat?: components["schemas"]["MuteSetting"];
            /** @description Whether student video is muted for the whole classroom. */
            muteVideo?: components["schemas"]["MuteSetting"];
            /** @description Whether student audio is muted for the whole classroom. */
            muteAudio?: components["schemas"]["MuteSetting"];
            /** @description Per-role settings given at creation (`{}` when none were given). */
            roleConfig?: components["schemas"]["RoleConfig"];
        } & {
            [key: string]: unknown;
        };
        /**
         * ClassroomResponse
         * @description Success envelope carrying one classroom.
         */
        ClassroomResponse: {
            code: components["schemas"]["SuccessCode"];
            msg?: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts: components["schemas"]["Timestamp"];
            data: components["schemas"]["Classroom"];
        };
        /**
         * BadRequestError
         * @description Error body of HTTP 400: a request parameter or the request body is incorrect (including malformed JSON).
         */
        BadRequestError: {
            /**
             * @description Business code `400`: bad request parameter or body.
             * @enum {integer}
             */
            code: 400;
            msg: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts?: components["schemas"]["Timestamp"];
        };
        /**
         * UnauthorizedError
         * @description Error body of HTTP 401: invalid App ID, or missing or wrong credentials (`Authorization: agora token=...`, or `x-agora-token` / `x-agora-uid`).
         */
        UnauthorizedError: {
            /**
             * @description Business code `401` (Agora documents none for HTTP 401; this document uses the HTTP status).
             * @enum {integer}
             */
            code: 401;
            msg: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts?: components["schemas"]["Timestamp"];
        };
        /**
         * RoomNotFoundError
         * @description Error body of HTTP 404 on classroom operations: the classroom does not exist.
         */
        RoomNotFoundError: {
            /**
             * @description Business code `20404100`: the classroom does not exist.
             * @enum {integer}
             */
            code: 20404100;
            msg: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts?: components["schemas"]["Timestamp"];
        };
        /**
         * InternalServerError
         * @description Error body of HTTP 500: internal server error.
         */
        InternalServerError: {
            /**
             * @description Business code `500`: internal server error.
             * @enum {integer}
             */
            code: 500;
            msg: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts?: components["schemas"]["Timestamp"];
        };
        /**
         * ServiceUnavailableError
         * @description Error body of HTTP 503: the gateway did not get a timely answer from the upstream service.
         */
        ServiceUnavailableError: {
            /**
             * @description Business code `503` (Agora documents none for HTTP 503; this document uses the HTTP status).
             * @enum {integer}
             */
            code: 503;
            msg: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts?: components["schemas"]["Timestamp"];
        };
        /**
         * RoomTypeInput
         * @description Classroom type, fixed at creation: `0` one-to-one classroom, `2` lecture hall, `4` small
         *     classroom, `6` proctoring (Agora's proctoring guide), `10` cloud classroom. Agora's table types it
         *     String while every one of Agora's examples sends a number, so both are accepted: the integer (as
         *     the examples send it) or the same value as a string (as the table types it). Answers always print
         *     the integer (DECISIONS AG-35).
         */
        RoomTypeInput: components["schemas"]["RoomType"] | ("0" | "2" | "4" | "6" | "10");
        /**
         * Schedule
         * @description The class schedule given at creation. Every member is optional (DECISIONS AG-31, AG-37..AG-39):
         *     without `startTime` the class starts only when it is started (API or teacher); without `duration`
         *     it does not end by itself; `closeDelay` defaults to 600 seconds (10 minutes).
         */
        Schedule: {
            /**
             * @description Planned start of the class, Unix timestamp in milliseconds (UTC). Cannot be changed later. At
             *     this moment the class starts by itself (state `1`).
             */
            startTime?: components["schemas"]["Timestamp"];
            /**
             * @description Class length in seconds, at most 86400 (24 hours). When it has passed since the start, the
             *     class ends by itself (state `2`).
             */
            duration?: number;
            /**
             * @description Run-late time in seconds between the end of the class (state `2`) and the closing of the
             *     classroom (state `3`); default 600 (10 minutes). During it users may still enter, stay and use
             *     everything; at its end the classroom closes and everyone is removed.
             */
            closeDelay?: number;
        };
        /**
         * CreateRoomProperties
         * @description Classroom properties set at creation; every member is optional.
         */
        CreateRoomProperties: {
            schedule?: components["schemas"]["Schedule"];
            /** @description Classroom processes. */
            processes?: {
                /** @description Hand raising and the stage ("on the podium"). */
                handsUp?: {
                    /**
                     * @description Most students on the stage at once. Without it the stage has no limit (DECISIONS
                     *     AG-61).
                     */
                    maxAccept?: number;
                    /**
                     * @description `audience`: students are on the stage by default when they join (within
                     *     `maxAccept`); `""` (the cloud classroom's default) or absent: they are not.
                     * @enum {string}
                     */
                    defaultAcceptRole?: "audience" | "";
                };
            };
            /**
             * @description Initial custom classroom properties (free-form), synced to every client. The update and
             *     delete operations on `/properties` change them later; they appear in the classroom query as
             *     `roomProperties.flexProps` (DECISIONS AG-56).
             */
            flexProps?: {
                [key: string]: unknown;
            };
            /** @description Initial state of the built-in widgets. */
            widgets?: {
                /** @description The whiteboard widget. */
                netlessBoard?: {
                    state?: components["schemas"]["WidgetState"];
                };
                /** @description The chat (IM) widget. */
                easemobIM?: {
                    state?: components["schemas"]["WidgetState"];
                };
            };
            /** @description Exam paper URL for proctoring classrooms (Agora's proctoring integration guide). */
            examinationUrl?: string;
            /** @description Vocational lecture hall that plays a video (Agora's December 2022 English reference only). */
            hostingScene?: {
                /** @description Main CDN URL of the video. */
                videoURL?: string;
                /** @description Backup CDN URL of the video. */
                reserveVideoURL?: string;
                /**
                 * @description `0` the class ends when the video finishes, `1` when the teacher clicks End.
                 * @enum {integer}
                 */
                finishType?: 0 | 1;
            };
        };
        /**
         * CreateClassroomRequest
         * @description Body of the create-classroom request. Only `roomName` and `roomType` are required, as Agora marks
         *     them; everything else is optional and takes the documented defaults (DECISIONS AG-31). Members
         *     this schema does not list are accepted and ignored, as Agora's servers do (the project's mock
         *     reports them in its `x-mock-warnings` header, MK-2).
         */
        CreateClassroomRequest: {
            /** @description Display name of the classroom, at most 64 characters. */
            roomName: string;
            roomType: components["schemas"]["RoomTypeInput"];
            roomProperties?: components["schemas"]["CreateRoomProperties"];
            roleConfig?: components["schemas"]["RoleConfig"];
        };
        /**
         * SuccessResponse
         * @description Success envelope without data (`msg` may be absent).
         */
        SuccessResponse: {
            code: components["schemas"]["SuccessCode"];
            msg?: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts: components["schemas"]["Timestamp"];
        };
        /**
         * RoomExistsError
         * @description Error body of HTTP 409 on create: a classroom with this `roomUuid` already exists.
         */
        RoomExistsError: {
            /**
             * @description `409` the classroom already exists (Agora documents no code; this document uses the HTTP status); `30409104` it exists with another `roomType`.
             * @enum {integer}
             */
            code: 409 | 30409104;
            msg: components["schemas"]["Message"];
            /** @description The server''s current Unix time in milliseconds (UTC). */
            ts?: components["schemas"]["Timestamp"];
        };
        /**
         * PayloadTooLargeError
         * @description Error body of HTTP 413: the request body is larger than 1 MiB.
         */
        PayloadTooLargeError: {
            /**
             * @description Business code `413` (this document uses the HTTP status).
             * @enum {integer}
             */
            code: 413;
            msg: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts?: components["schemas"]["Timestamp"];
        };
        /**
         * UnsupportedMediaTypeError
         * @description Error body of HTTP 415: the request body is not sent as `application/json`.
         */
        UnsupportedMediaTypeError: {
            /**
             * @description Business code `415` (this document uses the HTTP status).
             * @enum {integer}
             */
            code: 415;
            msg: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts?: components["schemas"]["Timestamp"];
        };
        /**
         * ClassStateConflictError
         * @description Error body of HTTP 409 on set-class-state: the class cannot go back to an earlier state.
         */
        ClassStateConflictError: {
            /**
             * @description `30409100` the class has been started; `30409101` the class has been ended.
             * @enum {integer}
             */
            code: 30409100 | 30409101;
            msg: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts?: components["schemas"]["Timestamp"];
        };
        /**
         * UpdateClassroomPropertiesRequest
         * @description Body of the update-classroom-properties request: the custom properties to add or change, each
         *     key either a top-level key (its whole value is replaced) or a dotted path (only that member is
         *     set), DECISIONS AG-56.
         */
        UpdateClassroomPropertiesRequest: {
            /**
             * @description Keys to add or update, with their new values. `{"key1": {"subkey5": "E"}}` replaces all of
             *     `key1`; `{"key1.subkey5": "E"}` sets only `subkey5` inside `key1`.
             */
            properties: {
                [key: string]: unknown;
            };
            /** @description Why the properties changed (free-form; passed on to the clients). */
            cause?: {
                [key: string]: unknown;
            };
            /** @description Agora's English reference also lists this member for proctoring classrooms. */
            roomProperties?: {
                /** @description Exam paper URL of a proctoring classroom. */
                examinationUrl?: string;
            };
        };
        /**
         * DeletePropertiesRequest
         * @description Body of a delete-properties request: the keys to delete, each a top-level key or a dotted path
         *     to a member inside one (DECISIONS AG-56). A key that does not exist is ignored.
         */
        DeletePropertiesRequest: {
            /** @description Keys or dotted key paths to delete, e.g. `["key1", "key2.subkey5"]`. */
            properties: string[];
            /** @description Why the properties changed (free-form; passed on to the clients). */
            cause?: {
                [key: string]: unknown;
            };
        };
        /**
         * BreakoutRoomsRequest
         * @description Body of the create-breakout-rooms request (`state` 1), where `groups` is required: without it the
         *     request answers 400. The remove request (`state` 0) takes no body; one sent there is ignored
         *     (DECISIONS AG-58). `groups` is not marked required in the schema because the same body serves
         *     both states, and an absent body is read as an empty one.
         */
        BreakoutRoomsRequest: {
            /** @description The breakout rooms to create. */
            groups?: {
                /** @description ID of the breakout room; assigned by the service when absent. */
                groupUuid?: string;
                /** @description Display name of the breakout room. */
                groupName?: string;
                /** @description The users in this breakout room. */
                users: {
                    /** @description ID of a user of the classroom. */
                    userUuid: string;
                }[];
            }[];
        };
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
         * UserResponse
         * @description Success envelope carrying one user.
         */
        UserResponse: {
            code: components["schemas"]["SuccessCode"];
            msg?: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts: components["schemas"]["Timestamp"];
            data: components["schemas"]["User"];
        };
        /**
         * UserNotFoundError
         * @description Error body of HTTP 404 on user operations: the classroom or the user does not exist.
         */
        UserNotFoundError: {
            /**
             * @description `20404100` the classroom does not exist; `20404200` the user does not exist.
             * @enum {integer}
             */
            code: 20404100 | 20404200;
            msg: components["schemas"]["Message"];
            /** @description The server''s current Unix time in milliseconds (UTC). */
            ts?: components["schemas"]["Timestamp"];
        };
        /**
         * UpdatePropertiesRequest
         * @description Body of an update-properties request (user properties, widget user properties): the properties
         *     to add or change, each key either a top-level key (its whole value is replaced) or a dotted path
         *     (only that member is set), DECISIONS AG-56.
         */
        UpdatePropertiesRequest: {
            /**
             * @description Keys to add or update, with their new values. `{"key1": {"subkey5": "E"}}` replaces all of
             *     `key1`; `{"key1.subkey5": "E"}` sets only `subkey5` inside `key1`.
             */
            properties: {
                [key: string]: unknown;
            };
            /** @description Why the properties changed (free-form; passed on to the clients). */
            cause?: {
                [key: string]: unknown;
            };
        };
        /**
         * KickUserRequest
         * @description Optional body of the kick request. Without `dirty` (or with `dirty.state` `0`) the user is removed
         *     once and may join again at once (DECISIONS AG-57).
         */
        KickUserRequest: {
            /** @description Whether the user may join again. */
            dirty?: {
                /**
                 * @description `1` (or `true`): the user may not join again (for `duration` seconds, or for good without
                 *     `duration`); `0` (or `false`): the user may join again. Agora's English table types it
                 *     Boolean and its Chinese table Integer, both with the values 1/0; both forms are accepted.
                 */
                state?: (0 | 1) | boolean;
                /**
                 * @description Seconds from the kick during which the user may not join again (when `state` is 1). After
                 *     it the user is no longer kicked; without it the kick is permanent.
                 */
                duration?: number;
            };
        };
        /**
         * WebRecordConfig
         * @description Configuration of a web page recording (`mode` `web`). Where Agora's English and Chinese references
         *     differ, both forms are accepted (DECISIONS AG-34, AG-51).
         */
        WebRecordConfig: {
            /**
             * @description Root address of the page to record; the service appends `roomUuid`, `roomType` and the other
             *     launch parameters. An empty value answers 400 with business code `30400412`.
             */
            rootUrl: string;
            /**
             * @description Full address of the page to record, overriding `rootUrl`: `userUuid` (the recorder's ID,
             *     which must not clash with a user's), `roomUuid`, `roomType`, `roleType=0`, `pretest=false`,
             *     `rtmToken`, `language` (`zh` or `en`) and `appId` in its query.
             */
            url?: string;
            /**
             * @description `true`: push the recorded page to a CDN as well; the answer then carries `streamingUrl`.
             *     Agora's own example sends it as the string `"true"`, so `"true"` and `"false"` are accepted too.
             */
            publishRtmp?: boolean | ("true" | "false");
            /**
             * @description `true`: start the task paused (the page is opened and rendered, nothing is recorded yet);
             *     `false` (default): record. Optional on start (Agora's Chinese reference and its example), the
             *     only member required on update.
             */
            onhold?: boolean;
            /** @description Video bitrate in Kbps, 50-8000; default 1500 below 1280×720, 2000 at 1280×720 and above. */
            videoBitrate?: number;
            /** @description Frame rate, 5-60; default 15. */
            videoFps?: number;
            /**
             * @description `0` (default) 48 kHz mono, up to 48 Kbps; `1` 48 kHz mono, up to 128 Kbps; `2` 48 kHz stereo, up to 192 Kbps.
             * @enum {number}
             */
            audioProfile?: 0 | 1 | 2;
            /**
             * @description Video width in pixels, default 1280. Agora's English reference allows 480-1280 and a width ×
             *     height of at most 921,600; its Chinese reference 480-1920 and at most 1920×1080. The wider
             *     range is accepted.
             */
            videoWidth?: number;
            /** @description Video height in pixels, default 720 (same ranges as `videoWidth`). */
            videoHeight?: number;
            /**
             * @description Longest recording in hours, 1-720; the recording stops when it is reached. Default: the
             *     class `duration` plus `closeDelay`, rounded up to whole hours, or 2 hours when the classroom
             *     has no `duration`.
             */
            maxRecordingHour?: number;
        };
        /**
         * SetRecordingStateRequest
         * @description Optional body of the set-recording-state request. Without it (or without `mode`), starting records
         *     the teacher's audio and video (composite recording, M3U8 + TS). With `mode` `web` the service
         *     records a web page (MP4, a new file about every 2 hours or 2 GB) described by `webRecordConfig`
         *     (DECISIONS AG-51). Only start requests (`state` 1) read the body.
         */
        SetRecordingStateRequest: {
            /**
             * @description `web`: web page recording. Absent: composite recording of the teacher.
             * @enum {string}
             */
            mode?: "web";
            webRecordConfig?: components["schemas"]["WebRecordConfig"];
            /**
             * @description Seconds the service waits for the recorded page's "ready" call (`PUT .../records/ready`)
             *     before it tries again; it tries at most twice more, then gives up. Without it the service
             *     does not wait for the call (DECISIONS AG-51).
             */
            retryTimeout?: number;
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
         * SetRecordingStateResponse
         * @description Success envelope of set-recording-state. Agora's tables put the recording state in `data`; its
         *     example instead prints `streamingUrl` next to `code` and no `data`. Both are accepted; the
         *     project's mock sends `data` (DECISIONS AG-7).
         */
        SetRecordingStateResponse: {
            code: components["schemas"]["SuccessCode"];
            msg?: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts: components["schemas"]["Timestamp"];
            /** @description The recording state after the call (not always returned). */
            data?: components["schemas"]["RecordingStateData"];
            /** @description Where the page is pushed live, as Agora's example prints it (outside `data`). */
            streamingUrl?: components["schemas"]["StreamingUrl"];
        };
        /**
         * WebRecordingBadRequestError
         * @description Error body of HTTP 400 on set-recording-state: a request parameter or the body is incorrect.
         */
        WebRecordingBadRequestError: {
            /**
             * @description `400` bad request parameter or body; `30400412` `webRecordConfig.rootUrl` is empty.
             * @enum {integer}
             */
            code: 400 | 30400412;
            msg: components["schemas"]["Message"];
            /** @description The server''s current Unix time in milliseconds (UTC). */
            ts?: components["schemas"]["Timestamp"];
        };
        /**
         * RecordingStateConflictError
         * @description Error body of HTTP 409 on set-recording-state: the recording is not in a state the request can change.
         */
        RecordingStateConflictError: {
            /**
             * @description `30409410` the recording has not been started; `30409411` the recording has not been ended.
             * @enum {integer}
             */
            code: 30409410 | 30409411;
            msg: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts?: components["schemas"]["Timestamp"];
        };
        /**
         * ClassEndedError
         * @description Error body of HTTP 410: the class has ended, so a recording cannot be started.
         */
        ClassEndedError: {
            /**
             * @description Business code `30410100`: the class has ended.
             * @enum {integer}
             */
            code: 30410100;
            msg: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts?: components["schemas"]["Timestamp"];
        };
        /**
         * UpdateRecordingRequest
         * @description Body of the update-recording-configuration request. Each call replaces the previous
         *     configuration; Agora advises calling it at least one minute after the start.
         */
        UpdateRecordingRequest: {
            /** @description The new configuration of the running web page recording. */
            webRecordConfig?: {
                /** @description `true`: pause (no more files are written); `false`: continue recording. */
                onhold: boolean;
            };
        };
        /**
         * RecordingNotRunningError
         * @description Error body of HTTP 409 when no recording is running.
         */
        RecordingNotRunningError: {
            /**
             * @description `30409410` the recording has not been started.
             * @enum {integer}
             */
            code: 30409410;
            msg: components["schemas"]["Message"];
            /** @description The server''s current Unix time in milliseconds (UTC). */
            ts?: components["schemas"]["Timestamp"];
        };
        /**
         * RecordingType
         * @description Recording type: `1` individual recording, `2` composite recording, `3` web page recording.
         * @enum {integer}
         */
        RecordingType: 1 | 2 | 3;
        /**
         * RecordingStatus
         * @description Recording state: `1` recording in progress, `2` recording has ended.
         * @enum {integer}
         */
        RecordingStatus: 1 | 2;
        /**
         * RecordDetail
         * @description One file produced by a web page recording.
         */
        RecordDetail: {
            /** @description Storage path or URL of the recorded file (MP4 for web page recording), e.g. `xxxx/xxxx.mp4`. */
            url: string;
        };
        /**
         * Recording
         * @description One recording session: from the call that starts recording to the call that stops it.
         */
        Recording: {
            /** @description Unique identifier of the recording session. */
            recordId: string;
            /**
             * @description Your Agora App ID (32 hex characters in practice; not constrained here because Agora's own
             *     example shows the placeholder `xxxxxx`).
             */
            appId: string;
            roomUuid: components["schemas"]["RoomUuid"];
            /** @description When the recording session started, Unix timestamp in milliseconds (UTC). */
            startTime: components["schemas"]["Timestamp"];
            /**
             * @description When the recording session ended, Unix timestamp in milliseconds (UTC). `null` (or absent)
             *     while the session is still recording (`status` 1).
             */
            endTime?: components["schemas"]["NullableTimestamp"];
            /** @description The `resourceId` of the Agora Cloud Recording task. */
            resourceId: string;
            /** @description The `sid` of the Agora Cloud Recording task. */
            sid: string;
            /** @description The UID the Agora Cloud Recording service uses in the channel. */
            recordUid: string;
            /** @description App Identifier of the Agora Interactive Whiteboard (Netless) service, when known. */
            boardAppId?: string;
            /** @description Unique identifier of the whiteboard session (room). */
            boardId?: string;
            /** @description SDK token of the Agora Interactive Whiteboard (Netless) service. */
            boardToken?: string;
            type: components["schemas"]["RecordingType"];
            status: components["schemas"]["RecordingStatus"];
            /**
             * @description Storage path (or URL) of the HLS playlist (`.m3u8`) of an individual or composite recording,
             *     e.g. `scenario/recording/xxxxxx/xxxxxx/xxxxxx.m3u8` (Agora's web page recording example shows
             *     one too, and so does the mock; a web page recording's MP4 files are in `recordDetails`).
             */
            url: string;
            /** @description Files produced by a web page recording (`type` 3), one per file. */
            recordDetails?: components["schemas"]["RecordDetail"][];
            /**
             * @description `true` when the recording failed: a web page recording stopped because the page never reported
             *     it was ready within `retryTimeout` (after the retries).
             */
            unready?: boolean;
            /**
             * @description Query string of the recorded page: the recording's root URL plus this query gives the page
             *     address, for debugging locally (web page recordings).
             */
            webRecordUrlQuery?: string;
        };
        /**
         * NextId
         * @description Where the next batch starts: pass it as the `nextId` query parameter of the next call. `null`
         *     (or, as in Agora's own example, an absent `nextId`) means this is the last batch.
         */
        NextId: string | null;
        /**
         * RecordPage
         * @description One batch (at most 100 items) of a classroom's recordings.
         */
        RecordPage: {
            /** @description Total number of recordings in the classroom. */
            total: number;
            /** @description Number of recordings in this batch. */
            count: number;
            /** @description The recordings of this batch. */
            list: components["schemas"]["Recording"][];
            nextId?: components["schemas"]["NextId"];
            /**
             * @description The recorded page's query string, where Agora's English table places it (its examples put
             *     `webRecordUrlQuery` in each list item instead; DECISIONS AG-25).
             */
            webRecordingUrlQuery?: string;
        };
        /**
         * RecordListResponse
         * @description Success envelope carrying one batch of recordings.
         */
        RecordListResponse: {
            code: components["schemas"]["SuccessCode"];
            msg?: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts: components["schemas"]["Timestamp"];
            data: components["schemas"]["RecordPage"];
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
        /**
         * EventPage
         * @description One batch (at most 100 events) of a classroom's event list.
         */
        EventPage: {
            /** @description Total number of events that match the query. */
            total: number;
            /** @description Number of events in this batch. */
            count: number;
            /** @description The events of this batch, in `sequence` order. */
            list: components["schemas"]["Event"][];
            nextId?: components["schemas"]["NextId"];
        };
        /**
         * EventListResponse
         * @description Success envelope carrying one batch of a classroom's events.
         */
        EventListResponse: {
            code: components["schemas"]["SuccessCode"];
            msg?: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts: components["schemas"]["Timestamp"];
            data: components["schemas"]["EventPage"];
        };
        /**
         * PollEventsResponse
         * @description Success envelope carrying the events not yet delivered, from every classroom of the App ID.
         */
        PollEventsResponse: {
            code: components["schemas"]["SuccessCode"];
            msg?: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts: components["schemas"]["Timestamp"];
            /** @description The new events (possibly none). Each event is delivered by this operation only once. */
            data: components["schemas"]["Event"][];
        };
        /**
         * WidgetEventPage
         * @description One batch of a widget's events (pop-up quiz data, poll data, widget events), oldest first.
         */
        WidgetEventPage: {
            /** @description Total number of the widget's events (Agora's widget-event example prints it). */
            total?: number;
            /** @description Number of events in this batch. */
            count: number;
            /** @description The events of this batch, in `sequence` order; their `data` is the widget payload. */
            list: components["schemas"]["Event"][];
            nextId?: components["schemas"]["NextId"];
        };
        /**
         * WidgetEventListResponse
         * @description Success envelope carrying one batch of a widget's events.
         */
        WidgetEventListResponse: {
            code: components["schemas"]["SuccessCode"];
            msg?: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts: components["schemas"]["Timestamp"];
            data: components["schemas"]["WidgetEventPage"];
        };
        /**
         * SetWidgetRequest
         * @description Body of the set-widget-properties request (Agora's Chinese reference). Its table lists `extra`,
         *     `cause`, `state` and `ownerUserUuid`; its current example sends `properties` and `cause`. Every
         *     member is optional and both forms are accepted: `properties` is read like `extra` (DECISIONS AG-59).
         */
        SetWidgetRequest: {
            /** @description The widget's own properties to add or update (whole keys or dotted paths, AG-56). */
            extra?: {
                [key: string]: unknown;
            };
            /** @description The same as `extra` (the form of Agora's current example). */
            properties?: {
                [key: string]: unknown;
            };
            state?: components["schemas"]["WidgetState"];
            /** @description The user whose going offline deletes the widget. */
            ownerUserUuid?: string;
            /** @description Why the widget changed (free-form). */
            cause?: {
                [key: string]: unknown;
            };
        };
        /**
         * CauseRequest
         * @description Optional body of the delete-widget request.
         */
        CauseRequest: {
            /** @description Why the widget was deleted (free-form). */
            cause?: {
                [key: string]: unknown;
            };
        };
    };
    responses: {
        /** @description A request parameter is incorrect (business code 400), e.g. a path value outside its allowed set or a classroom ID that breaks the identifier rules. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestError"];
            };
        };
        /** @description The App ID is invalid (unknown or not well-formed), or the credentials are missing or wrong: neither a valid `Authorization: agora token=...` nor a valid `x-agora-token` / `x-agora-uid` pair (business code 401). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedError"];
            };
        };
        /** @description The classroom does not exist (business code 20404100). */
        RoomNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RoomNotFoundError"];
            };
        };
        /** @description Internal server error (business code 500). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InternalServerError"];
            };
        };
        /** @description Service unavailable: the gateway did not get a timely answer from the upstream service (business code 503). */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceUnavailableError"];
            };
        };
        /** @description A request parameter or the request body is incorrect (business code 400), including a body that is not valid JSON. */
        InvalidBody: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestError"];
            };
        };
        /** @description A classroom with this `roomUuid` already exists (business code 409; 30409104 when it has another `roomType`). Nothing changes; the caller may simply join it. */
        RoomAlreadyExists: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RoomExistsError"];
            };
        };
        /** @description The request body is larger than 1 MiB (business code 413). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PayloadTooLargeError"];
            };
        };
        /** @description The request body is not sent with `Content-Type: application/json` (business code 415). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnsupportedMediaTypeError"];
            };
        };
        /** @description The class cannot go back to an earlier state: it has been started (30409100) or ended (30409101). */
        ClassStateConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClassStateConflictError"];
            };
        };
        /** @description The classroom (business code 20404100) or the user (20404200) does not exist. */
        UserNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UserNotFoundError"];
            };
        };
        /** @description A request parameter or the body is incorrect (business code 400), including a body that is not valid JSON, or `webRecordConfig.rootUrl` is empty (30400412). */
        WebRecordingBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["WebRecordingBadRequestError"];
            };
        };
        /** @description Stopping a recording that has not been started (30409410), or starting one that has not been ended (30409411). */
        RecordingStateConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RecordingStateConflictError"];
            };
        };
        /** @description The class has ended (state 2 or 3), so a recording cannot be started (business code 30410100). */
        ClassEnded: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClassEndedError"];
            };
        };
        /** @description No recording is running in the classroom (business code 30409410). */
        RecordingNotRunning: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RecordingNotRunningError"];
            };
        };
    };
    parameters: {
        /**
         * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
         *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
         *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
         *     status table), never with 400 (DECISIONS AG-10).
         * @example 0123456789abcdef0123456789abcdef
         */
        AppId: components["schemas"]["AppId"] | string;
        /**
         * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
         *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
         *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
         *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
         *     to the decoded value.
         * @example test_class
         */
        RoomUuid: components["schemas"]["RoomUuid"];
        /**
         * @description The class state to set:
         *
         *     - `0`: not started;
         *     - `1`: started;
         *     - `2`: ended (the class time is over; during the run-late time `closeDelay` users may still
         *       enter, stay and use everything);
         *     - `3`: closed (everyone is removed from the classroom and nobody can join).
         * @example 1
         */
        ClassStateTarget: components["schemas"]["ClassState"];
        /**
         * @description `1`: create breakout rooms (the body lists them); `0`: remove every breakout room (no body).
         * @example 1
         */
        GroupsStateTarget: 0 | 1;
        /**
         * @description The user ID: the user's unique identifier, also the RTM login ID. The same length and character
         *     rules as `roomUuid` (at most 63 ASCII characters from `a-z A-Z 0-9`, the space and
         *     ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``); percent-encode it in the URL.
         * @example student_1
         */
        UserUuid: components["schemas"]["Identifier"];
        /**
         * @description On `PUT`: the recording state to set, `0` stop recording, `1` start recording. On `PATCH` (update
         *     the configuration of the running recording) Agora's Chinese reference writes `/records/states/1`;
         *     the value is not used there (DECISIONS AG-52).
         * @example 1
         */
        RecordingStateTarget: 0 | 1;
        /**
         * @description Where the next batch starts. For the first batch omit the parameter, leave it empty
         *     (`nextId=`) or send the literal `null` (Agora's examples write `?null`); afterwards pass the
         *     `nextId` returned by the previous call, until a response carries `nextId: null` (or no
         *     `nextId`).
         * @example 5f8a1c2e9b3d4a0017c0ffee
         */
        NextId: string;
        /**
         * @description Only return events of this type (`cmd` value, e.g. `1` class state, `3` chat message, `20`
         *     users joined or left, `1001` recording state). Omit to return events of every type.
         * @example 1
         */
        Cmd: number;
        /**
         * @description Number of items to return in this batch. Default 100.
         * @example 100
         */
        Count: number;
        /**
         * @description The widget ID, e.g. `popupQuiz`, `poll`, `countdownTimer` or a custom widget's ID. The same length
         *     and character rules as `roomUuid`; percent-encode it in the URL.
         * @example countdownTimer
         */
        WidgetUuid: components["schemas"]["Identifier"];
    };
    requestBodies: {
        /** @description The classroom to create; only `roomName` and `roomType` are required. */
        CreateClassroom: {
            content: {
                "application/json": components["schemas"]["CreateClassroomRequest"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getClassroom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The classroom. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassroomResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createClassroom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateClassroom"];
        responses: {
            /** @description The classroom was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["RoomAlreadyExists"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setClassroomState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The class state to set:
                 *
                 *     - `0`: not started;
                 *     - `1`: started;
                 *     - `2`: ended (the class time is over; during the run-late time `closeDelay` users may still
                 *       enter, stay and use everything);
                 *     - `3`: closed (everyone is removed from the classroom and nobody can join).
                 * @example 1
                 */
                state: components["parameters"]["ClassStateTarget"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The class state was set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            409: components["responses"]["ClassStateConflict"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateClassroomProperties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClassroomPropertiesRequest"];
            };
        };
        responses: {
            /** @description The properties were updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteClassroomProperties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeletePropertiesRequest"];
            };
        };
        responses: {
            /** @description The properties were deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setBreakoutRooms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description `1`: create breakout rooms (the body lists them); `0`: remove every breakout room (no body).
                 * @example 1
                 */
                state: components["parameters"]["GroupsStateTarget"];
            };
            cookie?: never;
        };
        /** @description Required with `state` 1 (the breakout rooms to create); none with `state` 0. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["BreakoutRoomsRequest"];
            };
        };
        responses: {
            /** @description The breakout rooms were created or removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The user ID: the user's unique identifier, also the RTM login ID. The same length and character
                 *     rules as `roomUuid` (at most 63 ASCII characters from `a-z A-Z 0-9`, the space and
                 *     ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``); percent-encode it in the URL.
                 * @example student_1
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UserNotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateUserProperties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The user ID: the user's unique identifier, also the RTM login ID. The same length and character
                 *     rules as `roomUuid` (at most 63 ASCII characters from `a-z A-Z 0-9`, the space and
                 *     ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``); percent-encode it in the URL.
                 * @example student_1
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePropertiesRequest"];
            };
        };
        responses: {
            /** @description The properties were updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UserNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteUserProperties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The user ID: the user's unique identifier, also the RTM login ID. The same length and character
                 *     rules as `roomUuid` (at most 63 ASCII characters from `a-z A-Z 0-9`, the space and
                 *     ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``); percent-encode it in the URL.
                 * @example student_1
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeletePropertiesRequest"];
            };
        };
        responses: {
            /** @description The properties were deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UserNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    kickUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The user ID: the user's unique identifier, also the RTM login ID. The same length and character
                 *     rules as `roomUuid` (at most 63 ASCII characters from `a-z A-Z 0-9`, the space and
                 *     ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``); percent-encode it in the URL.
                 * @example student_1
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KickUserRequest"];
            };
        };
        responses: {
            /** @description The user was kicked out. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UserNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setRecordingState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description On `PUT`: the recording state to set, `0` stop recording, `1` start recording. On `PATCH` (update
                 *     the configuration of the running recording) Agora's Chinese reference writes `/records/states/1`;
                 *     the value is not used there (DECISIONS AG-52).
                 * @example 1
                 */
                state: components["parameters"]["RecordingStateTarget"];
            };
            cookie?: never;
        };
        /** @description Optional: how to record (web page recording). Read only when starting. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SetRecordingStateRequest"];
            };
        };
        responses: {
            /** @description The recording state was set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetRecordingStateResponse"];
                };
            };
            400: components["responses"]["WebRecordingBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            409: components["responses"]["RecordingStateConflict"];
            410: components["responses"]["ClassEnded"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateRecordingConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description On `PUT`: the recording state to set, `0` stop recording, `1` start recording. On `PATCH` (update
                 *     the configuration of the running recording) Agora's Chinese reference writes `/records/states/1`;
                 *     the value is not used there (DECISIONS AG-52).
                 * @example 1
                 */
                state: components["parameters"]["RecordingStateTarget"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRecordingRequest"];
            };
        };
        responses: {
            /** @description The configuration was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            409: components["responses"]["RecordingNotRunning"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setRecordingReady: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording was marked ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            409: components["responses"]["RecordingNotRunning"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRecordings: {
        parameters: {
            query?: {
                /**
                 * @description Where the next batch starts. For the first batch omit the parameter, leave it empty
                 *     (`nextId=`) or send the literal `null` (Agora's examples write `?null`); afterwards pass the
                 *     `nextId` returned by the previous call, until a response carries `nextId: null` (or no
                 *     `nextId`).
                 * @example 5f8a1c2e9b3d4a0017c0ffee
                 */
                nextId?: components["parameters"]["NextId"];
            };
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One batch of recordings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listClassroomEvents: {
        parameters: {
            query?: {
                /**
                 * @description Where the next batch starts. For the first batch omit the parameter, leave it empty
                 *     (`nextId=`) or send the literal `null` (Agora's examples write `?null`); afterwards pass the
                 *     `nextId` returned by the previous call, until a response carries `nextId: null` (or no
                 *     `nextId`).
                 * @example 5f8a1c2e9b3d4a0017c0ffee
                 */
                nextId?: components["parameters"]["NextId"];
                /**
                 * @description Only return events of this type (`cmd` value, e.g. `1` class state, `3` chat message, `20`
                 *     users joined or left, `1001` recording state). Omit to return events of every type.
                 * @example 1
                 */
                cmd?: components["parameters"]["Cmd"];
            };
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One batch of the classroom's events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    pollEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events not delivered before (possibly none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PollEventsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPopupQuizData: {
        parameters: {
            query?: {
                /**
                 * @description Where the next batch starts. For the first batch omit the parameter, leave it empty
                 *     (`nextId=`) or send the literal `null` (Agora's examples write `?null`); afterwards pass the
                 *     `nextId` returned by the previous call, until a response carries `nextId: null` (or no
                 *     `nextId`).
                 * @example 5f8a1c2e9b3d4a0017c0ffee
                 */
                nextId?: components["parameters"]["NextId"];
                /**
                 * @description Number of items to return in this batch. Default 100.
                 * @example 100
                 */
                count?: components["parameters"]["Count"];
            };
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One batch of quiz data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetEventListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPollData: {
        parameters: {
            query?: {
                /**
                 * @description Where the next batch starts. For the first batch omit the parameter, leave it empty
                 *     (`nextId=`) or send the literal `null` (Agora's examples write `?null`); afterwards pass the
                 *     `nextId` returned by the previous call, until a response carries `nextId: null` (or no
                 *     `nextId`).
                 * @example 5f8a1c2e9b3d4a0017c0ffee
                 */
                nextId?: components["parameters"]["NextId"];
                /**
                 * @description Number of items to return in this batch. Default 100.
                 * @example 100
                 */
                count?: components["parameters"]["Count"];
            };
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One batch of poll data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetEventListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWidgetEvents: {
        parameters: {
            query?: {
                /**
                 * @description Where the next batch starts. For the first batch omit the parameter, leave it empty
                 *     (`nextId=`) or send the literal `null` (Agora's examples write `?null`); afterwards pass the
                 *     `nextId` returned by the previous call, until a response carries `nextId: null` (or no
                 *     `nextId`).
                 * @example 5f8a1c2e9b3d4a0017c0ffee
                 */
                nextId?: components["parameters"]["NextId"];
            };
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The widget ID, e.g. `popupQuiz`, `poll`, `countdownTimer` or a custom widget's ID. The same length
                 *     and character rules as `roomUuid`; percent-encode it in the URL.
                 * @example countdownTimer
                 */
                widgetUuid: components["parameters"]["WidgetUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One batch of the widget's events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetEventListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setWidgetProperties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The widget ID, e.g. `popupQuiz`, `poll`, `countdownTimer` or a custom widget's ID. The same length
                 *     and character rules as `roomUuid`; percent-encode it in the URL.
                 * @example countdownTimer
                 */
                widgetUuid: components["parameters"]["WidgetUuid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SetWidgetRequest"];
            };
        };
        responses: {
            /** @description The widget properties were set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The widget ID, e.g. `popupQuiz`, `poll`, `countdownTimer` or a custom widget's ID. The same length
                 *     and character rules as `roomUuid`; percent-encode it in the URL.
                 * @example countdownTimer
                 */
                widgetUuid: components["parameters"]["WidgetUuid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CauseRequest"];
            };
        };
        responses: {
            /** @description The widget was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWidgetProperties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The widget ID, e.g. `popupQuiz`, `poll`, `countdownTimer` or a custom widget's ID. The same length
                 *     and character rules as `roomUuid`; percent-encode it in the URL.
                 * @example countdownTimer
                 */
                widgetUuid: components["parameters"]["WidgetUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeletePropertiesRequest"];
            };
        };
        responses: {
            /** @description The widget properties were deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setWidgetUserProperties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The widget ID, e.g. `popupQuiz`, `poll`, `countdownTimer` or a custom widget's ID. The same length
                 *     and character rules as `roomUuid`; percent-encode it in the URL.
                 * @example countdownTimer
                 */
                widgetUuid: components["parameters"]["WidgetUuid"];
                /**
                 * @description The user ID: the user's unique identifier, also the RTM login ID. The same length and character
                 *     rules as `roomUuid` (at most 63 ASCII characters from `a-z A-Z 0-9`, the space and
                 *     ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``); percent-encode it in the URL.
                 * @example student_1
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePropertiesRequest"];
            };
        };
        responses: {
            /** @description The widget user properties were set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UserNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWidgetUserProperties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID, from Agora Console: 32 hexadecimal characters, e.g.
                 *     `0123456789abcdef0123456789abcdef`. Any value passes validation: an App ID that is not
                 *     well-formed is answered like an unknown one, with HTTP 401 ("The App ID is invalid", the seed's
                 *     status table), never with 400 (DECISIONS AG-10).
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description The classroom ID: the globally unique identifier of a classroom, also used as the channel name
                 *     when a user joins the RTC and RTM channels. Shorter than 64 bytes (at most 63 ASCII characters)
                 *     from `a-z A-Z 0-9`, the space and ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``.
                 *     Percent-encode it in the URL (e.g. `test class` is sent as `test%20class`); the rules apply
                 *     to the decoded value.
                 * @example test_class
                 */
                roomUuid: components["parameters"]["RoomUuid"];
                /**
                 * @description The widget ID, e.g. `popupQuiz`, `poll`, `countdownTimer` or a custom widget's ID. The same length
                 *     and character rules as `roomUuid`; percent-encode it in the URL.
                 * @example countdownTimer
                 */
                widgetUuid: components["parameters"]["WidgetUuid"];
                /**
                 * @description The user ID: the user's unique identifier, also the RTM login ID. The same length and character
                 *     rules as `roomUuid` (at most 63 ASCII characters from `a-z A-Z 0-9`, the space and
                 *     ``! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,``); percent-encode it in the URL.
                 * @example student_1
                 */
                userUuid: components["parameters"]["UserUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeletePropertiesRequest"];
            };
        };
        responses: {
            /** @description The widget user properties were deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["UserNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
