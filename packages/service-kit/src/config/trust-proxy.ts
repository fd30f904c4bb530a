import { isIP } from 'node:net';
import { z } from 'zod';
import { commaList } from './comma-list.ts';

const LOOPBACK = ['127.0.0.1', '::1'] as const;

const isAddressOrCidr = (entry: string): boolean => {
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
};

/**
 * TRUST_PROXY: the addresses (or CIDR ranges) of the proxies, such as the console, whose
 * X-Forwarded-For names the client; `none` trusts no proxy.
 */
export const trustProxySchema = z
  .union([z.literal('none'), commaList(z.string().refine(isAddressOrCidr, 'an IP address or CIDR range'))])
  .optional();

/**
 * The proxies whose X-Forwarded-For is believed: TRUST_PROXY when set; otherwise the loopback
 * addresses while developing (the console forwards from the same machine) and none in production,
 * where a header any client can write must not choose the address its rate limit is counted by.
 */
export function trustedProxies(
  trustProxy: z.output<typeof trustProxySchema>,
  nodeEnv: 'development' | 'test' | 'production',
): readonly string[] {
  if (trustProxy === 'none') return [];
  if (trustProxy !== undefined) return trustProxy;
  return nodeEnv === 'production' ? [] : LOOPBACK;
}
