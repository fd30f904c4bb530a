import type { Principal } from '@tianfu/service-kit';

/** The provincial authority (人社厅) acts through the admin role (docs/domain.md §2.1). */
export const isAuthority = (principal: Principal): boolean => principal.role === 'admin';
