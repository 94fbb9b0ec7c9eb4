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
                 * @description Your Agora App ID (32 hexadecimal characters), from Agora Console. A value that is not 32 hex
                 *     characters is a malformed parameter (400); a well-formed App ID that is unknown or does not
                 *     match the token is answered with 401.
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
         * Get a classroom
         * @description Returns the classroom `roomUuid`: its name, creation time, type and schedule, the current
         *     class state (`0` not started, `1` started, `2` ended, `3` closed; the same value appears as
         *     `state` and `roomProperties.state`), the classroom-wide mute flags for chat, video and audio,
         *     and the per-role settings given at creation.
         */
        get: operations["getClassroom"];
        put?: never;
        /**
         * Create a classroom
         * @description Creates the classroom `roomUuid` with a name, a classroom type and a class schedule. After it
         *     is created, the classroom is kept for five days.
         *
         *     - `roomType` is fixed at creation: `0` one-to-one, `2` lecture hall, `4` small classroom,
         *       `10` cloud classroom.
         *     - `roomProperties.schedule.startTime` (Unix time in ms) is fixed at creation;
         *       `duration` is in seconds, at most 86400; `closeDelay` is the number of seconds between the
         *       end of the class (state 2) and the closing of the classroom (state 3).
         *     - `roleConfig` (optional) limits the number of users per role.
         *
         *     The new classroom starts in state `0` (not started). If a classroom with this `roomUuid`
         *     already exists, the call fails with HTTP 409 and nothing changes.
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
                 * @description Your Agora App ID (32 hexadecimal characters), from Agora Console. A value that is not 32 hex
                 *     characters is a malformed parameter (400); a well-formed App ID that is unknown or does not
                 *     match the token is answered with 401.
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
                 *     - `2`: ended (users already in the classroom may stay until `closeDelay` seconds have passed;
                 *       nobody can join);
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
         *     - `2`: ended: nobody can join any more; users already in the classroom may stay until
         *       `closeDelay` seconds (from the schedule) have passed, then the classroom closes;
         *     - `3`: closed: everyone is removed from the classroom and nobody can join.
         *
         *     Example: `PUT /edu/apps/{yourAppId}/v2/rooms/test_class/states/1` starts the class of
         *     `test_class`.
         *
         *     The state only moves forward (`0` → `1` → `2` → `3`; a step may be skipped, e.g. `1` → `3`).
         *     Setting the current state again succeeds and changes nothing. Going back fails with HTTP 409:
         *     business code `30409100` when the class has been started (`1` → `0`), `30409101` when it has
         *     been ended or closed (`2` or `3` → an earlier state). Each actual change produces a class
         *     state event (`cmd` 1).
         */
        put: operations["setClassroomState"];
        post?: never;
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
                 * @description Your Agora App ID (32 hexadecimal characters), from Agora Console. A value that is not 32 hex
                 *     characters is a malformed parameter (400); a well-formed App ID that is unknown or does not
                 *     match the token is answered with 401.
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
                 * @description The recording state to set: `0` stop recording, `1` start recording.
                 * @example 1
                 */
                state: components["parameters"]["RecordingStateTarget"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set the recording state
         * @description Starts (`1`) or stops (`0`) the cloud recording of classroom `roomUuid`. A recording session
         *     runs from the call that starts recording to the call that stops it; each session appears
         *     in the recording list.
         *
         *     Example: `PUT /edu/apps/{yourAppId}/v2/rooms/test_class/records/states/1` starts recording
         *     `test_class`.
         *
         *     - Stopping when no recording is running fails with HTTP 409, business code `30409410`
         *       (the recording has not been started).
         *     - Starting while a recording is running fails with HTTP 409, business code `30409411`
         *       (the recording has not been ended).
         *     - Starting after the class has ended (state `2` or `3`) fails with HTTP 410, business code
         *       `30410100`.
         *
         *     Each successful start or stop produces a recording state event (`cmd` 1001). The success
         *     body may carry the recording state in `data` (`recordId`, `sid`, `resourceId`, `state`,
         *     `startTime`, `streamingUrl`); the seed's example has no `data`, so clients must not rely on it.
         */
        put: operations["setRecordingState"];
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
                 * @description Your Agora App ID (32 hexadecimal characters), from Agora Console. A value that is not 32 hex
                 *     characters is a malformed parameter (400); a well-formed App ID that is unknown or does not
                 *     match the token is answered with 401.
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
         * @description Returns the recording sessions of classroom `roomUuid` in batches of up to 100.
         *
         *     Fetch the data in batches with `nextId`: for the first call omit `nextId`, leave it empty or
         *     set it to `null`; then pass the `nextId` of the previous response. When the response's
         *     `nextId` is `null` (or absent) there is no further batch; while it is not `null`, keep
         *     querying with it.
         *
         *     Example: `GET /edu/apps/{yourAppId}/v2/rooms/test_class/records?nextId=xxx`.
         *
         *     Each item gives the Agora Cloud Recording `resourceId`, `sid` and `recordUid`, the whiteboard
         *     (`boardAppId`, `boardId`, `boardToken`), the type (`1` individual, `2` composite, `3` web
         *     page), the status (`1` recording, `2` ended), the start and end times in ms (`endTime` is
         *     `null` or absent while recording) and the path of the `.m3u8` playlist in `url` (web page
         *     recordings list their MP4 files in `recordDetails`).
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
                 * @description Your Agora App ID (32 hexadecimal characters), from Agora Console. A value that is not 32 hex
                 *     characters is a malformed parameter (400); a well-formed App ID that is unknown or does not
                 *     match the token is answered with 401.
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
         *     Unlike the polling operation, this list can be read again and again: reading it does not
         *     consume events. Events of a destroyed classroom cannot be queried (a classroom is destroyed
         *     automatically one hour after it ends).
         *
         *     Fetch the data in batches with `nextId`: for the first call omit it, leave it empty or set it
         *     to `null`; then pass the `nextId` of the previous response, until it is `null`.
         *
         *     Example: `GET /edu/apps/{appId}/v2/rooms/test_class/sequences?nextId=50&cmd=1`.
         *
         *     Each event is `{roomUuid, cmd, sequence, version, data}`; `data` depends on `cmd`: `1` class
         *     state changed, `3` chat message, `20` users joined or left, `1001` recording state changed;
         *     other types carry free-form `data`.
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
                 * @description Your Agora App ID (32 hexadecimal characters), from Agora Console. A value that is not 32 hex
                 *     characters is a malformed parameter (400); a well-formed App ID that is unknown or does not
                 *     match the token is answered with 401.
                 * @example 0123456789abcdef0123456789abcdef
                 */
                appId: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        /**
         * Poll classroom events
         * @description Returns the new events of all the classrooms of the App ID. Call it at regular intervals to
         *     listen for the events that occur in the classrooms.
         *
         *     - Each event can only be obtained once: an event returned by this call is never returned by
         *       it again (use the per-classroom event list to read events again).
         *     - You cannot get events any longer one hour after a classroom is destroyed.
         *
         *     Example: `GET /edu/polling/apps/{yourAppId}/v2/rooms/sequences`.
         *
         *     `data` is an array of events (empty when nothing happened since the last call). Each event
         *     is `{roomUuid, cmd, sequence, version, data}`: `roomUuid` the classroom, `cmd` the event
         *     type, `sequence` the event ID (unique within the classroom and automatically incremented,
         *     giving the order of events), `version` the service version, `data` the details, which depend
         *     on `cmd`: `1` class state changed, `3` chat message, `20` users joined or left, `1001`
         *     recording state changed; other types carry free-form `data`.
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * AppId
         * @description Agora App ID, 32 hexadecimal characters.
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
         *     classroom, `10` cloud classroom.
         * @enum {integer}
         */
        RoomType: 0 | 2 | 4 | 10;
        /**
         * Schedule
         * @description The class schedule.
         */
        Schedule: {
            /** @description Planned start of the class, Unix timestamp in milliseconds (UTC). Cannot be changed later. */
            startTime: components["schemas"]["Timestamp"];
            /** @description Class duration in seconds, at most 86400 (24 hours). */
            duration: number;
            /**
             * @description Seconds between the end of the class (state `2`) and the closing of the classroom
             *     (state `3`). During this delay users already inside may stay, but nobody can join.
             */
            closeDelay: number;
        };
        /**
         * ClassState
         * @description Class state: `0` not started, `1` started (in progress), `2` ended (users still inside may stay
         *     until `closeDelay` seconds after the end; nobody can join), `3` closed (everyone has been
         *     removed and nobody can join).
         * @enum {integer}
         */
        ClassState: 0 | 1 | 2 | 3;
        /**
         * RoomProperties
         * @description Classroom properties maintained by the service.
         */
        RoomProperties: {
            roomType: components["schemas"]["RoomType"];
            schedule: components["schemas"]["Schedule"];
            state: components["schemas"]["ClassState"];
        };
        /**
         * MuteState
         * @description `1` muted for the whole classroom, `0` not muted.
         * @enum {integer}
         */
        MuteState: 0 | 1;
        /**
         * RoleSettings
         * @description Settings for one user role.
         */
        RoleSettings: {
            /** @description Maximum number of users with this role in the classroom. */
            limit: number;
        };
        /**
         * RoleConfig
         * @description Per-role settings, keyed by the role number (`"1"` teacher, `"2"` student, `"3"` assistant).
         */
        RoleConfig: {
            1?: components["schemas"]["RoleSettings"];
            2?: components["schemas"]["RoleSettings"];
            3?: components["schemas"]["RoleSettings"];
        };
        /**
         * Classroom
         * @description Information about one classroom.
         */
        Classroom: {
            roomUuid: components["schemas"]["RoomUuid"];
            /** @description Display name of the classroom. */
            roomName: string;
            /** @description When the classroom was created, Unix timestamp in milliseconds (UTC). */
            createTime: components["schemas"]["Timestamp"];
            roomProperties: components["schemas"]["RoomProperties"];
            /** @description The current class state; always equal to `roomProperties.state`. */
            state: components["schemas"]["ClassState"];
            /** @description `1` when chat is muted for the whole classroom (students cannot send messages). */
            muteChat: components["schemas"]["MuteState"];
            /** @description `1` when student video is muted for the whole classroom. */
            muteVideo: components["schemas"]["MuteState"];
            /** @description `1` when student audio is muted for the whole classroom. */
            muteAudio: components["schemas"]["MuteState"];
            /** @description Per-role settings given at creation; absent when none were given. */
            roleConfig?: components["schemas"]["RoleConfig"];
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
         * @description Error body of HTTP 401: invalid App ID, or missing or wrong `x-agora-token` / `x-agora-uid`.
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
         * CreateRoomProperties
         * @description Classroom properties set at creation.
         */
        CreateRoomProperties: {
            schedule: components["schemas"]["Schedule"];
        };
        /**
         * CreateClassroomRequest
         * @description Body of the create-classroom request.
         */
        CreateClassroomRequest: {
            /** @description Display name of the classroom, at most 64 characters. */
            roomName: string;
            roomType: components["schemas"]["RoomType"];
            roomProperties: components["schemas"]["CreateRoomProperties"];
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
             * @description Business code `409` (Agora documents none for this case; this document uses the HTTP status).
             * @enum {integer}
             */
            code: 409;
            msg: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
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
         * RecordingStatus
         * @description Recording state: `1` recording in progress, `2` recording has ended.
         * @enum {integer}
         */
        RecordingStatus: 1 | 2;
        /**
         * RecordingStateData
         * @description State of a classroom's cloud recording: the `data` of a recording state change event (`cmd`
         *     1001) and, optionally, of a successful set-recording-state call.
         */
        RecordingStateData: {
            /** @description Unique identifier of the recording session. */
            recordId: string;
            /** @description The `sid` of the Agora Cloud Recording task. */
            sid: string;
            /** @description The `resourceId` of the Agora Cloud Recording task. */
            resourceId: string;
            state: components["schemas"]["RecordingStatus"];
            /** @description When the recording session started, Unix timestamp in milliseconds (UTC). */
            startTime: components["schemas"]["Timestamp"];
            /**
             * Format: uri
             * @description URL of the live (CDN) stream of the recording, or `null` when the recording is not pushed to a CDN.
             */
            streamingUrl: string | null;
        };
        /**
         * SetRecordingStateResponse
         * @description Success envelope of set-recording-state; `data` (the recording state) may be absent.
         */
        SetRecordingStateResponse: {
            code: components["schemas"]["SuccessCode"];
            msg?: components["schemas"]["Message"];
            /** @description The server's current Unix time in milliseconds (UTC). */
            ts: components["schemas"]["Timestamp"];
            /** @description The recording state after the call (not always returned). */
            data?: components["schemas"]["RecordingStateData"];
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
         * NullableTimestamp
         * @description Unix timestamp in milliseconds (UTC), or `null` while the moment has not happened yet.
         */
        NullableTimestamp: number | null;
        /**
         * RecordingType
         * @description Recording type: `1` individual recording, `2` composite recording, `3` web page recording.
         * @enum {integer}
         */
        RecordingType: 1 | 2 | 3;
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
            boardId: string;
            /** @description SDK token of the Agora Interactive Whiteboard (Netless) service. */
            boardToken: string;
            type: components["schemas"]["RecordingType"];
            status: components["schemas"]["RecordingStatus"];
            /**
             * @description Storage path (or URL) of the HLS playlist (`.m3u8`) of an individual or composite recording,
             *     e.g. `scenario/recording/xxxxxx/xxxxxx/xxxxxx.m3u8`.
             */
            url: string;
            /** @description Files produced by a web page recording (`type` 3). */
            recordDetails?: components["schemas"]["RecordDetail"][];
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
         * @description `data` of a class state change event (`cmd` 1).
         */
        ClassStateEventData: {
            /** @description When the class started, Unix timestamp in milliseconds (UTC); `null` before it has started. */
            startTime: components["schemas"]["NullableTimestamp"];
            state: components["schemas"]["ClassState"];
            /** @description When the class ended, Unix timestamp in milliseconds (UTC); `null` before it has ended. */
            endTime: components["schemas"]["NullableTimestamp"];
            /**
             * @description When the classroom closes (or closed), Unix timestamp in milliseconds (UTC): the end time plus
             *     `closeDelay` once the class has ended, the moment of closing once it is closed (state 3),
             *     `null` before the class has ended.
             */
            closeTime: components["schemas"]["NullableTimestamp"];
        };
        /**
         * ClassStateEvent
         * @description Class state changed (`cmd` 1).
         */
        ClassStateEvent: {
            /** @description ID of the classroom the event happened in. */
            roomUuid: components["schemas"]["RoomUuid"];
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
         * UserRole
         * @description User role: `1` teacher, `2` student, `3` teaching assistant.
         * @enum {integer}
         */
        UserRole: 1 | 2 | 3;
        /**
         * UserSummary
         * @description A classroom user.
         */
        UserSummary: {
            /** @description User ID (also the user's RTM login ID). */
            userUuid: string;
            /** @description Display name of the user. */
            userName: string;
            role: components["schemas"]["UserRole"];
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
         * @description A classroom chat message was received (`cmd` 3).
         */
        ChatMessageEvent: {
            /** @description ID of the classroom the event happened in. */
            roomUuid: components["schemas"]["RoomUuid"];
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
            role: components["schemas"]["UserRole"];
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
            role: components["schemas"]["UserRole"];
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
        };
        /**
         * UsersEventData
         * @description `data` of a users-joined-or-left event (`cmd` 20). Every field is optional: Agora's own
         *     example event carries an empty `data: {}`.
         */
        UsersEventData: {
            /** @description Total number of users who joined or left in this event. */
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
            /** @description ID of the classroom the event happened in. */
            roomUuid: components["schemas"]["RoomUuid"];
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
         * @description Recording state changed (`cmd` 1001).
         */
        RecordingStateEvent: {
            /** @description ID of the classroom the event happened in. */
            roomUuid: components["schemas"]["RoomUuid"];
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
         * OtherEvent
         * @description An event of a type this document does not detail (for example `1003` course resources changed,
         *     `1101` rewards changed, `1501` users on stage changed, `1502` hand raising changed, or a type
         *     Agora adds later). Its `cmd` is any integer other than 1, 3, 20 and 1001; its `data` is
         *     deliberately open, because its shape depends on the event type.
         */
        OtherEvent: {
            /** @description ID of the classroom the event happened in. */
            roomUuid: components["schemas"]["RoomUuid"];
            /** @description Event type (any type other than the detailed ones 1, 3, 20 and 1001). */
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
         * @description A classroom event `{roomUuid, cmd, sequence, version, data}`. The shape of `data` depends on
         *     the event type `cmd`; exactly one of the alternatives matches any event, because each detailed
         *     alternative fixes `cmd` to one value and the last one accepts every other `cmd`.
         */
        Event: components["schemas"]["ClassStateEvent"] | components["schemas"]["ChatMessageEvent"] | components["schemas"]["UsersEvent"] | components["schemas"]["RecordingStateEvent"] | components["schemas"]["OtherEvent"];
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
    };
    responses: {
        /** @description A request parameter is incorrect (business code 400), e.g. a path value outside its allowed set or a malformed App ID or classroom ID. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestError"];
            };
        };
        /** @description The App ID is invalid, or `x-agora-token` / `x-agora-uid` is missing or wrong (business code 401). */
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
        /** @description A classroom with this `roomUuid` already exists (business code 409). */
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
    };
    parameters: {
        /**
         * @description Your Agora App ID (32 hexadecimal characters), from Agora Console. A value that is not 32 hex
         *     characters is a malformed parameter (400); a well-formed App ID that is unknown or does not
         *     match the token is answered with 401.
         * @example 0123456789abcdef0123456789abcdef
         */
        AppId: components["schemas"]["AppId"];
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
         *     - `2`: ended (users already in the classroom may stay until `closeDelay` seconds have passed;
         *       nobody can join);
         *     - `3`: closed (everyone is removed from the classroom and nobody can join).
         * @example 1
         */
        ClassStateTarget: components["schemas"]["ClassState"];
        /**
         * @description The recording state to set: `0` stop recording, `1` start recording.
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
    };
    requestBodies: {
        /** @description The classroom to create. */
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
                 * @description Your Agora App ID (32 hexadecimal characters), from Agora Console. A value that is not 32 hex
                 *     characters is a malformed parameter (400); a well-formed App ID that is unknown or does not
                 *     match the token is answered with 401.
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
                 * @description Your Agora App ID (32 hexadecimal characters), from Agora Console. A value that is not 32 hex
                 *     characters is a malformed parameter (400); a well-formed App ID that is unknown or does not
                 *     match the token is answered with 401.
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
                 * @description Your Agora App ID (32 hexadecimal characters), from Agora Console. A value that is not 32 hex
                 *     characters is a malformed parameter (400); a well-formed App ID that is unknown or does not
                 *     match the token is answered with 401.
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
                 *     - `2`: ended (users already in the classroom may stay until `closeDelay` seconds have passed;
                 *       nobody can join);
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
    setRecordingState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your Agora App ID (32 hexadecimal characters), from Agora Console. A value that is not 32 hex
                 *     characters is a malformed parameter (400); a well-formed App ID that is unknown or does not
                 *     match the token is answered with 401.
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
                 * @description The recording state to set: `0` stop recording, `1` start recording.
                 * @example 1
                 */
                state: components["parameters"]["RecordingStateTarget"];
            };
            cookie?: never;
        };
        requestBody?: never;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RoomNotFound"];
            409: components["responses"]["RecordingStateConflict"];
            410: components["responses"]["ClassEnded"];
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
                 * @description Your Agora App ID (32 hexadecimal characters), from Agora Console. A value that is not 32 hex
                 *     characters is a malformed parameter (400); a well-formed App ID that is unknown or does not
                 *     match the token is answered with 401.
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
                 * @description Your Agora App ID (32 hexadecimal characters), from Agora Console. A value that is not 32 hex
                 *     characters is a malformed parameter (400); a well-formed App ID that is unknown or does not
                 *     match the token is answered with 401.
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
                 * @description Your Agora App ID (32 hexadecimal characters), from Agora Console. A value that is not 32 hex
                 *     characters is a malformed parameter (400); a well-formed App ID that is unknown or does not
                 *     match the token is answered with 401.
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
}
