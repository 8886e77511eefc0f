import { t } from '../../../../locales';
import { listOrganizations } from '../service';

export const selectRequired = (field: string) => ({
  required: true,
  message: t('common.selectRequired', { field }),
});

/** Organisations within the caller's data scope, for the account forms. */
export async function organizationOptions() {
  const orgs = await listOrganizations().catch(() => []);
  return orgs.map((org) => ({ label: org.name, value: org.id }));
}
