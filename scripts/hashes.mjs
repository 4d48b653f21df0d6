// How the build scripts pin and name the files they write (scripts/embed.mjs,
// scripts/short-imports.mjs): one place, so every page's integrity hashes are made alike.
import { createHash } from 'node:crypto';

/** The Subresource Integrity value of `bytes` (sha384, as the pages' `integrity` attributes). */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The first `digits` hex digits of the SHA-256 of `bytes`: a file name part that changes with it. */
export const contentHex = (bytes, digits) => createHash('sha256').update(bytes).digest('hex').slice(0, digits);
