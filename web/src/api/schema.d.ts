/**
 * GENERATED FILE: do not edit. The Canopy API's types, made by openapi-typescript from the OpenAPI document the server
 * publishes at /openapi.json (src/http/openapi.ts, from the routes' zod schemas).
 *
 * Regenerate after changing an API schema:  npm run api-types   (scripts/openapi-types.ts; no database needed)
 * test/e2e/openapi-types.test.ts fails when this file is not current.
 */

export interface paths {
    "/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /**
                     * @description true: answer 204 (no body) instead of 401 when no one is signed in.
                     * @example true
                     */
                    optional?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Who is signed in (401 without a valid session cookie, or 204 with `optional=true`). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "user": {
                         *         "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                         *         "full_name": "Priya Shah",
                         *         "email": "priya@dealer.example.co.uk"
                         *       },
                         *       "account": {
                         *         "id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *         "name": "Northern Print Services",
                         *         "role": "provider"
                         *       },
                         *       "csrf_token": "Jx3kQ9vL2mP7sT0wY5zB8dF1gH4nR6uE"
                         *     }
                         */
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description No one is signed in (only with `optional=true`). */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "email": "priya@dealer.example.co.uk",
                     *       "password": "correct horse battery staple"
                     *     }
                     */
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Signed in: the session cookie is set (HttpOnly, Secure, SameSite=Strict). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "user": {
                         *         "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                         *         "full_name": "Priya Shah",
                         *         "email": "priya@dealer.example.co.uk"
                         *       },
                         *       "account": {
                         *         "id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *         "name": "Northern Print Services",
                         *         "role": "provider"
                         *       },
                         *       "csrf_token": "Jx3kQ9vL2mP7sT0wY5zB8dF1gH4nR6uE"
                         *     }
                         */
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out: the session ends and the cookie is cleared. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["SessionDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "current_password": "correct horse battery staple",
                     *       "new_password": "a new long pass phrase"
                     *     }
                     */
                    "application/json": {
                        current_password: string;
                        new_password: string;
                    };
                };
            };
            responses: {
                /** @description Changed: the user's other sessions are ended; this one stays signed in. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "changed": true
                         *     }
                         */
                        "application/json": components["schemas"]["PasswordChanged"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Only entries older than this entry id (paging backwards).
                     * @example 18342
                     */
                    before?: number;
                    /** @description Only the writes of this user or API key. */
                    actor_id?: string;
                    /** @description Only writes made with an API key, by a signed-in user, or without credentials. */
                    actor_type?: "api_key" | "user" | "anonymous";
                    /** @description Only this method. */
                    method?: "POST" | "PUT" | "PATCH" | "DELETE";
                    /**
                     * @description Only this route pattern (as in `route`), e.g. `/v1/servers/:id`; an item route includes its account-scoped twin (`/v1/accounts/:account_id/servers/:id`).
                     * @example /v1/servers/:id
                     */
                    route?: string;
                    /** @description Only writes to this resource. */
                    resource_id?: string;
                    /** @description Only writes made by this account's users and keys (an account of the caller's subtree). */
                    account_id?: string;
                    /**
                     * @description Only entries on or after this day (Europe/London, like every period of the API).
                     * @example 2024-03-05
                     */
                    from?: string;
                    /**
                     * @description Only entries on or before this day (Europe/London).
                     * @example 2024-03-05
                     */
                    to?: string;
                    /**
                     * @description `success` (a status below 400), `failure` (400 and above) or one status code.
                     * @example failure
                     */
                    status?: string;
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Write requests of the caller's account subtree, newest first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": 18341,
                         *         "at": "2024-03-05T10:12:44Z",
                         *         "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *         "actor_type": "user",
                         *         "actor_id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                         *         "method": "PATCH",
                         *         "route": "/v1/servers/:id",
                         *         "resource_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *         "status": 200,
                         *         "ip": "203.0.113.24",
                         *         "user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
                         *         "account_name": "Northwind MPS",
                         *         "actor_name": "Dana Okafor",
                         *         "actor_email": "dana@northwind.example",
                         *         "actor_key_prefix": null
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["AuditEntry"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The process is up. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "status": "ok"
                         *     }
                         */
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready: the database answers. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "status": "ready",
                         *       "database": "ok"
                         *     }
                         */
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                            /** @enum {string} */
                            database: "ok";
                        };
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not ready: the database does not answer. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "The database is not reachable.",
                         *       "code": 503,
                         *       "status": "not ready",
                         *       "database": "unreachable"
                         *     }
                         */
                        "application/json": {
                            /** @description What went wrong, for people (it may change between releases). */
                            error: string;
                            /** @description The HTTP status. */
                            code: number;
                            /** @description What went wrong, for programs: stable (invalid_request, not_found, credentials_rejected, portal_unreachable, tls_untrusted, rate_limited, …; docs/api.md). */
                            reason: string;
                            /** @enum {string} */
                            status: "not ready";
                            /** @enum {string} */
                            database: "unreachable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Prometheus metrics (text exposition format 0.0.4). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The caller's account. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "name": "Hartley & Sons",
                         *       "display_name": "Hartley & Sons Solicitors",
                         *       "role": "customer",
                         *       "parent_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "external_id": "CRM-1043",
                         *       "status": "active",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "activated_at": "2024-01-15T10:30:00Z",
                         *       "deactivated_at": null,
                         *       "accounts_count": 0,
                         *       "users_count": 2,
                         *       "mtd_pages": 12480,
                         *       "qtd_pages": 30112,
                         *       "ytd_pages": 30112,
                         *       "ltd_pages": 161540,
                         *       "mtd_trees": 1.5,
                         *       "qtd_trees": 3.61,
                         *       "ytd_trees": 3.61,
                         *       "ltd_trees": 19.39,
                         *       "lifetime_pages": 161540,
                         *       "lifetime_trees": 19.39,
                         *       "factors_version": "epn-2024.1",
                         *       "mtd_co2e_kg": 158.5,
                         *       "qtd_co2e_kg": 382.42,
                         *       "ytd_co2e_kg": 382.42,
                         *       "ltd_co2e_kg": 2051.56,
                         *       "mtd_water_l": 4434.14,
                         *       "qtd_water_l": 10698.79,
                         *       "ytd_water_l": 10698.79,
                         *       "ltd_water_l": 57395.16,
                         *       "mtd_energy_kwh": 579.95,
                         *       "qtd_energy_kwh": 1399.3,
                         *       "ytd_energy_kwh": 1399.3,
                         *       "ltd_energy_kwh": 7506.76,
                         *       "mtd_wood_kg": 222.89,
                         *       "qtd_wood_kg": 537.8,
                         *       "ytd_wood_kg": 537.8,
                         *       "ltd_wood_kg": 2885.1,
                         *       "certificates_pending_months": []
                         *     }
                         */
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: only the rows whose name, display name or external id contain this text (case-insensitive). */
                    q?: string;
                    /** @description A Canopy extension: the order of the rows (`-` first: descending); without it, oldest first (created_at). Pages (limit/after) follow the order chosen; a cursor is valid only with the sort it was made for. */
                    sort?: "created_at" | "-created_at" | "name" | "-name";
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The caller's child accounts. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "name": "Hartley & Sons",
                         *         "display_name": "Hartley & Sons Solicitors",
                         *         "role": "customer",
                         *         "parent_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *         "external_id": "CRM-1043",
                         *         "status": "active",
                         *         "created_at": "2024-01-15T10:30:00Z",
                         *         "activated_at": "2024-01-15T10:30:00Z",
                         *         "deactivated_at": null,
                         *         "accounts_count": 0,
                         *         "users_count": 2,
                         *         "mtd_pages": 12480,
                         *         "qtd_pages": 30112,
                         *         "ytd_pages": 30112,
                         *         "ltd_pages": 161540,
                         *         "mtd_trees": 1.5,
                         *         "qtd_trees": 3.61,
                         *         "ytd_trees": 3.61,
                         *         "ltd_trees": 19.39,
                         *         "lifetime_pages": 161540,
                         *         "lifetime_trees": 19.39,
                         *         "factors_version": "epn-2024.1",
                         *         "mtd_co2e_kg": 158.5,
                         *         "qtd_co2e_kg": 382.42,
                         *         "ytd_co2e_kg": 382.42,
                         *         "ltd_co2e_kg": 2051.56,
                         *         "mtd_water_l": 4434.14,
                         *         "qtd_water_l": 10698.79,
                         *         "ytd_water_l": 10698.79,
                         *         "ltd_water_l": 57395.16,
                         *         "mtd_energy_kwh": 579.95,
                         *         "qtd_energy_kwh": 1399.3,
                         *         "ytd_energy_kwh": 1399.3,
                         *         "ltd_energy_kwh": 7506.76,
                         *         "mtd_wood_kg": 222.89,
                         *         "qtd_wood_kg": 537.8,
                         *         "ytd_wood_kg": 537.8,
                         *         "ltd_wood_kg": 2885.1,
                         *         "certificates_pending_months": []
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Account"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "Hartley & Sons",
                     *       "display_name": "Hartley & Sons Solicitors",
                     *       "external_id": "CRM-1043",
                     *       "role": "customer"
                     *     }
                     */
                    "application/json": {
                        name: string;
                        display_name?: string | null;
                        external_id?: string | null;
                        /** @enum {string} */
                        role?: "provider" | "customer";
                        parent_id?: string | null;
                    };
                };
            };
            responses: {
                /** @description Account */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "name": "Hartley & Sons",
                         *       "display_name": "Hartley & Sons Solicitors",
                         *       "role": "customer",
                         *       "parent_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "external_id": "CRM-1043",
                         *       "status": "active",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "activated_at": "2024-01-15T10:30:00Z",
                         *       "deactivated_at": null,
                         *       "accounts_count": 0,
                         *       "users_count": 2,
                         *       "mtd_pages": 12480,
                         *       "qtd_pages": 30112,
                         *       "ytd_pages": 30112,
                         *       "ltd_pages": 161540,
                         *       "mtd_trees": 1.5,
                         *       "qtd_trees": 3.61,
                         *       "ytd_trees": 3.61,
                         *       "ltd_trees": 19.39,
                         *       "lifetime_pages": 161540,
                         *       "lifetime_trees": 19.39,
                         *       "factors_version": "epn-2024.1",
                         *       "mtd_co2e_kg": 158.5,
                         *       "qtd_co2e_kg": 382.42,
                         *       "ytd_co2e_kg": 382.42,
                         *       "ltd_co2e_kg": 2051.56,
                         *       "mtd_water_l": 4434.14,
                         *       "qtd_water_l": 10698.79,
                         *       "ytd_water_l": 10698.79,
                         *       "ltd_water_l": 57395.16,
                         *       "mtd_energy_kwh": 579.95,
                         *       "qtd_energy_kwh": 1399.3,
                         *       "ytd_energy_kwh": 1399.3,
                         *       "ltd_energy_kwh": 7506.76,
                         *       "mtd_wood_kg": 222.89,
                         *       "qtd_wood_kg": 537.8,
                         *       "ytd_wood_kg": 537.8,
                         *       "ltd_wood_kg": 2885.1,
                         *       "certificates_pending_months": []
                         *     }
                         */
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "name": "Hartley & Sons",
                         *       "display_name": "Hartley & Sons Solicitors",
                         *       "role": "customer",
                         *       "parent_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "external_id": "CRM-1043",
                         *       "status": "active",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "activated_at": "2024-01-15T10:30:00Z",
                         *       "deactivated_at": null,
                         *       "accounts_count": 0,
                         *       "users_count": 2,
                         *       "mtd_pages": 12480,
                         *       "qtd_pages": 30112,
                         *       "ytd_pages": 30112,
                         *       "ltd_pages": 161540,
                         *       "mtd_trees": 1.5,
                         *       "qtd_trees": 3.61,
                         *       "ytd_trees": 3.61,
                         *       "ltd_trees": 19.39,
                         *       "lifetime_pages": 161540,
                         *       "lifetime_trees": 19.39,
                         *       "factors_version": "epn-2024.1",
                         *       "mtd_co2e_kg": 158.5,
                         *       "qtd_co2e_kg": 382.42,
                         *       "ytd_co2e_kg": 382.42,
                         *       "ltd_co2e_kg": 2051.56,
                         *       "mtd_water_l": 4434.14,
                         *       "qtd_water_l": 10698.79,
                         *       "ytd_water_l": 10698.79,
                         *       "ltd_water_l": 57395.16,
                         *       "mtd_energy_kwh": 579.95,
                         *       "qtd_energy_kwh": 1399.3,
                         *       "ytd_energy_kwh": 1399.3,
                         *       "ltd_energy_kwh": 7506.76,
                         *       "mtd_wood_kg": 222.89,
                         *       "qtd_wood_kg": 537.8,
                         *       "ytd_wood_kg": 537.8,
                         *       "ltd_wood_kg": 2885.1,
                         *       "certificates_pending_months": []
                         *     }
                         */
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "display_name": "Hartley & Sons LLP"
                     *     }
                     */
                    "application/json": {
                        name?: string;
                        display_name?: string | null;
                        external_id?: string | null;
                        /** @enum {string} */
                        role?: "provider" | "customer";
                    };
                };
            };
            responses: {
                /** @description Account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "name": "Hartley & Sons",
                         *       "display_name": "Hartley & Sons Solicitors",
                         *       "role": "customer",
                         *       "parent_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "external_id": "CRM-1043",
                         *       "status": "active",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "activated_at": "2024-01-15T10:30:00Z",
                         *       "deactivated_at": null,
                         *       "accounts_count": 0,
                         *       "users_count": 2,
                         *       "mtd_pages": 12480,
                         *       "qtd_pages": 30112,
                         *       "ytd_pages": 30112,
                         *       "ltd_pages": 161540,
                         *       "mtd_trees": 1.5,
                         *       "qtd_trees": 3.61,
                         *       "ytd_trees": 3.61,
                         *       "ltd_trees": 19.39,
                         *       "lifetime_pages": 161540,
                         *       "lifetime_trees": 19.39,
                         *       "factors_version": "epn-2024.1",
                         *       "mtd_co2e_kg": 158.5,
                         *       "qtd_co2e_kg": 382.42,
                         *       "ytd_co2e_kg": 382.42,
                         *       "ltd_co2e_kg": 2051.56,
                         *       "mtd_water_l": 4434.14,
                         *       "qtd_water_l": 10698.79,
                         *       "ytd_water_l": 10698.79,
                         *       "ltd_water_l": 57395.16,
                         *       "mtd_energy_kwh": 579.95,
                         *       "qtd_energy_kwh": 1399.3,
                         *       "ytd_energy_kwh": 1399.3,
                         *       "ltd_energy_kwh": 7506.76,
                         *       "mtd_wood_kg": 222.89,
                         *       "qtd_wood_kg": 537.8,
                         *       "ytd_wood_kg": 537.8,
                         *       "ltd_wood_kg": 2885.1,
                         *       "certificates_pending_months": []
                         *     }
                         */
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "name": "Hartley & Sons",
                         *       "display_name": "Hartley & Sons Solicitors",
                         *       "role": "customer",
                         *       "parent_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "external_id": "CRM-1043",
                         *       "status": "active",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "activated_at": "2024-01-15T10:30:00Z",
                         *       "deactivated_at": null,
                         *       "accounts_count": 0,
                         *       "users_count": 2,
                         *       "mtd_pages": 12480,
                         *       "qtd_pages": 30112,
                         *       "ytd_pages": 30112,
                         *       "ltd_pages": 161540,
                         *       "mtd_trees": 1.5,
                         *       "qtd_trees": 3.61,
                         *       "ytd_trees": 3.61,
                         *       "ltd_trees": 19.39,
                         *       "lifetime_pages": 161540,
                         *       "lifetime_trees": 19.39,
                         *       "factors_version": "epn-2024.1",
                         *       "mtd_co2e_kg": 158.5,
                         *       "qtd_co2e_kg": 382.42,
                         *       "ytd_co2e_kg": 382.42,
                         *       "ltd_co2e_kg": 2051.56,
                         *       "mtd_water_l": 4434.14,
                         *       "qtd_water_l": 10698.79,
                         *       "ytd_water_l": 10698.79,
                         *       "ltd_water_l": 57395.16,
                         *       "mtd_energy_kwh": 579.95,
                         *       "qtd_energy_kwh": 1399.3,
                         *       "ytd_energy_kwh": 1399.3,
                         *       "ltd_energy_kwh": 7506.76,
                         *       "mtd_wood_kg": 222.89,
                         *       "qtd_wood_kg": 537.8,
                         *       "ytd_wood_kg": 537.8,
                         *       "ltd_wood_kg": 2885.1,
                         *       "certificates_pending_months": []
                         *     }
                         */
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "display_name": "Hartley & Sons LLP"
                     *     }
                     */
                    "application/json": {
                        name?: string;
                        display_name?: string | null;
                        external_id?: string | null;
                        /** @enum {string} */
                        role?: "provider" | "customer";
                    };
                };
            };
            responses: {
                /** @description Account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "name": "Hartley & Sons",
                         *       "display_name": "Hartley & Sons Solicitors",
                         *       "role": "customer",
                         *       "parent_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "external_id": "CRM-1043",
                         *       "status": "active",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "activated_at": "2024-01-15T10:30:00Z",
                         *       "deactivated_at": null,
                         *       "accounts_count": 0,
                         *       "users_count": 2,
                         *       "mtd_pages": 12480,
                         *       "qtd_pages": 30112,
                         *       "ytd_pages": 30112,
                         *       "ltd_pages": 161540,
                         *       "mtd_trees": 1.5,
                         *       "qtd_trees": 3.61,
                         *       "ytd_trees": 3.61,
                         *       "ltd_trees": 19.39,
                         *       "lifetime_pages": 161540,
                         *       "lifetime_trees": 19.39,
                         *       "factors_version": "epn-2024.1",
                         *       "mtd_co2e_kg": 158.5,
                         *       "qtd_co2e_kg": 382.42,
                         *       "ytd_co2e_kg": 382.42,
                         *       "ltd_co2e_kg": 2051.56,
                         *       "mtd_water_l": 4434.14,
                         *       "qtd_water_l": 10698.79,
                         *       "ytd_water_l": 10698.79,
                         *       "ltd_water_l": 57395.16,
                         *       "mtd_energy_kwh": 579.95,
                         *       "qtd_energy_kwh": 1399.3,
                         *       "ytd_energy_kwh": 1399.3,
                         *       "ltd_energy_kwh": 7506.76,
                         *       "mtd_wood_kg": 222.89,
                         *       "qtd_wood_kg": 537.8,
                         *       "ytd_wood_kg": 537.8,
                         *       "ltd_wood_kg": 2885.1,
                         *       "certificates_pending_months": []
                         *     }
                         */
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/accounts/{account_id}/accounts/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "name": "Hartley & Sons",
                         *       "display_name": "Hartley & Sons Solicitors",
                         *       "role": "customer",
                         *       "parent_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "external_id": "CRM-1043",
                         *       "status": "active",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "activated_at": "2024-01-15T10:30:00Z",
                         *       "deactivated_at": null,
                         *       "accounts_count": 0,
                         *       "users_count": 2,
                         *       "mtd_pages": 12480,
                         *       "qtd_pages": 30112,
                         *       "ytd_pages": 30112,
                         *       "ltd_pages": 161540,
                         *       "mtd_trees": 1.5,
                         *       "qtd_trees": 3.61,
                         *       "ytd_trees": 3.61,
                         *       "ltd_trees": 19.39,
                         *       "lifetime_pages": 161540,
                         *       "lifetime_trees": 19.39,
                         *       "factors_version": "epn-2024.1",
                         *       "mtd_co2e_kg": 158.5,
                         *       "qtd_co2e_kg": 382.42,
                         *       "ytd_co2e_kg": 382.42,
                         *       "ltd_co2e_kg": 2051.56,
                         *       "mtd_water_l": 4434.14,
                         *       "qtd_water_l": 10698.79,
                         *       "ytd_water_l": 10698.79,
                         *       "ltd_water_l": 57395.16,
                         *       "mtd_energy_kwh": 579.95,
                         *       "qtd_energy_kwh": 1399.3,
                         *       "ytd_energy_kwh": 1399.3,
                         *       "ltd_energy_kwh": 7506.76,
                         *       "mtd_wood_kg": 222.89,
                         *       "qtd_wood_kg": 537.8,
                         *       "ytd_wood_kg": 537.8,
                         *       "ltd_wood_kg": 2885.1,
                         *       "certificates_pending_months": []
                         *     }
                         */
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "name": "Hartley & Sons",
                         *       "display_name": "Hartley & Sons Solicitors",
                         *       "role": "customer",
                         *       "parent_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "external_id": "CRM-1043",
                         *       "status": "active",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "activated_at": "2024-01-15T10:30:00Z",
                         *       "deactivated_at": null,
                         *       "accounts_count": 0,
                         *       "users_count": 2,
                         *       "mtd_pages": 12480,
                         *       "qtd_pages": 30112,
                         *       "ytd_pages": 30112,
                         *       "ltd_pages": 161540,
                         *       "mtd_trees": 1.5,
                         *       "qtd_trees": 3.61,
                         *       "ytd_trees": 3.61,
                         *       "ltd_trees": 19.39,
                         *       "lifetime_pages": 161540,
                         *       "lifetime_trees": 19.39,
                         *       "factors_version": "epn-2024.1",
                         *       "mtd_co2e_kg": 158.5,
                         *       "qtd_co2e_kg": 382.42,
                         *       "ytd_co2e_kg": 382.42,
                         *       "ltd_co2e_kg": 2051.56,
                         *       "mtd_water_l": 4434.14,
                         *       "qtd_water_l": 10698.79,
                         *       "ytd_water_l": 10698.79,
                         *       "ltd_water_l": 57395.16,
                         *       "mtd_energy_kwh": 579.95,
                         *       "qtd_energy_kwh": 1399.3,
                         *       "ytd_energy_kwh": 1399.3,
                         *       "ltd_energy_kwh": 7506.76,
                         *       "mtd_wood_kg": 222.89,
                         *       "qtd_wood_kg": 537.8,
                         *       "ytd_wood_kg": 537.8,
                         *       "ltd_wood_kg": 2885.1,
                         *       "certificates_pending_months": []
                         *     }
                         */
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/accounts/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "name": "Hartley & Sons",
                         *       "display_name": "Hartley & Sons Solicitors",
                         *       "role": "customer",
                         *       "parent_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "external_id": "CRM-1043",
                         *       "status": "active",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "activated_at": "2024-01-15T10:30:00Z",
                         *       "deactivated_at": null,
                         *       "accounts_count": 0,
                         *       "users_count": 2,
                         *       "mtd_pages": 12480,
                         *       "qtd_pages": 30112,
                         *       "ytd_pages": 30112,
                         *       "ltd_pages": 161540,
                         *       "mtd_trees": 1.5,
                         *       "qtd_trees": 3.61,
                         *       "ytd_trees": 3.61,
                         *       "ltd_trees": 19.39,
                         *       "lifetime_pages": 161540,
                         *       "lifetime_trees": 19.39,
                         *       "factors_version": "epn-2024.1",
                         *       "mtd_co2e_kg": 158.5,
                         *       "qtd_co2e_kg": 382.42,
                         *       "ytd_co2e_kg": 382.42,
                         *       "ltd_co2e_kg": 2051.56,
                         *       "mtd_water_l": 4434.14,
                         *       "qtd_water_l": 10698.79,
                         *       "ytd_water_l": 10698.79,
                         *       "ltd_water_l": 57395.16,
                         *       "mtd_energy_kwh": 579.95,
                         *       "qtd_energy_kwh": 1399.3,
                         *       "ytd_energy_kwh": 1399.3,
                         *       "ltd_energy_kwh": 7506.76,
                         *       "mtd_wood_kg": 222.89,
                         *       "qtd_wood_kg": 537.8,
                         *       "ytd_wood_kg": 537.8,
                         *       "ltd_wood_kg": 2885.1,
                         *       "certificates_pending_months": []
                         *     }
                         */
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "name": "Hartley & Sons",
                         *       "display_name": "Hartley & Sons Solicitors",
                         *       "role": "customer",
                         *       "parent_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "external_id": "CRM-1043",
                         *       "status": "active",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "activated_at": "2024-01-15T10:30:00Z",
                         *       "deactivated_at": null,
                         *       "accounts_count": 0,
                         *       "users_count": 2,
                         *       "mtd_pages": 12480,
                         *       "qtd_pages": 30112,
                         *       "ytd_pages": 30112,
                         *       "ltd_pages": 161540,
                         *       "mtd_trees": 1.5,
                         *       "qtd_trees": 3.61,
                         *       "ytd_trees": 3.61,
                         *       "ltd_trees": 19.39,
                         *       "lifetime_pages": 161540,
                         *       "lifetime_trees": 19.39,
                         *       "factors_version": "epn-2024.1",
                         *       "mtd_co2e_kg": 158.5,
                         *       "qtd_co2e_kg": 382.42,
                         *       "ytd_co2e_kg": 382.42,
                         *       "ltd_co2e_kg": 2051.56,
                         *       "mtd_water_l": 4434.14,
                         *       "qtd_water_l": 10698.79,
                         *       "ytd_water_l": 10698.79,
                         *       "ltd_water_l": 57395.16,
                         *       "mtd_energy_kwh": 579.95,
                         *       "qtd_energy_kwh": 1399.3,
                         *       "ytd_energy_kwh": 1399.3,
                         *       "ltd_energy_kwh": 7506.76,
                         *       "mtd_wood_kg": 222.89,
                         *       "qtd_wood_kg": 537.8,
                         *       "ytd_wood_kg": 537.8,
                         *       "ltd_wood_kg": 2885.1,
                         *       "certificates_pending_months": []
                         *     }
                         */
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: only the rows whose name, display name or external id contain this text (case-insensitive). */
                    q?: string;
                    /** @description A Canopy extension: the order of the rows (`-` first: descending); without it, oldest first (created_at). Pages (limit/after) follow the order chosen; a cursor is valid only with the sort it was made for. */
                    sort?: "created_at" | "-created_at" | "name" | "-name";
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The child accounts of :account_id. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "name": "Hartley & Sons",
                         *         "display_name": "Hartley & Sons Solicitors",
                         *         "role": "customer",
                         *         "parent_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *         "external_id": "CRM-1043",
                         *         "status": "active",
                         *         "created_at": "2024-01-15T10:30:00Z",
                         *         "activated_at": "2024-01-15T10:30:00Z",
                         *         "deactivated_at": null,
                         *         "accounts_count": 0,
                         *         "users_count": 2,
                         *         "mtd_pages": 12480,
                         *         "qtd_pages": 30112,
                         *         "ytd_pages": 30112,
                         *         "ltd_pages": 161540,
                         *         "mtd_trees": 1.5,
                         *         "qtd_trees": 3.61,
                         *         "ytd_trees": 3.61,
                         *         "ltd_trees": 19.39,
                         *         "lifetime_pages": 161540,
                         *         "lifetime_trees": 19.39,
                         *         "factors_version": "epn-2024.1",
                         *         "mtd_co2e_kg": 158.5,
                         *         "qtd_co2e_kg": 382.42,
                         *         "ytd_co2e_kg": 382.42,
                         *         "ltd_co2e_kg": 2051.56,
                         *         "mtd_water_l": 4434.14,
                         *         "qtd_water_l": 10698.79,
                         *         "ytd_water_l": 10698.79,
                         *         "ltd_water_l": 57395.16,
                         *         "mtd_energy_kwh": 579.95,
                         *         "qtd_energy_kwh": 1399.3,
                         *         "ytd_energy_kwh": 1399.3,
                         *         "ltd_energy_kwh": 7506.76,
                         *         "mtd_wood_kg": 222.89,
                         *         "qtd_wood_kg": 537.8,
                         *         "ytd_wood_kg": 537.8,
                         *         "ltd_wood_kg": 2885.1,
                         *         "certificates_pending_months": []
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Account"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "Hartley & Sons",
                     *       "display_name": "Hartley & Sons Solicitors",
                     *       "external_id": "CRM-1043",
                     *       "role": "customer"
                     *     }
                     */
                    "application/json": {
                        name: string;
                        display_name?: string | null;
                        external_id?: string | null;
                        /** @enum {string} */
                        role?: "provider" | "customer";
                        parent_id?: string | null;
                    };
                };
            };
            responses: {
                /** @description Account */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "name": "Hartley & Sons",
                         *       "display_name": "Hartley & Sons Solicitors",
                         *       "role": "customer",
                         *       "parent_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "external_id": "CRM-1043",
                         *       "status": "active",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "activated_at": "2024-01-15T10:30:00Z",
                         *       "deactivated_at": null,
                         *       "accounts_count": 0,
                         *       "users_count": 2,
                         *       "mtd_pages": 12480,
                         *       "qtd_pages": 30112,
                         *       "ytd_pages": 30112,
                         *       "ltd_pages": 161540,
                         *       "mtd_trees": 1.5,
                         *       "qtd_trees": 3.61,
                         *       "ytd_trees": 3.61,
                         *       "ltd_trees": 19.39,
                         *       "lifetime_pages": 161540,
                         *       "lifetime_trees": 19.39,
                         *       "factors_version": "epn-2024.1",
                         *       "mtd_co2e_kg": 158.5,
                         *       "qtd_co2e_kg": 382.42,
                         *       "ytd_co2e_kg": 382.42,
                         *       "ltd_co2e_kg": 2051.56,
                         *       "mtd_water_l": 4434.14,
                         *       "qtd_water_l": 10698.79,
                         *       "ytd_water_l": 10698.79,
                         *       "ltd_water_l": 57395.16,
                         *       "mtd_energy_kwh": 579.95,
                         *       "qtd_energy_kwh": 1399.3,
                         *       "ytd_energy_kwh": 1399.3,
                         *       "ltd_energy_kwh": 7506.76,
                         *       "mtd_wood_kg": 222.89,
                         *       "qtd_wood_kg": 537.8,
                         *       "ytd_wood_kg": 537.8,
                         *       "ltd_wood_kg": 2885.1,
                         *       "certificates_pending_months": []
                         *     }
                         */
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The API keys of the caller's account, revoked ones included. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
                         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "user_id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                         *         "name": "Billing export",
                         *         "prefix": "cnp_7Hq2xV",
                         *         "scope": "read",
                         *         "created_by_key_id": null,
                         *         "created_at": "2024-02-01T08:15:00Z",
                         *         "last_used_at": "2024-03-05T07:00:12Z",
                         *         "revoked_at": null
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["ApiKey"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "Billing export",
                     *       "scope": "read"
                     *     }
                     */
                    "application/json": {
                        /** @default API key */
                        name?: string;
                        /**
                         * @description `read`: GET only; `full` (default, or the creating key's own scope): whatever the account's role allows. A key cannot create a key with more power than itself.
                         * @enum {string}
                         */
                        scope?: "read" | "full";
                    };
                };
            };
            responses: {
                /** @description ApiKeyCreated */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "user_id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                         *       "name": "Billing export",
                         *       "prefix": "cnp_7Hq2xV",
                         *       "scope": "read",
                         *       "created_by_key_id": null,
                         *       "created_at": "2024-02-01T08:15:00Z",
                         *       "last_used_at": null,
                         *       "revoked_at": null,
                         *       "key": "cnp_7Hq2xV9kLm3pR8sT1wY4zB6dF0gJ5nQ2uE7aC9hK3mP"
                         *     }
                         */
                        "application/json": components["schemas"]["ApiKeyCreated"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/api_keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ApiKeyDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "user_id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                         *       "name": "Billing export",
                         *       "prefix": "cnp_7Hq2xV",
                         *       "scope": "read",
                         *       "created_by_key_id": null,
                         *       "created_at": "2024-02-01T08:15:00Z",
                         *       "last_used_at": "2024-03-05T07:00:12Z",
                         *       "revoked_at": null,
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["ApiKeyDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api_keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ApiKeyDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "user_id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                         *       "name": "Billing export",
                         *       "prefix": "cnp_7Hq2xV",
                         *       "scope": "read",
                         *       "created_by_key_id": null,
                         *       "created_at": "2024-02-01T08:15:00Z",
                         *       "last_used_at": "2024-03-05T07:00:12Z",
                         *       "revoked_at": null,
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["ApiKeyDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Server */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "type": "onestop",
                         *         "name": "Printfleet UK",
                         *         "url": "https://printfleet.example.co.uk",
                         *         "username": "canopy",
                         *         "password": null,
                         *         "contact": "fleet@dealer.example.co.uk",
                         *         "created_at": "2024-01-15T10:30:00Z",
                         *         "paper_profile": "a4",
                         *         "time_zone": "Europe/London",
                         *         "holiday_region": "GB-ENG",
                         *         "concurrency": 1,
                         *         "client_id": null,
                         *         "client_secret": null,
                         *         "ca_certificate": null,
                         *         "connection_profile": {
                         *           "auth": "oauth-password",
                         *           "token_path": "/token",
                         *           "customer_list": "array",
                         *           "id_type": "string",
                         *           "detected_at": "2024-01-15T10:30:01Z"
                         *         },
                         *         "health_check": "healthy",
                         *         "health_check_reason": null,
                         *         "health_reason": null,
                         *         "health_check_checked_at": "2024-03-05T09:00:00Z",
                         *         "health_check_changed_at": "2024-01-15T10:30:02Z"
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Server"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "onestop";
                        /** @description The display name (1–100 characters; default: the URL's host). */
                        name?: string;
                        url: string;
                        username: string;
                        password: string;
                        contact?: string | null;
                        /** @enum {string} */
                        paper_profile?: "a4" | "letter";
                        time_zone?: string;
                        holiday_region?: string;
                        concurrency?: number;
                        /** Format: uuid */
                        account_id?: string;
                        /** @description OAuth2 client id, sent with the password grant when the portal's log-in needs one. */
                        client_id?: string | null;
                        /** @description OAuth2 client secret (write-only, encrypted at rest). */
                        client_secret?: string | null;
                        /** @description The portal's CA certificate (PEM), trusted for this server only, besides the usual roots (null removes it). Changing it needs the password again. */
                        ca_pem?: string | null;
                    };
                };
            };
            responses: {
                /** @description Server */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "name": "Printfleet UK",
                         *       "url": "https://printfleet.example.co.uk",
                         *       "username": "canopy",
                         *       "password": null,
                         *       "contact": "fleet@dealer.example.co.uk",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "paper_profile": "a4",
                         *       "time_zone": "Europe/London",
                         *       "holiday_region": "GB-ENG",
                         *       "concurrency": 1,
                         *       "client_id": null,
                         *       "client_secret": null,
                         *       "ca_certificate": null,
                         *       "connection_profile": {
                         *         "auth": "oauth-password",
                         *         "token_path": "/token",
                         *         "customer_list": "array",
                         *         "id_type": "string",
                         *         "detected_at": "2024-01-15T10:30:01Z"
                         *       },
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T09:00:00Z",
                         *       "health_check_changed_at": "2024-01-15T10:30:02Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Server"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/probe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        url: string;
                        username: string;
                        password: string;
                        /** @description OAuth2 client id, sent with the password grant when the portal's log-in needs one. */
                        client_id?: string | null;
                        /** @description OAuth2 client secret (write-only, encrypted at rest). */
                        client_secret?: string | null;
                        /** @description The portal's CA certificate (PEM), trusted for this server only, besides the usual roots (null removes it). Changing it needs the password again. */
                        ca_pem?: string | null;
                        time_zone?: string;
                    };
                };
            };
            responses: {
                /** @description What Canopy finds at a portal, step by step (TLS, log-in style, customers, a sample reading, latency); nothing is saved. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalProbe"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/servers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Server */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "name": "Printfleet UK",
                         *       "url": "https://printfleet.example.co.uk",
                         *       "username": "canopy",
                         *       "password": null,
                         *       "contact": "fleet@dealer.example.co.uk",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "paper_profile": "a4",
                         *       "time_zone": "Europe/London",
                         *       "holiday_region": "GB-ENG",
                         *       "concurrency": 1,
                         *       "client_id": null,
                         *       "client_secret": null,
                         *       "ca_certificate": null,
                         *       "connection_profile": {
                         *         "auth": "oauth-password",
                         *         "token_path": "/token",
                         *         "customer_list": "array",
                         *         "id_type": "string",
                         *         "detected_at": "2024-01-15T10:30:01Z"
                         *       },
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T09:00:00Z",
                         *       "health_check_changed_at": "2024-01-15T10:30:02Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Server"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ServerDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "name": "Printfleet UK",
                         *       "url": "https://printfleet.example.co.uk",
                         *       "username": "canopy",
                         *       "password": null,
                         *       "contact": "fleet@dealer.example.co.uk",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "paper_profile": "a4",
                         *       "time_zone": "Europe/London",
                         *       "holiday_region": "GB-ENG",
                         *       "concurrency": 1,
                         *       "client_id": null,
                         *       "client_secret": null,
                         *       "ca_certificate": null,
                         *       "connection_profile": {
                         *         "auth": "oauth-password",
                         *         "token_path": "/token",
                         *         "customer_list": "array",
                         *         "id_type": "string",
                         *         "detected_at": "2024-01-15T10:30:01Z"
                         *       },
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T09:00:00Z",
                         *       "health_check_changed_at": "2024-01-15T10:30:02Z",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["ServerDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The display name (1–100 characters; default: the URL's host). */
                        name?: string;
                        url?: string;
                        username?: string;
                        password?: string;
                        contact?: string | null;
                        /** @enum {string} */
                        paper_profile?: "a4" | "letter";
                        time_zone?: string;
                        holiday_region?: string;
                        concurrency?: number;
                        /** @description OAuth2 client id, sent with the password grant when the portal's log-in needs one. */
                        client_id?: string | null;
                        /** @description OAuth2 client secret (write-only, encrypted at rest). */
                        client_secret?: string | null;
                        /** @description The portal's CA certificate (PEM), trusted for this server only, besides the usual roots (null removes it). Changing it needs the password again. */
                        ca_pem?: string | null;
                    };
                };
            };
            responses: {
                /** @description Server */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "name": "Printfleet UK",
                         *       "url": "https://printfleet.example.co.uk",
                         *       "username": "canopy",
                         *       "password": null,
                         *       "contact": "fleet@dealer.example.co.uk",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "paper_profile": "a4",
                         *       "time_zone": "Europe/London",
                         *       "holiday_region": "GB-ENG",
                         *       "concurrency": 1,
                         *       "client_id": null,
                         *       "client_secret": null,
                         *       "ca_certificate": null,
                         *       "connection_profile": {
                         *         "auth": "oauth-password",
                         *         "token_path": "/token",
                         *         "customer_list": "array",
                         *         "id_type": "string",
                         *         "detected_at": "2024-01-15T10:30:01Z"
                         *       },
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T09:00:00Z",
                         *       "health_check_changed_at": "2024-01-15T10:30:02Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Server"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/servers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Server */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "name": "Printfleet UK",
                         *       "url": "https://printfleet.example.co.uk",
                         *       "username": "canopy",
                         *       "password": null,
                         *       "contact": "fleet@dealer.example.co.uk",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "paper_profile": "a4",
                         *       "time_zone": "Europe/London",
                         *       "holiday_region": "GB-ENG",
                         *       "concurrency": 1,
                         *       "client_id": null,
                         *       "client_secret": null,
                         *       "ca_certificate": null,
                         *       "connection_profile": {
                         *         "auth": "oauth-password",
                         *         "token_path": "/token",
                         *         "customer_list": "array",
                         *         "id_type": "string",
                         *         "detected_at": "2024-01-15T10:30:01Z"
                         *       },
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T09:00:00Z",
                         *       "health_check_changed_at": "2024-01-15T10:30:02Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Server"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ServerDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "name": "Printfleet UK",
                         *       "url": "https://printfleet.example.co.uk",
                         *       "username": "canopy",
                         *       "password": null,
                         *       "contact": "fleet@dealer.example.co.uk",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "paper_profile": "a4",
                         *       "time_zone": "Europe/London",
                         *       "holiday_region": "GB-ENG",
                         *       "concurrency": 1,
                         *       "client_id": null,
                         *       "client_secret": null,
                         *       "ca_certificate": null,
                         *       "connection_profile": {
                         *         "auth": "oauth-password",
                         *         "token_path": "/token",
                         *         "customer_list": "array",
                         *         "id_type": "string",
                         *         "detected_at": "2024-01-15T10:30:01Z"
                         *       },
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T09:00:00Z",
                         *       "health_check_changed_at": "2024-01-15T10:30:02Z",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["ServerDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The display name (1–100 characters; default: the URL's host). */
                        name?: string;
                        url?: string;
                        username?: string;
                        password?: string;
                        contact?: string | null;
                        /** @enum {string} */
                        paper_profile?: "a4" | "letter";
                        time_zone?: string;
                        holiday_region?: string;
                        concurrency?: number;
                        /** @description OAuth2 client id, sent with the password grant when the portal's log-in needs one. */
                        client_id?: string | null;
                        /** @description OAuth2 client secret (write-only, encrypted at rest). */
                        client_secret?: string | null;
                        /** @description The portal's CA certificate (PEM), trusted for this server only, besides the usual roots (null removes it). Changing it needs the password again. */
                        ca_pem?: string | null;
                    };
                };
            };
            responses: {
                /** @description Server */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "name": "Printfleet UK",
                         *       "url": "https://printfleet.example.co.uk",
                         *       "username": "canopy",
                         *       "password": null,
                         *       "contact": "fleet@dealer.example.co.uk",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "paper_profile": "a4",
                         *       "time_zone": "Europe/London",
                         *       "holiday_region": "GB-ENG",
                         *       "concurrency": 1,
                         *       "client_id": null,
                         *       "client_secret": null,
                         *       "ca_certificate": null,
                         *       "connection_profile": {
                         *         "auth": "oauth-password",
                         *         "token_path": "/token",
                         *         "customer_list": "array",
                         *         "id_type": "string",
                         *         "detected_at": "2024-01-15T10:30:01Z"
                         *       },
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T09:00:00Z",
                         *       "health_check_changed_at": "2024-01-15T10:30:02Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Server"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/accounts/{account_id}/servers/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The server with the health its log-in check now gave. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "name": "Printfleet UK",
                         *       "url": "https://printfleet.example.co.uk",
                         *       "username": "canopy",
                         *       "password": null,
                         *       "contact": "fleet@dealer.example.co.uk",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "paper_profile": "a4",
                         *       "time_zone": "Europe/London",
                         *       "holiday_region": "GB-ENG",
                         *       "concurrency": 1,
                         *       "client_id": null,
                         *       "client_secret": null,
                         *       "ca_certificate": null,
                         *       "connection_profile": {
                         *         "auth": "oauth-password",
                         *         "token_path": "/token",
                         *         "customer_list": "array",
                         *         "id_type": "string",
                         *         "detected_at": "2024-01-15T10:30:01Z"
                         *       },
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T09:00:00Z",
                         *       "health_check_changed_at": "2024-01-15T10:30:02Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Server"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The server with the health its log-in check now gave. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "name": "Printfleet UK",
                         *       "url": "https://printfleet.example.co.uk",
                         *       "username": "canopy",
                         *       "password": null,
                         *       "contact": "fleet@dealer.example.co.uk",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "paper_profile": "a4",
                         *       "time_zone": "Europe/London",
                         *       "holiday_region": "GB-ENG",
                         *       "concurrency": 1,
                         *       "client_id": null,
                         *       "client_secret": null,
                         *       "ca_certificate": null,
                         *       "connection_profile": {
                         *         "auth": "oauth-password",
                         *         "token_path": "/token",
                         *         "customer_list": "array",
                         *         "id_type": "string",
                         *         "detected_at": "2024-01-15T10:30:01Z"
                         *       },
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T09:00:00Z",
                         *       "health_check_changed_at": "2024-01-15T10:30:02Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Server"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/servers/{id}/collect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A collection of the server is queued. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "queued": true
                         *     }
                         */
                        "application/json": components["schemas"]["CollectionQueued"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{id}/collect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A collection of the server is queued. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "queued": true
                         *     }
                         */
                        "application/json": components["schemas"]["CollectionQueued"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/servers/{id}/syncs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The server's collection runs, newest first (100 a page unless `limit` says otherwise). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "8c2d4e6f-1a3b-4c5d-9e7f-0a1b2c3d4e5f",
                         *         "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *         "trigger": "schedule",
                         *         "status": "partial",
                         *         "started_at": "2024-03-05T02:00:00Z",
                         *         "finished_at": "2024-03-05T02:00:41Z",
                         *         "duration_ms": 41250,
                         *         "feeds": 12,
                         *         "days": 12,
                         *         "requests": 26,
                         *         "retries": 1,
                         *         "errors": [
                         *           {
                         *             "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *             "message": "customer 1043: the portal answered 500 three times"
                         *           }
                         *         ],
                         *         "concurrency": {
                         *           "min": 1,
                         *           "median": 4,
                         *           "max": 4
                         *         },
                         *         "throttled": 1,
                         *         "heartbeat_at": null
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["SyncRun"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{id}/syncs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The server's collection runs, newest first (100 a page unless `limit` says otherwise). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "8c2d4e6f-1a3b-4c5d-9e7f-0a1b2c3d4e5f",
                         *         "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *         "trigger": "schedule",
                         *         "status": "partial",
                         *         "started_at": "2024-03-05T02:00:00Z",
                         *         "finished_at": "2024-03-05T02:00:41Z",
                         *         "duration_ms": 41250,
                         *         "feeds": 12,
                         *         "days": 12,
                         *         "requests": 26,
                         *         "retries": 1,
                         *         "errors": [
                         *           {
                         *             "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *             "message": "customer 1043: the portal answered 500 three times"
                         *           }
                         *         ],
                         *         "concurrency": {
                         *           "min": 1,
                         *           "median": 4,
                         *           "max": 4
                         *         },
                         *         "throttled": 1,
                         *         "heartbeat_at": null
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["SyncRun"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/servers/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The server's health changes, newest first (500 a page unless `limit` says otherwise). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "3f1c9b52-7d4e-4a8b-9e21-5c6d7e8f9a0b",
                         *         "at": "2024-03-04T09:00:00Z",
                         *         "old_state": "healthy",
                         *         "new_state": "unhealthy",
                         *         "reason": "DCA stale: no new counters for 3 business days (last data 2024-02-28)."
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["HealthEvent"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The server's health changes, newest first (500 a page unless `limit` says otherwise). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "3f1c9b52-7d4e-4a8b-9e21-5c6d7e8f9a0b",
                         *         "at": "2024-03-04T09:00:00Z",
                         *         "old_state": "healthy",
                         *         "new_state": "unhealthy",
                         *         "reason": "DCA stale: no new counters for 3 business days (last data 2024-02-28)."
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["HealthEvent"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Server */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "type": "onestop",
                         *         "name": "Printfleet UK",
                         *         "url": "https://printfleet.example.co.uk",
                         *         "username": "canopy",
                         *         "password": null,
                         *         "contact": "fleet@dealer.example.co.uk",
                         *         "created_at": "2024-01-15T10:30:00Z",
                         *         "paper_profile": "a4",
                         *         "time_zone": "Europe/London",
                         *         "holiday_region": "GB-ENG",
                         *         "concurrency": 1,
                         *         "client_id": null,
                         *         "client_secret": null,
                         *         "ca_certificate": null,
                         *         "connection_profile": {
                         *           "auth": "oauth-password",
                         *           "token_path": "/token",
                         *           "customer_list": "array",
                         *           "id_type": "string",
                         *           "detected_at": "2024-01-15T10:30:01Z"
                         *         },
                         *         "health_check": "healthy",
                         *         "health_check_reason": null,
                         *         "health_reason": null,
                         *         "health_check_checked_at": "2024-03-05T09:00:00Z",
                         *         "health_check_changed_at": "2024-01-15T10:30:02Z"
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Server"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "onestop";
                        /** @description The display name (1–100 characters; default: the URL's host). */
                        name?: string;
                        url: string;
                        username: string;
                        password: string;
                        contact?: string | null;
                        /** @enum {string} */
                        paper_profile?: "a4" | "letter";
                        time_zone?: string;
                        holiday_region?: string;
                        concurrency?: number;
                        /** Format: uuid */
                        account_id?: string;
                        /** @description OAuth2 client id, sent with the password grant when the portal's log-in needs one. */
                        client_id?: string | null;
                        /** @description OAuth2 client secret (write-only, encrypted at rest). */
                        client_secret?: string | null;
                        /** @description The portal's CA certificate (PEM), trusted for this server only, besides the usual roots (null removes it). Changing it needs the password again. */
                        ca_pem?: string | null;
                    };
                };
            };
            responses: {
                /** @description Server */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "name": "Printfleet UK",
                         *       "url": "https://printfleet.example.co.uk",
                         *       "username": "canopy",
                         *       "password": null,
                         *       "contact": "fleet@dealer.example.co.uk",
                         *       "created_at": "2024-01-15T10:30:00Z",
                         *       "paper_profile": "a4",
                         *       "time_zone": "Europe/London",
                         *       "holiday_region": "GB-ENG",
                         *       "concurrency": 1,
                         *       "client_id": null,
                         *       "client_secret": null,
                         *       "ca_certificate": null,
                         *       "connection_profile": {
                         *         "auth": "oauth-password",
                         *         "token_path": "/token",
                         *         "customer_list": "array",
                         *         "id_type": "string",
                         *         "detected_at": "2024-01-15T10:30:01Z"
                         *       },
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T09:00:00Z",
                         *       "health_check_changed_at": "2024-01-15T10:30:02Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Server"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description true: the records of the account's whole subtree, not only its own. */
                    include_descendants?: "true" | "false";
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "type": "onestop",
                         *         "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *         "external_id": "1043",
                         *         "collection_scope": null,
                         *         "created_at": "2024-01-15T10:45:00Z",
                         *         "status": "active",
                         *         "activated_at": "2024-01-01T00:00:00Z",
                         *         "deactivated_at": null,
                         *         "health_check": "healthy",
                         *         "health_check_reason": null,
                         *         "health_reason": null,
                         *         "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *         "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *         "synced_through": "2024-03-04",
                         *         "last_new_data": "2024-03-04"
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Feed"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "onestop";
                        /** Format: uuid */
                        server_id: string;
                        external_id: string | number;
                        activated_at: string;
                        collection_scope?: string | null;
                        /** Format: uuid */
                        account_id?: string;
                    };
                };
            };
            responses: {
                /** @description Feed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description FeedDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["FeedDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        external_id?: string | number;
                        activated_at?: string;
                        collection_scope?: string | null;
                    };
                };
            };
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description FeedDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["FeedDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        external_id?: string | number;
                        activated_at?: string;
                        collection_scope?: string | null;
                    };
                };
            };
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/accounts/{account_id}/feeds/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feeds/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/feeds/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feeds/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/feeds/{id}/resync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "start_date": "2026-01-01",
                     *       "end_date": "2026-01-31",
                     *       "dry_run": true
                     *     }
                     */
                    "application/json": {
                        /** @description The first day to re-read (clamped to the activation date). */
                        start_date: string;
                        /** @description The last day to re-read (clamped to yesterday in the server time zone). */
                        end_date: string;
                        /**
                         * @description Only report what re-reading would change (nothing is written).
                         * @default false
                         */
                        dry_run?: boolean;
                    };
                };
            };
            responses: {
                /** @description What re-reading the days would change (dry_run), or that the re-read is queued. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "dry_run": true,
                         *       "days": 5,
                         *       "changed_pages": 0
                         *     }
                         */
                        "application/json": components["schemas"]["FeedResync"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feeds/{id}/resync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "start_date": "2026-01-01",
                     *       "end_date": "2026-01-31",
                     *       "dry_run": true
                     *     }
                     */
                    "application/json": {
                        /** @description The first day to re-read (clamped to the activation date). */
                        start_date: string;
                        /** @description The last day to re-read (clamped to yesterday in the server time zone). */
                        end_date: string;
                        /**
                         * @description Only report what re-reading would change (nothing is written).
                         * @default false
                         */
                        dry_run?: boolean;
                    };
                };
            };
            responses: {
                /** @description What re-reading the days would change (dry_run), or that the re-read is queued. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "dry_run": true,
                         *       "days": 5,
                         *       "changed_pages": 0
                         *     }
                         */
                        "application/json": components["schemas"]["FeedResync"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/feeds/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feed's health changes, newest first (500 a page unless `limit` says otherwise). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "3f1c9b52-7d4e-4a8b-9e21-5c6d7e8f9a0b",
                         *         "at": "2024-03-04T09:00:00Z",
                         *         "old_state": "healthy",
                         *         "new_state": "unhealthy",
                         *         "reason": "DCA stale: no new counters for 3 business days (last data 2024-02-28)."
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["HealthEvent"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feeds/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feed's health changes, newest first (500 a page unless `limit` says otherwise). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "3f1c9b52-7d4e-4a8b-9e21-5c6d7e8f9a0b",
                         *         "at": "2024-03-04T09:00:00Z",
                         *         "old_state": "healthy",
                         *         "new_state": "unhealthy",
                         *         "reason": "DCA stale: no new counters for 3 business days (last data 2024-02-28)."
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["HealthEvent"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "type": "onestop",
                         *         "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *         "external_id": "1043",
                         *         "collection_scope": null,
                         *         "created_at": "2024-01-15T10:45:00Z",
                         *         "status": "active",
                         *         "activated_at": "2024-01-01T00:00:00Z",
                         *         "deactivated_at": null,
                         *         "health_check": "healthy",
                         *         "health_check_reason": null,
                         *         "health_reason": null,
                         *         "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *         "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *         "synced_through": "2024-03-04",
                         *         "last_new_data": "2024-03-04"
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Feed"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "onestop";
                        /** Format: uuid */
                        server_id: string;
                        external_id: string | number;
                        activated_at: string;
                        collection_scope?: string | null;
                        /** Format: uuid */
                        account_id?: string;
                    };
                };
            };
            responses: {
                /** @description Feed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description true: the records of the account's whole subtree, not only its own. */
                    include_descendants?: "true" | "false";
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "type": "onestop",
                         *         "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *         "external_id": "1043",
                         *         "collection_scope": null,
                         *         "created_at": "2024-01-15T10:45:00Z",
                         *         "status": "active",
                         *         "activated_at": "2024-01-01T00:00:00Z",
                         *         "deactivated_at": null,
                         *         "health_check": "healthy",
                         *         "health_check_reason": null,
                         *         "health_reason": null,
                         *         "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *         "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *         "synced_through": "2024-03-04",
                         *         "last_new_data": "2024-03-04"
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Feed"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "onestop";
                        /** Format: uuid */
                        server_id: string;
                        external_id: string | number;
                        activated_at: string;
                        collection_scope?: string | null;
                        /** Format: uuid */
                        account_id?: string;
                    };
                };
            };
            responses: {
                /** @description Feed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description FeedDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["FeedDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        external_id?: string | number;
                        activated_at?: string;
                        collection_scope?: string | null;
                    };
                };
            };
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description FeedDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["FeedDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        external_id?: string | number;
                        activated_at?: string;
                        collection_scope?: string | null;
                    };
                };
            };
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/accounts/{account_id}/sources/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/sources/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/sources/{id}/resync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "start_date": "2026-01-01",
                     *       "end_date": "2026-01-31",
                     *       "dry_run": true
                     *     }
                     */
                    "application/json": {
                        /** @description The first day to re-read (clamped to the activation date). */
                        start_date: string;
                        /** @description The last day to re-read (clamped to yesterday in the server time zone). */
                        end_date: string;
                        /**
                         * @description Only report what re-reading would change (nothing is written).
                         * @default false
                         */
                        dry_run?: boolean;
                    };
                };
            };
            responses: {
                /** @description What re-reading the days would change (dry_run), or that the re-read is queued. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "dry_run": true,
                         *       "days": 5,
                         *       "changed_pages": 0
                         *     }
                         */
                        "application/json": components["schemas"]["FeedResync"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/resync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "start_date": "2026-01-01",
                     *       "end_date": "2026-01-31",
                     *       "dry_run": true
                     *     }
                     */
                    "application/json": {
                        /** @description The first day to re-read (clamped to the activation date). */
                        start_date: string;
                        /** @description The last day to re-read (clamped to yesterday in the server time zone). */
                        end_date: string;
                        /**
                         * @description Only report what re-reading would change (nothing is written).
                         * @default false
                         */
                        dry_run?: boolean;
                    };
                };
            };
            responses: {
                /** @description What re-reading the days would change (dry_run), or that the re-read is queued. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "dry_run": true,
                         *       "days": 5,
                         *       "changed_pages": 0
                         *     }
                         */
                        "application/json": components["schemas"]["FeedResync"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/sources/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feed's health changes, newest first (500 a page unless `limit` says otherwise). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "3f1c9b52-7d4e-4a8b-9e21-5c6d7e8f9a0b",
                         *         "at": "2024-03-04T09:00:00Z",
                         *         "old_state": "healthy",
                         *         "new_state": "unhealthy",
                         *         "reason": "DCA stale: no new counters for 3 business days (last data 2024-02-28)."
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["HealthEvent"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feed's health changes, newest first (500 a page unless `limit` says otherwise). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "3f1c9b52-7d4e-4a8b-9e21-5c6d7e8f9a0b",
                         *         "at": "2024-03-04T09:00:00Z",
                         *         "old_state": "healthy",
                         *         "new_state": "unhealthy",
                         *         "reason": "DCA stale: no new counters for 3 business days (last data 2024-02-28)."
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["HealthEvent"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "type": "onestop",
                         *         "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *         "external_id": "1043",
                         *         "collection_scope": null,
                         *         "created_at": "2024-01-15T10:45:00Z",
                         *         "status": "active",
                         *         "activated_at": "2024-01-01T00:00:00Z",
                         *         "deactivated_at": null,
                         *         "health_check": "healthy",
                         *         "health_check_reason": null,
                         *         "health_reason": null,
                         *         "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *         "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *         "synced_through": "2024-03-04",
                         *         "last_new_data": "2024-03-04"
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Feed"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "onestop";
                        /** Format: uuid */
                        server_id: string;
                        external_id: string | number;
                        activated_at: string;
                        collection_scope?: string | null;
                        /** Format: uuid */
                        account_id?: string;
                    };
                };
            };
            responses: {
                /** @description Feed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "type": "onestop",
                         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *       "external_id": "1043",
                         *       "collection_scope": null,
                         *       "created_at": "2024-01-15T10:45:00Z",
                         *       "status": "active",
                         *       "activated_at": "2024-01-01T00:00:00Z",
                         *       "deactivated_at": null,
                         *       "health_check": "healthy",
                         *       "health_check_reason": null,
                         *       "health_reason": null,
                         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
                         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
                         *       "synced_through": "2024-03-04",
                         *       "last_new_data": "2024-03-04"
                         *     }
                         */
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/servers/{id}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description Only the connected customers (true) or only those without a feed (false, the "unmapped" report). */
                    mapped?: "true" | "false";
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The portal's customers (every page), with their feeds or a proposed customer account. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "external_id": "1043",
                         *         "name": "Hartley & Sons Solicitors",
                         *         "feed_id": null,
                         *         "account_id": null,
                         *         "proposed_match": {
                         *           "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *           "account_name": "Hartley and Sons Solicitors",
                         *           "confidence": 1,
                         *           "basis": "name"
                         *         }
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["PortalCustomer"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{id}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description Only the connected customers (true) or only those without a feed (false, the "unmapped" report). */
                    mapped?: "true" | "false";
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The portal's customers (every page), with their feeds or a proposed customer account. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "external_id": "1043",
                         *         "name": "Hartley & Sons Solicitors",
                         *         "feed_id": null,
                         *         "account_id": null,
                         *         "proposed_match": {
                         *           "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *           "account_name": "Hartley and Sons Solicitors",
                         *           "confidence": 1,
                         *           "basis": "name"
                         *         }
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["PortalCustomer"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/servers/{id}/feeds/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The activation date of every feed (a past date backfills from it). */
                        activated_at: string;
                        /**
                         * @description Only answer what would be created (nothing is written).
                         * @default false
                         */
                        dry_run?: boolean;
                        customers: {
                            external_id: string | number;
                            /**
                             * Format: uuid
                             * @description An existing customer account.
                             */
                            account_id?: string;
                            /** @description A new customer account's name, created under the server's provider. */
                            name?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description A dry run: the feeds and accounts that would be created (nothing is written). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulkFeeds"];
                    };
                };
                /** @description The feeds and accounts created; a collection backfills them. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulkFeeds"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{id}/feeds/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The activation date of every feed (a past date backfills from it). */
                        activated_at: string;
                        /**
                         * @description Only answer what would be created (nothing is written).
                         * @default false
                         */
                        dry_run?: boolean;
                        customers: {
                            external_id: string | number;
                            /**
                             * Format: uuid
                             * @description An existing customer account.
                             */
                            account_id?: string;
                            /** @description A new customer account's name, created under the server's provider. */
                            name?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description A dry run: the feeds and accounts that would be created (nothing is written). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulkFeeds"];
                    };
                };
                /** @description The feeds and accounts created; a collection backfills them. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulkFeeds"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deposits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /**
                     * @description From this day (YYYY-MM-DD or a timestamp), inclusive.
                     * @example 2024-01-01
                     */
                    start_date?: string;
                    /**
                     * @description To this day, inclusive.
                     * @example 2024-03-31
                     */
                    end_date?: string;
                    /** @description Volume only: one entry per day or per month (default monthly). */
                    period?: "daily" | "monthly";
                    /** @description Deposits only: also the descendants' deposits (default false). */
                    include_descendants?: boolean;
                    /** @description Volume only (a Canopy extension): each period also says which of its days had data, which had no new data (a stale spell) and what was caught up late (default false). */
                    coverage?: boolean;
                    /** @description A Canopy extension: `csv` answers the list as CSV (text/csv, RFC 4180, a header row; also with `Accept: text/csv` and no `format`); default json. */
                    format?: "json" | "csv";
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Deposit; as CSV with format=csv or Accept: text/csv. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deposit"][];
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        pages: number;
                        date?: string;
                        width?: number;
                        height?: number;
                        density?: number;
                        gsm?: number;
                        paper_type_id?: string | null;
                    };
                };
            };
            responses: {
                /** @description Deposit */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "source_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "date": "2024-03-04T00:00:00Z",
                         *       "pages": 395,
                         *       "width": 0.2159,
                         *       "height": 0.2794,
                         *       "density": 74,
                         *       "gsm": 74,
                         *       "paper_type_id": null,
                         *       "created_at": "2024-03-05T02:00:37Z",
                         *       "standard_pages": 395,
                         *       "status": "deposited",
                         *       "base_date": "2024-03-03",
                         *       "raw_pages": 395
                         *     }
                         */
                        "application/json": components["schemas"]["Deposit"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/deposits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description DepositWithExplanation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "source_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "date": "2024-03-04T00:00:00Z",
                         *       "pages": 395,
                         *       "width": 0.2159,
                         *       "height": 0.2794,
                         *       "density": 74,
                         *       "gsm": 74,
                         *       "paper_type_id": null,
                         *       "created_at": "2024-03-05T02:00:37Z",
                         *       "standard_pages": 395,
                         *       "status": "deposited",
                         *       "base_date": "2024-03-03",
                         *       "raw_pages": 395,
                         *       "explanation": {
                         *         "formula": "pages = round(S(C(end))) − round(S(C(base)))",
                         *         "standardPageFormula": "S(C) = ((smallTotal − saved) × m_small + largeTotal × m_large) / m_std, saved = duplexTotal (duplex counted in sheets)",
                         *         "profile": {
                         *           "id": "a4",
                         *           "duplexCountedIn": "sheets"
                         *         },
                         *         "masses": {
                         *           "small": {
                         *             "format": "A4 80 g/m²",
                         *             "widthM": 0.21,
                         *             "heightM": 0.297,
                         *             "gsm": 80,
                         *             "massG": "4.9896",
                         *             "formula": "0.21 m × 0.297 m × 80 g/m² = 4.9896 g"
                         *           },
                         *           "large": {
                         *             "format": "A3 80 g/m²",
                         *             "widthM": 0.297,
                         *             "heightM": 0.42,
                         *             "gsm": 80,
                         *             "massG": "9.9792",
                         *             "formula": "0.297 m × 0.42 m × 80 g/m² = 9.9792 g"
                         *           },
                         *           "standard": {
                         *             "format": "Letter 20 lb bond",
                         *             "widthM": 0.2159,
                         *             "heightM": 0.2794,
                         *             "gsm": 74,
                         *             "massG": "4.46386204",
                         *             "formula": "0.2159 m × 0.2794 m × 74 g/m² = 4.46386204 g"
                         *           }
                         *         },
                         *         "base": {
                         *           "date": "2024-03-01",
                         *           "counters": {
                         *             "smallTotal": 120000,
                         *             "largeTotal": 3000,
                         *             "duplexTotal": 40000
                         *           },
                         *           "saved": 40000,
                         *           "savedFormula": "saved = duplexTotal = 40000",
                         *           "smallSheets": 80000,
                         *           "smallMassG": "399168",
                         *           "largeMassG": "29937.6",
                         *           "paperMassG": "429105.6",
                         *           "standardPages": "96128.777313",
                         *           "standardPagesExact": {
                         *             "numerator": "429105600000000",
                         *             "denominator": "4463862040"
                         *           },
                         *           "rounded": 96129,
                         *           "formula": "S = ((120000 − 40000) × 4.9896 g + 3000 × 9.9792 g) / 4.46386204 g = (399168 g + 29937.6 g) / 4.46386204 g = 96128.777313; round(S) = 96129"
                         *         },
                         *         "end": {
                         *           "date": "2024-03-04",
                         *           "counters": {
                         *             "smallTotal": 120480,
                         *             "largeTotal": 3012,
                         *             "duplexTotal": 40150
                         *           },
                         *           "saved": 40150,
                         *           "savedFormula": "saved = duplexTotal = 40150",
                         *           "smallSheets": 80330,
                         *           "smallMassG": "400814.568",
                         *           "largeMassG": "30057.3504",
                         *           "paperMassG": "430871.9184",
                         *           "standardPages": "96524.470187",
                         *           "standardPagesExact": {
                         *             "numerator": "430871918400000",
                         *             "denominator": "4463862040"
                         *           },
                         *           "rounded": 96524,
                         *           "formula": "S = ((120480 − 40150) × 4.9896 g + 3012 × 9.9792 g) / 4.46386204 g = (400814.568 g + 30057.3504 g) / 4.46386204 g = 96524.470187; round(S) = 96524"
                         *         },
                         *         "rawPages": 395,
                         *         "rawPagesFormula": "96524 − 96129 = 395",
                         *         "status": "deposited",
                         *         "reason": null,
                         *         "ignored": [
                         *           {
                         *             "date": "2024-03-02",
                         *             "status": "glitch",
                         *             "rawPages": 1000000000,
                         *             "reason": "glitch: a spike (1000096129 standard pages) above the readings on both sides (96129 on 2024-03-01, and lower ones after it); ignored."
                         *           }
                         *         ],
                         *         "skipped": [
                         *           {
                         *             "date": "2024-03-03",
                         *             "field": "monoTotal",
                         *             "value": "-1",
                         *             "message": "The portal's answer for customer 1004 on 2024-03-03 is invalid: monoTotal = -1 (Too small: expected number to be >=0)."
                         *           }
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": components["schemas"]["DepositWithExplanation"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description DepositDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "source_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "date": "2024-03-04T00:00:00Z",
                         *       "pages": 395,
                         *       "width": 0.2159,
                         *       "height": 0.2794,
                         *       "density": 74,
                         *       "gsm": 74,
                         *       "paper_type_id": null,
                         *       "created_at": "2024-03-05T02:00:37Z",
                         *       "standard_pages": 395,
                         *       "status": "deposited",
                         *       "base_date": "2024-03-03",
                         *       "raw_pages": 395,
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["DepositDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deposits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description DepositWithExplanation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "source_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "date": "2024-03-04T00:00:00Z",
                         *       "pages": 395,
                         *       "width": 0.2159,
                         *       "height": 0.2794,
                         *       "density": 74,
                         *       "gsm": 74,
                         *       "paper_type_id": null,
                         *       "created_at": "2024-03-05T02:00:37Z",
                         *       "standard_pages": 395,
                         *       "status": "deposited",
                         *       "base_date": "2024-03-03",
                         *       "raw_pages": 395,
                         *       "explanation": {
                         *         "formula": "pages = round(S(C(end))) − round(S(C(base)))",
                         *         "standardPageFormula": "S(C) = ((smallTotal − saved) × m_small + largeTotal × m_large) / m_std, saved = duplexTotal (duplex counted in sheets)",
                         *         "profile": {
                         *           "id": "a4",
                         *           "duplexCountedIn": "sheets"
                         *         },
                         *         "masses": {
                         *           "small": {
                         *             "format": "A4 80 g/m²",
                         *             "widthM": 0.21,
                         *             "heightM": 0.297,
                         *             "gsm": 80,
                         *             "massG": "4.9896",
                         *             "formula": "0.21 m × 0.297 m × 80 g/m² = 4.9896 g"
                         *           },
                         *           "large": {
                         *             "format": "A3 80 g/m²",
                         *             "widthM": 0.297,
                         *             "heightM": 0.42,
                         *             "gsm": 80,
                         *             "massG": "9.9792",
                         *             "formula": "0.297 m × 0.42 m × 80 g/m² = 9.9792 g"
                         *           },
                         *           "standard": {
                         *             "format": "Letter 20 lb bond",
                         *             "widthM": 0.2159,
                         *             "heightM": 0.2794,
                         *             "gsm": 74,
                         *             "massG": "4.46386204",
                         *             "formula": "0.2159 m × 0.2794 m × 74 g/m² = 4.46386204 g"
                         *           }
                         *         },
                         *         "base": {
                         *           "date": "2024-03-01",
                         *           "counters": {
                         *             "smallTotal": 120000,
                         *             "largeTotal": 3000,
                         *             "duplexTotal": 40000
                         *           },
                         *           "saved": 40000,
                         *           "savedFormula": "saved = duplexTotal = 40000",
                         *           "smallSheets": 80000,
                         *           "smallMassG": "399168",
                         *           "largeMassG": "29937.6",
                         *           "paperMassG": "429105.6",
                         *           "standardPages": "96128.777313",
                         *           "standardPagesExact": {
                         *             "numerator": "429105600000000",
                         *             "denominator": "4463862040"
                         *           },
                         *           "rounded": 96129,
                         *           "formula": "S = ((120000 − 40000) × 4.9896 g + 3000 × 9.9792 g) / 4.46386204 g = (399168 g + 29937.6 g) / 4.46386204 g = 96128.777313; round(S) = 96129"
                         *         },
                         *         "end": {
                         *           "date": "2024-03-04",
                         *           "counters": {
                         *             "smallTotal": 120480,
                         *             "largeTotal": 3012,
                         *             "duplexTotal": 40150
                         *           },
                         *           "saved": 40150,
                         *           "savedFormula": "saved = duplexTotal = 40150",
                         *           "smallSheets": 80330,
                         *           "smallMassG": "400814.568",
                         *           "largeMassG": "30057.3504",
                         *           "paperMassG": "430871.9184",
                         *           "standardPages": "96524.470187",
                         *           "standardPagesExact": {
                         *             "numerator": "430871918400000",
                         *             "denominator": "4463862040"
                         *           },
                         *           "rounded": 96524,
                         *           "formula": "S = ((120480 − 40150) × 4.9896 g + 3012 × 9.9792 g) / 4.46386204 g = (400814.568 g + 30057.3504 g) / 4.46386204 g = 96524.470187; round(S) = 96524"
                         *         },
                         *         "rawPages": 395,
                         *         "rawPagesFormula": "96524 − 96129 = 395",
                         *         "status": "deposited",
                         *         "reason": null,
                         *         "ignored": [
                         *           {
                         *             "date": "2024-03-02",
                         *             "status": "glitch",
                         *             "rawPages": 1000000000,
                         *             "reason": "glitch: a spike (1000096129 standard pages) above the readings on both sides (96129 on 2024-03-01, and lower ones after it); ignored."
                         *           }
                         *         ],
                         *         "skipped": [
                         *           {
                         *             "date": "2024-03-03",
                         *             "field": "monoTotal",
                         *             "value": "-1",
                         *             "message": "The portal's answer for customer 1004 on 2024-03-03 is invalid: monoTotal = -1 (Too small: expected number to be >=0)."
                         *           }
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": components["schemas"]["DepositWithExplanation"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description DepositDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "source_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "date": "2024-03-04T00:00:00Z",
                         *       "pages": 395,
                         *       "width": 0.2159,
                         *       "height": 0.2794,
                         *       "density": 74,
                         *       "gsm": 74,
                         *       "paper_type_id": null,
                         *       "created_at": "2024-03-05T02:00:37Z",
                         *       "standard_pages": 395,
                         *       "status": "deposited",
                         *       "base_date": "2024-03-03",
                         *       "raw_pages": 395,
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["DepositDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/deposits/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The deposit, recomputed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "source_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "date": "2024-03-04T00:00:00Z",
                         *       "pages": 395,
                         *       "width": 0.2159,
                         *       "height": 0.2794,
                         *       "density": 74,
                         *       "gsm": 74,
                         *       "paper_type_id": null,
                         *       "created_at": "2024-03-05T02:00:37Z",
                         *       "standard_pages": 395,
                         *       "status": "deposited",
                         *       "base_date": "2024-03-03",
                         *       "raw_pages": 395
                         *     }
                         */
                        "application/json": components["schemas"]["Deposit"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deposits/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The deposit, recomputed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "source_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "date": "2024-03-04T00:00:00Z",
                         *       "pages": 395,
                         *       "width": 0.2159,
                         *       "height": 0.2794,
                         *       "density": 74,
                         *       "gsm": 74,
                         *       "paper_type_id": null,
                         *       "created_at": "2024-03-05T02:00:37Z",
                         *       "standard_pages": 395,
                         *       "status": "deposited",
                         *       "base_date": "2024-03-03",
                         *       "raw_pages": 395
                         *     }
                         */
                        "application/json": components["schemas"]["Deposit"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/deposits/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The deposit, recomputed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "source_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "date": "2024-03-04T00:00:00Z",
                         *       "pages": 395,
                         *       "width": 0.2159,
                         *       "height": 0.2794,
                         *       "density": 74,
                         *       "gsm": 74,
                         *       "paper_type_id": null,
                         *       "created_at": "2024-03-05T02:00:37Z",
                         *       "standard_pages": 395,
                         *       "status": "deposited",
                         *       "base_date": "2024-03-03",
                         *       "raw_pages": 395
                         *     }
                         */
                        "application/json": components["schemas"]["Deposit"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deposits/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The deposit, recomputed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "source_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "date": "2024-03-04T00:00:00Z",
                         *       "pages": 395,
                         *       "width": 0.2159,
                         *       "height": 0.2794,
                         *       "density": 74,
                         *       "gsm": 74,
                         *       "paper_type_id": null,
                         *       "created_at": "2024-03-05T02:00:37Z",
                         *       "standard_pages": 395,
                         *       "status": "deposited",
                         *       "base_date": "2024-03-03",
                         *       "raw_pages": 395
                         *     }
                         */
                        "application/json": components["schemas"]["Deposit"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/deposits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /**
                     * @description From this day (YYYY-MM-DD or a timestamp), inclusive.
                     * @example 2024-01-01
                     */
                    start_date?: string;
                    /**
                     * @description To this day, inclusive.
                     * @example 2024-03-31
                     */
                    end_date?: string;
                    /** @description Volume only: one entry per day or per month (default monthly). */
                    period?: "daily" | "monthly";
                    /** @description Deposits only: also the descendants' deposits (default false). */
                    include_descendants?: boolean;
                    /** @description Volume only (a Canopy extension): each period also says which of its days had data, which had no new data (a stale spell) and what was caught up late (default false). */
                    coverage?: boolean;
                    /** @description A Canopy extension: `csv` answers the list as CSV (text/csv, RFC 4180, a header row; also with `Accept: text/csv` and no `format`); default json. */
                    format?: "json" | "csv";
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Deposit; as CSV with format=csv or Accept: text/csv. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deposit"][];
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        pages: number;
                        date?: string;
                        width?: number;
                        height?: number;
                        density?: number;
                        gsm?: number;
                        paper_type_id?: string | null;
                    };
                };
            };
            responses: {
                /** @description Deposit */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "source_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
                         *       "date": "2024-03-04T00:00:00Z",
                         *       "pages": 395,
                         *       "width": 0.2159,
                         *       "height": 0.2794,
                         *       "density": 74,
                         *       "gsm": 74,
                         *       "paper_type_id": null,
                         *       "created_at": "2024-03-05T02:00:37Z",
                         *       "standard_pages": 395,
                         *       "status": "deposited",
                         *       "base_date": "2024-03-03",
                         *       "raw_pages": 395
                         *     }
                         */
                        "application/json": components["schemas"]["Deposit"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /**
                     * @description From this day (YYYY-MM-DD or a timestamp), inclusive.
                     * @example 2024-01-01
                     */
                    start_date?: string;
                    /**
                     * @description To this day, inclusive.
                     * @example 2024-03-31
                     */
                    end_date?: string;
                    /** @description Volume only: one entry per day or per month (default monthly). */
                    period?: "daily" | "monthly";
                    /** @description Deposits only: also the descendants' deposits (default false). */
                    include_descendants?: boolean;
                    /** @description Volume only (a Canopy extension): each period also says which of its days had data, which had no new data (a stale spell) and what was caught up late (default false). */
                    coverage?: boolean;
                    /** @description A Canopy extension: `csv` answers the list as CSV (text/csv, RFC 4180, a header row; also with `Accept: text/csv` and no `format`); default json. */
                    format?: "json" | "csv";
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Volume; as CSV with format=csv or Accept: text/csv. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Volume"][];
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/volume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /**
                     * @description From this day (YYYY-MM-DD or a timestamp), inclusive.
                     * @example 2024-01-01
                     */
                    start_date?: string;
                    /**
                     * @description To this day, inclusive.
                     * @example 2024-03-31
                     */
                    end_date?: string;
                    /** @description Volume only: one entry per day or per month (default monthly). */
                    period?: "daily" | "monthly";
                    /** @description Deposits only: also the descendants' deposits (default false). */
                    include_descendants?: boolean;
                    /** @description Volume only (a Canopy extension): each period also says which of its days had data, which had no new data (a stale spell) and what was caught up late (default false). */
                    coverage?: boolean;
                    /** @description A Canopy extension: `csv` answers the list as CSV (text/csv, RFC 4180, a header row; also with `Accept: text/csv` and no `format`); default json. */
                    format?: "json" | "csv";
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Volume; as CSV with format=csv or Accept: text/csv. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Volume"][];
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Webhook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "f0e1d2c3-b4a5-4968-8776-655443322110",
                         *         "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *         "url": "https://ops.dealer.example.co.uk/hooks/canopy",
                         *         "status": "active",
                         *         "secret": null,
                         *         "created_at": "2024-02-10T14:00:00Z",
                         *         "updated_at": "2024-02-10T14:00:00Z"
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Webhook"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        url: string;
                        /** Format: uuid */
                        account_id?: string;
                    };
                };
            };
            responses: {
                /** @description The webhook, with its signing secret (shown this once). */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "f0e1d2c3-b4a5-4968-8776-655443322110",
                         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "url": "https://ops.dealer.example.co.uk/hooks/canopy",
                         *       "status": "active",
                         *       "secret": "whsec_9fJ2kLq8Xr4TzP1mV6nB3cY7dW0sH5gAe2Qo-RuK1xN",
                         *       "created_at": "2024-02-10T14:00:00Z",
                         *       "updated_at": "2024-02-10T14:00:00Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Webhook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "f0e1d2c3-b4a5-4968-8776-655443322110",
                         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "url": "https://ops.dealer.example.co.uk/hooks/canopy",
                         *       "status": "active",
                         *       "secret": null,
                         *       "created_at": "2024-02-10T14:00:00Z",
                         *       "updated_at": "2024-02-10T14:00:00Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description WebhookDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "f0e1d2c3-b4a5-4968-8776-655443322110",
                         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "url": "https://ops.dealer.example.co.uk/hooks/canopy",
                         *       "status": "active",
                         *       "secret": null,
                         *       "created_at": "2024-02-10T14:00:00Z",
                         *       "updated_at": "2024-02-10T14:00:00Z",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["WebhookDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        url?: string;
                        /** @enum {string} */
                        status?: "active" | "inactive";
                    };
                };
            };
            responses: {
                /** @description Webhook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "f0e1d2c3-b4a5-4968-8776-655443322110",
                         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "url": "https://ops.dealer.example.co.uk/hooks/canopy",
                         *       "status": "active",
                         *       "secret": null,
                         *       "created_at": "2024-02-10T14:00:00Z",
                         *       "updated_at": "2024-02-10T14:00:00Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Webhook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "f0e1d2c3-b4a5-4968-8776-655443322110",
                         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "url": "https://ops.dealer.example.co.uk/hooks/canopy",
                         *       "status": "active",
                         *       "secret": null,
                         *       "created_at": "2024-02-10T14:00:00Z",
                         *       "updated_at": "2024-02-10T14:00:00Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description WebhookDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "f0e1d2c3-b4a5-4968-8776-655443322110",
                         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "url": "https://ops.dealer.example.co.uk/hooks/canopy",
                         *       "status": "active",
                         *       "secret": null,
                         *       "created_at": "2024-02-10T14:00:00Z",
                         *       "updated_at": "2024-02-10T14:00:00Z",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["WebhookDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        url?: string;
                        /** @enum {string} */
                        status?: "active" | "inactive";
                    };
                };
            };
            responses: {
                /** @description Webhook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "f0e1d2c3-b4a5-4968-8776-655443322110",
                         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "url": "https://ops.dealer.example.co.uk/hooks/canopy",
                         *       "status": "active",
                         *       "secret": null,
                         *       "created_at": "2024-02-10T14:00:00Z",
                         *       "updated_at": "2024-02-10T14:00:00Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/accounts/{account_id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Webhook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "f0e1d2c3-b4a5-4968-8776-655443322110",
                         *         "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *         "url": "https://ops.dealer.example.co.uk/hooks/canopy",
                         *         "status": "active",
                         *         "secret": null,
                         *         "created_at": "2024-02-10T14:00:00Z",
                         *         "updated_at": "2024-02-10T14:00:00Z"
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Webhook"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        url: string;
                        /** Format: uuid */
                        account_id?: string;
                    };
                };
            };
            responses: {
                /** @description The webhook, with its signing secret (shown this once). */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "f0e1d2c3-b4a5-4968-8776-655443322110",
                         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "url": "https://ops.dealer.example.co.uk/hooks/canopy",
                         *       "status": "active",
                         *       "secret": "whsec_9fJ2kLq8Xr4TzP1mV6nB3cY7dW0sH5gAe2Qo-RuK1xN",
                         *       "created_at": "2024-02-10T14:00:00Z",
                         *       "updated_at": "2024-02-10T14:00:00Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account's notifications, newest first (100 a page unless `limit` says otherwise; Link rel="next" for more), with each delivery's state. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
                         *         "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *         "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *         "type": "health.changed",
                         *         "subject": "[Canopy] Server https://printfleet.example.co.uk is unhealthy",
                         *         "text": "Server https://printfleet.example.co.uk: healthy → unhealthy at 5 Mar 2024, 09:00 GMT (log-in rejected)\n\nCanopy could not log in to the portal and has paused collection for this server. It retries on its own; check the credentials in the portal and in Canopy.\n\nhttps://canopy.example.co.uk/\n",
                         *         "data": {
                         *           "change": {
                         *             "id": "3f1c9b52-7d4e-4a8b-9e21-5c6d7e8f9a0b",
                         *             "subject_type": "server",
                         *             "subject_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *             "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *             "server_url": "https://printfleet.example.co.uk",
                         *             "feed_id": null,
                         *             "account_id": null,
                         *             "account_name": null,
                         *             "external_id": null,
                         *             "old_state": "healthy",
                         *             "new_state": "unhealthy",
                         *             "reason": "log-in rejected",
                         *             "at": "2024-03-05T09:00:00Z"
                         *           }
                         *         },
                         *         "created_at": "2024-03-05T09:00:01Z",
                         *         "deliveries": [
                         *           {
                         *             "id": "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d",
                         *             "channel": "email",
                         *             "target": "fleet@dealer.example.co.uk",
                         *             "webhook_id": null,
                         *             "status": "delivered",
                         *             "attempts": 1,
                         *             "last_attempt_at": "2024-03-05T09:00:02Z",
                         *             "delivered_at": "2024-03-05T09:00:02Z",
                         *             "next_attempt_at": null,
                         *             "last_error": null,
                         *             "response_status": null
                         *           },
                         *           {
                         *             "id": "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e",
                         *             "channel": "webhook",
                         *             "target": "https://ops.dealer.example.co.uk/hooks/canopy",
                         *             "webhook_id": "f0e1d2c3-b4a5-4968-8776-655443322110",
                         *             "status": "pending",
                         *             "attempts": 2,
                         *             "last_attempt_at": "2024-03-05T09:01:02Z",
                         *             "delivered_at": null,
                         *             "next_attempt_at": "2024-03-05T09:03:02Z",
                         *             "last_error": "the endpoint answered HTTP 503",
                         *             "response_status": 503
                         *           }
                         *         ]
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Notification"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account's notifications, newest first (100 a page unless `limit` says otherwise; Link rel="next" for more), with each delivery's state. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
                         *         "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *         "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *         "type": "health.changed",
                         *         "subject": "[Canopy] Server https://printfleet.example.co.uk is unhealthy",
                         *         "text": "Server https://printfleet.example.co.uk: healthy → unhealthy at 5 Mar 2024, 09:00 GMT (log-in rejected)\n\nCanopy could not log in to the portal and has paused collection for this server. It retries on its own; check the credentials in the portal and in Canopy.\n\nhttps://canopy.example.co.uk/\n",
                         *         "data": {
                         *           "change": {
                         *             "id": "3f1c9b52-7d4e-4a8b-9e21-5c6d7e8f9a0b",
                         *             "subject_type": "server",
                         *             "subject_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *             "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
                         *             "server_url": "https://printfleet.example.co.uk",
                         *             "feed_id": null,
                         *             "account_id": null,
                         *             "account_name": null,
                         *             "external_id": null,
                         *             "old_state": "healthy",
                         *             "new_state": "unhealthy",
                         *             "reason": "log-in rejected",
                         *             "at": "2024-03-05T09:00:00Z"
                         *           }
                         *         },
                         *         "created_at": "2024-03-05T09:00:01Z",
                         *         "deliveries": [
                         *           {
                         *             "id": "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d",
                         *             "channel": "email",
                         *             "target": "fleet@dealer.example.co.uk",
                         *             "webhook_id": null,
                         *             "status": "delivered",
                         *             "attempts": 1,
                         *             "last_attempt_at": "2024-03-05T09:00:02Z",
                         *             "delivered_at": "2024-03-05T09:00:02Z",
                         *             "next_attempt_at": null,
                         *             "last_error": null,
                         *             "response_status": null
                         *           },
                         *           {
                         *             "id": "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e",
                         *             "channel": "webhook",
                         *             "target": "https://ops.dealer.example.co.uk/hooks/canopy",
                         *             "webhook_id": "f0e1d2c3-b4a5-4968-8776-655443322110",
                         *             "status": "pending",
                         *             "attempts": 2,
                         *             "last_attempt_at": "2024-03-05T09:01:02Z",
                         *             "delivered_at": null,
                         *             "next_attempt_at": "2024-03-05T09:03:02Z",
                         *             "last_error": "the endpoint answered HTTP 503",
                         *             "response_status": 503
                         *           }
                         *         ]
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Notification"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/email-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description EmailStatus */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "configured": true,
                         *       "from": "Canopy <canopy@canopy.example.co.uk>",
                         *       "host": "smtp.example.co.uk",
                         *       "port": 587,
                         *       "security": "starttls",
                         *       "setup": "docs/operations.md#e-mail-smtp"
                         *     }
                         */
                        "application/json": components["schemas"]["EmailStatus"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/test-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "to": "ops@dealer.example.co.uk"
                     *     }
                     */
                    "application/json": {
                        /** @description The recipient; default the signed-in user's (or the API key's user's) address. */
                        to?: string;
                    };
                };
            };
            responses: {
                /** @description Sent now (not through the outbox): whether the SMTP server accepted it. 409 `email_not_configured` without SMTP_URL. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "to": "ops@dealer.example.co.uk",
                         *       "subject": "[Canopy] Test e-mail",
                         *       "accepted": true,
                         *       "error": null
                         *     }
                         */
                        "application/json": components["schemas"]["TestEmailResult"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/previews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Each kind of notification e-mail with sample data, subject and text exactly as sent. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "kind": "server_unhealthy",
                         *         "type": "health.changed",
                         *         "when": "A server turns unhealthy: to the server's contact, or this account's users when it has none",
                         *         "subject": "[Canopy] Server https://printfleet.example.co.uk is unhealthy",
                         *         "text": "Server https://printfleet.example.co.uk: healthy → unhealthy at 5 Mar 2024, 09:00 GMT (The portal rejected the username or password.)\n\nCanopy could not log in to the portal: it rejected the username or password. …\n\nhttps://canopy.example.co.uk\n"
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["EmailPreview"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description true: the records of the account's whole subtree, not only its own. */
                    include_descendants?: "true" | "false";
                    /** @description A Canopy extension: only the rows whose account's name (as now, or as on the certificate) or month (`2024-02`, `February 2024`, `Feb 2024`) contain this text (case-insensitive). */
                    q?: string;
                    /** @description A Canopy extension: the order of the rows (`-` first: descending); without it, by month, oldest first (period). Pages (limit/after) follow the order chosen; a cursor is valid only with the sort it was made for. */
                    sort?: "period" | "-period" | "account_name" | "-account_name" | "pages" | "-pages";
                    /** @description A Canopy extension: only the certificates of this month (YYYY-MM). */
                    month?: string;
                    /** @description A Canopy extension: only the certificates of this kind. */
                    kind?: "account" | "rollup" | "transaction";
                    /** @description A Canopy extension: `csv` answers the list as CSV (text/csv, RFC 4180, a header row; also with `Accept: text/csv` and no `format`); default json. */
                    format?: "json" | "csv";
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Certificate; as CSV with format=csv or Accept: text/csv. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Certificate"][];
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Certificate */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "period_start": "2024-02-01T00:00:00Z",
                         *       "period_end": "2024-02-29T23:59:59Z",
                         *       "date": "2024-02-29T23:59:59Z",
                         *       "pages": 17620,
                         *       "trees": 2.11,
                         *       "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *       "project": {
                         *         "id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *         "name": "Madagascar",
                         *         "status": "active",
                         *         "forest_latitude": -15.7358,
                         *         "forest_longitude": 46.3588,
                         *         "content_logo": null,
                         *         "content_masthead": null,
                         *         "content_introduction": "",
                         *         "content_body_html": "<p>Mangrove and dry-forest restoration on the north-west coast of Madagascar, with villages that plant and guard the trees.</p>",
                         *         "content_images": []
                         *       },
                         *       "url": "https://canopy.example.co.uk/certificates/a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
                         *       "pdf_url": "https://canopy.example.co.uk/certificates/a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d.pdf",
                         *       "kind": "account",
                         *       "adjustment_pages": 140,
                         *       "customers": null,
                         *       "issued_at": "2024-03-06T06:00:00Z",
                         *       "projects": [
                         *         {
                         *           "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *           "name": "Madagascar",
                         *           "pages": 8810,
                         *           "trees": 1.06
                         *         },
                         *         {
                         *           "project_id": "692bb68d-64aa-4a79-8a08-d373fb0d8752",
                         *           "name": "Scottish Highlands",
                         *           "pages": 8810,
                         *           "trees": 1.05
                         *         }
                         *       ],
                         *       "customer_certificates": [],
                         *       "co2e_kg": 223.77,
                         *       "water_l": 6260.39,
                         *       "energy_kwh": 818.8,
                         *       "wood_kg": 314.69,
                         *       "factors_version": "epn-2024.1"
                         *     }
                         */
                        "application/json": components["schemas"]["Certificate"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Certificate */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "period_start": "2024-02-01T00:00:00Z",
                         *       "period_end": "2024-02-29T23:59:59Z",
                         *       "date": "2024-02-29T23:59:59Z",
                         *       "pages": 17620,
                         *       "trees": 2.11,
                         *       "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *       "project": {
                         *         "id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *         "name": "Madagascar",
                         *         "status": "active",
                         *         "forest_latitude": -15.7358,
                         *         "forest_longitude": 46.3588,
                         *         "content_logo": null,
                         *         "content_masthead": null,
                         *         "content_introduction": "",
                         *         "content_body_html": "<p>Mangrove and dry-forest restoration on the north-west coast of Madagascar, with villages that plant and guard the trees.</p>",
                         *         "content_images": []
                         *       },
                         *       "url": "https://canopy.example.co.uk/certificates/a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
                         *       "pdf_url": "https://canopy.example.co.uk/certificates/a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d.pdf",
                         *       "kind": "account",
                         *       "adjustment_pages": 140,
                         *       "customers": null,
                         *       "issued_at": "2024-03-06T06:00:00Z",
                         *       "projects": [
                         *         {
                         *           "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *           "name": "Madagascar",
                         *           "pages": 8810,
                         *           "trees": 1.06
                         *         },
                         *         {
                         *           "project_id": "692bb68d-64aa-4a79-8a08-d373fb0d8752",
                         *           "name": "Scottish Highlands",
                         *           "pages": 8810,
                         *           "trees": 1.05
                         *         }
                         *       ],
                         *       "customer_certificates": [],
                         *       "co2e_kg": 223.77,
                         *       "water_l": 6260.39,
                         *       "energy_kwh": 818.8,
                         *       "wood_kg": 314.69,
                         *       "factors_version": "epn-2024.1"
                         *     }
                         */
                        "application/json": components["schemas"]["Certificate"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: only the rows whose account's name (as now, or as on the certificate) or month (`2024-02`, `February 2024`, `Feb 2024`) contain this text (case-insensitive). */
                    q?: string;
                    /** @description A Canopy extension: the order of the rows (`-` first: descending); without it, by month, oldest first (period). Pages (limit/after) follow the order chosen; a cursor is valid only with the sort it was made for. */
                    sort?: "period" | "-period" | "account_name" | "-account_name" | "pages" | "-pages";
                    /** @description A Canopy extension: only the certificates of this month (YYYY-MM). */
                    month?: string;
                    /** @description A Canopy extension: only the certificates of this kind. */
                    kind?: "account" | "rollup" | "transaction";
                    /** @description A Canopy extension: `csv` answers the list as CSV (text/csv, RFC 4180, a header row; also with `Accept: text/csv` and no `format`); default json. */
                    format?: "json" | "csv";
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Certificate; as CSV with format=csv or Accept: text/csv. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Certificate"][];
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forestry/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of ForestryProject */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *         "name": "Madagascar",
                         *         "status": "active",
                         *         "forest_latitude": -15.7358,
                         *         "forest_longitude": 46.3588,
                         *         "content_logo": null,
                         *         "content_masthead": null,
                         *         "content_introduction": "",
                         *         "content_body_html": "<p>Mangrove and dry-forest restoration on the north-west coast of Madagascar, with villages that plant and guard the trees.</p>",
                         *         "content_images": []
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["ForestryProject"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/forestry/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ForestryProject */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *       "name": "Madagascar",
                         *       "status": "active",
                         *       "forest_latitude": -15.7358,
                         *       "forest_longitude": 46.3588,
                         *       "content_logo": null,
                         *       "content_masthead": null,
                         *       "content_introduction": "",
                         *       "content_body_html": "<p>Mangrove and dry-forest restoration on the north-west coast of Madagascar, with villages that plant and guard the trees.</p>",
                         *       "content_images": []
                         *     }
                         */
                        "application/json": components["schemas"]["ForestryProject"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forestry/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ForestryProject */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *       "name": "Madagascar",
                         *       "status": "active",
                         *       "forest_latitude": -15.7358,
                         *       "forest_longitude": 46.3588,
                         *       "content_logo": null,
                         *       "content_masthead": null,
                         *       "content_introduction": "",
                         *       "content_body_html": "<p>Mangrove and dry-forest restoration on the north-west coast of Madagascar, with villages that plant and guard the trees.</p>",
                         *       "content_images": []
                         *     }
                         */
                        "application/json": components["schemas"]["ForestryProject"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of ForestryProject */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *         "name": "Madagascar",
                         *         "status": "active",
                         *         "forest_latitude": -15.7358,
                         *         "forest_longitude": 46.3588,
                         *         "content_logo": null,
                         *         "content_masthead": null,
                         *         "content_introduction": "",
                         *         "content_body_html": "<p>Mangrove and dry-forest restoration on the north-west coast of Madagascar, with villages that plant and guard the trees.</p>",
                         *         "content_images": []
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["ForestryProject"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ForestryProject */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *       "name": "Madagascar",
                         *       "status": "active",
                         *       "forest_latitude": -15.7358,
                         *       "forest_longitude": 46.3588,
                         *       "content_logo": null,
                         *       "content_masthead": null,
                         *       "content_introduction": "",
                         *       "content_body_html": "<p>Mangrove and dry-forest restoration on the north-west coast of Madagascar, with villages that plant and guard the trees.</p>",
                         *       "content_images": []
                         *     }
                         */
                        "application/json": components["schemas"]["ForestryProject"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ForestryProject */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *       "name": "Madagascar",
                         *       "status": "active",
                         *       "forest_latitude": -15.7358,
                         *       "forest_longitude": 46.3588,
                         *       "content_logo": null,
                         *       "content_masthead": null,
                         *       "content_introduction": "",
                         *       "content_body_html": "<p>Mangrove and dry-forest restoration on the north-west coast of Madagascar, with villages that plant and guard the trees.</p>",
                         *       "content_images": []
                         *     }
                         */
                        "application/json": components["schemas"]["ForestryProject"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description AccountProjects */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "source": "inherited",
                         *       "inherited_from": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "projects": [
                         *         {
                         *           "id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *           "name": "Madagascar",
                         *           "status": "active",
                         *           "forest_latitude": -15.7358,
                         *           "forest_longitude": 46.3588,
                         *           "content_logo": null,
                         *           "content_masthead": null,
                         *           "content_introduction": "",
                         *           "content_body_html": "<p>Mangrove and dry-forest restoration on the north-west coast of Madagascar, with villages that plant and guard the trees.</p>",
                         *           "content_images": []
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["AccountProjects"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "project_ids": [
                     *         "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                     *         "692bb68d-64aa-4a79-8a08-d373fb0d8752"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        project_ids: string[] | null;
                    };
                };
            };
            responses: {
                /** @description AccountProjects */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "source": "inherited",
                         *       "inherited_from": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "projects": [
                         *         {
                         *           "id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *           "name": "Madagascar",
                         *           "status": "active",
                         *           "forest_latitude": -15.7358,
                         *           "forest_longitude": 46.3588,
                         *           "content_logo": null,
                         *           "content_masthead": null,
                         *           "content_introduction": "",
                         *           "content_body_html": "<p>Mangrove and dry-forest restoration on the north-west coast of Madagascar, with villages that plant and guard the trees.</p>",
                         *           "content_images": []
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["AccountProjects"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/branding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The branding the signed-in dashboard shows: the caller's account's own when it is a provider with branding, else that of the nearest provider above it with branding (a customer sees its provider’s), else none. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description DashboardBranding */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "source": "inherited",
                         *       "branding": {
                         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "display_name": "Northwind Managed Print",
                         *         "brand_colour": "#0b6e4f",
                         *         "accent_colour": "#0b6e4f",
                         *         "logo": null,
                         *         "updated_at": "2026-03-02T10:15:00Z"
                         *       }
                         *     }
                         */
                        "application/json": components["schemas"]["DashboardBranding"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/branding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Branding */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "display_name": "Northwind Managed Print",
                         *       "brand_colour": "#0b6e4f",
                         *       "accent_colour": "#0b6e4f",
                         *       "logo": {
                         *         "url": "https://canopy.example/branding/2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c/logo.png?v=9f2c4e1a7b3d5f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718",
                         *         "media_type": "image/png",
                         *         "width": 600,
                         *         "height": 180,
                         *         "sha256": "9f2c4e1a7b3d5f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718"
                         *       },
                         *       "updated_at": "2026-03-02T10:15:00Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Branding"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Sets the brand colour and the display name (the account's `display_name`); providers only. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description `#rrggbb`; null: the default forest green. */
                        brand_colour?: string | null;
                        /** @description The account's display name (the same field as the account's); null: its name. */
                        display_name?: string | null;
                    };
                };
            };
            responses: {
                /** @description Branding */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "display_name": "Northwind Managed Print",
                         *       "brand_colour": "#0b6e4f",
                         *       "accent_colour": "#0b6e4f",
                         *       "logo": {
                         *         "url": "https://canopy.example/branding/2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c/logo.png?v=9f2c4e1a7b3d5f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718",
                         *         "media_type": "image/png",
                         *         "width": 600,
                         *         "height": 180,
                         *         "sha256": "9f2c4e1a7b3d5f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718"
                         *       },
                         *       "updated_at": "2026-03-02T10:15:00Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Branding"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/accounts/{account_id}/branding/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Uploads the logo: the body is the image file itself (`curl -T logo.png -H "Content-Type: image/png" …`). Over 512 KB: 413 `logo: at most 512 KB`. Replaces the current logo. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            /** @description The image file itself (not JSON, not a form): a PNG or JPEG of at most 512 KB, 16 × 16 to 2000 × 2000 pixels. It is decoded and encoded again (metadata and anything else in the file dropped; wider than 600 px scaled down). Its bytes decide its type: an SVG, a GIF or bytes that do not decode are a 400 naming the problem. */
            requestBody: {
                content: {
                    /** @example <the bytes of logo.png> */
                    "image/png": string;
                    /** @example <the bytes of logo.png> */
                    "image/jpeg": string;
                };
            };
            responses: {
                /** @description Branding */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "display_name": "Northwind Managed Print",
                         *       "brand_colour": "#0b6e4f",
                         *       "accent_colour": "#0b6e4f",
                         *       "logo": {
                         *         "url": "https://canopy.example/branding/2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c/logo.png?v=9f2c4e1a7b3d5f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718",
                         *         "media_type": "image/png",
                         *         "width": 600,
                         *         "height": 180,
                         *         "sha256": "9f2c4e1a7b3d5f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718"
                         *       },
                         *       "updated_at": "2026-03-02T10:15:00Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Branding"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** @description Removes the logo (the colour stays). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Branding */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "display_name": "Northwind Managed Print",
                         *       "brand_colour": "#0b6e4f",
                         *       "accent_colour": "#0b6e4f",
                         *       "logo": {
                         *         "url": "https://canopy.example/branding/2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c/logo.png?v=9f2c4e1a7b3d5f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718",
                         *         "media_type": "image/png",
                         *         "width": 600,
                         *         "height": 180,
                         *         "sha256": "9f2c4e1a7b3d5f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718"
                         *       },
                         *       "updated_at": "2026-03-02T10:15:00Z"
                         *     }
                         */
                        "application/json": components["schemas"]["Branding"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/paper/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The built-in types and those of the account and its ancestors. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "a11c7abc-011e-462f-babb-3c6375fa6473",
                         *         "account_id": null,
                         *         "name": "80# #2 Gloss Cover",
                         *         "density": 216
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["PaperType"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "Recycled 90 g/m²",
                     *       "gsm": 90
                     *     }
                     */
                    "application/json": {
                        name: string;
                        density?: number;
                        gsm?: number;
                    };
                };
            };
            responses: {
                /** @description PaperType */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "a11c7abc-011e-462f-babb-3c6375fa6473",
                         *       "account_id": null,
                         *       "name": "80# #2 Gloss Cover",
                         *       "density": 216
                         *     }
                         */
                        "application/json": components["schemas"]["PaperType"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/paper/types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PaperType */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "a11c7abc-011e-462f-babb-3c6375fa6473",
                         *       "account_id": null,
                         *       "name": "80# #2 Gloss Cover",
                         *       "density": 216
                         *     }
                         */
                        "application/json": components["schemas"]["PaperType"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PaperTypeDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "a11c7abc-011e-462f-babb-3c6375fa6473",
                         *       "account_id": null,
                         *       "name": "80# #2 Gloss Cover",
                         *       "density": 216,
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["PaperTypeDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/paper/types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PaperType */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "a11c7abc-011e-462f-babb-3c6375fa6473",
                         *       "account_id": null,
                         *       "name": "80# #2 Gloss Cover",
                         *       "density": 216
                         *     }
                         */
                        "application/json": components["schemas"]["PaperType"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PaperTypeDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "a11c7abc-011e-462f-babb-3c6375fa6473",
                         *       "account_id": null,
                         *       "name": "80# #2 Gloss Cover",
                         *       "density": 216,
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["PaperTypeDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/paper/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The built-in types and those of the account and its ancestors. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "a11c7abc-011e-462f-babb-3c6375fa6473",
                         *         "account_id": null,
                         *         "name": "80# #2 Gloss Cover",
                         *         "density": 216
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["PaperType"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "Recycled 90 g/m²",
                     *       "gsm": 90
                     *     }
                     */
                    "application/json": {
                        name: string;
                        density?: number;
                        gsm?: number;
                    };
                };
            };
            responses: {
                /** @description PaperType */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "a11c7abc-011e-462f-babb-3c6375fa6473",
                         *       "account_id": null,
                         *       "name": "80# #2 Gloss Cover",
                         *       "density": 216
                         *     }
                         */
                        "application/json": components["schemas"]["PaperType"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/impact-factors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every impact factor set, the newest (the one in force) first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /** @example [] */
                        "application/json": components["schemas"]["ImpactFactorSet"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "version": "epn-2025.1",
                     *       "name": "Environmental Paper Network Paper Calculator 2025",
                     *       "co2e_kg": 0.0127,
                     *       "water_l": 10,
                     *       "energy_kwh": 0.05,
                     *       "wood_kg": 0.0125,
                     *       "sources": {
                     *         "co2e_kg": "…",
                     *         "water_l": "…",
                     *         "energy_kwh": "…",
                     *         "wood_kg": "…"
                     *       }
                     *     }
                     */
                    "application/json": {
                        version: string;
                        name: string;
                        /** @description Greenhouse gases, kg CO₂e, per standard page. */
                        co2e_kg: number;
                        /** @description Water, litres, per standard page. */
                        water_l: number;
                        /** @description Energy, kWh, per standard page. */
                        energy_kwh: number;
                        /** @description Wood, kg, per standard page. */
                        wood_kg: number;
                        /** @description The source of each figure (docs/impact.md). */
                        sources: {
                            co2e_kg: string;
                            water_l: string;
                            energy_kwh: string;
                            wood_kg: string;
                        };
                        method_url?: string;
                    };
                };
            };
            responses: {
                /** @description ImpactFactorSet */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImpactFactorSet"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/reports/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                    /**
                     * @description The year and `.pdf`.
                     * @example 2026.pdf
                     */
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The year's impact report (PDF): monthly pages and trees, totals and equivalents, the year's certificates with links. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/certificates.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    /**
                     * @description The month, YYYY-MM.
                     * @example 2026-10
                     */
                    month: string;
                };
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every certificate PDF of the account and its subtree for the month, in one zip (streamed). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": string;
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Quote */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b",
                         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "project_id": null,
                         *         "transaction_id": null,
                         *         "created_at": "2024-03-01T15:20:00Z",
                         *         "standard_pages": 525377,
                         *         "trees": 63.048,
                         *         "rate": 0.0003,
                         *         "price": 157.61,
                         *         "items": [
                         *           {
                         *             "quantity": 20000,
                         *             "width": 0.2127,
                         *             "height": 0.2762,
                         *             "density": 216,
                         *             "gsm": 216,
                         *             "paper_type_id": "a11c7abc-011e-462f-babb-3c6375fa6473"
                         *           },
                         *           {
                         *             "quantity": 400000,
                         *             "width": 0.2127,
                         *             "height": 0.2762,
                         *             "density": 89,
                         *             "gsm": 89,
                         *             "paper_type_id": "bbd0f271-7c1e-4b5a-9d3f-2a6e8c4b1d07"
                         *           }
                         *         ]
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Quote"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "quantity": 20000,
                     *           "width": 0.2127,
                     *           "height": 0.2762,
                     *           "paper_type_id": "a11c7abc-011e-462f-babb-3c6375fa6473"
                     *         },
                     *         {
                     *           "quantity": 400000,
                     *           "width": 0.2127,
                     *           "height": 0.2762,
                     *           "gsm": 89
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: {
                            quantity: number;
                            width: number;
                            height: number;
                            density?: number | null;
                            gsm?: number | null;
                            paper_type_id?: string | null;
                        }[];
                        project_id?: string | null;
                    };
                };
            };
            responses: {
                /** @description Quote */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "project_id": null,
                         *       "transaction_id": null,
                         *       "created_at": "2024-03-01T15:20:00Z",
                         *       "standard_pages": 525377,
                         *       "trees": 63.048,
                         *       "rate": 0.0003,
                         *       "price": 157.61,
                         *       "items": [
                         *         {
                         *           "quantity": 20000,
                         *           "width": 0.2127,
                         *           "height": 0.2762,
                         *           "density": 216,
                         *           "gsm": 216,
                         *           "paper_type_id": "a11c7abc-011e-462f-babb-3c6375fa6473"
                         *         },
                         *         {
                         *           "quantity": 400000,
                         *           "width": 0.2127,
                         *           "height": 0.2762,
                         *           "density": 89,
                         *           "gsm": 89,
                         *           "paper_type_id": "bbd0f271-7c1e-4b5a-9d3f-2a6e8c4b1d07"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Quote"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/quotes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Quote */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "project_id": null,
                         *       "transaction_id": null,
                         *       "created_at": "2024-03-01T15:20:00Z",
                         *       "standard_pages": 525377,
                         *       "trees": 63.048,
                         *       "rate": 0.0003,
                         *       "price": 157.61,
                         *       "items": [
                         *         {
                         *           "quantity": 20000,
                         *           "width": 0.2127,
                         *           "height": 0.2762,
                         *           "density": 216,
                         *           "gsm": 216,
                         *           "paper_type_id": "a11c7abc-011e-462f-babb-3c6375fa6473"
                         *         },
                         *         {
                         *           "quantity": 400000,
                         *           "width": 0.2127,
                         *           "height": 0.2762,
                         *           "density": 89,
                         *           "gsm": 89,
                         *           "paper_type_id": "bbd0f271-7c1e-4b5a-9d3f-2a6e8c4b1d07"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Quote"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description QuoteDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "project_id": null,
                         *       "transaction_id": null,
                         *       "created_at": "2024-03-01T15:20:00Z",
                         *       "standard_pages": 525377,
                         *       "trees": 63.048,
                         *       "rate": 0.0003,
                         *       "price": 157.61,
                         *       "items": [
                         *         {
                         *           "quantity": 20000,
                         *           "width": 0.2127,
                         *           "height": 0.2762,
                         *           "density": 216,
                         *           "gsm": 216,
                         *           "paper_type_id": "a11c7abc-011e-462f-babb-3c6375fa6473"
                         *         },
                         *         {
                         *           "quantity": 400000,
                         *           "width": 0.2127,
                         *           "height": 0.2762,
                         *           "density": 89,
                         *           "gsm": 89,
                         *           "paper_type_id": "bbd0f271-7c1e-4b5a-9d3f-2a6e8c4b1d07"
                         *         }
                         *       ],
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["QuoteDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quotes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Quote */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "project_id": null,
                         *       "transaction_id": null,
                         *       "created_at": "2024-03-01T15:20:00Z",
                         *       "standard_pages": 525377,
                         *       "trees": 63.048,
                         *       "rate": 0.0003,
                         *       "price": 157.61,
                         *       "items": [
                         *         {
                         *           "quantity": 20000,
                         *           "width": 0.2127,
                         *           "height": 0.2762,
                         *           "density": 216,
                         *           "gsm": 216,
                         *           "paper_type_id": "a11c7abc-011e-462f-babb-3c6375fa6473"
                         *         },
                         *         {
                         *           "quantity": 400000,
                         *           "width": 0.2127,
                         *           "height": 0.2762,
                         *           "density": 89,
                         *           "gsm": 89,
                         *           "paper_type_id": "bbd0f271-7c1e-4b5a-9d3f-2a6e8c4b1d07"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Quote"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description QuoteDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "project_id": null,
                         *       "transaction_id": null,
                         *       "created_at": "2024-03-01T15:20:00Z",
                         *       "standard_pages": 525377,
                         *       "trees": 63.048,
                         *       "rate": 0.0003,
                         *       "price": 157.61,
                         *       "items": [
                         *         {
                         *           "quantity": 20000,
                         *           "width": 0.2127,
                         *           "height": 0.2762,
                         *           "density": 216,
                         *           "gsm": 216,
                         *           "paper_type_id": "a11c7abc-011e-462f-babb-3c6375fa6473"
                         *         },
                         *         {
                         *           "quantity": 400000,
                         *           "width": 0.2127,
                         *           "height": 0.2762,
                         *           "density": 89,
                         *           "gsm": 89,
                         *           "paper_type_id": "bbd0f271-7c1e-4b5a-9d3f-2a6e8c4b1d07"
                         *         }
                         *       ],
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["QuoteDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Quote */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b",
                         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "project_id": null,
                         *         "transaction_id": null,
                         *         "created_at": "2024-03-01T15:20:00Z",
                         *         "standard_pages": 525377,
                         *         "trees": 63.048,
                         *         "rate": 0.0003,
                         *         "price": 157.61,
                         *         "items": [
                         *           {
                         *             "quantity": 20000,
                         *             "width": 0.2127,
                         *             "height": 0.2762,
                         *             "density": 216,
                         *             "gsm": 216,
                         *             "paper_type_id": "a11c7abc-011e-462f-babb-3c6375fa6473"
                         *           },
                         *           {
                         *             "quantity": 400000,
                         *             "width": 0.2127,
                         *             "height": 0.2762,
                         *             "density": 89,
                         *             "gsm": 89,
                         *             "paper_type_id": "bbd0f271-7c1e-4b5a-9d3f-2a6e8c4b1d07"
                         *           }
                         *         ]
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Quote"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "quantity": 20000,
                     *           "width": 0.2127,
                     *           "height": 0.2762,
                     *           "paper_type_id": "a11c7abc-011e-462f-babb-3c6375fa6473"
                     *         },
                     *         {
                     *           "quantity": 400000,
                     *           "width": 0.2127,
                     *           "height": 0.2762,
                     *           "gsm": 89
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: {
                            quantity: number;
                            width: number;
                            height: number;
                            density?: number | null;
                            gsm?: number | null;
                            paper_type_id?: string | null;
                        }[];
                        project_id?: string | null;
                    };
                };
            };
            responses: {
                /** @description Quote */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "project_id": null,
                         *       "transaction_id": null,
                         *       "created_at": "2024-03-01T15:20:00Z",
                         *       "standard_pages": 525377,
                         *       "trees": 63.048,
                         *       "rate": 0.0003,
                         *       "price": 157.61,
                         *       "items": [
                         *         {
                         *           "quantity": 20000,
                         *           "width": 0.2127,
                         *           "height": 0.2762,
                         *           "density": 216,
                         *           "gsm": 216,
                         *           "paper_type_id": "a11c7abc-011e-462f-babb-3c6375fa6473"
                         *         },
                         *         {
                         *           "quantity": 400000,
                         *           "width": 0.2127,
                         *           "height": 0.2762,
                         *           "density": 89,
                         *           "gsm": 89,
                         *           "paper_type_id": "bbd0f271-7c1e-4b5a-9d3f-2a6e8c4b1d07"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Quote"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Transaction */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
                         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *         "certificate_id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
                         *         "quote_id": null,
                         *         "date": "2024-03-06T06:00:00Z",
                         *         "pages": 8810,
                         *         "trees": 1.057
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Transaction"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "trees": 12.5,
                     *       "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9"
                     *     }
                     */
                    "application/json": {
                        trees?: number | null;
                        pages?: number | null;
                        quote_id?: string | null;
                        project_id?: string | null;
                    };
                };
            };
            responses: {
                /** @description The transaction; it issued its own certificate (kind transaction). */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *       "certificate_id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
                         *       "quote_id": null,
                         *       "date": "2024-03-06T06:00:00Z",
                         *       "pages": 8810,
                         *       "trees": 1.057
                         *     }
                         */
                        "application/json": components["schemas"]["Transaction"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/transactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Transaction */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *       "certificate_id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
                         *       "quote_id": null,
                         *       "date": "2024-03-06T06:00:00Z",
                         *       "pages": 8810,
                         *       "trees": 1.057
                         *     }
                         */
                        "application/json": components["schemas"]["Transaction"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The transaction, deleted with its certificate. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *       "certificate_id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
                         *       "quote_id": null,
                         *       "date": "2024-03-06T06:00:00Z",
                         *       "pages": 8810,
                         *       "trees": 1.057,
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["TransactionDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Transaction */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *       "certificate_id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
                         *       "quote_id": null,
                         *       "date": "2024-03-06T06:00:00Z",
                         *       "pages": 8810,
                         *       "trees": 1.057
                         *     }
                         */
                        "application/json": components["schemas"]["Transaction"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The transaction, deleted with its certificate. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *       "certificate_id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
                         *       "quote_id": null,
                         *       "date": "2024-03-06T06:00:00Z",
                         *       "pages": 8810,
                         *       "trees": 1.057,
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["TransactionDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Transaction */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
                         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *         "certificate_id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
                         *         "quote_id": null,
                         *         "date": "2024-03-06T06:00:00Z",
                         *         "pages": 8810,
                         *         "trees": 1.057
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Transaction"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "trees": 12.5,
                     *       "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9"
                     *     }
                     */
                    "application/json": {
                        trees?: number | null;
                        pages?: number | null;
                        quote_id?: string | null;
                        project_id?: string | null;
                    };
                };
            };
            responses: {
                /** @description The transaction; it issued its own certificate (kind transaction). */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
                         *       "certificate_id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
                         *       "quote_id": null,
                         *       "date": "2024-03-06T06:00:00Z",
                         *       "pages": 8810,
                         *       "trees": 1.057
                         *     }
                         */
                        "application/json": components["schemas"]["Transaction"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of User */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                         *         "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *         "name": "Priya Shah",
                         *         "full_name": "Priya Shah",
                         *         "email": "priya@dealer.example.co.uk",
                         *         "created_at": "2024-01-10T09:00:00Z"
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["User"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description User */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "name": "Priya Shah",
                         *       "full_name": "Priya Shah",
                         *       "email": "priya@dealer.example.co.uk",
                         *       "created_at": "2024-01-10T09:00:00Z"
                         *     }
                         */
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description UserDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "name": "Priya Shah",
                         *       "full_name": "Priya Shah",
                         *       "email": "priya@dealer.example.co.uk",
                         *       "created_at": "2024-01-10T09:00:00Z",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["UserDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description User */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "name": "Priya Shah",
                         *       "full_name": "Priya Shah",
                         *       "email": "priya@dealer.example.co.uk",
                         *       "created_at": "2024-01-10T09:00:00Z"
                         *     }
                         */
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description UserDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *       "name": "Priya Shah",
                         *       "full_name": "Priya Shah",
                         *       "email": "priya@dealer.example.co.uk",
                         *       "created_at": "2024-01-10T09:00:00Z",
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["UserDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of User */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                         *         "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *         "name": "Priya Shah",
                         *         "full_name": "Priya Shah",
                         *         "email": "priya@dealer.example.co.uk",
                         *         "created_at": "2024-01-10T09:00:00Z"
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["User"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Invitation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
                         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "email": "office@hartley.example.co.uk",
                         *         "status": "pending",
                         *         "created_at": "2024-03-01T11:00:00Z",
                         *         "expires_at": "2024-03-08T11:00:00Z",
                         *         "accepted_at": null,
                         *         "accept_url": null
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Invitation"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "email": "office@hartley.example.co.uk"
                     *     }
                     */
                    "application/json": {
                        email: string;
                        /** Format: uuid */
                        account_id?: string;
                    };
                };
            };
            responses: {
                /** @description The invitation (accept_url: the link, only when no SMTP server is configured). */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "email": "office@hartley.example.co.uk",
                         *       "status": "pending",
                         *       "created_at": "2024-03-01T11:00:00Z",
                         *       "expires_at": "2024-03-08T11:00:00Z",
                         *       "accepted_at": null,
                         *       "accept_url": "https://canopy.example.co.uk/invitations/q8Zr3mK0vXw5LtB7nP2sYc9dH4fJ6gA1eU0iOoRkTlM"
                         *     }
                         */
                        "application/json": components["schemas"]["Invitation"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Invitation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "email": "office@hartley.example.co.uk",
                         *       "status": "pending",
                         *       "created_at": "2024-03-01T11:00:00Z",
                         *       "expires_at": "2024-03-08T11:00:00Z",
                         *       "accepted_at": null,
                         *       "accept_url": null
                         *     }
                         */
                        "application/json": components["schemas"]["Invitation"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description InvitationDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "email": "office@hartley.example.co.uk",
                         *       "status": "pending",
                         *       "created_at": "2024-03-01T11:00:00Z",
                         *       "expires_at": "2024-03-08T11:00:00Z",
                         *       "accepted_at": null,
                         *       "accept_url": null,
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["InvitationDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Invitation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "email": "office@hartley.example.co.uk",
                         *       "status": "pending",
                         *       "created_at": "2024-03-01T11:00:00Z",
                         *       "expires_at": "2024-03-08T11:00:00Z",
                         *       "accepted_at": null,
                         *       "accept_url": null
                         *     }
                         */
                        "application/json": components["schemas"]["Invitation"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description InvitationDeleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "email": "office@hartley.example.co.uk",
                         *       "status": "pending",
                         *       "created_at": "2024-03-01T11:00:00Z",
                         *       "expires_at": "2024-03-08T11:00:00Z",
                         *       "accepted_at": null,
                         *       "accept_url": null,
                         *       "deleted": true
                         *     }
                         */
                        "application/json": components["schemas"]["InvitationDeleted"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. Without it, the whole list. */
                    limit?: number;
                    /** @description A Canopy extension: the cursor of the Link rel="next" header (opaque). */
                    after?: string;
                };
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of Invitation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
                         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *         "email": "office@hartley.example.co.uk",
                         *         "status": "pending",
                         *         "created_at": "2024-03-01T11:00:00Z",
                         *         "expires_at": "2024-03-08T11:00:00Z",
                         *         "accepted_at": null,
                         *         "accept_url": null
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Invitation"][];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "email": "office@hartley.example.co.uk"
                     *     }
                     */
                    "application/json": {
                        email: string;
                        /** Format: uuid */
                        account_id?: string;
                    };
                };
            };
            responses: {
                /** @description The invitation (accept_url: the link, only when no SMTP server is configured). */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
                         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
                         *       "email": "office@hartley.example.co.uk",
                         *       "status": "pending",
                         *       "created_at": "2024-03-01T11:00:00Z",
                         *       "expires_at": "2024-03-08T11:00:00Z",
                         *       "accepted_at": null,
                         *       "accept_url": "https://canopy.example.co.uk/invitations/q8Zr3mK0vXw5LtB7nP2sYc9dH4fJ6gA1eU0iOoRkTlM"
                         *     }
                         */
                        "application/json": components["schemas"]["Invitation"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid API key or session. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller's role may not do this, or the account is inactive. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/accept/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description InvitationPreview */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "email": "office@hartley.example.co.uk",
                         *       "account_name": "Hartley & Sons"
                         *     }
                         */
                        "application/json": components["schemas"]["InvitationPreview"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "full_name": "Tom Hartley",
                     *       "password": "a long pass phrase"
                     *     }
                     */
                    "application/json": {
                        full_name: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description The new user, signed in: the session cookie is set. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "user": {
                         *         "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                         *         "full_name": "Priya Shah",
                         *         "email": "priya@dealer.example.co.uk"
                         *       },
                         *       "account": {
                         *         "id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *         "name": "Northern Print Services",
                         *         "role": "provider"
                         *       },
                         *       "csrf_token": "Jx3kQ9vL2mP7sT0wY5zB8dF1gH4nR6uE"
                         *     }
                         */
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/password_resets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "email": "priya@dealer.example.co.uk"
                     *     }
                     */
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Always this answer, whether or not the address has a user: if it has, a one-use link (1 hour) is e-mailed. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "requested": true
                         *     }
                         */
                        "application/json": components["schemas"]["PasswordResetRequested"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/password_resets/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The address the link resets (404 when unknown, used or expired). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "email": "priya@dealer.example.co.uk"
                         *     }
                         */
                        "application/json": components["schemas"]["PasswordResetPreview"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "password": "a new long pass phrase"
                     *     }
                     */
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description The password is changed and the user signed in (every other session ended): the session cookie is set. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "user": {
                         *         "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                         *         "full_name": "Priya Shah",
                         *         "email": "priya@dealer.example.co.uk"
                         *       },
                         *       "account": {
                         *         "id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
                         *         "name": "Northern Print Services",
                         *         "role": "provider"
                         *       },
                         *       "csrf_token": "Jx3kQ9vL2mP7sT0wY5zB8dF1gH4nR6uE"
                         *     }
                         */
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description The certificate's id (its `url`), or the id and `.pdf` (its `pdf_url`).
                     * @example a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d.pdf
                     */
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The certificate page (`/certificates/<id>`) or its one-page PDF (`/certificates/<id>.pdf`); cacheable for a day. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                        "application/pdf": string;
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description How the impact equivalents are estimated: every factor set and its sources. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description Invalid input: the message names the field and the reason. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found, or outside the caller's account subtree (never revealed). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A uniqueness or state rule is hit. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests: wait for Retry-After seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Internal error (no details; logged with the request id). */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
         * @example {
         *       "id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "name": "Hartley & Sons",
         *       "display_name": "Hartley & Sons Solicitors",
         *       "role": "customer",
         *       "parent_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
         *       "external_id": "CRM-1043",
         *       "status": "active",
         *       "created_at": "2024-01-15T10:30:00Z",
         *       "activated_at": "2024-01-15T10:30:00Z",
         *       "deactivated_at": null,
         *       "accounts_count": 0,
         *       "users_count": 2,
         *       "mtd_pages": 12480,
         *       "qtd_pages": 30112,
         *       "ytd_pages": 30112,
         *       "ltd_pages": 161540,
         *       "mtd_trees": 1.5,
         *       "qtd_trees": 3.61,
         *       "ytd_trees": 3.61,
         *       "ltd_trees": 19.39,
         *       "lifetime_pages": 161540,
         *       "lifetime_trees": 19.39,
         *       "factors_version": "epn-2024.1",
         *       "mtd_co2e_kg": 158.5,
         *       "qtd_co2e_kg": 382.42,
         *       "ytd_co2e_kg": 382.42,
         *       "ltd_co2e_kg": 2051.56,
         *       "mtd_water_l": 4434.14,
         *       "qtd_water_l": 10698.79,
         *       "ytd_water_l": 10698.79,
         *       "ltd_water_l": 57395.16,
         *       "mtd_energy_kwh": 579.95,
         *       "qtd_energy_kwh": 1399.3,
         *       "ytd_energy_kwh": 1399.3,
         *       "ltd_energy_kwh": 7506.76,
         *       "mtd_wood_kg": 222.89,
         *       "qtd_wood_kg": 537.8,
         *       "ytd_wood_kg": 537.8,
         *       "ltd_wood_kg": 2885.1,
         *       "certificates_pending_months": []
         *     }
         */
        Account: {
            id: string;
            name: string;
            display_name: string | null;
            /** @enum {string} */
            role: "platform" | "provider" | "customer";
            parent_id: string | null;
            external_id: string | null;
            /** @enum {string} */
            status: "active" | "inactive";
            /** Format: date-time */
            created_at: string;
            activated_at: string | null;
            deactivated_at: string | null;
            accounts_count: number;
            users_count: number;
            /** @description Standard pages this month (Europe/London), the account and its descendants. */
            mtd_pages: number;
            qtd_pages: number;
            ytd_pages: number;
            ltd_pages: number;
            /** @description The pages in trees, two decimals (the rule: Trees, in the API description). */
            mtd_trees: number;
            qtd_trees: number;
            ytd_trees: number;
            ltd_trees: number;
            /** @description The same as ltd_pages. */
            lifetime_pages: number;
            /** @description The same as ltd_trees. */
            lifetime_trees: number;
            /** @description Greenhouse gases, kg CO₂e, of the paper of mtd_pages (docs/impact.md), two decimals. */
            mtd_co2e_kg: number;
            /** @description Greenhouse gases, kg CO₂e, of the paper of qtd_pages (docs/impact.md), two decimals. */
            qtd_co2e_kg: number;
            /** @description Greenhouse gases, kg CO₂e, of the paper of ytd_pages (docs/impact.md), two decimals. */
            ytd_co2e_kg: number;
            /** @description Greenhouse gases, kg CO₂e, of the paper of ltd_pages (docs/impact.md), two decimals. */
            ltd_co2e_kg: number;
            /** @description Water, litres, of the paper of mtd_pages (docs/impact.md), two decimals. */
            mtd_water_l: number;
            /** @description Water, litres, of the paper of qtd_pages (docs/impact.md), two decimals. */
            qtd_water_l: number;
            /** @description Water, litres, of the paper of ytd_pages (docs/impact.md), two decimals. */
            ytd_water_l: number;
            /** @description Water, litres, of the paper of ltd_pages (docs/impact.md), two decimals. */
            ltd_water_l: number;
            /** @description Energy, kWh, of the paper of mtd_pages (docs/impact.md), two decimals. */
            mtd_energy_kwh: number;
            /** @description Energy, kWh, of the paper of qtd_pages (docs/impact.md), two decimals. */
            qtd_energy_kwh: number;
            /** @description Energy, kWh, of the paper of ytd_pages (docs/impact.md), two decimals. */
            ytd_energy_kwh: number;
            /** @description Energy, kWh, of the paper of ltd_pages (docs/impact.md), two decimals. */
            ltd_energy_kwh: number;
            /** @description Wood, kg, of the paper of mtd_pages (docs/impact.md), two decimals. */
            mtd_wood_kg: number;
            /** @description Wood, kg, of the paper of qtd_pages (docs/impact.md), two decimals. */
            qtd_wood_kg: number;
            /** @description Wood, kg, of the paper of ytd_pages (docs/impact.md), two decimals. */
            ytd_wood_kg: number;
            /** @description Wood, kg, of the paper of ltd_pages (docs/impact.md), two decimals. */
            ltd_wood_kg: number;
            /** @description The impact factor set of the equivalents: the one in force (docs/impact.md). */
            factors_version: string;
            /** @description Closed months (YYYY-MM, oldest first) of the account itself with pages no certificate covers yet: their certificates are being issued (a backfill queues the month close at once). Empty when nothing is waiting. */
            certificates_pending_months: string[];
        };
        /**
         * @example {
         *       "id": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "user_id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
         *       "name": "Billing export",
         *       "prefix": "cnp_7Hq2xV",
         *       "scope": "read",
         *       "created_by_key_id": null,
         *       "created_at": "2024-02-01T08:15:00Z",
         *       "last_used_at": "2024-03-05T07:00:12Z",
         *       "revoked_at": null
         *     }
         */
        ApiKey: {
            id: string;
            account_id: string;
            /** @description The user who made the key (null: made by the CLI or another key). */
            user_id: string | null;
            name: string;
            /** @description The first characters of the key, to tell keys apart. */
            prefix: string;
            /**
             * @description `read`: the key can only read (GET); `full`: whatever the account's role allows.
             * @enum {string}
             */
            scope: "read" | "full";
            /** @description The key that made this one (revoking it revokes this one too), or null. */
            created_by_key_id: string | null;
            /** Format: date-time */
            created_at: string;
            last_used_at: string | null;
            revoked_at: string | null;
        };
        /**
         * @example {
         *       "id": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "user_id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
         *       "name": "Billing export",
         *       "prefix": "cnp_7Hq2xV",
         *       "scope": "read",
         *       "created_by_key_id": null,
         *       "created_at": "2024-02-01T08:15:00Z",
         *       "last_used_at": null,
         *       "revoked_at": null,
         *       "key": "cnp_7Hq2xV9kLm3pR8sT1wY4zB6dF0gJ5nQ2uE7aC9hK3mP"
         *     }
         */
        ApiKeyCreated: {
            id: string;
            account_id: string;
            /** @description The user who made the key (null: made by the CLI or another key). */
            user_id: string | null;
            name: string;
            /** @description The first characters of the key, to tell keys apart. */
            prefix: string;
            /**
             * @description `read`: the key can only read (GET); `full`: whatever the account's role allows.
             * @enum {string}
             */
            scope: "read" | "full";
            /** @description The key that made this one (revoking it revokes this one too), or null. */
            created_by_key_id: string | null;
            /** Format: date-time */
            created_at: string;
            last_used_at: string | null;
            revoked_at: string | null;
            /** @description The API key itself: shown once, stored only as a SHA-256. */
            key: string;
        };
        /**
         * @example {
         *       "id": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "user_id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
         *       "name": "Billing export",
         *       "prefix": "cnp_7Hq2xV",
         *       "scope": "read",
         *       "created_by_key_id": null,
         *       "created_at": "2024-02-01T08:15:00Z",
         *       "last_used_at": "2024-03-05T07:00:12Z",
         *       "revoked_at": null,
         *       "deleted": true
         *     }
         */
        ApiKeyDeleted: {
            id: string;
            account_id: string;
            /** @description The user who made the key (null: made by the CLI or another key). */
            user_id: string | null;
            name: string;
            /** @description The first characters of the key, to tell keys apart. */
            prefix: string;
            /**
             * @description `read`: the key can only read (GET); `full`: whatever the account's role allows.
             * @enum {string}
             */
            scope: "read" | "full";
            /** @description The key that made this one (revoking it revokes this one too), or null. */
            created_by_key_id: string | null;
            /** Format: date-time */
            created_at: string;
            last_used_at: string | null;
            revoked_at: string | null;
            /** @constant */
            deleted: true;
        };
        ImpactFactorSet: {
            version: string;
            name: string;
            /** @description Greenhouse gases, kg CO₂e, per standard page. */
            co2e_kg: number;
            /** @description Water, litres, per standard page. */
            water_l: number;
            /** @description Energy, kWh, per standard page. */
            energy_kwh: number;
            /** @description Wood, kg, per standard page. */
            wood_kg: number;
            /** @description The source of each figure (docs/impact.md). */
            sources: {
                co2e_kg: string;
                water_l: string;
                energy_kwh: string;
                wood_kg: string;
            };
            method_url: string;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * @example {
         *       "id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
         *       "name": "Madagascar",
         *       "status": "active",
         *       "forest_latitude": -15.7358,
         *       "forest_longitude": 46.3588,
         *       "content_logo": null,
         *       "content_masthead": null,
         *       "content_introduction": "",
         *       "content_body_html": "<p>Mangrove and dry-forest restoration on the north-west coast of Madagascar, with villages that plant and guard the trees.</p>",
         *       "content_images": []
         *     }
         */
        ForestryProject: {
            id: string;
            name: string;
            /** @enum {string} */
            status: "active" | "inactive";
            forest_latitude: number;
            forest_longitude: number;
            content_logo: string | null;
            content_masthead: string | null;
            content_introduction: string;
            content_body_html: string;
            content_images: string[];
        };
        /**
         * @example {
         *       "id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "period_start": "2024-02-01T00:00:00Z",
         *       "period_end": "2024-02-29T23:59:59Z",
         *       "date": "2024-02-29T23:59:59Z",
         *       "pages": 17620,
         *       "trees": 2.11,
         *       "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
         *       "project": {
         *         "id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
         *         "name": "Madagascar",
         *         "status": "active",
         *         "forest_latitude": -15.7358,
         *         "forest_longitude": 46.3588,
         *         "content_logo": null,
         *         "content_masthead": null,
         *         "content_introduction": "",
         *         "content_body_html": "<p>Mangrove and dry-forest restoration on the north-west coast of Madagascar, with villages that plant and guard the trees.</p>",
         *         "content_images": []
         *       },
         *       "url": "https://canopy.example.co.uk/certificates/a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
         *       "pdf_url": "https://canopy.example.co.uk/certificates/a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d.pdf",
         *       "kind": "account",
         *       "adjustment_pages": 140,
         *       "customers": null,
         *       "issued_at": "2024-03-06T06:00:00Z",
         *       "projects": [
         *         {
         *           "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
         *           "name": "Madagascar",
         *           "pages": 8810,
         *           "trees": 1.06
         *         },
         *         {
         *           "project_id": "692bb68d-64aa-4a79-8a08-d373fb0d8752",
         *           "name": "Scottish Highlands",
         *           "pages": 8810,
         *           "trees": 1.05
         *         }
         *       ],
         *       "customer_certificates": [],
         *       "co2e_kg": 223.77,
         *       "water_l": 6260.39,
         *       "energy_kwh": 818.8,
         *       "wood_kg": 314.69,
         *       "factors_version": "epn-2024.1"
         *     }
         */
        Certificate: {
            id: string;
            account_id: string;
            /**
             * Format: date-time
             * @description Local midnight (Europe/London) of the first day of the month, in UTC.
             */
            period_start: string;
            /**
             * Format: date-time
             * @description The month's last second, in UTC.
             */
            period_end: string;
            /**
             * Format: date-time
             * @description The same as period_end.
             */
            date: string;
            /** @description The month's standard pages plus adjustment_pages. */
            pages: number;
            /** @description The pages in trees, two decimals (the rule: Trees, in the API description). */
            trees: number;
            /** @description The project of the largest share. */
            project_id: string | null;
            project: components["schemas"]["ForestryProject"] | null;
            /** @description The public page (no login). */
            url: string;
            /** @description The one-page PDF (no login). */
            pdf_url: string;
            /** @enum {string} */
            kind: "account" | "rollup" | "transaction";
            /** @description Pages of earlier, already certified months included in pages: late pages, or (negative) a correction of pages withdrawn, applied as far as the month's pages allow (the rest goes on the next certificate). */
            adjustment_pages: number;
            /** @description Roll-ups: how many customer accounts it sums (else null). */
            customers: number | null;
            /** Format: date-time */
            issued_at: string;
            /** @description Every project share, largest first, as issued: trees with two decimals that add up exactly to `trees`; a certificate is split over as many of its projects as keep each share at least 0.1 tree. */
            projects: {
                project_id: string;
                name: string;
                pages: number;
                trees: number;
            }[];
            /** @description Roll-ups: the customer certificates it sums, fixed when issued (customers certified late for an earlier month are on the next roll-up); empty for other kinds. */
            customer_certificates: {
                certificate_id: string;
                account_id: string;
                /** Format: date-time */
                period_start: string;
                pages: number;
            }[];
            /** @description Greenhouse gases of the paper, kg CO₂e (docs/impact.md). */
            co2e_kg: number;
            /** @description Water, litres. */
            water_l: number;
            /** @description Energy, kWh. */
            energy_kwh: number;
            /** @description Wood, kg. */
            wood_kg: number;
            /** @description The impact factor set of the equivalents, fixed when issued (docs/impact.md). */
            factors_version: string;
        };
        /**
         * @example {
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "source": "inherited",
         *       "inherited_from": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
         *       "projects": [
         *         {
         *           "id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
         *           "name": "Madagascar",
         *           "status": "active",
         *           "forest_latitude": -15.7358,
         *           "forest_longitude": 46.3588,
         *           "content_logo": null,
         *           "content_masthead": null,
         *           "content_introduction": "",
         *           "content_body_html": "<p>Mangrove and dry-forest restoration on the north-west coast of Madagascar, with villages that plant and guard the trees.</p>",
         *           "content_images": []
         *         }
         *       ]
         *     }
         */
        AccountProjects: {
            account_id: string;
            /**
             * @description own choice, an ancestor's (inherited), or every active project (default).
             * @enum {string}
             */
            source: "own" | "inherited" | "default";
            /** @description The ancestor whose choice applies (source inherited). */
            inherited_from: string | null;
            projects: components["schemas"]["ForestryProject"][];
        };
        /**
         * @example {
         *       "url": "https://canopy.example/branding/2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c/logo.png?v=9f2c4e1a7b3d5f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718",
         *       "media_type": "image/png",
         *       "width": 600,
         *       "height": 180,
         *       "sha256": "9f2c4e1a7b3d5f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718"
         *     }
         */
        BrandingLogo: {
            /** @description The public, cacheable image: /branding/<account_id>/logo.png (or .jpg)?v=<sha256>; a new upload gets a new URL. */
            url: string;
            /** @enum {string} */
            media_type: "image/png" | "image/jpeg";
            /** @description Pixels, as stored (a logo wider than 600 px is scaled down to 600). */
            width: number;
            height: number;
            /** @description SHA-256 (hex) of the stored, re-encoded image. */
            sha256: string;
        };
        /**
         * @example {
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "display_name": "Northwind Managed Print",
         *       "brand_colour": "#0b6e4f",
         *       "accent_colour": "#0b6e4f",
         *       "logo": {
         *         "url": "https://canopy.example/branding/2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c/logo.png?v=9f2c4e1a7b3d5f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718",
         *         "media_type": "image/png",
         *         "width": 600,
         *         "height": 180,
         *         "sha256": "9f2c4e1a7b3d5f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718"
         *       },
         *       "updated_at": "2026-03-02T10:15:00Z"
         *     }
         */
        Branding: {
            account_id: string;
            /** @description The name shown (certificates, the dashboard's header): the account's `display_name`, else its `name`. */
            display_name: string;
            /** @description `#rrggbb` as set, or null (the default forest green). */
            brand_colour: string | null;
            /** @description The colour Canopy draws with: the brand colour when its contrast against white is at least 4.5 : 1, else the brand colour darkened until it is; null without a brand colour. */
            accent_colour: string | null;
            logo: components["schemas"]["BrandingLogo"] | null;
            /** @description The last change to the logo or colour; null when never set. */
            updated_at: string | null;
        };
        /**
         * @example {
         *       "source": "inherited",
         *       "branding": {
         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *         "display_name": "Northwind Managed Print",
         *         "brand_colour": "#0b6e4f",
         *         "accent_colour": "#0b6e4f",
         *         "logo": null,
         *         "updated_at": "2026-03-02T10:15:00Z"
         *       }
         *     }
         */
        DashboardBranding: {
            /**
             * @description `own`: the caller's account (a provider) has branding; `inherited`: the nearest provider above it with branding (a customer's users see their provider's); `none`: Canopy's own look.
             * @enum {string}
             */
            source: "own" | "inherited" | "none";
            branding: components["schemas"]["Branding"] | null;
        };
        /**
         * @example {
         *       "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
         *       "certificate_id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
         *       "quote_id": null,
         *       "date": "2024-03-06T06:00:00Z",
         *       "pages": 8810,
         *       "trees": 1.057
         *     }
         */
        Transaction: {
            id: string;
            account_id: string;
            project_id: string;
            certificate_id: string | null;
            /** @description The quote it was converted from, if any. */
            quote_id: string | null;
            /** Format: date-time */
            date: string;
            pages: number;
            trees: number;
        };
        /**
         * @example {
         *       "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "project_id": "5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9",
         *       "certificate_id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
         *       "quote_id": null,
         *       "date": "2024-03-06T06:00:00Z",
         *       "pages": 8810,
         *       "trees": 1.057,
         *       "deleted": true
         *     }
         */
        TransactionDeleted: {
            id: string;
            account_id: string;
            project_id: string;
            certificate_id: string | null;
            /** @description The quote it was converted from, if any. */
            quote_id: string | null;
            /** Format: date-time */
            date: string;
            pages: number;
            trees: number;
            /** @constant */
            deleted: true;
        };
        /**
         * @example {
         *       "id": "a11c7abc-011e-462f-babb-3c6375fa6473",
         *       "account_id": null,
         *       "name": "80# #2 Gloss Cover",
         *       "density": 216
         *     }
         */
        PaperType: {
            id: string;
            /** @description null: a built-in type. */
            account_id: string | null;
            name: string;
            /** @description g/m². */
            density: number;
        };
        /**
         * @example {
         *       "id": "a11c7abc-011e-462f-babb-3c6375fa6473",
         *       "account_id": null,
         *       "name": "80# #2 Gloss Cover",
         *       "density": 216,
         *       "deleted": true
         *     }
         */
        PaperTypeDeleted: {
            id: string;
            /** @description null: a built-in type. */
            account_id: string | null;
            name: string;
            /** @description g/m². */
            density: number;
            /** @constant */
            deleted: true;
        };
        /**
         * @example {
         *       "id": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "project_id": null,
         *       "transaction_id": null,
         *       "created_at": "2024-03-01T15:20:00Z",
         *       "standard_pages": 525377,
         *       "trees": 63.048,
         *       "rate": 0.0003,
         *       "price": 157.61,
         *       "items": [
         *         {
         *           "quantity": 20000,
         *           "width": 0.2127,
         *           "height": 0.2762,
         *           "density": 216,
         *           "gsm": 216,
         *           "paper_type_id": "a11c7abc-011e-462f-babb-3c6375fa6473"
         *         },
         *         {
         *           "quantity": 400000,
         *           "width": 0.2127,
         *           "height": 0.2762,
         *           "density": 89,
         *           "gsm": 89,
         *           "paper_type_id": "bbd0f271-7c1e-4b5a-9d3f-2a6e8c4b1d07"
         *         }
         *       ]
         *     }
         */
        Quote: {
            id: string;
            account_id: string;
            project_id: string | null;
            /** @description The transaction it was converted to, if any. */
            transaction_id: string | null;
            /** Format: date-time */
            created_at: string;
            /** @description round(Σ quantity × width × height × density / (0.2159 × 0.2794 × 74)). */
            standard_pages: number;
            /** @description Three decimals. */
            trees: number;
            /** @description Price per standard page when the quote was made. */
            rate: number;
            /** @description standard_pages × rate, to the cent. */
            price: number;
            items: {
                quantity: number;
                /** @description Metres. */
                width: number;
                /** @description Metres. */
                height: number;
                /** @description g/m². */
                density: number;
                /** @description The same as density. */
                gsm: number;
                paper_type_id: string | null;
            }[];
        };
        /**
         * @example {
         *       "id": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "project_id": null,
         *       "transaction_id": null,
         *       "created_at": "2024-03-01T15:20:00Z",
         *       "standard_pages": 525377,
         *       "trees": 63.048,
         *       "rate": 0.0003,
         *       "price": 157.61,
         *       "items": [
         *         {
         *           "quantity": 20000,
         *           "width": 0.2127,
         *           "height": 0.2762,
         *           "density": 216,
         *           "gsm": 216,
         *           "paper_type_id": "a11c7abc-011e-462f-babb-3c6375fa6473"
         *         },
         *         {
         *           "quantity": 400000,
         *           "width": 0.2127,
         *           "height": 0.2762,
         *           "density": 89,
         *           "gsm": 89,
         *           "paper_type_id": "bbd0f271-7c1e-4b5a-9d3f-2a6e8c4b1d07"
         *         }
         *       ],
         *       "deleted": true
         *     }
         */
        QuoteDeleted: {
            id: string;
            account_id: string;
            project_id: string | null;
            /** @description The transaction it was converted to, if any. */
            transaction_id: string | null;
            /** Format: date-time */
            created_at: string;
            /** @description round(Σ quantity × width × height × density / (0.2159 × 0.2794 × 74)). */
            standard_pages: number;
            /** @description Three decimals. */
            trees: number;
            /** @description Price per standard page when the quote was made. */
            rate: number;
            /** @description standard_pages × rate, to the cent. */
            price: number;
            items: {
                quantity: number;
                /** @description Metres. */
                width: number;
                /** @description Metres. */
                height: number;
                /** @description g/m². */
                density: number;
                /** @description The same as density. */
                gsm: number;
                paper_type_id: string | null;
            }[];
            /** @constant */
            deleted: true;
        };
        /**
         * @example {
         *       "id": 18341,
         *       "at": "2024-03-05T10:12:44Z",
         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
         *       "actor_type": "user",
         *       "actor_id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
         *       "method": "PATCH",
         *       "route": "/v1/servers/:id",
         *       "resource_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
         *       "status": 200,
         *       "ip": "203.0.113.24",
         *       "user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
         *       "account_name": "Northwind MPS",
         *       "actor_name": "Dana Okafor",
         *       "actor_email": "dana@northwind.example",
         *       "actor_key_prefix": null
         *     }
         */
        AuditEntry: {
            id: number;
            /** Format: date-time */
            at: string;
            account_id: string | null;
            /** @enum {string} */
            actor_type: "api_key" | "user" | "anonymous";
            /** @description The API key or user. */
            actor_id: string | null;
            method: string;
            /** @description The route pattern, not the URL. */
            route: string;
            resource_id: string | null;
            status: number;
            ip: string | null;
            user_agent: string | null;
            /** @description The name of the entry's account. */
            account_name: string | null;
            /** @description The user's full name, or the API key's name; null without an actor (or once it was deleted). */
            actor_name: string | null;
            /** @description The user's email (users only). */
            actor_email: string | null;
            /** @description The first characters of the API key, to tell keys apart (API keys only; never the key). */
            actor_key_prefix: string | null;
        };
        /**
         * @example {
         *       "user": {
         *         "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
         *         "full_name": "Priya Shah",
         *         "email": "priya@dealer.example.co.uk"
         *       },
         *       "account": {
         *         "id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
         *         "name": "Northern Print Services",
         *         "role": "provider"
         *       },
         *       "csrf_token": "Jx3kQ9vL2mP7sT0wY5zB8dF1gH4nR6uE"
         *     }
         */
        Session: {
            user: {
                id: string;
                full_name: string;
                email: string;
            };
            account: {
                id: string;
                name: string;
                /** @enum {string} */
                role: "platform" | "provider" | "customer";
            };
            /** @description Send it back as the X-CSRF-Token header on every write made with the session cookie. */
            csrf_token: string;
        };
        /**
         * @example {
         *       "deleted": true
         *     }
         */
        SessionDeleted: {
            /** @constant */
            deleted: true;
        };
        /**
         * @example {
         *       "changed": true
         *     }
         */
        PasswordChanged: {
            /** @constant */
            changed: true;
        };
        /**
         * @example {
         *       "requested": true
         *     }
         */
        PasswordResetRequested: {
            /** @constant */
            requested: true;
        };
        /**
         * @example {
         *       "email": "priya@dealer.example.co.uk"
         *     }
         */
        PasswordResetPreview: {
            email: string;
        };
        /**
         * @example {
         *       "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
         *       "source_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
         *       "date": "2024-03-04T00:00:00Z",
         *       "pages": 395,
         *       "width": 0.2159,
         *       "height": 0.2794,
         *       "density": 74,
         *       "gsm": 74,
         *       "paper_type_id": null,
         *       "created_at": "2024-03-05T02:00:37Z",
         *       "standard_pages": 395,
         *       "status": "deposited",
         *       "base_date": "2024-03-03",
         *       "raw_pages": 395
         *     }
         */
        Deposit: {
            id: string;
            account_id: string;
            /** @description The feed it was collected from (null: a manual deposit). */
            feed_id: string | null;
            /** @description The same as feed_id (the JS client's name). */
            source_id: string | null;
            /**
             * Format: date-time
             * @description The day deposited, as midnight UTC.
             */
            date: string;
            pages: number;
            /** @description Metres. */
            width: number;
            /** @description Metres. */
            height: number;
            /** @description g/m². */
            density: number;
            /** @description The same as density. */
            gsm: number;
            paper_type_id: string | null;
            /** Format: date-time */
            created_at: string;
            standard_pages: number;
            /** @enum {string} */
            status: "deposited" | "held" | "rejected" | "rebased" | "glitch" | "pending";
            base_date: string | null;
            /** @description The difference of the two readings, before the rules (null: manual). */
            raw_pages: number | null;
        };
        /**
         * @description Masses are exact decimal strings in grams; S(C) is given to 6 decimals and as an exact fraction.
         * @example {
         *       "formula": "pages = round(S(C(end))) − round(S(C(base)))",
         *       "standardPageFormula": "S(C) = ((smallTotal − saved) × m_small + largeTotal × m_large) / m_std, saved = duplexTotal (duplex counted in sheets)",
         *       "profile": {
         *         "id": "a4",
         *         "duplexCountedIn": "sheets"
         *       },
         *       "masses": {
         *         "small": {
         *           "format": "A4 80 g/m²",
         *           "widthM": 0.21,
         *           "heightM": 0.297,
         *           "gsm": 80,
         *           "massG": "4.9896",
         *           "formula": "0.21 m × 0.297 m × 80 g/m² = 4.9896 g"
         *         },
         *         "large": {
         *           "format": "A3 80 g/m²",
         *           "widthM": 0.297,
         *           "heightM": 0.42,
         *           "gsm": 80,
         *           "massG": "9.9792",
         *           "formula": "0.297 m × 0.42 m × 80 g/m² = 9.9792 g"
         *         },
         *         "standard": {
         *           "format": "Letter 20 lb bond",
         *           "widthM": 0.2159,
         *           "heightM": 0.2794,
         *           "gsm": 74,
         *           "massG": "4.46386204",
         *           "formula": "0.2159 m × 0.2794 m × 74 g/m² = 4.46386204 g"
         *         }
         *       },
         *       "base": {
         *         "date": "2024-03-01",
         *         "counters": {
         *           "smallTotal": 120000,
         *           "largeTotal": 3000,
         *           "duplexTotal": 40000
         *         },
         *         "saved": 40000,
         *         "savedFormula": "saved = duplexTotal = 40000",
         *         "smallSheets": 80000,
         *         "smallMassG": "399168",
         *         "largeMassG": "29937.6",
         *         "paperMassG": "429105.6",
         *         "standardPages": "96128.777313",
         *         "standardPagesExact": {
         *           "numerator": "429105600000000",
         *           "denominator": "4463862040"
         *         },
         *         "rounded": 96129,
         *         "formula": "S = ((120000 − 40000) × 4.9896 g + 3000 × 9.9792 g) / 4.46386204 g = (399168 g + 29937.6 g) / 4.46386204 g = 96128.777313; round(S) = 96129"
         *       },
         *       "end": {
         *         "date": "2024-03-04",
         *         "counters": {
         *           "smallTotal": 120480,
         *           "largeTotal": 3012,
         *           "duplexTotal": 40150
         *         },
         *         "saved": 40150,
         *         "savedFormula": "saved = duplexTotal = 40150",
         *         "smallSheets": 80330,
         *         "smallMassG": "400814.568",
         *         "largeMassG": "30057.3504",
         *         "paperMassG": "430871.9184",
         *         "standardPages": "96524.470187",
         *         "standardPagesExact": {
         *           "numerator": "430871918400000",
         *           "denominator": "4463862040"
         *         },
         *         "rounded": 96524,
         *         "formula": "S = ((120480 − 40150) × 4.9896 g + 3012 × 9.9792 g) / 4.46386204 g = (400814.568 g + 30057.3504 g) / 4.46386204 g = 96524.470187; round(S) = 96524"
         *       },
         *       "rawPages": 395,
         *       "rawPagesFormula": "96524 − 96129 = 395",
         *       "status": "deposited",
         *       "reason": null,
         *       "ignored": [
         *         {
         *           "date": "2024-03-02",
         *           "status": "glitch",
         *           "rawPages": 1000000000,
         *           "reason": "glitch: a spike (1000096129 standard pages) above the readings on both sides (96129 on 2024-03-01, and lower ones after it); ignored."
         *         }
         *       ],
         *       "skipped": [
         *         {
         *           "date": "2024-03-03",
         *           "field": "monoTotal",
         *           "value": "-1",
         *           "message": "The portal's answer for customer 1004 on 2024-03-03 is invalid: monoTotal = -1 (Too small: expected number to be >=0)."
         *         }
         *       ]
         *     }
         */
        DepositExplanation: {
            formula: string;
            standardPageFormula: string;
            profile: {
                id: string;
                /** @enum {string} */
                duplexCountedIn: "sheets" | "sides";
            };
            masses: {
                small: {
                    format: string;
                    widthM: number;
                    heightM: number;
                    gsm: number;
                    massG: string;
                    formula: string;
                };
                large: {
                    format: string;
                    widthM: number;
                    heightM: number;
                    gsm: number;
                    massG: string;
                    formula: string;
                };
                standard: {
                    format: string;
                    widthM: number;
                    heightM: number;
                    gsm: number;
                    massG: string;
                    formula: string;
                };
            };
            base: {
                /** Format: date */
                date: string;
                counters: {
                    smallTotal: number;
                    largeTotal: number;
                    duplexTotal: number;
                };
                saved: number;
                savedFormula: string;
                smallSheets: number;
                smallMassG: string;
                largeMassG: string;
                paperMassG: string;
                standardPages: string;
                standardPagesExact: {
                    numerator: string;
                    denominator: string;
                };
                rounded: number;
                formula: string;
            };
            end: {
                /** Format: date */
                date: string;
                counters: {
                    smallTotal: number;
                    largeTotal: number;
                    duplexTotal: number;
                };
                saved: number;
                savedFormula: string;
                smallSheets: number;
                smallMassG: string;
                largeMassG: string;
                paperMassG: string;
                standardPages: string;
                standardPagesExact: {
                    numerator: string;
                    denominator: string;
                };
                rounded: number;
                formula: string;
            };
            rawPages: number;
            rawPagesFormula: string;
            /** @description The deposit's status as the rules give it from the readings now stored. */
            status: string;
            /** @description Why the deposit is what it is, when it is not a plain deposit. */
            reason: string | null;
            /** @description Readings after the base and before the date that the deposit is not measured from, and why. */
            ignored: {
                /** Format: date */
                date: string;
                /** @enum {string} */
                status: "glitch" | "pending" | "held" | "rejected" | "rebased";
                rawPages: number;
                reason: string;
            }[];
            /** @description Days after the base, through the date, whose portal answer failed validation (no reading). */
            skipped: {
                /** Format: date */
                date: string;
                field: string;
                value: string;
                message: string;
            }[];
        };
        /**
         * @example {
         *       "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
         *       "source_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
         *       "date": "2024-03-04T00:00:00Z",
         *       "pages": 395,
         *       "width": 0.2159,
         *       "height": 0.2794,
         *       "density": 74,
         *       "gsm": 74,
         *       "paper_type_id": null,
         *       "created_at": "2024-03-05T02:00:37Z",
         *       "standard_pages": 395,
         *       "status": "deposited",
         *       "base_date": "2024-03-03",
         *       "raw_pages": 395,
         *       "explanation": {
         *         "formula": "pages = round(S(C(end))) − round(S(C(base)))",
         *         "standardPageFormula": "S(C) = ((smallTotal − saved) × m_small + largeTotal × m_large) / m_std, saved = duplexTotal (duplex counted in sheets)",
         *         "profile": {
         *           "id": "a4",
         *           "duplexCountedIn": "sheets"
         *         },
         *         "masses": {
         *           "small": {
         *             "format": "A4 80 g/m²",
         *             "widthM": 0.21,
         *             "heightM": 0.297,
         *             "gsm": 80,
         *             "massG": "4.9896",
         *             "formula": "0.21 m × 0.297 m × 80 g/m² = 4.9896 g"
         *           },
         *           "large": {
         *             "format": "A3 80 g/m²",
         *             "widthM": 0.297,
         *             "heightM": 0.42,
         *             "gsm": 80,
         *             "massG": "9.9792",
         *             "formula": "0.297 m × 0.42 m × 80 g/m² = 9.9792 g"
         *           },
         *           "standard": {
         *             "format": "Letter 20 lb bond",
         *             "widthM": 0.2159,
         *             "heightM": 0.2794,
         *             "gsm": 74,
         *             "massG": "4.46386204",
         *             "formula": "0.2159 m × 0.2794 m × 74 g/m² = 4.46386204 g"
         *           }
         *         },
         *         "base": {
         *           "date": "2024-03-01",
         *           "counters": {
         *             "smallTotal": 120000,
         *             "largeTotal": 3000,
         *             "duplexTotal": 40000
         *           },
         *           "saved": 40000,
         *           "savedFormula": "saved = duplexTotal = 40000",
         *           "smallSheets": 80000,
         *           "smallMassG": "399168",
         *           "largeMassG": "29937.6",
         *           "paperMassG": "429105.6",
         *           "standardPages": "96128.777313",
         *           "standardPagesExact": {
         *             "numerator": "429105600000000",
         *             "denominator": "4463862040"
         *           },
         *           "rounded": 96129,
         *           "formula": "S = ((120000 − 40000) × 4.9896 g + 3000 × 9.9792 g) / 4.46386204 g = (399168 g + 29937.6 g) / 4.46386204 g = 96128.777313; round(S) = 96129"
         *         },
         *         "end": {
         *           "date": "2024-03-04",
         *           "counters": {
         *             "smallTotal": 120480,
         *             "largeTotal": 3012,
         *             "duplexTotal": 40150
         *           },
         *           "saved": 40150,
         *           "savedFormula": "saved = duplexTotal = 40150",
         *           "smallSheets": 80330,
         *           "smallMassG": "400814.568",
         *           "largeMassG": "30057.3504",
         *           "paperMassG": "430871.9184",
         *           "standardPages": "96524.470187",
         *           "standardPagesExact": {
         *             "numerator": "430871918400000",
         *             "denominator": "4463862040"
         *           },
         *           "rounded": 96524,
         *           "formula": "S = ((120480 − 40150) × 4.9896 g + 3012 × 9.9792 g) / 4.46386204 g = (400814.568 g + 30057.3504 g) / 4.46386204 g = 96524.470187; round(S) = 96524"
         *         },
         *         "rawPages": 395,
         *         "rawPagesFormula": "96524 − 96129 = 395",
         *         "status": "deposited",
         *         "reason": null,
         *         "ignored": [
         *           {
         *             "date": "2024-03-02",
         *             "status": "glitch",
         *             "rawPages": 1000000000,
         *             "reason": "glitch: a spike (1000096129 standard pages) above the readings on both sides (96129 on 2024-03-01, and lower ones after it); ignored."
         *           }
         *         ],
         *         "skipped": [
         *           {
         *             "date": "2024-03-03",
         *             "field": "monoTotal",
         *             "value": "-1",
         *             "message": "The portal's answer for customer 1004 on 2024-03-03 is invalid: monoTotal = -1 (Too small: expected number to be >=0)."
         *           }
         *         ]
         *       }
         *     }
         */
        DepositWithExplanation: {
            id: string;
            account_id: string;
            /** @description The feed it was collected from (null: a manual deposit). */
            feed_id: string | null;
            /** @description The same as feed_id (the JS client's name). */
            source_id: string | null;
            /**
             * Format: date-time
             * @description The day deposited, as midnight UTC.
             */
            date: string;
            pages: number;
            /** @description Metres. */
            width: number;
            /** @description Metres. */
            height: number;
            /** @description g/m². */
            density: number;
            /** @description The same as density. */
            gsm: number;
            paper_type_id: string | null;
            /** Format: date-time */
            created_at: string;
            standard_pages: number;
            /** @enum {string} */
            status: "deposited" | "held" | "rejected" | "rebased" | "glitch" | "pending";
            base_date: string | null;
            /** @description The difference of the two readings, before the rules (null: manual). */
            raw_pages: number | null;
            explanation: components["schemas"]["DepositExplanation"] | null;
        };
        /**
         * @example {
         *       "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
         *       "source_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
         *       "date": "2024-03-04T00:00:00Z",
         *       "pages": 395,
         *       "width": 0.2159,
         *       "height": 0.2794,
         *       "density": 74,
         *       "gsm": 74,
         *       "paper_type_id": null,
         *       "created_at": "2024-03-05T02:00:37Z",
         *       "standard_pages": 395,
         *       "status": "deposited",
         *       "base_date": "2024-03-03",
         *       "raw_pages": 395,
         *       "deleted": true
         *     }
         */
        DepositDeleted: {
            id: string;
            account_id: string;
            /** @description The feed it was collected from (null: a manual deposit). */
            feed_id: string | null;
            /** @description The same as feed_id (the JS client's name). */
            source_id: string | null;
            /**
             * Format: date-time
             * @description The day deposited, as midnight UTC.
             */
            date: string;
            pages: number;
            /** @description Metres. */
            width: number;
            /** @description Metres. */
            height: number;
            /** @description g/m². */
            density: number;
            /** @description The same as density. */
            gsm: number;
            paper_type_id: string | null;
            /** Format: date-time */
            created_at: string;
            standard_pages: number;
            /** @enum {string} */
            status: "deposited" | "held" | "rejected" | "rebased" | "glitch" | "pending";
            base_date: string | null;
            /** @description The difference of the two readings, before the rules (null: manual). */
            raw_pages: number | null;
            /** @constant */
            deleted: true;
        };
        VolumeCoverage: {
            /** @description Days of the period with a deposit that carries new data (a zero included). */
            days_with_data: number;
            /** @description Days whose only deposits are a stale spell's: the counters stood still for 3 weekdays or more (no new data). */
            stale_days: number;
            /** @description Standard pages of the deposits that catch up a stale spell (the jump after it, or days rewritten late). */
            catch_up_pages: number;
            last_data_date: string | null;
        };
        /**
         * @example {
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "date": "2024-03-01T00:00:00Z",
         *       "period": "monthly",
         *       "pages": 12480,
         *       "trees": 1.5,
         *       "co2e_kg": 158.5,
         *       "water_l": 4434.14,
         *       "energy_kwh": 579.95,
         *       "wood_kg": 222.89,
         *       "factors_version": "epn-2024.1"
         *     }
         */
        Volume: {
            account_id: string;
            /**
             * Format: date-time
             * @description The start of the period at local midnight (Europe/London), in UTC.
             */
            date: string;
            /** @enum {string} */
            period: "daily" | "monthly";
            /** @description Standard pages of the account and its descendants. */
            pages: number;
            /** @description The pages in trees, two decimals (the rule: Trees, in the API description). */
            trees: number;
            /** @description Greenhouse gases of the paper, kg CO₂e (docs/impact.md). */
            co2e_kg: number;
            /** @description Water, litres. */
            water_l: number;
            /** @description Energy, kWh. */
            energy_kwh: number;
            /** @description Wood, kg. */
            wood_kg: number;
            /** @description The impact factor set of the equivalents: the one in force (docs/impact.md). */
            factors_version: string;
            /** @description With coverage=true: what the period has data for (a Canopy extension; JSON only). */
            coverage?: components["schemas"]["VolumeCoverage"];
        };
        /**
         * @example {
         *       "id": "3f1c9b52-7d4e-4a8b-9e21-5c6d7e8f9a0b",
         *       "at": "2024-03-04T09:00:00Z",
         *       "old_state": "healthy",
         *       "new_state": "unhealthy",
         *       "reason": "DCA stale: no new counters for 3 business days (last data 2024-02-28)."
         *     }
         */
        HealthEvent: {
            id: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            old_state: "pending" | "healthy" | "unhealthy";
            /** @enum {string} */
            new_state: "pending" | "healthy" | "unhealthy";
            reason: string | null;
        };
        /**
         * @example {
         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "type": "onestop",
         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
         *       "external_id": "1043",
         *       "collection_scope": null,
         *       "created_at": "2024-01-15T10:45:00Z",
         *       "status": "active",
         *       "activated_at": "2024-01-01T00:00:00Z",
         *       "deactivated_at": null,
         *       "health_check": "healthy",
         *       "health_check_reason": null,
         *       "health_reason": null,
         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
         *       "synced_through": "2024-03-04",
         *       "last_new_data": "2024-03-04"
         *     }
         */
        Feed: {
            id: string;
            account_id: string;
            /** @constant */
            type: "onestop";
            server_id: string;
            /** @description The customer's id in the portal. */
            external_id: string;
            collection_scope: string | null;
            /** Format: date-time */
            created_at: string;
            /** @enum {string} */
            status: "active" | "inactive";
            /**
             * Format: date-time
             * @description The activation date (the first day deposited), as midnight UTC.
             */
            activated_at: string;
            deactivated_at: string | null;
            /** @enum {string} */
            health_check: "pending" | "healthy" | "unhealthy";
            health_check_reason: string | null;
            /** @description Why the feed is unhealthy, machine-readable (null while healthy). */
            health_reason: ("dca_stale" | "invalid_data" | "customer_missing" | "portal_errors" | "schema_changed") | null;
            health_check_checked_at: string | null;
            health_check_changed_at: string | null;
            /**
             * Format: date
             * @description The last day collected (YYYY-MM-DD).
             */
            synced_through: string | null;
            /**
             * Format: date
             * @description The last day its counters moved (YYYY-MM-DD; null before they ever did): a feed whose data stopped shows it, not synced_through.
             */
            last_new_data: string | null;
        };
        /**
         * @example {
         *       "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "type": "onestop",
         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
         *       "external_id": "1043",
         *       "collection_scope": null,
         *       "created_at": "2024-01-15T10:45:00Z",
         *       "status": "active",
         *       "activated_at": "2024-01-01T00:00:00Z",
         *       "deactivated_at": null,
         *       "health_check": "healthy",
         *       "health_check_reason": null,
         *       "health_reason": null,
         *       "health_check_checked_at": "2024-03-05T02:00:41Z",
         *       "health_check_changed_at": "2024-01-15T10:46:10Z",
         *       "synced_through": "2024-03-04",
         *       "last_new_data": "2024-03-04",
         *       "deleted": true
         *     }
         */
        FeedDeleted: {
            id: string;
            account_id: string;
            /** @constant */
            type: "onestop";
            server_id: string;
            /** @description The customer's id in the portal. */
            external_id: string;
            collection_scope: string | null;
            /** Format: date-time */
            created_at: string;
            /** @enum {string} */
            status: "active" | "inactive";
            /**
             * Format: date-time
             * @description The activation date (the first day deposited), as midnight UTC.
             */
            activated_at: string;
            deactivated_at: string | null;
            /** @enum {string} */
            health_check: "pending" | "healthy" | "unhealthy";
            health_check_reason: string | null;
            /** @description Why the feed is unhealthy, machine-readable (null while healthy). */
            health_reason: ("dca_stale" | "invalid_data" | "customer_missing" | "portal_errors" | "schema_changed") | null;
            health_check_checked_at: string | null;
            health_check_changed_at: string | null;
            /**
             * Format: date
             * @description The last day collected (YYYY-MM-DD).
             */
            synced_through: string | null;
            /**
             * Format: date
             * @description The last day its counters moved (YYYY-MM-DD; null before they ever did): a feed whose data stopped shows it, not synced_through.
             */
            last_new_data: string | null;
            /** @constant */
            deleted: true;
        };
        /**
         * @example {
         *       "dry_run": true,
         *       "days": 5,
         *       "changed_pages": 0
         *     }
         */
        FeedResync: {
            dry_run: boolean;
            /** @description The days of the range re-read (clamped to the activation date and yesterday). */
            days: number;
            /** @description Dry run: Σ |pages if re-read now − stored pages| over the deposits from the first day re-read on. */
            changed_pages?: number;
            /** @description Not a dry run: the re-read is queued (the checkpoint moved back). */
            queued?: boolean;
        };
        ProposedMatch: {
            account_id: string;
            account_name: string;
            /** @description How sure the match is, 0..1 (1: the same external id or name). */
            confidence: number;
            /**
             * @description What matched: the account's external id, or its name.
             * @enum {string}
             */
            basis: "external_id" | "name";
        };
        /**
         * @example {
         *       "external_id": "1043",
         *       "name": "Hartley & Sons Solicitors",
         *       "feed_id": null,
         *       "account_id": null,
         *       "proposed_match": {
         *         "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *         "account_name": "Hartley and Sons Solicitors",
         *         "confidence": 1,
         *         "basis": "name"
         *       }
         *     }
         */
        PortalCustomer: {
            external_id: string;
            name: string;
            /** @description The feed that connects it (null: not connected). */
            feed_id: string | null;
            /** @description The customer account its feed deposits into (null: not connected). */
            account_id: string | null;
            /** @description For a customer not connected: the existing customer account it most likely is (null: none close enough). */
            proposed_match: components["schemas"]["ProposedMatch"] | null;
        };
        BulkFeeds: {
            dry_run: boolean;
            /** @description The feeds created (dry run: that would be created; their ids are not kept). */
            feeds: components["schemas"]["Feed"][];
            /** @description New customer accounts (dry run: that would be created). */
            accounts_created: number;
        };
        /**
         * @example {
         *       "id": "f0e1d2c3-b4a5-4968-8776-655443322110",
         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
         *       "url": "https://ops.dealer.example.co.uk/hooks/canopy",
         *       "status": "active",
         *       "secret": null,
         *       "created_at": "2024-02-10T14:00:00Z",
         *       "updated_at": "2024-02-10T14:00:00Z"
         *     }
         */
        Webhook: {
            id: string;
            account_id: string;
            url: string;
            /** @enum {string} */
            status: "active" | "inactive";
            /** @description The signing secret (whsec_…): in the create answer only, null everywhere else. */
            secret: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * @example {
         *       "id": "f0e1d2c3-b4a5-4968-8776-655443322110",
         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
         *       "url": "https://ops.dealer.example.co.uk/hooks/canopy",
         *       "status": "active",
         *       "secret": null,
         *       "created_at": "2024-02-10T14:00:00Z",
         *       "updated_at": "2024-02-10T14:00:00Z",
         *       "deleted": true
         *     }
         */
        WebhookDeleted: {
            id: string;
            account_id: string;
            url: string;
            /** @enum {string} */
            status: "active" | "inactive";
            /** @description The signing secret (whsec_…): in the create answer only, null everywhere else. */
            secret: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @constant */
            deleted: true;
        };
        /**
         * @example {
         *       "id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
         *       "type": "health.changed",
         *       "subject": "[Canopy] Server https://printfleet.example.co.uk is unhealthy",
         *       "text": "Server https://printfleet.example.co.uk: healthy → unhealthy at 5 Mar 2024, 09:00 GMT (log-in rejected)\n\nCanopy could not log in to the portal and has paused collection for this server. It retries on its own; check the credentials in the portal and in Canopy.\n\nhttps://canopy.example.co.uk/\n",
         *       "data": {
         *         "change": {
         *           "id": "3f1c9b52-7d4e-4a8b-9e21-5c6d7e8f9a0b",
         *           "subject_type": "server",
         *           "subject_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
         *           "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
         *           "server_url": "https://printfleet.example.co.uk",
         *           "feed_id": null,
         *           "account_id": null,
         *           "account_name": null,
         *           "external_id": null,
         *           "old_state": "healthy",
         *           "new_state": "unhealthy",
         *           "reason": "log-in rejected",
         *           "at": "2024-03-05T09:00:00Z"
         *         }
         *       },
         *       "created_at": "2024-03-05T09:00:01Z",
         *       "deliveries": [
         *         {
         *           "id": "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d",
         *           "channel": "email",
         *           "target": "fleet@dealer.example.co.uk",
         *           "webhook_id": null,
         *           "status": "delivered",
         *           "attempts": 1,
         *           "last_attempt_at": "2024-03-05T09:00:02Z",
         *           "delivered_at": "2024-03-05T09:00:02Z",
         *           "next_attempt_at": null,
         *           "last_error": null,
         *           "response_status": null
         *         },
         *         {
         *           "id": "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e",
         *           "channel": "webhook",
         *           "target": "https://ops.dealer.example.co.uk/hooks/canopy",
         *           "webhook_id": "f0e1d2c3-b4a5-4968-8776-655443322110",
         *           "status": "pending",
         *           "attempts": 2,
         *           "last_attempt_at": "2024-03-05T09:01:02Z",
         *           "delivered_at": null,
         *           "next_attempt_at": "2024-03-05T09:03:02Z",
         *           "last_error": "the endpoint answered HTTP 503",
         *           "response_status": 503
         *         }
         *       ]
         *     }
         */
        Notification: {
            id: string;
            account_id: string;
            /** @description The server a health notification is about; null for certificate.issued. */
            server_id: string | null;
            /** @enum {string} */
            type: "health.changed" | "health.summary" | "certificate.issued";
            /** @description The e-mail subject, exactly as sent. */
            subject: string;
            /** @description The e-mail body, exactly as sent (dates as "25 Nov 2026, 14:05 GMT"). */
            text: string;
            /** @description What the webhook body carries: `{change}` for health.changed, `{server_id, server_url, unhealthy, healthy, changes}` for health.summary; for certificate.issued (an e-mail to the account's users, once per certificate) `{certificate_id, account_id, account_name, provider_name, period_start, pages, trees, co2e_kg, url, pdf_url}`. */
            data: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            created_at: string;
            deliveries: {
                id: string;
                /** @enum {string} */
                channel: "email" | "webhook" | "log";
                /** @description The email address or webhook URL. */
                target: string;
                webhook_id: string | null;
                /** @enum {string} */
                status: "pending" | "delivered" | "failed";
                attempts: number;
                last_attempt_at: string | null;
                delivered_at: string | null;
                /** @description When it is retried (pending deliveries only). */
                next_attempt_at: string | null;
                last_error: string | null;
                /** @description The webhook endpoint's last HTTP status. */
                response_status: number | null;
            }[];
        };
        /**
         * @example {
         *       "configured": true,
         *       "from": "Canopy <canopy@canopy.example.co.uk>",
         *       "host": "smtp.example.co.uk",
         *       "port": 587,
         *       "security": "starttls",
         *       "setup": "docs/operations.md#e-mail-smtp"
         *     }
         */
        EmailStatus: {
            /** @description Whether SMTP_URL is set: without it, notifications are only written to the log. */
            configured: boolean;
            /** @description The sender (SMTP_FROM), or null. */
            from: string | null;
            /** @description The SMTP server's host name, or null. */
            host: string | null;
            port: number | null;
            /** @description smtp:// upgrades with STARTTLS; smtps:// is TLS from the start. */
            security: ("starttls" | "tls") | null;
            /** @description Where the setup is described. */
            setup: string;
        };
        /**
         * @example {
         *       "to": "ops@dealer.example.co.uk",
         *       "subject": "[Canopy] Test e-mail",
         *       "accepted": true,
         *       "error": null
         *     }
         */
        TestEmailResult: {
            to: string;
            subject: string;
            /** @description Whether the SMTP server accepted the message (delivery to the mailbox is its job). */
            accepted: boolean;
            /** @description Why not, in plain words with the server’s answer; null when accepted. */
            error: string | null;
        };
        /**
         * @example {
         *       "kind": "server_unhealthy",
         *       "type": "health.changed",
         *       "when": "A server turns unhealthy: to the server's contact, or this account's users when it has none",
         *       "subject": "[Canopy] Server https://printfleet.example.co.uk is unhealthy",
         *       "text": "Server https://printfleet.example.co.uk: healthy → unhealthy at 5 Mar 2024, 09:00 GMT (The portal rejected the username or password.)\n\nCanopy could not log in to the portal: it rejected the username or password. …\n\nhttps://canopy.example.co.uk\n"
         *     }
         */
        EmailPreview: {
            /** @enum {string} */
            kind: "server_unhealthy" | "feed_unhealthy" | "healthy_again" | "summary" | "certificate_issued";
            /** @enum {string} */
            type: "health.changed" | "health.summary" | "certificate.issued";
            /** @description When it is sent, and to whom. */
            when: string;
            subject: string;
            text: string;
        };
        /**
         * @example {
         *       "error": "account_id: no such account.",
         *       "code": 400,
         *       "reason": "invalid_request"
         *     }
         */
        Error: {
            /** @description What went wrong, for people (it may change between releases). */
            error: string;
            /** @description The HTTP status. */
            code: number;
            /** @description What went wrong, for programs: stable (invalid_request, not_found, credentials_rejected, portal_unreachable, tls_untrusted, rate_limited, …; docs/api.md). */
            reason: string;
        };
        ConnectionProfile: {
            /**
             * @description JSON log-in, or the OAuth2 resource-owner password grant.
             * @enum {string}
             */
            auth: "json" | "oauth-password";
            /** @enum {string} */
            token_path: "/api/v1/token" | "/token";
            /** @enum {string} */
            customer_list: "paged" | "array";
            /** @enum {string} */
            id_type: "integer" | "string";
            detected_at: string | null;
        };
        CaCertificate: {
            subject: string;
            issuer: string;
            /** Format: date-time */
            valid_from: string;
            /** Format: date-time */
            valid_to: string;
            fingerprint_sha256: string;
            is_ca: boolean;
            certificates: number;
        };
        /**
         * @example {
         *       "id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "type": "onestop",
         *       "name": "Printfleet UK",
         *       "url": "https://printfleet.example.co.uk",
         *       "username": "canopy",
         *       "password": null,
         *       "contact": "fleet@dealer.example.co.uk",
         *       "created_at": "2024-01-15T10:30:00Z",
         *       "paper_profile": "a4",
         *       "time_zone": "Europe/London",
         *       "holiday_region": "GB-ENG",
         *       "concurrency": 1,
         *       "client_id": null,
         *       "client_secret": null,
         *       "ca_certificate": null,
         *       "connection_profile": {
         *         "auth": "oauth-password",
         *         "token_path": "/token",
         *         "customer_list": "array",
         *         "id_type": "string",
         *         "detected_at": "2024-01-15T10:30:01Z"
         *       },
         *       "health_check": "healthy",
         *       "health_check_reason": null,
         *       "health_reason": null,
         *       "health_check_checked_at": "2024-03-05T09:00:00Z",
         *       "health_check_changed_at": "2024-01-15T10:30:02Z"
         *     }
         */
        Server: {
            id: string;
            account_id: string;
            /** @constant */
            type: "onestop";
            /** @description The display name (Canopy extension; servers registered without one: the URL's host). */
            name: string;
            url: string;
            username: string;
            /** @description Write-only: always null. */
            password: null;
            /** @description Who is emailed about health changes (else the users of the account). */
            contact: string | null;
            /** Format: date-time */
            created_at: string;
            /** @enum {string} */
            paper_profile: "a4" | "letter";
            time_zone: string;
            holiday_region: string;
            concurrency: number;
            /** @enum {string} */
            health_check: "pending" | "healthy" | "unhealthy";
            health_check_reason: string | null;
            /** @description OAuth2 client id (null: none). */
            client_id: string | null;
            /** @description Write-only: always null. */
            client_secret: null;
            /** @description The CA certificate trusted for this server only (null: none). */
            ca_certificate: components["schemas"]["CaCertificate"] | null;
            connection_profile: components["schemas"]["ConnectionProfile"] | null;
            /** @description Why the server is unhealthy, machine-readable (null while healthy). */
            health_reason: ("credentials_rejected" | "unreachable" | "tls_untrusted" | "tls_hostname_mismatch" | "tls_expired" | "schema_changed") | null;
            health_check_checked_at: string | null;
            health_check_changed_at: string | null;
        };
        /**
         * @example {
         *       "id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "type": "onestop",
         *       "name": "Printfleet UK",
         *       "url": "https://printfleet.example.co.uk",
         *       "username": "canopy",
         *       "password": null,
         *       "contact": "fleet@dealer.example.co.uk",
         *       "created_at": "2024-01-15T10:30:00Z",
         *       "paper_profile": "a4",
         *       "time_zone": "Europe/London",
         *       "holiday_region": "GB-ENG",
         *       "concurrency": 1,
         *       "client_id": null,
         *       "client_secret": null,
         *       "ca_certificate": null,
         *       "connection_profile": {
         *         "auth": "oauth-password",
         *         "token_path": "/token",
         *         "customer_list": "array",
         *         "id_type": "string",
         *         "detected_at": "2024-01-15T10:30:01Z"
         *       },
         *       "health_check": "healthy",
         *       "health_check_reason": null,
         *       "health_reason": null,
         *       "health_check_checked_at": "2024-03-05T09:00:00Z",
         *       "health_check_changed_at": "2024-01-15T10:30:02Z",
         *       "deleted": true
         *     }
         */
        ServerDeleted: {
            id: string;
            account_id: string;
            /** @constant */
            type: "onestop";
            /** @description The display name (Canopy extension; servers registered without one: the URL's host). */
            name: string;
            url: string;
            username: string;
            /** @description Write-only: always null. */
            password: null;
            /** @description Who is emailed about health changes (else the users of the account). */
            contact: string | null;
            /** Format: date-time */
            created_at: string;
            /** @enum {string} */
            paper_profile: "a4" | "letter";
            time_zone: string;
            holiday_region: string;
            concurrency: number;
            /** @enum {string} */
            health_check: "pending" | "healthy" | "unhealthy";
            health_check_reason: string | null;
            /** @description OAuth2 client id (null: none). */
            client_id: string | null;
            /** @description Write-only: always null. */
            client_secret: null;
            /** @description The CA certificate trusted for this server only (null: none). */
            ca_certificate: components["schemas"]["CaCertificate"] | null;
            connection_profile: components["schemas"]["ConnectionProfile"] | null;
            /** @description Why the server is unhealthy, machine-readable (null while healthy). */
            health_reason: ("credentials_rejected" | "unreachable" | "tls_untrusted" | "tls_hostname_mismatch" | "tls_expired" | "schema_changed") | null;
            health_check_checked_at: string | null;
            health_check_changed_at: string | null;
            /** @constant */
            deleted: true;
        };
        PortalProbe: {
            url: string;
            ok: boolean;
            failure: {
                /** @enum {string} */
                step: "tls" | "login" | "customers" | "reading";
                reason: string;
                message: string;
            } | null;
            tls: {
                subject: string;
                issuer: string;
                valid_from: string;
                valid_to: string;
                fingerprint_sha256: string;
                trusted: boolean;
                reason: ("tls_untrusted" | "tls_hostname_mismatch" | "tls_expired") | null;
                detail: string | null;
                protocol: string | null;
                chain: {
                    subject: string;
                    issuer: string;
                }[];
            } | null;
            login: {
                style: string | null;
                auth: ("json" | "oauth-password") | null;
                token_path: string | null;
            };
            customers: {
                count: number;
                /** @enum {string} */
                customer_list: "paged" | "array";
                /** @enum {string} */
                id_type: "integer" | "string";
            } | null;
            sample: {
                external_id: string;
                name: string;
                date: string;
                counters: {
                    deviceTotal: number;
                    colourTotal: number;
                    monoTotal: number;
                    scanTotal: number;
                    largeTotal: number;
                    duplexTotal: number;
                    smallTotal: number;
                } | null;
                valid: boolean;
                problem: string | null;
            } | null;
            latency_ms: {
                reads: number;
                p50: number;
                p95: number;
            } | null;
            would_store: {
                connection_profile: {
                    /**
                     * @description JSON log-in, or the OAuth2 resource-owner password grant.
                     * @enum {string}
                     */
                    auth: "json" | "oauth-password";
                    /** @enum {string} */
                    token_path: "/api/v1/token" | "/token";
                    /** @enum {string} */
                    customer_list: "paged" | "array";
                    /** @enum {string} */
                    id_type: "integer" | "string";
                } | null;
                ca_certificate: components["schemas"]["CaCertificate"] | null;
            };
        };
        /**
         * @example {
         *       "id": "8c2d4e6f-1a3b-4c5d-9e7f-0a1b2c3d4e5f",
         *       "server_id": "b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c",
         *       "trigger": "schedule",
         *       "status": "partial",
         *       "started_at": "2024-03-05T02:00:00Z",
         *       "finished_at": "2024-03-05T02:00:41Z",
         *       "duration_ms": 41250,
         *       "feeds": 12,
         *       "days": 12,
         *       "requests": 26,
         *       "retries": 1,
         *       "errors": [
         *         {
         *           "feed_id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
         *           "message": "customer 1043: the portal answered 500 three times"
         *         }
         *       ],
         *       "concurrency": {
         *         "min": 1,
         *         "median": 4,
         *         "max": 4
         *       },
         *       "throttled": 1,
         *       "heartbeat_at": null
         *     }
         */
        SyncRun: {
            id: string;
            server_id: string;
            /** @description What started the run: schedule, feed-change, recovered (a failing server passed its check), cli or demo. */
            trigger: string;
            /**
             * @description abandoned: the process running it died (its heartbeat stopped); the next run resumes from the checkpoints.
             * @enum {string}
             */
            status: "running" | "succeeded" | "failed" | "partial" | "abandoned";
            /** Format: date-time */
            started_at: string;
            finished_at: string | null;
            duration_ms: number | null;
            feeds: number;
            days: number;
            requests: number;
            retries: number;
            /** @description At most 100; `feed_id` is null when the error is not one feed's (a failed log-in). */
            errors: {
                feed_id: string | null;
                message: string;
            }[];
            /** @description Requests in flight at each request's start, within the server's `concurrency` cap; null: none made. */
            concurrency: {
                min: number;
                median: number;
                max: number;
            } | null;
            /** @description Requests the portal refused (429 or 503); Canopy slowed down and retried them. */
            throttled: number;
            /** @description While running: when its process last showed it is alive (every 10 s). Null once finished. */
            heartbeat_at: string | null;
        };
        /**
         * @example {
         *       "queued": true
         *     }
         */
        CollectionQueued: {
            /** @constant */
            queued: true;
        };
        /**
         * @example {
         *       "id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "email": "office@hartley.example.co.uk",
         *       "status": "pending",
         *       "created_at": "2024-03-01T11:00:00Z",
         *       "expires_at": "2024-03-08T11:00:00Z",
         *       "accepted_at": null,
         *       "accept_url": null
         *     }
         */
        Invitation: {
            id: string;
            account_id: string;
            email: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "expired";
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
            accepted_at: string | null;
            /** @description The link to pass on by hand: only in the create answer when no SMTP server is configured; null everywhere else. */
            accept_url: string | null;
        };
        /**
         * @example {
         *       "id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
         *       "account_id": "2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c",
         *       "email": "office@hartley.example.co.uk",
         *       "status": "pending",
         *       "created_at": "2024-03-01T11:00:00Z",
         *       "expires_at": "2024-03-08T11:00:00Z",
         *       "accepted_at": null,
         *       "accept_url": null,
         *       "deleted": true
         *     }
         */
        InvitationDeleted: {
            id: string;
            account_id: string;
            email: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "expired";
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
            accepted_at: string | null;
            /** @description The link to pass on by hand: only in the create answer when no SMTP server is configured; null everywhere else. */
            accept_url: string | null;
            /** @constant */
            deleted: true;
        };
        /**
         * @example {
         *       "email": "office@hartley.example.co.uk",
         *       "account_name": "Hartley & Sons"
         *     }
         */
        InvitationPreview: {
            email: string;
            account_name: string;
        };
        /**
         * @example {
         *       "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
         *       "name": "Priya Shah",
         *       "full_name": "Priya Shah",
         *       "email": "priya@dealer.example.co.uk",
         *       "created_at": "2024-01-10T09:00:00Z"
         *     }
         */
        User: {
            id: string;
            account_id: string;
            /** @description The same as full_name (the Ruby client's name). */
            name: string;
            full_name: string;
            email: string;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * @example {
         *       "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
         *       "account_id": "9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a",
         *       "name": "Priya Shah",
         *       "full_name": "Priya Shah",
         *       "email": "priya@dealer.example.co.uk",
         *       "created_at": "2024-01-10T09:00:00Z",
         *       "deleted": true
         *     }
         */
        UserDeleted: {
            id: string;
            account_id: string;
            /** @description The same as full_name (the Ruby client's name). */
            name: string;
            full_name: string;
            email: string;
            /** Format: date-time */
            created_at: string;
            /** @constant */
            deleted: true;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
