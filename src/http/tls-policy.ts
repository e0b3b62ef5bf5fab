import type { TlsOptions } from 'node:tls';

/**
 * The server side TLS policy: TLS 1.2 or 1.3 only, and for TLS 1.2 only these suites (OpenSSL names). Each one has
 * ECDHE key exchange (forward secrecy: a stolen server key does not decrypt recorded traffic) and an AEAD cipher
 * (AES-GCM or ChaCha20-Poly1305). Left out on purpose: CBC suites (padding-oracle and Lucky13 history), static RSA
 * key exchange (no forward secrecy), plain DHE (slow, weak groups in the wild), anything without authentication.
 * ECDSA and RSA variants are both listed so the policy holds whichever certificate key TLS_CERT_FILE has.
 */
export const TLS12_CIPHERS = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
] as const;

/** TLS 1.3 suites (all AEAD with ephemeral key exchange by design); Node takes them in `ciphers` too. */
export const TLS13_CIPHERS = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'] as const;

/** Spread into node:https / node:tls server options (and Fastify's `https`). The server's preference order wins. */
export const SERVER_TLS_OPTIONS = Object.freeze({
  minVersion: 'TLSv1.2',
  honorCipherOrder: true,
  ciphers: [...TLS13_CIPHERS, ...TLS12_CIPHERS].join(':'),
} satisfies TlsOptions);
