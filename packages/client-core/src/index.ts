export {
  FellesError,
  FellesHttpError,
  FellesTimeoutError,
  FellesNetworkError,
  FellesAbortError,
  FellesValidationError,
  FellesRedirectError,
  FellesResponseTooLargeError,
  invalidRequest,
  isRetryable,
  type ValidationIssue,
} from './errors.js';
export {
  createHttpClient,
  buildUrl,
  type ClientOptions,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
  type QueryValue,
  type RequestOptions,
  type RetryPolicy,
  type TokenProvider,
} from './http.js';
export { fetchWithDeadline } from './deadline.js';
export { defaultMaxResponseBytes, readBody, readText } from './body.js';
export { defaultRetryPolicy, parseRetryAfter } from './retry.js';
export { parse } from './validate.js';
