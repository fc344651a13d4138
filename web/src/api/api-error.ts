/** A catalogued error from the API (`{ error: { code, message: { zh, en }, path } }`), or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: { zh: string; en: string } | null,
    readonly path?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(messages?.en ?? code);
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: { zh?: unknown; en?: unknown }; path?: unknown; details?: unknown };
}

/** Turns an openapi-fetch result into its data, or throws the catalogued error it carries. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0, 'NETWORK', null);
  }
  if (result.response.ok) return result.data as T;
  const body = (result.error ?? {}) as ErrorBody;
  const e = body.error;
  const messages = e?.message && typeof e.message.zh === 'string' && typeof e.message.en === 'string' ? { zh: e.message.zh, en: e.message.en } : null;
  throw new ApiError(
    result.response.status,
    typeof e?.code === 'string' ? e.code : `HTTP_${result.response.status}`,
    messages,
    typeof e?.path === 'string' ? e.path : undefined,
    e?.details && typeof e.details === 'object' ? (e.details as Record<string, unknown>) : undefined,
  );
}
