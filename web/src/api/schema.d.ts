// Generated from the server's OpenAPI document by `npm run api-types`. Do not edit.
export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public keys that sign filing credentials (JWK Set), the current key first; retired keys stay listed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                alg: string;
                                crv: string;
                                kid: string;
                                kty: string;
                                use: string;
                                x: string;
                            }[];
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
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an account for a party's staff (ministry); the role follows from the party; the generated password is shown once */
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
                        displayName: string;
                        login: string;
                        partyId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            login: string;
                            partyId: string;
                            password: string;
                            role: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's keys (a party's staff: the party's keys), newest first, with the scopes and quotas a new key may have */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            grantableScopes: ("lookup" | "check" | "report" | "webhooks")[];
                            items: {
                                createdAt: string;
                                createdBy: string;
                                id: string;
                                /** @description The first characters of the key, to tell keys apart */
                                keyPrefix: string;
                                label: string;
                                requestsPerMinute: number;
                                revokedAt: string | null;
                                rowsPerDay: number;
                                /** @description Rows checked or reported with the key today (Asia/Shanghai) */
                                rowsUsedToday: number;
                                scopes: string[];
                            }[];
                            maxRequestsPerMinute: number;
                            maxRowsPerDay: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key acting as the signed-in person, with scopes and quotas (the key is shown once) */
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
                        label: string;
                        /** @default 600 */
                        requestsPerMinute?: number;
                        /** @default 100000 */
                        rowsPerDay?: number;
                        /**
                         * @default [
                         *       "lookup"
                         *     ]
                         */
                        scopes?: ("lookup" | "check" | "report" | "webhooks")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description The secret: send it as `Authorization: Bearer …`; it is not shown again */
                            key: string;
                            keyPrefix: string;
                            label: string;
                            requestsPerMinute: number;
                            rowsPerDay: number;
                            scopes: ("lookup" | "check" | "report" | "webhooks")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a key at once (revoking again answers the first revocation time) */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            revokedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app-info": {
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
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications visible to the caller, most recently changed first (or earliest deadline first), filtered */
        get: {
            parameters: {
                query?: {
                    kind?: "first_filing" | "add_service" | "add_access" | "change_subject" | "change_service" | "cancel_service" | "cancel_subject" | "cancel_access";
                    limit?: number;
                    offset?: number;
                    /** @description `deadline`: earliest stage deadline first */
                    order?: "updated" | "deadline";
                    /** @description the subject's province */
                    province?: string;
                    /** @description part of the subject's or a service's name */
                    q?: string;
                    state?: "draft" | "provider_review" | "provider_returned" | "sms_pending" | "bureau_review" | "bureau_returned" | "approved" | "withdrawn";
                    /** @description any of the services is of this type */
                    type?: "app" | "mini_program" | "quick_app" | "website";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                [key: string]: unknown;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft application of any kind; the body may be half-filled (each field present is checked; submit requires the whole form) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        access?: {
                            connectionMethods?: string[];
                            /** @default [] */
                            ips?: string[];
                            /** @description The access provider: its id or its code (GET /api/v1/parties) */
                            providerId?: string;
                            serverLocations?: string[];
                            /** @default false */
                            supportsIpv6?: boolean;
                        };
                        /** @description The access provider or distribution platform filed through: its id or its code, as GET /api/v1/parties lists them (e.g. "provider-example-cloud") */
                        channelId: string;
                        /** @enum {string} */
                        kind: "first_filing" | "add_service" | "add_access" | "change_subject" | "change_service" | "cancel_service" | "cancel_subject" | "cancel_access";
                        reason?: string;
                        /** @description The filed service: its id, or its service filing number as issued (e.g. "京ICP备2026000001号-1A") */
                        serviceId?: string;
                        /** @default [] */
                        services?: {
                            access?: {
                                connectionMethods?: string[];
                                /** @default [] */
                                ips?: string[];
                                /** @description The access provider: its id or its code (GET /api/v1/parties) */
                                providerId?: string;
                                serverLocations?: string[];
                                /** @default false */
                                supportsIpv6?: boolean;
                            };
                            /** @default [] */
                            contentCategories?: string[];
                            /** @default [] */
                            domains?: string[];
                            /** @default [] */
                            featureInfo?: {
                                packageName?: string;
                                /** @enum {string} */
                                platform?: "android" | "ios" | "harmonyos" | "other";
                                publicKey?: string;
                                signatureMd5?: string;
                            }[];
                            /** @description The hosting platform: its id or its code (GET /api/v1/parties) */
                            hostPlatformId?: string;
                            /**
                             * @default [
                             *       "zh_CN"
                             *     ]
                             */
                            languages?: string[];
                            /** @default [] */
                            materials?: {
                                kind: string;
                                materialId: string;
                            }[];
                            name?: string;
                            platformAppId?: string;
                            /** @default [] */
                            preApprovals?: {
                                approvalNumber?: string;
                                category?: string;
                                materialId?: string;
                            }[];
                            /** @default  */
                            remark?: string;
                            responsiblePerson?: {
                                certificate?: {
                                    address?: string;
                                    number?: string;
                                    type?: number;
                                    validFrom?: string;
                                    validTo?: string | "long_term";
                                };
                                email?: string;
                                emergencyPhone?: string;
                                mobile?: string;
                                name?: string;
                                officePhone?: string;
                            };
                            /** @default [] */
                            sdks?: {
                                name?: string;
                                purpose?: string;
                                vendor?: string;
                            }[];
                            /** @enum {string} */
                            type?: "app" | "mini_program" | "quick_app" | "website";
                        }[];
                        subject?: {
                            address?: string;
                            certificate?: {
                                address?: string;
                                number?: string;
                                type?: number;
                                validFrom?: string;
                                validTo?: string | "long_term";
                            };
                            city?: string;
                            district?: string;
                            legalRepresentative?: {
                                certificateNumber?: string;
                                name?: string;
                            };
                            mainPerson?: {
                                certificate?: {
                                    address?: string;
                                    number?: string;
                                    type?: number;
                                    validFrom?: string;
                                    validTo?: string | "long_term";
                                };
                                email?: string;
                                emergencyPhone?: string;
                                mobile?: string;
                                name?: string;
                                officePhone?: string;
                            };
                            /** @default [] */
                            materials?: {
                                kind: string;
                                materialId: string;
                            }[];
                            name?: string;
                            nature?: number;
                            province?: string;
                            remark?: string;
                            residencePermitMaterialId?: string;
                            superior?: string;
                        };
                        /** @description The filed subject: its id, or its subject filing number as issued (e.g. "京ICP备2026000001号") */
                        subjectId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application with its allowed actions (ETag: its version, for If-Match on PUT) */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
            };
        };
        /** Replace the body of a draft or returned application, half-filled or whole; If-Match (its ETag or version) is required */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        access?: {
                            connectionMethods?: string[];
                            /** @default [] */
                            ips?: string[];
                            /** @description The access provider: its id or its code (GET /api/v1/parties) */
                            providerId?: string;
                            serverLocations?: string[];
                            /** @default false */
                            supportsIpv6?: boolean;
                        };
                        /** @description The access provider or distribution platform filed through: its id or its code, as GET /api/v1/parties lists them (e.g. "provider-example-cloud") */
                        channelId: string;
                        /** @enum {string} */
                        kind: "first_filing" | "add_service" | "add_access" | "change_subject" | "change_service" | "cancel_service" | "cancel_subject" | "cancel_access";
                        reason?: string;
                        /** @description The filed service: its id, or its service filing number as issued (e.g. "京ICP备2026000001号-1A") */
                        serviceId?: string;
                        /** @default [] */
                        services?: {
                            access?: {
                                connectionMethods?: string[];
                                /** @default [] */
                                ips?: string[];
                                /** @description The access provider: its id or its code (GET /api/v1/parties) */
                                providerId?: string;
                                serverLocations?: string[];
                                /** @default false */
                                supportsIpv6?: boolean;
                            };
                            /** @default [] */
                            contentCategories?: string[];
                            /** @default [] */
                            domains?: string[];
                            /** @default [] */
                            featureInfo?: {
                                packageName?: string;
                                /** @enum {string} */
                                platform?: "android" | "ios" | "harmonyos" | "other";
                                publicKey?: string;
                                signatureMd5?: string;
                            }[];
                            /** @description The hosting platform: its id or its code (GET /api/v1/parties) */
                            hostPlatformId?: string;
                            /**
                             * @default [
                             *       "zh_CN"
                             *     ]
                             */
                            languages?: string[];
                            /** @default [] */
                            materials?: {
                                kind: string;
                                materialId: string;
                            }[];
                            name?: string;
                            platformAppId?: string;
                            /** @default [] */
                            preApprovals?: {
                                approvalNumber?: string;
                                category?: string;
                                materialId?: string;
                            }[];
                            /** @default  */
                            remark?: string;
                            responsiblePerson?: {
                                certificate?: {
                                    address?: string;
                                    number?: string;
                                    type?: number;
                                    validFrom?: string;
                                    validTo?: string | "long_term";
                                };
                                email?: string;
                                emergencyPhone?: string;
                                mobile?: string;
                                name?: string;
                                officePhone?: string;
                            };
                            /** @default [] */
                            sdks?: {
                                name?: string;
                                purpose?: string;
                                vendor?: string;
                            }[];
                            /** @enum {string} */
                            type?: "app" | "mini_program" | "quick_app" | "website";
                        }[];
                        subject?: {
                            address?: string;
                            certificate?: {
                                address?: string;
                                number?: string;
                                type?: number;
                                validFrom?: string;
                                validTo?: string | "long_term";
                            };
                            city?: string;
                            district?: string;
                            legalRepresentative?: {
                                certificateNumber?: string;
                                name?: string;
                            };
                            mainPerson?: {
                                certificate?: {
                                    address?: string;
                                    number?: string;
                                    type?: number;
                                    validFrom?: string;
                                    validTo?: string | "long_term";
                                };
                                email?: string;
                                emergencyPhone?: string;
                                mobile?: string;
                                name?: string;
                                officePhone?: string;
                            };
                            /** @default [] */
                            materials?: {
                                kind: string;
                                materialId: string;
                            }[];
                            name?: string;
                            nature?: number;
                            province?: string;
                            remark?: string;
                            residencePermitMaterialId?: string;
                            superior?: string;
                        };
                        /** @description The filed subject: its id, or its subject filing number as issued (e.g. "京ICP备2026000001号") */
                        subjectId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/applications/{id}/bureau-approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve at the bureau; numbers are issued */
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
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/applications/{id}/bureau-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return from the bureau, with catalogued reasons */
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
                        reasons: {
                            /** @enum {string} */
                            code: "OTHER" | "FORM_INVALID" | "APPLICATION_PART_MISSING" | "APPLICATION_IN_FLIGHT" | "SUBJECT_NATURE_UNKNOWN" | "SUBJECT_CERTIFICATE_TYPE_MISMATCH" | "SUBJECT_NAME_NOT_LEGAL_NAME" | "SUBJECT_INDIVIDUAL_NOT_MAIN_PERSON" | "SUBJECT_PROVINCE_INVALID" | "SUBJECT_REGION_MISMATCH" | "SUBJECT_CITY_UNKNOWN" | "SUBJECT_DISTRICT_UNKNOWN" | "SUBJECT_ADDRESS_INCOMPLETE" | "SUBJECT_ADDRESS_SPECIAL_CHARACTERS" | "SUBJECT_ADDRESS_OUTSIDE_REGION" | "SUBJECT_ADDRESS_REPEATS_REGION" | "SUBJECT_PROVINCE_NOT_BUREAU" | "SUBJECT_CERTIFICATE_OTHER_PROVINCE" | "NON_LOCAL_RESIDENT_REFUSED" | "RESIDENCE_PERMIT_REQUIRED" | "FOREIGN_INDIVIDUAL_REFUSED" | "LEGAL_REPRESENTATIVE_NOT_MAIN_PERSON" | "AUTHORISATION_LETTER_MISSING" | "AUTHORISED_MAIN_PERSON_NOT_SERVICE_PERSON" | "CERTIFICATE_VALIDITY_TOO_SHORT" | "CERTIFICATE_VALIDITY_MISSING" | "CERTIFICATE_NOT_YET_VALID" | "PERSON_CERTIFICATE_TYPE_NOT_ALLOWED" | "EMERGENCY_PHONE_SAME_AS_MOBILE" | "SAME_PERSON_CONTACTS_DIFFER" | "DIFFERENT_PERSONS_SHARE_CONTACTS" | "MOBILE_USED_BY_OTHER_SUBJECT" | "PERSON_UNDER_MINIMUM_AGE" | "APP_NAME_TOO_SHORT" | "WEBSITE_NAME_TOO_SHORT" | "WEBSITE_NAME_LATIN_OR_DIGITS_ONLY" | "APP_NAME_RESERVED_PREFIX" | "APP_NAME_EMOJI" | "APP_NAME_SPECIAL_CHARACTERS" | "APP_NAME_MARKETING_WORDS" | "APP_NAME_PLACEHOLDER" | "APP_NAME_GENERIC" | "APP_NAME_PLATFORM_SUFFIX" | "APP_NAME_NOT_FOR_INDIVIDUALS" | "APP_NAME_DUPLICATE" | "SERVICE_REMARK_LENGTH" | "SERVICE_CONTENT_MISSING" | "SERVICE_CONTENT_UNKNOWN" | "SERVICE_CONTENT_NOT_FOR_INDIVIDUALS" | "INDIVIDUAL_WEBSITE_CONTENT" | "SERVICE_LANGUAGE_UNKNOWN" | "PRE_APPROVAL_REQUIRED" | "PRE_APPROVAL_SUGGESTED" | "PRE_APPROVAL_CATEGORY_UNKNOWN" | "PRE_APPROVAL_DUPLICATE" | "PRE_APPROVAL_DOCUMENT_MISSING" | "DOMAIN_DUPLICATE" | "DOMAIN_USED_BY_OTHER_SUBJECT" | "DOMAIN_QUOTA_EXCEEDED" | "WEBSITE_ONE_DOMAIN" | "DOMAIN_ADDED_ON_CHANGE" | "DOMAIN_PUBLIC_BODY_TLD" | "ACCESS_MISSING" | "ACCESS_NOT_NEEDED" | "CONNECTION_METHOD_UNKNOWN" | "SERVER_LOCATION_INVALID" | "IP_LIST_EMPTY" | "IPV6_FLAG_MISMATCH" | "FEATURE_INFO_MISSING" | "FEATURE_INFO_PLATFORM_DUPLICATE" | "SIGNATURE_MISSING" | "SIGNATURE_MD5_FORMAT" | "IOS_SIGNATURE_SHA1_FORMAT" | "IOS_SIGNATURE_IS_MD5" | "PUBLIC_KEY_MISSING" | "PLATFORM_APP_ID_MISSING" | "SERVICE_ALREADY_FILED" | "PACKAGE_FILED_BY_OTHER_SUBJECT" | "PACKAGE_SIGNING_KEYS_DIFFER" | "SHELL_SUBJECT_MUST_CANCEL" | "MATERIAL_NOT_AVAILABLE" | "MATERIAL_KIND_UNKNOWN" | "MATERIAL_REQUIRED" | "RESIDENT_ID_FORMAT" | "RESIDENT_ID_CHECK_DIGIT" | "RESIDENT_ID_REGION_UNKNOWN" | "BIRTH_DATE_INVALID" | "BIRTH_DATE_IN_FUTURE" | "USCC_FORMAT" | "USCC_CHECK_CHARACTER" | "USCC_CHECK_CHARACTER_GB32100" | "USCC_PILOT_CHECK_CHARACTER" | "HK_MACAU_PERMIT_FORMAT" | "TAIWAN_PERMIT_FORMAT" | "RESIDENCE_PERMIT_FORMAT" | "RESIDENCE_PERMIT_CHECK_DIGIT" | "FOREIGN_PERMANENT_ID_FORMAT" | "FOREIGN_PERMANENT_ID_CHECK_DIGIT" | "PROVINCE_CODE_UNKNOWN" | "PASSPORT_FORMAT" | "MOBILE_FORMAT" | "PHONE_FORMAT" | "EMAIL_FORMAT" | "DOMAIN_FORMAT" | "DOMAIN_IS_URL" | "DOMAIN_WILDCARD" | "DOMAIN_TOO_MANY_LEVELS" | "DOMAIN_TLD_NOT_FILABLE" | "IP_FORMAT" | "IP_RANGE_ORDER" | "IP_NOT_PUBLIC" | "ANDROID_PACKAGE_FORMAT" | "IOS_BUNDLE_ID_FORMAT" | "IOS_BUNDLE_ID_SINGLE_SEGMENT" | "HARMONY_BUNDLE_NAME_FORMAT";
                            /** @default  */
                            note?: string;
                            /** @default  */
                            path?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/applications/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every recorded step of an application */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/applications/{id}/package-facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each declared feature info entry beside the signing facts its package's upload read, with the facts that differ */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                declared: {
                                    packageName: string | null;
                                    platform: string | null;
                                    publicKey: string | null;
                                    signatureMd5: string | null;
                                };
                                mismatches: ("platform" | "packageName" | "publicKey" | "signatureMd5")[];
                                path: string;
                                read: {
                                    appName: string | null;
                                    packageName: string | null;
                                    platform: string | null;
                                    publicKey: string | null;
                                    readAt: string;
                                    signatureMd5: string | null;
                                    versionName: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/applications/{id}/provider-approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pass initial review; SMS codes go out */
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
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/applications/{id}/provider-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return after initial review, with catalogued reasons */
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
                        reasons: {
                            /** @enum {string} */
                            code: "OTHER" | "FORM_INVALID" | "APPLICATION_PART_MISSING" | "APPLICATION_IN_FLIGHT" | "SUBJECT_NATURE_UNKNOWN" | "SUBJECT_CERTIFICATE_TYPE_MISMATCH" | "SUBJECT_NAME_NOT_LEGAL_NAME" | "SUBJECT_INDIVIDUAL_NOT_MAIN_PERSON" | "SUBJECT_PROVINCE_INVALID" | "SUBJECT_REGION_MISMATCH" | "SUBJECT_CITY_UNKNOWN" | "SUBJECT_DISTRICT_UNKNOWN" | "SUBJECT_ADDRESS_INCOMPLETE" | "SUBJECT_ADDRESS_SPECIAL_CHARACTERS" | "SUBJECT_ADDRESS_OUTSIDE_REGION" | "SUBJECT_ADDRESS_REPEATS_REGION" | "SUBJECT_PROVINCE_NOT_BUREAU" | "SUBJECT_CERTIFICATE_OTHER_PROVINCE" | "NON_LOCAL_RESIDENT_REFUSED" | "RESIDENCE_PERMIT_REQUIRED" | "FOREIGN_INDIVIDUAL_REFUSED" | "LEGAL_REPRESENTATIVE_NOT_MAIN_PERSON" | "AUTHORISATION_LETTER_MISSING" | "AUTHORISED_MAIN_PERSON_NOT_SERVICE_PERSON" | "CERTIFICATE_VALIDITY_TOO_SHORT" | "CERTIFICATE_VALIDITY_MISSING" | "CERTIFICATE_NOT_YET_VALID" | "PERSON_CERTIFICATE_TYPE_NOT_ALLOWED" | "EMERGENCY_PHONE_SAME_AS_MOBILE" | "SAME_PERSON_CONTACTS_DIFFER" | "DIFFERENT_PERSONS_SHARE_CONTACTS" | "MOBILE_USED_BY_OTHER_SUBJECT" | "PERSON_UNDER_MINIMUM_AGE" | "APP_NAME_TOO_SHORT" | "WEBSITE_NAME_TOO_SHORT" | "WEBSITE_NAME_LATIN_OR_DIGITS_ONLY" | "APP_NAME_RESERVED_PREFIX" | "APP_NAME_EMOJI" | "APP_NAME_SPECIAL_CHARACTERS" | "APP_NAME_MARKETING_WORDS" | "APP_NAME_PLACEHOLDER" | "APP_NAME_GENERIC" | "APP_NAME_PLATFORM_SUFFIX" | "APP_NAME_NOT_FOR_INDIVIDUALS" | "APP_NAME_DUPLICATE" | "SERVICE_REMARK_LENGTH" | "SERVICE_CONTENT_MISSING" | "SERVICE_CONTENT_UNKNOWN" | "SERVICE_CONTENT_NOT_FOR_INDIVIDUALS" | "INDIVIDUAL_WEBSITE_CONTENT" | "SERVICE_LANGUAGE_UNKNOWN" | "PRE_APPROVAL_REQUIRED" | "PRE_APPROVAL_SUGGESTED" | "PRE_APPROVAL_CATEGORY_UNKNOWN" | "PRE_APPROVAL_DUPLICATE" | "PRE_APPROVAL_DOCUMENT_MISSING" | "DOMAIN_DUPLICATE" | "DOMAIN_USED_BY_OTHER_SUBJECT" | "DOMAIN_QUOTA_EXCEEDED" | "WEBSITE_ONE_DOMAIN" | "DOMAIN_ADDED_ON_CHANGE" | "DOMAIN_PUBLIC_BODY_TLD" | "ACCESS_MISSING" | "ACCESS_NOT_NEEDED" | "CONNECTION_METHOD_UNKNOWN" | "SERVER_LOCATION_INVALID" | "IP_LIST_EMPTY" | "IPV6_FLAG_MISMATCH" | "FEATURE_INFO_MISSING" | "FEATURE_INFO_PLATFORM_DUPLICATE" | "SIGNATURE_MISSING" | "SIGNATURE_MD5_FORMAT" | "IOS_SIGNATURE_SHA1_FORMAT" | "IOS_SIGNATURE_IS_MD5" | "PUBLIC_KEY_MISSING" | "PLATFORM_APP_ID_MISSING" | "SERVICE_ALREADY_FILED" | "PACKAGE_FILED_BY_OTHER_SUBJECT" | "PACKAGE_SIGNING_KEYS_DIFFER" | "SHELL_SUBJECT_MUST_CANCEL" | "MATERIAL_NOT_AVAILABLE" | "MATERIAL_KIND_UNKNOWN" | "MATERIAL_REQUIRED" | "RESIDENT_ID_FORMAT" | "RESIDENT_ID_CHECK_DIGIT" | "RESIDENT_ID_REGION_UNKNOWN" | "BIRTH_DATE_INVALID" | "BIRTH_DATE_IN_FUTURE" | "USCC_FORMAT" | "USCC_CHECK_CHARACTER" | "USCC_CHECK_CHARACTER_GB32100" | "USCC_PILOT_CHECK_CHARACTER" | "HK_MACAU_PERMIT_FORMAT" | "TAIWAN_PERMIT_FORMAT" | "RESIDENCE_PERMIT_FORMAT" | "RESIDENCE_PERMIT_CHECK_DIGIT" | "FOREIGN_PERMANENT_ID_FORMAT" | "FOREIGN_PERMANENT_ID_CHECK_DIGIT" | "PROVINCE_CODE_UNKNOWN" | "PASSPORT_FORMAT" | "MOBILE_FORMAT" | "PHONE_FORMAT" | "EMAIL_FORMAT" | "DOMAIN_FORMAT" | "DOMAIN_IS_URL" | "DOMAIN_WILDCARD" | "DOMAIN_TOO_MANY_LEVELS" | "DOMAIN_TLD_NOT_FILABLE" | "IP_FORMAT" | "IP_RANGE_ORDER" | "IP_NOT_PUBLIC" | "ANDROID_PACKAGE_FORMAT" | "IOS_BUNDLE_ID_FORMAT" | "IOS_BUNDLE_ID_SINGLE_SEGMENT" | "HARMONY_BUNDLE_NAME_FORMAT";
                            /** @default  */
                            note?: string;
                            /** @default  */
                            path?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/applications/{id}/sms/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send fresh codes to the persons who have not confirmed */
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
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit for initial review (runs the pre-check) */
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
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the application */
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
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the session cookie */
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
                        login: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            displayName: string;
                            partyId: string | null;
                            provinceCode: string | null;
                            role: string;
                            userId: string | null;
                            /** @enum {string} */
                            via: "session" | "api_key";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
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
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Years with an official schedule, the range answered provisionally, overrides, and the working days of a month */
        get: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/calendar/overrides/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a date as a holiday or a working day (ministry) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    date: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "holiday" | "workday";
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove an override (ministry) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    date: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's holidays and make-up working days to load: the official schedule when the built-in data has it, else the statutory days off (ministry) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            days: {
                                date: string;
                                /** @enum {string} */
                                kind: "holiday" | "workday";
                                name: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            /** @description the calendar already answers every date of the year officially */
                            loaded: boolean;
                            /**
                             * @description schedule: the official schedule; statutory: the regulation’s days off only, make-up working days to be added; none: no rules for the year
                             * @enum {string}
                             */
                            source: "schedule" | "statutory" | "none";
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
            };
        };
        /** Declare a year's schedule complete, writing its holidays and make-up working days as overrides in the same step (ministry) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            /** @description optional: without it the year is declared with the overrides already written */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the year’s days off and make-up working days, as reviewed; each a date of that year, once */
                        days?: {
                            date: string;
                            /** @enum {string} */
                            kind: "holiday" | "workday";
                            name?: string;
                        }[];
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check many packages at once against the registry (streamed NDJSON answer)
         * @description Rows `{ platform, packageName, signatureMd5?, appName?, subjectName?, number? }` as NDJSON (`application/x-ndjson`) or CSV (`text/csv`, a header row naming the columns), up to 1,000,000. The answer streams one NDJSON line per row, in input order, as rows arrive: `{ row, verdict, number?, filed?: { subjectName, serviceName, status }, details? }`; verdicts `filed`, `not_filed`, `cancelled`, `revoked`, `access_limited`, `signature_mismatch`, `name_mismatch`, `subject_mismatch`, `invalid` (details: catalogued code and field path). Input that cannot be read on, too many rows, or the end of the caller's daily row quota ends the answer with one `{ error }` line.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/code-tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The code tables a filing form picks from: natures, certificate types, provinces and prefectures, service content, pre-approval categories, connection methods, server locations, languages, material kinds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certificateTypes: {
                                code: number;
                                en: string;
                                natures: number[];
                                person: boolean;
                                zh: string;
                            }[];
                            connectionMethods: {
                                code: string;
                                en: string;
                                zh: string;
                            }[];
                            languages: {
                                code: string;
                                en: string;
                                zh: string;
                            }[];
                            materialKinds: {
                                code: string;
                                en: string;
                                zh: string;
                            }[];
                            natures: {
                                code: number;
                                en: string;
                                zh: string;
                            }[];
                            preApprovalCategories: {
                                code: string;
                                en: string;
                                zh: string;
                            }[];
                            provinces: {
                                code: string;
                                en: string;
                                mainland: boolean;
                                prefectures: string[];
                                zh: string;
                            }[];
                            serverLocations: {
                                code: string;
                                en: string;
                                zh: string;
                            }[];
                            serviceContent: {
                                code: string;
                                en: string;
                                entries: {
                                    code: string;
                                    en: string;
                                    individualAllowed: boolean;
                                    preApprovals: string[];
                                    zh: string;
                                }[];
                                zh: string;
                            }[];
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
    "/api/v1/code-tables/regions/{province}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One province's cities and districts (GB/T 2260 codes, Chinese and English names); cacheable, with an ETag */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    province: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cities: {
                                code: string;
                                districts: {
                                    code: string;
                                    en: string;
                                    zh: string;
                                }[];
                                en: string;
                                zh: string;
                            }[];
                            province: {
                                code: string;
                                en: string;
                                zh: string;
                            };
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
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The subjects filed through the calling access provider or platform, with their numbers, latest approval first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description part of a name or a filing number */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                activeServices: number;
                                lastApprovedAt: string | null;
                                name: string;
                                nature: number;
                                number: string | null;
                                province: string;
                                status: string;
                                subjectId: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/dev/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Developer inbox (demo mode only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/distribution-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reports of the caller's party, newest first, each with its count of rows by verdict */
        get: {
            parameters: {
                query?: {
                    /** @description `nextCursor` of the previous page */
                    cursor?: string;
                    kind?: "distribution" | "preinstall";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "distribution" | "preinstall";
                                party: {
                                    code: string | null;
                                    name: string;
                                };
                                periodEnd: string;
                                periodStart: string;
                                rows: number;
                                /** @enum {string} */
                                status: "receiving" | "complete" | "failed";
                                submittedAt: string;
                                verdicts: {
                                    [key: string]: number;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Report everything the caller's party distributes or preinstalls in a period; each row is checked and stored
         * @description Rows `{ platform, packageName, signatureMd5?, appName?, subjectName?, number? }` as NDJSON (`application/x-ndjson`) or CSV (`text/csv`, a header row naming the columns), up to 1,000,000. The answer streams one NDJSON line per row, in input order, as rows arrive: `{ row, verdict, number?, filed?: { subjectName, serviceName, status }, details? }`; verdicts `filed`, `not_filed`, `cancelled`, `revoked`, `access_limited`, `signature_mismatch`, `name_mismatch`, `subject_mismatch`, `invalid` (details: catalogued code and field path). Input that cannot be read on, too many rows, or the end of the caller's daily row quota ends the answer with one `{ error }` line. The report's address is in `Location`; it is `complete` once every row was read.
         */
        post: {
            parameters: {
                query: {
                    kind?: "distribution" | "preinstall";
                    periodEnd: string;
                    periodStart: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/distribution-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report of the caller's party, with its count of rows by verdict */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "distribution" | "preinstall";
                            party: {
                                code: string | null;
                                name: string;
                            };
                            periodEnd: string;
                            periodStart: string;
                            rows: number;
                            /** @enum {string} */
                            status: "receiving" | "complete" | "failed";
                            submittedAt: string;
                            verdicts: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/distribution-reports/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rows of a report of the caller's party with their verdicts, in input order */
        get: {
            parameters: {
                query?: {
                    /** @description the last row number of the previous page */
                    after?: number;
                    limit?: number;
                    verdict?: "filed" | "not_filed" | "cancelled" | "revoked" | "access_limited" | "signature_mismatch" | "name_mismatch" | "subject_mismatch" | "invalid";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                appName: string | null;
                                details?: unknown;
                                filedNumber: string | null;
                                number: string | null;
                                packageName: string | null;
                                platform: string | null;
                                row: number;
                                subjectName: string | null;
                                /** @enum {string} */
                                verdict: "filed" | "not_filed" | "cancelled" | "revoked" | "access_limited" | "signature_mismatch" | "name_mismatch" | "subject_mismatch" | "invalid";
                            }[];
                            nextAfter: number | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/distribution-reports/{id}/rows.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every row of a report of the caller's party with its verdict, as a CSV download streamed in input order
         * @description Columns: `row,platform,packageName,appName,subjectName,number,verdict,filedNumber,code,path` (`code` and `path` say what made an invalid row invalid). A cell that starts like a spreadsheet formula is led by an apostrophe.
         */
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Filing events after a cursor, in commit order
         * @description Start without `after` (or with `after=0`); then pass the `nextCursor` of each answer. A page shorter than `limit` means the feed is read to its end for now: poll again with the same cursor. An event that commits late is given a later cursor than every event already listed, so nothing is skipped.
         */
        get: {
            parameters: {
                query?: {
                    after?: string;
                    limit?: number;
                    types?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                at: string;
                                cursor: string;
                                filing: {
                                    accessLimited: boolean;
                                    approvalDate: string;
                                    /** @enum {string} */
                                    kind: "subject" | "service";
                                    number: string;
                                    province: string;
                                    serviceName: string | null;
                                    /** @enum {string|null} */
                                    serviceType: "app" | "mini_program" | "quick_app" | "website" | null;
                                    shell: boolean;
                                    /** @enum {string} */
                                    status: "active" | "cancelled" | "revoked";
                                    subjectName: string;
                                    subjectNature: {
                                        code: number;
                                        en: string;
                                        zh: string;
                                    };
                                    subjectNumber: string;
                                };
                                /** @enum {string} */
                                type: "approved" | "changed" | "cancelled" | "revoked" | "access_limited" | "access_restored" | "shell_flagged" | "shell_cleared";
                            }[];
                            nextCursor: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filings of the calling bureau's province (the ministry: every province), newest approval first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description part of a name or a filing number */
                    q?: string;
                    status?: "active" | "cancelled" | "revoked";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accessLimited: boolean;
                                approvedAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "subject" | "service";
                                number: string;
                                serviceName: string | null;
                                serviceType: string | null;
                                shell: boolean;
                                status: string;
                                subjectName: string;
                                subjectNature: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/imports/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import existing subjects and website filings with their numbers (CSV or NDJSON body; ministry or bureau) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            imported: {
                                subjects: number;
                                websites: number;
                            };
                            read: number;
                            refused: {
                                code: string;
                                line: number;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path: string | null;
                                reason?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a material (JPEG, PNG or PDF as the raw body); its id is its SHA-256 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            mediaType: string;
                            size: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/materials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a material (as an attachment); a malformed, unknown or unreadable id is 404 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            displayName: string;
                            partyId: string | null;
                            provinceCode: string | null;
                            role: string;
                            userId: string | null;
                            /** @enum {string} */
                            via: "session" | "api_key";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** About this deployment: `demo` is true when it runs with invented data and published passwords (show a demo banner) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demo: boolean;
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
    "/api/v1/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Access providers, distribution platforms, bureaus and the ministry (the channelId, access providerId and hostPlatformId of an application name one of these by id or code) */
        get: {
            parameters: {
                query?: {
                    kind?: "ministry" | "bureau" | "access_provider" | "distribution_platform" | "terminal_maker";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "ministry" | "bureau" | "access_provider" | "distribution_platform" | "terminal_maker";
                                name: string;
                                nameEn: string | null;
                                /** @enum {string|null} */
                                platformKind: "app_store" | "mini_program" | "quick_app" | null;
                                province: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a bureau, access provider, distribution platform or terminal maker (ministry) */
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
                        /** @description A short stable name applications may use instead of the id */
                        code?: string;
                        /** @enum {string} */
                        kind: "bureau" | "access_provider" | "distribution_platform" | "terminal_maker";
                        name: string;
                        nameEn?: string;
                        /** @enum {string} */
                        platformKind?: "app_store" | "mini_program" | "quick_app";
                        /** @description Bureaus: the six-digit province code */
                        province?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/precheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run every pre-check rule on an application body without saving it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                code: string;
                                fix: {
                                    en: string;
                                    zh: string;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            passes: boolean;
                        };
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
    "/api/v1/public/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filings whose feature info carries this package (with the filed signature digests) */
        get: {
            parameters: {
                query: {
                    packageName: string;
                    /** @description `harmony` and `harmonyos` are the same platform */
                    platform: "android" | "ios" | "harmonyos" | "harmony";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                events: {
                                    /** @enum {string} */
                                    action: "approved" | "last_changed" | "cancelled";
                                    /** @description ISO 8601 instant */
                                    date: string;
                                }[];
                                /** @enum {string} */
                                kind: "subject" | "service";
                                links: {
                                    href: string;
                                    /** @enum {string} */
                                    rel: "self" | "alternate";
                                    type: string;
                                }[];
                                number: string;
                                package: {
                                    packageName: string;
                                    platform: string;
                                    /** @description SHA-256 of the filed public key text, hex */
                                    publicKeySha256: string | null;
                                    /** @description filed signature MD5 (iOS: SHA-1), lower-case hex without separators */
                                    signatureDigest: string | null;
                                };
                                province: string;
                                serviceName: string | null;
                                /** @enum {string|null} */
                                serviceType: "app" | "mini_program" | "quick_app" | "website" | null;
                                /** @enum {string} */
                                status: "active" | "cancelled" | "revoked" | "access_limited" | "shell";
                                subjectName: string;
                                subjectNumber: string;
                            }[];
                            packageName: string;
                            platform: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/public/domains/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filing that uses a domain (an active one first; cancelled filings keep the domains they had) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    domain: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            domain: string;
                            events: {
                                /** @enum {string} */
                                action: "approved" | "last_changed" | "cancelled";
                                /** @description ISO 8601 instant */
                                date: string;
                            }[];
                            /** @enum {string} */
                            kind: "subject" | "service";
                            links: {
                                href: string;
                                /** @enum {string} */
                                rel: "self" | "alternate";
                                type: string;
                            }[];
                            number: string;
                            others: {
                                events: {
                                    /** @enum {string} */
                                    action: "approved" | "last_changed" | "cancelled";
                                    /** @description ISO 8601 instant */
                                    date: string;
                                }[];
                                /** @enum {string} */
                                kind: "subject" | "service";
                                links: {
                                    href: string;
                                    /** @enum {string} */
                                    rel: "self" | "alternate";
                                    type: string;
                                }[];
                                number: string;
                                province: string;
                                serviceName: string | null;
                                /** @enum {string|null} */
                                serviceType: "app" | "mini_program" | "quick_app" | "website" | null;
                                /** @enum {string} */
                                status: "active" | "cancelled" | "revoked" | "access_limited" | "shell";
                                subjectName: string;
                                subjectNumber: string;
                            }[];
                            province: string;
                            serviceName: string | null;
                            /** @enum {string|null} */
                            serviceType: "app" | "mini_program" | "quick_app" | "website" | null;
                            /** @enum {string} */
                            status: "active" | "cancelled" | "revoked" | "access_limited" | "shell";
                            subjectName: string;
                            subjectNumber: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/public/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest approved filings, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    kind?: "subject" | "service";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accessLimited: boolean;
                                approvalDate: string;
                                /** @enum {string} */
                                kind: "subject" | "service";
                                number: string;
                                province: string;
                                serviceName: string | null;
                                /** @enum {string|null} */
                                serviceType: "app" | "mini_program" | "quick_app" | "website" | null;
                                shell: boolean;
                                /** @enum {string} */
                                status: "active" | "cancelled" | "revoked";
                                subjectName: string;
                                subjectNature: {
                                    code: number;
                                    en: string;
                                    zh: string;
                                };
                                subjectNumber: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/public/filings/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look up a filing number (subject or service) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessLimited: boolean;
                            approvalDate: string;
                            /** @enum {string} */
                            kind: "subject" | "service";
                            number: string;
                            province: string;
                            serviceName: string | null;
                            /** @enum {string|null} */
                            serviceType: "app" | "mini_program" | "quick_app" | "website" | null;
                            shell: boolean;
                            /** @enum {string} */
                            status: "active" | "cancelled" | "revoked";
                            subjectName: string;
                            subjectNature: {
                                code: number;
                                en: string;
                                zh: string;
                            };
                            subjectNumber: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/public/filings/{number}/credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A signed credential of the filing's published facts (compact JWS, EdDSA; verify against /.well-known/jwks.json)
         * @description Claims: `iss` (this deployment), `sub` (the number), `iat`, `exp`, and `filing` — number, kind, status, accessLimited, shell, subjectName, serviceName, serviceType, approvalDate, packages (platform, packageName, signatureMd5) and page. Header `typ` is `beian-filing+jwt`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The compact JWS */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/jwt": string;
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/jwt": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/jwt": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/jwt": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/public/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search subject and service names (1, 2 or more Chinese characters) and package-name prefixes
         * @description Exact matches first (by number), then subject names, service names and package names starting with the query (each alphabetically), then names containing it (by number).
         */
        get: {
            parameters: {
                query: {
                    cursor?: string;
                    limit?: number;
                    q: string;
                    type?: "subject" | "app" | "mini_program" | "quick_app" | "website";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                events: {
                                    /** @enum {string} */
                                    action: "approved" | "last_changed" | "cancelled";
                                    /** @description ISO 8601 instant */
                                    date: string;
                                }[];
                                /** @enum {string} */
                                kind: "subject" | "service";
                                links: {
                                    href: string;
                                    /** @enum {string} */
                                    rel: "self" | "alternate";
                                    type: string;
                                }[];
                                /** @enum {string} */
                                match: "exact" | "prefix" | "contains";
                                number: string;
                                province: string;
                                serviceName: string | null;
                                /** @enum {string|null} */
                                serviceType: "app" | "mini_program" | "quick_app" | "website" | null;
                                /** @enum {string} */
                                status: "active" | "cancelled" | "revoked" | "access_limited" | "shell";
                                subjectName: string;
                                subjectNumber: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/return-reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue of return reasons (pre-check rule codes and OTHER), with their field and texts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                fix: {
                                    en: string;
                                    zh: string;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path: string;
                            }[];
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
    "/api/v1/sms-verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm with the SMS code: phone, code and the last six characters of the certificate number
         * @description Finds the applications waiting for a code from this phone. `applicationId` is optional (it narrows the search). After a few entries from the same phone or address, `altcha` must carry a solved challenge from `GET /api/v1/sms-verifications/challenge` (PROOF_OF_WORK_REQUIRED says so). Five wrong entries in a row are tolerated; the sixth returns the application to its provider.
         */
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
                        altcha?: string;
                        /** Format: uuid */
                        applicationId?: string;
                        certificateTail: string;
                        code: string;
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            remaining: number;
                            /** @enum {string} */
                            status: "confirmed" | "complete";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/sms-verifications/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proof-of-work challenge (ALTCHA v2) to solve before entering an SMS code */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            parameters: {
                                [key: string]: unknown;
                            };
                            signature?: string;
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
    "/api/v1/sms-verifications/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a fresh code to a phone that is waiting for one
         * @description For the responsible person who holds only the SMS: a new code to every application waiting for this phone. The same limits as a provider's resend: `SMS_RESEND_TOO_SOON` (with `retryAfterSeconds`) within the resend interval, `SMS_SEND_LIMIT` after the maximum number of sends; the SMS window does not restart.
         */
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
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextAfterSeconds: number;
                            resent: number;
                            sendsLeft: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/statistics/backlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reviews waiting now and those past their working-day deadline, by channel (initial review) and by bureau (ministry; a bureau: its province) */
        get: {
            parameters: {
                query?: {
                    /** @description Six-digit province code (GB/T 2260); a bureau may give only its own */
                    province?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            bureauReview: {
                                overdue: number;
                                rows: {
                                    oldestEnteredAt: string | null;
                                    overdue: number;
                                    party: {
                                        code: string | null;
                                        id: string;
                                        name: string;
                                        nameEn: string | null;
                                        provinceCode: string | null;
                                        /** @description a bureau's province */
                                        provinceName: {
                                            en: string;
                                            zh: string;
                                        } | null;
                                    };
                                    waiting: number;
                                }[];
                                waiting: number;
                            };
                            providerReview: {
                                overdue: number;
                                rows: {
                                    oldestEnteredAt: string | null;
                                    overdue: number;
                                    party: {
                                        code: string | null;
                                        id: string;
                                        name: string;
                                        nameEn: string | null;
                                        provinceCode: string | null;
                                        /** @description a bureau's province */
                                        provinceName: {
                                            en: string;
                                            zh: string;
                                        } | null;
                                    };
                                    waiting: number;
                                }[];
                                waiting: number;
                            };
                            provinceCode: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/statistics/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Filings approved and applications first submitted in a period, by province, service type, channel and status or state (ministry; a bureau: its province) */
        get: {
            parameters: {
                query?: {
                    /** @description First day counted (Asia/Shanghai), included; absent: from the beginning */
                    from?: string;
                    /** @description Six-digit province code (GB/T 2260); a bureau may give only its own */
                    province?: string;
                    /** @description Last day counted (Asia/Shanghai), included; absent: up to now */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applications: {
                                byChannel: {
                                    applications: number;
                                    channel: {
                                        code: string | null;
                                        id: string;
                                        name: string;
                                        nameEn: string | null;
                                        provinceCode: string | null;
                                        /** @description a bureau's province */
                                        provinceName: {
                                            en: string;
                                            zh: string;
                                        } | null;
                                    };
                                }[];
                                byProvince: {
                                    applications: number;
                                    province: {
                                        code: string;
                                        name: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                }[];
                                byServiceType: {
                                    applications: number;
                                    /**
                                     * @description null: applications naming no service
                                     * @enum {string|null}
                                     */
                                    serviceType: "app" | "mini_program" | "quick_app" | "website" | null;
                                }[];
                                byState: {
                                    applications: number;
                                    /** @enum {string} */
                                    state: "draft" | "provider_review" | "provider_returned" | "sms_pending" | "bureau_review" | "bureau_returned" | "approved" | "withdrawn";
                                }[];
                                total: number;
                            };
                            filings: {
                                byChannel: {
                                    /** @description null: filings imported without a channel */
                                    channel: {
                                        code: string | null;
                                        id: string;
                                        name: string;
                                        nameEn: string | null;
                                        provinceCode: string | null;
                                        /** @description a bureau's province */
                                        provinceName: {
                                            en: string;
                                            zh: string;
                                        } | null;
                                    } | null;
                                    services: number;
                                }[];
                                byProvince: {
                                    province: {
                                        code: string;
                                        name: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    services: number;
                                    subjects: number;
                                }[];
                                byServiceType: {
                                    services: number;
                                    /** @enum {string} */
                                    serviceType: "app" | "mini_program" | "quick_app" | "website";
                                }[];
                                byStatus: {
                                    services: number;
                                    /** @enum {string} */
                                    status: "active" | "cancelled" | "revoked";
                                    subjects: number;
                                }[];
                                services: number;
                                subjects: number;
                            };
                            period: {
                                from: string | null;
                                to: string | null;
                            };
                            provinceCode: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/statistics/review-times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Median and 90th percentile of review time (entering the stage to the decision, in seconds) for decisions taken in a period, by channel and by bureau (ministry; a bureau: its province) */
        get: {
            parameters: {
                query?: {
                    /** @description First day counted (Asia/Shanghai), included; absent: from the beginning */
                    from?: string;
                    /** @description Six-digit province code (GB/T 2260); a bureau may give only its own */
                    province?: string;
                    /** @description Last day counted (Asia/Shanghai), included; absent: up to now */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bureauReview: {
                                overall: {
                                    decisions: number;
                                    p50Seconds: number | null;
                                    p90Seconds: number | null;
                                };
                                rows: {
                                    decisions: number;
                                    p50Seconds: number | null;
                                    p90Seconds: number | null;
                                    party: {
                                        code: string | null;
                                        id: string;
                                        name: string;
                                        nameEn: string | null;
                                        provinceCode: string | null;
                                        /** @description a bureau's province */
                                        provinceName: {
                                            en: string;
                                            zh: string;
                                        } | null;
                                    };
                                }[];
                            };
                            period: {
                                from: string | null;
                                to: string | null;
                            };
                            providerReview: {
                                overall: {
                                    decisions: number;
                                    p50Seconds: number | null;
                                    p90Seconds: number | null;
                                };
                                rows: {
                                    decisions: number;
                                    p50Seconds: number | null;
                                    p90Seconds: number | null;
                                    party: {
                                        code: string | null;
                                        id: string;
                                        name: string;
                                        nameEn: string | null;
                                        provinceCode: string | null;
                                        /** @description a bureau's province */
                                        provinceName: {
                                            en: string;
                                            zh: string;
                                        } | null;
                                    };
                                }[];
                            };
                            provinceCode: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/subject-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to act for a filed subject: a code goes by SMS to its filed main person
         * @description For subjects a provider or platform filed on the subject’s behalf (or filed from another account). `subject` is the subject number (京ICP备2026000001号) or id. Applicant accounts only.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claimId: string;
                            expiresAt: string;
                            subjectNumber: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/subject-claims/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a claim with the code the main person received; the account may then act for the subject */
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
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subjectId: string;
                            subjectNumber: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/subject-duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subjects filed more than once under one certificate number, found when subjects were keyed on the number (ministry) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                certificateKey: string;
                                detectedAt: string;
                                subjects: {
                                    certificateType: number;
                                    kept: boolean;
                                    name: string;
                                    number: string | null;
                                    /** @enum {string} */
                                    status: "unfiled" | "filed" | "cancelled";
                                    subjectId: string;
                                }[];
                                unresolved: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/unfiled-distributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Apps distributed or preinstalled but not filed, per reporting party (latest complete report of each)
         * @description Every verdict but `filed` and `invalid`. A bureau sees the rows judged against its province's filings; the ministry every row, including packages not filed at all.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description a reporting party: its id or code */
                    party?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                appName: string | null;
                                filedNumber: string | null;
                                /** @enum {string} */
                                kind: "distribution" | "preinstall";
                                packageName: string | null;
                                party: {
                                    code: string | null;
                                    name: string;
                                };
                                periodEnd: string;
                                periodStart: string;
                                platform: string | null;
                                reportId: string;
                                row: number;
                                /** @enum {string} */
                                verdict: "filed" | "not_filed" | "cancelled" | "revoked" | "access_limited" | "signature_mismatch" | "name_mismatch" | "subject_mismatch" | "invalid";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation's webhook subscriptions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                eventTypes: ("approved" | "changed" | "cancelled" | "revoked" | "access_limited" | "access_restored" | "shell_flagged" | "shell_cleared")[];
                                id: string;
                                url: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Subscribe a URL to filing events (the signing secret is in this answer only)
         * @description Each event is POSTed as `{ type: "filing.<event>", timestamp, data }` and signed per the Standard Webhooks specification: headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64 bytes after `whsec_`). Failed deliveries are retried with exponential back-off.
         */
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
                        eventTypes: ("approved" | "changed" | "cancelled" | "revoked" | "access_limited" | "access_restored" | "shell_flagged" | "shell_cleared")[];
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            eventTypes: ("approved" | "changed" | "cancelled" | "revoked" | "access_limited" | "access_restored" | "shell_flagged" | "shell_cleared")[];
                            id: string;
                            secret: string;
                            url: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
    "/api/v1/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End a subscription */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription's delivery log, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "pending" | "delivered" | "failed";
                };
                header?: never;
                path: {
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                createdAt: string;
                                deliveredAt: string | null;
                                eventCursor: string;
                                /** @enum {string} */
                                eventType: "approved" | "changed" | "cancelled" | "revoked" | "access_limited" | "access_restored" | "shell_flagged" | "shell_cleared";
                                id: string;
                                lastAttemptAt: string | null;
                                lastError: string | null;
                                lastStatusCode: number | null;
                                /** @enum {string} */
                                status: "pending" | "delivered" | "failed";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery: the body sent and every attempt */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deliveryId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attemptLog: {
                                at: string;
                                durationMs: number;
                                error: string | null;
                                replay: boolean;
                                statusCode: number | null;
                            }[];
                            attempts: number;
                            body: string;
                            createdAt: string;
                            deliveredAt: string | null;
                            eventCursor: string;
                            /** @enum {string} */
                            eventType: "approved" | "changed" | "cancelled" | "revoked" | "access_limited" | "access_restored" | "shell_flagged" | "shell_cleared";
                            id: string;
                            lastAttemptAt: string | null;
                            lastError: string | null;
                            lastStatusCode: number | null;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
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
    "/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again (same webhook-id and body, new timestamp and signature) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deliveryId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                path?: string;
                            };
                        };
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
