/**
 * JSON bodies for both media types IdPs send (RFC 7644 section 3.1: application/scim+json; many
 * IdPs send application/json). Express's default matches only the latter. Parse failures reach
 * the error boundary, which maps them through map-body-parser-error.ts.
 */
import express from 'express';

/** Also advertised as bulk.maxPayloadSize in /ServiceProviderConfig. */
export const MAX_BODY_BYTES = 1024 * 1024;

export const parseJsonBody = express.json({ type: ['application/json', 'application/scim+json'], limit: MAX_BODY_BYTES, strict: true });
