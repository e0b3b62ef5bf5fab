import { createOutboundPolicy } from '../../src/outbound/outbound-policy.js';
import { parseAllowList } from '../../src/outbound/address-rules.js';
import { LOOPBACK_ALLOWED } from './config.js';

/** The outbound policy of tests that talk to simulators on this machine: loopback opted in, as an operator would. */
export const loopbackOutbound = createOutboundPolicy({ allow: parseAllowList(LOOPBACK_ALLOWED) });
