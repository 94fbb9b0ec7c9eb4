/**
 * GENERATED FILE - DO NOT EDIT. Source: openapi/mock-control/openapi.yaml.
 * Rebuild with `npm run generate`; `npm test` fails when this copy is stale.
 */
export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
            error: string;
            details?: string[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
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
}
