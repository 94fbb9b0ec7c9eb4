/**
 * GENERATED FILE - DO NOT EDIT. Source: openapi/anyclassroom/openapi.yaml.
 * Rebuild with `npm run generate`; `npm test` fails when this copy is stale.
 */
export interface paths {
    "/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List devices
         * @description Lists the account's devices, one page at a time (`per_page`, default 50; `page`, default 1).
         *
         *     Status property may be `enabled` or `disabled`, depending on the device's status in AnyClassroom.
         *     It does not affect the AnyDesk functionality: the status is only informative.
         *
         *     Authentication: the `X-Token-AC` header with your API token.
         */
        get: operations["listDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/{anydeskId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The device's AnyDesk ID (`123456789`) or its AnyDesk alias (`sog-elite-14-1@ad`). A string because an alias is accepted; `@` may be sent as is in a path segment (or as `%40`). See DECISIONS AC-12. */
                anydeskId: components["parameters"]["AnydeskIdOrAlias"];
            };
            cookie?: never;
        };
        /**
         * Get a device by AnyDesk ID or alias
         * @description Returns one device, addressed by its AnyDesk ID or by its AnyDesk alias, with the classroom it is
         *     in and its latest temporal access links.
         *
         *     - `classroom` may be null if the device is not in a classroom.
         *     - `latest_temporal_access` holds the latest 5 temporal access links created for the device
         *       (at most five, newest first). They carry no `created_at`/`updated_at` in the seed's example.
         *     - Status property may be `enabled` or `disabled`, depending on the device's status in
         *       AnyClassroom. It does not affect the AnyDesk functionality: the status is only informative.
         *
         *     Authentication: the `X-Token-AC` header with your API token.
         */
        get: operations["getDevice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/{anydeskId}/temporal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The device's AnyDesk ID (`123456789`) or its AnyDesk alias (`sog-elite-14-1@ad`). A string because an alias is accepted; `@` may be sent as is in a path segment (or as `%40`). See DECISIONS AC-12. */
                anydeskId: components["parameters"]["AnydeskIdOrAlias"];
            };
            cookie?: never;
        };
        /**
         * List a device's temporal access links
         * @description Lists the temporal access links created for one device (addressed by AnyDesk ID or alias), one
         *     page at a time (`per_page`, default 50; `page`, default 1). The items carry no state: compare
         *     `until_time` with the clock to tell an expired link.
         *
         *     Authentication: the `X-Token-AC` header with your API token.
         */
        get: operations["listDeviceTemporalAccesses"];
        put?: never;
        /**
         * Create a temporal access link
         * @description Creates a temporal access link for one device (addressed by AnyDesk ID or alias): a signed URL
         *     that is valid from `from_time` until `until_time` (Unix seconds, UTC). Answers 201.
         *
         *     - `from_time` must be lower than `until_time`; otherwise 422.
         *     - If `from_time` is not provided, the validity of the link starts at the time of creation (now).
         *     - Both values may be sent as JSON integers or as numeric strings (the seed's example sends
         *       strings); the answer always prints integers.
         *     - The link can be revoked early with `PATCH /temporal-access/{token}/invalidate`.
         *
         *     - Fields the operation does not know are ignored.
         *     - A body that is not valid JSON (the seed's own fetch example sends `[object Object]`, AC-29)
         *       is read as an empty body, as Laravel does: 422 with the field errors ("The until time field is
         *       required."), never 400 or 500 (AC-7).
         *
         *     Send the body as JSON (`Content-Type: application/json`) and ask for JSON
         *     (`Accept: application/json`). Authentication: the `X-Token-AC` header with your API token.
         */
        post: operations["createTemporalAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/temporal-access/{token}/invalidate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The `token` of the temporal access link, as the create answer prints it (the seed names this `temporal_token`).
                 * @example 66b8ae29-ca3e-4505-a7a5-c2075b1366de
                 */
                token: components["parameters"]["TemporalAccessToken"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Invalidate a temporal access link
         * @description Invalidates a temporal access link before its `until_time`. No request body.
         *
         *     - The link is invalidated in the next 30-second interval: a request at 18:30:15 invalidates the
         *       link at 18:30:30; a request at 18:30:35 invalidates it at 18:31:00 (a request exactly on a
         *       mark takes the next one). `session_expires_at` in the answer says when the link stops working
         *       (Unix seconds, UTC): the mark, or the link's own `until_time` when that comes first.
         *     - From then on the link reads as cut short: `until_time` becomes `session_expires_at` and `url`
         *       is signed again with `expires` equal to the new `until_time`, so `from_time < until_time` and
         *       the URL's `expires` always agree with the link (AC-30).
         *     - A link that would not have opened before the mark (`from_time` at or after the mark) never
         *       opens: it is cancelled at once. Its window becomes the second before the request
         *       (`until_time` = the request's second, `from_time` one second earlier), so it reads as expired,
         *       and `session_expires_at` is that `until_time` (AC-30).
         *     - If the link has already been invalidated (a second call, before or after its mark) or has
         *       expired, the answer is 422 with exactly
         *       `{"error": "Temporal access already invalidated or expired"}` - not Laravel's validation
         *       shape.
         *     - For the link to be invalidated automatically, the device must have 2FA enabled in
         *       AnyClassroom (`has_2fa`). On a device without 2FA the call answers 200 but nothing is cut:
         *       the link keeps its `until_time` and `url`, `session_expires_at` is that `until_time`, and a
         *       later call answers the same 200 until the link expires (AC-31).
         *
         *     Authentication: the `X-Token-AC` header with your API token.
         */
        patch: operations["invalidateTemporalAccess"];
        trace?: never;
    };
    "/classrooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List classrooms
         * @description Lists the account's classrooms with how many devices each holds, one page at a time (`per_page`,
         *     default 50; `page`, default 1). The seed writes the path `/classrooms/`; it is `/classrooms`.
         *
         *     Authentication: the `X-Token-AC` header with your API token.
         */
        get: operations["listClassrooms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/classrooms/{classroomId}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The classroom's `id` as `GET /classrooms` prints it (the seed names this `classroom_id`). An id of no classroom of the account, or one that is not an integer, answers 404.
                 * @example 155
                 */
                classroomId: components["parameters"]["ClassroomId"];
            };
            cookie?: never;
        };
        /**
         * List a classroom's devices
         * @description Lists the devices in one classroom, one page at a time (`per_page`, default 50; `page`,
         *     default 1). Each device is printed as in `GET /devices`.
         *
         *     Status property may be `enabled` or `disabled`, depending on the device's status in AnyClassroom.
         *     It does not affect the AnyDesk functionality: the status is only informative.
         *
         *     Authentication: the `X-Token-AC` header with your API token.
         */
        get: operations["listClassroomDevices"];
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
         * ErrorMessage
         * @description Laravel's JSON error body for everything but validation failures: `{"message": "..."}` (401 "Unauthenticated.", 403 "This action is unauthorized.", 404, 500 "Server Error", 503 "Service Unavailable", ...).
         */
        ErrorMessage: {
            /** @description A human-readable message. Match on the status code, not on this text. */
            message: string;
        };
        /**
         * AnydeskId
         * @description An AnyDesk ID, printed as a string of digits (the seed's examples always quote it).
         * @example 123456789
         */
        AnydeskId: string;
        /**
         * DeviceStatus
         * @description The device's status in AnyClassroom. Only informative: it does not affect the AnyDesk functionality (a disabled device still works in AnyDesk).
         * @enum {string}
         */
        DeviceStatus: "enabled" | "disabled";
        /**
         * Device
         * @description An AnyDesk client registered in AnyClassroom, as the device lists print it. `status` is only informative: it reflects the device's status in AnyClassroom and does not affect AnyDesk itself. The device detail (`DeviceDetail`) prints the same five fields plus `classroom` and `latest_temporal_access`; keep the two field lists in step.
         */
        Device: {
            /** @description The AnyDesk ID. Either this value or `anydesk_alias` addresses the device in `/devices/{anydeskId}`. */
            anydesk_id: components["schemas"]["AnydeskId"];
            /**
             * @description The AnyDesk alias (`name@namespace`, usually `...@ad`). Accepted in place of the AnyDesk ID in `/devices/{anydeskId}`.
             * @example device-hostname-0001@ad
             */
            anydesk_alias: string;
            /**
             * @description The AnyDesk unattended-access password AnyClassroom manages for the device. A secret: do not log it.
             * @example abc123zxc
             */
            anydesk_password: string;
            /** @description Whether the device has two-factor authentication enabled in AnyClassroom. Temporal access links are only invalidated automatically on devices that have it. */
            has_2fa: boolean;
            status: components["schemas"]["DeviceStatus"];
        };
        /**
         * PaginationLink
         * @description One entry of a paginated collection's `links` array: "Previous", each page number (with "..." gaps on long ranges), "Next".
         */
        PaginationLink: {
            /**
             * Format: uri
             * @description The page's URL, or null ("Previous" on the first page, "Next" on the last, "..." gaps).
             */
            url: string | null;
            /**
             * @description A page number (printed as an integer) or a word: "Previous", "Next" or "...". Laravel's default paginator prints HTML entities ("&laquo; Previous"); this API prints the bare words.
             * @example Previous
             * @example 1
             */
            label: string | number;
            /** @description True on the current page's entry only. */
            active: boolean;
        };
        /**
         * PaginationLinks
         * @description The top-level `links` of a paginated collection. This API prints them as an array of `{url, label, active}` (a customised Laravel paginator); Laravel's default resource collection prints an object `{first, last, prev, next}` here and puts this array in `meta.links`. See DECISIONS AC-3.
         */
        PaginationLinks: components["schemas"]["PaginationLink"][];
        /**
         * PaginationMeta
         * @description Page information of a paginated collection, in one of two forms the seed prints: the full Laravel form (`current_page, from, last_page, path, per_page, to, total`; the device list) or the short form (`total, per_page, current_page, last_page`; the other lists). `from`, `to` and `path` come together or not at all. `from`/`to` are the 1-based positions of the page's first and last items, null on an empty page (a page past the last one). See DECISIONS AC-4.
         */
        PaginationMeta: {
            /** @description The page this answer holds (the `page` query parameter, default 1). */
            current_page: number;
            /** @description Position of the page's first item in the whole result, or null on an empty page. */
            from?: number | null;
            /** @description The number of the last page (1 when the result is empty). */
            last_page: number;
            /**
             * Format: uri
             * @description The collection's URL without query string.
             */
            path?: string;
            /** @description Page size in force (the `per_page` query parameter, default 50). */
            per_page: number;
            /** @description Position of the page's last item in the whole result, or null on an empty page. */
            to?: number | null;
            /** @description Number of items in the whole result. */
            total: number;
        };
        /**
         * DeviceCollection
         * @description One page of devices, as a Laravel paginated resource collection `{data, links, meta}`.
         */
        DeviceCollection: {
            /** @description The page's devices. */
            data: components["schemas"]["Device"][];
            links: components["schemas"]["PaginationLinks"];
            meta: components["schemas"]["PaginationMeta"];
        };
        /**
         * ValidationError
         * @description Laravel's validation failure body (422). `message` is the first error message, followed since Laravel 9 by " (and N more error)" / " (and N more errors)" when there are more; `errors` maps each failing input field to its messages.
         */
        ValidationError: {
            /** @example The until time field is required. */
            message: string;
            /** @description Failing input field -> its error messages (at least one). */
            errors: {
                [key: string]: string[];
            };
        };
        /**
         * ClassroomSummary
         * @description The classroom a device belongs to, as the device detail prints it: only `id` and `name` of `Classroom`. (The seed prints it as `[ "id": 1, "name": "..." ]`, which is not JSON; it is an object - see DECISIONS AC-1.)
         */
        ClassroomSummary: {
            /** @description The classroom's id, as in `Classroom`. */
            id: number;
            /** @description The classroom's display name. */
            name: string;
        };
        /**
         * UnixTime
         * Format: int64
         * @description A point in time as Unix time in whole seconds (UTC), as the API prints `from_time` and `until_time` (for example `1596642000` is 2020-08-05T15:40:00Z).
         * @example 1596642000
         */
        UnixTime: number;
        /**
         * LaravelTimestamp
         * @description An Eloquent `created_at`/`updated_at` timestamp as Laravel serialises it: ISO-8601 in UTC with six fractional digits (microseconds) and a `Z` suffix, for example `2020-08-05T16:23:28.000000Z`.
         * @example 2020-08-05T16:23:28.000000Z
         */
        LaravelTimestamp: string;
        /**
         * TemporalAccessSummary
         * @description A temporal access link as the device detail's `latest_temporal_access` prints it. The seed's detail example shows no `created_at`/`updated_at` there, so they are optional here; the lists and the create answer always carry them (`TemporalAccess`). See DECISIONS AC-5.
         */
        TemporalAccessSummary: {
            /**
             * Format: uuid
             * @description The link's token (a UUID). Addresses it in `PATCH /temporal-access/{token}/invalidate`.
             * @example 66b8ae29-ca3e-4505-a7a5-c2075b1366de
             */
            token: string;
            /** @description Unix time (seconds, UTC) from which the link is valid. */
            from_time: components["schemas"]["UnixTime"];
            /** @description Unix time (seconds, UTC) until which the link is valid; always greater than `from_time`, and always the URL's `expires` (an invalidation cuts it and signs the URL again, DECISIONS AC-30). */
            until_time: components["schemas"]["UnixTime"];
            /**
             * @description The link to hand to the user: a Laravel signed URL `https://app.anyclassroom.com/temporal-access/{token}?expires={until_time}&signature={hex}` where `signature` is HMAC-SHA256 (keyed with the application key) of the full URL without the `signature` parameter, as 64 lowercase hex characters. Opening it with a wrong signature answers 403 "Invalid signature.". It is a web page, not an API operation.
             * @example https://app.anyclassroom.com/temporal-access/66b8ae29-ca3e-4505-a7a5-c2075b1366de?expires=1596643000&signature=fab66b55ff0731df0d2a52d79ed84568ea62f8493d03f07736c1208821d0cd97
             */
            url: string;
            created_at?: components["schemas"]["LaravelTimestamp"];
            updated_at?: components["schemas"]["LaravelTimestamp"];
        };
        /**
         * DeviceDetail
         * @description One device as `GET /devices/{anydeskId}` prints it: the five `Device` fields plus the classroom it belongs to (or null) and its latest temporal access links. The five fields are repeated here rather than composed with `allOf` so that both schemas stay closed (`additionalProperties: false`) for validators and mock generators that do not apply `unevaluatedProperties`; keep them in step with `Device`.
         */
        DeviceDetail: {
            anydesk_id: components["schemas"]["AnydeskId"];
            /**
             * @description The AnyDesk alias, as in `Device`.
             * @example sog-elite-14-1@ad
             */
            anydesk_alias: string;
            /** @description The AnyDesk unattended-access password, as in `Device`. A secret. */
            anydesk_password: string;
            /** @description Whether the device has 2FA enabled in AnyClassroom, as in `Device`. */
            has_2fa: boolean;
            status: components["schemas"]["DeviceStatus"];
            /** @description The classroom the device is in, or null when the device is not in a classroom. */
            classroom: components["schemas"]["ClassroomSummary"] | null;
            /** @description The latest temporal access links created for the device, at most five, newest first (empty when none was ever created). The seed does not say whether expired or invalidated links are left out (DECISIONS AC-20). */
            latest_temporal_access: components["schemas"]["TemporalAccessSummary"][];
        };
        /**
         * DeviceDetailResponse
         * @description The device detail wrapped in Laravel's resource envelope `{data}`.
         */
        DeviceDetailResponse: {
            data: components["schemas"]["DeviceDetail"];
        };
        /**
         * TemporalAccess
         * @description A temporal access link: a time-boxed, signed URL that opens an AnyDesk session on one device, as the temporal access list and the create answer print it (with `created_at` and `updated_at`).
         */
        TemporalAccess: WithRequired<components["schemas"]["TemporalAccessSummary"], "created_at" | "updated_at">;
        /**
         * TemporalAccessCollection
         * @description One page of temporal access links, as a Laravel paginated resource collection `{data, links, meta}`.
         */
        TemporalAccessCollection: {
            /** @description The page's temporal access links. */
            data: components["schemas"]["TemporalAccess"][];
            links: components["schemas"]["PaginationLinks"];
            meta: components["schemas"]["PaginationMeta"];
        };
        /**
         * UnixTimeInput
         * @description A Unix time in seconds as the create body accepts it: a JSON integer or a string of digits (the seed's own example sends `"1596642000"`). The server validates with Laravel's `integer` rule, i.e. PHP's `FILTER_VALIDATE_INT`: an optional sign, no leading zeros. See DECISIONS AC-2.
         * @example 1596642000
         * @example 1596642000
         */
        UnixTimeInput: number | string;
        /**
         * CreateTemporalAccessRequest
         * @description The body of `POST /devices/{anydeskId}/temporal`. `from_time` must be lower than `until_time` (checked by the server, answered with 422; JSON Schema cannot compare two fields). Without `from_time` the link is valid from the moment it is created. Unknown fields are ignored by the server, so the schema does not close the object.
         */
        CreateTemporalAccessRequest: {
            /** @description Unix time (seconds, UTC) from which the link is valid. Optional; defaults to the time of creation. Must be lower than `until_time`. */
            from_time?: components["schemas"]["UnixTimeInput"];
            /** @description Unix time (seconds, UTC) until which the link is valid. Required. */
            until_time: components["schemas"]["UnixTimeInput"];
        };
        /**
         * TemporalAccessResponse
         * @description A created temporal access link wrapped in Laravel's resource envelope `{data}`.
         */
        TemporalAccessResponse: {
            data: components["schemas"]["TemporalAccess"];
        };
        /**
         * InvalidationResult
         * @description The answer to `PATCH /temporal-access/{token}/invalidate`. Invalidation takes effect at the next 30-second mark, or earlier when the link ends before it; `session_expires_at` states when.
         */
        InvalidationResult: {
            /**
             * @description Always "Invalidated".
             * @constant
             */
            status: "Invalidated";
            /**
             * Format: int64
             * @description When the link stops working: Unix time in seconds (UTC). Usually the next 30-second mark after the request (a request at 18:30:15 gives 18:30:30, one at 18:30:35 gives 18:31:00); the link's own `until_time` when that comes before the mark or when the device has no 2FA; the request's second for a link cancelled before it opens. It always equals the link's `until_time` after the call. The seed gives no value; an integer like `from_time`/`until_time` is assumed - see DECISIONS AC-8, AC-30, AC-31.
             * @example 1596642210
             */
            session_expires_at: number;
        };
        /**
         * InvalidationError
         * @description The 422 body of the invalidate operation when the link was already invalidated or has expired. Not Laravel's validation shape: a single `error` key with a fixed text (seed, Note 2).
         */
        InvalidationError: {
            /** @constant */
            error: "Temporal access already invalidated or expired";
        };
        /**
         * Classroom
         * @description A classroom (a group of devices) of the account, as `GET /classrooms` prints it.
         */
        Classroom: {
            /**
             * @description The classroom's id; addresses it in `/classrooms/{classroomId}/devices`.
             * @example 114
             */
            id: number;
            /**
             * @description The classroom's display name.
             * @example Room example 1
             */
            name: string;
            /**
             * @description How many devices the classroom holds (Eloquent `withCount('devices')`).
             * @example 4
             */
            devices_count: number;
            created_at: components["schemas"]["LaravelTimestamp"];
            updated_at: components["schemas"]["LaravelTimestamp"];
        };
        /**
         * ClassroomCollection
         * @description One page of classrooms, as a Laravel paginated resource collection `{data, links, meta}`.
         */
        ClassroomCollection: {
            /** @description The page's classrooms. */
            data: components["schemas"]["Classroom"][];
            links: components["schemas"]["PaginationLinks"];
            meta: components["schemas"]["PaginationMeta"];
        };
    };
    responses: {
        /** @description Unauthenticated: the `X-Token-AC` header is missing or holds no valid API token (seed: "401 Unauthorized access"). Laravel's authentication failure body. */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description Validation failed (seed: "422 Unprocessable Entity due to errors on validation"): `per_page` is not an integer of at least 1 (DECISIONS AC-9). `page` never fails: Laravel reads an unusable value as page 1. Laravel's validation body; the messages follow Laravel 10+'s English texts. */
        InvalidPagination: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description Server error (the seed calls 500 "Malformed request"). Laravel hides the cause outside debug mode and answers "Server Error"; a malformed request is not the usual cause - see DECISIONS AC-7. Safe to retry idempotent operations. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description Service unavailable: the application is in maintenance mode (Laravel's `php artisan down`), or overloaded. Not in the seed (Laravel convention). Retry later. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description Forbidden: the token is valid but the addressed resource belongs to another account (seed: "403 Unauthorized request"). Laravel's authorization failure body. Only on operations that address one resource (DECISIONS AC-6); the server may answer 404 instead for such a resource. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description No device of the account has this AnyDesk ID or alias (seed: "404 {Resource} not found"). The message text is not guaranteed: Laravel's route-model binding would say `No query results for model [App\Models\Device] ...` (DECISIONS AC-13). */
        DeviceNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The request body is larger than the server accepts (over 1 MiB in the project's mock; the real server's limit is its PHP `post_max_size`). Not in the seed (convention for operations with a JSON body). Laravel's own PostTooLargeException carries an empty message; the text here is illustrative (DECISIONS AC-14). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The request body is not sent as `application/json`. Not in the seed (convention for operations with a JSON body); the message text is illustrative (DECISIONS AC-14). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description No temporal access link has this token (seed: "404 {Resource} not found"). The message text is not guaranteed (DECISIONS AC-13). */
        TemporalAccessNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description No classroom of the account has this id (seed: "404 {Resource} not found"). The message text is not guaranteed: Laravel's route-model binding would say `No query results for model [App\Models\Classroom] ...` (DECISIONS AC-13). */
        ClassroomNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
    };
    parameters: {
        /**
         * @description Number of results per page. Default 50 (seed). An integer of at least 1, with no upper bound (the seed gives none). A value that is not an integer, or is below 1, answers 422 with a Laravel validation error (DECISIONS AC-9).
         * @example 20
         */
        PerPage: number;
        /**
         * @description The page to return, starting at 1. Not in the seed's tables, but every `links[].url` the seed prints uses it. Laravel's paginator reads it itself: a value that is not an integer of at least 1 (`0`, `-2`, `abc`, `1.5`) is read as page 1, never refused. A page past the last one answers 200 with an empty `data` (DECISIONS AC-9).
         * @example 1
         */
        Page: number | string;
        /** @description The device's AnyDesk ID (`123456789`) or its AnyDesk alias (`sog-elite-14-1@ad`). A string because an alias is accepted; `@` may be sent as is in a path segment (or as `%40`). See DECISIONS AC-12. */
        AnydeskIdOrAlias: string;
        /**
         * @description The `token` of the temporal access link, as the create answer prints it (the seed names this `temporal_token`).
         * @example 66b8ae29-ca3e-4505-a7a5-c2075b1366de
         */
        TemporalAccessToken: string;
        /**
         * @description The classroom's `id` as `GET /classrooms` prints it (the seed names this `classroom_id`). An id of no classroom of the account, or one that is not an integer, answers 404.
         * @example 155
         */
        ClassroomId: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listDevices: {
        parameters: {
            query?: {
                /**
                 * @description Number of results per page. Default 50 (seed). An integer of at least 1, with no upper bound (the seed gives none). A value that is not an integer, or is below 1, answers 422 with a Laravel validation error (DECISIONS AC-9).
                 * @example 20
                 */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description The page to return, starting at 1. Not in the seed's tables, but every `links[].url` the seed prints uses it. Laravel's paginator reads it itself: a value that is not an integer of at least 1 (`0`, `-2`, `abc`, `1.5`) is read as page 1, never refused. A page past the last one answers 200 with an empty `data` (DECISIONS AC-9).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of devices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceCollection"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["InvalidPagination"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The device's AnyDesk ID (`123456789`) or its AnyDesk alias (`sog-elite-14-1@ad`). A string because an alias is accepted; `@` may be sent as is in a path segment (or as `%40`). See DECISIONS AC-12. */
                anydeskId: components["parameters"]["AnydeskIdOrAlias"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The device. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceDetailResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DeviceNotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDeviceTemporalAccesses: {
        parameters: {
            query?: {
                /**
                 * @description Number of results per page. Default 50 (seed). An integer of at least 1, with no upper bound (the seed gives none). A value that is not an integer, or is below 1, answers 422 with a Laravel validation error (DECISIONS AC-9).
                 * @example 20
                 */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description The page to return, starting at 1. Not in the seed's tables, but every `links[].url` the seed prints uses it. Laravel's paginator reads it itself: a value that is not an integer of at least 1 (`0`, `-2`, `abc`, `1.5`) is read as page 1, never refused. A page past the last one answers 200 with an empty `data` (DECISIONS AC-9).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
            };
            header?: never;
            path: {
                /** @description The device's AnyDesk ID (`123456789`) or its AnyDesk alias (`sog-elite-14-1@ad`). A string because an alias is accepted; `@` may be sent as is in a path segment (or as `%40`). See DECISIONS AC-12. */
                anydeskId: components["parameters"]["AnydeskIdOrAlias"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the device's temporal access links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemporalAccessCollection"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DeviceNotFound"];
            422: components["responses"]["InvalidPagination"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createTemporalAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The device's AnyDesk ID (`123456789`) or its AnyDesk alias (`sog-elite-14-1@ad`). A string because an alias is accepted; `@` may be sent as is in a path segment (or as `%40`). See DECISIONS AC-12. */
                anydeskId: components["parameters"]["AnydeskIdOrAlias"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTemporalAccessRequest"];
            };
        };
        responses: {
            /** @description Temporal access link created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemporalAccessResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DeviceNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Validation failed (seed: "422 Unprocessable Entity due to errors on validation"): `until_time` missing (also when the body is not valid JSON: Laravel reads it as empty input, AC-7), a value that is not an integer or numeric string, or `from_time` not lower than `until_time`. Laravel's validation body; the messages follow Laravel 10+'s English texts. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    invalidateTemporalAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The `token` of the temporal access link, as the create answer prints it (the seed names this `temporal_token`).
                 * @example 66b8ae29-ca3e-4505-a7a5-c2075b1366de
                 */
                token: components["parameters"]["TemporalAccessToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invalidation is accepted: the link stops working at `session_expires_at` (on a device without 2FA, that is its unchanged `until_time`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvalidationResult"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["TemporalAccessNotFound"];
            /** @description The link was already invalidated (by an earlier call, whether or not its mark has passed), or has expired (seed, Note 2). This body only; never Laravel's validation shape. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvalidationError"];
                };
            };
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listClassrooms: {
        parameters: {
            query?: {
                /**
                 * @description Number of results per page. Default 50 (seed). An integer of at least 1, with no upper bound (the seed gives none). A value that is not an integer, or is below 1, answers 422 with a Laravel validation error (DECISIONS AC-9).
                 * @example 20
                 */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description The page to return, starting at 1. Not in the seed's tables, but every `links[].url` the seed prints uses it. Laravel's paginator reads it itself: a value that is not an integer of at least 1 (`0`, `-2`, `abc`, `1.5`) is read as page 1, never refused. A page past the last one answers 200 with an empty `data` (DECISIONS AC-9).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of classrooms. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassroomCollection"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["InvalidPagination"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listClassroomDevices: {
        parameters: {
            query?: {
                /**
                 * @description Number of results per page. Default 50 (seed). An integer of at least 1, with no upper bound (the seed gives none). A value that is not an integer, or is below 1, answers 422 with a Laravel validation error (DECISIONS AC-9).
                 * @example 20
                 */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description The page to return, starting at 1. Not in the seed's tables, but every `links[].url` the seed prints uses it. Laravel's paginator reads it itself: a value that is not an integer of at least 1 (`0`, `-2`, `abc`, `1.5`) is read as page 1, never refused. A page past the last one answers 200 with an empty `data` (DECISIONS AC-9).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
            };
            header?: never;
            path: {
                /**
                 * @description The classroom's `id` as `GET /classrooms` prints it (the seed names this `classroom_id`). An id of no classroom of the account, or one that is not an integer, answers 404.
                 * @example 155
                 */
                classroomId: components["parameters"]["ClassroomId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the classroom's devices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceCollection"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ClassroomNotFound"];
            422: components["responses"]["InvalidPagination"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
